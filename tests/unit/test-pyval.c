/*
 * test-pyval.c: Python values as the rules see them: truthiness, ==,
 * ordering with its TypeError, str() and repr(), json.loads and
 * json.dumps.
 */
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "helpers.h"
#include "targs/pyval.h"

static char *
dumped(const struct pyval *v)
{
	cJSON *json = pyval_to_json(v);
	char *text = cJSON_PrintUnformatted(json);

	cJSON_Delete(json);
	return text;
}

static void
test_truthiness(void **state)
{
	struct arena a = ARENA_INIT;

	(void)state;
	assert_false(py_truthy(py_none(&a)));
	assert_false(py_truthy(py_int(&a, 0)));
	assert_true(py_truthy(py_int(&a, -1)));
	assert_false(py_truthy(py_float(&a, 0.0)));
	assert_false(py_truthy(py_str(&a, "")));
	/* a non-empty string is true, "false" included */
	assert_true(py_truthy(py_str(&a, "false")));
	assert_false(py_truthy(py_list(&a, 0)));
	arena_release(&a);
}

static void
test_equality(void **state)
{
	struct arena a = ARENA_INIT;

	(void)state;
	assert_true(py_equal(py_int(&a, 1), py_float(&a, 1.0)));
	assert_true(py_equal(py_bool(&a, true), py_int(&a, 1)));
	assert_false(py_equal(py_str(&a, "1"), py_int(&a, 1)));
	assert_false(py_equal(py_none(&a), py_int(&a, 0)));
	assert_true(py_equal(py_none(&a), py_none(&a)));
	arena_release(&a);
}

/* Python compares dicts by their entries, whatever the order. */
static void
test_dict_equality_ignores_order(void **state)
{
	struct arena a = ARENA_INIT;
	struct pyval *x = py_dict(&a, 0), *y = py_dict(&a, 0), *z;

	(void)state;
	x = py_dict_set(&a, x, "min_num_params", py_int(&a, 0));
	x = py_dict_set(&a, x, "xla", py_bool(&a, false));
	x = py_dict_set(&a, x, "a", py_float(&a, 1.0));
	y = py_dict_set(&a, y, "xla", py_bool(&a, false));
	y = py_dict_set(&a, y, "a", py_int(&a, 1));
	y = py_dict_set(&a, y, "min_num_params", py_int(&a, 0));
	assert_true(py_equal(x, y));
	assert_true(py_equal(y, x));
	z = py_dict_set(&a, y, "a", py_int(&a, 2));
	assert_false(py_equal(x, z));
	z = py_dict_set(&a, y, "b", py_int(&a, 1));
	assert_false(py_equal(x, z));
	arena_release(&a);
}

static void
test_compare_type_error(void **state)
{
	struct arena a = ARENA_INIT;
	char *error;

	(void)state;
	assert_int_equal(py_compare(py_int(&a, 5), ">", 1, true, &error),
	    PY_CMP_TRUE);
	assert_null(error);
	/* True is 1: not above 1 */
	assert_int_equal(py_compare(py_bool(&a, true), ">", 1, true, &error),
	    PY_CMP_FALSE);
	assert_int_equal(py_compare(py_none(&a), ">", 1, true, &error),
	    PY_CMP_TYPE_ERROR);
	assert_string_equal(error, "'>' not supported between instances of "
	    "'NoneType' and 'int'");
	free(error);
	assert_int_equal(py_compare(py_str(&a, "10"), "<", 0.5, false,
	    &error), PY_CMP_TYPE_ERROR);
	assert_string_equal(error, "'<' not supported between instances of "
	    "'str' and 'float'");
	free(error);
	arena_release(&a);
}

static void
test_str_and_repr(void **state)
{
	struct arena a = ARENA_INIT;
	struct pyval *list = py_list(&a, 2);
	char *s;

	(void)state;
	list->items[0] = py_str(&a, "it's");
	list->items[1] = py_float(&a, 5e-5);
	s = py_repr(list);
	assert_string_equal(s, "[\"it's\", 5e-05]");
	free(s);
	s = py_str_of(py_float(&a, 3.0));
	assert_string_equal(s, "3.0");
	free(s);
	s = py_str_of(py_bool(&a, false));
	assert_string_equal(s, "False");
	free(s);
	s = py_repr(py_str(&a, "a\x1b"));
	assert_string_equal(s, "'a\\x1b'");
	free(s);
	arena_release(&a);
}

static void
test_json(void **state)
{
	struct arena a = ARENA_INIT;
	struct pyval *v, *d;
	char *error, *s;
	bool limit;
	const char *text = "{\"a\": 1, \"b\": 1.0, \"c\": [true, null]}";

	(void)state;
	v = pyval_from_json(&a, text, strlen(text), &error, &limit);
	assert_non_null(v);
	assert_int_equal(v->kind, PY_DICT);
	assert_int_equal(py_dict_get(v, "a")->kind, PY_INT);
	assert_int_equal(py_dict_get(v, "b")->kind, PY_FLOAT);
	s = dumped(v);
	assert_string_equal(s, "{\"a\":1,\"b\":1.0,\"c\":[true,null]}");
	free(s);
	/* set replaces in place and appends new keys at the end */
	d = py_dict_set(&a, v, "a", py_str(&a, "x"));
	d = py_dict_set(&a, d, "z", py_float(&a, 1.0 / 0.0));
	s = dumped(d);
	assert_string_equal(s, "{\"a\":\"x\",\"b\":1.0,\"c\":[true,null],"
	    "\"z\":Infinity}");
	free(s);
	assert_null(pyval_from_json(&a, "{oops", 5, &error, &limit));
	assert_non_null(error);
	assert_false(limit);
	free(error);
	/* Python reads a \u0000 escape; targs refuses it: its limit */
	assert_null(pyval_from_json(&a, "{\"a\": \"\\u0000\"}", 14, &error,
	    &limit));
	assert_true(limit);
	free(error);
	arena_release(&a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_truthiness),
		cmocka_unit_test(test_equality),
		cmocka_unit_test(test_dict_equality_ignores_order),
		cmocka_unit_test(test_compare_type_error),
		cmocka_unit_test(test_str_and_repr),
		cmocka_unit_test(test_json),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
