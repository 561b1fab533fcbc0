# Port of the seed "Sending data via UDP": one datagram to host:port, no reply expected.
# Usage: python3 udp_send_hello.py HOST PORT
import sys
from socket import socket, AF_INET, AF_INET6, SOCK_DGRAM

host, port = sys.argv[1], int(sys.argv[2])
s = socket(AF_INET6 if ":" in host else AF_INET, SOCK_DGRAM)
msg = ("Hello you there!").encode('utf-8')  # socket.sendto() takes bytes as input
s.sendto(msg, (host, port))
print("sent %d bytes from %s" % (len(msg), s.getsockname()[1]), flush=True)
