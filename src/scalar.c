/*
 * scalar.c: scalar resolution and construction (see scalar.h).
 *
 * The PyYAML half follows yaml/resolver.py (the implicit resolvers, in
 * their registration order) and yaml/constructor.py (SafeConstructor) of
 * PyYAML 6; each matcher below names the regular expression it stands for.
 * Python's int() and float() are reproduced where PyYAML calls them,
 * including int()'s 4300-digit limit. Nothing here knows about files.
 */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scalar-internal.h"
#include "targs/scalar.h"
#include "targs/xalloc.h"

#define YAML_TAG_PREFIX "tag:yaml.org,2002:"

static const char *const scalar_tag_names[] = {
	[SCALAR_TAG_NULL] = YAML_TAG_PREFIX "null",
	[SCALAR_TAG_BOOL] = YAML_TAG_PREFIX "bool",
	[SCALAR_TAG_INT] = YAML_TAG_PREFIX "int",
	[SCALAR_TAG_FLOAT] = YAML_TAG_PREFIX "float",
	[SCALAR_TAG_STR] = YAML_TAG_PREFIX "str",
	[SCALAR_TAG_TIMESTAMP] = YAML_TAG_PREFIX "timestamp",
	[SCALAR_TAG_BINARY] = YAML_TAG_PREFIX "binary",
	[SCALAR_TAG_MERGE] = YAML_TAG_PREFIX "merge",
	[SCALAR_TAG_VALUE] = YAML_TAG_PREFIX "value",
	[SCALAR_TAG_MAP] = YAML_TAG_PREFIX "map",
	[SCALAR_TAG_SEQ] = YAML_TAG_PREFIX "seq",
	[SCALAR_TAG_SET] = YAML_TAG_PREFIX "set",
	[SCALAR_TAG_OMAP] = YAML_TAG_PREFIX "omap",
	[SCALAR_TAG_PAIRS] = YAML_TAG_PREFIX "pairs",
	[SCALAR_TAG_UNKNOWN] = NULL,
};

char *
scalar_tag_short(const char *tag)
{
	static const char prefix[] = YAML_TAG_PREFIX;

	if (strncmp(tag, prefix, sizeof prefix - 1) == 0)
		return xasprintf("!!%s", tag + sizeof prefix - 1);
	return xstrdup(tag);
}

enum scalar_tag
scalar_tag_of(const char *tag)
{
	size_t i;

	/* JSON's scalars carry these very strings: no need to compare */
	for (i = 0; i < SCALAR_TAG_UNKNOWN; i++)
		if (tag == scalar_tag_names[i])
			return (enum scalar_tag)i;
	for (i = 0; i < SCALAR_TAG_UNKNOWN; i++)
		if (strcmp(tag, scalar_tag_names[i]) == 0)
			return (enum scalar_tag)i;
	return SCALAR_TAG_UNKNOWN;
}

const char *
scalar_tag_name(enum scalar_tag tag)
{
	return scalar_tag_names[tag];
}

/* A cursor over the scalar's text, for the matchers. */
struct scan {
	const char	*s;
	size_t		 len;
	size_t		 i;
};

static bool
scan_end(const struct scan *sc)
{
	return sc->i == sc->len;
}

static bool
scan_char(struct scan *sc, char c)
{
	if (sc->i < sc->len && sc->s[sc->i] == c) {
		sc->i++;
		return true;
	}
	return false;
}

static bool
scan_one_of(struct scan *sc, const char *set)
{
	if (sc->i < sc->len && sc->s[sc->i] != '\0' &&
	    strchr(set, sc->s[sc->i]) != NULL) {
		sc->i++;
		return true;
	}
	return false;
}

/* Consumes a run of characters from set; returns how many. */
static size_t
scan_run(struct scan *sc, const char *set)
{
	size_t start = sc->i;

	while (scan_one_of(sc, set))
		;
	return sc->i - start;
}

#define DIGITS "0123456789"
#define DIGITS_ "0123456789_"

static bool
text_in(const char *s, size_t len, const char *const *words)
{
	for (; *words != NULL; words++)
		if (strlen(*words) == len && memcmp(*words, s, len) == 0)
			return true;
	return false;
}

/* ^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$ */
static bool
pyyaml_is_bool(const char *s, size_t len)
{
	static const char *const words[] = {
		"yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE",
		"false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF",
		NULL,
	};
	return text_in(s, len, words);
}

/* ^(?: ~ |null|Null|NULL | )$ */
static bool
yaml_is_null(const char *s, size_t len)
{
	static const char *const words[] = { "~", "null", "Null", "NULL", NULL };

	return len == 0 || text_in(s, len, words);
}

/* The spellings of infinity (after ".") and NaN both schemas share. */
static const char *const inf_words[] = { "inf", "Inf", "INF", NULL };
static const char *const nan_words[] = { ".nan", ".NaN", ".NAN", NULL };

/* (?::[0-5]?[0-9])+ : one or more sexagesimal groups. */
static bool
scan_sexagesimal(struct scan *sc)
{
	size_t groups = 0;

	while (scan_char(sc, ':')) {
		if (scan_one_of(sc, "012345"))
			scan_one_of(sc, DIGITS);
		else if (!scan_one_of(sc, DIGITS))
			return false;
		groups++;
	}
	return groups > 0;
}

/*
 * ^(?:[-+]?0b[0-1_]+ |[-+]?0[0-7_]+ |[-+]?(?:0|[1-9][0-9_]*)
 *    |[-+]?0x[0-9a-fA-F_]+ |[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$
 */
static bool
pyyaml_is_int(const char *s, size_t len)
{
	struct scan sc = { s, len, 0 };
	size_t body;

	scan_one_of(&sc, "-+");
	body = sc.i;
	if (scan_char(&sc, '0')) {
		if (scan_end(&sc))
			return true;
		if (scan_char(&sc, 'b'))
			return scan_run(&sc, "01_") > 0 && scan_end(&sc);
		if (scan_char(&sc, 'x'))
			return scan_run(&sc, "0123456789abcdefABCDEF_") > 0 &&
			    scan_end(&sc);
		return scan_run(&sc, "01234567_") > 0 && scan_end(&sc);
	}
	sc.i = body;
	if (!scan_one_of(&sc, "123456789"))
		return false;
	scan_run(&sc, DIGITS_);
	if (scan_end(&sc))
		return true;
	return scan_sexagesimal(&sc) && scan_end(&sc);
}

/* (?:[eE][-+][0-9]+)? : PyYAML's exponent needs a sign. */
static bool
scan_pyyaml_exponent(struct scan *sc)
{
	if (!scan_one_of(sc, "eE"))
		return true;
	return scan_one_of(sc, "-+") && scan_run(sc, DIGITS) > 0;
}

/*
 * ^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?
 *    |\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?
 *    |[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*
 *    |[-+]?\.(?:inf|Inf|INF) |\.(?:nan|NaN|NAN))$
 */
static bool
pyyaml_is_float(const char *s, size_t len)
{
	struct scan sc = { s, len, 0 };
	bool sign;

	if (text_in(s, len, nan_words))
		return true;
	sign = scan_one_of(&sc, "-+");
	if (scan_char(&sc, '.')) {
		if (text_in(s + sc.i, len - sc.i, inf_words))
			return true;
		/* the second alternative takes no sign */
		if (sign || !scan_one_of(&sc, DIGITS))
			return false;
		scan_run(&sc, DIGITS_);
		return scan_pyyaml_exponent(&sc) && scan_end(&sc);
	}
	if (!scan_one_of(&sc, DIGITS))
		return false;
	scan_run(&sc, DIGITS_);
	if (sc.i < len && s[sc.i] == ':') {
		if (!scan_sexagesimal(&sc) || !scan_char(&sc, '.'))
			return false;
		scan_run(&sc, DIGITS_);
		return scan_end(&sc);
	}
	if (!scan_char(&sc, '.'))
		return false;
	scan_run(&sc, DIGITS_);
	return scan_pyyaml_exponent(&sc) && scan_end(&sc);
}

/*
 * The float resolver OmegaConf's loader adds after PyYAML's own (omry/
 * omegaconf, omegaconf/_utils.py get_yaml_loader, v2.3.0), where it
 * decides what the others leave: an exponent without a sign or without a
 * dot, so 1e-4 and 1.0e4 are floats there.
 *   [-+]?[0-9]+(?:_[0-9]+)*\.[0-9_]*(?:[eE][-+]?[0-9]+)?
 *   |[-+]?[0-9]+(?:_[0-9]+)*(?:[eE][-+]?[0-9]+)
 * (its other alternatives are PyYAML's).
 */
static bool
omegaconf_is_float(const char *s, size_t len)
{
	struct scan sc = { s, len, 0 };
	bool dot;

	scan_one_of(&sc, "-+");
	if (scan_run(&sc, DIGITS) == 0)
		return false;
	while (scan_char(&sc, '_'))
		if (scan_run(&sc, DIGITS) == 0)
			return false;
	if ((dot = scan_char(&sc, '.')))
		scan_run(&sc, DIGITS_);
	if (!scan_one_of(&sc, "eE"))
		return dot && scan_end(&sc);
	scan_one_of(&sc, "-+");
	return scan_run(&sc, DIGITS) > 0 && scan_end(&sc);
}

/* Fields of a timestamp, as the constructor's regular expression splits it. */
struct timestamp_parts {
	const char	*year, *month, *day, *hour, *minute, *second, *fraction;
	size_t		 month_len, day_len, hour_len, fraction_len;
	const char	*tz;          /* "Z" or the sign; NULL when none */
	const char	*tz_hour, *tz_minute;
	size_t		 tz_hour_len;
};

/* [0-9][0-9]? */
static bool
scan_digits_1_2(struct scan *sc, const char **start, size_t *n)
{
	*start = sc->s + sc->i;
	if (!scan_one_of(sc, DIGITS))
		return false;
	*n = scan_one_of(sc, DIGITS) ? 2 : 1;
	return true;
}

static bool
scan_digits_n(struct scan *sc, size_t n, const char **start)
{
	size_t k;

	*start = sc->s + sc->i;
	for (k = 0; k < n; k++)
		if (!scan_one_of(sc, DIGITS))
			return false;
	return true;
}

/*
 * The constructor's timestamp_regexp:
 * ^(?P<year>[0-9]{4})-(?P<month>[0-9][0-9]?)-(?P<day>[0-9][0-9]?)
 *  (?:(?:[Tt]|[ \t]+)(?P<hour>[0-9][0-9]?):(?P<minute>[0-9][0-9])
 *  :(?P<second>[0-9][0-9])(?:\.(?P<fraction>[0-9]*))?
 *  (?:[ \t]*(?P<tz>Z|(?P<tz_sign>[-+])(?P<tz_hour>[0-9][0-9]?)
 *  (?::(?P<tz_minute>[0-9][0-9]))?))?)?$
 * With strict set, the resolver's narrower form: a date alone needs two
 * digits of month and day.
 */
static bool
timestamp_split(const char *s, size_t len, bool strict,
    struct timestamp_parts *p)
{
	struct scan sc = { s, len, 0 };

	memset(p, 0, sizeof *p);
	if (!scan_digits_n(&sc, 4, &p->year) || !scan_char(&sc, '-') ||
	    !scan_digits_1_2(&sc, &p->month, &p->month_len) ||
	    !scan_char(&sc, '-') || !scan_digits_1_2(&sc, &p->day, &p->day_len))
		return false;
	if (scan_end(&sc))
		return !strict || (p->month_len == 2 && p->day_len == 2);
	if (!scan_one_of(&sc, "Tt") && scan_run(&sc, " \t") == 0)
		return false;
	if (!scan_digits_1_2(&sc, &p->hour, &p->hour_len) ||
	    !scan_char(&sc, ':') || !scan_digits_n(&sc, 2, &p->minute) ||
	    !scan_char(&sc, ':') || !scan_digits_n(&sc, 2, &p->second))
		return false;
	if (scan_char(&sc, '.')) {
		p->fraction = s + sc.i;
		p->fraction_len = scan_run(&sc, DIGITS);
	}
	if (scan_end(&sc))
		return true;
	scan_run(&sc, " \t");
	p->tz = s + sc.i;
	if (scan_char(&sc, 'Z'))
		return scan_end(&sc);
	if (!scan_one_of(&sc, "-+") ||
	    !scan_digits_1_2(&sc, &p->tz_hour, &p->tz_hour_len))
		return false;
	if (scan_char(&sc, ':') && !scan_digits_n(&sc, 2, &p->tz_minute))
		return false;
	return scan_end(&sc);
}

/* True when c, a scalar's first byte, is one of first (never NUL). */
static bool
first_in(char c, const char *first)
{
	return c != '\0' && strchr(first, c) != NULL;
}

/*
 * The implicit resolvers of PyYAML's Resolver, in registration order.
 * PyYAML files each one under the characters its pattern can start with
 * and tries only those of the scalar's first character (the empty scalar
 * only null): the same answers, and most strings decided at once.
 */
static enum scalar_tag
pyyaml_resolve_plain(const char *s, size_t len, bool omegaconf)
{
	struct timestamp_parts parts;
	char c = len > 0 ? s[0] : '\0';

	if (len == 0)
		return SCALAR_TAG_NULL;
	if (first_in(c, "yYnNtTfFoO") && pyyaml_is_bool(s, len))
		return SCALAR_TAG_BOOL;
	if (first_in(c, "-+0123456789.") && pyyaml_is_float(s, len))
		return SCALAR_TAG_FLOAT;
	if (first_in(c, "-+0123456789") && pyyaml_is_int(s, len))
		return SCALAR_TAG_INT;
	if (c == '<' && len == 2 && s[1] == '<')
		return SCALAR_TAG_MERGE;
	if (first_in(c, "~nN") && yaml_is_null(s, len))
		return SCALAR_TAG_NULL;
	/* OmegaConf's loader drops the timestamp resolver */
	if (!omegaconf && first_in(c, "0123456789") &&
	    timestamp_split(s, len, true, &parts))
		return SCALAR_TAG_TIMESTAMP;
	if (c == '=' && len == 1)
		return SCALAR_TAG_VALUE;
	/* and files its own float resolver after PyYAML's */
	if (omegaconf && first_in(c, "-+0123456789.") &&
	    omegaconf_is_float(s, len))
		return SCALAR_TAG_FLOAT;
	return SCALAR_TAG_STR;
}

/* YAML 1.2.2 §10.3.2: true|True|TRUE|false|False|FALSE */
static bool
core_is_bool(const char *s, size_t len)
{
	static const char *const words[] = {
		"true", "True", "TRUE", "false", "False", "FALSE", NULL,
	};
	return text_in(s, len, words);
}

/* [-+]?[0-9]+ | 0o[0-7]+ | 0x[0-9a-fA-F]+ */
static bool
core_is_int(const char *s, size_t len)
{
	struct scan sc = { s, len, 0 };

	if (len > 2 && s[0] == '0' && s[1] == 'o') {
		sc.i = 2;
		return scan_run(&sc, "01234567") > 0 && scan_end(&sc);
	}
	if (len > 2 && s[0] == '0' && s[1] == 'x') {
		sc.i = 2;
		return scan_run(&sc, "0123456789abcdefABCDEF") > 0 &&
		    scan_end(&sc);
	}
	scan_one_of(&sc, "-+");
	return scan_run(&sc, DIGITS) > 0 && scan_end(&sc);
}

/*
 * [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
 * | [-+]?\.(inf|Inf|INF) | \.(nan|NaN|NAN)
 */
static bool
core_is_float(const char *s, size_t len)
{
	struct scan sc = { s, len, 0 };

	if (text_in(s, len, nan_words))
		return true;
	scan_one_of(&sc, "-+");
	if (scan_char(&sc, '.')) {
		if (text_in(s + sc.i, len - sc.i, inf_words))
			return true;
		if (scan_run(&sc, DIGITS) == 0)
			return false;
	} else {
		if (scan_run(&sc, DIGITS) == 0)
			return false;
		if (scan_char(&sc, '.'))
			scan_run(&sc, DIGITS);
	}
	if (scan_one_of(&sc, "eE")) {
		scan_one_of(&sc, "-+");
		if (scan_run(&sc, DIGITS) == 0)
			return false;
	}
	return scan_end(&sc);
}

static enum scalar_tag
core_resolve_plain(const char *s, size_t len)
{
	if (yaml_is_null(s, len))
		return SCALAR_TAG_NULL;
	if (core_is_bool(s, len))
		return SCALAR_TAG_BOOL;
	if (core_is_int(s, len))
		return SCALAR_TAG_INT;
	if (core_is_float(s, len))
		return SCALAR_TAG_FLOAT;
	if (len == 2 && memcmp(s, "<<", 2) == 0)
		return SCALAR_TAG_MERGE;
	return SCALAR_TAG_STR;
}

enum scalar_tag
scalar_resolve(const struct value *node, enum scalar_schema schema)
{
	bool implicit;

	/*
	 * As PyYAML's parser decides: a plain scalar without a tag, or any
	 * scalar with the non-specific tag "!", is resolved from its text.
	 */
	if (node->tag == NULL)
		implicit = node->style == VALUE_STYLE_PLAIN;
	else
		implicit = strcmp(node->tag, "!") == 0;
	if (!implicit)
		return node->tag == NULL ? SCALAR_TAG_STR : scalar_tag_of(node->tag);
	switch (schema) {
	case SCALAR_SCHEMA_PYYAML:
		return pyyaml_resolve_plain(node->text, node->len, false);
	case SCALAR_SCHEMA_OMEGACONF:
		return pyyaml_resolve_plain(node->text, node->len, true);
	case SCALAR_SCHEMA_CORE:
		return core_resolve_plain(node->text, node->len);
	}
	return SCALAR_TAG_STR;
}

/* A working copy of text with PyYAML's replace('_', '') applied. */
char *
scalar_copy_without_underscores(const char *s, size_t len, size_t *out_len)
{
	char *copy = xmalloc(len + 1);
	size_t i, n = 0;

	for (i = 0; i < len; i++)
		if (s[i] != '_')
			copy[n++] = s[i];
	copy[n] = '\0';
	*out_len = n;
	return copy;
}

bool
scalar_is_py_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
	    c == '\f';
}

int
scalar_digit_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'Z')
		return c - 'A' + 10;
	return 99;
}

void
scalar_py_int_digits(const char *s, size_t len, int base, size_t *start,
    size_t *end, bool *negative)
{
	static const char prefix[17] = { [2] = 'b', [8] = 'o', [16] = 'x' };
	size_t i = 0, e = len;

	while (i < e && scalar_is_py_space(s[i]))
		i++;
	while (e > i && scalar_is_py_space(s[e - 1]))
		e--;
	*negative = false;
	if (i < e && (s[i] == '-' || s[i] == '+'))
		*negative = s[i++] == '-';
	if (base != 10 && e - i >= 2 && s[i] == '0' &&
	    tolower((unsigned char)s[i + 1]) == prefix[base])
		i += 2;
	*start = i;
	*end = e;
}

/*
 * Python's int(text, base) for base 2, 8, 10 or 16 on text without
 * underscores: white space around, a sign, for base 2/8/16 an optional
 * 0b/0o/0x prefix, then at least one digit.
 */
static enum scalar_error
py_int(const char *s, size_t len, int base, struct scalar *out)
{
	size_t i, end, digits = 0;
	bool negative;
	uint64_t acc = 0;
	double real = 0;
	int d;

	scalar_py_int_digits(s, len, base, &i, &end, &negative);
	out->type = SCALAR_INT;
	out->big = false;
	for (; i < end; i++, digits++) {
		d = scalar_digit_value(s[i]);
		if (d >= base)
			return SCALAR_ERROR_BAD_VALUE;
		if (acc > (UINT64_MAX - (uint64_t)d) / (uint64_t)base)
			out->big = true;
		acc = acc * (uint64_t)base + (uint64_t)d;
		real = real * base + d;
	}
	if (digits == 0)
		return SCALAR_ERROR_BAD_VALUE;
	if (base == 10 && digits > SCALAR_MAX_INT_DIGITS)
		return SCALAR_ERROR_TOO_LONG;
	if (acc > (uint64_t)INT64_MAX + negative)
		out->big = true;
	if (base == 10)
		real = strtod(s + (end - digits), NULL);
	out->real = negative ? -real : real;
	if (out->big)
		out->integer = negative ? INT64_MIN : INT64_MAX;
	else
		out->integer = negative ? (int64_t)(0 - acc) : (int64_t)acc;
	return SCALAR_OK;
}

/* Multiplies an int result by sign, keeping big values big. */
static void
int_apply_sign(struct scalar *out, int sign)
{
	if (sign > 0)
		return;
	out->real = -out->real;
	if (out->big || out->integer == INT64_MIN) {
		out->integer = out->integer == INT64_MIN ? INT64_MAX : INT64_MIN;
		out->big = true;
	} else
		out->integer = -out->integer;
}

/* sum(int(part) * 60**k), for "190:20:30". */
static enum scalar_error
int_sexagesimal(const char *s, size_t len, struct scalar *out)
{
	struct scalar part;
	enum scalar_error err;
	uint64_t acc = 0;
	double real = 0;
	size_t start = 0, i;
	bool big = false;

	for (i = 0; i <= len; i++) {
		if (i < len && s[i] != ':')
			continue;
		memset(&part, 0, sizeof part);
		err = py_int(s + start, i - start, 10, &part);
		if (err != SCALAR_OK)
			return err;
		if (part.big || part.integer < 0 ||
		    acc > (UINT64_MAX - (uint64_t)part.integer) / 60)
			big = true;
		acc = acc * 60 + (uint64_t)part.integer;
		real = real * 60 + part.real;
		start = i + 1;
	}
	out->type = SCALAR_INT;
	out->big = big || acc > INT64_MAX;
	out->integer = out->big ? INT64_MAX : (int64_t)acc;
	out->real = real;
	return SCALAR_OK;
}

/* SafeConstructor.construct_yaml_int */
static enum scalar_error
construct_pyyaml_int(const char *text, size_t len, struct scalar *out)
{
	size_t n;
	char *v = scalar_copy_without_underscores(text, len, &n);
	char *p = v;
	enum scalar_error err;
	int sign = 1;

	if (n == 0) {
		free(v);
		return SCALAR_ERROR_BAD_VALUE; /* value[0]: IndexError */
	}
	if (p[0] == '-')
		sign = -1;
	if (p[0] == '+' || p[0] == '-') {
		p++;
		n--;
	}
	if (n == 1 && p[0] == '0') {
		out->type = SCALAR_INT;
		out->integer = 0;
		out->real = 0;
		free(v);
		return SCALAR_OK;
	}
	if (n == 0)
		err = SCALAR_ERROR_BAD_VALUE;
	else if (n >= 2 && p[0] == '0' && p[1] == 'b')
		err = py_int(p + 2, n - 2, 2, out);
	else if (n >= 2 && p[0] == '0' && p[1] == 'x')
		err = py_int(p + 2, n - 2, 16, out);
	else if (p[0] == '0')
		err = py_int(p, n, 8, out);
	else if (memchr(p, ':', n) != NULL)
		err = int_sexagesimal(p, n, out);
	else
		err = py_int(p, n, 10, out);
	free(v);
	if (err == SCALAR_OK)
		int_apply_sign(out, sign);
	return err;
}

/* The core schema's int: decimal (leading zeros allowed), 0o, 0x. */
static enum scalar_error
construct_core_int(const char *s, size_t len, struct scalar *out)
{
	if (len > 2 && s[0] == '0' && s[1] == 'o')
		return py_int(s + 2, len - 2, 8, out);
	if (len > 2 && s[0] == '0' && s[1] == 'x')
		return py_int(s + 2, len - 2, 16, out);
	return py_int(s, len, 10, out);
}

static bool
equals_lower(const char *s, size_t len, const char *word)
{
	size_t i;

	if (strlen(word) != len)
		return false;
	for (i = 0; i < len; i++)
		if (tolower((unsigned char)s[i]) != word[i])
			return false;
	return true;
}

/*
 * Python's float(text) on text without underscores: white space around,
 * a sign, then inf, infinity or nan in any case, or a decimal number with
 * an optional exponent. Hexadecimal, which strtod would take, is refused.
 */
static enum scalar_error
py_float(const char *s, size_t len, struct scalar *out)
{
	struct scan sc;
	size_t i = 0, end = len, mantissa;
	char *copy;

	while (i < end && scalar_is_py_space(s[i]))
		i++;
	while (end > i && scalar_is_py_space(s[end - 1]))
		end--;
	sc = (struct scan){ s, end, i };
	scan_one_of(&sc, "-+");
	if (equals_lower(s + sc.i, end - sc.i, "inf") ||
	    equals_lower(s + sc.i, end - sc.i, "infinity") ||
	    equals_lower(s + sc.i, end - sc.i, "nan"))
		goto convert;
	mantissa = scan_run(&sc, DIGITS);
	if (scan_char(&sc, '.'))
		mantissa += scan_run(&sc, DIGITS);
	if (mantissa == 0)
		return SCALAR_ERROR_BAD_VALUE;
	if (scan_one_of(&sc, "eE")) {
		scan_one_of(&sc, "-+");
		if (scan_run(&sc, DIGITS) == 0)
			return SCALAR_ERROR_BAD_VALUE;
	}
	if (!scan_end(&sc))
		return SCALAR_ERROR_BAD_VALUE;
convert:
	copy = xstrndup(s + i, end - i);
	out->type = SCALAR_FLOAT;
	out->real = strtod(copy, NULL);
	free(copy);
	return SCALAR_OK;
}

/*
 * Python's float(s) or int(s) on a str: underscores as PEP 515 allows
 * them (each between two digits) are dropped, then py_float or py_int
 * reads the rest. A NUL or a misplaced underscore: not a number.
 */
static bool
py_number_of_str(const char *s, size_t len, bool integer,
    struct scalar *out)
{
	enum scalar_error err;
	size_t i, n;
	char *copy;

	if (memchr(s, '\0', len) != NULL)
		return false;
	for (i = 0; i < len; i++)
		if (s[i] == '_' && (i == 0 || i + 1 == len ||
		    !isdigit((unsigned char)s[i - 1]) ||
		    !isdigit((unsigned char)s[i + 1])))
			return false;
	copy = scalar_copy_without_underscores(s, len, &n);
	memset(out, 0, sizeof *out);
	err = integer ? py_int(copy, n, 10, out) : py_float(copy, n, out);
	free(copy);
	return err == SCALAR_OK;
}

bool
scalar_python_float(const char *s, size_t len, double *x)
{
	struct scalar out;

	if (!py_number_of_str(s, len, false, &out))
		return false;
	*x = out.real;
	return true;
}

bool
scalar_python_int(const char *s, size_t len, int64_t *x)
{
	struct scalar out;

	if (!py_number_of_str(s, len, true, &out) || out.big)
		return false;
	*x = out.integer;
	return true;
}

/* SafeConstructor.construct_yaml_float */
static enum scalar_error
construct_pyyaml_float(const char *text, size_t len, struct scalar *out)
{
	size_t n, i, start, end;
	char *v = scalar_copy_without_underscores(text, len, &n);
	char *p = v;
	double sign = 1.0, value = 0.0, base = 1.0;
	struct scalar part;
	enum scalar_error err = SCALAR_OK;

	for (i = 0; i < n; i++)
		v[i] = (char)tolower((unsigned char)v[i]);
	if (n == 0) {
		free(v);
		return SCALAR_ERROR_BAD_VALUE;
	}
	if (p[0] == '-')
		sign = -1.0;
	if (p[0] == '+' || p[0] == '-') {
		p++;
		n--;
	}
	out->type = SCALAR_FLOAT;
	if (n == 4 && memcmp(p, ".inf", 4) == 0)
		out->real = sign * INFINITY;
	else if (n == 4 && memcmp(p, ".nan", 4) == 0) {
		out->real = NAN;
		out->nan_singleton = true;
	}
	else if (memchr(p, ':', n) != NULL) {
		/* digits reversed, value += digit * base, base *= 60 */
		for (end = n;; end = start - 1) {
			for (start = end; start > 0 && p[start - 1] != ':'; start--)
				;
			memset(&part, 0, sizeof part);
			err = py_float(p + start, end - start, &part);
			if (err != SCALAR_OK)
				break;
			value += part.real * base;
			base *= 60;
			if (start == 0)
				break;
		}
		out->type = SCALAR_FLOAT;
		out->real = sign * value;
	} else {
		err = py_float(p, n, out);
		out->real *= sign;
	}
	free(v);
	return err;
}

/* SafeConstructor.construct_yaml_bool: bool_values[value.lower()] */
static enum scalar_error
construct_bool(const char *s, size_t len, struct scalar *out)
{
	static const char *const yes[] = { "yes", "true", "on", NULL };
	static const char *const no[] = { "no", "false", "off", NULL };
	size_t i;

	out->type = SCALAR_BOOL;
	for (i = 0; yes[i] != NULL; i++) {
		if (equals_lower(s, len, yes[i])) {
			out->boolean = true;
			out->integer = 1;
			out->real = 1;
			return SCALAR_OK;
		}
		if (equals_lower(s, len, no[i])) {
			out->boolean = false;
			return SCALAR_OK;
		}
	}
	return SCALAR_ERROR_BAD_VALUE;
}

static int
parse_int_field(const char *s, size_t len)
{
	int v = 0;
	size_t i;

	for (i = 0; i < len; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

static bool
is_leap(int year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int
scalar_days_in_month(int year, int month)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	return month == 2 && is_leap(year) ? 29 : days[month - 1];
}

/* SafeConstructor.construct_yaml_timestamp, with datetime's range checks. */
static enum scalar_error
construct_timestamp(const char *s, size_t len, struct scalar *out)
{
	struct timestamp_parts p;
	struct scalar_time *t = &out->time;
	size_t k;

	if (!timestamp_split(s, len, false, &p))
		return SCALAR_ERROR_BAD_VALUE;
	memset(t, 0, sizeof *t);
	t->year = parse_int_field(p.year, 4);
	t->month = parse_int_field(p.month, p.month_len);
	t->day = parse_int_field(p.day, p.day_len);
	if (t->year < 1 || t->month < 1 || t->month > 12 || t->day < 1 ||
	    t->day > scalar_days_in_month(t->year, t->month))
		return SCALAR_ERROR_BAD_VALUE;
	out->type = SCALAR_DATE;
	if (p.hour == NULL)
		return SCALAR_OK;
	out->type = SCALAR_DATETIME;
	t->hour = parse_int_field(p.hour, p.hour_len);
	t->minute = parse_int_field(p.minute, 2);
	t->second = parse_int_field(p.second, 2);
	if (t->hour > 23 || t->minute > 59 || t->second > 59)
		return SCALAR_ERROR_BAD_VALUE;
	/* fraction[:6], padded with zeros to microseconds */
	for (k = 0; k < 6; k++)
		t->microsecond = t->microsecond * 10 +
		    (k < p.fraction_len ? p.fraction[k] - '0' : 0);
	if (p.tz == NULL)
		return SCALAR_OK;
	t->aware = true;
	if (*p.tz == 'Z')
		return SCALAR_OK;
	t->offset_minutes = parse_int_field(p.tz_hour, p.tz_hour_len) * 60 +
	    (p.tz_minute ? parse_int_field(p.tz_minute, 2) : 0);
	if (*p.tz == '-')
		t->offset_minutes = -t->offset_minutes;
	/* datetime.timezone needs a magnitude strictly below 24 hours */
	if (t->offset_minutes <= -24 * 60 || t->offset_minutes >= 24 * 60)
		return SCALAR_ERROR_BAD_VALUE;
	return SCALAR_OK;
}

/*
 * base64.decodebytes as PyYAML calls it: ASCII only; characters outside
 * the alphabet are skipped; the data must fill whole groups of four,
 * with = padding.
 */
static enum scalar_error
construct_binary(const char *s, size_t len, struct scalar *out)
{
	size_t i, data = 0, pad = 0;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 0x80)
			return SCALAR_ERROR_BAD_VALUE;
		if (c == '=')
			pad++;
		else if (isalnum(c) || c == '+' || c == '/') {
			if (pad > 0)
				break;
			data++;
		}
	}
	if (data % 4 == 1 || (data % 4 != 0 && data % 4 + pad < 4))
		return SCALAR_ERROR_BAD_VALUE;
	out->type = SCALAR_BYTES;
	out->text = s;
	out->len = len;
	return SCALAR_OK;
}

static char *
construct_message(const struct value *node, enum scalar_tag tag,
    enum scalar_error err)
{
	switch (err) {
	case SCALAR_OK:
		return NULL;
	case SCALAR_ERROR_UNKNOWN_TAG:
		return xasprintf("yaml.safe_load has no constructor for the tag "
		    "'%s'", node->tag);
	case SCALAR_ERROR_TOO_LONG:
		return xstrdup("Python's int() refuses decimal integers of more "
		    "than 4300 digits");
	case SCALAR_ERROR_BAD_VALUE:
		break;
	}
	switch (tag) {
	case SCALAR_TAG_INT:
		return xstrdup("not an integer that Python's int() can read");
	case SCALAR_TAG_FLOAT:
		return xstrdup("not a number that Python's float() can read");
	case SCALAR_TAG_BOOL:
		return xstrdup("not a boolean: PyYAML's !!bool takes "
		    "yes/no/true/false/on/off");
	case SCALAR_TAG_TIMESTAMP:
		return xstrdup("not a valid date or time: Python's datetime "
		    "refuses it");
	case SCALAR_TAG_BINARY:
		return xstrdup("not valid base64 data");
	default:
		return xasprintf("the tag '%s' cannot be built from a scalar",
		    scalar_tag_name(tag));
	}
}

enum scalar_error
scalar_construct(const struct value *node, enum scalar_schema schema,
    struct scalar *out, char **message)
{
	enum scalar_tag tag = scalar_resolve(node, schema);
	enum scalar_error err = SCALAR_OK;

	memset(out, 0, sizeof *out);
	*message = NULL;
	out->text = node->text;
	out->len = node->len;
	switch (tag) {
	case SCALAR_TAG_NULL:
		out->type = SCALAR_NULL;
		break;
	case SCALAR_TAG_BOOL:
		err = construct_bool(node->text, node->len, out);
		break;
	case SCALAR_TAG_INT:
		err = schema == SCALAR_SCHEMA_CORE && node->tag == NULL ?
		    construct_core_int(node->text, node->len, out) :
		    construct_pyyaml_int(node->text, node->len, out);
		break;
	case SCALAR_TAG_FLOAT:
		err = construct_pyyaml_float(node->text, node->len, out);
		break;
	case SCALAR_TAG_STR:
		out->type = SCALAR_STR;
		break;
	case SCALAR_TAG_TIMESTAMP:
		err = construct_timestamp(node->text, node->len, out);
		break;
	case SCALAR_TAG_BINARY:
		err = construct_binary(node->text, node->len, out);
		break;
	case SCALAR_TAG_MERGE:
	case SCALAR_TAG_VALUE:
	case SCALAR_TAG_UNKNOWN:
		/* SafeConstructor registers no constructor for these */
		err = SCALAR_ERROR_UNKNOWN_TAG;
		break;
	case SCALAR_TAG_MAP:
	case SCALAR_TAG_SEQ:
	case SCALAR_TAG_SET:
	case SCALAR_TAG_OMAP:
	case SCALAR_TAG_PAIRS:
		err = SCALAR_ERROR_BAD_VALUE;
		break;
	}
	if (err != SCALAR_OK) {
		if (err == SCALAR_ERROR_UNKNOWN_TAG && node->tag == NULL)
			*message = xasprintf("yaml.safe_load has no constructor "
			    "for the tag '%s' that %.*s implies",
			    scalar_tag_name(tag), (int)node->len, node->text);
		else
			*message = construct_message(node, tag, err);
	}
	return err;
}

const char *
scalar_type_python_name(enum scalar_type type)
{
	switch (type) {
	case SCALAR_NULL:
		return "None";
	case SCALAR_BOOL:
		return "bool";
	case SCALAR_INT:
		return "int";
	case SCALAR_FLOAT:
		return "float";
	case SCALAR_STR:
		return "str";
	case SCALAR_DATE:
		return "datetime.date";
	case SCALAR_DATETIME:
		return "datetime.datetime";
	case SCALAR_BYTES:
		return "bytes";
	}
	return "?";
}
