/* libffmbindiso.so: a library for the crash-isolation tests (docs/isolation.md). Half of it
 * behaves (scalars, strings, arrays, errno, status codes, owned objects counted in C) so the same
 * tests run in-process and isolated; the other half misbehaves the ways a real library can: a
 * wild pointer, abort(), a double free, exit(), an endless loop, and system calls a sandbox
 * denies (a socket, fork, creating a file), plus CPU and memory hogs for the resource limits. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* ---- well-behaved ---- */

int iso_add(int a, int b) { return a + b; }
double iso_scale(double x, int factor) { return x * factor; }
int64_t iso_pid(void) { return (int64_t)getpid(); }

size_t iso_strlen(const char *s) { return strlen(s); }

char *iso_shout(const char *s) {
  size_t n = strlen(s);
  char *r = malloc(n + 2);
  for (size_t i = 0; i < n; i++) r[i] = (s[i] >= 'a' && s[i] <= 'z') ? (char)(s[i] - 32) : s[i];
  r[n] = '!';
  r[n + 1] = 0;
  return r;
}

int64_t iso_sum(const int32_t *values, size_t n) {
  int64_t s = 0;
  for (size_t i = 0; i < n; i++) s += values[i];
  return s;
}

void iso_fill(uint8_t *out, size_t n, uint8_t seed) {
  for (size_t i = 0; i < n; i++) out[i] = (uint8_t)(seed + i);
}

/* A checksum over a buffer: the benchmark's 64 KB call. */
uint32_t iso_checksum(const uint8_t *data, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) h = (h ^ data[i]) * 16777619u;
  return h;
}

/* -1 with errno = code when fail != 0. */
int iso_fail_errno(int fail, int code) {
  if (fail) {
    errno = code;
    return -1;
  }
  return 0;
}

/* A status code: 0 OK, else the code given. */
int iso_status(int code) { return code; }

typedef struct iso_counter {
  int value;
} iso_counter;

static long created, destroyed;

iso_counter *iso_counter_new(int start) {
  iso_counter *c = malloc(sizeof *c);
  c->value = start;
  created++;
  return c;
}

int iso_counter_open(int start, iso_counter **out) {
  if (start < 0) return 22;
  *out = iso_counter_new(start);
  return 0;
}

int iso_counter_next(iso_counter *c) { return ++c->value; }

void iso_counter_free(iso_counter *c) {
  destroyed++;
  free(c);
}

long iso_created(void) { return created; }
long iso_destroyed(void) { return destroyed; }

uint8_t *iso_buffer(int n, size_t *out_len) {
  uint8_t *b = malloc(n > 0 ? (size_t)n : 1);
  for (int i = 0; i < n; i++) b[i] = (uint8_t)(i * 3);
  *out_len = (size_t)n;
  return b;
}

void iso_buffer_free(uint8_t *b) { free(b); }

/* ---- badly behaved ---- */

int iso_segv(int offset) {
  volatile int *p = (volatile int *)(uintptr_t)(16 + offset);
  return *p;
}

int iso_abort(void) {
  fprintf(stderr, "iso_abort: giving up\n");
  abort();
}

/* volatile, so the compiler cannot pair up (and drop) the malloc and the frees */
static char *volatile freed_twice;

int iso_double_free(void) {
  freed_twice = malloc(32);
  free(freed_twice);
  free(freed_twice);
  return 0;
}

int iso_exit(int status) {
  fprintf(stderr, "iso_exit: exiting with %d\n", status);
  exit(status);
}

int iso_hang(void) {
  for (;;) pause();
}

/* socket(AF_INET, SOCK_STREAM): the fd, or -errno. */
int iso_socket(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return -errno;
  close(fd);
  return fd;
}

/* fork() and wait: 0, or -errno. */
int iso_fork(void) {
  pid_t p = fork();
  if (p < 0) return -errno;
  if (p == 0) _exit(0);
  waitpid(p, NULL, 0);
  return 0;
}

/* Creates (and removes) a file: 0, or -errno. */
int iso_create_file(const char *path) {
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  if (fd < 0) return -errno;
  close(fd);
  unlink(path);
  return 0;
}

/* Reads a file's first byte: the byte, or -errno. Allowed under fs-write. */
int iso_read_first_byte(const char *path) {
  int fd = open(path, O_RDONLY);
  if (fd < 0) return -errno;
  unsigned char c = 0;
  ssize_t n = read(fd, &c, 1);
  close(fd);
  return n == 1 ? c : -EIO;
}

/* Spins for at least `seconds` of CPU time. */
int64_t iso_burn(int seconds) {
  volatile uint64_t x = 0;
  clock_t end = clock() + (clock_t)seconds * CLOCKS_PER_SEC;
  while (clock() < end) x++;
  return (int64_t)x;
}

/* malloc(n) and touch it: 0, or -1 when malloc fails. */
int iso_alloc(int64_t n) {
  char *p = malloc((size_t)n);
  if (!p) return -1;
  memset(p, 1, (size_t)n);
  free(p);
  return 0;
}

/* Writes the current working directory into out (NUL-terminated): its length, or -errno. */
int iso_cwd(char *out, size_t n) {
  if (!getcwd(out, n)) return -errno;
  return (int)strlen(out);
}
