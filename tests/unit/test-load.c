/*
 * test-load.c: the loaders' own promises beyond what Python returns:
 * positions of keys and values, styles and tags kept, diagnostics with
 * both positions for duplicate keys, key paths, merge keys, and the limits
 * (depth, nodes, alias expansion, scalar length, file size) in bounded
 * memory.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "helpers.h"
#include "targs/xalloc.h"

static const struct value *
pair_key(const struct value *mapping, const char *name)
{
	size_t i;

	for (i = 0; i < mapping->len; i++)
		if (value_text_is(mapping->pairs[i].key, name))
			return mapping->pairs[i].key;
	return NULL;
}

static void
assert_pos(const struct value *v, uint32_t line, uint32_t column)
{
	assert_non_null(v);
	assert_int_equal(v->pos.line, line);
	assert_int_equal(v->pos.column, column);
}

static void
test_yaml_positions_and_styles(void **state)
{
	struct loaded l;
	const struct value *root, *list;

	(void)state;
	loaded_yaml(&l, "# comment\n"
	    "output_dir: 'out'\n"
	    "run_name: \"café\" \n"
	    "  \n"
	    "report_to:\n"
	    "  - wandb\n"
	    "  - tensorboard\n"
	    "note: |\n"
	    "  two\n"
	    "  lines\n"
	    "é: {a: 1, b: [x]}\n");
	assert_true(l.ok);
	root = l.doc.root;
	assert_int_equal(l.doc.format, VALUE_FORMAT_YAML);
	assert_pos(pair_key(root, "output_dir"), 2, 1);
	assert_pos(value_get(root, "output_dir"), 2, 13);
	assert_int_equal(value_get(root, "output_dir")->style,
	    VALUE_STYLE_SINGLE_QUOTED);
	assert_int_equal(value_get(root, "run_name")->style,
	    VALUE_STYLE_DOUBLE_QUOTED);
	list = value_get(root, "report_to");
	assert_int_equal(list->kind, VALUE_SEQUENCE);
	assert_int_equal(list->style, VALUE_STYLE_BLOCK);
	assert_int_equal(list->len, 2);
	assert_pos(list->items[1], 7, 5);
	assert_int_equal(value_get(root, "note")->style, VALUE_STYLE_LITERAL);
	assert_string_equal(value_get(root, "note")->text, "two\nlines\n");
	/* columns count characters: "é" is one */
	assert_pos(value_get(root, "é"), 11, 4);
	assert_int_equal(value_get(root, "é")->style, VALUE_STYLE_FLOW);
	assert_pos(value_get(value_get(root, "é"), "b")->items[0], 11, 15);
	assert_int_equal(l.diags.len, 0);
	loaded_release(&l);
}

static void
test_yaml_tags_kept(void **state)
{
	struct loaded l;

	(void)state;
	loaded_yaml(&l, "a: !!str 12\nb: ! 12\nc: !!float '1e5'\n");
	assert_true(l.ok);
	assert_string_equal(value_get(l.doc.root, "a")->tag,
	    "tag:yaml.org,2002:str");
	assert_string_equal(value_get(l.doc.root, "b")->tag, "!");
	assert_string_equal(value_get(l.doc.root, "c")->text, "1e5");
	loaded_release(&l);
}

static void
test_duplicate_key_names_both_positions(void **state)
{
	struct loaded l;
	const struct diag *d;

	(void)state;
	loaded_yaml(&l, "seed: 1\nlr: 1.0\nseed: 2\n");
	assert_true(l.ok);
	d = loaded_find(&l, DIAG_DUPLICATE_KEY);
	assert_non_null(d);
	assert_int_equal(d->severity, DIAG_WARNING);
	assert_int_equal(d->pos.line, 3);
	assert_int_equal(d->pos.column, 1);
	assert_string_equal(d->key, "seed");
	assert_non_null(strstr(d->message, "line 1, column 1"));
	/* the last value wins, at the key's first place */
	assert_string_equal(value_get(l.doc.root, "seed")->text, "2");
	assert_true(value_text_is(l.doc.root->pairs[0].key, "seed"));
	assert_int_equal(l.doc.root->len, 2);
	loaded_release(&l);

	loaded_json(&l, "{\"a\": {\"x\": 1,\n \"x\": 2}}");
	assert_true(l.ok);
	d = loaded_find(&l, DIAG_DUPLICATE_KEY);
	assert_non_null(d);
	assert_string_equal(d->key, "a.x");
	assert_int_equal(d->pos.line, 2);
	assert_int_equal(d->pos.column, 2);
	loaded_release(&l);
}

static void
test_merge_keys(void **state)
{
	struct loaded l;
	const struct value *run;

	(void)state;
	loaded_yaml(&l,
	    "base: &base {lr: 1.0, seed: 1, bs: 8}\n"
	    "more: &more {lr: 2.0, warmup: 10}\n"
	    "run:\n"
	    "  <<: [*more, *base]\n"
	    "  seed: 7\n");
	assert_true(l.ok);
	run = value_get(l.doc.root, "run");
	/* explicit keys win; in a list the earlier mapping wins */
	assert_string_equal(value_get(run, "seed")->text, "7");
	assert_string_equal(value_get(run, "lr")->text, "2.0");
	assert_string_equal(value_get(run, "bs")->text, "8");
	assert_string_equal(value_get(run, "warmup")->text, "10");
	/* merged values keep their own positions */
	assert_pos(value_get(run, "bs"), 1, 36);
	/* an alias shares its anchor's node */
	assert_ptr_equal(value_get(l.doc.root, "base")->pairs[2].value,
	    value_get(run, "bs"));
	assert_null(loaded_find(&l, DIAG_DUPLICATE_KEY));
	loaded_release(&l);
}

static void
test_load_errors_have_key_paths(void **state)
{
	struct loaded l;
	const struct diag *d;

	(void)state;
	loaded_yaml(&l, "outer:\n  list: [1, !!int x]\n");
	assert_false(l.ok);
	assert_null(l.doc.root);
	d = loaded_find(&l, DIAG_BAD_TAGGED_VALUE);
	assert_non_null(d);
	assert_string_equal(d->key, "outer.list[1]");
	assert_int_equal(d->pos.line, 2);
	assert_int_equal(d->pos.column, 13);
	assert_int_equal(d->upstream, DIAG_UPSTREAM_RAISES);
	loaded_release(&l);
}

/* 1e400 loads as inf and 1e-400 as 0.0: a warning, and the file loads. */
static void
test_floats_beyond_range_are_flagged(void **state)
{
	struct loaded l;
	const struct diag *d;

	(void)state;
	loaded_json(&l, "{\"a\": 1.5, \"b\": {\"c\": [1e400]}, "
	    "\"d\": -1e-400, \"e\": 0e-999, \"f\": 5e-324}");
	assert_true(l.ok);
	assert_int_equal(diag_count(&l.diags, DIAG_WARNING), 2);
	d = loaded_find(&l, DIAG_FLOAT_OUT_OF_RANGE);
	assert_string_equal(d->key, "b.c[0]");
	assert_int_equal(d->pos.column, 24);
	assert_non_null(strstr(d->message, "reads it as inf"));
	loaded_release(&l);

	loaded_yaml(&l, "a: 1.0e+400\nb: 1.0e-400\nc: .inf\nd: 1e400\n");
	assert_true(l.ok);
	assert_int_equal(diag_count(&l.diags, DIAG_WARNING), 2);
	d = loaded_find(&l, DIAG_FLOAT_OUT_OF_RANGE);
	assert_string_equal(d->key, "a");
	loaded_release(&l);
}

static void
test_top_level_must_be_a_mapping(void **state)
{
	struct loaded l;

	(void)state;
	loaded_yaml(&l, "- a\n- b\n");
	assert_false(l.ok);
	/* the tree is kept: Python loaded it, only it is no mapping */
	assert_non_null(l.doc.root);
	assert_non_null(loaded_find(&l, DIAG_NOT_A_MAPPING));
	loaded_release(&l);
	loaded_yaml(&l, "---\n...\n");
	assert_false(l.ok);
	assert_non_null(loaded_find(&l, DIAG_EMPTY_DOCUMENT));
	loaded_release(&l);
}

static void
test_json_numbers_and_literals(void **state)
{
	struct loaded l;
	const struct value *root;

	(void)state;
	loaded_json(&l, "{\"a\": 1.50, \"b\": 10, \"c\": 1E5, \"d\": true, "
	    "\"e\": null, \"f\": \"x\\u00e9\", \"g\": NaN}");
	assert_true(l.ok);
	root = l.doc.root;
	assert_int_equal(l.doc.format, VALUE_FORMAT_JSON);
	/* the text as written, and the type its syntax gives */
	assert_string_equal(value_get(root, "a")->text, "1.50");
	assert_string_equal(value_get(root, "a")->tag, "tag:yaml.org,2002:float");
	assert_string_equal(value_get(root, "b")->tag, "tag:yaml.org,2002:int");
	assert_string_equal(value_get(root, "c")->tag, "tag:yaml.org,2002:float");
	assert_string_equal(value_get(root, "d")->tag, "tag:yaml.org,2002:bool");
	assert_string_equal(value_get(root, "e")->tag, "tag:yaml.org,2002:null");
	assert_string_equal(value_get(root, "f")->text, "x\xc3\xa9");
	assert_int_equal(value_get(root, "f")->style, VALUE_STYLE_DOUBLE_QUOTED);
	assert_string_equal(value_get(root, "g")->text, "NaN");
	assert_non_null(loaded_find(&l, DIAG_JSON_NONSTANDARD));
	assert_pos(pair_key(root, "g"), 1, 70);
	assert_pos(value_get(root, "g"), 1, 75);
	loaded_release(&l);
}

static void
test_json_positions_multiline(void **state)
{
	struct loaded l;

	(void)state;
	loaded_json(&l, "{\r\n  \"x\": [1,\r\n    {\"y\": \"é\"}]\r\n}\r\n");
	assert_true(l.ok);
	assert_pos(pair_key(l.doc.root, "x"), 2, 3);
	assert_pos(value_get(l.doc.root, "x")->items[1], 3, 5);
	assert_pos(value_get(value_get(l.doc.root, "x")->items[1], "y"), 3, 11);
	loaded_release(&l);
}

static void
test_json_bom_is_reported_but_loaded(void **state)
{
	struct loaded l;
	const struct diag *d;

	(void)state;
	loaded_json(&l, "\xef\xbb\xbf{\"a\": 1}");
	assert_false(l.ok);
	d = loaded_find(&l, DIAG_JSON_BOM);
	assert_non_null(d);
	assert_int_equal(d->pos.line, 1);
	assert_int_equal(d->pos.column, 1);
	loaded_release(&l);
}

static void
load_with_limits(struct loaded *l, const char *name, const char *text,
    uint32_t depth, uint32_t nodes, size_t scalar)
{
	struct load_options options;

	load_options_init(&options);
	options.limits.max_depth = depth;
	options.limits.max_nodes = nodes;
	options.limits.max_scalar_len = scalar;
	loaded_init(l, name, text, strlen(text), &options);
}

static void
test_limits(void **state)
{
	struct loaded l;
	const struct diag *d;

	(void)state;
	load_with_limits(&l, "t.yaml", "a: [[[1]]]\n", 3, 100, 100);
	assert_false(l.ok);
	d = loaded_find(&l, DIAG_OVER_LIMIT);
	assert_non_null(d);
	assert_int_equal(d->pos.column, 6);
	loaded_release(&l);
	load_with_limits(&l, "t.yaml", "a: [[1]]\n", 3, 100, 100);
	assert_true(l.ok);
	loaded_release(&l);

	load_with_limits(&l, "t.json", "{\"a\": [[[1]]]}", 3, 100, 100);
	assert_false(l.ok);
	assert_non_null(loaded_find(&l, DIAG_OVER_LIMIT));
	loaded_release(&l);

	/* nodes: 1 mapping + 2 keys + 2 values */
	load_with_limits(&l, "t.yaml", "a: 1\nb: 2\n", 10, 5, 100);
	assert_true(l.ok);
	loaded_release(&l);
	load_with_limits(&l, "t.yaml", "a: 1\nb: 2\nc: 3\n", 10, 5, 100);
	assert_false(l.ok);
	assert_non_null(loaded_find(&l, DIAG_OVER_LIMIT));
	loaded_release(&l);

	/* an alias counts as a copy of what it names */
	load_with_limits(&l, "t.yaml", "a: &x [1, 2, 3, 4]\nb: *x\nc: *x\n",
	    10, 14, 100);
	assert_false(l.ok);
	loaded_release(&l);

	load_with_limits(&l, "t.yaml", "a: 12345\n", 10, 100, 4);
	assert_false(l.ok);
	d = loaded_find(&l, DIAG_OVER_LIMIT);
	assert_non_null(d);
	assert_non_null(strstr(d->message, "5 bytes"));
	loaded_release(&l);
	load_with_limits(&l, "t.json", "{\"a\": \"12345\"}", 10, 100, 4);
	assert_false(l.ok);
	loaded_release(&l);
}

/* A 1 KB alias bomb stops early and costs a few kilobytes of tree. */
static void
test_billion_laughs_is_cheap(void **state)
{
	char *text = xstrdup("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"), *more;
	struct loaded l;
	int i;

	(void)state;
	for (i = 1; i < 20; i++) {
		more = xasprintf("%sa%d: &a%d [*a%d, *a%d, *a%d, *a%d, *a%d, "
		    "*a%d, *a%d, *a%d, *a%d, *a%d]\n", text, i, i, i - 1, i - 1,
		    i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1);
		free(text);
		text = more;
	}
	assert_true(strlen(text) < 2048);
	loaded_yaml(&l, text);
	assert_false(l.ok);
	assert_non_null(loaded_find(&l, DIAG_OVER_LIMIT));
	assert_true(l.doc.arena.used < 64 * 1024);
	loaded_release(&l);
	free(text);
}

static void
test_file_size_limit(void **state)
{
	char path[] = "/tmp/targs-test-XXXXXX";
	struct load_options options;
	struct source src;
	struct diag_list diags;
	struct value_doc doc;
	char *error;
	FILE *f;
	int fd;

	(void)state;
	fd = mkstemp(path);
	assert_true(fd >= 0);
	f = fdopen(fd, "w");
	fputs("output_dir: a-rather-long-value\n", f);
	fclose(f);
	load_options_init(&options);
	options.limits.max_file_size = 10;
	assert_int_equal(source_read(&src, path, NULL, 10, &error),
	    SOURCE_READ_OK);
	diag_list_init(&diags, src.name);
	assert_false(load_source(&src, &options, &doc, &diags));
	assert_int_equal(diags.len, 1);
	assert_int_equal(diags.items[0].id, DIAG_OVER_LIMIT);
	value_doc_release(&doc);
	diag_list_release(&diags);
	source_release(&src);
	unlink(path);
}

static void
test_format_detection(void **state)
{
	struct source src;

	(void)state;
	source_init_memory(&src, "x", " \n{\"a\": 1}", 10);
	assert_int_equal(load_detect_format("x", &src, LOAD_FORMAT_AUTO),
	    VALUE_FORMAT_JSON);
	assert_int_equal(load_detect_format("x.yaml", &src, LOAD_FORMAT_AUTO),
	    VALUE_FORMAT_YAML);
	assert_int_equal(load_detect_format("x", &src, LOAD_FORMAT_YAML),
	    VALUE_FORMAT_YAML);
	source_release(&src);
	source_init_memory(&src, "x", "a: 1", 4);
	assert_int_equal(load_detect_format("x.json", &src, LOAD_FORMAT_AUTO),
	    VALUE_FORMAT_JSON);
	assert_int_equal(load_detect_format("<stdin>", &src, LOAD_FORMAT_AUTO),
	    VALUE_FORMAT_YAML);
	source_release(&src);
}

static void
test_pyyaml_tab_rule(void **state)
{
	static const struct {
		const char	*text;
		bool		 ok;
	} rows[] = {
		{ "a: 'x\ty'\n", true },
		{ "a: |\n  x\ty\n", true },
		{ "a: 1 # a\tcomment\n", true },
		{ "a:\t1\n", false },
		{ "a: 1\t\n", false },
		{ "a: b\tc\n", false },
		{ "a: [1,\t2]\n", false },
		{ "\ta: 1\n", false },
	};
	struct loaded l;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof rows / sizeof *rows; i++) {
		loaded_yaml(&l, rows[i].text);
		if (l.ok != rows[i].ok)
			fail_msg("%s: expected %s", rows[i].text,
			    rows[i].ok ? "loaded" : "a tab error");
		if (!rows[i].ok)
			assert_non_null(loaded_find(&l, DIAG_TAB_INDENT));
		loaded_release(&l);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_yaml_positions_and_styles),
		cmocka_unit_test(test_yaml_tags_kept),
		cmocka_unit_test(test_duplicate_key_names_both_positions),
		cmocka_unit_test(test_merge_keys),
		cmocka_unit_test(test_load_errors_have_key_paths),
		cmocka_unit_test(test_floats_beyond_range_are_flagged),
		cmocka_unit_test(test_top_level_must_be_a_mapping),
		cmocka_unit_test(test_json_numbers_and_literals),
		cmocka_unit_test(test_json_positions_multiline),
		cmocka_unit_test(test_json_bom_is_reported_but_loaded),
		cmocka_unit_test(test_limits),
		cmocka_unit_test(test_billion_laughs_is_cheap),
		cmocka_unit_test(test_file_size_limit),
		cmocka_unit_test(test_format_detection),
		cmocka_unit_test(test_pyyaml_tab_rule),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
