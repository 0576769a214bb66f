/*
 * load-json.c: JSON text to a value tree, typed as Python's json module
 * types it.
 *
 * cJSON decodes the strings, but it keeps no positions and it is laxer
 * than Python (it takes leading zeros, "1.", raw control characters in
 * strings and any byte below space as white space) and it does not take
 * NaN or Infinity, which Python does. So a scanner of ours walks the bytes
 * first: it applies Python's grammar with Python's errors, at the right
 * line and column, and records where every key and value starts, how long
 * each token is and how many children each container has. The tree is
 * then built from those marks in document order; cJSON reads each string
 * token (escapes, surrogate pairs), and numbers and literals keep their
 * text. No tree of cJSON's is ever whole, so a large file costs its own
 * tree and little more.
 */
#include <cjson/cJSON.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "load-internal.h"
#include "targs/xalloc.h"

/*
 * Where a key or value starts, and for a string, number or literal its
 * length in bytes (a string's with its quotes), for an object or array
 * its number of members or items. One per value of the file, so kept
 * small: a file is at most load_limits.max_file_size bytes (64 MiB) and
 * load_limits.max_nodes values, far below 4 G.
 */
struct json_mark {
	uint32_t		 offset;
	uint32_t		 len;
	struct source_pos	 pos;
};

struct json_scanner {
	struct load_ctx		*ctx;
	const char		*s;
	size_t			 len;
	size_t			 i;
	struct source_pos	 pos;     /* of s[i] */
	struct json_mark	*marks;
	size_t			 mark_count, mark_cap;
	uint32_t		 depth;
	bool			 failed;
};

static int
json_peek(const struct json_scanner *js)
{
	return js->i < js->len ? (unsigned char)js->s[js->i] : -1;
}

/*
 * Moves one byte on, keeping line and column right: a column counts
 * characters, so UTF-8 continuation bytes do not move it; \r\n is one
 * line break, as Python's text mode reads it.
 */
static void
json_advance(struct json_scanner *js)
{
	unsigned char c = (unsigned char)js->s[js->i++];

	if (c == '\n' || (c == '\r' && json_peek(js) != '\n')) {
		js->pos.line++;
		js->pos.column = 1;
	} else if ((c & 0xC0) != 0x80 && c != '\r')
		js->pos.column++;
}

static void
json_skip_space(struct json_scanner *js)
{
	while (json_peek(js) == ' ' || json_peek(js) == '\t' ||
	    json_peek(js) == '\n' || json_peek(js) == '\r')
		json_advance(js);
}

static struct diag *json_fail(struct json_scanner *js, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* A syntax error at the current position; scanning stops. */
static struct diag *
json_fail(struct json_scanner *js, const char *fmt, ...)
{
	struct diag *d;
	va_list ap;
	char *message;

	js->failed = true;
	va_start(ap, fmt);
	message = xvasprintf(fmt, ap);
	va_end(ap);
	d = load_error(js->ctx, DIAG_JSON_SYNTAX, js->pos, NULL, "%s", message);
	free(message);
	return d;
}

/* A NUL byte, in a string or between tokens. */
static void
json_nul(struct json_scanner *js)
{
	struct diag *d;

	js->failed = true;
	d = load_error(js->ctx, DIAG_FORBIDDEN_CHARACTER, js->pos, NULL,
	    "a NUL byte: JSON does not allow it");
	diag_hint(d, "json.loads stops with a JSONDecodeError");
}

/* "U+0001" for a control character, in a buffer that lives on. */
static const char *
json_control_name(int c)
{
	static char name[8];

	snprintf(name, sizeof name, "U+%04X", (unsigned)c);
	return name;
}

/*
 * Records where a key or value starts. Each is a node, so the node limit
 * is applied here, before cJSON builds anything.
 */
static bool
json_mark(struct json_scanner *js)
{
	struct json_mark *m;

	if (!load_count_nodes(js->ctx, 1, js->pos)) {
		js->failed = true;
		return false;
	}
	js->marks = xgrowarray(js->marks, js->mark_count, &js->mark_cap,
	    sizeof *js->marks);
	m = &js->marks[js->mark_count++];
	m->offset = js->i;
	m->len = 0;
	m->pos = js->pos;
	return true;
}

static bool
json_is_hex(int c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') ||
	    (c >= 'A' && c <= 'F');
}

static unsigned
json_hex4(const char *s)
{
	unsigned v = 0;
	int k;

	for (k = 0; k < 4; k++)
		v = v * 16 + (unsigned)(s[k] <= '9' ? s[k] - '0' :
		    (s[k] | 0x20) - 'a' + 10);
	return v;
}

/* A \uXXXX escape at js->i (the backslash); false on a bad one. */
static bool
json_scan_unicode_escape(struct json_scanner *js)
{
	const char *e = js->s + js->i;
	unsigned unit;
	struct diag *d;
	int k;

	for (k = 2; k < 6; k++)
		if (js->i + (size_t)k >= js->len || !json_is_hex(e[k])) {
			json_fail(js, "%s", "an invalid \\u escape: it needs four "
			    "hexadecimal digits");
			return false;
		}
	unit = json_hex4(e + 2);
	if (unit == 0) {
		d = json_fail(js, "%s", "a \\u0000 escape: targs cannot keep a "
		    "NUL character in a string");
		d->upstream = DIAG_UPSTREAM_ACCEPTS;
		return false;
	}
	if (unit >= 0xD800 && unit <= 0xDBFF && js->i + 11 < js->len &&
	    e[6] == '\\' && e[7] == 'u' && json_is_hex(e[8]) &&
	    json_is_hex(e[9]) && json_is_hex(e[10]) && json_is_hex(e[11]) &&
	    json_hex4(e + 8) >= 0xDC00 && json_hex4(e + 8) <= 0xDFFF) {
		for (k = 0; k < 12; k++)
			json_advance(js);
		return true;
	}
	if (unit >= 0xD800 && unit <= 0xDFFF) {
		d = json_fail(js, "%s", "a lone UTF-16 surrogate escape: Python "
		    "keeps it in the string, but it is not a character");
		d->upstream = DIAG_UPSTREAM_ACCEPTS;
		return false;
	}
	for (k = 0; k < 6; k++)
		json_advance(js);
	return true;
}

static bool
json_scan_string(struct json_scanner *js)
{
	struct json_mark *m = &js->marks[js->mark_count - 1];
	struct source_pos start = js->pos;
	struct diag *d;
	int c;

	json_advance(js); /* the opening quote */
	for (;;) {
		c = json_peek(js);
		if (c == -1) {
			js->pos = start;
			json_fail(js, "%s", "this string is never closed");
			return false;
		}
		if (c == '"') {
			json_advance(js);
			m->len = js->i - m->offset;
			return true;
		}
		if (c == 0) {
			json_nul(js);
			return false;
		}
		if (c < 0x20) {
			d = json_fail(js, "a raw control character %s in a string",
			    c == '\n' ? "(a line break)" : c == '\t' ? "(a tab)" :
			    c == '\r' ? "(a carriage return)" : json_control_name(c));
			if (c == '\n')
				diag_hint(d, "is the string closed? A line break "
				    "inside one is written \\n");
			else if (c == '\t')
				diag_hint(d, "write it as the escape \\t");
			else
				diag_hint(d, "write it as the escape \\u%04x",
				    (unsigned)c);
			return false;
		}
		if (c != '\\') {
			json_advance(js);
			continue;
		}
		c = js->i + 1 < js->len ? (unsigned char)js->s[js->i + 1] : -1;
		if (c == 'u') {
			if (!json_scan_unicode_escape(js))
				return false;
			continue;
		}
		if (c == -1 || strchr("\"\\/bfnrt", c) == NULL) {
			json_fail(js, "%s", "an invalid escape: JSON has only \\\" "
			    "\\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX");
			return false;
		}
		json_advance(js);
		json_advance(js);
	}
}

static size_t
json_digits(struct json_scanner *js)
{
	size_t n = 0;

	while (json_peek(js) >= '0' && json_peek(js) <= '9') {
		json_advance(js);
		n++;
	}
	return n;
}

static void json_unexpected(struct json_scanner *js, const char *expected);

/* Python's NUMBER_RE: -?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)? */
static bool
json_scan_number(struct json_scanner *js)
{
	struct json_mark *m = &js->marks[js->mark_count - 1];
	struct source_pos start = js->pos;

	if (json_peek(js) == '-')
		json_advance(js);
	if (json_peek(js) == '0') {
		json_advance(js);
		if (json_peek(js) >= '0' && json_peek(js) <= '9') {
			json_fail(js, "%s", "a leading zero: JSON numbers do not "
			    "start with 0");
			return false;
		}
	} else if (json_digits(js) == 0) {
		js->pos = start; /* Python points at the '-' */
		json_unexpected(js, "a value");
		return false;
	}
	if (json_peek(js) == '.') {
		json_advance(js);
		if (json_digits(js) == 0) {
			json_fail(js, "%s", "expected a digit after the decimal "
			    "point");
			return false;
		}
	}
	if (json_peek(js) == 'e' || json_peek(js) == 'E') {
		json_advance(js);
		if (json_peek(js) == '+' || json_peek(js) == '-')
			json_advance(js);
		if (json_digits(js) == 0) {
			json_fail(js, "%s", "expected a digit in the exponent");
			return false;
		}
	}
	m->len = js->i - m->offset;
	return true;
}

static bool
json_match(struct json_scanner *js, const char *word)
{
	size_t n = strlen(word), k;

	if (js->len - js->i < n || memcmp(js->s + js->i, word, n) != 0)
		return false;
	for (k = 0; k < n; k++)
		json_advance(js);
	js->marks[js->mark_count - 1].len = n;
	return true;
}

/* NaN, Infinity, -Infinity: Python's json reads them; they are not JSON. */
static bool
json_scan_nonstandard(struct json_scanner *js)
{
	static const char *const words[] = { "NaN", "Infinity", "-Infinity" };
	struct source_pos pos = js->pos;
	size_t k;
	struct diag *d;

	for (k = 0; k < 3; k++) {
		if (!json_match(js, words[k]))
			continue;
		d = diag_add(js->ctx->diags, DIAG_JSON_NONSTANDARD, pos, NULL,
		    "%s is not JSON, though Python's json module reads it as a "
		    "float", words[k]);
		diag_hint(d, "other JSON readers refuse the file; use a number "
		    "or null");
		return true;
	}
	return false;
}

static bool json_scan_value(struct json_scanner *js);

/* The error for a token that cannot start what is expected here. */
static void
json_unexpected(struct json_scanner *js, const char *expected)
{
	int c = json_peek(js);
	struct diag *d;

	if (c == -1) {
		json_fail(js, "the file ends where %s is expected", expected);
		return;
	}
	if (c == 0) {
		json_nul(js);
		return;
	}
	if (c == '/') {
		d = json_fail(js, "%s", "a comment: JSON has no comments");
		diag_hint(d, "Python's json module refuses comments; remove it, "
		    "or write the file as YAML");
		return;
	}
	if (c == '\'') {
		d = json_fail(js, "%s", "a single quote: JSON strings take double "
		    "quotes");
		return;
	}
	json_fail(js, "expected %s", expected);
}

static bool
json_enter(struct json_scanner *js)
{
	if (!load_check_depth(js->ctx, js->depth, js->pos)) {
		js->failed = true;
		return false;
	}
	js->depth++;
	json_advance(js);
	json_skip_space(js);
	return true;
}

/* A member's key and its ':'; the value follows. */
static bool
json_scan_member_key(struct json_scanner *js)
{
	if (json_peek(js) != '"') {
		json_unexpected(js, "a key in double quotes");
		return false;
	}
	if (!json_mark(js) || !json_scan_string(js))
		return false;
	json_skip_space(js);
	if (json_peek(js) != ':') {
		json_unexpected(js, "':' after the key");
		return false;
	}
	json_advance(js);
	json_skip_space(js);
	return true;
}

/* An object's members or an array's items, up to the closing bracket. */
static bool
json_scan_container(struct json_scanner *js, bool object)
{
	const char close = object ? '}' : ']';
	size_t at = js->mark_count - 1, count = 0; /* marks move as they grow */
	struct diag *d;

	if (!json_enter(js))
		return false;
	while (json_peek(js) != close) {
		if ((object && !json_scan_member_key(js)) || !json_scan_value(js))
			return false;
		js->marks[at].len = ++count;
		json_skip_space(js);
		if (json_peek(js) == close)
			break;
		if (json_peek(js) != ',') {
			json_unexpected(js, object ? "',' or '}' after the value" :
			    "',' or ']' after the value");
			return false;
		}
		json_advance(js);
		json_skip_space(js);
		if (json_peek(js) == close) {
			d = json_fail(js, "a trailing comma before '%c'", close);
			diag_hint(d, "JSON allows no comma after the last %s",
			    object ? "member" : "item");
			return false;
		}
	}
	json_advance(js);
	js->depth--;
	return true;
}

static bool
json_scan_value(struct json_scanner *js)
{
	int c = json_peek(js);

	if (!json_mark(js))
		return false;
	switch (c) {
	case '{':
		return json_scan_container(js, true);
	case '[':
		return json_scan_container(js, false);
	case '"':
		return json_scan_string(js);
	case 't':
		if (json_match(js, "true"))
			return true;
		break;
	case 'f':
		if (json_match(js, "false"))
			return true;
		break;
	case 'n':
		if (json_match(js, "null"))
			return true;
		break;
	case 'N':
	case 'I':
		if (json_scan_nonstandard(js))
			return true;
		break;
	case '-':
		if (js->i + 1 < js->len && js->s[js->i + 1] == 'I' &&
		    json_scan_nonstandard(js))
			return true;
		return json_scan_number(js);
	default:
		if (c >= '0' && c <= '9')
			return json_scan_number(js);
		break;
	}
	json_unexpected(js, "a value");
	return false;
}

/* Builds the tree from the scanner's marks, in document order. */
struct json_builder {
	struct load_ctx		*ctx;
	const struct json_scanner *js;
	size_t			 next;  /* the next mark */
};

static const struct json_mark *
json_next_mark(struct json_builder *b)
{
	static const struct json_mark none;

	if (b->next >= b->js->mark_count)
		return &none; /* cannot happen when the scan succeeded */
	return &b->js->marks[b->next++];
}

static bool
json_raw_is_float(const char *s, size_t len)
{
	return memchr(s, '.', len) || memchr(s, 'e', len) ||
	    memchr(s, 'E', len) || memchr(s, 'N', len) || memchr(s, 'I', len);
}

static struct value *
json_scalar(struct json_builder *b, const struct json_mark *m,
    enum scalar_tag tag, const char *text, size_t len)
{
	struct load_ctx *ctx = b->ctx;
	struct value *v;

	if (!load_check_scalar_len(ctx, len, m->pos))
		return NULL;
	v = load_new_node(ctx, VALUE_SCALAR, m->pos);
	v->tag = scalar_tag_name(tag);
	v->style = tag == SCALAR_TAG_STR ? VALUE_STYLE_DOUBLE_QUOTED :
	    VALUE_STYLE_PLAIN;
	v->text = arena_strndup(&ctx->doc->arena, text, len);
	v->len = len;
	return v;
}

/*
 * A string token (a key or a value) as Python decodes it: cJSON reads the
 * escapes and surrogate pairs of the one token. The scanner has checked
 * its grammar; should cJSON still refuse it, that is reported here.
 */
static struct value *
json_string(struct json_builder *b, const struct json_mark *m)
{
	cJSON *item = cJSON_ParseWithLength(b->js->s + m->offset, m->len);
	struct value *v = NULL;

	if (cJSON_IsString(item))
		v = json_scalar(b, m, SCALAR_TAG_STR, item->valuestring,
		    strlen(item->valuestring));
	else {
		load_error(b->ctx, DIAG_JSON_SYNTAX, m->pos, NULL, "%s",
		    "cJSON cannot read this string");
		b->ctx->stopped = true;
	}
	cJSON_Delete(item);
	return v;
}

/*
 * Where a value sits: its parent's path and its key or index. The path
 * itself is only made when needed (a collection, or a diagnostic).
 */
struct json_where {
	const char	*parent;
	const char	*key;    /* NULL: an array item, or the top */
	size_t		 index;
	bool		 top;
};

static char *
json_path(const struct json_where *w)
{
	if (w->top)
		return NULL;
	if (w->key != NULL)
		return value_path_key(w->parent, w->key, strlen(w->key));
	return value_path_index(w->parent, w->index);
}

static struct value *json_build(struct json_builder *b,
    const struct json_where *where);

static struct value *
json_build_object(struct json_builder *b, const struct json_mark *m,
    const char *path)
{
	struct value *v = load_new_node(b->ctx, VALUE_MAPPING, m->pos);
	struct value_pair *pairs;
	struct json_where where = { path, NULL, 0, false };
	size_t n, count = m->len;

	v->style = VALUE_STYLE_FLOW;
	pairs = xcalloc(count + 1, sizeof *pairs);
	for (n = 0; n < count; n++) {
		pairs[n].key = json_string(b, json_next_mark(b));
		if (pairs[n].key == NULL)
			break;
		where.key = pairs[n].key->text;
		pairs[n].value = json_build(b, &where);
		if (pairs[n].value == NULL)
			break;
		v->weight += pairs[n].key->weight + pairs[n].value->weight;
	}
	if (!b->ctx->stopped)
		load_finish_mapping(b->ctx, v, pairs, n, path);
	free(pairs);
	return b->ctx->stopped ? NULL : v;
}

static struct value *
json_build_array(struct json_builder *b, const struct json_mark *m,
    const char *path)
{
	struct value *v = load_new_node(b->ctx, VALUE_SEQUENCE, m->pos);
	struct json_where where = { path, NULL, 0, false };
	size_t count = m->len;

	v->style = VALUE_STYLE_FLOW;
	v->items = arena_alloc(&b->ctx->doc->arena,
	    (count ? count : 1) * sizeof *v->items);
	while (v->len < count) {
		where.index = v->len;
		v->items[v->len] = json_build(b, &where);
		if (v->items[v->len] == NULL)
			return NULL;
		v->weight += v->items[v->len++]->weight;
	}
	return v;
}

static struct value *
json_build_collection(struct json_builder *b, const struct json_mark *m,
    const struct json_where *where)
{
	char *path = json_path(where);
	struct value *v;

	if (b->js->s[m->offset] == '{')
		v = json_build_object(b, m, path);
	else
		v = json_build_array(b, m, path);
	free(path);
	return v;
}

/* A number or literal: its text as written, typed by its syntax. */
static struct value *
json_literal(struct json_builder *b, const struct json_mark *m)
{
	const char *raw = b->js->s + m->offset;
	enum scalar_tag tag;

	switch (raw[0]) {
	case 't':
	case 'f':
		tag = SCALAR_TAG_BOOL;
		break;
	case 'n':
		tag = SCALAR_TAG_NULL;
		break;
	default:
		tag = json_raw_is_float(raw, m->len) ? SCALAR_TAG_FLOAT :
		    SCALAR_TAG_INT;
		break;
	}
	return json_scalar(b, m, tag, raw, m->len);
}

static struct value *
json_build(struct json_builder *b, const struct json_where *where)
{
	const struct json_mark *m = json_next_mark(b);
	struct value *v;
	struct scalar s;
	char *message, *path;

	switch (b->js->s[m->offset]) {
	case '{':
	case '[':
		return json_build_collection(b, m, where);
	case '"':
		v = json_string(b, m);
		break;
	default:
		v = json_literal(b, m);
		break;
	}
	if (v == NULL)
		return v;
	if (scalar_construct(v, b->ctx->options->schema, &s, &message) ==
	    SCALAR_OK) {
		if (!load_float_out_of_range(v, &s))
			return v;
	} else
		free(message);
	path = json_path(where);
	load_check_scalar(b->ctx, v, path);
	free(path);
	return v;
}

static void
json_scan(struct json_scanner *js)
{
	struct diag *d;

	json_skip_space(js);
	if (json_peek(js) == -1) {
		d = load_error(js->ctx, DIAG_EMPTY_DOCUMENT, js->pos, NULL,
		    "the file holds no JSON value");
		diag_hint(d, "json.loads stops with 'Expecting value'");
		js->failed = true;
		return;
	}
	if (!json_scan_value(js))
		return;
	json_skip_space(js);
	if (json_peek(js) != -1) {
		d = json_fail(js, "%s", "more data after the top-level value");
		diag_hint(d, "a JSON file holds exactly one value; json.loads "
		    "stops with 'Extra data'");
	}
}

bool
load_json(struct load_ctx *ctx)
{
	struct json_scanner js;
	struct json_builder b = { ctx, &js, 0 };
	const struct json_where top = { NULL, NULL, 0, true };
	struct source_pos start = { 1, 1 };
	size_t skip = 0;
	struct diag *d;

	if (source_has_bom(ctx->src)) {
		d = load_error(ctx, DIAG_JSON_BOM, start, NULL,
		    "the file starts with a UTF-8 byte order mark");
		diag_hint(d, "json.loads stops with 'Unexpected UTF-8 BOM'; "
		    "save the file as UTF-8 without a BOM");
		skip = 3;
	}
	memset(&js, 0, sizeof js);
	js.ctx = ctx;
	js.s = ctx->src->data + skip;
	js.len = ctx->src->len - skip;
	js.pos = start;
	json_scan(&js);
	if (!js.failed && !ctx->stopped)
		ctx->doc->root = json_build(&b, &top);
	free(js.marks);
	return !ctx->failed;
}
