/* Runs a command and prints its peak resident memory to standard error as "maxrss_kb N" (from
 * wait4's rusage of that one child: a large parent's own peak never leaks into it, unlike
 * RUSAGE_CHILDREN taken from a Python harness), the wall-clock seconds and the CPU seconds (user +
 * system, over all of the child's threads). Standard output and error pass through.
 * Build: gcc -O2 maxrss.c -o maxrss; use: maxrss COMMAND ARGS... */
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: maxrss COMMAND ARGS...\n"); return 2; }
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    pid_t child = fork();
    if (child < 0) { perror("fork"); return 2; }
    if (child == 0) { execvp(argv[1], argv + 1); perror("exec"); _exit(127); }
    int status = 0;
    struct rusage usage;
    if (wait4(child, &status, 0, &usage) < 0) { perror("wait4"); return 2; }
    clock_gettime(CLOCK_MONOTONIC, &end);
    double seconds = (end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) / 1e9;
    double cpu = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
    fprintf(stderr, "maxrss_kb %ld seconds %.3f cpu %.3f\n", usage.ru_maxrss, seconds, cpu);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
