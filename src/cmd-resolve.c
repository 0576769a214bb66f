/*
 * cmd-resolve.c: `targs resolve FILE`: the effective configuration after
 * defaults and the rules of __post_init__, with where each value came
 * from; as JSON, exactly what TrainingArguments.to_dict() returns.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "targs/cmd.h"
#include "targs/settings.h"
#include "targs/output.h"
#include "targs/output-resolve.h"
#include "targs/suggest.h"
#include "targs/term.h"
#include "targs/xalloc.h"

static const char *const cmd_resolve_formats[] = { "text", "json", "yaml",
	NULL };
static const char *const cmd_resolve_colors[] = { "auto", "always", "never",
	NULL };

static const struct cmd_option cmd_resolve_options[] = {
	{ .name = "format", .short_name = 'f', .arg = "FORMAT",
	  .choices = cmd_resolve_formats, .def = "text",
	  .help = "text table, to_dict() JSON, or YAML" },
	{ .name = "changed", .help = "only values that differ from the "
	  "defaults" },
	{ .name = "why", .arg = "NAME", .complete = CMD_COMPLETE_PARAMETER,
	  .help = "how one parameter got its value" },
	{ .name = "color", .arg = "WHEN", .choices = cmd_resolve_colors,
	  .def = "auto", .help = "colour the text output" },
	{ .name = "stdin-filename", .arg = "NAME",
	  .help = "name to show for '-' (its extension picks YAML or JSON)" },
	CMD_SCHEMA_OPTIONS,
	CMD_PROFILE_OPTIONS,
	CMD_ENV_OPTION,
	SETTINGS_OPTIONS,
	{ 0 },
};

/* Only errors upstream raises on leave no object to print. */
static bool
cmd_resolve_built(const struct diag_list *diags)
{
	size_t i;

	for (i = 0; i < diags->len; i++)
		if (diags->items[i].severity == DIAG_ERROR &&
		    diags->items[i].upstream == DIAG_UPSTREAM_RAISES)
			return false;
	return true;
}

static bool
cmd_resolve_print(const struct args *args, const struct config *cfg,
    const char *file)
{
	const char *format = args_get(args, "format");
	const char *why = args_get(args, "why");
	bool changed = args_has(args, "changed");
	const char **names, *near;
	char *json;

	if (why != NULL) {
		if (output_resolve_why(stdout, cfg, file, why))
			return true;
		fprintf(stderr, "targs resolve: '%s' is not a parameter of "
		    "this release", why);
		names = config_field_names(cfg);
		if ((near = suggest_nearest(why, names)) != NULL)
			fprintf(stderr, "; did you mean '%s'?", near);
		fputc('\n', stderr);
		free(names);
		return false;
	}
	if (format != NULL && strcmp(format, "json") == 0) {
		json = output_resolve_json(cfg);
		printf("%s\n", json);
		free(json);
	} else if (format != NULL && strcmp(format, "yaml") == 0)
		output_resolve_yaml(stdout, cfg, changed);
	else
		output_resolve_text(stdout, cfg, file, changed,
		    term_use_color(args_get(args, "color"), stdout));
	return true;
}

static enum cmd_exit
cmd_resolve_exec(const struct args *args)
{
	const struct env *env;
	struct cmd_schema_choice choice;
	struct cmd_resolved f;
	enum cmd_exit status = CMD_EXIT_OK;

	if (args_has(args, "show-settings"))
		return settings_show(args, args->argv[0], stdout);
	if (!settings_choice_for(args, args->argv[0], true, &choice, &env) ||
	    !cmd_resolve_file(args, args->argv[0], &choice, env, &f))
		return CMD_EXIT_TROUBLE;
	diag_sort(&f.diags);
	if (f.diags.len > 0)
		output_text_diags(stderr, &f.diags, &f.src,
		    term_use_color(args_get(args, "color"), stderr));
	if (diag_count(&f.diags, DIAG_ERROR) > 0)
		status = CMD_EXIT_PROBLEMS;
	if (f.resolved && cmd_resolve_built(&f.diags) &&
	    !cmd_resolve_print(args, &f.cfg, f.src.name))
		status = CMD_EXIT_TROUBLE;
	cmd_resolved_release(&f);
	return status;
}

const struct cmd_entry cmd_resolve_entry = {
	.name = "resolve",
	.summary = "print the effective configuration and where each value "
	    "came from",
	.usage = "[options] FILE",
	.description =
	    "Load FILE as transformers' HfArgumentParser loads it, apply the\n"
	    "defaults of the release (--transformers) and the rules of\n"
	    "TrainingArguments.__post_init__ for the machine --env describes,\n"
	    "and print every parameter with its effective value and origin:\n"
	    "default, file:line:col, or the code of the rule that set it.\n"
	    "\n"
	    "--format json prints exactly what TrainingArguments.to_dict()\n"
	    "returns (tokens masked, floats as Python writes them); --format\n"
	    "yaml writes values PyYAML reads back unchanged. Diagnostics go\n"
	    "to standard error. When transformers would raise, there is no\n"
	    "configuration to print and the exit status is 1; when only\n"
	    "targs' stricter checks fail, the configuration is printed and\n"
	    "the exit status is 1 too.",
	.options = cmd_resolve_options,
	.min_args = 1,
	.max_args = 1,
	.exec = cmd_resolve_exec,
};
