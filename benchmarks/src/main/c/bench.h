/*
 * The benchmark library: one small C function per operation the suite measures. Every
 * approach (ffmbind, hand-written and naive FFM, JNI, JNR-FFI, JNA) calls these same
 * functions, so the differences measured are the binding's, not the C code's.
 */
#ifndef BENCH_H
#define BENCH_H

#include <stddef.h>
#include <stdint.h>

/* Scalar call. */
int bench_add(int a, int b);

/* String argument: a trivial consumer of a NUL-terminated string. */
size_t bench_strlen(const char *s);

/* Owned string return: a malloc'd copy the caller must give back to bench_free. */
char *bench_strdup(const char *s);
void bench_free(void *p);

/* byte[] argument: the sum of the unsigned bytes. */
uint64_t bench_sum(const uint8_t *buf, size_t len);

/* Out-parameter: writes BENCH_OUT_VALUE to *out. */
#define BENCH_OUT_VALUE 42
void bench_out(int *out);

/* errno convention: returns 0, or sets errno = EINVAL and returns -1 when fail != 0. */
int bench_errno(int fail);

/* Handle-based call: an opaque counter, stepped like sqlite3_step steps a statement. */
typedef struct bench_counter bench_counter;
bench_counter *bench_counter_new(void);
int bench_counter_step(bench_counter *c);
void bench_counter_free(bench_counter *c);

/* Handle-scoped callback (libcurl style): a handle keeps a callback and its user data;
 * bench_cbh_run calls fn(data, i) for i in 0..n-1 and returns the sum of the results. */
typedef int (*bench_tick_fn)(void *data, int i);
typedef struct bench_cbh bench_cbh;
bench_cbh *bench_cbh_new(void);
void bench_cbh_set(bench_cbh *h, bench_tick_fn fn, void *data);
int bench_cbh_run(bench_cbh *h, int n);
void bench_cbh_free(bench_cbh *h);

/* Struct returned by value: 16 bytes, one INTEGER and one SSE eightbyte on x86-64. */
struct bench_pair {
  int id;
  double value;
};
struct bench_pair bench_pair_make(int id, double value);

/* Struct out-parameter: fills *tv with {BENCH_TV_SEC, BENCH_TV_USEC} and returns 0. */
#define BENCH_TV_SEC 40
#define BENCH_TV_USEC 2
struct bench_tv {
  long tv_sec;
  long tv_usec;
};
int bench_fill_tv(struct bench_tv *tv);

/* Variadic call: the sum of the n ints after n. */
int bench_sum_va(int n, ...);

#endif
