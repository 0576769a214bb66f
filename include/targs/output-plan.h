/*
 * output-plan.h: the writers of `targs plan`: a short text report with a
 * plot of the learning rate, and JSON with the names docs/plan.md fixes.
 */
#ifndef TARGS_OUTPUT_PLAN_H
#define TARGS_OUTPUT_PLAN_H

#include <stdbool.h>
#include <stdio.h>

#include "targs/diag.h"
#include "targs/plan.h"

struct plan_report {
	const char		*file;
	int			 version;
	const char		*profile;  /* the profile read with, or NULL */
	const char		*env;
	const struct plan_input	*in;
	const struct plan	*plan;
	double			 checkpoint_bytes;  /* < 0: not asked */
	const char		*checkpoint_basis;  /* how it was sized */
	const struct diag_list	*diags;             /* the plan's warnings */
};

void output_plan_text(FILE *out, const struct plan_report *r, bool color);
/* Caller frees. */
char *output_plan_json(const struct plan_report *r);

#endif
