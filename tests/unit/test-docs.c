/*
 * test-docs.c: docs/diagnostics.md lists every diagnostic code exactly as
 * diag_code_table has it: code, name, severity, upstream and summary; and
 * docs/rules.md lists every rule with its code, reference, releases and
 * reads.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
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

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_codes_table_is_current),
		cmocka_unit_test(test_rules_table_is_current),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
