#!/usr/bin/env python3
"""Python 3 port of the seed's client_list.py ("Multi-threaded TCP Socket Server").

    client_list.py PORT NAME       connect to 127.0.0.1:PORT, send NAME, print the client list as pretty JSON
    client_list.py --server PORT   serve the client list on 127.0.0.1:PORT (0 picks a free port)

Changes from the Python 2 seed, each because Python 3 or a test needs it:
- names are bytes on the wire and str in the JSON (Python 3 separates the two);
- the client reads until the server closes instead of one recv(1024): the seed's JSON broke
  ("Unterminated string") once the list passed 1,024 bytes;
- the server prints the port it listens on (so a test can use port 0) and guards the shared dict
  with a lock, since json.dumps may run while another thread adds a name;
- arguments come from argv instead of argparse flags.
"""
import json
import socket
import sys
import threading

HOST = "127.0.0.1"


def handle_client(client_list, lock, conn, address):
    name = conn.recv(1024).decode("utf-8")
    entry = dict(zip(["name", "address", "port"], [name, address[0], address[1]]))
    with lock:
        client_list[name] = entry
        reply = json.dumps(client_list)
    conn.sendall(reply.encode("utf-8"))
    conn.shutdown(socket.SHUT_RDWR)
    conn.close()


def server(port):
    client_list = dict()
    lock = threading.Lock()
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((HOST, port))
    s.listen(5)
    print("Starting server on port", s.getsockname()[1], flush=True)
    while True:
        (conn, address) = s.accept()
        t = threading.Thread(target=handle_client, args=(client_list, lock, conn, address))
        t.daemon = True
        t.start()


def client(port, name):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.connect((HOST, port))
    s.sendall(name.encode("utf-8"))
    chunks = []
    while True:
        data = s.recv(1024)
        if not data:
            break
        chunks.append(data)
    s.close()
    result = json.loads(b"".join(chunks))
    print(json.dumps(result, indent=4))


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--server":
        try:
            server(int(sys.argv[2]))
        except KeyboardInterrupt:
            print("Keyboard interrupt")
    elif len(sys.argv) == 3:
        client(int(sys.argv[1]), sys.argv[2])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
