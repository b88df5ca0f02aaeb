/* Test library for callbacks (upcalls): built as libffmbindcb.so. */
#include <stdint.h>

int cb_library_version(void) { return 1; }
