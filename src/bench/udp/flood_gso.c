/* An experiment, not a baseline of the default run: COUNT datagrams of SIZE bytes to 127.0.0.1:PORT with UDP
 * GSO (UDP_SEGMENT, Linux 4.18+): one send() of SEGMENTS copies of the payload that the kernel cuts into
 * SEGMENTS datagrams of SIZE bytes, so the stack is walked once per call instead of once per datagram.
 * usage: flood_gso PORT COUNT [SEGMENTS] [SIZE]     (run.sh: SENDERS="c-gso c-sendmmsg" PARTS=send)
 * prints "sent <n> seconds <s> rate <r> errors <e> cpu <s>", cpu being the CPU time the loop used. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "loopback.h"

#ifndef SOL_UDP
#define SOL_UDP 17
#endif
#ifndef UDP_SEGMENT
#define UDP_SEGMENT 103
#endif

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: %s PORT COUNT [SEGMENTS] [SIZE]\n", argv[0]); return 2; }
    long count = atol(argv[2]);
    int segments = argc > 3 ? atoi(argv[3]) : 64;
    int size = argc > 4 ? atoi(argv[4]) : 64;
    if (size < 1 || count < 1 || segments < 1 || (long) segments * size > 65000) {
        fprintf(stderr, "bad COUNT, SEGMENTS or SIZE (SEGMENTS x SIZE must stay under 65,000 bytes)\n");
        return 2;
    }
    int fd = connect_loopback_udp(argv[1]);
    if (setsockopt(fd, SOL_UDP, UDP_SEGMENT, &size, sizeof size) != 0) { perror("UDP_SEGMENT"); return 1; }
    static char out[65536];
    memset(out, 'x', sizeof out);
    long sent = 0, errors = 0;
    double start = clock_seconds(CLOCK_MONOTONIC), cpu_start = clock_seconds(CLOCK_PROCESS_CPUTIME_ID);
    while (sent < count) {
        long n = count - sent < segments ? count - sent : segments;
        ssize_t bytes = send(fd, out, (size_t) (n * size), 0);
        if (bytes < 0) {
            errors++;
            if (errno == ECONNREFUSED) break;
            continue;
        }
        sent += bytes / size;
    }
    double elapsed = clock_seconds(CLOCK_MONOTONIC) - start;
    double cpu = clock_seconds(CLOCK_PROCESS_CPUTIME_ID) - cpu_start;
    printf("sent %ld seconds %.3f rate %.0f errors %ld cpu %.3f\n", sent, elapsed, sent / elapsed, errors, cpu);
    return 0;
}
