/*
 * helpers.c: shared test helpers (see helpers.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "targs/xalloc.h"

void
loaded_init(struct loaded *l, const char *name, const char *data, size_t len,
    const struct load_options *options)
{
	struct load_options defaults;

	if (options == NULL) {
		load_options_init(&defaults);
		options = &defaults;
	}
	source_init_memory(&l->src, name, data, len);
	diag_list_init(&l->diags, name);
	l->ok = load_source(&l->src, options, &l->doc, &l->diags);
	diag_sort(&l->diags);
}

void
loaded_yaml(struct loaded *l, const char *text)
{
	loaded_init(l, "test.yaml", text, strlen(text), NULL);
}

void
loaded_json(struct loaded *l, const char *text)
{
	loaded_init(l, "test.json", text, strlen(text), NULL);
}

void
loaded_release(struct loaded *l)
{
	value_doc_release(&l->doc);
	diag_list_release(&l->diags);
	source_release(&l->src);
}

const struct diag *
loaded_find(const struct loaded *l, enum diag_id id)
{
	size_t i;

	for (i = 0; i < l->diags.len; i++)
		if (l->diags.items[i].id == id)
			return &l->diags.items[i];
	return NULL;
}

struct source_pos
at(uint32_t line, uint32_t column)
{
	struct source_pos pos = { line, column };

	return pos;
}

char *
read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	size_t cap = 4096, n = 0, got;
	char *buf;

	if (f == NULL)
		return NULL;
	buf = xmalloc(cap + 1);
	while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
		n += got;
		if (n == cap) {
			cap *= 2;
			buf = xreallocarray(buf, cap + 1, 1);
		}
	}
	fclose(f);
	buf[n] = '\0';
	*len = n;
	return buf;
}

#include "targs/pyfloat.h"

static int
base64_value(int c)
{
	const char *alphabet =
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	const char *p = c ? strchr(alphabet, c) : NULL;

	return p ? (int)(p - alphabet) : -1;
}

/* The bytes of base64 text, as hex; only the tests need them. */
static char *
base64_hex(const char *s, size_t len)
{
	char *hex = xmalloc(len * 2 + 1);
	unsigned bits = 0, nbits = 0;
	size_t i, n = 0;
	int v;

	for (i = 0; i < len && s[i] != '='; i++) {
		v = base64_value((unsigned char)s[i]);
		if (v < 0)
			continue;
		bits = (bits << 6) | (unsigned)v;
		nbits += 6;
		if (nbits >= 8) {
			nbits -= 8;
			n += (size_t)sprintf(hex + n, "%02x", (bits >> nbits) & 0xFF);
		}
	}
	hex[n] = '\0';
	return hex;
}

static char *
canon_datetime(const struct scalar_time *t)
{
	char frac[16] = "", zone[16] = "";
	int off = t->offset_minutes < 0 ? -t->offset_minutes : t->offset_minutes;

	if (t->microsecond != 0)
		snprintf(frac, sizeof frac, ".%06d", t->microsecond);
	if (t->aware)
		snprintf(zone, sizeof zone, "%c%02d:%02d",
		    t->offset_minutes < 0 ? '-' : '+', off / 60, off % 60);
	return xasprintf("%04d-%02d-%02dT%02d:%02d:%02d%s%s", t->year, t->month,
	    t->day, t->hour, t->minute, t->second, frac, zone);
}

void
canon_scalar(const struct scalar *s, const char **type, char **value)
{
	char buf[PYFLOAT_BUFSIZE];

	switch (s->type) {
	case SCALAR_NULL:
		*type = "null";
		*value = xstrdup("");
		return;
	case SCALAR_BOOL:
		*type = "bool";
		*value = xstrdup(s->boolean ? "true" : "false");
		return;
	case SCALAR_INT:
		*type = "int";
		*value = s->big ? xstrdup("BIG") :
		    xasprintf("%lld", (long long)s->integer);
		return;
	case SCALAR_FLOAT:
		*type = "float";
		*value = xstrdup(pyfloat_repr(s->real, buf));
		return;
	case SCALAR_STR:
		*type = "str";
		*value = xstrndup(s->text, s->len);
		return;
	case SCALAR_DATE:
		*type = "date";
		*value = xasprintf("%04d-%02d-%02d", s->time.year, s->time.month,
		    s->time.day);
		return;
	case SCALAR_DATETIME:
		*type = "datetime";
		*value = canon_datetime(&s->time);
		return;
	case SCALAR_BYTES:
		*type = "bytes";
		*value = base64_hex(s->text, s->len);
		return;
	}
	*type = "?";
	*value = xstrdup("?");
}
