/*
 * xalloc.c: allocation wrappers that exit on failure (see xalloc.h).
 * Nothing else lives here.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "targs/xalloc.h"

static _Noreturn void
xalloc_fail(size_t size)
{
	fprintf(stderr, "targs: out of memory (allocating %zu bytes)\n", size);
	exit(2);
}

_Noreturn void
xalloc_oom(void)
{
	fputs("targs: out of memory\n", stderr);
	exit(2);
}

void *
xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);

	if (p == NULL)
		xalloc_fail(size);
	return p;
}

void *
xcalloc(size_t count, size_t size)
{
	void *p = calloc(count ? count : 1, size ? size : 1);

	if (p == NULL)
		xalloc_fail(count * size);
	return p;
}

void *
xreallocarray(void *ptr, size_t count, size_t size)
{
	void *p;

	if (size != 0 && count > SIZE_MAX / size)
		xalloc_fail(SIZE_MAX);
	p = realloc(ptr, count != 0 && size != 0 ? count * size : 1);
	if (p == NULL)
		xalloc_fail(count * size);
	return p;
}

void *
xgrowarray(void *ptr, size_t len, size_t *cap, size_t size)
{
	if (len < *cap)
		return ptr;
	*cap = *cap == 0 ? 8 : *cap * 2;
	return xreallocarray(ptr, *cap, size);
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
xvasprintf(const char *fmt, va_list ap)
{
	va_list copy;
	int len;
	char *p;

	va_copy(copy, ap);
	len = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	if (len < 0)
		xalloc_fail(0);
	p = xmalloc((size_t)len + 1);
	vsnprintf(p, (size_t)len + 1, fmt, ap);
	return p;
}

char *
xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *p;

	va_start(ap, fmt);
	p = xvasprintf(fmt, ap);
	va_end(ap);
	return p;
}
