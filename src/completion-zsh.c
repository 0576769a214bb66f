/*
 * completion-zsh.c: `targs completion zsh`. The script is a completion
 * function for zsh's compsys: _arguments for the command word, with
 * each command's summary, then _arguments once more for the command's
 * options (their help as descriptions) and operands. Installed as
 * _targs in $fpath it is autoloaded; sourced, it registers itself.
 */
#include <stdlib.h>
#include <string.h>

#include "completion-internal.h"

/* What a backslash keeps as text in an option's [help] and :MESSAGE: */
#define ZSH_EXPLANATION "[]\\"
#define ZSH_MESSAGE ":\\"

/*
 * s inside single quotes: ' ends them; a backslash keeps the parts of a
 * spec of _arguments (brackets, colons) in special as text.
 */
static void
zsh_escape(FILE *out, const char *s, const char *special)
{
	for (; *s != '\0'; s++) {
		if (*s == '\'')
			fputs("'\\''", out);
		else if (strchr(special, *s) != NULL) {
			fputc('\\', out);
			fputc(*s, out);
		} else
			fputc(*s, out);
	}
}

/* The action of a spec: choices when there are, else what kind offers. */
static void
zsh_action(FILE *out, const char *const *choices, enum cmd_complete kind)
{
	char *words;

	if (choices == NULL && kind == CMD_COMPLETE_FILE)
		fputs("_files", out);
	else if ((words = completion_value_words(choices, kind)) == NULL)
		fputs(" ", out);  /* nothing to offer: only the message */
	else {
		fprintf(out, "(%s)", words);
		free(words);
	}
}

/*
 *	'(-f --format)'{-f+,--format=}'[how to report]:FORMAT:(text json)'
 * A value may follow in the same word or the next, as getopt_long takes.
 */
static void
zsh_option(FILE *out, const struct cmd_option *o)
{
	const char *value = o->arg != NULL ? "=" : "";

	fputs("\t\t\t\t", out);
	if (o->short_name != 0)
		fprintf(out, "'(-%c --%s)'{-%c%s,--%s%s}'", o->short_name,
		    o->name, o->short_name, o->arg != NULL ? "+" : "", o->name,
		    value);
	else
		fprintf(out, "'--%s%s", o->name, value);
	fputc('[', out);
	zsh_escape(out, o->help, ZSH_EXPLANATION);
	fputc(']', out);
	if (o->arg != NULL) {
		fputc(':', out);
		zsh_escape(out, o->arg, ZSH_MESSAGE);
		fputc(':', out);
		zsh_action(out, o->choices, o->complete);
	}
	fputs("' \\\n", out);
}

static void
zsh_command(FILE *out, const struct cmd_entry *cmd)
{
	const struct cmd_option *o;
	size_t i;

	fprintf(out, "\t\t%s)\n\t\t\t_arguments -s -S \\\n", cmd->name);
	for (i = 0; (o = cmd_option_at(cmd, i)) != NULL; i++)
		zsh_option(out, o);
	if (cmd->max_args != 0) {
		fprintf(out, "\t\t\t\t'%s:%s:", cmd->max_args == 1 ? "" : "*",
		    cmd->operand_choices != NULL ? "operand" :
		    completion_kind_names[cmd->operands]);
		zsh_action(out, cmd->operand_choices, cmd->operands);
		fputs("' \\\n", out);
	}
	fputs("\t\t\t\t&& ret=0\n\t\t\t;;\n", out);
}

void
completion_print_zsh(FILE *out)
{
	const struct cmd_option *o;
	size_t i;

	fputs("#compdef targs\n"
	    "# zsh completion for targs(1), printed by `targs completion zsh` "
	    "from\n# targs' own tables: regenerate it rather than edit it.\n"
	    "\n"
	    "_targs()\n"
	    "{\n"
	    "\tlocal curcontext=$curcontext state line ret=1\n"
	    "\ttypeset -A opt_args\n"
	    "\n"
	    "\t_arguments -C \\\n", out);
	for (o = cmd_global_options; o->name != NULL; o++) {
		fprintf(out, "\t\t'(- *)'{-%c,--%s}'[", o->short_name, o->name);
		zsh_escape(out, o->help, ZSH_EXPLANATION);
		fputs("]' \\\n", out);
	}
	fputs("\t\t'1:command:->command' \\\n"
	    "\t\t'*:: :->argument' && ret=0\n"
	    "\tcase $state in\n"
	    "\tcommand)\n"
	    "\t\tlocal -a commands\n"
	    "\t\tcommands=(\n", out);
	for (i = 0; cmd_table[i] != NULL; i++) {
		fputs("\t\t\t'", out);
		zsh_escape(out, cmd_table[i]->name, ":");
		fputc(':', out);
		zsh_escape(out, cmd_table[i]->summary, "");
		fputs("'\n", out);
	}
	fputs("\t\t)\n"
	    "\t\t_describe -t commands 'targs command' commands && ret=0\n"
	    "\t\t;;\n"
	    "\targument)\n"
	    "\t\tcurcontext=${curcontext%:*:*}:targs-$words[1]:\n"
	    "\t\tcase $words[1] in\n", out);
	for (i = 0; cmd_table[i] != NULL; i++)
		zsh_command(out, cmd_table[i]);
	fputs("\t\tesac\n"
	    "\t\t;;\n"
	    "\tesac\n"
	    "\treturn ret\n"
	    "}\n"
	    "\n"
	    "if [[ $funcstack[1] == _targs ]]; then\n"
	    "\t_targs \"$@\"\n"
	    "else\n"
	    "\tcompdef _targs targs\n"
	    "fi\n", out);
}
