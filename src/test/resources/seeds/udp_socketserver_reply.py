# Port of the seed socketserver.UDPServer that answers every datagram with "Got your message!".
# Usage: python3 udp_socketserver_reply.py HOST PORT   (PORT 0 = any free port; prints "ready <port>")
import sys
from socket import AF_INET, AF_INET6
from socketserver import BaseRequestHandler, UDPServer


class MyHandler(BaseRequestHandler):
    def handle(self):
        # The seed's "%s" % self.client_address fails on Python 3: the address is a tuple.
        print("Got connection from: %s" % (self.client_address,), flush=True)
        msg, sock = self.request
        print("It said: %s" % msg, flush=True)
        sock.sendto("Got your message!".encode(), self.client_address)  # Send reply


class MyServer(UDPServer):
    address_family = AF_INET6 if ":" in sys.argv[1] else AF_INET


serv = MyServer((sys.argv[1], int(sys.argv[2])), MyHandler)
print("ready %d" % serv.server_address[1], flush=True)
serv.serve_forever()
