/* A discard server for the TCP bulk-send benchmark: listens on 127.0.0.1, accepts COUNT connections one
 * after another, reads each to end-of-stream into a 1 MiB buffer and throws the bytes away, then closes it.
 *   bulk_sink COUNT [PORT=0]
 *   -> "LISTENING port" once bound, then per connection
 *      "SINK bytes=B seconds=S gbps=G" (seconds from the first byte to end-of-stream; GB = 10^9 bytes)
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: %s COUNT [PORT]\n", argv[0]); return 2; }
    int count = atoi(argv[1]);
    int port = argc > 2 ? atoi(argv[2]) : 0;
    int ls = socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_in addr = {0};
    addr.sin_family = AF_INET;
    addr.sin_port = htons((unsigned short) port);
    inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
    if (bind(ls, (struct sockaddr *) &addr, sizeof addr) != 0 || listen(ls, 16) != 0) { perror("bind"); return 1; }
    socklen_t len = sizeof addr;
    getsockname(ls, (struct sockaddr *) &addr, &len);
    printf("LISTENING %d\n", ntohs(addr.sin_port));
    fflush(stdout);
    static char buf[1 << 20];
    for (int c = 0; c < count; c++) {
        int fd = accept(ls, NULL, NULL);
        if (fd < 0) { perror("accept"); return 1; }
        long long total = 0;
        double first = 0;
        ssize_t r;
        while ((r = read(fd, buf, sizeof buf)) > 0) {
            if (total == 0) first = now();
            total += r;
        }
        double seconds = total > 0 ? now() - first : 0;
        close(fd);
        printf("SINK bytes=%lld seconds=%.3f gbps=%.2f\n", total, seconds, seconds > 0 ? total / seconds / 1e9 : 0.0);
        fflush(stdout);
    }
    close(ls);
    return 0;
}
