/*
 * test-term.c: the colour decision. auto colours only a terminal and only
 * without NO_COLOR (an empty NO_COLOR counts as unset); always and never
 * win over NO_COLOR, as no-color.org asks of explicit flags.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "targs/term.h"

static void
test_explicit_choices(void **state)
{
	FILE *f = tmpfile();

	(void)state;
	assert_non_null(f);
	setenv("NO_COLOR", "1", 1);
	assert_true(term_use_color("always", f));
	assert_false(term_use_color("never", f));
	unsetenv("NO_COLOR");
	assert_true(term_use_color("always", f));
	assert_false(term_use_color("never", f));
	fclose(f);
}

static void
test_auto_needs_a_terminal(void **state)
{
	FILE *f = tmpfile();

	(void)state;
	assert_non_null(f);
	unsetenv("NO_COLOR");
	unsetenv("FORCE_COLOR");
	assert_false(term_use_color("auto", f));
	assert_false(term_use_color(NULL, f));
	fclose(f);
}

/* FORCE_COLOR colours a pipe; NO_COLOR and the explicit flags win. */
static void
test_force_color(void **state)
{
	FILE *f = tmpfile();

	(void)state;
	assert_non_null(f);
	unsetenv("NO_COLOR");
	setenv("FORCE_COLOR", "1", 1);
	assert_true(term_use_color("auto", f));
	assert_false(term_use_color("never", f));
	setenv("FORCE_COLOR", "0", 1);
	assert_false(term_use_color("auto", f));
	setenv("FORCE_COLOR", "false", 1);
	assert_false(term_use_color("auto", f));
	setenv("FORCE_COLOR", "", 1);
	assert_false(term_use_color("auto", f));
	setenv("FORCE_COLOR", "3", 1);
	setenv("NO_COLOR", "1", 1);
	assert_false(term_use_color("auto", f));
	assert_true(term_use_color("always", f));
	unsetenv("NO_COLOR");
	unsetenv("FORCE_COLOR");
	fclose(f);
}

/* A pseudo-terminal stands in for one, when the system lends one. */
static void
test_auto_on_a_terminal(void **state)
{
	FILE *tty = fopen("/dev/ptmx", "r+");

	(void)state;
	if (tty == NULL)
		skip();
	unsetenv("NO_COLOR");
	assert_true(term_use_color("auto", tty));
	setenv("NO_COLOR", "", 1);
	assert_true(term_use_color("auto", tty));
	setenv("NO_COLOR", "yes", 1);
	assert_false(term_use_color("auto", tty));
	unsetenv("NO_COLOR");
	fclose(tty);
}

static void
test_styles(void **state)
{
	const struct term_style *plain = term_style(false);
	const struct term_style *ansi = term_style(true);

	(void)state;
	assert_string_equal(plain->error, "");
	assert_string_equal(plain->reset, "");
	assert_non_null(strstr(ansi->error, "31"));
	assert_string_equal(ansi->reset, "\033[0m");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_explicit_choices),
		cmocka_unit_test(test_auto_needs_a_terminal),
		cmocka_unit_test(test_force_color),
		cmocka_unit_test(test_auto_on_a_terminal),
		cmocka_unit_test(test_styles),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
