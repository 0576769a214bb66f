/*
 * rules.h: the rules of TrainingArguments.__post_init__ (and the checks
 * targs adds to them), as a table: each rule has a diagnostic code, the
 * label of the reference it implements, the releases it applies to, the
 * parameters it reads and a function. Each release runs them in the order
 * its own __post_init__ does, so that the first error targs marks is the
 * one transformers raises first.
 */
#ifndef TARGS_RULES_H
#define TARGS_RULES_H

#include <stddef.h>

#include "targs/diag.h"

struct config;

struct rule {
	const char	*name;    /* the function's name, for docs */
	enum diag_id	 code;    /* its diagnostics and its provenance */
	const char	*ref;     /* reference label: "R27" */
	int		 since;   /* first release it applies to */
	int		 removed; /* first release without it; 0: none */
	const char	*reads;   /* parameters, space-separated */
	void		(*fn)(struct config *cfg, const struct rule *rule);
};

extern const struct rule rule_table[];   /* ends with a NULL name */

/* The rules of code (several rules may share one), or NULL. */
const struct rule *rules_for_code(enum diag_id code, const struct rule *after);

/* The rules version runs, in its upstream order; ends with NULL. */
const struct rule *const *rules_order(int version);

#endif
