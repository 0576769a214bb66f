/*
 * test-select.c: choosing codes (rule-select.c), suppression comments
 * (suppress.c) and the walk's exclusion globs (walk.c).
 */
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "targs/rule-select.h"
#include "targs/suppress.h"
#include "targs/walk.h"

static void
test_selector_match(void **state)
{
	(void)state;
	assert_int_equal(rule_selector_match("ALL", "TA203"), 0);
	assert_int_equal(rule_selector_match("TA2", "TA203"), 3);
	assert_int_equal(rule_selector_match("TA203", "TA203"), 5);
	assert_int_equal(rule_selector_match("TA3", "TA203"), -1);
	assert_int_equal(rule_selector_match("", "TA203"), -1);
	assert_true(rule_selector_valid("TA"));
	assert_true(rule_selector_valid("TA60"));
	assert_false(rule_selector_valid("TA9"));
	assert_false(rule_selector_valid("ta203"));
	assert_false(rule_selector_valid("unknown-key"));
}

static void
test_split(void **state)
{
	size_t n;
	char *bad, **list;

	(void)state;
	list = rule_selectors_split(" TA2 ,TA301", &n, &bad);
	assert_non_null(list);
	assert_int_equal(n, 2);
	assert_string_equal(list[0], "TA2");
	assert_string_equal(list[1], "TA301");
	rule_selectors_free(list, n);
	assert_null(rule_selectors_split("TA2,,TA3", &n, &bad));
	assert_string_equal(bad, "");
	free(bad);
	assert_null(rule_selectors_split("TA2,TA999", &n, &bad));
	assert_string_equal(bad, "TA999");
	free(bad);
}

static bool
enabled(const struct rule_selection *sel, const char *code)
{
	size_t i;

	for (i = 0; i < DIAG_ID_COUNT; i++)
		if (strcmp(diag_code_table[i].code, code) == 0)
			return rule_selection_enabled(sel, (enum diag_id)i);
	fail_msg("no code %s", code);
	return false;
}

/* Inside a layer the longer selector wins; a later select replaces. */
static void
test_layers(void **state)
{
	static const char *const ta2[] = { "TA2" }, *const ta203[] = {
		"TA203" }, *const ta3[] = { "TA3" };
	struct rule_layer a = { ta2, 1, true, ta203, 1 };
	struct rule_layer b = { ta203, 1, true, ta2, 1 };
	struct rule_layer c = { NULL, 0, false, ta3, 1 };
	struct rule_selection sel;

	(void)state;
	rule_selection_init(&sel);
	assert_true(enabled(&sel, "TA101"));
	rule_selection_apply(&sel, &a);
	assert_true(enabled(&sel, "TA205"));
	assert_false(enabled(&sel, "TA203"));
	assert_false(enabled(&sel, "TA101"));
	rule_selection_apply(&sel, &b);
	assert_true(enabled(&sel, "TA203"));
	assert_false(enabled(&sel, "TA205"));
	rule_selection_init(&sel);
	rule_selection_apply(&sel, &c);
	assert_false(enabled(&sel, "TA331"));
	assert_true(enabled(&sel, "TA203"));
}

/* Finds l's directives and applies them to its diagnostics. */
static void
apply(struct loaded *l, bool unused)
{
	struct rule_selection sel;
	struct suppressions sup;

	rule_selection_init(&sel);
	suppress_scan(&l->src, &l->doc, &sup);
	suppress_apply(&sup, &l->diags, &sel, unused);
	suppressions_release(&sup);
}

static void
add(struct loaded *l, enum diag_id id, uint32_t line, const char *key)
{
	diag_add(&l->diags, id, at(line, 1), key, "made by hand");
}

/* '#' in a string or block scalar is text; in a gap it is a comment. */
static void
test_comments_only(void **state)
{
	static const char text[] =
	    "a: '# targs: ignore[TA203]'\n"
	    "b: |\n"
	    "  # targs: ignore[TA203]\n"
	    "c: [x, \"# targs: ignore[TA203]\"]\n"
	    "d: 1 # targs: ignore[TA203]\n";
	struct loaded l;

	(void)state;
	loaded_yaml(&l, text);
	add(&l, DIAG_UNKNOWN_KEY, 1, "a");
	add(&l, DIAG_UNKNOWN_KEY, 3, "b");
	add(&l, DIAG_UNKNOWN_KEY, 4, "c");
	add(&l, DIAG_UNKNOWN_KEY, 5, "d");
	apply(&l, false);
	assert_int_equal(l.diags.len, 3);
	assert_string_equal(l.diags.items[2].key, "c");
	loaded_release(&l);
}

/* A directive on a key line covers the value below it, nested too. */
static void
test_key_lines(void **state)
{
	struct loaded l;

	(void)state;
	loaded_yaml(&l, "x:\n  a: 1\nfsdp_config:   # targs: ignore[TA2]\n"
	    "  min: [1,\n    2]\ny: 1\n");
	add(&l, DIAG_WRONG_TYPE, 5, "fsdp_config.min[1]");
	add(&l, DIAG_WRONG_TYPE, 2, "x.a");
	add(&l, DIAG_WRONG_TYPE, 6, "y");
	add(&l, DIAG_WRONG_TYPE, 6, "fsdp_configs");
	apply(&l, false);
	assert_int_equal(l.diags.len, 3);
	assert_string_equal(l.diags.items[0].key, "x.a");
	assert_string_equal(l.diags.items[1].key, "y");
	assert_string_equal(l.diags.items[2].key, "fsdp_configs");
	loaded_release(&l);
}

static void
test_file_wide_and_unused(void **state)
{
	struct loaded l;

	(void)state;
	loaded_yaml(&l, "# targs: ignore-file[TA4, TA5]\na: 1  # targs: "
	    "ignore[TA203]\nb: 2  # why # targs: ignore\n");
	add(&l, DIAG_EPOCHS_IGNORED, 3, "b");
	add(&l, DIAG_UNKNOWN_KEY, 9, NULL);
	apply(&l, true);
	/* TA203 at line 9 stays; TA601 for the bare ignore; TA602 for the
	 * unused TA203, the unused TA5 and the blanket that silenced nothing
	 * (the file-wide TA4 took line 3's diagnostic after the line's
	 * blanket did: nearest first) */
	assert_non_null(loaded_find(&l, DIAG_UNKNOWN_KEY));
	assert_non_null(loaded_find(&l, DIAG_BLANKET_SUPPRESSION));
	assert_null(loaded_find(&l, DIAG_EPOCHS_IGNORED));
	assert_int_equal(l.diags.len, 5);
	loaded_release(&l);
}

static void
test_excluded(void **state)
{
	const char *const globs[] = { "old", "configs/draft-*", "*.json" };
	const char *const dotted[] = { "./x/*" };

	(void)state;
	assert_true(walk_excluded("a/old", globs, 3));
	assert_false(walk_excluded("a/older/x.yaml", globs, 3));
	assert_true(walk_excluded("./configs/draft-1.yaml", globs, 3));
	assert_true(walk_excluded("configs/draft-1/x.yaml", globs, 3));
	assert_true(walk_excluded("x/y.json", globs, 3));
	assert_false(walk_excluded("x/y.yaml", globs, 3));
	/* a glob spelt from ./ matches paths spelt with or without it */
	assert_true(walk_excluded("./x/a.yaml", dotted, 1));
	assert_true(walk_excluded("x/a.yaml", dotted, 1));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_selector_match),
		cmocka_unit_test(test_split),
		cmocka_unit_test(test_layers),
		cmocka_unit_test(test_comments_only),
		cmocka_unit_test(test_key_lines),
		cmocka_unit_test(test_file_wide_and_unused),
		cmocka_unit_test(test_excluded),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
