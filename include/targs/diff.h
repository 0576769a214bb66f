/*
 * diff.h: what really differs between two resolved configs: two files
 * under one release, or one file under two releases.
 *
 * Values are compared after defaults and the rules, as Python compares
 * them (5e-05 == 0.00005, dicts in any order), so formatting, key order,
 * explicit defaults and spellings the rules normalise never show. A
 * value that only the --env preset makes equal (report_to "all" on a
 * machine without integrations, against "none") still differs. Beside
 * the parameters, diff compares the problems each side has and, when
 * asked, the plans of the two runs.
 */
#ifndef TARGS_DIFF_H
#define TARGS_DIFF_H

#include <stdbool.h>
#include <stddef.h>

#include "targs/config.h"
#include "targs/plan.h"

enum diff_kind {
	DIFF_EQUAL,
	DIFF_CHANGED,  /* both releases have it; the values differ */
	DIFF_ONLY_A,   /* a parameter only A's release has */
	DIFF_ONLY_B,   /* a parameter only B's release has */
};

struct diff_param {
	const struct schema_row		*row;
	enum diff_kind			 kind;
	const struct config_slot	*a;      /* NULL when A lacks it */
	const struct config_slot	*b;      /* NULL when B lacks it */
	/*
	 * The settings compared: the newest steps that do not depend on
	 * what --env says is installed (report_to "all" stays "all").
	 */
	const struct config_step	*sa;
	const struct config_step	*sb;
	bool				 shown;  /* a difference that matters */
};

/*
 * A top-level key of the files that is no parameter of either release
 * (model_name_or_path in a TRL recipe): compared as Python loads it.
 */
struct diff_key {
	const char		*name;
	const struct value	*a;      /* the value in A's file; NULL: absent */
	const struct value	*b;
	struct pyval		*va;     /* as Python loads them */
	struct pyval		*vb;
	bool			 shown;  /* absent on one side, or unequal */
};

/* A problem only one side has. */
struct diff_problem {
	char			 side;   /* 'a' or 'b' */
	const struct diag	*diag;
};

/* One number of the two plans. */
struct diff_plan_row {
	const char	*name;    /* as in plan's JSON */
	const char	*label;   /* for people */
	double		 a;
	double		 b;
};

struct diff {
	struct diff_param	*params;    /* by group, then to_dict order */
	size_t			 param_count;
	size_t			 changed;   /* params shown */
	struct diff_key		*keys;      /* A's file order, then B's own */
	size_t			 key_count;
	size_t			 keys_changed;
	bool			 keys_compared;
	struct diff_problem	*problems;  /* A's, then B's */
	size_t			 problem_count;
	struct diff_plan_row	*plan;      /* every row; NULL: no plans */
	size_t			 plan_count;
	size_t			 plan_changed;
};

void diff_init(struct diff *d);
void diff_release(struct diff *d);

/*
 * Compares a and b parameter by parameter. Both are resolved configs of
 * one class; their releases may differ. A parameter only one release has
 * counts when the file gives it or a rule set it.
 */
void diff_configs(struct diff *d, struct config *a, struct config *b);

/*
 * Compares the top-level keys that are parameters of neither release:
 * the model, data and framework settings beside TrainingArguments.
 */
void diff_other_keys(struct diff *d, struct config *a, struct config *b);

/*
 * Records the errors and warnings that only one side has, matched by
 * code, key and message. Once the keys were compared (diff_configs and
 * diff_other_keys), problems saying a top-level key is not a parameter
 * are left out: the parameters and other keys show those keys.
 */
void diff_problems(struct diff *d, const struct diag_list *a,
    const struct diag_list *b);

/* Compares the numbers of two plans. */
void diff_plans(struct diff *d, const struct plan *a, const struct plan *b);

/* The total of differences: parameters, keys, problems, plan numbers. */
size_t diff_total(const struct diff *d);

#endif
