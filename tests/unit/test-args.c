/*
 * test-args.c: parsing a command's arguments with args_parse, against a
 * command of this file's own (a flag with a letter, a value with choices
 * and a default, a value without choices, long-only options): values and
 * flags, the three spellings of a value, operands in any place, errors
 * with their "did you mean" and usage line, -h/--help, args_get and
 * args_has; operands limited to choices. Then cmd_find and cmd_print_help
 * on the real command table.
 */
#include "helpers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "targs/cmd.h"

static const char *const lint_formats[] = { "text", "json", "sarif", NULL };

static const struct cmd_option lint_options[] = {
	{ .name = "format", .short_name = 'f', .arg = "FORMAT",
	  .choices = lint_formats, .def = "text", .help = "how to report" },
	{ .name = "output", .short_name = 'o', .arg = "FILE",
	  .help = "where to write" },
	{ .name = "verbose", .short_name = 'v', .help = "say more" },
	{ .name = "dry-run", .help = "change nothing" },
	{ .name = "label", .arg = "NAME", .help = "a name to show" },
	{ 0 },
};

static enum cmd_exit
lint_exec(const struct args *args)
{
	(void)args;
	fail_msg("args_parse must not run the command");
	return CMD_EXIT_TROUBLE;
}

static const struct cmd_entry lint_entry = {
	.name = "lint",
	.summary = "a command for these tests",
	.usage = "[options] FILE [FILE]",
	.description = "Lint one or two files.",
	.options = lint_options,
	.min_args = 1,
	.max_args = 2,
	.exec = lint_exec,
};

/* A second command: at least two operands, any number more. */
static const struct cmd_option pair_options[] = {
	{ 0 },
};

static const struct cmd_entry pair_entry = {
	.name = "pair",
	.summary = "two or more",
	.usage = "A B...",
	.description = "Needs two.",
	.options = pair_options,
	.min_args = 2,
	.max_args = -1,
	.exec = lint_exec,
};

/* A third: operands from a list, as `completion SHELL` takes them. */
static const char *const pick_colours[] = { "red", "green", "blue", NULL };

static const struct cmd_entry pick_entry = {
	.name = "pick",
	.summary = "colours",
	.usage = "COLOUR...",
	.description = "Pick colours.",
	.options = pair_options,
	.min_args = 1,
	.max_args = -1,
	.operand_choices = pick_colours,
	.exec = lint_exec,
};

#define LINT_USAGE "usage: targs lint [options] FILE [FILE]\n"

/* Order of lint_options: format, output, verbose, dry-run, label. */
#define NOPTIONS 5

struct args_row {
	const char	*argv[8];          /* ends with NULL */
	enum cmd_exit	 result;
	bool		 done;
	const char	*values[NOPTIONS];  /* NULL: absent; "": a set flag */
	const char	*operands[4];      /* ends with NULL */
	const char	*err;              /* exactly; NULL: nothing */
};

static const struct args_row args_rows[] = {
	/* values and flags */
	{ { "lint", "a.yaml", NULL }, CMD_EXIT_OK, false,
	  { NULL, NULL, NULL, NULL, NULL }, { "a.yaml", NULL }, NULL },
	{ { "lint", "--format=json", "a", NULL }, CMD_EXIT_OK, false,
	  { "json", NULL, NULL, NULL, NULL }, { "a", NULL }, NULL },
	{ { "lint", "--format", "json", "a", NULL }, CMD_EXIT_OK, false,
	  { "json", NULL, NULL, NULL, NULL }, { "a", NULL }, NULL },
	{ { "lint", "-f", "sarif", "a", NULL }, CMD_EXIT_OK, false,
	  { "sarif", NULL, NULL, NULL, NULL }, { "a", NULL }, NULL },
	{ { "lint", "-fjson", "a", NULL }, CMD_EXIT_OK, false,
	  { "json", NULL, NULL, NULL, NULL }, { "a", NULL }, NULL },
	{ { "lint", "-v", "--dry-run", "a", NULL }, CMD_EXIT_OK, false,
	  { NULL, NULL, "", "", NULL }, { "a", NULL }, NULL },
	{ { "lint", "--verbose", "a", NULL }, CMD_EXIT_OK, false,
	  { NULL, NULL, "", NULL, NULL }, { "a", NULL }, NULL },
	{ { "lint", "-vf", "text", "a", NULL }, CMD_EXIT_OK, false,
	  { "text", NULL, "", NULL, NULL }, { "a", NULL }, NULL },
	{ { "lint", "-o", "out.txt", "--label", "x y", "a", NULL },
	  CMD_EXIT_OK, false,
	  { NULL, "out.txt", NULL, NULL, "x y" }, { "a", NULL }, NULL },
	/* no choices: anything goes, even an empty value or a dash */
	{ { "lint", "--output=", "--label=-", "a", NULL }, CMD_EXIT_OK, false,
	  { NULL, "", NULL, NULL, "-" }, { "a", NULL }, NULL },
	{ { "lint", "--output", "--verbose", "a", NULL }, CMD_EXIT_OK, false,
	  { NULL, "--verbose", NULL, NULL, NULL }, { "a", NULL }, NULL },
	/* the last value wins */
	{ { "lint", "--format=json", "-f", "text", "a", NULL }, CMD_EXIT_OK,
	  false, { "text", NULL, NULL, NULL, NULL }, { "a", NULL }, NULL },
	{ { "lint", "-o", "1", "-o", "2", "--output=3", "a", NULL },
	  CMD_EXIT_OK, false,
	  { NULL, "3", NULL, NULL, NULL }, { "a", NULL }, NULL },
	/* operands anywhere (GNU permutation), "-", and after "--" */
	{ { "lint", "a", "--verbose", "b", NULL }, CMD_EXIT_OK, false,
	  { NULL, NULL, "", NULL, NULL }, { "a", "b", NULL }, NULL },
	{ { "lint", "a", "b", "-f", "json", NULL }, CMD_EXIT_OK, false,
	  { "json", NULL, NULL, NULL, NULL }, { "a", "b", NULL }, NULL },
	{ { "lint", "-", "b", NULL }, CMD_EXIT_OK, false,
	  { NULL, NULL, NULL, NULL, NULL }, { "-", "b", NULL }, NULL },
	{ { "lint", "--", "-v", "--format=x", NULL }, CMD_EXIT_OK, false,
	  { NULL, NULL, NULL, NULL, NULL }, { "-v", "--format=x", NULL },
	  NULL },
	{ { "lint", "a", "-v", "--", "-", NULL }, CMD_EXIT_OK, false,
	  { NULL, NULL, "", NULL, NULL }, { "a", "-", NULL }, NULL },
	{ { "lint", "--", "-h", NULL }, CMD_EXIT_OK, false,
	  { NULL, NULL, NULL, NULL, NULL }, { "-h", NULL }, NULL },
	/* unknown options */
	{ { "lint", "--fromat", "json", "a", NULL }, CMD_EXIT_TROUBLE, false,
	  { NULL }, { NULL },
	  "targs lint: unknown option '--fromat'\n"
	  "did you mean '--format'?\n" LINT_USAGE },
	{ { "lint", "a", "--fromat=json", NULL }, CMD_EXIT_TROUBLE, false,
	  { NULL }, { NULL },
	  "targs lint: unknown option '--fromat'\n"
	  "did you mean '--format'?\n" LINT_USAGE },
	{ { "lint", "--dryrun", "a", NULL }, CMD_EXIT_TROUBLE, false,
	  { NULL }, { NULL },
	  "targs lint: unknown option '--dryrun'\n"
	  "did you mean '--dry-run'?\n" LINT_USAGE },
	{ { "lint", "--hlep", NULL }, CMD_EXIT_TROUBLE, false,
	  { NULL }, { NULL },
	  "targs lint: unknown option '--hlep'\n"
	  "did you mean '--help'?\n" LINT_USAGE },
	{ { "lint", "--zzzzzz", "a", NULL }, CMD_EXIT_TROUBLE, false,
	  { NULL }, { NULL },
	  "targs lint: unknown option '--zzzzzz'\n" LINT_USAGE },
	{ { "lint", "-x", "a", NULL }, CMD_EXIT_TROUBLE, false,
	  { NULL }, { NULL },
	  "targs lint: unknown option '-x'\n" LINT_USAGE },
	{ { "lint", "-vx", "a", NULL }, CMD_EXIT_TROUBLE, false,
	  { NULL }, { NULL },
	  "targs lint: unknown option '-x'\n" LINT_USAGE },
	{ { "lint", "-xv", "a", NULL }, CMD_EXIT_TROUBLE, false,
	  { NULL }, { NULL },
	  "targs lint: unknown option '-x'\n" LINT_USAGE },
	/* a missing value */
	{ { "lint", "a", "-f", NULL }, CMD_EXIT_TROUBLE, false,
	  { NULL }, { NULL },
	  "targs lint: option '-f' needs a value\n" LINT_USAGE },
	{ { "lint", "a", "--format", NULL }, CMD_EXIT_TROUBLE, false,
	  { NULL }, { NULL },
	  "targs lint: option '--format' needs a value\n" LINT_USAGE },
	{ { "lint", "a", "--label", NULL }, CMD_EXIT_TROUBLE, false,
	  { NULL }, { NULL },
	  "targs lint: option '--label' needs a value\n" LINT_USAGE },
	/* a value not among the choices */
	{ { "lint", "--format=jsno", "a", NULL }, CMD_EXIT_TROUBLE, false,
	  { NULL }, { NULL },
	  "targs lint: invalid value 'jsno' for '--format': expected one of "
	  "text, json, sarif\ndid you mean 'json'?\n" LINT_USAGE },
	{ { "lint", "-f", "sar", "a", NULL }, CMD_EXIT_TROUBLE, false,
	  { NULL }, { NULL },
	  "targs lint: invalid value 'sar' for '--format': expected one of "
	  "text, json, sarif\ndid you mean 'sarif'?\n" LINT_USAGE },
	{ { "lint", "-f", "xml", "a", NULL }, CMD_EXIT_TROUBLE, false,
	  { NULL }, { NULL },
	  "targs lint: invalid value 'xml' for '--format': expected one of "
	  "text, json, sarif\n" LINT_USAGE },
	{ { "lint", "--format=", "a", NULL }, CMD_EXIT_TROUBLE, false,
	  { NULL }, { NULL },
	  "targs lint: invalid value '' for '--format': expected one of "
	  "text, json, sarif\n" LINT_USAGE },
	{ { "lint", "--format=JSON", "a", NULL }, CMD_EXIT_TROUBLE, false,
	  { NULL }, { NULL },
	  "targs lint: invalid value 'JSON' for '--format': expected one of "
	  "text, json, sarif\n" LINT_USAGE },
	/* operand counts */
	{ { "lint", NULL }, CMD_EXIT_TROUBLE, false,
	  { NULL }, { NULL },
	  "targs lint: expected an operand\n" LINT_USAGE },
	{ { "lint", "-v", "--", NULL }, CMD_EXIT_TROUBLE, false,
	  { NULL }, { NULL },
	  "targs lint: expected an operand\n" LINT_USAGE },
	{ { "lint", "a", "b", "c", NULL }, CMD_EXIT_TROUBLE, false,
	  { NULL }, { NULL },
	  "targs lint: unexpected operand 'c'\n" LINT_USAGE },
	{ { "lint", "a", "-v", "b", "--", "-c", "d", NULL }, CMD_EXIT_TROUBLE,
	  false, { NULL }, { NULL },
	  "targs lint: unexpected operand '-c'\n" LINT_USAGE },
	/* help: printed to out, nothing parsed after it */
	{ { "lint", "-h", NULL }, CMD_EXIT_OK, true,
	  { NULL, NULL, NULL, NULL, NULL }, { NULL }, NULL },
	{ { "lint", "--help", NULL }, CMD_EXIT_OK, true,
	  { NULL, NULL, NULL, NULL, NULL }, { NULL }, NULL },
	{ { "lint", "a", "b", "c", "--help", "--bogus", NULL }, CMD_EXIT_OK,
	  true, { NULL, NULL, NULL, NULL, NULL }, { NULL }, NULL },
	{ { "lint", "-v", "-h", NULL }, CMD_EXIT_OK, true,
	  { NULL, NULL, "", NULL, NULL }, { NULL }, NULL },
	/* an error before the help wins */
	{ { "lint", "--fromat", "-h", NULL }, CMD_EXIT_TROUBLE, false,
	  { NULL }, { NULL },
	  "targs lint: unknown option '--fromat'\n"
	  "did you mean '--format'?\n" LINT_USAGE },
};

/* A writable argv, as main() gets it, and the strings to free. */
struct argv_copy {
	char	**argv;
	char	**own;
	int	  argc;
};

static void
argv_make(struct argv_copy *a, const char *const *words)
{
	int i;

	for (a->argc = 0; words[a->argc] != NULL; a->argc++)
		continue;
	a->argv = calloc((size_t)a->argc + 1, sizeof *a->argv);
	a->own = calloc((size_t)a->argc + 1, sizeof *a->own);
	assert_non_null(a->argv);
	assert_non_null(a->own);
	for (i = 0; i < a->argc; i++) {
		a->own[i] = strdup(words[i]);
		assert_non_null(a->own[i]);
		a->argv[i] = a->own[i];
	}
}

static void
argv_free(struct argv_copy *a)
{
	int i;

	for (i = 0; i < a->argc; i++)
		free(a->own[i]);
	free(a->own);
	free(a->argv);
}

/* A stream writing to memory. */
struct capture {
	FILE	*f;
	char	*buf;
	size_t	 len;
};

static void
capture_open(struct capture *c)
{
	c->buf = NULL;
	c->len = 0;
	c->f = open_memstream(&c->buf, &c->len);
	assert_non_null(c->f);
}

/* Closes the stream; the text stays in c->buf for capture_free. */
static const char *
capture_close(struct capture *c)
{
	assert_int_equal(fclose(c->f), 0);
	c->f = NULL;
	return c->buf;
}

static void
capture_free(struct capture *c)
{
	free(c->buf);
	c->buf = NULL;
}

static bool
starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

static void
test_args_table(void **state)
{
	const struct args_row *r;
	struct argv_copy a;
	struct capture out, err;
	struct args args;
	enum cmd_exit result;
	bool done;
	size_t i, j, n;

	(void)state;
	for (i = 0; i < sizeof args_rows / sizeof args_rows[0]; i++) {
		r = &args_rows[i];
		argv_make(&a, r->argv);
		capture_open(&out);
		capture_open(&err);
		done = !r->done;
		result = args_parse(&lint_entry, a.argc, a.argv, &args, &done,
		    out.f, err.f);
		capture_close(&out);
		capture_close(&err);
		if (result != r->result || done != r->done)
			fail_msg("row %zu: result %d done %d; err: %s", i,
			    (int)result, (int)done, err.buf);
		assert_ptr_equal(args.cmd, &lint_entry);
		if (r->err != NULL) {
			if (strcmp(err.buf, r->err) != 0)
				fail_msg("row %zu: err\n%s\nexpected\n%s", i,
				    err.buf, r->err);
			assert_string_equal(out.buf, "");
		} else {
			if (err.buf[0] != '\0')
				fail_msg("row %zu: unexpected err: %s", i,
				    err.buf);
			if (r->done)
				assert_true(starts_with(out.buf, LINT_USAGE));
			else
				assert_string_equal(out.buf, "");
		}
		for (j = 0; result == CMD_EXIT_OK && j < NOPTIONS; j++) {
			if (r->values[j] == NULL && args.values[j] != NULL)
				fail_msg("row %zu: --%s is '%s'", i,
				    lint_options[j].name, args.values[j]);
			if (r->values[j] == NULL)
				continue;
			if (args.values[j] == NULL)
				fail_msg("row %zu: --%s unset", i,
				    lint_options[j].name);
			assert_string_equal(args.values[j], r->values[j]);
		}
		if (result == CMD_EXIT_OK && !r->done) {
			for (n = 0; r->operands[n] != NULL; n++)
				continue;
			if ((size_t)args.argc != n)
				fail_msg("row %zu: %d operands, expected %zu",
				    i, args.argc, n);
			for (j = 0; j < n; j++)
				assert_string_equal(args.argv[j],
				    r->operands[j]);
		}
		args_release(&args);
		capture_free(&out);
		capture_free(&err);
		argv_free(&a);
	}
}

static void
test_args_operand_counts(void **state)
{
	static const char *const one[] = { "pair", "a", NULL };
	static const char *const many[] = { "pair", "a", "b", "c", "d", "e",
	    "f", "g", "h", NULL };
	struct argv_copy a;
	struct capture out, err;
	struct args args;
	bool done;

	(void)state;
	argv_make(&a, one);
	capture_open(&out);
	capture_open(&err);
	assert_int_equal(args_parse(&pair_entry, a.argc, a.argv, &args, &done,
	    out.f, err.f), CMD_EXIT_TROUBLE);
	assert_string_equal(capture_close(&err),
	    "targs pair: expected more operands\nusage: targs pair A B...\n");
	assert_string_equal(capture_close(&out), "");
	args_release(&args);
	capture_free(&out);
	capture_free(&err);
	argv_free(&a);

	/* no upper limit */
	argv_make(&a, many);
	capture_open(&out);
	capture_open(&err);
	assert_int_equal(args_parse(&pair_entry, a.argc, a.argv, &args, &done,
	    out.f, err.f), CMD_EXIT_OK);
	assert_false(done);
	assert_int_equal(args.argc, 8);
	assert_string_equal(args.argv[0], "a");
	assert_string_equal(args.argv[7], "h");
	assert_string_equal(capture_close(&err), "");
	assert_string_equal(capture_close(&out), "");
	args_release(&args);
	capture_free(&out);
	capture_free(&err);
	argv_free(&a);
}

/* Parses words with pick_entry; err must be expect (NULL: nothing). */
static void
pick_parse(const char *const *words, const char *expect)
{
	struct argv_copy a;
	struct capture out, err;
	struct args args;
	bool done;

	argv_make(&a, words);
	capture_open(&out);
	capture_open(&err);
	assert_int_equal(args_parse(&pick_entry, a.argc, a.argv, &args, &done,
	    out.f, err.f), expect == NULL ? CMD_EXIT_OK : CMD_EXIT_TROUBLE);
	assert_string_equal(capture_close(&err), expect == NULL ? "" :
	    expect);
	assert_string_equal(capture_close(&out), "");
	args_release(&args);
	capture_free(&out);
	capture_free(&err);
	argv_free(&a);
}

static void
test_args_operand_choices(void **state)
{
	static const char *const good[] = { "pick", "blue", "red", "blue",
	    NULL };
	static const char *const typo[] = { "pick", "red", "gren", NULL };
	static const char *const far[] = { "pick", "purple", "red", NULL };
	static const char *const upper[] = { "pick", "RED", NULL };
	struct capture out;

	(void)state;
	pick_parse(good, NULL);
	pick_parse(typo, "targs pick: invalid operand 'gren': expected one "
	    "of red, green, blue\ndid you mean 'green'?\n"
	    "usage: targs pick COLOUR...\n");
	pick_parse(far, "targs pick: invalid operand 'purple': expected one "
	    "of red, green, blue\nusage: targs pick COLOUR...\n");
	/* exact, as option values are */
	pick_parse(upper, "targs pick: invalid operand 'RED': expected one "
	    "of red, green, blue\nusage: targs pick COLOUR...\n");

	/* help names them */
	capture_open(&out);
	cmd_print_help(out.f, &pick_entry);
	assert_string_equal(capture_close(&out),
	    "usage: targs pick COLOUR...\n"
	    "\n"
	    "Pick colours.\n"
	    "\n"
	    "operands: one of red, green, blue\n"
	    "\n"
	    "options:\n"
	    "  -h, --help                   show this help\n");
	capture_free(&out);
}

static void
test_args_get_has(void **state)
{
	static const char *const words[] = { "lint", "-v", "--label", "L",
	    "a", NULL };
	struct argv_copy a;
	struct capture out, err;
	struct args args;
	bool done;

	(void)state;
	argv_make(&a, words);
	capture_open(&out);
	capture_open(&err);
	assert_int_equal(args_parse(&lint_entry, a.argc, a.argv, &args, &done,
	    out.f, err.f), CMD_EXIT_OK);
	capture_close(&out);
	capture_close(&err);
	/* a set flag is "" */
	assert_non_null(args_get(&args, "verbose"));
	assert_string_equal(args_get(&args, "verbose"), "");
	assert_true(args_has(&args, "verbose"));
	assert_string_equal(args_get(&args, "label"), "L");
	assert_true(args_has(&args, "label"));
	/* absent options, even with a default, are NULL */
	assert_null(args_get(&args, "format"));
	assert_false(args_has(&args, "format"));
	assert_null(args_get(&args, "dry-run"));
	assert_false(args_has(&args, "dry-run"));
	/* names are whole and exact */
	assert_null(args_get(&args, "nonexistent"));
	assert_false(args_has(&args, "help"));
	assert_null(args_get(&args, "verb"));
	assert_null(args_get(&args, "v"));
	assert_null(args_get(&args, "Verbose"));
	args_release(&args);
	assert_null(args.values);
	capture_free(&out);
	capture_free(&err);
	argv_free(&a);
}

/* The real `check`, as tests/cli/usage-unknown-option runs it. */
static void
test_args_check_entry(void **state)
{
	static const char *const typo[] = { "check", "--fromat", "json",
	    "input.yaml", NULL };
	static const char *const good[] = { "check", "x.yaml", "-q",
	    "--color=never", "-f", "json", "y.json", NULL };
	struct argv_copy a;
	struct capture out, err;
	struct args args;
	bool done;

	(void)state;
	argv_make(&a, typo);
	capture_open(&out);
	capture_open(&err);
	assert_int_equal(args_parse(&cmd_check_entry, a.argc, a.argv, &args,
	    &done, out.f, err.f), CMD_EXIT_TROUBLE);
	assert_string_equal(capture_close(&err),
	    "targs check: unknown option '--fromat'\n"
	    "did you mean '--format'?\n"
	    "usage: targs check [options] FILE|DIR...\n");
	assert_string_equal(capture_close(&out), "");
	args_release(&args);
	capture_free(&out);
	capture_free(&err);
	argv_free(&a);

	argv_make(&a, good);
	capture_open(&out);
	capture_open(&err);
	assert_int_equal(args_parse(&cmd_check_entry, a.argc, a.argv, &args,
	    &done, out.f, err.f), CMD_EXIT_OK);
	capture_close(&out);
	capture_close(&err);
	assert_string_equal(args_get(&args, "format"), "json");
	assert_string_equal(args_get(&args, "color"), "never");
	assert_true(args_has(&args, "quiet"));
	assert_false(args_has(&args, "stdin-filename"));
	assert_int_equal(args.argc, 2);
	assert_string_equal(args.argv[0], "x.yaml");
	assert_string_equal(args.argv[1], "y.json");
	args_release(&args);
	capture_free(&out);
	capture_free(&err);
	argv_free(&a);
}

static void
test_cmd_find(void **state)
{
	(void)state;
	assert_ptr_equal(cmd_find("check"), &cmd_check_entry);
	assert_ptr_equal(cmd_find("help"), &cmd_help_entry);
	assert_null(cmd_find("nonexistent"));
	assert_null(cmd_find(""));
	assert_null(cmd_find("chec"));
	assert_null(cmd_find("checks"));
	assert_null(cmd_find("CHECK"));
	assert_null(cmd_find("--help"));
	/* the table ends with NULL and names each entry once */
	assert_ptr_equal(cmd_table[0], &cmd_check_entry);
	assert_ptr_equal(cmd_table[1], &cmd_explain_entry);
	assert_ptr_equal(cmd_table[2], &cmd_resolve_entry);
	assert_ptr_equal(cmd_table[3], &cmd_plan_entry);
	assert_ptr_equal(cmd_table[4], &cmd_diff_entry);
	assert_ptr_equal(cmd_table[5], &cmd_schema_entry);
	assert_ptr_equal(cmd_table[6], &cmd_profiles_entry);
	assert_ptr_equal(cmd_table[7], &cmd_completion_entry);
	assert_ptr_equal(cmd_table[8], &cmd_help_entry);
	assert_null(cmd_table[9]);
	assert_ptr_equal(cmd_find("profiles"), &cmd_profiles_entry);
	assert_ptr_equal(cmd_find("plan"), &cmd_plan_entry);
	assert_ptr_equal(cmd_find("diff"), &cmd_diff_entry);
	assert_ptr_equal(cmd_find("resolve"), &cmd_resolve_entry);
	assert_ptr_equal(cmd_find("explain"), &cmd_explain_entry);
	assert_ptr_equal(cmd_find("schema"), &cmd_schema_entry);
	assert_ptr_equal(cmd_find("completion"), &cmd_completion_entry);
}

static void
test_cmd_print_help(void **state)
{
	struct capture out;
	const char *text;

	(void)state;
	capture_open(&out);
	cmd_print_help(out.f, &cmd_check_entry);
	text = capture_close(&out);
	assert_true(starts_with(text,
	    "usage: targs check [options] FILE|DIR...\n\n"));
	assert_non_null(strstr(text, "\noptions:\n"));
	assert_non_null(strstr(text, "\n  -f, --format=FORMAT          how to "
	    "report: text, json, github, sarif (default: text)\n"));
	assert_non_null(strstr(text, "\n      --color=WHEN"));
	assert_non_null(strstr(text, "\n  -q, --quiet"));
	assert_non_null(strstr(text, "\n  -h, --help                   show "
	    "this help\n"));
	capture_free(&out);

	/* this file's command, whole */
	capture_open(&out);
	cmd_print_help(out.f, &lint_entry);
	assert_string_equal(capture_close(&out),
	    LINT_USAGE
	    "\n"
	    "Lint one or two files.\n"
	    "\n"
	    "options:\n"
	    "  -f, --format=FORMAT          how to report: text, json, sarif "
	    "(default: text)\n"
	    "  -o, --output=FILE            where to write\n"
	    "  -v, --verbose                say more\n"
	    "      --dry-run                change nothing\n"
	    "      --label=NAME             a name to show\n"
	    "  -h, --help                   show this help\n");
	capture_free(&out);
}

/* -h prints exactly what cmd_print_help prints. */
static void
test_args_help_text(void **state)
{
	static const char *const words[] = { "lint", "--help", NULL };
	struct argv_copy a;
	struct capture out, err, expected;
	struct args args;
	bool done = false;

	(void)state;
	capture_open(&expected);
	cmd_print_help(expected.f, &lint_entry);
	capture_close(&expected);
	argv_make(&a, words);
	capture_open(&out);
	capture_open(&err);
	assert_int_equal(args_parse(&lint_entry, a.argc, a.argv, &args, &done,
	    out.f, err.f), CMD_EXIT_OK);
	assert_true(done);
	assert_string_equal(capture_close(&out), expected.buf);
	assert_string_equal(capture_close(&err), "");
	args_release(&args);
	capture_free(&out);
	capture_free(&err);
	capture_free(&expected);
	argv_free(&a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_args_table),
		cmocka_unit_test(test_args_operand_counts),
		cmocka_unit_test(test_args_operand_choices),
		cmocka_unit_test(test_args_get_has),
		cmocka_unit_test(test_args_check_entry),
		cmocka_unit_test(test_args_help_text),
		cmocka_unit_test(test_cmd_find),
		cmocka_unit_test(test_cmd_print_help),
	};

	/* GNU getopt permutes operands only without POSIXLY_CORRECT */
	unsetenv("POSIXLY_CORRECT");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
