/*
 * completion-fish.c: `targs completion fish`. One `complete` line per
 * command and per option of each command, with the help as description;
 * a condition function tells which command the line is for (the second
 * word, so that `targs help check` is not taken for check).
 */
#include <stdbool.h>
#include <stdlib.h>

#include "completion-internal.h"

static const char fish_head[] =
    "# fish completion for targs(1), printed by `targs completion fish` "
    "from\n# targs' own tables: regenerate it rather than edit it.\n"
    "\n"
    "# True before the command word; with an argument, when the command\n"
    "# word is that.\n"
    "function __fish_targs_command\n"
    "\tset -l words (commandline -opc)\n"
    "\tif test (count $argv) -eq 0\n"
    "\t\ttest (count $words) -eq 1\n"
    "\telse\n"
    "\t\ttest (count $words) -ge 2; and test \"$words[2]\" = \"$argv[1]\"\n"
    "\tend\n"
    "end\n"
    "\n"
    "complete -c targs -f\n";

/* s as one word of fish: in single quotes, where \ and ' are escaped. */
static void
fish_quote(FILE *out, const char *s)
{
	fputc('\'', out);
	for (; *s != '\0'; s++) {
		if (*s == '\'' || *s == '\\')
			fputc('\\', out);
		fputc(*s, out);
	}
	fputc('\'', out);
}

/*
 * What a value can be: the words of its choices or its kind (-a), or a
 * path (-F). An option's value also says that it is required: -r, and
 * -x when it is no path.
 */
static void
fish_value(FILE *out, const char *const *choices, enum cmd_complete kind,
    bool option)
{
	char *words;

	if (choices == NULL && kind == CMD_COMPLETE_FILE) {
		fputs(option ? " -r -F" : " -F", out);
		return;
	}
	if (option)
		fputs(" -x", out);
	if ((words = completion_value_words(choices, kind)) != NULL) {
		fputs(" -a ", out);
		fish_quote(out, words);
		free(words);
	}
}

static void
fish_command(FILE *out, const struct cmd_entry *cmd)
{
	const struct cmd_option *o;
	size_t i;

	fprintf(out, "\n# %s\n", cmd->name);
	for (i = 0; (o = cmd_option_at(cmd, i)) != NULL; i++) {
		fprintf(out, "complete -c targs -n '__fish_targs_command %s'",
		    cmd->name);
		if (o->short_name != 0)
			fprintf(out, " -s %c", o->short_name);
		fprintf(out, " -l %s", o->name);
		if (o->arg != NULL)
			fish_value(out, o->choices, o->complete, true);
		fputs(" -d ", out);
		fish_quote(out, o->help);
		fputc('\n', out);
	}
	if (cmd->max_args == 0 || (cmd->operand_choices == NULL &&
	    cmd->operands == CMD_COMPLETE_NONE))
		return;
	fprintf(out, "complete -c targs -n '__fish_targs_command %s'",
	    cmd->name);
	fish_value(out, cmd->operand_choices, cmd->operands, false);
	fputc('\n', out);
}

void
completion_print_fish(FILE *out)
{
	const struct cmd_option *o;
	size_t i;

	fputs(fish_head, out);
	for (o = cmd_global_options; o->name != NULL; o++) {
		fprintf(out, "complete -c targs -n __fish_targs_command -s %c "
		    "-l %s -d ", o->short_name, o->name);
		fish_quote(out, o->help);
		fputc('\n', out);
	}
	for (i = 0; cmd_table[i] != NULL; i++) {
		fputs("complete -c targs -n __fish_targs_command -a ", out);
		fish_quote(out, cmd_table[i]->name);
		fputs(" -d ", out);
		fish_quote(out, cmd_table[i]->summary);
		fputc('\n', out);
	}
	for (i = 0; cmd_table[i] != NULL; i++)
		fish_command(out, cmd_table[i]);
}
