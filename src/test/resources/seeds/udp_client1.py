# Port of the seed Client1.py without its input() loop: send one message, print the reply, exit.
# Usage: python3 udp_client1.py HOST PORT
import socket
import sys

address = (sys.argv[1], int(sys.argv[2]))  # Must be tuple
out_data = "Hello server, from UDP client!"
family = socket.AF_INET6 if ":" in sys.argv[1] else socket.AF_INET
sock = socket.socket(family=family, type=socket.SOCK_DGRAM)
sock.settimeout(10)  # the seed blocks forever; a test must not
sock.connect((address))
sock.sendto(bytes(out_data, 'UTF-8'), address)
try:
    message, address = sock.recvfrom(1024)
except Exception:
    print("[!] Server not running", flush=True)
    sys.exit(1)
in_data = message.decode()
print("Message from Server: ", in_data, flush=True)
sock.close()
