/*
 * pyval.c: Python objects as the rules of __post_init__ see them; see
 * pyval.h.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "targs/diag.h"
#include "targs/load.h"
#include "targs/pyfloat.h"
#include "targs/pyval.h"
#include "targs/strbuf.h"
#include "targs/xalloc.h"

static struct pyval *
py_new(struct arena *a, enum pyval_kind kind)
{
	struct pyval *v = arena_alloc(a, sizeof *v);

	v->kind = kind;
	return v;
}

struct pyval *
py_none(struct arena *a)
{
	return py_new(a, PY_NONE);
}

struct pyval *
py_bool(struct arena *a, bool b)
{
	struct pyval *v = py_new(a, PY_BOOL);

	v->boolean = b;
	v->integer = b;
	v->real = b;
	return v;
}

struct pyval *
py_int(struct arena *a, int64_t i)
{
	struct pyval *v = py_new(a, PY_INT);

	v->integer = i;
	v->real = (double)i;
	return v;
}

struct pyval *
py_float(struct arena *a, double x)
{
	struct pyval *v = py_new(a, PY_FLOAT);

	v->real = x;
	return v;
}

struct pyval *
py_strn(struct arena *a, const char *s, size_t len)
{
	struct pyval *v = py_new(a, PY_STR);

	v->text = arena_strndup(a, s, len);
	v->len = len;
	return v;
}

struct pyval *
py_str(struct arena *a, const char *s)
{
	return py_strn(a, s, strlen(s));
}

struct pyval *
py_list(struct arena *a, size_t count)
{
	struct pyval *v = py_new(a, PY_LIST);

	v->count = count;
	v->items = arena_alloc(a, (count + 1) * sizeof *v->items);
	return v;
}

struct pyval *
py_dict(struct arena *a, size_t count)
{
	struct pyval *v = py_new(a, PY_DICT);

	v->count = count;
	v->items = arena_alloc(a, (count + 1) * sizeof *v->items);
	v->keys = arena_alloc(a, (count + 1) * sizeof *v->keys);
	return v;
}

struct pyval *
py_list_append(struct arena *a, const struct pyval *list, struct pyval *item)
{
	size_t n = list != NULL && list->kind == PY_LIST ? list->count : 0;
	struct pyval *copy = py_list(a, n + 1);

	if (n > 0)
		memcpy(copy->items, list->items, n * sizeof *copy->items);
	copy->items[n] = item;
	return copy;
}

struct pyval *
py_dict_set(struct arena *a, const struct pyval *dict, const char *key,
    struct pyval *value)
{
	size_t n = dict != NULL && dict->kind == PY_DICT ? dict->count : 0, i;
	struct pyval *copy = py_dict(a, n + 1);

	copy->count = n;
	if (n > 0) {
		memcpy(copy->items, dict->items, n * sizeof *copy->items);
		memcpy(copy->keys, dict->keys, n * sizeof *copy->keys);
	}
	for (i = 0; i < n; i++)
		if (py_str_is(copy->keys[i], key)) {
			copy->items[i] = value;
			return copy;
		}
	copy->keys[n] = py_str(a, key);
	copy->items[n] = value;
	copy->count = n + 1;
	return copy;
}

static struct pyval *
pyval_from_scalar(struct arena *a, const struct value *node,
    enum scalar_schema schema)
{
	struct scalar s;
	struct pyval *v;
	char *message = NULL;

	if (scalar_construct(node, schema, &s, &message) != SCALAR_OK) {
		/* The loader has reported it; keep the text. */
		free(message);
		return py_strn(a, node->text, node->len);
	}
	switch (s.type) {
	case SCALAR_NULL:
		return py_none(a);
	case SCALAR_BOOL:
		return py_bool(a, s.boolean);
	case SCALAR_INT:
		v = py_int(a, s.integer);
		if (s.big) {
			v->big = true;
			v->real = s.real;
			v->text = arena_strndup(a, node->text, node->len);
			v->len = node->len;
		}
		return v;
	case SCALAR_FLOAT:
		return py_float(a, s.real);
	case SCALAR_STR:
		return py_strn(a, s.text, s.len);
	case SCALAR_DATE:
	case SCALAR_DATETIME:
	case SCALAR_BYTES:
		break;
	}
	v = py_strn(a, node->text, node->len);
	v->kind = PY_OTHER;
	/* The names Python's own messages use (tp_name). */
	v->type_name = s.type == SCALAR_BYTES ? "bytes" :
	    s.type == SCALAR_DATE ? "datetime.date" : "datetime.datetime";
	return v;
}

struct pyval *
pyval_from_node(struct arena *a, const struct value *node,
    enum scalar_schema schema)
{
	struct pyval *v;
	size_t i;

	switch (node->kind) {
	case VALUE_SCALAR:
		return pyval_from_scalar(a, node, schema);
	case VALUE_SEQUENCE:
		v = py_list(a, node->len);
		for (i = 0; i < node->len; i++)
			v->items[i] = pyval_from_node(a, node->items[i],
			    schema);
		return v;
	case VALUE_MAPPING:
		v = py_dict(a, node->len);
		for (i = 0; i < node->len; i++) {
			v->keys[i] = pyval_from_node(a, node->pairs[i].key,
			    schema);
			v->items[i] = pyval_from_node(a, node->pairs[i].value,
			    schema);
		}
		return v;
	}
	return py_none(a);
}

struct pyval *
pyval_from_json(struct arena *a, const char *text, size_t len, char **error,
    bool *refused_by_targs)
{
	struct load_options options;
	struct value_doc doc;
	struct diag_list diags;
	struct source src;
	struct pyval *v = NULL;
	size_t i;

	load_options_init(&options);
	options.format = LOAD_FORMAT_JSON;
	source_init_memory(&src, "<string>", text, len);
	diag_list_init(&diags, "<string>");
	*error = NULL;
	*refused_by_targs = false;
	if (load_source(&src, &options, &doc, &diags) && doc.root != NULL)
		v = pyval_from_node(a, doc.root, SCALAR_SCHEMA_PYYAML);
	else {
		for (i = 0; i < diags.len && *error == NULL; i++)
			if (diags.items[i].severity == DIAG_ERROR) {
				*error = xasprintf("%s (line %u, column %u)",
				    diags.items[i].message,
				    diags.items[i].pos.line,
				    diags.items[i].pos.column);
				*refused_by_targs = diags.items[i].upstream !=
				    DIAG_UPSTREAM_RAISES;
			}
		if (*error == NULL)
			*error = xstrdup("not a JSON object");
	}
	value_doc_release(&doc);
	diag_list_release(&diags);
	source_release(&src);
	return v;
}

bool
py_str_is(const struct pyval *v, const char *s)
{
	return v != NULL && v->kind == PY_STR && v->len == strlen(s) &&
	    memcmp(v->text, s, v->len) == 0;
}

struct pyval *
py_dict_get(const struct pyval *dict, const char *key)
{
	size_t i;

	if (dict == NULL || dict->kind != PY_DICT)
		return NULL;
	for (i = 0; i < dict->count; i++)
		if (py_str_is(dict->keys[i], key))
			return dict->items[i];
	return NULL;
}

bool
py_truthy(const struct pyval *v)
{
	switch (v->kind) {
	case PY_NONE:
		return false;
	case PY_BOOL:
		return v->boolean;
	case PY_INT:
		return v->big || v->integer != 0;
	case PY_FLOAT:
		return v->real != 0.0;
	case PY_STR:
	case PY_OTHER:
		return v->len > 0;
	case PY_LIST:
	case PY_DICT:
		return v->count > 0;
	}
	return false;
}

bool
py_is_integral(double x)
{
	/* Beyond 2^63 a cast to an integer type is undefined. */
	return isfinite(x) && x == floor(x) && fabs(x) < 9.2e18;
}

bool
py_is_number(const struct pyval *v)
{
	return v->kind == PY_BOOL || v->kind == PY_INT || v->kind == PY_FLOAT;
}

bool
py_is_int(const struct pyval *v)
{
	return v->kind == PY_BOOL || v->kind == PY_INT;
}

double
py_number(const struct pyval *v)
{
	return v->kind == PY_BOOL ? (double)v->boolean : v->real;
}

/* A dict entry, for comparing dicts whose keys come in another order. */
struct py_entry {
	const struct pyval	*key;
	const struct pyval	*value;
};

/* Keys of one kind sort together; numbers by value, strings by bytes. */
static int
py_key_rank(const struct pyval *v)
{
	if (py_is_number(v))
		return 1;
	return v->kind == PY_NONE ? 0 : v->kind == PY_STR ? 2 : 3;
}

static int
py_entry_order(const void *x, const void *y)
{
	const struct pyval *a = ((const struct py_entry *)x)->key;
	const struct pyval *b = ((const struct py_entry *)y)->key;
	int ra = py_key_rank(a), rb = py_key_rank(b), c;

	if (ra != rb)
		return ra < rb ? -1 : 1;
	if (ra == 1)
		return py_number(a) < py_number(b) ? -1 :
		    py_number(a) > py_number(b);
	if (a->text == NULL || b->text == NULL)
		return 0;
	c = memcmp(a->text, b->text, a->len < b->len ? a->len : b->len);
	return c != 0 ? c : a->len < b->len ? -1 : a->len > b->len;
}

static struct py_entry *
py_entries_sorted(const struct pyval *dict)
{
	struct py_entry *e = xcalloc(dict->count, sizeof *e);
	size_t i;

	for (i = 0; i < dict->count; i++) {
		e[i].key = dict->keys[i];
		e[i].value = dict->items[i];
	}
	qsort(e, dict->count, sizeof *e, py_entry_order);
	return e;
}

/*
 * Dicts are equal as Python compares them: the same keys with equal
 * values, in any order. The common case, the same order, needs no sort.
 */
static bool
py_dict_equal(const struct pyval *a, const struct pyval *b)
{
	struct py_entry *ea, *eb;
	bool equal = true;
	size_t i;

	if (a->count != b->count)
		return false;
	for (i = 0; i < a->count; i++)
		if (!py_equal(a->keys[i], b->keys[i]) ||
		    !py_equal(a->items[i], b->items[i]))
			break;
	if (i == a->count)
		return true;
	ea = py_entries_sorted(a);
	eb = py_entries_sorted(b);
	for (i = 0; i < a->count && equal; i++)
		equal = py_equal(ea[i].key, eb[i].key) &&
		    py_equal(ea[i].value, eb[i].value);
	free(ea);
	free(eb);
	return equal;
}

bool
py_equal(const struct pyval *a, const struct pyval *b)
{
	size_t i;

	if (py_is_number(a) && py_is_number(b)) {
		if (a->kind != PY_FLOAT && b->kind != PY_FLOAT &&
		    !a->big && !b->big)
			return a->integer == b->integer;
		return py_number(a) == py_number(b);
	}
	if (a->kind != b->kind)
		return false;
	switch (a->kind) {
	case PY_NONE:
		return true;
	case PY_STR:
	case PY_OTHER:
		return a->len == b->len &&
		    memcmp(a->text, b->text, a->len) == 0;
	case PY_LIST:
		if (a->count != b->count)
			return false;
		for (i = 0; i < a->count; i++)
			if (!py_equal(a->items[i], b->items[i]))
				return false;
		return true;
	case PY_DICT:
		return py_dict_equal(a, b);
	case PY_BOOL:
	case PY_INT:
	case PY_FLOAT:
		break;
	}
	return false;
}

const char *
py_type_name(const struct pyval *v)
{
	switch (v->kind) {
	case PY_NONE:
		return "NoneType";
	case PY_BOOL:
		return "bool";
	case PY_INT:
		return "int";
	case PY_FLOAT:
		return "float";
	case PY_STR:
		return "str";
	case PY_LIST:
		return "list";
	case PY_DICT:
		return "dict";
	case PY_OTHER:
		return v->type_name;
	}
	return "object";
}

/* repr() of a str: single quotes unless only double quotes avoid escapes. */
static char *
py_repr_str(const char *s, size_t len)
{
	bool has_single = memchr(s, '\'', len) != NULL;
	char quote = has_single && memchr(s, '"', len) == NULL ? '"' : '\'';
	char *out = xmalloc(len * 4 + 3), *p = out;
	size_t i;

	*p++ = quote;
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == (unsigned char)quote || c == '\\') {
			*p++ = '\\';
			*p++ = (char)c;
		} else if (c == '\n')
			p += sprintf(p, "\\n");
		else if (c == '\t')
			p += sprintf(p, "\\t");
		else if (c == '\r')
			p += sprintf(p, "\\r");
		else if (c < 0x20 || c == 0x7f)
			p += sprintf(p, "\\x%02x", c);
		else
			*p++ = (char)c;
	}
	*p++ = quote;
	*p = '\0';
	return out;
}

/* Items of a list or dict, each as repr(), joined as Python joins them. */
static char *
py_repr_items(const struct pyval *v)
{
	bool dict = v->kind == PY_DICT;
	struct strbuf b = STRBUF_INIT;
	char *item;
	size_t i;

	strbuf_adds(&b, dict ? "{" : "[");
	for (i = 0; i < v->count; i++) {
		if (i > 0)
			strbuf_adds(&b, ", ");
		if (dict) {
			item = py_repr(v->keys[i]);
			strbuf_adds(&b, item);
			strbuf_adds(&b, ": ");
			free(item);
		}
		item = py_repr(v->items[i]);
		strbuf_adds(&b, item);
		free(item);
	}
	strbuf_adds(&b, dict ? "}" : "]");
	return strbuf_take(&b);
}

char *
py_repr(const struct pyval *v)
{
	if (v->kind == PY_STR)
		return py_repr_str(v->text, v->len);
	return py_str_of(v);
}

char *
py_str_of(const struct pyval *v)
{
	char buf[PYFLOAT_BUFSIZE];

	switch (v->kind) {
	case PY_NONE:
		return xstrdup("None");
	case PY_BOOL:
		return xstrdup(v->boolean ? "True" : "False");
	case PY_INT:
		if (v->big)
			return xstrdup(v->text);
		return xasprintf("%lld", (long long)v->integer);
	case PY_FLOAT:
		return xstrdup(pyfloat_repr(v->real, buf));
	case PY_STR:
	case PY_OTHER:
		return xstrndup(v->text, v->len);
	case PY_LIST:
	case PY_DICT:
		return py_repr_items(v);
	}
	return xstrdup("?");
}

enum py_cmp
py_compare(const struct pyval *v, const char *op, double number,
    bool number_is_int, char **error)
{
	double x;
	bool r;

	*error = NULL;
	if (!py_is_number(v)) {
		*error = xasprintf("'%s' not supported between instances of "
		    "'%s' and '%s'", op, py_type_name(v),
		    number_is_int ? "int" : "float");
		return PY_CMP_TYPE_ERROR;
	}
	x = py_number(v);
	if (strcmp(op, ">") == 0)
		r = x > number;
	else if (strcmp(op, ">=") == 0)
		r = x >= number;
	else if (strcmp(op, "<") == 0)
		r = x < number;
	else
		r = x <= number;
	return r ? PY_CMP_TRUE : PY_CMP_FALSE;
}

cJSON *
pyval_to_json(const struct pyval *v)
{
	char buf[PYFLOAT_BUFSIZE], *text, *key;
	cJSON *out;
	size_t i;

	switch (v->kind) {
	case PY_NONE:
		return cJSON_CreateNull();
	case PY_BOOL:
		return cJSON_CreateBool(v->boolean);
	case PY_INT:
		text = py_str_of(v);
		out = cJSON_CreateRaw(text);
		free(text);
		return out;
	case PY_FLOAT:
		if (isnan(v->real))
			return cJSON_CreateRaw("NaN");
		if (isinf(v->real))
			return cJSON_CreateRaw(v->real > 0 ? "Infinity" :
			    "-Infinity");
		return cJSON_CreateRaw(pyfloat_repr(v->real, buf));
	case PY_STR:
	case PY_OTHER:
		return cJSON_CreateString(v->text);
	case PY_LIST:
		out = cJSON_CreateArray();
		for (i = 0; i < v->count; i++)
			cJSON_AddItemToArray(out, pyval_to_json(v->items[i]));
		return out;
	case PY_DICT:
		out = cJSON_CreateObject();
		for (i = 0; i < v->count; i++) {
			/* json.dumps writes keys with str(): 1 -> "1". */
			key = v->keys[i]->kind == PY_BOOL ?
			    xstrdup(v->keys[i]->boolean ? "true" : "false") :
			    v->keys[i]->kind == PY_NONE ? xstrdup("null") :
			    py_str_of(v->keys[i]);
			cJSON_AddItemToObject(out, key,
			    pyval_to_json(v->items[i]));
			free(key);
		}
		return out;
	}
	return cJSON_CreateNull();
}
