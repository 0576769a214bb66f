/*
 * main.c: the targs executable. Everything happens in the core library
 * (cmd_main); here only stdout is checked before exiting, so that a full
 * disk or a closed pipe is not a silent success.
 */
#include <stdio.h>

#include "targs/cmd.h"

int
main(int argc, char **argv)
{
	enum cmd_exit result = cmd_main(argc, argv);

	if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
		perror("targs: cannot write the output");
		return CMD_EXIT_TROUBLE;
	}
	return (int)result;
}
