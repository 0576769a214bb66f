/*
 * test-value.c: the helpers over the value tree: key paths as diagnostics
 * show them (plain keys joined with dots, any other key in brackets and
 * double quotes with escapes, indexes in brackets), value_text_is,
 * value_get on trees the YAML loader builds, and value_kind_name.
 */
#include "helpers.h"

#include <stdlib.h>
#include <string.h>

#include "targs/value.h"

struct key_row {
	const char	*parent;   /* NULL: the top */
	const char	*key;
	size_t		 len;
	const char	*path;
};

#define KEY(parent, key, path) { parent, key, sizeof key - 1, path }

static const struct key_row key_rows[] = {
	KEY(NULL, "learning_rate", "learning_rate"),
	KEY("lr_scheduler_kwargs", "num_cycles",
	    "lr_scheduler_kwargs.num_cycles"),
	KEY("a.b", "c", "a.b.c"),
	KEY("top", "with-dash", "top.with-dash"),
	KEY("top", "Mixed_Case9", "top.Mixed_Case9"),
	KEY("top", "0", "top.0"),
	/* UTF-8 is plain */
	KEY("top", "\xC3\xA9t\xC3\xA9", "top.\xC3\xA9t\xC3\xA9"),
	KEY(NULL, "a.b", "[\"a.b\"]"),
	KEY("x", "a.b", "x[\"a.b\"]"),
	KEY("x", "two words", "x[\"two words\"]"),
	KEY("x", "", "x[\"\"]"),
	KEY(NULL, "", "[\"\"]"),
	KEY("x", "say \"hi\"", "x[\"say \\\"hi\\\"\"]"),
	KEY("x", "back\\slash", "x[\"back\\\\slash\"]"),
	KEY("x", "it's", "x[\"it's\"]"),
	KEY("x", "line\nbreak", "x[\"line\\x0abreak\"]"),
	KEY("x", "tab\there", "x[\"tab\\x09here\"]"),
	KEY("x", "\x01\x1f\x7f", "x[\"\\x01\\x1f\\x7f\"]"),
	KEY("x", "nul\0byte", "x[\"nul\\x00byte\"]"),
	KEY("x", "[0]", "x[\"[0]\"]"),
	KEY("x", "a:b", "x[\"a:b\"]"),
};

static void
test_value_path_key(void **state)
{
	const struct key_row *r;
	char *path;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof key_rows / sizeof key_rows[0]; i++) {
		r = &key_rows[i];
		path = value_path_key(r->parent, r->key, r->len);
		assert_string_equal(path, r->path);
		free(path);
	}
}

/* Only len bytes of the key count, not its NUL. */
static void
test_value_path_key_len(void **state)
{
	char *path;

	(void)state;
	path = value_path_key("p", "abcdef", 3);
	assert_string_equal(path, "p.abc");
	free(path);
	path = value_path_key("p", "ab.cd", 2);
	assert_string_equal(path, "p.ab");
	free(path);
	path = value_path_key(NULL, "ab.cd", 3);
	assert_string_equal(path, "[\"ab.\"]");
	free(path);
}

struct index_row {
	const char	*parent;
	size_t		 index;
	const char	*path;
};

static const struct index_row index_rows[] = {
	{ NULL, 0, "[0]" },
	{ "report_to", 1, "report_to[1]" },
	{ "a.b", 42, "a.b[42]" },
	{ "x[\"a.b\"]", 3, "x[\"a.b\"][3]" },
	{ "m[0]", 7, "m[0][7]" },
	{ "big", 4294967295U, "big[4294967295]" },
};

static void
test_value_path_index(void **state)
{
	char *path;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof index_rows / sizeof index_rows[0]; i++) {
		path = value_path_index(index_rows[i].parent,
		    index_rows[i].index);
		assert_string_equal(path, index_rows[i].path);
		free(path);
	}
}

/* Paths compose: an index under a quoted key under a plain one. */
static void
test_value_path_compose(void **state)
{
	char *a, *b, *c;

	(void)state;
	a = value_path_key(NULL, "kwargs", 6);
	b = value_path_key(a, "odd key", 7);
	c = value_path_index(b, 2);
	assert_string_equal(c, "kwargs[\"odd key\"][2]");
	free(c);
	c = value_path_key(b, "z", 1);
	assert_string_equal(c, "kwargs[\"odd key\"].z");
	free(a);
	free(b);
	free(c);
}

static void
test_value_text_is(void **state)
{
	struct loaded l;
	const struct value *v;

	(void)state;
	loaded_yaml(&l, "a: hello\nb: \"x\\0y\"\nc: [1, 2]\nd: {e: f}\n"
	    "g: ''\n");
	assert_true(l.ok);
	v = value_get(l.doc.root, "a");
	assert_non_null(v);
	assert_true(value_text_is(v, "hello"));
	assert_false(value_text_is(v, "hell"));
	assert_false(value_text_is(v, "hello!"));
	assert_false(value_text_is(v, "Hello"));
	assert_false(value_text_is(v, ""));
	/* text with a NUL in it: its length counts, not strlen */
	v = value_get(l.doc.root, "b");
	assert_non_null(v);
	assert_int_equal(v->len, 3);
	assert_false(value_text_is(v, "x"));
	/* collections have no text */
	v = value_get(l.doc.root, "c");
	assert_non_null(v);
	assert_int_equal(v->kind, VALUE_SEQUENCE);
	assert_false(value_text_is(v, ""));
	v = value_get(l.doc.root, "d");
	assert_non_null(v);
	assert_int_equal(v->kind, VALUE_MAPPING);
	assert_false(value_text_is(v, ""));
	v = value_get(l.doc.root, "g");
	assert_non_null(v);
	assert_true(value_text_is(v, ""));
	loaded_release(&l);
}

static void
test_value_get(void **state)
{
	struct loaded l;
	const struct value *v, *kw;

	(void)state;
	loaded_yaml(&l, "learning_rate: 5e-5\n"
	    "lr_scheduler_kwargs:\n"
	    "  num_cycles: 3\n"
	    "report_to: [wandb, tensorboard]\n"
	    "\"quoted key\": yes\n");
	assert_true(l.ok);
	assert_non_null(l.doc.root);
	assert_int_equal(l.doc.root->kind, VALUE_MAPPING);
	assert_int_equal(l.doc.root->len, 4);

	v = value_get(l.doc.root, "learning_rate");
	assert_non_null(v);
	assert_true(value_text_is(v, "5e-5"));
	assert_int_equal(v->pos.line, 1);
	assert_int_equal(v->pos.column, 16);

	kw = value_get(l.doc.root, "lr_scheduler_kwargs");
	assert_non_null(kw);
	assert_int_equal(kw->kind, VALUE_MAPPING);
	v = value_get(kw, "num_cycles");
	assert_non_null(v);
	assert_true(value_text_is(v, "3"));
	assert_int_equal(v->pos.line, 3);
	/* keys are looked up one level only */
	assert_null(value_get(l.doc.root, "num_cycles"));
	assert_null(value_get(l.doc.root, "lr_scheduler_kwargs.num_cycles"));

	v = value_get(l.doc.root, "quoted key");
	assert_non_null(v);
	assert_true(value_text_is(v, "yes"));

	/* absent, a prefix, a different case */
	assert_null(value_get(l.doc.root, "missing"));
	assert_null(value_get(l.doc.root, "learning"));
	assert_null(value_get(l.doc.root, "Learning_Rate"));
	assert_null(value_get(l.doc.root, ""));

	/* not a mapping, or nothing */
	v = value_get(l.doc.root, "report_to");
	assert_non_null(v);
	assert_int_equal(v->kind, VALUE_SEQUENCE);
	assert_int_equal(v->len, 2);
	assert_true(value_text_is(v->items[1], "tensorboard"));
	assert_null(value_get(v, "wandb"));
	assert_null(value_get(v->items[0], "wandb"));
	assert_null(value_get(NULL, "learning_rate"));
	loaded_release(&l);
}

/* The tree is Python's dict: the last duplicate wins, merges apply. */
static void
test_value_get_dict(void **state)
{
	struct loaded l;
	const struct value *v, *child;

	(void)state;
	loaded_yaml(&l, "a: 1\nb: 2\na: 3\n");
	assert_true(l.ok);
	assert_int_equal(l.doc.root->len, 2);
	v = value_get(l.doc.root, "a");
	assert_non_null(v);
	assert_true(value_text_is(v, "3"));
	assert_true(value_text_is(l.doc.root->pairs[0].key, "a"));
	loaded_release(&l);

	loaded_yaml(&l, "base: &b {x: 1, y: 2}\nchild:\n  <<: *b\n  y: 5\n");
	assert_true(l.ok);
	child = value_get(l.doc.root, "child");
	assert_non_null(child);
	assert_int_equal(child->kind, VALUE_MAPPING);
	v = value_get(child, "x");
	assert_non_null(v);
	assert_true(value_text_is(v, "1"));
	v = value_get(child, "y");
	assert_non_null(v);
	assert_true(value_text_is(v, "5"));
	assert_null(value_get(child, "<<"));
	loaded_release(&l);
}

static void
test_value_kind_name(void **state)
{
	(void)state;
	assert_string_equal(value_kind_name(VALUE_SCALAR), "scalar");
	assert_string_equal(value_kind_name(VALUE_SEQUENCE), "sequence");
	assert_string_equal(value_kind_name(VALUE_MAPPING), "mapping");
	assert_string_equal(value_kind_name((enum value_kind)99), "?");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_value_path_key),
		cmocka_unit_test(test_value_path_key_len),
		cmocka_unit_test(test_value_path_index),
		cmocka_unit_test(test_value_path_compose),
		cmocka_unit_test(test_value_text_is),
		cmocka_unit_test(test_value_get),
		cmocka_unit_test(test_value_get_dict),
		cmocka_unit_test(test_value_kind_name),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
