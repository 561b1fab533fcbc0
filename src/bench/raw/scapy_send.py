#!/usr/bin/env python3
"""Scapy's sendp with the benchmark's 60-byte frame, for comparison with seed_send.py.

    python3 scapy_send.py --interface lo --count 50000

Needs python3-scapy and CAP_NET_RAW. Prints the same line as seed_send.py.
"""
import argparse
import sys
import time

from scapy.all import conf, sendp  # noqa: E402  (slow import, kept out of the timing)

MAX_COUNT = 5_000_000


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--interface", default="lo")
    parser.add_argument("--count", type=int, default=50_000)
    args = parser.parse_args()
    if not 1 <= args.count <= MAX_COUNT:
        sys.exit("--count must be 1 to %d" % MAX_COUNT)
    sys.path.insert(0, __file__.rsplit("/", 1)[0])
    from seed_send import seed_frame
    frame = seed_frame()[:60]

    conf.verb = 0
    start = time.perf_counter()
    cpu_start = time.process_time()
    sendp(frame, iface=args.interface, count=args.count, verbose=False)
    cpu = time.process_time() - cpu_start
    seconds = time.perf_counter() - start
    print("sent %d frames of %d bytes on %s in %.3f s (%.0f/s), cpu %.3f s (%.0f/s per cpu second)"
          % (args.count, len(frame), args.interface, seconds, args.count / seconds if seconds else 0,
             cpu, args.count / cpu if cpu else 0), flush=True)


if __name__ == "__main__":
    main()
