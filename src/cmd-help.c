/*
 * cmd-help.c: `targs help [COMMAND]`.
 */
#include <stdio.h>

#include "targs/cmd.h"

static enum cmd_exit
cmd_help_exec(const struct args *args)
{
	const struct cmd_entry *cmd;

	if (args->argc == 0) {
		cmd_print_overview(stdout);
		return CMD_EXIT_OK;
	}
	cmd = cmd_find(args->argv[0]);
	if (cmd == NULL)
		return cmd_unknown(args->argv[0]);
	cmd_print_help(stdout, cmd);
	return CMD_EXIT_OK;
}

static const struct cmd_option cmd_help_options[] = {
	{ 0 },
};

const struct cmd_entry cmd_help_entry = {
	.name = "help",
	.summary = "show the help of targs or of one command",
	.usage = "[COMMAND]",
	.description = "Show the commands of targs, or the options of COMMAND.",
	.options = cmd_help_options,
	.min_args = 0,
	.max_args = 1,
	.operands = CMD_COMPLETE_COMMAND,
	.exec = cmd_help_exec,
};
