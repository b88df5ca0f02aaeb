/*
 * Test library for the safety features (ownership, zero-copy, signals, symbols, threads):
 * built as libffmbindsafety.so. Every allocation and destructor is counted so tests can prove
 * "exactly once". See docs/safety.md.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

int safety_library_version(void) { return 1; }

/* ---- crash class 5: the same symbol as ffmbindtest.c (which returns 1) ---- */
int ffmbind_clash_id(void) { return 2; }

/* ---- crash class 1: counted allocations and a resource with a destructor ---- */
static atomic_long allocs, frees;

char *safety_strdup(const char *s) {
  atomic_fetch_add(&allocs, 1);
  return strdup(s);
}
void safety_free(void *p) {
  if (p != NULL) {
    atomic_fetch_add(&frees, 1);
    free(p);
  }
}
long safety_alloc_count(void) { return atomic_load(&allocs); }
long safety_free_count(void) { return atomic_load(&frees); }

typedef struct resource {
  int magic;
  int id;
} resource;
#define RESOURCE_MAGIC 0x5AFE
static atomic_long resources_created, resources_destroyed;

resource *safety_resource_new(int id) {
  resource *r = malloc(sizeof *r);
  if (r == NULL) return NULL;
  r->magic = RESOURCE_MAGIC;
  r->id = id;
  atomic_fetch_add(&resources_created, 1);
  return r;
}
/* -1 if r is not a live resource (the test would see it if a freed one were used) */
int safety_resource_id(const resource *r) { return r->magic == RESOURCE_MAGIC ? r->id : -1; }
void safety_resource_destroy(resource *r) {
  atomic_fetch_add(&resources_destroyed, 1);
  r->magic = 0;
  free(r);
}
/* a destructor with a status, like sqlite3_close: 0 on success */
int safety_resource_close(resource *r) {
  safety_resource_destroy(r);
  return 0;
}
long safety_resources_destroyed(void) { return atomic_load(&resources_destroyed); }
long safety_resources_live(void) {
  return atomic_load(&resources_created) - atomic_load(&resources_destroyed);
}

/* ---- crash class 3: strings ---- */
const char *safety_latin1_cafe(void) { return "caf\xe9"; } /* not valid UTF-8 */
size_t safety_strlen(const char *s) { return strlen(s); }
static const wchar_t WIDE[] = {L'w', 0xE9, L'd', L'e', L' ', 0x20AC, 0};
const wchar_t *safety_wide(void) { return WIDE; }
size_t safety_wcslen(const wchar_t *s) { return wcslen(s); }
int safety_sizeof_wchar(void) { return (int)sizeof(wchar_t); }

/* ---- crash class 4: errno and EINTR ---- */
int safety_fail_errno(int err) {
  errno = err;
  return -1;
}

static atomic_int signals_received;
static void on_sigusr1(int sig) {
  (void)sig;
  atomic_fetch_add(&signals_received, 1);
}
/* A SIGUSR1 handler WITHOUT SA_RESTART: a blocking read it interrupts fails with EINTR. */
int safety_install_sigusr1(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_sigusr1;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;
  return sigaction(SIGUSR1, &sa, NULL);
}
int safety_signals_received(void) { return atomic_load(&signals_received); }
long safety_thread_self(void) { return (long)pthread_self(); }
int safety_kill_thread(long thread, int sig) { return pthread_kill((pthread_t)thread, sig); }

static int pipe_fds[2] = {-1, -1};
static atomic_int reading, read_calls;
int safety_pipe_open(void) {
  atomic_store(&read_calls, 0);
  return pipe(pipe_fds);
}
void safety_pipe_close(void) {
  close(pipe_fds[0]);
  close(pipe_fds[1]);
  pipe_fds[0] = pipe_fds[1] = -1;
}
/* read() on the pipe's read end; blocks until data arrives or a signal interrupts it */
ssize_t safety_pipe_read(uint8_t *buf, size_t n) {
  atomic_fetch_add(&read_calls, 1);
  atomic_store(&reading, 1);
  ssize_t r = read(pipe_fds[0], buf, n);
  int saved = errno;
  atomic_store(&reading, 0);
  errno = saved;
  return r;
}
int safety_pipe_is_reading(void) { return atomic_load(&reading); }
int safety_pipe_read_calls(void) { return atomic_load(&read_calls); }
int safety_pipe_write_byte(int value) {
  uint8_t b = (uint8_t)value;
  return (int)write(pipe_fds[1], &b, 1);
}

/* ---- zero-copy: a function that writes, and one that only reads ---- */
void safety_fill(void *p, size_t n, int value) { memset(p, value, n); }
uint64_t safety_sum(const void *p, size_t n) {
  const uint8_t *b = p;
  uint64_t s = 0;
  for (size_t i = 0; i < n; i++) s += b[i];
  return s;
}

/* ---- crash class 2: native threads ---- */
static void *exit_at_once(void *arg) { return arg; }

/* Joinable threads that exit at once and are never joined: their stacks leak. */
int safety_spawn_unjoined(int n) {
  for (int i = 0; i < n; i++) {
    pthread_t t;
    if (pthread_create(&t, NULL, exit_at_once, NULL) != 0) return i;
  }
  return n;
}
/* The same, joined: nothing leaks. */
int safety_spawn_joined(int n) {
  for (int i = 0; i < n; i++) {
    pthread_t t;
    if (pthread_create(&t, NULL, exit_at_once, NULL) != 0) return i;
    pthread_join(t, NULL);
  }
  return n;
}

/* Threads that call back into Java once (which attaches them) and then stay in C until released. */
typedef void (*safety_callback)(void);
static pthread_mutex_t park_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t park_cond = PTHREAD_COND_INITIALIZER;
static int park_released;
static int parked_arrived;
static pthread_t parked[64];
static int parked_count;

static void *call_then_park(void *arg) {
  ((safety_callback)arg)();
  pthread_mutex_lock(&park_lock);
  parked_arrived++;
  pthread_cond_broadcast(&park_cond);
  while (!park_released) pthread_cond_wait(&park_cond, &park_lock);
  pthread_mutex_unlock(&park_lock);
  return NULL;
}
/* Starts n threads that each call fn once, then waits until all have called it. */
int safety_park_threads(safety_callback fn, int n) {
  if (n > 64) n = 64;
  pthread_mutex_lock(&park_lock);
  park_released = 0;
  parked_arrived = 0;
  pthread_mutex_unlock(&park_lock);
  for (parked_count = 0; parked_count < n; parked_count++) {
    if (pthread_create(&parked[parked_count], NULL, call_then_park, (void *)fn) != 0) break;
  }
  pthread_mutex_lock(&park_lock);
  while (parked_arrived < parked_count) pthread_cond_wait(&park_cond, &park_lock);
  pthread_mutex_unlock(&park_lock);
  return parked_count;
}
/* Lets the parked threads exit and joins them. */
void safety_release_threads(void) {
  pthread_mutex_lock(&park_lock);
  park_released = 1;
  pthread_cond_broadcast(&park_cond);
  pthread_mutex_unlock(&park_lock);
  for (int i = 0; i < parked_count; i++) pthread_join(parked[i], NULL);
  parked_count = 0;
}

/* ---- returned buffers: a pointer plus a size, every allocation and free counted ---- */
static atomic_long buf_allocs, buf_frees;

static uint8_t *buf_alloc(size_t n) {
  uint8_t *p = malloc(n == 0 ? 1 : n);
  if (p != NULL) atomic_fetch_add(&buf_allocs, 1);
  return p;
}
void safety_buf_free(void *p) {
  if (p != NULL) {
    atomic_fetch_add(&buf_frees, 1);
    free(p);
  }
}
long safety_buf_allocs(void) { return atomic_load(&buf_allocs); }
long safety_buf_frees(void) { return atomic_load(&buf_frees); }

/* n bytes 0, 1, 2, ... (mod 256); the size through out_len. n < 0: NULL with EINVAL. */
uint8_t *safety_buf_make(int n, size_t *out_len) {
  if (n < 0) {
    errno = EINVAL;
    return NULL;
  }
  uint8_t *p = buf_alloc((size_t)n);
  for (int i = 0; i < n; i++) p[i] = (uint8_t)i;
  *out_len = (size_t)n;
  return p;
}
/* Like malloc, filled with 0xAB: the size is the input; freed with libc's free. */
void *safety_xmalloc(size_t n) {
  void *p = malloc(n);
  if (p != NULL) memset(p, 0xAB, n);
  return p;
}
/* C's own bytes: never freed by the caller. */
static const uint8_t borrowed_bytes[] = {'b', 'o', 'r', 'r', 'o', 'w', 'e', 'd'};
const uint8_t *safety_buf_borrowed(uint32_t *out_len) {
  *out_len = sizeof borrowed_bytes;
  return borrowed_bytes;
}
/* 2 GiB + 4 KiB, more than an int can count: calloc'd (untouched pages cost nothing), last byte 7. */
uint8_t *safety_buf_huge(size_t *out_len) {
  size_t n = ((size_t)1 << 31) + 4096;
  uint8_t *p = calloc(n, 1);
  if (p == NULL) return NULL;
  atomic_fetch_add(&buf_allocs, 1);
  p[n - 1] = 7;
  *out_len = n;
  return p;
}

/* ---- (pointer, length) strings ---- */
/* "ab\0cd": five bytes with a NUL inside, borrowed. */
const char *safety_name_with_nul(size_t *out_len) {
  *out_len = 5;
  return "ab\0cd";
}
/* A counted copy of n bytes with no terminator; the length through out_len. */
char *safety_sized_dup(const char *s, size_t n, size_t *out_len) {
  char *p = (char *)buf_alloc(n);
  memcpy(p, s, n);
  *out_len = n;
  return p;
}
/* How many NUL bytes the first n bytes hold. */
int safety_count_nuls(const char *s, size_t n) {
  int count = 0;
  for (size_t i = 0; i < n; i++) count += s[i] == 0;
  return count;
}
/* "caf\xe9": ISO-8859-1, not valid UTF-8, of length 4. */
const char *safety_latin1_sized(size_t *out_len) {
  *out_len = 4;
  return "caf\xe9";
}
