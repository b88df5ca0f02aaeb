#define _GNU_SOURCE
/*
 * Structs and unions (structs.yaml): every SysV class by value, nested structs, a union, arrays,
 * padding, an enum field, pointers. structs_layout() reports what gcc computed (sizeof, _Alignof,
 * offsetof) so that StructsTest can compare every struct of the spec with the generated LAYOUT.
 */
#include <stdbool.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/time.h>
#include <sys/utsname.h>
#include <time.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "structs.h"

/* Fills a record with values the test knows: every field non-zero. */
void fill_record(struct record *r) {
  memset(r, 0xAB, sizeof *r); /* padding is not zeroed by C: the read must ignore it */
  r->tag = 200;
  r->kind = (shape_kind)7; /* a value the spec does not list */
  r->origin.x = 1.5;
  r->origin.y = -2.25;
  r->pairs[0].a = 1;
  r->pairs[0].b = 2;
  r->pairs[1].a = 3;
  r->pairs[1].b = 4;
  r->weights[0] = 4000000000u;
  r->weights[1] = 1;
  r->weights[2] = 2;
  r->id = 65535;
  r->on = true;
  r->label = "label";
  r->visit = NULL;
  memset(&r->value, 0, sizeof r->value);
  r->value.d = 0.5;
  strcpy(r->code, "abcd");
}

/* A checksum over the fields of a record written by Java, to see each one arrived. */
double record_sum(const struct record *r) {
  double s = r->tag + (int)r->kind + r->origin.x + r->origin.y;
  for (int i = 0; i < 2; i++) {
    s += r->pairs[i].a * 10 + r->pairs[i].b * 100;
  }
  s += (double)r->weights[0] + r->weights[1] + r->weights[2] + r->id + (r->on ? 1000 : 0);
  s += r->label != NULL ? (double)strlen(r->label) : -1;
  s += r->value.i + (double)strlen(r->code);
  return s;
}

/* Whether the padding bytes Java wrote are zero (write() zeroes them). */
bool record_padding_zero(const struct record *r) {
  const unsigned char *b = (const unsigned char *)r;
  for (size_t i = offsetof(struct record, tag) + 1; i < offsetof(struct record, kind); i++) {
    if (b[i] != 0) return false;
  }
  size_t end = offsetof(struct record, code) + sizeof r->code;
  for (size_t i = end; i < sizeof *r; i++) {
    if (b[i] != 0) return false;
  }
  return true;
}

void fill_names(struct names *n) {
  memset(n, 0, sizeof *n);
  strcpy(n->sysname, "Linux");
  memcpy(n->machine, "x86_64\0\0\0", 9);
}

/* By value, one of each SysV class, in and out. */
struct small_ints swap_small(struct small_ints v) {
  struct small_ints r = {v.b, v.a};
  return r;
}

struct mixed scale_mixed(struct mixed v, int k) {
  struct mixed r = {v.i * k, v.f * (float)k, v.d * k};
  return r;
}

struct two_doubles add_doubles(struct two_doubles a, struct two_doubles b) {
  struct two_doubles r = {a.x + b.x, a.y + b.y};
  return r;
}

struct big sum_big(struct big a, long k) {
  struct big r = {a.a + k, a.b + k, a.c + k};
  return r;
}

/* A record by value (in memory), nested struct, union and arrays inside. */
double record_sum_by_value(struct record r) { return record_sum(&r); }

/* const T* in: reads only. */
long big_total(const struct big *b) { return b->a + b->b + b->c; }

/* T* out: writes only; returns 0. */
int make_big(long seed, struct big *out) {
  out->a = seed;
  out->b = seed * 2;
  out->c = seed * 3;
  return 0;
}

/* T* inout: reads then writes. */
void twice_big(struct big *b) {
  b->a *= 2;
  b->b *= 2;
  b->c *= 2;
}

/* A borrowed T* return: the library's own static value, or NULL. */
const struct two_doubles *origin_or_null(int want) {
  static const struct two_doubles origin = {3.0, 4.0};
  return want ? &origin : NULL;
}

/* Arrays of structs: read only, read and written, written only. */
double sum_points(const struct two_doubles *pts, size_t n) {
  double s = 0;
  for (size_t i = 0; i < n; i++) s += pts[i].x + pts[i].y;
  return s;
}

void scale_points(struct two_doubles *pts, size_t n, double k) {
  for (size_t i = 0; i < n; i++) {
    pts[i].x *= k;
    pts[i].y *= k;
  }
}

/* Writes the first n elements only; n is a caller-given bound. */
void number_points(struct small_ints *out, int n) {
  for (int i = 0; i < n; i++) {
    out[i].a = i;
    out[i].b = -i;
  }
}

#define SIZE(T) if (strcmp(type, #T) == 0) { if (what == 0) return (long)sizeof(T); \
    if (what == 1) return (long)_Alignof(T); }
#define FIELD(T, F) if (strcmp(type, #T) == 0 && strcmp(field, #F) == 0) \
    return (long)offsetof(T, F);

/*
 * gcc's layout of the spec's structs: what 0 is sizeof(type), 1 _Alignof(type), 2 offsetof(type,
 * field); -1 for a type or field this table does not know (the test then fails).
 */
long structs_layout(const char *type, const char *field, int what) {
  if (what < 2) {
    SIZE(struct small_ints) SIZE(struct mixed) SIZE(struct two_doubles) SIZE(struct big)
    SIZE(struct names) SIZE(union value) SIZE(struct record)
    return -1;
  }
  FIELD(struct small_ints, a) FIELD(struct small_ints, b)
  FIELD(struct mixed, i) FIELD(struct mixed, f) FIELD(struct mixed, d)
  FIELD(struct two_doubles, x) FIELD(struct two_doubles, y)
  FIELD(struct big, a) FIELD(struct big, b) FIELD(struct big, c)
  FIELD(struct names, sysname) FIELD(struct names, machine)
  FIELD(union value, i) FIELD(union value, d) FIELD(union value, small)
  FIELD(struct record, tag) FIELD(struct record, kind) FIELD(struct record, origin)
  FIELD(struct record, pairs) FIELD(struct record, weights) FIELD(struct record, id)
  FIELD(struct record, on) FIELD(struct record, label) FIELD(struct record, visit)
  FIELD(struct record, value) FIELD(struct record, code)
  return -1;
}

/* The same for the C library's structs that libcstructs.yaml declares, from glibc's headers. */
long libc_layout(const char *type, const char *field, int what) {
  if (what < 2) {
    SIZE(struct pollfd)
    SIZE(div_t) SIZE(ldiv_t) SIZE(struct timeval) SIZE(struct timespec) SIZE(struct utsname)
    SIZE(struct tm)
    return -1;
  }
  FIELD(struct pollfd, fd) FIELD(struct pollfd, events) FIELD(struct pollfd, revents)
  FIELD(div_t, quot) FIELD(div_t, rem) FIELD(ldiv_t, quot) FIELD(ldiv_t, rem)
  FIELD(struct timeval, tv_sec) FIELD(struct timeval, tv_usec)
  FIELD(struct timespec, tv_sec) FIELD(struct timespec, tv_nsec)
  FIELD(struct utsname, sysname) FIELD(struct utsname, nodename) FIELD(struct utsname, release)
  FIELD(struct utsname, version) FIELD(struct utsname, machine) FIELD(struct utsname, domainname)
  FIELD(struct tm, tm_sec) FIELD(struct tm, tm_min) FIELD(struct tm, tm_hour)
  FIELD(struct tm, tm_mday) FIELD(struct tm, tm_mon) FIELD(struct tm, tm_year)
  FIELD(struct tm, tm_wday) FIELD(struct tm, tm_yday) FIELD(struct tm, tm_isdst)
  FIELD(struct tm, tm_gmtoff) FIELD(struct tm, tm_zone)
  return -1;
}
