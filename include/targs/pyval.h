/*
 * pyval.h: values as Python holds them once a file is loaded.
 *
 * The rules of __post_init__ read and rewrite Python objects: a str where a
 * number belongs makes `x > 1` raise TypeError, `True` counts as the int 1,
 * `json.loads` turns a string into a dict. targs models those objects here
 * (None, bool, int, float, str, list, dict, and anything else PyYAML can
 * build as an opaque "other"), with Python's truthiness, comparisons,
 * str() and repr(), and writes them as to_dict()/json.dumps would.
 *
 * Values live in an arena and are never modified once built; a rule that
 * changes a parameter builds a new value.
 */
#ifndef TARGS_PYVAL_H
#define TARGS_PYVAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "targs/arena.h"
#include "targs/scalar.h"
#include "targs/value.h"

struct cJSON;

enum pyval_kind {
	PY_NONE,
	PY_BOOL,
	PY_INT,
	PY_FLOAT,
	PY_STR,
	PY_LIST,
	PY_DICT,
	PY_OTHER,  /* a date, datetime or bytes from a YAML tag */
};

struct pyval {
	enum pyval_kind		 kind;
	bool			 boolean;
	int64_t			 integer;
	bool			 big;     /* beyond int64_t: text has the digits */
	double			 real;    /* floats; ints too, rounded */
	const char		*text;    /* str, big int, other */
	size_t			 len;
	const char		*type_name; /* other: Python's type name */
	size_t			 count;   /* list items, dict entries */
	struct pyval		**items;  /* list items; dict values */
	struct pyval		**keys;   /* dict keys */
};

struct pyval *py_none(struct arena *a);
struct pyval *py_bool(struct arena *a, bool b);
struct pyval *py_int(struct arena *a, int64_t i);
struct pyval *py_float(struct arena *a, double x);
struct pyval *py_str(struct arena *a, const char *s);
struct pyval *py_strn(struct arena *a, const char *s, size_t len);
/* A list or dict with room for count items, all unset. */
struct pyval *py_list(struct arena *a, size_t count);
struct pyval *py_dict(struct arena *a, size_t count);
/* A copy of list with one more item at the end. */
struct pyval *py_list_append(struct arena *a, const struct pyval *list,
    struct pyval *item);
/* A copy of dict with key set to value (replaced in place, or appended). */
struct pyval *py_dict_set(struct arena *a, const struct pyval *dict,
    const char *key, struct pyval *value);

/*
 * The Python object a loaded node is, typed with schema. The loader has
 * already refused nodes Python could not build.
 */
struct pyval *pyval_from_node(struct arena *a, const struct value *node,
    enum scalar_schema schema);
/*
 * json.loads(text): the value, or NULL with *error (caller frees) saying
 * what Python's json module would object to. When Python would read the
 * text and only targs' own limits refuse it (a \u0000 escape, nesting
 * deeper than targs allows), *refused_by_targs is set.
 */
struct pyval *pyval_from_json(struct arena *a, const char *text, size_t len,
    char **error, bool *refused_by_targs);

/* The value of key in a dict whose key is that str, or NULL. */
struct pyval *py_dict_get(const struct pyval *dict, const char *key);

bool py_truthy(const struct pyval *v);
/* bool, int or float: what Python's numeric comparisons accept. */
bool py_is_number(const struct pyval *v);
/* An int, or a bool (which Python's isinstance(x, int) also accepts). */
bool py_is_int(const struct pyval *v);
/* A whole number that fits an int64_t, so that casting it is defined. */
bool py_is_integral(double x);
/* The numeric value of a number (bool as 0 or 1). */
double py_number(const struct pyval *v);
bool py_str_is(const struct pyval *v, const char *s);
/* Python's ==, which never raises. */
bool py_equal(const struct pyval *a, const struct pyval *b);

/* Python's type(v).__name__: "NoneType", "str", "int", ... */
const char *py_type_name(const struct pyval *v);
/* str(v) and repr(v), as Python writes them. Caller frees. */
char *py_str_of(const struct pyval *v);
char *py_repr(const struct pyval *v);

/*
 * The outcome of an ordering comparison of v with a number, as Python
 * evaluates `v OP number`: true, false, or TypeError when v is not a
 * number (then *error, which the caller frees, is Python's message).
 */
enum py_cmp {
	PY_CMP_FALSE,
	PY_CMP_TRUE,
	PY_CMP_TYPE_ERROR,
};
enum py_cmp py_compare(const struct pyval *v, const char *op, double number,
    bool number_is_int, char **error);

/* v as json.dumps writes it (NaN, Infinity, floats as repr). */
struct cJSON *pyval_to_json(const struct pyval *v);

#endif
