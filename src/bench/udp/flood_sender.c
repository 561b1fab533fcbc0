/* The C baseline for the UDP send-rate benchmark: COUNT datagrams of SIZE bytes to 127.0.0.1:PORT as fast
 * as one send() per datagram goes, on a connected socket (what UdpSender does). No batching (sendmmsg),
 * so it measures the same work per datagram as the Java sender.
 * usage: flood_sender PORT COUNT [SIZE]
 * prints "sent <n> seconds <s> rate <r> errors <e> cpu <s>", cpu being the CPU time the loop used. */
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

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: %s PORT COUNT [SIZE]\n", argv[0]); return 2; }
    long count = atol(argv[2]);
    int size = argc > 3 ? atoi(argv[3]) : 64;
    if (size < 1 || size > 65507 || count < 1) { fprintf(stderr, "bad COUNT or SIZE\n"); return 2; }
    int fd = connect_loopback_udp(argv[1]);
    char out[65536];
    memset(out, 'x', (size_t) size);
    long sent = 0, errors = 0;
    double start = clock_seconds(CLOCK_MONOTONIC), cpu_start = clock_seconds(CLOCK_PROCESS_CPUTIME_ID);
    for (long i = 0; i < count; i++) {
        if (send(fd, out, (size_t) size, 0) < 0) {
            /* ECONNREFUSED means the receiver is gone: stop, as UdpSender does. */
            if (errno == ECONNREFUSED) { errors++; break; }
            errors++;
            continue;
        }
        sent++;
    }
    double elapsed = clock_seconds(CLOCK_MONOTONIC) - start;
    double cpu = clock_seconds(CLOCK_PROCESS_CPUTIME_ID) - cpu_start;
    printf("sent %ld seconds %.3f rate %.0f errors %ld cpu %.3f\n", sent, elapsed, sent / elapsed, errors, cpu);
    return 0;
}
