/* Round trip of a small message between two processes over two pipes: the floor any helper
 * (native or JVM) pays per call with this transport. Build: gcc -O2 -o pipe_pingpong pipe_pingpong.c
 * Run: ./pipe_pingpong [iterations] [bytes] */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
#include <sys/wait.h>

static void full(int fd, char *b, size_t n, int rd) {
  size_t done = 0;
  while (done < n) {
    ssize_t k = rd ? read(fd, b + done, n - done) : write(fd, b + done, n - done);
    if (k <= 0) exit(1);
    done += (size_t)k;
  }
}

int main(int argc, char **argv) {
  long iters = argc > 1 ? atol(argv[1]) : 100000;
  size_t bytes = argc > 2 ? (size_t)atol(argv[2]) : 16;
  int to[2], from[2];
  if (pipe(to) || pipe(from)) return 1;
  char *buf = calloc(1, bytes);
  pid_t p = fork();
  if (p == 0) {
    for (long i = 0; i < iters; i++) {
      full(to[0], buf, bytes, 1);
      full(from[1], buf, 8, 0);
    }
    _exit(0);
  }
  struct timespec a, b;
  clock_gettime(CLOCK_MONOTONIC, &a);
  for (long i = 0; i < iters; i++) {
    full(to[1], buf, bytes, 0);
    full(from[0], buf, 8, 1);
  }
  clock_gettime(CLOCK_MONOTONIC, &b);
  waitpid(p, NULL, 0);
  double ns = ((b.tv_sec - a.tv_sec) * 1e9 + (b.tv_nsec - a.tv_nsec)) / iters;
  printf("%zu-byte request, 8-byte answer: %.0f ns per round trip (%ld round trips)\n", bytes, ns, iters);
  return 0;
}
