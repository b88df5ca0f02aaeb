/* Test library for callbacks (upcalls): built as libffmbindcb.so.
 *
 * Callbacks on the calling thread, on one joined thread, on detached threads (after the call
 * returned), stored for later (registration style), strings and string arrays, and a callback
 * without user data for nesting. Every function returns instead of exiting on failure. */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

int cb_library_version(void) { return 1; }

typedef int (*cb_tick_fn)(void *data, int i);
typedef int (*cb_int_fn)(int x);
typedef void (*cb_words_fn)(void *data, const char *title, int n, const char **words);

/* Calls cb(data, i) for i in 0..n-1 on this thread; returns the sum of the results. */
int cb_each(cb_tick_fn cb, void *data, int n) {
  int sum = 0;
  for (int i = 0; i < n; i++) {
    sum += cb(data, i);
  }
  return sum;
}

struct ticks {
  cb_tick_fn cb;
  void *data;
  int n;
  int sum;
};

static void *run_ticks(void *arg) {
  struct ticks *t = arg;
  t->sum = 0;
  for (int i = 0; i < t->n; i++) {
    t->sum += t->cb(t->data, i);
  }
  return NULL;
}

static void *run_ticks_and_free(void *arg) {
  run_ticks(arg);
  free(arg);
  return NULL;
}

/* Calls cb(data, i) n times on a new thread and joins it; the sum, or -1000 if no thread. */
int cb_run_joined(cb_tick_fn cb, void *data, int n) {
  struct ticks t = {cb, data, n, 0};
  pthread_t thread;
  if (pthread_create(&thread, NULL, run_ticks, &t) != 0) {
    return -1000;
  }
  pthread_join(thread, NULL);
  return t.sum;
}

static int start_detached(cb_tick_fn cb, void *data, int n) {
  struct ticks *t = malloc(sizeof *t);
  if (t == NULL) {
    return 12; /* ENOMEM */
  }
  t->cb = cb;
  t->data = data;
  t->n = n;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  pthread_t thread;
  int rc = pthread_create(&thread, &attr, run_ticks_and_free, t);
  pthread_attr_destroy(&attr);
  if (rc != 0) {
    free(t);
  }
  return rc;
}

/* Starts a detached thread calling cb(data, i) n times and returns at once: 0, or an errno. */
int cb_start_detached(cb_tick_fn cb, void *data, int n) { return start_detached(cb, data, n); }

/* Starts `threads` short-lived joined threads one after the other, each calling cb(data, index)
 * once; the sum of the results, or -1000 if a thread could not be created. */
int cb_spawn_joined(cb_tick_fn cb, void *data, int threads) {
  int sum = 0;
  for (int i = 0; i < threads; i++) {
    struct ticks t = {cb, data, 1, 0};
    pthread_t thread;
    if (pthread_create(&thread, NULL, run_ticks, &t) != 0) {
      return -1000;
    }
    pthread_join(thread, NULL);
    sum += t.sum;
  }
  return sum;
}

/* Starts `threads` short-lived detached threads, each calling cb(data, 0) once: 0 or an errno. */
int cb_spawn_detached(cb_tick_fn cb, void *data, int threads) {
  for (int i = 0; i < threads; i++) {
    int rc = start_detached(cb, data, 1);
    if (rc != 0) {
      return rc;
    }
  }
  return 0;
}

/* Registration style: one stored callback, called by cb_fire until replaced. */
static cb_tick_fn stored_cb;
static void *stored_data;

void cb_register(cb_tick_fn cb, void *data) {
  stored_cb = cb;
  stored_data = data;
}

/* Calls the stored callback with i; -100 if none is stored. */
int cb_fire(int i) { return stored_cb == NULL ? -100 : stored_cb(stored_data, i); }

/* No user data: fn(x). */
int cb_apply(cb_int_fn fn, int x) { return fn(x); }

/* A title and three words, the second one NULL. */
void cb_words(cb_words_fn cb, void *data) {
  const char *words[] = {"eins", NULL, "dr\xc3\xbc"};
  cb(data, "Stra\xc3\x9f" "e \xe2\x9c\x93", 3, words);
}
