/* What the UDP benchmark's C programs share: a clock, and a UDP socket connected to 127.0.0.1 (only
 * loopback: the benchmarks never send anywhere else). Header-only, included by each program. */
#ifndef LOOPBACK_H
#define LOOPBACK_H

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <time.h>

static inline double clock_seconds(clockid_t clock) {
    struct timespec ts;
    clock_gettime(clock, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* A UDP socket connected to 127.0.0.1:PORT (PORT as given on the command line); exits with 1 if it fails. */
static inline int connect_loopback_udp(const char *port) {
    int fd = socket(AF_INET, SOCK_DGRAM, 0);
    struct sockaddr_in addr = {0};
    addr.sin_family = AF_INET;
    addr.sin_port = htons((unsigned short) atoi(port));
    inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
    if (fd < 0 || connect(fd, (struct sockaddr *) &addr, sizeof addr) != 0) { perror("connect"); exit(1); }
    return fd;
}

#endif
