/* Test library for the safety features (ownership, zero-copy, signals, symbols): built as libffmbindsafety.so. */
#include <stdint.h>

int safety_library_version(void) { return 1; }
