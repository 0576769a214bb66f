/*
 * cmd-check.c: `targs check FILE...`: load each file as Python would,
 * bind it to the release's fields, run the rules of __post_init__, and
 * report every problem found, sorted by position.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "targs/cmd.h"
#include "targs/load.h"
#include "targs/output.h"
#include "targs/resolve.h"
#include "targs/schema.h"
#include "targs/term.h"
#include "targs/xalloc.h"

static const char *const cmd_check_formats[] = { "text", "json", "github",
	"sarif", NULL };
static const char *const cmd_check_colors[] = { "auto", "always", "never",
	NULL };

static const char *const cmd_check_warn_choices[] = { "error", NULL };

static const struct cmd_option cmd_check_options[] = {
	{ .name = "format", .short_name = 'f', .arg = "FORMAT",
	  .choices = cmd_check_formats, .def = "text",
	  .help = "how to report" },
	{ .name = "color", .arg = "WHEN", .choices = cmd_check_colors,
	  .def = "auto", .help = "colour the text report" },
	{ .name = "stdin-filename", .arg = "NAME",
	  .help = "name to show for '-' (its extension picks YAML or JSON)" },
	{ .name = "quiet", .short_name = 'q',
	  .help = "leave out the closing summary line" },
	{ .name = "warn", .short_name = 'W', .arg = "error",
	  .choices = cmd_check_warn_choices,
	  .help = "warnings fail the check too" },
	CMD_SCHEMA_OPTIONS,
	CMD_ENV_OPTION,
	{ 0 },
};

static void
cmd_check_tally(struct output_totals *totals, const struct diag_list *diags)
{
	totals->files++;
	totals->errors += diag_count(diags, DIAG_ERROR);
	totals->warnings += diag_count(diags, DIAG_WARNING);
	totals->infos += diag_count(diags, DIAG_INFO);
}

/*
 * Reads and loads one file into src and diags (both the caller's to
 * release); false when it could not be read at all, and *why (printed
 * already, the caller's to free) says why.
 */
static bool
cmd_check_one(const struct args *args, const char *path,
    const struct load_options *options, const struct cmd_schema_choice *choice,
    const struct env *env, struct source *src, struct diag_list *diags,
    char **why)
{
	struct resolve_request req = { choice->version,
		(enum schema_class)choice->cls, env };
	struct value_doc doc;
	struct config cfg;

	if (source_read(src, path, args_get(args, "stdin-filename"),
	    options->limits.max_file_size, why) != SOURCE_READ_OK) {
		fprintf(stderr, "targs: %s\n", *why);
		source_release(src);
		return false;
	}
	diag_list_init(diags, src->name);
	if (resolve_source(src, options, &req, &doc, &cfg, diags))
		config_release(&cfg);
	value_doc_release(&doc);
	diag_sort(diags);
	return true;
}

static bool
cmd_check_stdin_once(const struct args *args)
{
	int k, n = 0;

	for (k = 0; k < args->argc; k++)
		n += strcmp(args->argv[k], "-") == 0;
	if (n <= 1)
		return true;
	fputs("targs check: standard input ('-') can be named only once\n",
	    stderr);
	fprintf(stderr, "usage: targs check %s\n", cmd_check_entry.usage);
	return false;
}

/* The path SARIF names a file by: NULL for standard input without a name. */
static const char *
cmd_check_path(const struct args *args, const char *path)
{
	return strcmp(path, "-") != 0 ? path : args_get(args, "stdin-filename");
}

/*
 * Each file is printed (text) or its diagnostics kept (JSON) as soon as
 * it is loaded, and its bytes released, so that many large files do not
 * add up in memory.
 */
static enum cmd_exit
cmd_check_exec(const struct args *args)
{
	const char *format = args_get(args, "format");
	bool json = format != NULL && strcmp(format, "json") == 0;
	bool github = format != NULL && strcmp(format, "github") == 0;
	struct output_sarif *sarif = NULL;
	bool color = term_use_color(args_get(args, "color"), stdout);
	struct diag_list *lists = xcalloc((size_t)args->argc, sizeof *lists);
	const struct diag_list **views = xcalloc((size_t)args->argc,
	    sizeof *views);
	struct output_totals totals = { 0, 0, 0, 0, 0 };
	const struct env *env = env_find(args_get(args, "env") != NULL ?
	    args_get(args, "env") : ENV_DEFAULT);
	bool strict = args_get(args, "warn") != NULL;
	struct cmd_schema_choice choice;
	struct load_options options;
	struct source src;
	size_t n = 0, i;
	char *report, *why;
	int k;

	if (!cmd_check_stdin_once(args) ||
	    !cmd_schema_select(args, true, &choice)) {
		free(lists);
		free(views);
		return CMD_EXIT_TROUBLE;
	}
	if (format != NULL && strcmp(format, "sarif") == 0)
		sarif = output_sarif_new();
	load_options_init(&options);
	for (k = 0; k < args->argc; k++) {
		if (!cmd_check_one(args, args->argv[k], &options, &choice,
		    env, &src, &lists[n], &why)) {
			totals.unreadable++;
			if (sarif != NULL)
				output_sarif_unreadable(sarif,
				    cmd_check_path(args, args->argv[k]), why);
			free(why);
			continue;
		}
		cmd_check_tally(&totals, &lists[n]);
		if (json) {
			views[n] = &lists[n];
			n++;
		} else {
			if (sarif != NULL)
				output_sarif_add(sarif, &lists[n],
				    cmd_check_path(args, args->argv[k]));
			else if (github)
				output_github_diags(stdout, &lists[n]);
			else
				output_text_diags(stdout, &lists[n], &src,
				    color);
			diag_list_release(&lists[n]);
		}
		source_release(&src);
	}
	if (json) {
		report = output_json_check(views, n);
		printf("%s\n", report);
		free(report);
	} else if (sarif != NULL) {
		report = output_sarif_finish(sarif);
		printf("%s\n", report);
		free(report);
	} else if (!github && !args_has(args, "quiet"))
		output_text_summary(stdout, &totals, color);
	for (i = 0; i < n; i++)
		diag_list_release(&lists[i]);
	free(views);
	free(lists);
	if (totals.unreadable > 0)
		return CMD_EXIT_TROUBLE;
	if (totals.errors > 0 || (strict && totals.warnings > 0))
		return CMD_EXIT_PROBLEMS;
	return CMD_EXIT_OK;
}

const struct cmd_entry cmd_check_entry = {
	.name = "check",
	.summary = "report every problem in TrainingArguments files",
	.usage = "[options] FILE...",
	.description =
	    "Load each FILE (YAML or JSON; '-' is standard input) exactly as\n"
	    "transformers' HfArgumentParser loads it, with PyYAML's typing for\n"
	    "YAML and Python's json module for JSON, and report every problem\n"
	    "as file:line:col, a stable code and hints.\n"
	    "\n"
	    "Every key is checked against the fields of the release\n"
	    "(--transformers), every value's Python type against its field,\n"
	    "and the rules of TrainingArguments.__post_init__ run in the\n"
	    "release's order for the machine --env describes. Each\n"
	    "diagnostic says whether transformers raises on it (raises),\n"
	    "fails later in the Trainer (trainer) or accepts it (accepts);\n"
	    "the first error transformers raises is marked 'upstream raises\n"
	    "first'. With --transformers auto the release is inferred from\n"
	    "each file's keys.",
	.options = cmd_check_options,
	.min_args = 1,
	.max_args = -1,
	.exec = cmd_check_exec,
};
