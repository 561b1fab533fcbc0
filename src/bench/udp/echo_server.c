/* Minimal UDP echo server: the C baseline for the UDP echo benchmark (docs/BENCHMARKS.md).
 * usage: echo_server PORT [BIND_ADDR]   (default bind 127.0.0.1; PORT 0 = any free port)
 * prints "ready <port>" once bound. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: %s PORT [BIND_ADDR]\n", argv[0]); return 2; }
    int fd = socket(AF_INET, SOCK_DGRAM, 0);
    struct sockaddr_in addr = {0};
    addr.sin_family = AF_INET;
    addr.sin_port = htons((unsigned short) atoi(argv[1]));
    inet_pton(AF_INET, argc > 2 ? argv[2] : "127.0.0.1", &addr.sin_addr);
    if (bind(fd, (struct sockaddr *) &addr, sizeof addr) != 0) { perror("bind"); return 1; }
    socklen_t alen = sizeof addr;
    getsockname(fd, (struct sockaddr *) &addr, &alen);
    printf("ready %d\n", ntohs(addr.sin_port));
    fflush(stdout);
    char buf[65536];
    for (;;) {
        struct sockaddr_in peer;
        socklen_t len = sizeof peer;
        ssize_t n = recvfrom(fd, buf, sizeof buf, 0, (struct sockaddr *) &peer, &len);
        if (n < 0) continue;
        sendto(fd, buf, (size_t) n, 0, (struct sockaddr *) &peer, len);
    }
}
