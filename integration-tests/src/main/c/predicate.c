/*
 * A library that reports failure the way zstd does: a size_t result that is either a value or an
 * error code encoded as (size_t)-code, told apart by lib_is_error and described by
 * lib_error_name. Used by PredicateErrorsTest through a YAML spec and an annotated interface.
 */
#include <stddef.h>

enum { LIB_ERR_GENERIC = 1, LIB_ERR_RANGE = 2, LIB_ERR_MAX = 3 };

/* Error codes occupy the top LIB_ERR_MAX values of size_t, as in ZSTD_isError. */
static size_t lib_error(int code) { return (size_t)-code; }

/* x * 10 for x >= 0; for x < 0 the error code -x (clamped to LIB_ERR_MAX). */
size_t lib_op(int x) {
  if (x >= 0) {
    return (size_t)x * 10;
  }
  return lib_error(x < -LIB_ERR_MAX ? LIB_ERR_MAX : -x);
}

unsigned lib_is_error(size_t result) { return result > (size_t)-(LIB_ERR_MAX + 1); }

const char *lib_error_name(size_t result) {
  if (!lib_is_error(result)) {
    return "No error detected";
  }
  switch ((int)(0 - result)) {
  case LIB_ERR_GENERIC:
    return "Error (generic)";
  case LIB_ERR_RANGE:
    return "Parameter is out of bound";
  default:
    return "Unknown error code";
  }
}
