/* A badly behaved library: its constructor replaces one of the JVM's signal handlers. Built as
 * libffmbindsegv.so (SIGSEGV) and, with -DTAKE_OVER=SIGQUIT, as libffmbindsigquit.so (for the
 * warn-mode test, which must not leave the test JVM without its SIGSEGV handler even briefly).
 * The replacement exits with status 42, so a JVM that later relies on SIGSEGV (implicit null
 * checks) dies visibly. */
#define _GNU_SOURCE
#include <signal.h>
#include <string.h>
#include <unistd.h>

#ifndef TAKE_OVER
#define TAKE_OVER SIGSEGV
#endif

static struct sigaction original;
static int replaced;

static void library_segv_handler(int sig) {
  (void)sig;
  static const char msg[] = "[native] library SIGSEGV handler ran -> _exit(42)\n";
  ssize_t ignored = write(2, msg, sizeof msg - 1);
  (void)ignored;
  _exit(42);
}

__attribute__((constructor)) static void take_over_sigsegv(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = library_segv_handler;
  sigemptyset(&sa.sa_mask);
  replaced = sigaction(TAKE_OVER, &sa, &original) == 0;
}

/* Puts back whatever the constructor replaced (for tests that load this library in warn mode). */
int segv_restore_original(void) { return replaced ? sigaction(TAKE_OVER, &original, NULL) : -1; }
int segv_loaded(void) { return 1; }
