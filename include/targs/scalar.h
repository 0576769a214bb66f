/*
 * scalar.h: what a scalar means, decided as the loader that will read the
 * file decides it.
 *
 * SCALAR_SCHEMA_PYYAML reproduces yaml.safe_load (PyYAML 6, YAML 1.1):
 * HfArgumentParser.parse_yaml_file reads files with it, so "5e-5" is a
 * string, "1.0e-5" a float, "no" the boolean false and "1_000" an int.
 * SCALAR_SCHEMA_OMEGACONF is OmegaConf's loader (LLaMA-Factory): PyYAML's
 * resolvers without timestamps, plus a float resolver that takes 1e-4.
 * SCALAR_SCHEMA_CORE is the YAML 1.2 core schema, for files read by other
 * loaders. Resolution (which tag a scalar gets) and construction (the
 * value that tag builds, or the exception it raises) are kept apart, as
 * PyYAML keeps its Resolver and Constructor apart.
 */
#ifndef TARGS_SCALAR_H
#define TARGS_SCALAR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "targs/value.h"

enum scalar_schema {
	SCALAR_SCHEMA_PYYAML,
	SCALAR_SCHEMA_CORE,
	SCALAR_SCHEMA_OMEGACONF,
};

/* The tags yaml.safe_load knows, plus one for every other tag. */
enum scalar_tag {
	SCALAR_TAG_NULL,
	SCALAR_TAG_BOOL,
	SCALAR_TAG_INT,
	SCALAR_TAG_FLOAT,
	SCALAR_TAG_STR,
	SCALAR_TAG_TIMESTAMP,
	SCALAR_TAG_BINARY,
	SCALAR_TAG_MERGE,   /* <<: only meaningful as a mapping key */
	SCALAR_TAG_VALUE,   /* =: only meaningful as a mapping key */
	SCALAR_TAG_MAP,
	SCALAR_TAG_SEQ,
	SCALAR_TAG_SET,
	SCALAR_TAG_OMAP,
	SCALAR_TAG_PAIRS,
	SCALAR_TAG_UNKNOWN,
};

/* The Python type a scalar is constructed as. */
enum scalar_type {
	SCALAR_NULL,
	SCALAR_BOOL,
	SCALAR_INT,
	SCALAR_FLOAT,
	SCALAR_STR,
	SCALAR_DATE,
	SCALAR_DATETIME,
	SCALAR_BYTES,
};

struct scalar_time {
	int	year, month, day;
	int	hour, minute, second, microsecond;
	bool	aware;           /* has a time zone */
	int	offset_minutes;  /* east of UTC, when aware */
};

struct scalar {
	enum scalar_type	 type;
	bool			 boolean;
	int64_t			 integer;
	bool			 big;      /* an int that does not fit int64_t */
	double			 real;     /* floats; ints too, rounded */
	bool			 nan_singleton; /* PyYAML's one .nan object */
	const char		*text;     /* str: the node's text */
	size_t			 len;
	struct scalar_time	 time;
};

enum scalar_error {
	SCALAR_OK,
	SCALAR_ERROR_UNKNOWN_TAG,  /* no constructor for the tag */
	SCALAR_ERROR_BAD_VALUE,    /* the constructor raised */
	SCALAR_ERROR_TOO_LONG,     /* an int of more than 4300 decimal digits */
};

/* Python refuses int() of longer decimal strings (sys.int_info). */
#define SCALAR_MAX_INT_DIGITS 4300

/*
 * Python's float(s) and int(s) (base 10) on a str, as argparse applies
 * them to a TRL config's values: white space around, underscores between
 * digits. True and *x when Python would convert it (int: within 64 bits).
 */
bool scalar_python_float(const char *s, size_t len, double *x);
bool scalar_python_int(const char *s, size_t len, int64_t *x);

/* The tag of a tag name ("tag:yaml.org,2002:int"); UNKNOWN if foreign. */
enum scalar_tag scalar_tag_of(const char *tag);
/* The full name of a known tag ("tag:yaml.org,2002:int"). */
const char *scalar_tag_name(enum scalar_tag tag);

/* "!!int" for the tags of tag:yaml.org,2002:, else the tag. Caller frees. */
char *scalar_tag_short(const char *tag);

/* The tag a scalar node resolves to: explicit, or implicit per schema. */
enum scalar_tag scalar_resolve(const struct value *node,
    enum scalar_schema schema);

/*
 * Builds the value of a scalar node as the schema's loader would. On
 * failure returns the kind of error and sets *message (caller frees) to
 * a lower-case sentence saying what Python raised.
 */
enum scalar_error scalar_construct(const struct value *node,
    enum scalar_schema schema, struct scalar *out, char **message);

/* "str", "int", "float", "bool", "None", "datetime.date", ... */
const char *scalar_type_python_name(enum scalar_type type);

/*
 * A byte string that two scalars share exactly when Python's dict would
 * treat them as the same key (1, 1.0 and true are one key; so are
 * 18446744073709551616 and 0x10000000000000000). NaN equals nothing, but
 * every PyYAML .nan is one object and so one key. s was constructed from
 * node with schema. Caller frees *key.
 */
void scalar_dict_key(const struct value *node, enum scalar_schema schema,
    const struct scalar *s, char **key, size_t *len);

#endif
