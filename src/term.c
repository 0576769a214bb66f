/*
 * term.c: the colour decision and the escape sequences (see term.h).
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "targs/term.h"

bool
term_use_color(const char *when, FILE *stream)
{
	const char *no_color = getenv("NO_COLOR");
	const char *force = getenv("FORCE_COLOR");

	if (when != NULL && strcmp(when, "always") == 0)
		return true;
	if (when != NULL && strcmp(when, "never") == 0)
		return false;
	/*
	 * FORCE_COLOR (force-color.org) asks for colour where auto would not
	 * give it; "0" and "false" are read as its opposite, as Node reads
	 * them. NO_COLOR wins over it: a user who turned colour off meant it.
	 */
	if (no_color != NULL && no_color[0] != '\0')
		return false;
	if (force != NULL && force[0] != '\0')
		return strcmp(force, "0") != 0 && strcmp(force, "false") != 0;
	return isatty(fileno(stream)) == 1;
}

const struct term_style *
term_style(bool color)
{
	static const struct term_style plain = {
		.bold = "", .error = "", .warning = "", .info = "",
		.accent = "", .old = "", .new = "", .reset = "",
	};
	static const struct term_style ansi = {
		.bold = "\033[1m",
		.error = "\033[1;31m",
		.warning = "\033[1;33m",
		.info = "\033[1;36m",
		.accent = "\033[1;34m",
		.old = "\033[31m",
		.new = "\033[32m",
		.reset = "\033[0m",
	};

	return color ? &ansi : &plain;
}
