/* The one load client for the UDP echo benchmark: one 64-byte datagram in flight, counts round
 * trips for a fixed time. The same binary measures every server, so only the server differs.
 * usage: rtt_client PORT SECONDS [SIZE]   -> prints "round_trips seconds rate" */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "loopback.h"

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: %s PORT SECONDS [SIZE]\n", argv[0]); return 2; }
    int size = argc > 3 ? atoi(argv[3]) : 64;
    double seconds = atof(argv[2]);
    int fd = connect_loopback_udp(argv[1]);
    struct timeval tv = {1, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    char out[65536], in[65536];
    memset(out, 'x', (size_t) size);
    long trips = 0, lost = 0;
    double start = now(), end = start + seconds, t;
    while ((t = now()) < end) {
        if (send(fd, out, (size_t) size, 0) < 0) { perror("send"); return 1; }
        if (recv(fd, in, sizeof in, 0) < 0) { lost++; continue; }
        trips++;
    }
    double elapsed = now() - start;
    printf("%ld %.3f %.0f lost=%ld\n", trips, elapsed, trips / elapsed, lost);
    return 0;
}
