/*
 * Variadic functions whose variadic arguments are handles and callbacks (issue 10, item 5): C reads
 * them with va_arg as the pointers they are. Used by VariadicHandlesTest through a YAML spec.
 */
#include <stdarg.h>
#include <stdlib.h>

typedef struct va_counter {
  int value;
} va_counter;

typedef int (*va_op)(int);

/* A counter holding value. */
va_counter* va_counter_new(int value) {
  va_counter* c = malloc(sizeof *c);
  c->value = value;
  return c;
}

/* Frees a counter. */
void va_counter_free(va_counter* c) { free(c); }

/* The sum of the values of the n counters that follow n. */
int va_sum(int n, ...) {
  va_list ap;
  va_start(ap, n);
  int sum = 0;
  for (int i = 0; i < n; i++) {
    sum += va_arg(ap, va_counter*)->value;
  }
  va_end(ap);
  return sum;
}

/* Calls the function that follows x with x, then with what it returned, times times. */
int va_apply(int x, int times, ...) {
  va_list ap;
  va_start(ap, times);
  va_op op = va_arg(ap, va_op);
  va_end(ap);
  for (int i = 0; i < times; i++) {
    x = op(x);
  }
  return x;
}
