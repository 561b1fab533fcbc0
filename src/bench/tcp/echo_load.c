/* The one load client for the TCP echo benchmarks; the same binary drives every server, so only the
 * server differs. Loopback only: it refuses any address outside 127.0.0.0/8.
 *
 * echo mode: opens CONNS connections one after another (each one proves itself with one echo before
 * the next is opened, so servers with a tiny backlog such as the seed's listen(1) are not flooded),
 * then on every connection: send SIZE bytes, wait until all SIZE bytes are back, repeat (one message
 * outstanding per connection), all in one thread with epoll. Round trips are counted for SECONDS after
 * WARMUP seconds.
 *   echo_load echo PORT CONNS WARMUP SECONDS [SIZE=64]
 *   -> "RESULT conns=N msgs=M seconds=S rate=R failed=F ..."
 * With ECHO_LOAD_SERVER_PID set, it also reads that process's CPU time (user+system, /proc/PID/stat)
 * at the start and end of the measured window and prints serverCpu=(CPU seconds)/(wall seconds) and
 * serverUsPerMsg, and its own figures as clientCpu and clientUsPerMsg: CPU per message is less
 * disturbed by other work on a shared machine than the rate is.
 *
 * hold mode: opens CONNS connections the same way (one echo each), prints "HELD n failed=F", then
 * holds them until SECONDS pass or SIGTERM/SIGINT arrives, then closes them all.
 *   echo_load hold PORT CONNS SECONDS [SIZE=64]
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define MAX_SIZE 65536
#define STEP_TIMEOUT_MS 5000 /* connect and the first echo, per connection */

static volatile sig_atomic_t stop_requested;
static void on_signal(int sig) { (void) sig; stop_requested = 1; }

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* CPU seconds (user + system) used so far by process pid, or -1 when it cannot be read. */
static double process_cpu(long pid) {
    if (pid <= 0) return -1;
    char path[64], buf[4096];
    snprintf(path, sizeof path, "/proc/%ld/stat", pid);
    FILE *f = fopen(path, "r");
    if (!f) return -1;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = 0;
    char *p = strrchr(buf, ')'); /* the command name may hold spaces; fields restart after it */
    if (!p) return -1;
    unsigned long utime = 0, stime = 0;
    /* after ")": state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime */
    if (sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %lu %lu", &utime, &stime) != 2) return -1;
    return (double) (utime + stime) / (double) sysconf(_SC_CLK_TCK);
}

static double self_cpu(void) {
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
}

/* Waits for fd to be ready for `events`, at most ms; 1 ready, 0 timeout, -1 error. */
static int wait_for(int fd, short events, int ms) {
    struct pollfd p = {fd, events, 0};
    int r;
    do { r = poll(&p, 1, ms); } while (r < 0 && errno == EINTR);
    return r;
}

/* Writes all n bytes of a non-blocking socket within the step timeout. */
static int write_all(int fd, const char *buf, int n) {
    int done = 0;
    while (done < n) {
        ssize_t w = write(fd, buf + done, (size_t) (n - done));
        if (w > 0) { done += (int) w; continue; }
        if (w < 0 && (errno == EAGAIN || errno == EINTR)) {
            if (wait_for(fd, POLLOUT, STEP_TIMEOUT_MS) <= 0) return -1;
            continue;
        }
        return -1;
    }
    return 0;
}

/* Reads exactly n bytes of a non-blocking socket within the step timeout. */
static int read_all(int fd, char *buf, int n) {
    int done = 0;
    while (done < n) {
        ssize_t r = read(fd, buf + done, (size_t) (n - done));
        if (r > 0) { done += (int) r; continue; }
        if (r == 0) return -1;
        if (errno == EAGAIN || errno == EINTR) {
            if (wait_for(fd, POLLIN, STEP_TIMEOUT_MS) <= 0) return -1;
            continue;
        }
        return -1;
    }
    return 0;
}

/* A connected, non-blocking, TCP_NODELAY socket that has echoed one message; -1 on failure. */
static int open_checked(const struct sockaddr_in *addr, const char *out, char *in, int size) {
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (fd < 0) return -1;
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (connect(fd, (const struct sockaddr *) addr, sizeof *addr) != 0) {
        int err = 0;
        socklen_t len = sizeof err;
        if (errno != EINPROGRESS || wait_for(fd, POLLOUT, STEP_TIMEOUT_MS) <= 0
                || getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) != 0 || err != 0) {
            close(fd);
            return -1;
        }
    }
    if (write_all(fd, out, size) != 0 || read_all(fd, in, size) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

int main(int argc, char **argv) {
    if (argc < 5) {
        fprintf(stderr, "usage: %s echo PORT CONNS WARMUP SECONDS [SIZE]\n"
                        "       %s hold PORT CONNS SECONDS [SIZE]\n", argv[0], argv[0]);
        return 2;
    }
    int hold = strcmp(argv[1], "hold") == 0;
    if (!hold && (strcmp(argv[1], "echo") != 0 || argc < 6)) { fprintf(stderr, "bad mode or arguments\n"); return 2; }
    int port = atoi(argv[2]);
    int conns = atoi(argv[3]);
    double warmup = hold ? 0 : atof(argv[4]);
    double seconds = hold ? atof(argv[4]) : atof(argv[5]);
    int size_arg = hold ? 5 : 6;
    int size = argc > size_arg ? atoi(argv[size_arg]) : 64;
    if (port < 1 || port > 65535 || conns < 1 || conns > 100000 || size < 1 || size > MAX_SIZE
            || seconds <= 0 || seconds > 600 || warmup < 0 || warmup > 600) {
        fprintf(stderr, "out of range: port 1-65535, conns 1-100000, size 1-%d, seconds 0-600\n", MAX_SIZE);
        return 2;
    }

    struct sockaddr_in addr = {0};
    addr.sin_family = AF_INET;
    addr.sin_port = htons((unsigned short) port);
    inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
    if ((ntohl(addr.sin_addr.s_addr) >> 24) != 127) { fprintf(stderr, "loopback only\n"); return 2; }

    signal(SIGPIPE, SIG_IGN);
    struct sigaction sa = {0};
    sa.sa_handler = on_signal;
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);

    static char out[MAX_SIZE], in[MAX_SIZE];
    /* ASCII so the seed's Python server can decode() it; never "bye", so no server closes on it. */
    for (int i = 0; i < size; i++) out[i] = (char) ('a' + i % 26);

    int *fds = calloc((size_t) conns, sizeof *fds);
    int *got = calloc((size_t) conns, sizeof *got); /* bytes of the current echo received so far */
    if (!fds || !got) { fprintf(stderr, "out of memory\n"); return 1; }
    int open_count = 0, failed = 0;
    double t0 = now();
    for (int i = 0; i < conns && !stop_requested; i++) {
        int fd = open_checked(&addr, out, in, size);
        if (fd < 0) {
            failed++;
            if (failed >= 100 && failed > conns / 10) break; /* the server is gone or full: stop trying */
            continue;
        }
        fds[open_count++] = fd;
    }
    double connect_seconds = now() - t0;

    if (hold) {
        printf("HELD %d failed=%d connect_seconds=%.2f\n", open_count, failed, connect_seconds);
        fflush(stdout);
        double end = now() + seconds;
        while (!stop_requested && now() < end) {
            poll(NULL, 0, 50);
        }
        for (int i = 0; i < open_count; i++) close(fds[i]);
        printf("CLOSED %d\n", open_count);
        return 0;
    }

    if (open_count == 0) {
        printf("RESULT conns=0 msgs=0 seconds=0 rate=0 failed=%d\n", failed);
        return 1;
    }
    int ep = epoll_create1(0);
    for (int i = 0; i < open_count; i++) {
        struct epoll_event ev = {.events = EPOLLIN, .data.u32 = (uint32_t) i};
        epoll_ctl(ep, EPOLL_CTL_ADD, fds[i], &ev);
        if (write(fds[i], out, (size_t) size) != size) { fprintf(stderr, "short first write\n"); return 1; }
    }
    const char *pid_text = getenv("ECHO_LOAD_SERVER_PID");
    long server_pid = pid_text ? atol(pid_text) : 0;
    double server_cpu0 = -1, client_cpu0 = 0;
    struct epoll_event events[1024];
    long msgs = 0, counted_from = 0;
    int dead = 0;
    double start = now(), measure_at = start + warmup, end = measure_at + seconds, measured_start = 0;
    int measuring = 0;
    while (!stop_requested) {
        int n = epoll_wait(ep, events, 1024, 100);
        double t = now();
        if (!measuring && t >= measure_at) {
            measuring = 1;
            counted_from = msgs;
            measured_start = t;
            server_cpu0 = process_cpu(server_pid);
            client_cpu0 = self_cpu();
            fprintf(stderr, "MEASURING\n"); /* for profile.sh, which samples the server in this window */
        }
        if (t >= end) break;
        for (int k = 0; k < n; k++) {
            int i = (int) events[k].data.u32;
            ssize_t r = read(fds[i], in, (size_t) (size - got[i]));
            if (r <= 0) {
                if (r < 0 && (errno == EAGAIN || errno == EINTR)) continue;
                epoll_ctl(ep, EPOLL_CTL_DEL, fds[i], NULL);
                dead++;
                continue;
            }
            got[i] += (int) r;
            if (got[i] < size) continue;
            got[i] = 0;
            msgs++;
            /* 64 bytes always fit an empty send buffer: the peer has read everything we sent. */
            if (write(fds[i], out, (size_t) size) != size) {
                epoll_ctl(ep, EPOLL_CTL_DEL, fds[i], NULL);
                dead++;
            }
        }
        if (dead == open_count) break;
    }
    double elapsed = measuring ? now() - measured_start : 0;
    long counted = msgs - counted_from;
    double server_cpu = server_cpu0 >= 0 ? process_cpu(server_pid) - server_cpu0 : -1;
    double client_cpu = measuring ? self_cpu() - client_cpu0 : 0;
    for (int i = 0; i < open_count; i++) close(fds[i]);
    printf("RESULT conns=%d msgs=%ld seconds=%.3f rate=%.0f failed=%d dead=%d connect_seconds=%.2f",
           open_count, counted, elapsed, elapsed > 0 ? counted / elapsed : 0.0, failed, dead, connect_seconds);
    if (server_cpu >= 0 && counted > 0 && elapsed > 0) {
        printf(" serverCpu=%.2f serverUsPerMsg=%.2f", server_cpu / elapsed, server_cpu / counted * 1e6);
    }
    if (counted > 0 && elapsed > 0) {
        printf(" clientCpu=%.2f clientUsPerMsg=%.2f", client_cpu / elapsed, client_cpu / counted * 1e6);
    }
    printf("\n");
    return dead > 0 || failed > 0 ? 1 : 0;
}
