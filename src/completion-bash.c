/*
 * completion-bash.c: `targs completion bash`. The script holds one
 * variable of words per kind of value, then one case per command: the
 * options that take a value, with what their value can be, then the
 * command's options and operands. It needs bash 4 and nothing of the
 * bash-completion package, so it also works in `bash --norc`.
 */
#include <stdlib.h>

#include "completion-internal.h"

/* The fixed part: the word lists' helpers and the start of _targs. */
static const char bash_head[] =
    "# Offers the words of $1 that start with $cur.\n"
    "_targs_words()\n"
    "{\n"
    "\tlocal IFS=$' \\t\\n'\n"
    "\tCOMPREPLY=($(compgen -W \"$1\" -- \"$cur\"))\n"
    "}\n"
    "\n"
    "# Offers the paths that start with $cur.\n"
    "_targs_file()\n"
    "{\n"
    "\tlocal IFS=$'\\n'\n"
    "\tcompopt -o filenames 2>/dev/null\n"
    "\tCOMPREPLY=($(compgen -f -- \"$cur\"))\n"
    "}\n"
    "\n"
    "_targs()\n"
    "{\n"
    "\tlocal cur=${COMP_WORDS[COMP_CWORD]} prev= opt=\n"
    "\n"
    "\tCOMPREPLY=()\n"
    "\tif ((COMP_CWORD > 1)); then\n"
    "\t\tprev=${COMP_WORDS[COMP_CWORD - 1]}\n"
    "\tfi\n"
    "\t# '=' splits words: --format=j is --format, =, j\n"
    "\tif [[ $cur == = ]]; then\n"
    "\t\topt=$prev cur=\n"
    "\telif [[ $prev == = ]]; then\n"
    "\t\topt=${COMP_WORDS[COMP_CWORD - 2]}\n"
    "\telse\n"
    "\t\topt=$prev\n"
    "\tfi\n";

/* _targs_release_or_auto: the variable of a kind's words. */
static void
bash_variable(FILE *out, enum cmd_complete kind)
{
	const char *p;

	fputs("_targs_", out);
	/* a variable's name cannot hold '-' */
	for (p = completion_kind_names[kind]; *p != '\0'; p++)
		fputc(*p == '-' ? '_' : *p, out);
}

/* The shell words that offer a value of each kind. */
static void
bash_action(FILE *out, enum cmd_complete kind)
{
	if (kind == CMD_COMPLETE_FILE)
		fputs("_targs_file", out);
	else if (kind == CMD_COMPLETE_NONE)
		fputs(":", out);
	else {
		fputs("_targs_words \"$", out);
		bash_variable(out, kind);
		fputc('"', out);
	}
}

/* The variables: _targs_release='4.38 ...', one per kind with words. */
static void
bash_variables(FILE *out)
{
	char *words;
	int kind;

	for (kind = 0; kind < COMPLETION_KIND_COUNT; kind++) {
		if ((words = completion_words((enum cmd_complete)kind)) == NULL)
			continue;
		bash_variable(out, (enum cmd_complete)kind);
		fputc('=', out);
		completion_quote_sh(out, words);
		fputc('\n', out);
		free(words);
	}
}

/* "-f | --format" */
static void
bash_pattern(FILE *out, const struct cmd_option *o)
{
	if (o->short_name != 0)
		fprintf(out, "-%c | ", o->short_name);
	fprintf(out, "--%s", o->name);
}

/* Offers choices when there are, else what kind offers. */
static void
bash_value(FILE *out, const char *const *choices, enum cmd_complete kind)
{
	char *words;

	if (choices == NULL) {
		bash_action(out, kind);
		return;
	}
	words = completion_join(choices);
	fputs("_targs_words ", out);
	completion_quote_sh(out, words);
	free(words);
}

static void
bash_command(FILE *out, const struct cmd_entry *cmd)
{
	const struct cmd_option *o;
	size_t i;

	fprintf(out, "\t%s)\n\t\tcase $opt in\n", cmd->name);
	for (i = 0; (o = cmd_option_at(cmd, i)) != NULL; i++) {
		if (o->arg == NULL)
			continue;
		fputs("\t\t", out);
		bash_pattern(out, o);
		fputs(")\n\t\t\t", out);
		bash_value(out, o->choices, o->complete);
		fputs("\n\t\t\treturn\n\t\t\t;;\n", out);
	}
	fputs("\t\tesac\n\t\tcase $cur in\n\t\t-*) _targs_words '", out);
	for (i = 0; (o = cmd_option_at(cmd, i)) != NULL; i++) {
		if (o->short_name != 0)
			fprintf(out, "-%c ", o->short_name);
		fprintf(out, "--%s%s", o->name,
		    cmd_option_at(cmd, i + 1) != NULL ? " " : "");
	}
	fputs("' ;;\n\t\t*) ", out);
	if (cmd->max_args == 0)
		fputs(":", out);
	else
		bash_value(out, cmd->operand_choices, cmd->operands);
	fputs(" ;;\n\t\tesac\n\t\t;;\n", out);
}

void
completion_print_bash(FILE *out)
{
	const struct cmd_option *o;
	size_t i;

	fputs("# bash completion for targs(1), printed by `targs completion "
	    "bash` from\n# targs' own tables: regenerate it rather than edit "
	    "it.\n\n", out);
	bash_variables(out);
	fprintf(out, "\n%s\n", bash_head);
	fputs("\tif ((COMP_CWORD == 1)); then\n\t\tcase $cur in\n"
	    "\t\t-*) _targs_words '", out);
	for (o = cmd_global_options; o->name != NULL; o++)
		fprintf(out, "%s-%c --%s", o == cmd_global_options ? "" : " ",
		    o->short_name, o->name);
	fputs("' ;;\n\t\t*) ", out);
	bash_action(out, CMD_COMPLETE_COMMAND);
	fputs(" ;;\n\t\tesac\n\t\treturn\n\tfi\n"
	    "\tcase ${COMP_WORDS[1]} in\n", out);
	for (i = 0; cmd_table[i] != NULL; i++)
		bash_command(out, cmd_table[i]);
	fputs("\tesac\n}\n\ncomplete -F _targs targs\n", out);
}
