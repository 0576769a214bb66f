/*
 * term.h: whether to colour output, and the colours.
 */
#ifndef TARGS_TERM_H
#define TARGS_TERM_H

#include <stdbool.h>
#include <stdio.h>

/*
 * when is "auto" (or NULL), "always" or "never". auto colours when
 * NO_COLOR is unset or empty and either FORCE_COLOR is set (and not "0"
 * or "false") or stream is a terminal; an explicit "always" or "never"
 * wins over both variables, as no-color.org asks.
 */
bool term_use_color(const char *when, FILE *stream);

/* SGR sequences, or "" each when colour is off. */
struct term_style {
	const char	*bold;
	const char	*error;
	const char	*warning;
	const char	*info;
	const char	*accent;   /* carets and gutters */
	const char	*old;      /* diff: side A */
	const char	*new;      /* diff: side B */
	const char	*reset;
};

const struct term_style *term_style(bool color);

#endif
