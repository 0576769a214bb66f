/*
 * scalar-key.c: when two scalars are one key of a Python dict. 1, 1.0 and
 * true are one key; ints of any size compare exactly (a small bignum in
 * base 10^9 gives their decimal text); aware datetimes compare as
 * instants. Typing itself is scalar.c's job.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scalar-internal.h"
#include "targs/scalar.h"
#include "targs/xalloc.h"

/* Days from 0001-01-01, for comparing aware datetimes as instants. */
static long
days_from_civil(int year, int month, int day)
{
	/* the proleptic Gregorian count, as datetime.toordinal() minus one */
	long y = year - 1;
	long days = y * 365 + y / 4 - y / 100 + y / 400;
	int m;

	for (m = 1; m < month; m++)
		days += scalar_days_in_month(year, m);
	return days + day - 1;
}

/* A non-negative integer as limbs of 10^9, least significant first. */
struct bignum {
	uint32_t	*limbs;
	size_t		 len;
};

static void
bignum_mul_add(struct bignum *b, uint32_t mul, uint32_t add)
{
	uint64_t carry = add, v;
	size_t i;

	for (i = 0; i < b->len; i++) {
		v = (uint64_t)b->limbs[i] * mul + carry;
		b->limbs[i] = (uint32_t)(v % 1000000000u);
		carry = v / 1000000000u;
	}
	while (carry > 0) {
		b->limbs = xreallocarray(b->limbs, b->len + 1, sizeof *b->limbs);
		b->limbs[b->len++] = (uint32_t)(carry % 1000000000u);
		carry /= 1000000000u;
	}
}

static char *
bignum_text(const struct bignum *b, bool negative)
{
	char *text, *p;
	size_t i;

	if (b->len == 0)
		return xstrdup("0");
	text = p = xmalloc(b->len * 9 + 3);
	if (negative)
		*p++ = '-';
	p += sprintf(p, "%u", b->limbs[b->len - 1]);
	for (i = b->len - 1; i-- > 0;)
		p += sprintf(p, "%09u", b->limbs[i]);
	return text;
}

/*
 * b = first group, then b = b * 60 + group for each later one. The first
 * group may be long; later ones are 0-59 in an implicit int, and an
 * explicit !!int with larger groups is clamped (a 1e9 group is absurd).
 */
static void
big_sexagesimal(struct bignum *b, const char *s, size_t n)
{
	uint32_t group = 0;
	bool first = true;
	size_t i;

	for (i = 0; i < n; i++) {
		if (s[i] == ':') {
			if (!first)
				bignum_mul_add(b, 60, group);
			first = false;
			group = 0;
		} else if (first)
			bignum_mul_add(b, 10, (uint32_t)scalar_digit_value(s[i]) % 10);
		else if (group < 100000000u)
			group = group * 10 + (uint32_t)scalar_digit_value(s[i]) % 10;
	}
	if (!first)
		bignum_mul_add(b, 60, group);
}

/*
 * Python's int(text, base) read again into b, with the digits where
 * construction found them (it has already accepted them). True if
 * negative.
 */
static bool
big_py_int(struct bignum *b, const char *s, size_t n, uint32_t base)
{
	size_t i, end;
	bool negative;
	int d;

	scalar_py_int_digits(s, n, (int)base, &i, &end, &negative);
	for (; i < end; i++) {
		d = scalar_digit_value(s[i]);
		if (d < (int)base)
			bignum_mul_add(b, base, (uint32_t)d);
	}
	return negative;
}

/*
 * The exact decimal text of an int that does not fit int64_t, read again
 * from the node with the dispatch construction used (scalar.c): PyYAML's
 * sign and prefix on the raw text, then int(); the core schema's 0o/0x.
 */
static char *
big_int_decimal(const struct value *node, enum scalar_schema schema)
{
	struct bignum b = { NULL, 0 };
	size_t n;
	char *v = scalar_copy_without_underscores(node->text, node->len, &n);
	char *p = v, *text;
	bool negative = false, core = schema == SCALAR_SCHEMA_CORE &&
	    node->tag == NULL;
	uint32_t base = 10;

	if (core) {
		if (n > 2 && p[0] == '0' && (p[1] == 'o' || p[1] == 'x')) {
			base = p[1] == 'o' ? 8 : 16;
			p += 2;
			n -= 2;
		}
	} else {
		if (n > 0 && (p[0] == '-' || p[0] == '+')) {
			negative = p[0] == '-';
			p++;
			n--;
		}
		if (n >= 2 && p[0] == '0' && (p[1] == 'b' || p[1] == 'x')) {
			base = p[1] == 'b' ? 2 : 16;
			p += 2;
			n -= 2;
		} else if (n > 0 && p[0] == '0')
			base = 8;
		else if (memchr(p, ':', n) != NULL)
			base = 60;
	}
	if (base == 60)
		big_sexagesimal(&b, p, n);
	else if (big_py_int(&b, p, n, base))
		negative = !negative;
	while (b.len > 0 && b.limbs[b.len - 1] == 0)
		b.len--;
	text = bignum_text(&b, negative && b.len > 0);
	free(b.limbs);
	free(v);
	return text;
}

void
scalar_dict_key(const struct value *node, enum scalar_schema schema,
    const struct scalar *s, char **key, size_t *len)
{
	static unsigned long nan_serial;
	const struct scalar_time *t = &s->time;
	long long seconds;
	char *k = NULL, *digits;

	switch (s->type) {
	case SCALAR_NULL:
		k = xstrdup("N");
		break;
	case SCALAR_BOOL:
		k = xstrdup(s->boolean ? "I1" : "I0");
		break;
	case SCALAR_INT:
		if (s->big) {
			digits = big_int_decimal(node, schema);
			k = xasprintf("I%s", digits);
			free(digits);
		} else
			k = xasprintf("I%lld", (long long)s->integer);
		break;
	case SCALAR_FLOAT:
		/*
		 * NaN equals nothing, but a dict finds a key by identity
		 * first, and every .nan is PyYAML's one nan_value object.
		 * An integral float is the int of the same value: %.0f
		 * prints a double's integer value exactly.
		 */
		if (isnan(s->real) && s->nan_singleton)
			k = xstrdup("nan");
		else if (isnan(s->real))
			k = xasprintf("nan%lu", nan_serial++);
		else if (isfinite(s->real) && s->real == floor(s->real))
			k = xasprintf("I%.0f", s->real == 0 ? 0.0 : s->real);
		else
			k = xasprintf("F%a", s->real);
		break;
	case SCALAR_STR:
	case SCALAR_BYTES:
		k = xmalloc(s->len + 2);
		k[0] = s->type == SCALAR_STR ? 'S' : 'Y';
		memcpy(k + 1, s->text, s->len);
		k[s->len + 1] = '\0';
		*key = k;
		*len = s->len + 1;
		return;
	case SCALAR_DATE:
		k = xasprintf("D%04d-%02d-%02d", t->year, t->month, t->day);
		break;
	case SCALAR_DATETIME:
		seconds = (long long)days_from_civil(t->year, t->month, t->day) *
		    86400 + t->hour * 3600 + t->minute * 60 + t->second;
		if (t->aware)
			k = xasprintf("TZ%lld.%06d", seconds -
			    (long long)t->offset_minutes * 60, t->microsecond);
		else
			k = xasprintf("TN%lld.%06d", seconds, t->microsecond);
		break;
	}
	*key = k;
	*len = strlen(k);
}
