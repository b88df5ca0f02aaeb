/*
 * Pointers to pointers (issue 10, item 4): out-strings C allocates or lends, out-pointers into an
 * argument, and string arrays passed NULL-terminated or with a count. Used by PointersToPointersTest
 * through a YAML spec and an annotated interface. Allocations are counted so that a test can see
 * an owned string freed exactly once.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int live;

/* Frees a string this library allocated. */
void pp_free(void* p) {
  if (p != NULL) {
    live--;
    free(p);
  }
}

/* How many strings this library allocated that are not freed yet. */
int pp_live(void) { return live; }

static char* pp_alloc(const char* text) {
  char* copy = malloc(strlen(text) + 1);
  strcpy(copy, text);
  live++;
  return copy;
}

/* Fails for a non-zero code, reporting an owned message through errmsg (if not NULL). */
int pp_run(int code, char** errmsg) {
  if (code != 0 && errmsg != NULL) {
    char text[64];
    snprintf(text, sizeof text, "failure %d: caf\xc3\xa9", code);
    *errmsg = pp_alloc(text);
  }
  return code;
}

/* Writes an owned string that is not valid UTF-8. */
void pp_bad_bytes(char** out) { *out = pp_alloc("bad \xff byte"); }

/* Lends a static string (not to be freed). */
void pp_name(const char** out) { *out = "borrowed na\xc3\xafve"; }

/* Points *at to the first element equal to x, or NULL. */
int pp_find(const int* values, size_t count, int x, const int** at) {
  for (size_t i = 0; i < count; i++) {
    if (values[i] == x) {
      *at = &values[i];
      return 1;
    }
  }
  *at = NULL;
  return 0;
}

/* Points *end at the first ',' in s, or at its terminator. */
void pp_field(const char* s, const char** end) {
  const char* comma = strchr(s, ',');
  *end = comma != NULL ? comma : s + strlen(s);
}

/* A broken contract: *end points outside s. */
void pp_wild(const char* s, const char** end) { *end = s + strlen(s) + 64; }

/* The number of strings before the NULL terminator. */
int pp_argc(char* const* argv) {
  int n = 0;
  while (argv[n] != NULL) {
    n++;
  }
  return n;
}

/* The total length of n strings, -1 if the array is not NULL-terminated after them as well. */
long pp_total(const char* const* parts, size_t n) {
  long total = 0;
  for (size_t i = 0; i < n; i++) {
    total += (long)strlen(parts[i]);
  }
  return parts[n] == NULL ? total : -1;
}

/* Writes id as the 36 characters of a UUID and a terminator, as libuuid's uuid_unparse does. */
void pp_unparse(const unsigned char id[16], char out[37]) {
  char* p = out;
  for (int i = 0; i < 16; i++) {
    p += sprintf(p, "%02x", id[i]);
    if (i == 3 || i == 5 || i == 7 || i == 9) {
      *p++ = '-';
    }
  }
}

/* Fills all four bytes, leaving no terminator. */
void pp_no_terminator(char out[4]) { memcpy(out, "abcd", 4); }

/* An unsigned int enum: its complement, so values above INT_MAX come back (for DataModel tests of
   unsigned enums; kept here with the other issue 10 leftovers). */
unsigned int pp_invert(unsigned int mask) { return ~mask; }
