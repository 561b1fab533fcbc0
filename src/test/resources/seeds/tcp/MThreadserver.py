#!/usr/bin/env python3
"""Port of the seed's MThreadserver.py: an echo server with one thread per client, until "bye".

    MThreadserver.py [PORT]    listen on 127.0.0.1:PORT (default 8080; 0 picks a free port)

Changes from the seed: the port comes from argv and is printed once bound (so a test can use
port 0); a client that closes without "bye" ends its thread (the seed looped forever sending
empty replies); each thread closes its socket and prints its own client's address (the seed used
a global by accident); prints are flushed so a test reads them as they happen.
"""
import socket
import sys
import threading


class ClientThread(threading.Thread):
    def __init__(self, clientAddress, clientsocket):
        threading.Thread.__init__(self, daemon=True)
        self.csocket = clientsocket
        self.clientAddress = clientAddress
        print("New connection added: ", clientAddress, flush=True)

    def run(self):
        print("Connection from : ", self.clientAddress, flush=True)
        msg = ''
        while True:
            data = self.csocket.recv(2048)
            if not data:
                break
            msg = data.decode()
            if msg == 'bye':
                break
            print("from client", msg, flush=True)
            self.csocket.send(bytes(msg, 'UTF-8'))
        self.csocket.close()
        print("Client at ", self.clientAddress, " disconnected...", flush=True)


LOCALHOST = "127.0.0.1"
PORT = int(sys.argv[1]) if len(sys.argv) > 1 else 8080
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind((LOCALHOST, PORT))
server.listen(1)
print("Server started on port", server.getsockname()[1], flush=True)
print("Waiting for client request..", flush=True)
while True:
    clientsock, clientAddress = server.accept()
    newthread = ClientThread(clientAddress, clientsock)
    newthread.start()
