#!/usr/bin/env python3
"""Port of the seed's client1.py: chat with an echo server, then say "bye".

    client1.py PORT [LINE ...]    connect to 127.0.0.1:PORT, send "This is from Client", then each
                                  LINE after the server's answer, then "bye"

Changes from the seed: the port and the lines come from argv instead of input(), so it runs
unattended; prints are flushed.
"""
import socket
import sys

SERVER = "127.0.0.1"
PORT = int(sys.argv[1])
lines = sys.argv[2:]
client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
client.connect((SERVER, PORT))
client.sendall(bytes("This is from Client", 'UTF-8'))
while True:
    in_data = client.recv(1024)
    print("From Server :", in_data.decode(), flush=True)
    out_data = lines.pop(0) if lines else 'bye'
    client.sendall(bytes(out_data, 'UTF-8'))
    if out_data == 'bye':
        break
client.close()
