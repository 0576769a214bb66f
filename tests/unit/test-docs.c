/*
 * test-docs.c: docs/diagnostics.md lists every diagnostic code exactly as
 * diag_code_table has it: code, name, severity, upstream and summary; and
 * docs/rules.md lists every rule with its code, reference, releases and
 * reads; docs/diff.md every plan number diff compares.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "targs/diff.h"
#include "targs/rules.h"
#include "targs/version.h"
#include "targs/xalloc.h"

static void
test_codes_table_is_current(void **state)
{
	size_t len, i;
	char *doc = read_file(TARGS_DOCS_DIR "/diagnostics.md", &len), *row;
	const struct diag_code *c;
	const char *upstream;

	(void)state;
	assert_non_null(doc);
	for (i = 0; i < DIAG_ID_COUNT; i++) {
		c = &diag_code_table[i];
		upstream = diag_upstream_name(c->upstream);
		row = xasprintf("| %s | %s | %s | %s | %s |\n", c->code, c->name,
		    diag_severity_name(c->severity), upstream ? upstream : "null",
		    c->summary);
		if (strstr(doc, row) == NULL)
			fail_msg("docs/diagnostics.md lacks the row: %s", row);
		free(row);
	}
	free(doc);
}

static void
test_rules_table_is_current(void **state)
{
	size_t len;
	char *doc = read_file(TARGS_DOCS_DIR "/rules.md", &len), *row;
	char range[2 * VERSION_TEXT_MAX];
	const struct diag_code *c;
	const struct rule *r;

	(void)state;
	assert_non_null(doc);
	for (r = rule_table; r->name != NULL; r++) {
		c = &diag_code_table[r->code];
		version_format_range(r->since, r->removed != 0 ?
		    version_prev(r->removed) : VERSION_NEWEST, range);
		row = xasprintf("| %s %s | `%s` | %s | %s | %s |\n", c->code,
		    c->name, r->name, r->ref, range, r->reads);
		if (strstr(doc, row) == NULL)
			fail_msg("docs/rules.md lacks the row: %s", row);
		free(row);
	}
	free(doc);
}

static void
test_diff_plan_numbers_are_current(void **state)
{
	size_t len, i;
	char *doc = read_file(TARGS_DOCS_DIR "/diff.md", &len), *row;
	struct plan none;
	struct diff d;

	(void)state;
	assert_non_null(doc);
	memset(&none, 0, sizeof none);
	diff_init(&d);
	diff_plans(&d, &none, &none);
	assert_true(d.plan_count > 0);
	for (i = 0; i < d.plan_count; i++) {
		row = xasprintf("| `%s` | %s |", d.plan[i].name,
		    d.plan[i].label);
		if (strstr(doc, row) == NULL)
			fail_msg("docs/diff.md lacks the row: %s", row);
		free(row);
	}
	diff_release(&d);
	free(doc);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_codes_table_is_current),
		cmocka_unit_test(test_rules_table_is_current),
		cmocka_unit_test(test_diff_plan_numbers_are_current),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
