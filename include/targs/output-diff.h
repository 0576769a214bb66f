/*
 * output-diff.h: the writers of `targs diff`: aligned text with - and +
 * lines, and JSON for scripts.
 */
#ifndef TARGS_OUTPUT_DIFF_H
#define TARGS_OUTPUT_DIFF_H

#include <stdbool.h>
#include <stdio.h>

#include "targs/diff.h"
#include "targs/plan-config.h"

/* One side of a diff: a file resolved for one release. */
struct diff_side {
	const char		*file;
	int			 version;
	struct config		*cfg;      /* NULL: not compared */
	bool			 loaded;   /* a mapping was loaded (cfg NULL: upstream raises) */
	const struct diag_list	*diags;
};

struct diff_report {
	struct diff_side	 a;
	struct diff_side	 b;
	const char		*env;
	bool			 all;      /* list equal parameters too */
	const struct plan_facts	*facts;    /* NULL: no plans asked for */
	const struct diff	*diff;
};

void output_diff_text(FILE *out, const struct diff_report *r, bool color);
/* Caller frees. */
char *output_diff_json(const struct diff_report *r);

#endif
