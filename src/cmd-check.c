/*
 * cmd-check.c: `targs check FILE...`: load each file as Python would and
 * report every problem found. For now that is everything about reading the
 * file (encoding, syntax, structure, YAML typing that makes PyYAML raise,
 * duplicate keys, limits); the parameter checks build on this.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "targs/cmd.h"
#include "targs/load.h"
#include "targs/output.h"
#include "targs/schema.h"
#include "targs/term.h"
#include "targs/xalloc.h"

static const char *const cmd_check_formats[] = { "text", "json", NULL };
static const char *const cmd_check_colors[] = { "auto", "always", "never",
	NULL };

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
	CMD_SCHEMA_OPTIONS,
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
 * A clue's value as the file writes it: a plain number or word as it is,
 * anything else quoted and cut short.
 */
static char *
cmd_check_clue_value(const struct schema_clue *c)
{
	size_t i;

	if (!c->value_plain || c->value_len > 40)
		return diag_quote(c->value, c->value_len, 40);
	for (i = 0; i < c->value_len; i++)
		if (strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
		    "0123456789_.+-", c->value[i]) == NULL || c->value[i] == '\0')
			return diag_quote(c->value, c->value_len, 40);
	return xstrdup(c->value);
}

/* The clues worth naming: all of them on a conflict, else the binding ones. */
static char *
cmd_check_clues(const struct schema_inference *inf)
{
	char range[2 * VERSION_TEXT_MAX], *list = xstrdup(""), *next, *value;
	const struct schema_clue *c;
	bool conflict = inf->first > inf->last;
	size_t i, shown = 0, skipped = 0;

	for (i = 0; i < inf->clue_count; i++) {
		c = &inf->clues[i];
		/* Name only the clues that set a bound of the range. */
		if (!conflict && !(c->first == inf->first &&
		    inf->first != VERSION_OLDEST) && !(c->last == inf->last &&
		    inf->last != VERSION_NEWEST))
			continue;
		if (shown == 6) {
			skipped++;
			continue;
		}
		value = c->value != NULL ? cmd_check_clue_value(c) : NULL;
		next = xasprintf("%s%s%s%s%s (%s)", list, shown ? ", " : "",
		    c->key, value != NULL ? ": " : "", value != NULL ? value : "",
		    version_format_range(c->first, c->last, range));
		free(value);
		free(list);
		list = next;
		shown++;
	}
	if (skipped > 0) {
		next = xasprintf("%s and %zu more", list, skipped);
		free(list);
		list = next;
	}
	return list;
}

/* --transformers auto: which release the file's keys point to, and why. */
static void
cmd_check_infer(const struct value *root, enum schema_class cls,
    struct diag_list *diags)
{
	struct schema_inference inf;
	struct source_pos whole = { 0, 0 };
	char chosen[VERSION_TEXT_MAX], *clues;
	struct diag *d;

	schema_infer_version(root, cls, SCALAR_SCHEMA_PYYAML, &inf);
	version_format(inf.chosen, chosen);
	clues = cmd_check_clues(&inf);
	if (inf.clue_count == 0)
		d = diag_add(diags, DIAG_VERSION_INFERRED, whole, NULL,
		    "transformers %s assumed: no key belongs to only some "
		    "releases", chosen);
	else if (inf.first > inf.last)
		d = diag_add(diags, DIAG_VERSION_CONFLICT, whole, NULL,
		    "no transformers release has all of these: %s; assuming "
		    "%s, which most of them fit", clues, chosen);
	else
		d = diag_add(diags, DIAG_VERSION_INFERRED, whole, NULL,
		    "transformers %s inferred from %s", chosen, clues);
	diag_hint(d, "name the release with --transformers or %s",
	    VERSION_ENV);
	free(clues);
	schema_inference_release(&inf);
}

/*
 * Reads and loads one file into src and diags (both the caller's to
 * release); false when it could not be read at all.
 */
static bool
cmd_check_one(const struct args *args, const char *path,
    const struct load_options *options, const struct cmd_schema_choice *choice,
    struct source *src, struct diag_list *diags)
{
	struct value_doc doc;
	char *error;

	if (source_read(src, path, args_get(args, "stdin-filename"),
	    options->limits.max_file_size, &error) != SOURCE_READ_OK) {
		fprintf(stderr, "targs: %s\n", error);
		free(error);
		source_release(src);
		return false;
	}
	diag_list_init(diags, src->name);
	if (load_source(src, options, &doc, diags) && choice->automatic)
		cmd_check_infer(doc.root, (enum schema_class)choice->cls,
		    diags);
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
	bool color = term_use_color(args_get(args, "color"), stdout);
	struct diag_list *lists = xcalloc((size_t)args->argc, sizeof *lists);
	const struct diag_list **views = xcalloc((size_t)args->argc,
	    sizeof *views);
	struct output_totals totals = { 0, 0, 0, 0, 0 };
	struct cmd_schema_choice choice;
	struct load_options options;
	struct source src;
	size_t n = 0, i;
	char *report;
	int k;

	if (!cmd_check_stdin_once(args) ||
	    !cmd_schema_select(args, true, &choice)) {
		free(lists);
		free(views);
		return CMD_EXIT_TROUBLE;
	}
	load_options_init(&options);
	for (k = 0; k < args->argc; k++) {
		if (!cmd_check_one(args, args->argv[k], &options, &choice,
		    &src, &lists[n])) {
			totals.unreadable++;
			continue;
		}
		cmd_check_tally(&totals, &lists[n]);
		if (json) {
			views[n] = &lists[n];
			n++;
		} else {
			output_text_diags(stdout, &lists[n], &src, color);
			diag_list_release(&lists[n]);
		}
		source_release(&src);
	}
	if (json) {
		report = output_json_check(views, n);
		printf("%s\n", report);
		free(report);
	} else if (!args_has(args, "quiet"))
		output_text_summary(stdout, &totals, color);
	for (i = 0; i < n; i++)
		diag_list_release(&lists[i]);
	free(views);
	free(lists);
	if (totals.unreadable > 0)
		return CMD_EXIT_TROUBLE;
	return totals.errors > 0 ? CMD_EXIT_PROBLEMS : CMD_EXIT_OK;
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
	    "This version checks how the file loads: encoding, syntax, the\n"
	    "top-level mapping, duplicate keys, tags and values that make\n"
	    "PyYAML raise, and targs' size and nesting limits. With\n"
	    "--transformers auto it also says which release the file's keys\n"
	    "point to. It does not yet check parameter names, types or the\n"
	    "rules of __post_init__.",
	.options = cmd_check_options,
	.min_args = 1,
	.max_args = -1,
	.exec = cmd_check_exec,
};
