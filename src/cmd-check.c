/*
 * cmd-check.c: `targs check FILE...`: load each file as Python would,
 * bind it to the release's fields, run the rules of __post_init__, and
 * report every problem found, sorted by position.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "targs/cmd.h"
#include "targs/load.h"
#include "targs/output.h"
#include "targs/output-file.h"
#include "targs/resolve.h"
#include "targs/schema.h"
#include "targs/settings.h"
#include "targs/suppress.h"
#include "targs/term.h"
#include "targs/walk.h"
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
	{ .name = "output", .short_name = 'o', .arg = "FILE",
	  .help = "write the report to FILE instead of standard output" },
	{ .name = "color", .arg = "WHEN", .choices = cmd_check_colors,
	  .def = "auto", .help = "colour the text report" },
	{ .name = "stdin-filename", .arg = "NAME",
	  .help = "name to show for '-' (its extension picks YAML or JSON)" },
	{ .name = "quiet", .short_name = 'q',
	  .help = "leave out the closing summary line and the notes on "
	  "skipped files" },
	{ .name = "select", .arg = "CODES", .complete = CMD_COMPLETE_CODE,
	  .help = "report only these codes: a comma-separated list of codes "
	  "and prefixes (TA2), or ALL" },
	{ .name = "ignore", .arg = "CODES", .complete = CMD_COMPLETE_CODE,
	  .help = "do not report these codes or prefixes" },
	{ .name = "warn", .short_name = 'W', .arg = "error",
	  .choices = cmd_check_warn_choices,
	  .help = "warnings fail the check too" },
	{ .name = "warn-as-error",
	  .help = "the same as -W error" },
	{ .name = "report-unused-ignores",
	  .help = "warn about suppression comments that silence nothing "
	  "(TA602)" },
	{ .name = "only-configs",
	  .help = "skip named files with no TrainingArguments parameter too, "
	  "as found in a directory (for pre-commit)" },
	{ .name = "exclude", .arg = "GLOBS", .complete = CMD_COMPLETE_NONE,
	  .help = "skip what these comma-separated globs match when walking "
	  "a directory" },
	SETTINGS_OPTIONS,
	CMD_SCHEMA_OPTIONS,
	CMD_PROFILE_OPTIONS,
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

/* Codes that say the file could not be parsed at all. */
static bool
cmd_check_unparsed(const struct diag_list *diags)
{
	size_t i;

	for (i = 0; i < diags->len; i++)
		switch (diags->items[i].id) {
		case DIAG_INVALID_UTF8:
		case DIAG_FORBIDDEN_CHARACTER:
		case DIAG_YAML_SYNTAX:
		case DIAG_TAB_INDENT:
		case DIAG_JSON_SYNTAX:
			return true;
		default:
			break;
		}
	return false;
}

/*
 * A file found by walking is a training configuration when it could not
 * be parsed (then nobody can tell, and the error is worth seeing) or is a
 * mapping with at least one key some release knows.
 */
static bool
cmd_check_is_config(const struct value_doc *doc, const struct diag_list *diags)
{
	const struct value *key;
	char *name;
	size_t i;
	bool known = false;

	if (cmd_check_unparsed(diags))
		return true;
	if (doc->root == NULL || doc->root->kind != VALUE_MAPPING)
		return false;
	for (i = 0; i < doc->root->len && !known; i++) {
		key = doc->root->pairs[i].key;
		if (key->kind != VALUE_SCALAR)
			continue;
		name = xstrndup(key->text, key->len);
		known = schema_find(name) != NULL;
		free(name);
	}
	return known;
}

enum cmd_check_read {
	CMD_CHECK_READ,
	CMD_CHECK_UNREADABLE,
	CMD_CHECK_SKIPPED,     /* walked to, and no training config */
};

/*
 * Reads, loads and checks one file into src and diags (both the caller's
 * to release when CMD_CHECK_READ), with the codes and suppressions of its
 * settings applied. When unreadable, *why (printed already, the caller's
 * to free) says why.
 */
static enum cmd_check_read
cmd_check_one(const struct args *args, const struct walk_file *file,
    const struct load_options *options, const struct settings *set,
    struct source *src, struct diag_list *diags, char **why)
{
	struct resolve_request req = { set->choice.version,
		(enum schema_class)set->choice.cls, set->env,
		set->choice.profile, set->choice.framework_version,
		set->choice.path, set->choice.named };
	struct suppressions sup;
	struct value_doc doc;
	struct config cfg;
	bool config;

	if (source_read(src, file->path, args_get(args, "stdin-filename"),
	    options->limits.max_file_size, why) != SOURCE_READ_OK) {
		fprintf(stderr, "targs: %s\n", *why);
		source_release(src);
		return CMD_CHECK_UNREADABLE;
	}
	diag_list_init(diags, src->name);
	if (resolve_source(src, options, &req, &doc, &cfg, diags))
		config_release(&cfg);
	config = (!file->walked && !args_has(args, "only-configs")) ||
	    cmd_check_is_config(&doc, diags);
	if (config) {
		rule_selection_filter(&set->rules, diags);
		suppress_scan(src, &doc, &sup);
		suppress_apply(&sup, diags, &set->rules, set->report_unused);
		suppressions_release(&sup);
	}
	value_doc_release(&doc);
	if (!config) {
		diag_list_release(diags);
		source_release(src);
		return CMD_CHECK_SKIPPED;
	}
	diag_sort(diags);
	return CMD_CHECK_READ;
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

/* --exclude's globs; the caller frees the array and its strings. */
static char **
cmd_check_globs(const struct args *args, size_t *count)
{
	const char *text = args_get(args, "exclude"), *p;
	char **globs = NULL;
	size_t len;

	*count = 0;
	for (p = text; p != NULL; p = p[len] == ',' ? p + len + 1 : NULL) {
		len = strcspn(p, ",");
		if (len == 0)
			continue;
		globs = xreallocarray(globs, *count + 1, sizeof *globs);
		globs[(*count)++] = xstrndup(p, len);
	}
	return globs;
}

/* The path SARIF names a file by: NULL for standard input without a name. */
static const char *
cmd_check_path(const struct args *args, const char *path)
{
	return strcmp(path, "-") != 0 ? path : args_get(args, "stdin-filename");
}

/* The run's state across files. */
struct cmd_check_run {
	const struct args	*args;
	FILE			*out;
	bool			 json;
	bool			 github;
	struct output_sarif	*sarif;   /* --format sarif: the log so far */
	bool			 color;
	struct output_totals	 totals;
	bool			 failed_by_warnings;
	struct diag_list	*lists;   /* kept for the machine formats */
	size_t			 kept;
};

static void
cmd_check_file(struct cmd_check_run *run, const struct walk_file *file,
    const struct load_options *options, struct settings_cache *cache)
{
	struct diag_list *diags = &run->lists[run->kept];
	struct settings set;
	struct source src;
	char *why = NULL;

	if (!settings_for(run->args, cache, file->path, true, &set)) {
		run->totals.unreadable++;
		if (run->sarif != NULL)
			output_sarif_unreadable(run->sarif, cmd_check_path(
			    run->args, file->path), "its settings file is "
			    "invalid");
		return;
	}
	switch (cmd_check_one(run->args, file, options, &set, &src, diags,
	    &why)) {
	case CMD_CHECK_UNREADABLE:
		run->totals.unreadable++;
		if (run->sarif != NULL)
			output_sarif_unreadable(run->sarif, cmd_check_path(
			    run->args, file->path), why);
		free(why);
		return;
	case CMD_CHECK_SKIPPED:
		if (!args_has(run->args, "quiet"))
			fprintf(stderr, "targs check: skipped %s: no "
			    "TrainingArguments parameter in it%s\n", file->path,
			    file->walked ? " (name it to check it)" : "");
		return;
	case CMD_CHECK_READ:
		break;
	}
	cmd_check_tally(&run->totals, diags);
	if (set.warn_as_error && diag_count(diags, DIAG_WARNING) > 0)
		run->failed_by_warnings = true;
	if (run->json)
		run->kept++;
	else {
		if (run->sarif != NULL)
			output_sarif_add(run->sarif, diags,
			    cmd_check_path(run->args, file->path));
		else if (run->github)
			output_github_diags(run->out, diags);
		else
			output_text_diags(run->out, diags, &src, run->color);
		diag_list_release(diags);
	}
	source_release(&src);
}

static void
cmd_check_report(struct cmd_check_run *run)
{
	const struct diag_list **views;
	char *report;
	size_t i;

	if (run->sarif != NULL) {
		report = output_sarif_finish(run->sarif);
		fprintf(run->out, "%s\n", report);
		free(report);
		return;
	}
	if (!run->json) {
		if (!run->github && !args_has(run->args, "quiet"))
			output_text_summary(run->out, &run->totals, run->color);
		return;
	}
	views = xcalloc(run->kept + 1, sizeof *views);
	for (i = 0; i < run->kept; i++)
		views[i] = &run->lists[i];
	report = output_json_check(views, run->kept);
	fprintf(run->out, "%s\n", report);
	free(report);
	free(views);
}

/* Says so when directories named held nothing to check. */
static void
cmd_check_nothing_found(const struct args *args, const struct walk_list *l)
{
	if (l->len > 0 || l->troubles > 0 || args_has(args, "quiet"))
		return;
	fputs("targs check: no YAML or JSON file found under the given "
	    "directories\n", stderr);
}

/*
 * Each file is printed (text) or its diagnostics kept (JSON) as soon as
 * it is loaded, and its bytes released, so that many large files do not
 * add up in memory.
 */
static enum cmd_exit
cmd_check_run_files(struct cmd_check_run *run, const struct walk_list *files,
    struct settings_cache *cache)
{
	struct load_options options;
	size_t i;

	load_options_init(&options);
	run->lists = xcalloc(files->len + 1, sizeof *run->lists);
	for (i = 0; i < files->len; i++)
		cmd_check_file(run, &files->items[i], &options, cache);
	cmd_check_report(run);
	for (i = 0; i < run->kept; i++)
		diag_list_release(&run->lists[i]);
	free(run->lists);
	if (run->totals.unreadable > 0 || files->troubles > 0)
		return CMD_EXIT_TROUBLE;
	if (run->totals.errors > 0 || run->failed_by_warnings)
		return CMD_EXIT_PROBLEMS;
	return CMD_EXIT_OK;
}

static enum cmd_exit
cmd_check_exec(const struct args *args)
{
	const char *format = args_get(args, "format");
	struct cmd_check_run run;
	struct settings_cache cache;
	struct walk_list files;
	enum cmd_exit status;
	size_t glob_count;
	char **globs;

	if (!cmd_check_stdin_once(args) || !settings_check_options(args))
		return CMD_EXIT_TROUBLE;
	memset(&run, 0, sizeof run);
	run.args = args;
	run.json = format != NULL && strcmp(format, "json") == 0;
	run.github = format != NULL && strcmp(format, "github") == 0;
	globs = cmd_check_globs(args, &glob_count);
	walk_operands(args->argv, (size_t)args->argc,
	    (const char *const *)globs, glob_count, &files);
	rule_selectors_free(globs, glob_count);
	settings_cache_init(&cache);
	if (args_get(args, "output") == NULL)
		run.out = stdout;
	else
		run.out = output_file_open(args_get(args, "output"), &files,
		    args_get(args, "config"));
	if (run.out == NULL)
		status = CMD_EXIT_TROUBLE;
	else if (args_has(args, "show-settings"))
		status = settings_show(args, files.len > 0 ?
		    files.items[0].path : args->argv[0], run.out);
	else {
		run.color = term_use_color(args_get(args, "color"), run.out);
		if (format != NULL && strcmp(format, "sarif") == 0)
			run.sarif = output_sarif_new();
		cmd_check_nothing_found(args, &files);
		status = cmd_check_run_files(&run, &files, &cache);
	}
	if (run.out != NULL && run.out != stdout && fclose(run.out) != 0) {
		fprintf(stderr, "targs check: cannot write %s: %s\n",
		    args_get(args, "output"), strerror(errno));
		status = CMD_EXIT_TROUBLE;
	}
	settings_cache_release(&cache);
	walk_list_release(&files);
	return status;
}

const struct cmd_entry cmd_check_entry = {
	.name = "check",
	.summary = "report every problem in TrainingArguments files",
	.usage = "[options] FILE|DIR...",
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
	    "each file's keys.\n"
	    "\n"
	    "A DIR is walked for *.yaml, *.yml and *.json, in sorted order,\n"
	    "skipping hidden names and --exclude; a file found there with no\n"
	    "TrainingArguments parameter is skipped with a note. --select and\n"
	    "--ignore choose codes; '# targs: ignore[CODE]' comments silence\n"
	    "them on a line of a YAML file, '# targs: ignore-file[CODE]' in the\n"
	    "whole file. Settings also come from the nearest .targs.yaml\n"
	    "above each file (docs/configuration.md); the command line wins.",
	.options = cmd_check_options,
	.min_args = 1,
	.max_args = -1,
	.exec = cmd_check_exec,
};
