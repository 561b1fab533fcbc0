# Port of the seed UDP_Server.py: prints each datagram and sends it back to its sender.
# Usage: python3 udp_echo_server.py HOST PORT   (PORT 0 = any free port; prints "ready <port>")
import socket
import sys

LOCALHOST = sys.argv[1]
PORT = int(sys.argv[2])
family = socket.AF_INET6 if ":" in LOCALHOST else socket.AF_INET
sock = socket.socket(family=family, type=socket.SOCK_DGRAM)  # Create datagram socket
sock.bind((LOCALHOST, PORT))  # Bind to address and ip

print("ready %d" % sock.getsockname()[1], flush=True)
print("UDP server started", flush=True)
print("Waiting for data..\n", flush=True)
# Listen for incoming datagrams
while(True):
    message, address = sock.recvfrom(1024)  # Receiving UDP data
    in_data = message.decode()  # Decode message from bytes
    print("Client IP Address:{}".format(address), flush=True)  # Display client IP information
    print("Message from Client:", in_data, flush=True)  # Display UDP data from client

    # Sending a reply to client
    sock.sendto(message, address)
