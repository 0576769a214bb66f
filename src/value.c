/*
 * value.c: small helpers over the value tree (see value.h). Building trees
 * is the loaders' job; typing scalars is scalar.c's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "targs/value.h"
#include "targs/xalloc.h"

void
value_doc_release(struct value_doc *doc)
{
	arena_release(&doc->arena);
	doc->root = NULL;
}

bool
value_text_is(const struct value *v, const char *s)
{
	size_t n = strlen(s);

	return v->kind == VALUE_SCALAR && v->len == n &&
	    memcmp(v->text, s, n) == 0;
}

const struct value *
value_get(const struct value *mapping, const char *name)
{
	size_t i;

	if (mapping == NULL || mapping->kind != VALUE_MAPPING)
		return NULL;
	for (i = mapping->len; i > 0; i--)
		if (value_text_is(mapping->pairs[i - 1].key, name))
			return mapping->pairs[i - 1].value;
	return NULL;
}

const char *
value_kind_name(enum value_kind kind)
{
	switch (kind) {
	case VALUE_SCALAR:
		return "scalar";
	case VALUE_SEQUENCE:
		return "sequence";
	case VALUE_MAPPING:
		return "mapping";
	}
	return "?";
}

static bool
value_path_plain(const char *key, size_t len)
{
	size_t i;

	if (len == 0)
		return false;
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)key[i];

		if (!(c == '_' || c == '-' || (c >= '0' && c <= '9') ||
		    (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80))
			return false;
	}
	return true;
}

char *
value_path_key(const char *parent, const char *key, size_t len)
{
	size_t i, n = 0;
	char *quoted, *path;
	bool cut = len > VALUE_PATH_KEY_MAX;

	if (cut) {
		/* keep whole characters */
		len = VALUE_PATH_KEY_MAX;
		while (len > 0 && ((unsigned char)key[len] & 0xC0) == 0x80)
			len--;
	}
	if (!cut && value_path_plain(key, len))
		return parent ? xasprintf("%s.%.*s", parent, (int)len, key) :
		    xstrndup(key, len);
	quoted = xmalloc(len * 4 + 1);
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)key[i];

		if (c == '"' || c == '\\') {
			quoted[n++] = '\\';
			quoted[n++] = (char)c;
		} else if (c < 0x20 || c == 0x7F)
			n += (size_t)sprintf(quoted + n, "\\x%02x", c);
		else
			quoted[n++] = (char)c;
	}
	quoted[n] = '\0';
	path = xasprintf("%s[\"%s%s\"]", parent ? parent : "", quoted,
	    cut ? "..." : "");
	free(quoted);
	return path;
}

char *
value_path_index(const char *parent, size_t index)
{
	return xasprintf("%s[%zu]", parent ? parent : "", index);
}
