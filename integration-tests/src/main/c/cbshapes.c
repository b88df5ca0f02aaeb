/* Test library for callback shapes of real C APIs: built as libffmbindshapes.so.
 *
 * - an option-setter "easy handle" (libcurl style): shp_easy_setopt(h, OPTION, value...) sets a
 *   write callback and its user data in separate calls; perform calls back on the calling thread
 *   or on a thread it creates and joins;
 * - a parser (expat style): start and end handlers set in one call, user data in another, both
 *   handlers receive it;
 * - a registry (SQLite create_function style): several callbacks and a user-data destructor in one
 *   call; the destructor runs when the entry is replaced, removed, the registry is freed, or the
 *   add fails.
 * Every function returns instead of exiting on failure. */
#include <pthread.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- easy handle ------------------------------------------------------------------------ */

typedef long (*shp_write_fn)(void *userdata, const char *chunk, long len);

enum {
  SHP_OPT_WRITEFUNCTION = 1,
  SHP_OPT_WRITEDATA = 2,
  SHP_OPT_HEADERFUNCTION = 3,
  SHP_OPT_HEADERDATA = 4,
  SHP_OPT_LIMIT = 5
};

typedef struct shp_easy {
  shp_write_fn write;
  void *write_data;
  shp_write_fn header;
  void *header_data;
  long limit;
} shp_easy;

shp_easy *shp_easy_init(void) { return calloc(1, sizeof(shp_easy)); }

void shp_easy_cleanup(shp_easy *h) { free(h); }

/* Sets one option; the value's type depends on it (a function pointer, a void*, a long).
 * Returns 0, or 48 for an unknown option. */
int shp_easy_setopt(shp_easy *h, int option, ...) {
  va_list ap;
  va_start(ap, option);
  int rc = 0;
  switch (option) {
  case SHP_OPT_WRITEFUNCTION: h->write = va_arg(ap, shp_write_fn); break;
  case SHP_OPT_WRITEDATA: h->write_data = va_arg(ap, void *); break;
  case SHP_OPT_HEADERFUNCTION: h->header = va_arg(ap, shp_write_fn); break;
  case SHP_OPT_HEADERDATA: h->header_data = va_arg(ap, void *); break;
  case SHP_OPT_LIMIT: h->limit = va_arg(ap, long); break;
  default: rc = 48;
  }
  va_end(ap);
  return rc;
}

/* "Transfers" one header and n chunks "chunk-<i>": 0, or 23 when a callback does not take the
 * whole chunk (the transfer stops there), or 27 if no write callback is set. */
static int perform(shp_easy *h, int n) {
  char buf[32];
  if (h->write == NULL) {
    return 27;
  }
  if (h->header != NULL && h->header(h->header_data, "header", 6) != 6) {
    return 23;
  }
  for (int i = 0; i < n; i++) {
    int len = 0;
    const char *prefix = "chunk-";
    while (prefix[len]) {
      buf[len] = prefix[len];
      len++;
    }
    /* the decimal digits of i */
    char digits[12];
    int d = 0, v = i;
    do {
      digits[d++] = (char)('0' + v % 10);
      v /= 10;
    } while (v > 0);
    while (d > 0) {
      buf[len++] = digits[--d];
    }
    buf[len] = 0;
    if (h->write(h->write_data, buf, len) != len) {
      return 23;
    }
  }
  return 0;
}

int shp_easy_perform(shp_easy *h, int n) { return perform(h, n); }

/* The same options through fixed parameters instead of C's "...": the value as a void* (as APIs
 * that take "void *value" do), or as a long (OpenSSL's BIO_ctrl(b, cmd, long larg, void *parg)
 * style). A function pointer travels in either; 0, or 48 for an option of the other kind. */
int shp_easy_setopt_ptr(shp_easy *h, int option, void *value) {
  switch (option) {
  case SHP_OPT_WRITEFUNCTION: h->write = (shp_write_fn)value; return 0;
  case SHP_OPT_WRITEDATA: h->write_data = value; return 0;
  case SHP_OPT_HEADERFUNCTION: h->header = (shp_write_fn)value; return 0;
  case SHP_OPT_HEADERDATA: h->header_data = value; return 0;
  default: return 48;
  }
}

int shp_easy_setopt_long(shp_easy *h, int option, long value) {
  switch (option) {
  case SHP_OPT_WRITEFUNCTION: h->write = (shp_write_fn)(intptr_t)value; return 0;
  case SHP_OPT_WRITEDATA: h->write_data = (void *)(intptr_t)value; return 0;
  case SHP_OPT_LIMIT: h->limit = value; return 0;
  default: return 48;
  }
}

struct job {
  shp_easy *h;
  int n;
  int rc;
};

static void *run_job(void *arg) {
  struct job *j = arg;
  j->rc = perform(j->h, j->n);
  return NULL;
}

/* perform() on a thread C creates and joins: the callbacks run on a thread with no Java caller. */
int shp_easy_perform_thread(shp_easy *h, int n) {
  struct job j = {h, n, 0};
  pthread_t thread;
  if (pthread_create(&thread, NULL, run_job, &j) != 0) {
    return -1000;
  }
  pthread_join(thread, NULL);
  return j.rc;
}

/* ---- parser ----------------------------------------------------------------------------- */

typedef void (*shp_start_fn)(void *userdata, const char *name, int depth);
typedef void (*shp_end_fn)(void *userdata, const char *name);

typedef struct shp_parser {
  shp_start_fn start;
  shp_end_fn end;
  void *userdata;
} shp_parser;

shp_parser *shp_parser_create(void) { return calloc(1, sizeof(shp_parser)); }

void shp_parser_free(shp_parser *p) { free(p); }

void shp_parser_set_handlers(shp_parser *p, shp_start_fn start, shp_end_fn end) {
  p->start = start;
  p->end = end;
}

void shp_parser_set_user_data(shp_parser *p, void *userdata) { p->userdata = userdata; }

/* Parses "a(b()c())": a letter opens an element, ')' closes the innermost. Returns the number
 * of elements, or -1 for unbalanced input. */
int shp_parser_parse(shp_parser *p, const char *text) {
  char stack[64][2];
  int depth = 0, count = 0;
  for (const char *c = text; *c; c++) {
    if (*c == '(') {
      continue;
    }
    if (*c == ')') {
      if (depth == 0) {
        return -1;
      }
      depth--;
      if (p->end) {
        p->end(p->userdata, stack[depth]);
      }
      continue;
    }
    if (depth == 64) {
      return -1;
    }
    stack[depth][0] = *c;
    stack[depth][1] = 0;
    if (p->start) {
      p->start(p->userdata, stack[depth], depth);
    }
    depth++;
    count++;
  }
  return depth == 0 ? count : -1;
}

/* ---- registry --------------------------------------------------------------------------- */

typedef long (*shp_step_fn)(void *app, long acc, long x);
typedef long (*shp_final_fn)(void *app, long acc);
typedef void (*shp_destroy_fn)(void *app);

struct entry {
  char name[32];
  shp_step_fn step;
  shp_final_fn final;
  shp_destroy_fn destroy;
  void *app;
};

typedef struct shp_registry {
  struct entry entries[8];
  int count;
} shp_registry;

shp_registry *shp_registry_new(void) { return calloc(1, sizeof(shp_registry)); }

static void drop(struct entry *e) {
  if (e->destroy) {
    e->destroy(e->app);
  }
  memset(e, 0, sizeof *e);
}

/* Adds (or replaces) an aggregate. Like sqlite3_create_function_v2, it calls destroy(app) when
 * the entry goes away, and also when adding fails: 0, or 1 for a bad name, 2 when full. */
int shp_registry_add(shp_registry *r, const char *name, void *app, shp_step_fn step,
                     shp_final_fn final, shp_destroy_fn destroy) {
  if (name == NULL || strlen(name) >= 32 || name[0] == 0) {
    if (destroy) {
      destroy(app);
    }
    return 1;
  }
  for (int i = 0; i < r->count; i++) {
    if (strcmp(r->entries[i].name, name) == 0) {
      drop(&r->entries[i]);
      r->entries[i] = (struct entry){.step = step, .final = final, .destroy = destroy, .app = app};
      strcpy(r->entries[i].name, name);
      return 0;
    }
  }
  if (r->count == 8) {
    if (destroy) {
      destroy(app);
    }
    return 2;
  }
  struct entry *e = &r->entries[r->count++];
  *e = (struct entry){.step = step, .final = final, .destroy = destroy, .app = app};
  strcpy(e->name, name);
  return 0;
}

/* Removes an entry (calling its destructor): 0, or 3 if there is none. */
int shp_registry_remove(shp_registry *r, const char *name) {
  for (int i = 0; i < r->count; i++) {
    if (strcmp(r->entries[i].name, name) == 0) {
      drop(&r->entries[i]);
      r->entries[i] = r->entries[--r->count];
      memset(&r->entries[r->count], 0, sizeof(struct entry));
      return 0;
    }
  }
  return 3;
}

/* Runs aggregate `name` over 1..n: acc = step(app, acc, x) for each x, then final(app, acc).
 * Returns the result, or -1 if there is no such entry. */
long shp_registry_run(shp_registry *r, const char *name, long n) {
  for (int i = 0; i < r->count; i++) {
    struct entry *e = &r->entries[i];
    if (strcmp(e->name, name) == 0) {
      long acc = 0;
      for (long x = 1; x <= n; x++) {
        acc = e->step ? e->step(e->app, acc, x) : acc + x;
      }
      return e->final ? e->final(e->app, acc) : acc;
    }
  }
  return -1;
}

/* Frees the registry, calling every entry's destructor. */
void shp_registry_free(shp_registry *r) {
  for (int i = 0; i < r->count; i++) {
    drop(&r->entries[i]);
  }
  free(r);
}

/* Calls a destructor that was already called again, as a buggy library would: the binding must
 * report it and not crash. */
static shp_destroy_fn last_destroy;
static void *last_app;
void shp_registry_remember_last(shp_registry *r) {
  if (r->count > 0) {
    last_destroy = r->entries[r->count - 1].destroy;
    last_app = r->entries[r->count - 1].app;
  }
}
void shp_registry_call_stale_destroy(void) {
  if (last_destroy) {
    last_destroy(last_app);
  }
}

/* ---- structs in callbacks ---------------------------------------------------------------- */

/* An event passed to a callback through a const pointer (read only) and by value. */
typedef struct shp_event {
  int kind;
  double value;
  char tag[8];
} shp_event;

/* A cell the callback may change through its pointer. */
typedef struct shp_cell {
  long count;
  double total;
} shp_cell;

typedef void (*shp_event_fn)(void *data, const struct shp_event *ev);
typedef double (*shp_event_value_fn)(void *data, struct shp_event ev);
typedef int (*shp_cell_fn)(void *data, struct shp_cell *cell, int i);

static shp_event make_event(int i) {
  shp_event ev = {i, i * 1.5, "ev-"};
  ev.tag[3] = (char)('0' + i % 10);
  ev.tag[4] = 0;
  return ev;
}

/* Calls fn with events 0..n-1 through a pointer to a stack copy that is gone when fn returns;
 * then once with NULL. Returns n. */
int shp_emit(int n, shp_event_fn fn, void *data) {
  for (int i = 0; i < n; i++) {
    shp_event ev = make_event(i);
    fn(data, &ev);
  }
  fn(data, NULL);
  return n;
}

/* The sum of what fn returns for events 0..n-1 passed by value. */
double shp_sum_events(int n, shp_event_value_fn fn, void *data) {
  double sum = 0;
  for (int i = 0; i < n; i++) {
    sum += fn(data, make_event(i));
  }
  return sum;
}

/* Lets fn update one cell n times (fn returns non-zero to stop), then returns the cell's count
 * times 1000 plus its total, so the caller sees what fn wrote through the pointer. */
long shp_fill_cell(int n, shp_cell_fn fn, void *data) {
  shp_cell cell = {0, 0.0};
  for (int i = 0; i < n; i++) {
    if (fn(data, &cell, i) != 0) {
      break;
    }
  }
  return cell.count * 1000 + (long)cell.total;
}
