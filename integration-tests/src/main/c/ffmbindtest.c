/* See ffmbindtest.h. */
#include "ffmbindtest.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* ---- scalars ---- */
int8_t tl_id_i8(int8_t v) { return v; }
uint8_t tl_id_u8(uint8_t v) { return v; }
int16_t tl_id_i16(int16_t v) { return v; }
uint16_t tl_id_u16(uint16_t v) { return v; }
int32_t tl_id_i32(int32_t v) { return v; }
uint32_t tl_id_u32(uint32_t v) { return v; }
int64_t tl_id_i64(int64_t v) { return v; }
uint64_t tl_id_u64(uint64_t v) { return v; }
char tl_id_char(char v) { return v; }
short tl_id_short(short v) { return v; }
int tl_id_int(int v) { return v; }
long tl_id_long(long v) { return v; }
long long tl_id_longlong(long long v) { return v; }
size_t tl_id_size(size_t v) { return v; }
ssize_t tl_id_ssize(ssize_t v) { return v; }
intptr_t tl_id_intptr(intptr_t v) { return v; }
float tl_id_float(float v) { return v; }
double tl_id_double(double v) { return v; }
bool tl_id_bool(bool v) { return v; }

uint64_t tl_u8_to_u64(uint8_t v) { return v; }
uint64_t tl_u16_to_u64(uint16_t v) { return v; }
uint64_t tl_u32_to_u64(uint32_t v) { return v; }
int64_t tl_i8_to_i64(int8_t v) { return v; }
int64_t tl_i16_to_i64(int16_t v) { return v; }
int64_t tl_i32_to_i64(int32_t v) { return v; }
int tl_is_u64_max(uint64_t v) { return v == UINT64_MAX; }
double tl_u64_to_double(uint64_t v) { return (double) v; }
uint64_t tl_u64_max(void) { return UINT64_MAX; }
uint32_t tl_u32_max(void) { return UINT32_MAX; }
uint8_t tl_u8_max(void) { return UINT8_MAX; }
uint16_t tl_u16_max(void) { return UINT16_MAX; }
int8_t tl_i8_min(void) { return INT8_MIN; }
int64_t tl_i64_min(void) { return INT64_MIN; }
size_t tl_size_max(void) { return SIZE_MAX; }
int tl_add_int(int a, int b) { return (int) ((unsigned) a + (unsigned) b); }

static long call_count;
long tl_call_count(void) { return __atomic_load_n(&call_count, __ATOMIC_SEQ_CST); }

/* ---- counting allocator ---- */
static long alloc_count;
static long free_count;

static void* counted_malloc(size_t n) {
  void* p = malloc(n == 0 ? 1 : n);
  if (p != NULL) {
    __atomic_add_fetch(&alloc_count, 1, __ATOMIC_SEQ_CST);
  }
  return p;
}

void tl_free(void* p) {
  if (p != NULL) {
    __atomic_add_fetch(&free_count, 1, __ATOMIC_SEQ_CST);
    free(p);
  }
}

long tl_alloc_count(void) { return __atomic_load_n(&alloc_count, __ATOMIC_SEQ_CST); }
long tl_free_count(void) { return __atomic_load_n(&free_count, __ATOMIC_SEQ_CST); }

void tl_reset_counts(void) {
  __atomic_store_n(&alloc_count, 0, __ATOMIC_SEQ_CST);
  __atomic_store_n(&free_count, 0, __ATOMIC_SEQ_CST);
}

/* ---- strings ---- */
size_t tl_strlen(const char* s) { return strlen(s); }

char* tl_strdup_owned(const char* s) {
  size_t n = strlen(s) + 1;
  char* p = counted_malloc(n);
  if (p != NULL) {
    memcpy(p, s, n);
  }
  return p;
}

const char* tl_static_greeting(void) {
  /* h, é, llo, space, 世界, space, 🚀 in UTF-8 */
  return "h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c \xf0\x9f\x9a\x80";
}

const char* tl_null_string(void) { return NULL; }
int tl_is_null(const char* s) { return s == NULL; }
int tl_is_null_ptr(const void* p) { return p == NULL; }
size_t tl_bytes_len(const char* s) { return strlen(s); }

size_t tl_bytes_len16(const char* s) {
  size_t n = 0;
  while (s[n] != 0 || s[n + 1] != 0) {
    n += 2;
  }
  return n;
}

int tl_first_byte(const char* s) { return (unsigned char) s[0]; }

char* tl_echo8(const char* s) { return tl_strdup_owned(s); }

char* tl_echo16(const char* s) {
  size_t n = tl_bytes_len16(s) + 2;
  char* p = counted_malloc(n);
  if (p != NULL) {
    memcpy(p, s, n);
  }
  return p;
}

/* ---- arrays ---- */
uint64_t tl_sum_bytes(const uint8_t* buf, size_t len) {
  uint64_t sum = 0;
  for (size_t i = 0; i < len; i++) {
    sum += buf[i];
  }
  return sum;
}

void tl_fill(uint8_t* buf, size_t len, uint8_t value) { memset(buf, value, len); }

void tl_increment(uint8_t* buf, size_t len) {
  for (size_t i = 0; i < len; i++) {
    buf[i]++;
  }
}

int tl_copy(uint8_t* dst, const uint8_t* src, int n) {
  __atomic_add_fetch(&call_count, 1, __ATOMIC_SEQ_CST);
  if (n > 0) {
    memcpy(dst, src, (size_t) n);
  }
  return n;
}

void tl_out_int(int* out) { *out = 42; }
void tl_out_size(size_t* out) { *out = SIZE_MAX; }

int64_t tl_sum_ints(const int* values, size_t count) {
  int64_t sum = 0;
  for (size_t i = 0; i < count; i++) {
    sum += values[i];
  }
  return sum;
}

uint64_t tl_sum_raw(const void* p, size_t n) { return tl_sum_bytes((const uint8_t*) p, n); }

/* ---- error conventions ---- */
int tl_fail_errno(int err) {
  if (err == 0) {
    return 0;
  }
  errno = err;
  return -1;
}

static int static_target = 7;

void* tl_null_errno(int err) {
  if (err == 0) {
    return &static_target;
  }
  errno = err;
  return NULL;
}

int tl_negative_errno(int err) { return err == 0 ? 0 : -err; }
int tl_nonzero(int code) { return code; }
int tl_status(int code) { return code; }

const char* tl_strerror(int code) {
  switch (code) {
    case TL_OK: return "no error";
    case TL_EINVAL: return "invalid argument";
    case TL_ENOMEM: return "out of memory";
    case TL_EBUSY: return "resource busy";
    case TL_DONE: return "done";
    default: return "unknown status";
  }
}

int tl_set_errno_if(int fail, int err) {
  if (fail) {
    errno = err;
    return -1;
  }
  return 0;
}

static __thread int eintr_failures;

int tl_eintr_n_times(int n) {
  if (eintr_failures < n) {
    eintr_failures++;
    errno = EINTR;
    return -1;
  }
  int failed = eintr_failures;
  eintr_failures = 0;
  return failed;
}

void tl_eintr_reset(void) { eintr_failures = 0; }

/* ---- opaque handles ---- */
struct counter {
  int next;
  unsigned magic;
};

#define COUNTER_MAGIC 0xC0FFEEu

static long counters_live;

counter* tl_counter_new(int start) {
  counter* c = counted_malloc(sizeof *c);
  if (c != NULL) {
    c->next = start;
    c->magic = COUNTER_MAGIC;
    __atomic_add_fetch(&counters_live, 1, __ATOMIC_SEQ_CST);
  }
  return c;
}

int tl_counter_next(counter* c) {
  if (c == NULL || c->magic != COUNTER_MAGIC) {
    abort(); /* a bad handle reached C: the binding let it through */
  }
  return c->next++;
}

void tl_counter_free(counter* c) {
  if (c != NULL) {
    c->magic = 0;
    __atomic_sub_fetch(&counters_live, 1, __ATOMIC_SEQ_CST);
    tl_free(c);
  }
}

int tl_counter_open(int start, counter** out) {
  if (start < 0) {
    return TL_EINVAL;
  }
  counter* c = tl_counter_new(start);
  if (c == NULL) {
    return TL_ENOMEM;
  }
  *out = c;
  return TL_OK;
}

long tl_counter_live(void) { return __atomic_load_n(&counters_live, __ATOMIC_SEQ_CST); }

/* Crash class 5 (symbol clashes): libffmbindsafety.so exports the same name and returns 2. */
int ffmbind_clash_id(void) { return 1; }
