/*
 * plan-lr.h: the learning-rate schedule the Trainer builds with
 * get_scheduler (transformers' optimization.py), for plan.
 *
 * Each scheduler is a multiplier lambda(t) of learning_rate, where t is
 * torch LambdaLR's step counter: the scheduler steps once after every
 * optimizer update, so update g (1-based) uses lambda(g - 1).
 */
#ifndef TARGS_PLAN_LR_H
#define TARGS_PLAN_LR_H

#include <stdbool.h>
#include <stdint.h>

#include "targs/pyval.h"

enum plan_lr_shape {
	PLAN_LR_LINEAR,   /* warm-up, stable and decay shapes of wsd */
	PLAN_LR_COSINE,
	PLAN_LR_ONE_SQRT, /* "1-sqrt" */
};

struct plan_scheduler;

struct plan_lr {
	const struct plan_scheduler *scheduler; /* NULL: unknown name */
	const char	*name;      /* lr_scheduler_type */
	int		 version;
	double		 lr;        /* learning_rate */
	double		 warmup;    /* W: get_warmup_steps(T) */
	double		 total;     /* T: the total optimizer updates */
	/* The scheduler's keyword arguments, after its defaults. */
	double		 num_cycles;
	double		 power;
	double		 lr_end;
	double		 min_lr_rate;    /* cosine_with_min_lr's r */
	bool		 has_warmup_lr_rate;
	double		 warmup_lr_rate;
	double		 timescale;      /* inverse_sqrt */
	double		 stable;         /* wsd: S */
	double		 decay;          /* wsd: D */
	double		 min_lr_ratio;   /* wsd: m */
	enum plan_lr_shape warmup_shape;
	enum plan_lr_shape decay_shape;
};

/*
 * Builds the schedule get_scheduler would build for lr_scheduler_type
 * name with lr_scheduler_kwargs kwargs (a dict or None). Returns false
 * with *error (caller frees) when the Trainer raises while building or
 * stepping it: "Type: message" as Python prints it. *note (caller frees)
 * says why there is no closed form, for schedulers that follow the
 * evaluation metric; it is NULL otherwise.
 */
bool plan_lr_build(struct plan_lr *lr, const char *name,
    const struct pyval *kwargs, int version, double learning_rate,
    int64_t warmup, int64_t total, char **error, char **note);

/* True when the schedule is a formula of the step alone. */
bool plan_lr_closed_form(const struct plan_lr *lr);

/* lambda(t): the multiplier of learning_rate after t scheduler steps. */
double plan_lr_factor(const struct plan_lr *lr, double t);

/* The learning rate optimizer update step (1-based) uses. */
double plan_lr_at_update(const struct plan_lr *lr, int64_t step);

#endif
