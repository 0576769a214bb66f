/*
 * cmd-schema.c: `targs schema`: the schema table of one release, as
 * Markdown, as JSON, or as a JSON Schema for editors.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "targs/cmd.h"
#include "targs/schema-export.h"

static const char *const cmd_schema_formats[] = { "markdown", "json",
	"json-schema", NULL };

static const struct cmd_option cmd_schema_options[] = {
	{ .name = "format", .short_name = 'f', .arg = "FORMAT",
	  .choices = cmd_schema_formats, .def = "markdown",
	  .help = "what to write" },
	CMD_SCHEMA_OPTIONS,
	{ 0 },
};

static enum cmd_exit
cmd_schema_exec(const struct args *args)
{
	const char *format = args_get(args, "format");
	struct cmd_schema_choice choice;
	enum schema_class cls;
	char *text;

	if (!cmd_schema_select(args, false, &choice))
		return CMD_EXIT_TROUBLE;
	cls = (enum schema_class)choice.cls;
	if (format == NULL || strcmp(format, "markdown") == 0) {
		schema_export_markdown(stdout, choice.version, cls);
		return CMD_EXIT_OK;
	}
	text = strcmp(format, "json") == 0 ?
	    schema_export_json(choice.version, cls) :
	    schema_export_json_schema(choice.version, cls);
	printf("%s\n", text);
	free(text);
	return CMD_EXIT_OK;
}

const struct cmd_entry cmd_schema_entry = {
	.name = "schema",
	.summary = "write the parameters of a transformers release",
	.usage = "[options]",
	.description =
	    "Write every TrainingArguments parameter of the selected\n"
	    "transformers release: as Markdown tables, as JSON (name, type,\n"
	    "default, allowed values, bounds, releases, replacement, doc), or\n"
	    "as a JSON Schema (draft 2020-12) that editors use for completion\n"
	    "and validation; see docs/editors.md.",
	.options = cmd_schema_options,
	.min_args = 0,
	.max_args = 0,
	.exec = cmd_schema_exec,
};
