/*
 * ffmbindtest: a small C library whose only job is to be bound by ffmbind in the integration
 * tests. Every function is deterministic and easy to check from Java. Built by the
 * integration-tests module into ${ffmbind.target}/native/libffmbindtest.so; never committed.
 */
#ifndef FFMBINDTEST_H
#define FFMBINDTEST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* ---- scalars: identity functions (the value must survive the round trip unchanged) ---- */
int8_t tl_id_i8(int8_t v);
uint8_t tl_id_u8(uint8_t v);
int16_t tl_id_i16(int16_t v);
uint16_t tl_id_u16(uint16_t v);
int32_t tl_id_i32(int32_t v);
uint32_t tl_id_u32(uint32_t v);
int64_t tl_id_i64(int64_t v);
uint64_t tl_id_u64(uint64_t v);
char tl_id_char(char v);
short tl_id_short(short v);
int tl_id_int(int v);
long tl_id_long(long v);
long long tl_id_longlong(long long v);
size_t tl_id_size(size_t v);
ssize_t tl_id_ssize(ssize_t v);
intptr_t tl_id_intptr(intptr_t v);
float tl_id_float(float v);
double tl_id_double(double v);
bool tl_id_bool(bool v);

/* ---- scalars: what C actually received (zero/sign extension done by C) ---- */
uint64_t tl_u8_to_u64(uint8_t v);
uint64_t tl_u16_to_u64(uint16_t v);
uint64_t tl_u32_to_u64(uint32_t v);
int64_t tl_i8_to_i64(int8_t v);
int64_t tl_i16_to_i64(int16_t v);
int64_t tl_i32_to_i64(int32_t v);
/* 1 when v is exactly UINT64_MAX as C sees it */
int tl_is_u64_max(uint64_t v);
/* the value as a double, so Java can see that C read the unsigned interpretation */
double tl_u64_to_double(uint64_t v);
uint64_t tl_u64_max(void);
uint32_t tl_u32_max(void);
uint8_t tl_u8_max(void);
uint16_t tl_u16_max(void);
int8_t tl_i8_min(void);
int64_t tl_i64_min(void);
size_t tl_size_max(void);
int tl_add_int(int a, int b);
/* the number of times any tl_ function that counts calls was entered (see tl_copy) */
long tl_call_count(void);

/* ---- strings ---- */
size_t tl_strlen(const char* s);
/* a copy made with the counting allocator: free it with tl_free */
char* tl_strdup_owned(const char* s);
/* counting free: accepts NULL */
void tl_free(void* p);
/* a borrowed static UTF-8 string: "héllo 世界 🚀" */
const char* tl_static_greeting(void);
/* always NULL */
const char* tl_null_string(void);
/* 1 when s is NULL, else 0 */
int tl_is_null(const char* s);
long tl_alloc_count(void);
long tl_free_count(void);
void tl_reset_counts(void);
/* 1 when p is NULL, else 0 */
int tl_is_null_ptr(const void* p);
/* bytes before the terminating NUL byte (same as strlen; named for charset tests) */
size_t tl_bytes_len(const char* s);
/* bytes before the first aligned 2-byte zero (a UTF-16 string's length in bytes) */
size_t tl_bytes_len16(const char* s);
/* the first byte of s, as unsigned (0..255) */
int tl_first_byte(const char* s);
/* copies of a single-byte string and of a UTF-16 string (counting allocator; free with tl_free) */
char* tl_echo8(const char* s);
char* tl_echo16(const char* s);

/* ---- arrays ---- */
uint64_t tl_sum_bytes(const uint8_t* buf, size_t len);
void tl_fill(uint8_t* buf, size_t len, uint8_t value);
void tl_increment(uint8_t* buf, size_t len);
/* copies n bytes from src to dst; counts the call (tl_call_count); returns n */
int tl_copy(uint8_t* dst, const uint8_t* src, int n);
void tl_out_int(int* out);              /* writes 42 */
void tl_out_size(size_t* out);          /* writes SIZE_MAX */
int64_t tl_sum_ints(const int* values, size_t count);
/* sum of the first n bytes of a raw pointer */
uint64_t tl_sum_raw(const void* p, size_t n);

/* ---- error conventions ---- */
/* err == 0: returns 0. Otherwise sets errno = err and returns -1. */
int tl_fail_errno(int err);
/* err == 0: returns a non-NULL static pointer. Otherwise sets errno = err and returns NULL. */
void* tl_null_errno(int err);
/* err == 0: returns 0. Otherwise returns -err (errno untouched). */
int tl_negative_errno(int err);
/* returns code */
int tl_nonzero(int code);
/* status codes (see the TL_* values below) */
int tl_status(int code);
const char* tl_strerror(int code);
/* fail != 0: sets errno = err and returns -1. Otherwise returns 0 (errno untouched). */
int tl_set_errno_if(int fail, int err);
/* fails with EINTR the first n calls on each thread, then returns how many times it failed */
int tl_eintr_n_times(int n);
void tl_eintr_reset(void);

#define TL_OK 0
#define TL_EINVAL 1
#define TL_ENOMEM 2
#define TL_EBUSY 5
#define TL_DONE 100

/* ---- opaque handles ---- */
typedef struct counter counter;
counter* tl_counter_new(int start);
int tl_counter_next(counter* c);
void tl_counter_free(counter* c);
/* TL_OK and *out = a new counter; TL_EINVAL (and *out untouched) when start < 0 */
int tl_counter_open(int start, counter** out);
/* counters alive right now */
long tl_counter_live(void);

#endif
