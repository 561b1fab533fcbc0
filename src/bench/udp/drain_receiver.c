/* The receiver for the UDP send-rate benchmark: drains 127.0.0.1:PORT as fast as it can (recvmmsg, a big
 * receive buffer) so the sender's datagrams are counted instead of dropped unseen. It stops when EXPECTED
 * datagrams arrived, after IDLE_MS without one (once the first came), or after MAX_SECONDS in all.
 * usage: drain_receiver PORT EXPECTED MAX_SECONDS [IDLE_MS]
 * prints "ready <port> rcvbuf <bytes>" once bound, then "received <n> drops <d>" at the end, where drops is
 * the kernel's count of datagrams that did not fit in the receive buffer (SO_RXQ_OVFL), -1 if unknown. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define BATCH 64
#define SLOT 2048

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc < 4) { fprintf(stderr, "usage: %s PORT EXPECTED MAX_SECONDS [IDLE_MS]\n", argv[0]); return 2; }
    long expected = atol(argv[2]);
    double max_seconds = atof(argv[3]);
    int idle_ms = argc > 4 ? atoi(argv[4]) : 1000;
    int fd = socket(AF_INET, SOCK_DGRAM, 0);
    int want = 8 << 20, one = 1;
    /* SO_RCVBUFFORCE (root only) sets this socket's buffer past net.core.rmem_max; no system setting changes. */
    if (setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &want, sizeof want) != 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &want, sizeof want);
    int have_ovfl = setsockopt(fd, SOL_SOCKET, SO_RXQ_OVFL, &one, sizeof one) == 0;
    struct sockaddr_in addr = {0};
    addr.sin_family = AF_INET;
    addr.sin_port = htons((unsigned short) atoi(argv[1]));
    inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
    if (bind(fd, (struct sockaddr *) &addr, sizeof addr) != 0) { perror("bind"); return 1; }
    socklen_t alen = sizeof addr;
    getsockname(fd, (struct sockaddr *) &addr, &alen);
    int rcvbuf = 0;
    socklen_t olen = sizeof rcvbuf;
    getsockopt(fd, SOL_SOCKET, SO_RCVBUF, &rcvbuf, &olen);
    printf("ready %d rcvbuf %d\n", ntohs(addr.sin_port), rcvbuf);
    fflush(stdout);

    static char bufs[BATCH][SLOT];
    static char ctrl[BATCH][CMSG_SPACE(sizeof(unsigned int))];
    struct mmsghdr msgs[BATCH];
    struct iovec iov[BATCH];
    long received = 0;
    long drops = have_ovfl ? 0 : -1;
    double start = now(), deadline = start + max_seconds;
    int started = 0;
    while (received < expected) {
        double left = deadline - now();
        if (left <= 0) break;
        int wait = started ? idle_ms : (int) (left * 1000) + 1;
        struct pollfd p = {fd, POLLIN, 0};
        if (poll(&p, 1, wait) <= 0) {
            if (started) break;   /* the sender is done: nothing for IDLE_MS */
            continue;
        }
        for (int i = 0; i < BATCH; i++) {
            iov[i].iov_base = bufs[i];
            iov[i].iov_len = SLOT;
            memset(&msgs[i].msg_hdr, 0, sizeof msgs[i].msg_hdr);
            msgs[i].msg_hdr.msg_iov = &iov[i];
            msgs[i].msg_hdr.msg_iovlen = 1;
            msgs[i].msg_hdr.msg_control = ctrl[i];
            msgs[i].msg_hdr.msg_controllen = sizeof ctrl[i];
        }
        int n = recvmmsg(fd, msgs, BATCH, MSG_DONTWAIT, NULL);
        if (n <= 0) continue;
        started = 1;
        received += n;
        if (have_ovfl) {
            /* The kernel reports the running total of overflow drops with each datagram; keep the latest. */
            struct cmsghdr *c = CMSG_FIRSTHDR(&msgs[n - 1].msg_hdr);
            for (; c; c = CMSG_NXTHDR(&msgs[n - 1].msg_hdr, c))
                if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SO_RXQ_OVFL)
                    drops = *(unsigned int *) CMSG_DATA(c);
        }
    }
    printf("received %ld drops %ld\n", received, drops);
    return 0;
}
