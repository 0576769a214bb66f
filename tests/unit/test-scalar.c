/*
 * test-scalar.c: scalar typing. The PyYAML table (tests/data/pyyaml-
 * scalars.tsv, 400+ spellings) was produced by yaml.safe_load itself: each
 * spelling is loaded as "v: SPELLING" and must come out with PyYAML's type
 * and value, or fail to load where PyYAML raised. The YAML 1.2 core table
 * follows the examples of the YAML 1.2.2 specification, section 10.3.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "targs/xalloc.h"

/* Undoes the table's escapes: \\ \t \n. */
static char *
tsv_unescape(const char *s, size_t len)
{
	char *out = xmalloc(len + 1);
	size_t i, n = 0;

	for (i = 0; i < len; i++) {
		if (s[i] == '\\' && i + 1 < len) {
			i++;
			out[n++] = s[i] == 't' ? '\t' : s[i] == 'n' ? '\n' : s[i];
		} else
			out[n++] = s[i];
	}
	out[n] = '\0';
	return out;
}

/* Python ints past int64_t are "BIG" in canon_scalar's terms. */
static bool
expected_big(const char *type, const char *value)
{
	long long v;

	if (strcmp(type, "int") != 0)
		return false;
	errno = 0;
	v = strtoll(value, NULL, 10);
	(void)v;
	return errno == ERANGE;
}

/* Checks one row; returns 0 when targs agrees with PyYAML. */
static int
check_pyyaml_row(const char *spelling, const char *type, const char *value)
{
	char *doc = xasprintf("v: %s\n", spelling), *got_value;
	const char *got_type;
	struct loaded l;
	const struct value *v;
	struct scalar s;
	char *message;
	int failed = 0;

	loaded_yaml(&l, doc);
	v = l.ok ? value_get(l.doc.root, "v") : NULL;
	if (strcmp(type, "error") == 0) {
		if (l.ok) {
			printf("FAIL %s: PyYAML raised %s, targs loaded it\n",
			    spelling, value);
			failed = 1;
		}
	} else if (v == NULL || v->kind != VALUE_SCALAR) {
		printf("FAIL %s: PyYAML read %s %s, targs: %s\n", spelling, type,
		    value, l.diags.len ? l.diags.items[0].message : "no scalar");
		failed = 1;
	} else if (scalar_construct(v, SCALAR_SCHEMA_PYYAML, &s, &message) !=
	    SCALAR_OK) {
		printf("FAIL %s: cannot construct: %s\n", spelling, message);
		free(message);
		failed = 1;
	} else {
		canon_scalar(&s, &got_type, &got_value);
		if (strcmp(got_type, type) != 0 || (expected_big(type, value) ?
		    strcmp(got_value, "BIG") : strcmp(got_value, value)) != 0) {
			printf("FAIL %s: PyYAML %s %s, targs %s %s\n", spelling,
			    type, value, got_type, got_value);
			failed = 1;
		}
		free(got_value);
	}
	loaded_release(&l);
	free(doc);
	return failed;
}

static void
test_pyyaml_table(void **state)
{
	size_t len, rows = 0;
	char *data = read_file(TARGS_TEST_DATA "/pyyaml-scalars.tsv", &len);
	char *line, *next, *tab1, *tab2, *fields[3];
	int failures = 0, k;

	(void)state;
	assert_non_null(data);
	for (line = data; line < data + len; line = next) {
		next = strchr(line, '\n');
		next = next ? next + 1 : data + len;
		if (line[0] == '#' || line[0] == '\n')
			continue;
		tab1 = memchr(line, '\t', (size_t)(next - line));
		assert_non_null(tab1);
		tab2 = memchr(tab1 + 1, '\t', (size_t)(next - tab1 - 1));
		assert_non_null(tab2);
		fields[0] = tsv_unescape(line, (size_t)(tab1 - line));
		fields[1] = tsv_unescape(tab1 + 1, (size_t)(tab2 - tab1 - 1));
		fields[2] = tsv_unescape(tab2 + 1, (size_t)(next - tab2 - 2));
		failures += check_pyyaml_row(fields[0], fields[1], fields[2]);
		for (k = 0; k < 3; k++)
			free(fields[k]);
		rows++;
	}
	free(data);
	printf("%zu spellings, %d disagree with PyYAML\n", rows, failures);
	assert_true(rows >= 80);
	assert_int_equal(failures, 0);
}

/* A plain scalar typed by the YAML 1.2 core schema. */
static void
check_core(const char *text, const char *type, const char *value)
{
	struct value node;
	struct scalar s;
	const char *got_type;
	char *got_value, *message;

	memset(&node, 0, sizeof node);
	node.kind = VALUE_SCALAR;
	node.style = VALUE_STYLE_PLAIN;
	node.text = text;
	node.len = strlen(text);
	assert_int_equal(scalar_construct(&node, SCALAR_SCHEMA_CORE, &s,
	    &message), SCALAR_OK);
	canon_scalar(&s, &got_type, &got_value);
	if (strcmp(got_type, type) != 0 || strcmp(got_value, value) != 0)
		fail_msg("core %s: expected %s %s, got %s %s", text, type, value,
		    got_type, got_value);
	free(got_value);
}

static void
test_core_schema(void **state)
{
	static const struct {
		const char *text, *type, *value;
	} rows[] = {
		{ "null", "null", "" }, { "Null", "null", "" },
		{ "~", "null", "" }, { "", "null", "" },
		{ "true", "bool", "true" }, { "False", "bool", "false" },
		{ "yes", "str", "yes" }, { "on", "str", "on" },
		{ "0", "int", "0" }, { "-19", "int", "-19" },
		{ "+12", "int", "12" }, { "017", "int", "17" },
		{ "0o14", "int", "12" }, { "0xC", "int", "12" },
		{ "1_000", "str", "1_000" }, { "0b101", "str", "0b101" },
		{ "190:20:30", "str", "190:20:30" },
		{ "1.", "float", "1.0" }, { "-1.5", "float", "-1.5" },
		{ "5e-5", "float", "5e-05" }, { "1e5", "float", "100000.0" },
		{ "2.3e4", "float", "23000.0" }, { ".5", "float", "0.5" },
		{ "-.5", "float", "-0.5" }, { ".inf", "float", "inf" },
		{ "-.Inf", "float", "-inf" }, { ".NaN", "float", "nan" },
		{ "1e", "str", "1e" }, { "e5", "str", "e5" },
		{ "2024-01-01", "str", "2024-01-01" },
		{ "<<", "str", "<<" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof rows / sizeof *rows; i++) {
		if (strcmp(rows[i].text, "<<") == 0)
			continue; /* a merge key, only meaningful as a key */
		check_core(rows[i].text, rows[i].type, rows[i].value);
	}
}

static void
make_scalar(struct value *node, const char *text, const char *tag,
    enum value_style style)
{
	memset(node, 0, sizeof *node);
	node->kind = VALUE_SCALAR;
	node->style = style;
	node->tag = tag;
	node->text = text;
	node->len = strlen(text);
}

static void
dict_key_of(const char *text, char **key, size_t *len)
{
	struct value node;
	struct scalar s;
	char *message;

	make_scalar(&node, text, NULL, VALUE_STYLE_PLAIN);
	assert_int_equal(scalar_construct(&node, SCALAR_SCHEMA_PYYAML, &s,
	    &message), SCALAR_OK);
	scalar_dict_key(&node, SCALAR_SCHEMA_PYYAML, &s, key, len);
}

/* The dict key of an explicit !!int, as text. */
static char *
int_tag_key(const char *text)
{
	struct value node;
	struct scalar s;
	char *message, *key;
	size_t len;

	make_scalar(&node, text, "tag:yaml.org,2002:int",
	    VALUE_STYLE_SINGLE_QUOTED);
	assert_int_equal(scalar_construct(&node, SCALAR_SCHEMA_PYYAML, &s,
	    &message), SCALAR_OK);
	scalar_dict_key(&node, SCALAR_SCHEMA_PYYAML, &s, &key, &len);
	return key;
}

static void
assert_int_tag_key(const char *text, const char *expected)
{
	char *key = int_tag_key(text);

	assert_string_equal(key, expected);
	free(key);
}

static bool
same_dict_key(const char *a, const char *b)
{
	char *ka, *kb;
	size_t la, lb;
	bool same;

	dict_key_of(a, &ka, &la);
	dict_key_of(b, &kb, &lb);
	same = la == lb && memcmp(ka, kb, la) == 0;
	free(ka);
	free(kb);
	return same;
}

static void
test_dict_keys(void **state)
{
	(void)state;
	assert_true(same_dict_key("1", "1.0"));
	assert_true(same_dict_key("1", "true"));
	assert_true(same_dict_key("yes", "True"));
	assert_true(same_dict_key("0", "false"));
	assert_true(same_dict_key("0", "-0.0"));
	assert_true(same_dict_key("~", "null"));
	assert_true(same_dict_key("0x10", "16"));
	assert_true(same_dict_key(".nan", ".NaN"));
	assert_true(same_dict_key("2001-12-14t21:59:43.10-05:00",
	    "2001-12-15 2:59:43.10Z"));
	/* ints past int64_t compare exactly, as Python's do */
	assert_false(same_dict_key("18446744073709551616",
	    "18446744073709551617"));
	assert_true(same_dict_key("18446744073709551616",
	    "0x10000000000000000"));
	assert_true(same_dict_key("18446744073709551616",
	    "18446744073709551616.0"));
	assert_true(same_dict_key("-9223372036854775809",
	    "-9_223_372_036_854_775_809"));
	assert_true(same_dict_key("5124095576030431:0:16", "0x10000000000000000"));
	assert_false(same_dict_key("1", "2"));
	assert_false(same_dict_key("1.5", "1"));
	assert_false(same_dict_key("a", "b"));
	assert_false(same_dict_key("2001-12-14", "2001-12-14 00:00:00"));
}

/*
 * A big !!int's key follows construct_yaml_int's dispatch on the raw
 * text: "\f0099" is not octal (value[0] is a form feed), int() then
 * skips the space; a sign inside int() flips the outer one.
 */
static void
test_big_int_tag_keys(void **state)
{
	(void)state;
	assert_int_tag_key("\f\f_0_0_0_0_0000000000000099999000000999999999",
	    "I99999000000999999999");
	assert_int_tag_key("-\f-99999000000999999999", "I99999000000999999999");
	assert_int_tag_key("0777777777777777777777777", "I4722366482869645213695");
	assert_int_tag_key("0b" "1111111111111111111111111111111111111111"
	    "1111111111111111111111111", "I36893488147419103231");
}

static void
test_resolution_rules(void **state)
{
	struct value node;
	struct scalar s;
	char *message;

	(void)state;
	/* a quoted scalar is a string, whatever it looks like */
	make_scalar(&node, "1.0", NULL, VALUE_STYLE_SINGLE_QUOTED);
	assert_int_equal(scalar_resolve(&node, SCALAR_SCHEMA_PYYAML),
	    SCALAR_TAG_STR);
	/* the non-specific tag "!" resolves from the text, even quoted */
	make_scalar(&node, "12", "!", VALUE_STYLE_DOUBLE_QUOTED);
	assert_int_equal(scalar_resolve(&node, SCALAR_SCHEMA_PYYAML),
	    SCALAR_TAG_INT);
	/* a local tag has no constructor */
	make_scalar(&node, "x", "!local", VALUE_STYLE_PLAIN);
	assert_int_equal(scalar_construct(&node, SCALAR_SCHEMA_PYYAML, &s,
	    &message), SCALAR_ERROR_UNKNOWN_TAG);
	assert_non_null(strstr(message, "!local"));
	free(message);
	/* the 4300-digit limit of Python's int() */
	{
		char digits[4302];

		memset(digits, '7', 4301);
		digits[4301] = '\0';
		make_scalar(&node, digits, NULL, VALUE_STYLE_PLAIN);
		assert_int_equal(scalar_construct(&node, SCALAR_SCHEMA_PYYAML,
		    &s, &message), SCALAR_ERROR_TOO_LONG);
		free(message);
		digits[4300] = '\0';
		node.len = 4300;
		assert_int_equal(scalar_construct(&node, SCALAR_SCHEMA_PYYAML,
		    &s, &message), SCALAR_OK);
		assert_true(s.big);
	}
	/* JSON numbers carry their tag: 1e5 is a float there */
	make_scalar(&node, "1e5", "tag:yaml.org,2002:float", VALUE_STYLE_PLAIN);
	assert_int_equal(scalar_construct(&node, SCALAR_SCHEMA_PYYAML, &s,
	    &message), SCALAR_OK);
	assert_int_equal(s.type, SCALAR_FLOAT);
	assert_true(s.real == 100000.0);
	make_scalar(&node, "-Infinity", "tag:yaml.org,2002:float",
	    VALUE_STYLE_PLAIN);
	assert_int_equal(scalar_construct(&node, SCALAR_SCHEMA_PYYAML, &s,
	    &message), SCALAR_OK);
	assert_true(isinf(s.real) && s.real < 0);
	assert_string_equal(scalar_type_python_name(SCALAR_DATE),
	    "datetime.date");
	assert_int_equal(scalar_tag_of("tag:yaml.org,2002:omap"),
	    SCALAR_TAG_OMAP);
	assert_string_equal(scalar_tag_name(SCALAR_TAG_BOOL),
	    "tag:yaml.org,2002:bool");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pyyaml_table),
		cmocka_unit_test(test_core_schema),
		cmocka_unit_test(test_dict_keys),
		cmocka_unit_test(test_big_int_tag_keys),
		cmocka_unit_test(test_resolution_rules),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
