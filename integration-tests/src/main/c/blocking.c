// The blocking-call test library (docs/virtual-threads.md): calls that sleep, fail with errno after
// sleeping, read from a pipe, and call back while they wait, plus a counter of the calls inside C,
// so that a test knows when every carrier is (or would be) held.
#include <errno.h>
#include <string.h>
#include <unistd.h>

static int inside;

typedef int (*blk_tick_fn)(int i);

static void enter(void) { __atomic_add_fetch(&inside, 1, __ATOMIC_SEQ_CST); }
static void leave(void) { __atomic_sub_fetch(&inside, 1, __ATOMIC_SEQ_CST); }

// How many calls are sleeping in this library now.
int blk_inside(void) { return __atomic_load_n(&inside, __ATOMIC_SEQ_CST); }

// Sleeps ms milliseconds; returns ms.
int blk_sleep_ms(int ms) {
  enter();
  usleep((useconds_t)ms * 1000u);
  leave();
  return ms;
}

// Sleeps ms milliseconds, then fails with errno e: returns -1.
int blk_fail_after(int ms, int e) {
  enter();
  usleep((useconds_t)ms * 1000u);
  leave();
  errno = e;
  return -1;
}

// Sleeps ms milliseconds, then returns the length of s (a marshalled string arrives intact).
long blk_strlen_after(const char* s, int ms) {
  enter();
  usleep((useconds_t)ms * 1000u);
  leave();
  return (long)strlen(s);
}

// Calls tick(0..n-1), sleeping ms milliseconds before each; returns the sum of what tick returned.
int blk_each(int n, int ms, blk_tick_fn tick) {
  int sum = 0;
  for (int i = 0; i < n; i++) {
    enter();
    usleep((useconds_t)ms * 1000u);
    leave();
    sum += tick(i);
  }
  return sum;
}

// pipe(2) into fds[0] (read end) and fds[1] (write end); n is the length of fds, at least 2.
int blk_pipe(int* fds, int n) {
  if (n < 2) {
    errno = EINVAL;
    return -1;
  }
  return pipe(fds);
}

// read(2), counted as inside while it waits for data.
long blk_read(int fd, void* buf, unsigned long n) {
  enter();
  long r = (long)read(fd, buf, n);
  int saved = errno;
  leave();
  errno = saved;
  return r;
}

// write(2) of n bytes.
long blk_write(int fd, const void* buf, unsigned long n) { return (long)write(fd, buf, n); }

// close(2).
int blk_close(int fd) { return close(fd); }
