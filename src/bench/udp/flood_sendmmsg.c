/* The batched C baseline for the UDP send-rate benchmark: COUNT datagrams of SIZE bytes to 127.0.0.1:PORT
 * with sendmmsg(2), BATCH per call, every entry pointing at one buffer, on a connected socket. This is what
 * UdpSender does for a flood on Linux (SendmmsgSocket, batches of 64); flood_sender.c is the one-send()-per-datagram
 * loop it replaced.
 * usage: flood_sendmmsg PORT COUNT [BATCH] [SIZE]
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

#define MAX_BATCH 1024

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: %s PORT COUNT [BATCH] [SIZE]\n", argv[0]); return 2; }
    long count = atol(argv[2]);
    int batch = argc > 3 ? atoi(argv[3]) : 64;
    int size = argc > 4 ? atoi(argv[4]) : 64;
    if (size < 1 || size > 65507 || count < 1 || batch < 1 || batch > MAX_BATCH) {
        fprintf(stderr, "bad COUNT, BATCH or SIZE\n");
        return 2;
    }
    int fd = connect_loopback_udp(argv[1]);
    static char out[65536];
    memset(out, 'x', (size_t) size);
    static struct mmsghdr messages[MAX_BATCH];
    struct iovec one = { .iov_base = out, .iov_len = (size_t) size };
    for (int i = 0; i < batch; i++) {
        messages[i].msg_hdr.msg_iov = &one;
        messages[i].msg_hdr.msg_iovlen = 1;
    }
    long sent = 0, errors = 0;
    double start = clock_seconds(CLOCK_MONOTONIC), cpu_start = clock_seconds(CLOCK_PROCESS_CPUTIME_ID);
    while (sent < count) {
        unsigned int n = (unsigned int) (count - sent < batch ? count - sent : batch);
        int went = sendmmsg(fd, messages, n, 0);
        if (went < 0) {
            /* ECONNREFUSED means the receiver is gone: stop, as UdpSender does. (sendmmsg reports it only
             * when the first datagram of a call fails; that is enough to end a benchmark.) */
            errors++;
            if (errno == ECONNREFUSED) break;
            continue;
        }
        sent += went;
    }
    double elapsed = clock_seconds(CLOCK_MONOTONIC) - start;
    double cpu = clock_seconds(CLOCK_PROCESS_CPUTIME_ID) - cpu_start;
    printf("sent %ld seconds %.3f rate %.0f errors %ld cpu %.3f\n", sent, elapsed, sent / elapsed, errors, cpu);
    return 0;
}
