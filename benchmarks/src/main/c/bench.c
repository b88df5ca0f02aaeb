/* See bench.h. Built with -O3 by the module's build (pom.xml, exec-maven-plugin). */
#include "bench.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

int bench_add(int a, int b) {
  return a + b;
}

size_t bench_strlen(const char *s) {
  return strlen(s);
}

char *bench_strdup(const char *s) {
  return strdup(s);
}

void bench_free(void *p) {
  free(p);
}

uint64_t bench_sum(const uint8_t *buf, size_t len) {
  uint64_t sum = 0;
  for (size_t i = 0; i < len; i++) {
    sum += buf[i];
  }
  return sum;
}

void bench_out(int *out) {
  *out = BENCH_OUT_VALUE;
}

int bench_errno(int fail) {
  if (fail) {
    errno = EINVAL;
    return -1;
  }
  return 0;
}

struct bench_counter {
  int count;
};

bench_counter *bench_counter_new(void) {
  return calloc(1, sizeof(bench_counter));
}

int bench_counter_step(bench_counter *c) {
  return ++c->count;
}

void bench_counter_free(bench_counter *c) {
  free(c);
}

struct bench_cbh {
  bench_tick_fn fn;
  void *data;
};

bench_cbh *bench_cbh_new(void) {
  return calloc(1, sizeof(bench_cbh));
}

void bench_cbh_set(bench_cbh *h, bench_tick_fn fn, void *data) {
  h->fn = fn;
  h->data = data;
}

int bench_cbh_run(bench_cbh *h, int n) {
  int sum = 0;
  for (int i = 0; i < n; i++) {
    sum += h->fn(h->data, i);
  }
  return sum;
}

void bench_cbh_free(bench_cbh *h) {
  free(h);
}

struct bench_pair bench_pair_make(int id, double value) {
  struct bench_pair p = {id, value};
  return p;
}

int bench_fill_tv(struct bench_tv *tv) {
  tv->tv_sec = BENCH_TV_SEC;
  tv->tv_usec = BENCH_TV_USEC;
  return 0;
}

int bench_sum_va(int n, ...) {
  va_list ap;
  int sum = 0;
  va_start(ap, n);
  for (int i = 0; i < n; i++) {
    sum += va_arg(ap, int);
  }
  va_end(ap);
  return sum;
}
