#!/usr/bin/env python3
"""The seed "Raw Sockets on Linux" ported to Python 3, with a bounded count.

The seed builds its frame from str literals (Python 2); here they are bytes. Everything else is the
seed's: an AF_PACKET/SOCK_RAW socket bound to (interface, 0), which receives nothing, and s.send(frame).

    python3 seed_send.py --interface lo --count 1            # the seed's 85-byte frame, once
    python3 seed_send.py --interface lo --count 2000000 --size 60   # the benchmark's send loop

Needs CAP_NET_RAW (root). Prints one line: "sent N frames of B bytes on IF in S s (R/s), cpu C s (P/s per cpu second)";
the CPU time (process_time) is what a busy machine disturbs least.
"""
import argparse
import sys
import time
from socket import socket, AF_PACKET, SOCK_RAW

MAX_COUNT = 50_000_000


def seed_frame():
    src_addr = b"\x01\x02\x03\x04\x05\x06"
    dst_addr = b"\x01\x02\x03\x04\x05\x06"
    payload = ("[" * 30 + "PAYLOAD" + "]" * 30).encode("ascii")
    checksum = b"\x1a\x2b\x3c\x4d"
    ethertype = b"\x08\x01"
    return dst_addr + src_addr + ethertype + payload + checksum


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--interface", default="lo")
    parser.add_argument("--count", type=int, default=1)
    parser.add_argument("--size", type=int, default=0,
                        help="cut or zero-pad the seed frame to this many bytes (0 = as the seed builds it)")
    args = parser.parse_args()
    if not 1 <= args.count <= MAX_COUNT:
        sys.exit("--count must be 1 to %d" % MAX_COUNT)
    frame = seed_frame()
    if args.size:
        frame = (frame + bytes(args.size))[:args.size]

    s = socket(AF_PACKET, SOCK_RAW)
    s.bind((args.interface, 0))
    start = time.perf_counter()
    cpu_start = time.process_time()
    for _ in range(args.count):
        s.send(frame)
    cpu = time.process_time() - cpu_start
    seconds = time.perf_counter() - start
    s.close()
    print("sent %d frames of %d bytes on %s in %.3f s (%.0f/s), cpu %.3f s (%.0f/s per cpu second)"
          % (args.count, len(frame), args.interface, seconds, args.count / seconds if seconds else 0,
             cpu, args.count / cpu if cpu else 0), flush=True)


if __name__ == "__main__":
    main()
