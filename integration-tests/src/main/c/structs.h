/*
 * Structs and unions of structs.yaml, declared for structs.c and for the ABI check of the spec
 * (headers: [structs.h]): the check asserts ffmbind's computed layout against these.
 */
#ifndef FFMBIND_STRUCTS_H
#define FFMBIND_STRUCTS_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum { SHAPE_POINT = 0, SHAPE_LINE = 1 } shape_kind;
typedef int (*visit_fn)(int);

struct small_ints { int a; int b; };                 /* <= 8 bytes: INTEGER */
struct mixed { int i; float f; double d; };          /* 16 bytes: INTEGER + SSE */
struct two_doubles { double x; double y; };          /* 16 bytes: SSE + SSE */
struct big { long a; long b; long c; };              /* > 16 bytes: MEMORY */
struct names { char sysname[65]; char machine[9]; }; /* char[N], alignment 1 */
union value { int i; double d; char small[12]; };    /* size 16: trailing padding */

struct record {
  unsigned char tag;                                 /* then 3 bytes of padding */
  shape_kind kind;
  struct two_doubles origin;
  struct small_ints pairs[2];
  unsigned int weights[3];
  uint16_t id;
  bool on;                                           /* then 1 byte of padding */
  const char *label;
  visit_fn visit;
  union value value;
  char code[5];                                      /* then 3 bytes of trailing padding */
};

void fill_record(struct record *r);
double record_sum(const struct record *r);
bool record_padding_zero(const struct record *r);
void fill_names(struct names *n);
struct small_ints swap_small(struct small_ints v);
struct mixed scale_mixed(struct mixed v, int k);
struct two_doubles add_doubles(struct two_doubles a, struct two_doubles b);
struct big sum_big(struct big a, long k);
double record_sum_by_value(struct record r);
long big_total(const struct big *b);
int make_big(long seed, struct big *out);
void twice_big(struct big *b);
const struct two_doubles *origin_or_null(int want);
double sum_points(const struct two_doubles *pts, size_t n);
void scale_points(struct two_doubles *pts, size_t n, double k);
void number_points(struct small_ints *out, int n);
long structs_layout(const char *type, const char *field, int what);
long libc_layout(const char *type, const char *field, int what);

#endif
