/*
 * cmd-completion.c: `targs completion SHELL`: print the completion script
 * of bash, zsh or fish. Each is printed from the tables targs runs on
 * (completion.c), so that no script can fall behind an option.
 */
#include <stdio.h>
#include <string.h>

#include "completion-internal.h"

enum completion_shell {
	COMPLETION_BASH,
	COMPLETION_ZSH,
	COMPLETION_FISH,
	COMPLETION_SHELL_COUNT,
};

static const char *const completion_shells[] = {
	[COMPLETION_BASH] = "bash",
	[COMPLETION_ZSH] = "zsh",
	[COMPLETION_FISH] = "fish",
	[COMPLETION_SHELL_COUNT] = NULL,
};

static void (*const completion_printers[COMPLETION_SHELL_COUNT])(FILE *) = {
	[COMPLETION_BASH] = completion_print_bash,
	[COMPLETION_ZSH] = completion_print_zsh,
	[COMPLETION_FISH] = completion_print_fish,
};

static const struct cmd_option cmd_completion_options[] = {
	{ 0 },
};

/* args.c has refused any other shell. */
static enum cmd_exit
cmd_completion_exec(const struct args *args)
{
	size_t i;

	for (i = 0; i < COMPLETION_SHELL_COUNT; i++)
		if (strcmp(completion_shells[i], args->argv[0]) == 0)
			completion_printers[i](stdout);
	return CMD_EXIT_OK;
}

const struct cmd_entry cmd_completion_entry = {
	.name = "completion",
	.summary = "print the completion script of a shell",
	.usage = "SHELL",
	.description =
	    "Print a script that completes targs' commands, options and\n"
	    "their values in SHELL: releases, formats, parameter names and\n"
	    "codes for explain, files. It is made from the tables targs runs\n"
	    "on, so it knows what this targs knows. To use it in the running\n"
	    "shell:\n"
	    "\n"
	    "  bash   source <(targs completion bash)\n"
	    "  zsh    source <(targs completion zsh)    (after compinit)\n"
	    "  fish   targs completion fish | source\n"
	    "\n"
	    "cmake --install puts the three scripts where the shells look\n"
	    "for them.",
	.options = cmd_completion_options,
	.min_args = 1,
	.max_args = 1,
	.operand_choices = completion_shells,
	.exec = cmd_completion_exec,
};
