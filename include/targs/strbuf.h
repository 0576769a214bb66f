/*
 * strbuf.h: a string that grows by appending, in time linear in its
 * length, for messages built from lists of any size.
 */
#ifndef TARGS_STRBUF_H
#define TARGS_STRBUF_H

#include <stddef.h>

struct strbuf {
	char	*data;   /* NUL-terminated once anything was added */
	size_t	 len;
	size_t	 cap;
};

#define STRBUF_INIT { NULL, 0, 0 }

void strbuf_add(struct strbuf *b, const char *s, size_t n);
void strbuf_adds(struct strbuf *b, const char *s);
/* The string, which the caller frees; the buffer is empty afterwards. */
char *strbuf_take(struct strbuf *b);

#endif
