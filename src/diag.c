/*
 * diag.c: collecting and ordering diagnostics (see diag.h). Printing is
 * the output writers' job.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "targs/diag.h"
#include "targs/xalloc.h"

void
diag_list_init(struct diag_list *list, const char *file)
{
	memset(list, 0, sizeof *list);
	list->file = xstrdup(file);
}

void
diag_release_one(struct diag *d)
{
	size_t j;

	free(d->key);
	free(d->message);
	for (j = 0; j < d->hint_count; j++)
		free(d->hints[j]);
	free(d->hints);
}

void
diag_list_release(struct diag_list *list)
{
	size_t i;

	for (i = 0; i < list->len; i++)
		diag_release_one(&list->items[i]);
	free(list->items);
	free(list->file);
	memset(list, 0, sizeof *list);
}

struct diag *
diag_add(struct diag_list *list, enum diag_id id, struct source_pos pos,
    const char *key, const char *fmt, ...)
{
	struct diag *d;
	va_list ap;

	list->items = xgrowarray(list->items, list->len, &list->cap,
	    sizeof *list->items);
	d = &list->items[list->len];
	memset(d, 0, sizeof *d);
	d->id = id;
	d->severity = diag_code_table[id].severity;
	d->upstream = diag_code_table[id].upstream;
	d->pos = pos;
	d->key = key ? xstrdup(key) : NULL;
	d->order = list->len++;
	va_start(ap, fmt);
	d->message = xvasprintf(fmt, ap);
	va_end(ap);
	return d;
}

void
diag_hint(struct diag *d, const char *fmt, ...)
{
	va_list ap;

	d->hints = xreallocarray(d->hints, d->hint_count + 1, sizeof *d->hints);
	va_start(ap, fmt);
	d->hints[d->hint_count++] = xvasprintf(fmt, ap);
	va_end(ap);
}

static int
diag_compare(const void *a, const void *b)
{
	const struct diag *x = a, *y = b;

	if (x->pos.line != y->pos.line)
		return x->pos.line < y->pos.line ? -1 : 1;
	if (x->pos.column != y->pos.column)
		return x->pos.column < y->pos.column ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

void
diag_sort(struct diag_list *list)
{
	if (list->len > 1)
		qsort(list->items, list->len, sizeof *list->items, diag_compare);
}

void
diag_list_filter(struct diag_list *list,
    bool (*keep)(const struct diag *d, void *ctx), void *ctx)
{
	size_t i, n = 0;

	for (i = 0; i < list->len; i++) {
		if (keep(&list->items[i], ctx))
			list->items[n++] = list->items[i];
		else
			diag_release_one(&list->items[i]);
	}
	list->len = n;
}

size_t
diag_count(const struct diag_list *list, enum diag_severity severity)
{
	size_t i, n = 0;

	for (i = 0; i < list->len; i++)
		if (list->items[i].severity == severity)
			n++;
	return n;
}

const char *
diag_severity_name(enum diag_severity severity)
{
	switch (severity) {
	case DIAG_ERROR:
		return "error";
	case DIAG_WARNING:
		return "warning";
	case DIAG_INFO:
		return "info";
	}
	return "?";
}

const char *
diag_upstream_name(enum diag_upstream upstream)
{
	switch (upstream) {
	case DIAG_UPSTREAM_NONE:
		return NULL;
	case DIAG_UPSTREAM_RAISES:
		return "raises";
	case DIAG_UPSTREAM_TRAINER:
		return "trainer";
	case DIAG_UPSTREAM_ACCEPTS:
		return "accepts";
	}
	return NULL;
}

char *
diag_quote(const char *text, size_t len, size_t max)
{
	size_t cap = (max < len ? max : len) * 4 + 8, n = 0, i, chars = 0;
	char *out = xmalloc(cap + 4);
	unsigned char c;

	out[n++] = '\'';
	for (i = 0; i < len; i++) {
		c = (unsigned char)text[i];
		if (n + 5 > cap) {
			cap *= 2;
			out = xreallocarray(out, cap + 4, 1);
		}
		if ((c & 0xC0) != 0x80 && chars++ == max) {
			memcpy(out + n, "...", 3);
			n += 3;
			break;
		}
		if (c == '\n')
			n += (size_t)sprintf(out + n, "\\n");
		else if (c == '\t')
			n += (size_t)sprintf(out + n, "\\t");
		else if (c == '\r')
			n += (size_t)sprintf(out + n, "\\r");
		else if (c < 0x20 || c == 0x7F)
			n += (size_t)sprintf(out + n, "\\x%02x", c);
		else
			out[n++] = (char)c;
	}
	out[n++] = '\'';
	out[n] = '\0';
	return out;
}
