/*
 * test-diag.c: the code table (one row per id; "TA" and three digits,
 * ascending in enum order and unique; unique kebab-case names; summaries
 * that are sentences; valid severities and upstreams) and collecting
 * diagnostics: diag_add and diag_hint, the stable sort by position,
 * counting, the names of severities and upstreams, quoting user text, and
 * releasing a list without leaks (AddressSanitizer checks the last).
 */
#include "helpers.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "targs/diag.h"

static void
test_diag_table_rows(void **state)
{
	const struct diag_code *c;
	size_t i;

	(void)state;
	for (i = 0; i < DIAG_ID_COUNT; i++) {
		c = &diag_code_table[i];
		if (c->code == NULL || c->name == NULL || c->summary == NULL)
			fail_msg("diag id %zu has no row", i);
	}
}

static void
test_diag_table_codes(void **state)
{
	const char *code, *prev = NULL;
	size_t i, j;

	(void)state;
	for (i = 0; i < DIAG_ID_COUNT; i++) {
		code = diag_code_table[i].code;
		assert_non_null(code);
		if (strlen(code) != 5 || code[0] != 'T' || code[1] != 'A' ||
		    !isdigit((unsigned char)code[2]) ||
		    !isdigit((unsigned char)code[3]) ||
		    !isdigit((unsigned char)code[4]))
			fail_msg("diag id %zu: bad code '%s'", i, code);
		/* same length and digits: string order is number order */
		if (prev != NULL && strcmp(prev, code) >= 0)
			fail_msg("diag id %zu: '%s' not after '%s'", i, code,
			    prev);
		for (j = 0; j < i; j++)
			assert_string_not_equal(diag_code_table[j].code, code);
		prev = code;
	}
	assert_string_equal(diag_code_table[DIAG_INVALID_UTF8].code, "TA101");
}

/* Lower-case words of letters and digits joined by single hyphens. */
static bool
diag_is_kebab(const char *s)
{
	const char *p;

	if (*s == '\0' || *s == '-')
		return false;
	for (p = s; *p != '\0'; p++) {
		if (*p == '-') {
			if (p[1] == '-' || p[1] == '\0')
				return false;
		} else if (!(*p >= 'a' && *p <= 'z') &&
		    !(*p >= '0' && *p <= '9'))
			return false;
	}
	return true;
}

static void
test_diag_kebab_checker(void **state)
{
	static const struct {
		const char	*s;
		bool		 ok;
	} rows[] = {
		{ "yaml-syntax", true }, { "invalid-utf8", true },
		{ "x", true }, { "", false }, { "-a", false }, { "a-", false },
		{ "a--b", false }, { "Yaml-syntax", false },
		{ "yaml_syntax", false }, { "yaml syntax", false },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof rows / sizeof rows[0]; i++)
		assert_int_equal(diag_is_kebab(rows[i].s), rows[i].ok);
}

static void
test_diag_table_names(void **state)
{
	const char *name;
	size_t i, j;

	(void)state;
	for (i = 0; i < DIAG_ID_COUNT; i++) {
		name = diag_code_table[i].name;
		assert_non_null(name);
		if (!diag_is_kebab(name))
			fail_msg("diag id %zu: name '%s' is not kebab-case", i,
			    name);
		for (j = 0; j < i; j++)
			assert_string_not_equal(diag_code_table[j].name, name);
	}
	assert_string_equal(diag_code_table[DIAG_YAML_SYNTAX].name,
	    "yaml-syntax");
}

static void
test_diag_table_summaries(void **state)
{
	const char *summary;
	size_t i, len;

	(void)state;
	for (i = 0; i < DIAG_ID_COUNT; i++) {
		summary = diag_code_table[i].summary;
		assert_non_null(summary);
		len = strlen(summary);
		if (len < 2 || summary[len - 1] != '.')
			fail_msg("diag id %zu: summary '%s'", i, summary);
		/* A sentence, or one that starts with a `parameter`. */
		if (!isupper((unsigned char)summary[0]) &&
		    !isdigit((unsigned char)summary[0]) && summary[0] != '`')
			fail_msg("diag id %zu: summary starts '%c'", i,
			    summary[0]);
	}
}

static void
test_diag_table_kinds(void **state)
{
	const struct diag_code *c;
	size_t i;

	(void)state;
	for (i = 0; i < DIAG_ID_COUNT; i++) {
		c = &diag_code_table[i];
		if (c->severity != DIAG_ERROR && c->severity != DIAG_WARNING &&
		    c->severity != DIAG_INFO)
			fail_msg("diag id %zu: severity %d", i,
			    (int)c->severity);
		if (c->upstream != DIAG_UPSTREAM_NONE &&
		    c->upstream != DIAG_UPSTREAM_RAISES &&
		    c->upstream != DIAG_UPSTREAM_TRAINER &&
		    c->upstream != DIAG_UPSTREAM_ACCEPTS)
			fail_msg("diag id %zu: upstream %d", i,
			    (int)c->upstream);
		/* every severity and upstream has a printable name */
		assert_string_not_equal(diag_severity_name(c->severity), "?");
		if (c->upstream != DIAG_UPSTREAM_NONE)
			assert_non_null(diag_upstream_name(c->upstream));
	}
}

static void
test_diag_add(void **state)
{
	struct diag_list list;
	struct diag *d;
	char key[] = "a.b";
	size_t i;

	(void)state;
	diag_list_init(&list, "train.yaml");
	assert_string_equal(list.file, "train.yaml");
	assert_int_equal(list.len, 0);

	d = diag_add(&list, DIAG_DUPLICATE_KEY, at(3, 5), key,
	    "duplicate key '%s' (%d times)", "lr", 2);
	key[0] = 'X';   /* the list keeps its own copy */
	assert_int_equal(list.len, 1);
	assert_ptr_equal(d, &list.items[0]);
	assert_int_equal(d->id, DIAG_DUPLICATE_KEY);
	assert_int_equal(d->severity, DIAG_WARNING);
	assert_int_equal(d->upstream, DIAG_UPSTREAM_ACCEPTS);
	assert_int_equal(d->pos.line, 3);
	assert_int_equal(d->pos.column, 5);
	assert_string_equal(d->key, "a.b");
	assert_string_equal(d->message, "duplicate key 'lr' (2 times)");
	assert_int_equal(d->hint_count, 0);
	assert_null(d->hints);
	assert_int_equal(d->order, 0);

	diag_hint(d, "remove one of them");
	diag_hint(d, "the value on line %d wins", 7);
	assert_int_equal(d->hint_count, 2);
	assert_string_equal(d->hints[0], "remove one of them");
	assert_string_equal(d->hints[1], "the value on line 7 wins");

	d = diag_add(&list, DIAG_OVER_LIMIT, at(0, 0), NULL, "too big");
	assert_null(d->key);
	assert_int_equal(d->severity, DIAG_ERROR);
	assert_int_equal(d->upstream, DIAG_UPSTREAM_NONE);
	assert_int_equal(d->order, 1);

	/* many, past the first allocation: order keeps counting */
	for (i = 2; i < 40; i++) {
		d = diag_add(&list, DIAG_YAML_SYNTAX, at((uint32_t)i, 1),
		    NULL, "n%zu", i);
		assert_int_equal(d->order, i);
	}
	assert_int_equal(list.len, 40);
	assert_string_equal(list.items[0].message,
	    "duplicate key 'lr' (2 times)");
	assert_string_equal(list.items[0].hints[1], "the value on line 7 wins");
	assert_string_equal(list.items[39].message, "n39");
	diag_list_release(&list);
	assert_int_equal(list.len, 0);
	assert_null(list.items);
	assert_null(list.file);
}

/* Each diagnostic takes its code's severity and upstream. */
static void
test_diag_add_every_id(void **state)
{
	struct diag_list list;
	struct diag *d;
	size_t i;

	(void)state;
	diag_list_init(&list, "f");
	for (i = 0; i < DIAG_ID_COUNT; i++) {
		d = diag_add(&list, (enum diag_id)i, at(1, 1), NULL, "m");
		assert_int_equal(d->severity, diag_code_table[i].severity);
		assert_int_equal(d->upstream, diag_code_table[i].upstream);
	}
	assert_int_equal(list.len, DIAG_ID_COUNT);
	diag_list_release(&list);
}

static void
test_diag_sort(void **state)
{
	static const struct {
		uint32_t	 line;
		uint32_t	 column;
		const char	*message;
	} added[] = {
		{ 3, 1, "c1" },
		{ 1, 9, "a9" },
		{ 2, 4, "b4-first" },
		{ 0, 0, "whole file" },
		{ 2, 4, "b4-second" },
		{ 1, 2, "a2" },
		{ 10, 1, "j1" },
		{ 2, 4, "b4-third" },
		{ 2, 3, "b3" },
		{ 0, 0, "whole file again" },
	};
	static const char *const sorted[] = {
		"whole file", "whole file again", "a2", "a9", "b3",
		"b4-first", "b4-second", "b4-third", "c1", "j1",
	};
	struct diag_list list;
	struct diag *d;
	size_t i;

	(void)state;
	diag_list_init(&list, "f");
	for (i = 0; i < sizeof added / sizeof added[0]; i++) {
		d = diag_add(&list, DIAG_YAML_SYNTAX,
		    at(added[i].line, added[i].column), NULL, "%s",
		    added[i].message);
		diag_hint(d, "hint of %s", added[i].message);
	}
	diag_sort(&list);
	assert_int_equal(list.len, sizeof sorted / sizeof sorted[0]);
	for (i = 0; i < list.len; i++) {
		assert_string_equal(list.items[i].message, sorted[i]);
		/* hints move with their diagnostic */
		assert_int_equal(list.items[i].hint_count, 1);
		assert_string_equal(list.items[i].hints[0] + 8, sorted[i]);
	}
	/* sorting again changes nothing */
	diag_sort(&list);
	for (i = 0; i < list.len; i++)
		assert_string_equal(list.items[i].message, sorted[i]);
	diag_list_release(&list);

	/* an empty list and a list of one */
	diag_list_init(&list, "f");
	diag_sort(&list);
	assert_int_equal(list.len, 0);
	diag_add(&list, DIAG_YAML_SYNTAX, at(5, 5), NULL, "only");
	diag_sort(&list);
	assert_string_equal(list.items[0].message, "only");
	diag_list_release(&list);
}

/* Many at one position keep their order, whatever qsort does inside. */
static void
test_diag_sort_stable(void **state)
{
	struct diag_list list;
	size_t i;

	(void)state;
	diag_list_init(&list, "f");
	for (i = 0; i < 200; i++)
		diag_add(&list, DIAG_YAML_SYNTAX, at(i % 2 ? 1 : 2, 1), NULL,
		    "%zu", i);
	diag_sort(&list);
	for (i = 0; i < 100; i++) {
		assert_int_equal(list.items[i].pos.line, 1);
		assert_int_equal(list.items[i].order, 2 * i + 1);
		assert_int_equal(list.items[100 + i].pos.line, 2);
		assert_int_equal(list.items[100 + i].order, 2 * i);
	}
	diag_list_release(&list);
}

static void
test_diag_count(void **state)
{
	struct diag_list list;

	(void)state;
	diag_list_init(&list, "f");
	assert_int_equal(diag_count(&list, DIAG_ERROR), 0);
	assert_int_equal(diag_count(&list, DIAG_WARNING), 0);
	diag_add(&list, DIAG_YAML_SYNTAX, at(1, 1), NULL, "e");
	diag_add(&list, DIAG_DUPLICATE_KEY, at(1, 1), NULL, "w");
	diag_add(&list, DIAG_INVALID_UTF8, at(1, 1), NULL, "e");
	diag_add(&list, DIAG_JSON_NONSTANDARD, at(1, 1), NULL, "w");
	diag_add(&list, DIAG_OVER_LIMIT, at(1, 1), NULL, "e");
	assert_int_equal(diag_count(&list, DIAG_ERROR), 3);
	assert_int_equal(diag_count(&list, DIAG_WARNING), 2);
	assert_int_equal(diag_count(&list, DIAG_INFO), 0);
	/* the severity stored in the diagnostic is what counts */
	list.items[0].severity = DIAG_INFO;
	assert_int_equal(diag_count(&list, DIAG_ERROR), 2);
	assert_int_equal(diag_count(&list, DIAG_INFO), 1);
	diag_list_release(&list);
}

static void
test_diag_names(void **state)
{
	(void)state;
	assert_string_equal(diag_severity_name(DIAG_ERROR), "error");
	assert_string_equal(diag_severity_name(DIAG_WARNING), "warning");
	assert_string_equal(diag_severity_name(DIAG_INFO), "info");
	assert_string_equal(diag_severity_name((enum diag_severity)42), "?");
	assert_null(diag_upstream_name(DIAG_UPSTREAM_NONE));
	assert_string_equal(diag_upstream_name(DIAG_UPSTREAM_RAISES), "raises");
	assert_string_equal(diag_upstream_name(DIAG_UPSTREAM_TRAINER),
	    "trainer");
	assert_string_equal(diag_upstream_name(DIAG_UPSTREAM_ACCEPTS),
	    "accepts");
	assert_null(diag_upstream_name((enum diag_upstream)42));
}

struct quote_row {
	const char	*text;
	size_t		 len;
	size_t		 max;
	const char	*quoted;
};

#define QUOTE(text, max, quoted) { text, sizeof text - 1, max, quoted }

static const struct quote_row quote_rows[] = {
	QUOTE("", 10, "''"),
	QUOTE("abc", 10, "'abc'"),
	QUOTE("it's", 10, "'it's'"),
	QUOTE("a\nb", 10, "'a\\nb'"),
	QUOTE("a\tb", 10, "'a\\tb'"),
	QUOTE("a\rb", 10, "'a\\rb'"),
	QUOTE("\x01", 10, "'\\x01'"),
	QUOTE("\x1f\x7f", 10, "'\\x1f\\x7f'"),
	QUOTE("a\0b", 10, "'a\\x00b'"),
	QUOTE("\x1b[31m", 10, "'\\x1b[31m'"),
	QUOTE("caf\xC3\xA9", 10, "'caf\xC3\xA9'"),
	/* max characters, then "..." */
	QUOTE("abcdef", 3, "'abc...'"),
	QUOTE("abc", 3, "'abc'"),
	QUOTE("abcd", 3, "'abc...'"),
	QUOTE("abc", 0, "'...'"),
	QUOTE("", 0, "''"),
	/* an escape is one character, however long it is written */
	QUOTE("\n\n\n\n", 2, "'\\n\\n...'"),
	QUOTE("\x01\x02\x03", 2, "'\\x01\\x02...'"),
	/* characters, not bytes: a UTF-8 character is never cut */
	QUOTE("\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9", 2, "'\xC3\xA9\xC3\xA9...'"),
	QUOTE("\xC3\xA9\xC3\xA9\xC3\xA9", 3, "'\xC3\xA9\xC3\xA9\xC3\xA9'"),
	QUOTE("\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E", 1, "'\xE6\x97\xA5...'"),
	QUOTE("\xF0\x9F\x98\x80\xF0\x9F\x98\x80", 1, "'\xF0\x9F\x98\x80...'"),
	QUOTE("a\xF0\x9F\x98\x80" "b", 2, "'a\xF0\x9F\x98\x80...'"),
};

static void
test_diag_quote(void **state)
{
	const struct quote_row *r;
	char *quoted;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof quote_rows / sizeof quote_rows[0]; i++) {
		r = &quote_rows[i];
		quoted = diag_quote(r->text, r->len, r->max);
		if (strcmp(quoted, r->quoted) != 0)
			fail_msg("row %zu: %s, expected %s", i, quoted,
			    r->quoted);
		free(quoted);
	}
}

/* Long input, escapes and all: the buffer grows as needed. */
static void
test_diag_quote_long(void **state)
{
	char text[1000], *quoted;
	size_t i;

	(void)state;
	memset(text, '\x01', sizeof text);
	quoted = diag_quote(text, sizeof text, 10000);
	assert_int_equal(strlen(quoted), 2 + 4 * sizeof text);
	for (i = 0; i < sizeof text; i++)
		assert_memory_equal(quoted + 1 + 4 * i, "\\x01", 4);
	free(quoted);
	quoted = diag_quote(text, sizeof text, 100);
	assert_int_equal(strlen(quoted), 2 + 4 * 100 + 3);
	free(quoted);
	/* only len bytes are read */
	quoted = diag_quote("abcdef", 2, 10);
	assert_string_equal(quoted, "'ab'");
	free(quoted);
}

/* Release frees every string; LeakSanitizer fails the run otherwise. */
static void
test_diag_release(void **state)
{
	struct diag_list list;
	struct diag *d;
	size_t i, j;

	(void)state;
	diag_list_init(&list, "leaks.yaml");
	for (i = 0; i < 20; i++) {
		d = diag_add(&list, (enum diag_id)(i % DIAG_ID_COUNT),
		    at((uint32_t)i, 1), i % 2 ? "key.path" : NULL,
		    "message %zu", i);
		for (j = 0; j < i % 4; j++)
			diag_hint(d, "hint %zu", j);
	}
	diag_sort(&list);
	diag_list_release(&list);
	assert_null(list.items);
	assert_null(list.file);
	assert_int_equal(list.len, 0);
	assert_int_equal(list.cap, 0);
	/* a released list can be used again */
	diag_list_init(&list, "again");
	diag_add(&list, DIAG_YAML_SYNTAX, at(1, 1), NULL, "x");
	diag_list_release(&list);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_diag_table_rows),
		cmocka_unit_test(test_diag_table_codes),
		cmocka_unit_test(test_diag_kebab_checker),
		cmocka_unit_test(test_diag_table_names),
		cmocka_unit_test(test_diag_table_summaries),
		cmocka_unit_test(test_diag_table_kinds),
		cmocka_unit_test(test_diag_add),
		cmocka_unit_test(test_diag_add_every_id),
		cmocka_unit_test(test_diag_sort),
		cmocka_unit_test(test_diag_sort_stable),
		cmocka_unit_test(test_diag_count),
		cmocka_unit_test(test_diag_names),
		cmocka_unit_test(test_diag_quote),
		cmocka_unit_test(test_diag_quote_long),
		cmocka_unit_test(test_diag_release),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
