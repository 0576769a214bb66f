/*
 * xalloc.h: allocation that never returns NULL.
 *
 * On exhaustion these print a message and exit with status 2 (targs could
 * not do its job), so callers never test for NULL.
 */
#ifndef TARGS_XALLOC_H
#define TARGS_XALLOC_H

#include <stdarg.h>
#include <stddef.h>

/* Says targs ran out of memory and exits with status 2. */
_Noreturn void xalloc_oom(void);

void *xmalloc(size_t size);
void *xcalloc(size_t count, size_t size);
/* Grows an array of count elements of size bytes; overflow is fatal. */
void *xreallocarray(void *ptr, size_t count, size_t size);
/*
 * Room for one more item after len in an array of *cap items of size
 * bytes: ptr itself while len < *cap, else ptr reallocated with *cap
 * doubled (8 at first), so that n appends cost O(n).
 */
void *xgrowarray(void *ptr, size_t len, size_t *cap, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* Formatted string; caller frees. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));

#endif
