/*
 * plan-lr.c: the learning-rate schedules of transformers' optimization.py
 * as formulas of the step, with the keyword arguments each accepts and the
 * errors building it raises (see plan-lr.h).
 *
 * Facts from huggingface/transformers src/transformers/optimization.py,
 * 4.38 to 5.0, and trainer.py's create_scheduler, which passes
 * num_warmup_steps = get_warmup_steps(T), num_training_steps = T and
 * lr_scheduler_kwargs.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "targs/plan-lr.h"
#include "targs/pyfloat.h"
#include "targs/version.h"
#include "targs/xalloc.h"

/* math.pi: PLAN_PI is not C11. */
#define PLAN_PI 3.141592653589793

/* Reads the keyword arguments; false with *error when building raises. */
typedef bool (*plan_lr_setup_fn)(struct plan_lr *, const struct pyval *,
    char **);
typedef double (*plan_lr_factor_fn)(const struct plan_lr *, double);

struct plan_scheduler {
	const char		*name;      /* lr_scheduler_type */
	int			 since;     /* first release of this row */
	int			 until;     /* last release of this row */
	const char		*function;  /* upstream's schedule function */
	const char *const	*kwargs;    /* accepted; NULL: not passed */
	plan_lr_setup_fn	 setup;
	plan_lr_factor_fn	 factor;    /* NULL: follows the eval metric */
};

/* The linear warm-up most schedules start with: t / max(1, W). */
static double
plan_lr_warmup(const struct plan_lr *lr, double t)
{
	return t / fmax(1, lr->warmup);
}

/* (t - W) / max(1, T - W): the share of the decay done. */
static double
plan_lr_progress(const struct plan_lr *lr, double t)
{
	return (t - lr->warmup) / fmax(1, lr->total - lr->warmup);
}

static double
plan_lr_cosine_of(double cycles, double progress)
{
	return 0.5 * (1 + cos(PLAN_PI * cycles * 2 * progress));
}

static double
plan_lr_linear(const struct plan_lr *lr, double t)
{
	if (t < lr->warmup)
		return plan_lr_warmup(lr, t);
	return fmax(0, (lr->total - t) / fmax(1, lr->total - lr->warmup));
}

static double
plan_lr_cosine(const struct plan_lr *lr, double t)
{
	double f;

	if (t < lr->warmup)
		return plan_lr_warmup(lr, t);
	f = plan_lr_cosine_of(lr->num_cycles, plan_lr_progress(lr, t));
	return fmax(0, f * (1 - lr->min_lr_rate) + lr->min_lr_rate);
}

static double
plan_lr_restarts(const struct plan_lr *lr, double t)
{
	double p;

	if (t < lr->warmup)
		return plan_lr_warmup(lr, t);
	p = plan_lr_progress(lr, t);
	if (p >= 1)
		return 0;
	return fmax(0, 0.5 * (1 + cos(PLAN_PI * fmod(lr->num_cycles * p, 1))));
}

static double
plan_lr_polynomial(const struct plan_lr *lr, double t)
{
	double left;

	if (t < lr->warmup)
		return plan_lr_warmup(lr, t);
	if (t > lr->total)
		return lr->lr_end / lr->lr;
	left = 1 - (t - lr->warmup) / (lr->total - lr->warmup);
	return ((lr->lr - lr->lr_end) * pow(left, lr->power) + lr->lr_end) /
	    lr->lr;
}

static double
plan_lr_constant(const struct plan_lr *lr, double t)
{
	(void)lr;
	(void)t;
	return 1;
}

static double
plan_lr_constant_warmup(const struct plan_lr *lr, double t)
{
	return t < lr->warmup ? plan_lr_warmup(lr, t) : 1;
}

static double
plan_lr_inverse_sqrt(const struct plan_lr *lr, double t)
{
	if (t < lr->warmup)
		return plan_lr_warmup(lr, t);
	return 1 / sqrt((t + lr->timescale - lr->warmup) / lr->timescale);
}

/* 4.54's variant, shifted one step: the minimum on the last update. */
static double
plan_lr_cosine_warmup_min(const struct plan_lr *lr, double t)
{
	double f, w = lr->warmup_lr_rate;

	if (t < lr->warmup) {
		if (!lr->has_warmup_lr_rate)
			return (t + 1) / fmax(1, lr->warmup);
		return w + (1 - w) * t / fmax(1, lr->warmup - 1);
	}
	f = plan_lr_cosine_of(lr->num_cycles,
	    (t - lr->warmup + 1) / fmax(1, lr->total - lr->warmup));
	return fmax(0, f * (1 - lr->min_lr_rate) + lr->min_lr_rate);
}

static double
plan_lr_shape_up(enum plan_lr_shape shape, double p)
{
	switch (shape) {
	case PLAN_LR_COSINE:
		return 0.5 * (1 - cos(PLAN_PI * p));
	case PLAN_LR_ONE_SQRT:
		return 1 - sqrt(1 - p);
	case PLAN_LR_LINEAR:
		break;
	}
	return p;
}

static double
plan_lr_shape_down(const struct plan_lr *lr, double p)
{
	switch (lr->decay_shape) {
	case PLAN_LR_COSINE:
		return plan_lr_cosine_of(lr->num_cycles, p);
	case PLAN_LR_ONE_SQRT:
		return 1 - sqrt(p);
	case PLAN_LR_LINEAR:
		break;
	}
	return 1 - p;
}

/*
 * warmup_stable_decay. Up to 4.48 the warm-up starts at 0 and the decay
 * is a cosine; from 4.49 both start or end at min_lr_ratio and take a
 * shape.
 */
static double
plan_lr_wsd(const struct plan_lr *lr, double t)
{
	double m = lr->min_lr_ratio, p;
	bool shaped = lr->version >= TV(4, 49);

	if (t < lr->warmup) {
		p = plan_lr_warmup(lr, t);
		if (!shaped)
			return p;
		return fmax(0, plan_lr_shape_up(lr->warmup_shape, p) *
		    (1 - m) + m);
	}
	if (t < lr->warmup + lr->stable)
		return 1;
	if (t < lr->warmup + lr->stable + lr->decay) {
		p = (t - lr->warmup - lr->stable) / fmax(1, lr->decay);
		if (!shaped)
			return (1 - m) * fmax(0, plan_lr_cosine_of(
			    lr->num_cycles, p)) + m;
		return fmax(0, plan_lr_shape_down(lr, p) * (1 - m) + m);
	}
	return m;
}

/*
 * Keyword arguments.
 */

/* kwargs[key] as a number into *out; false when absent or not one. */
static bool
plan_lr_number(const struct pyval *kwargs, const char *key, double *out)
{
	const struct pyval *v;

	if (kwargs == NULL || kwargs->kind != PY_DICT ||
	    (v = py_dict_get(kwargs, key)) == NULL || !py_is_number(v))
		return false;
	*out = py_number(v);
	return true;
}

static bool
plan_lr_has(const struct pyval *kwargs, const char *key)
{
	return kwargs != NULL && kwargs->kind == PY_DICT &&
	    py_dict_get(kwargs, key) != NULL &&
	    py_dict_get(kwargs, key)->kind != PY_NONE;
}

static bool
plan_lr_no_setup(struct plan_lr *lr, const struct pyval *kwargs,
    char **error)
{
	(void)lr;
	(void)kwargs;
	(void)error;
	return true;
}

static bool
plan_lr_cycles(struct plan_lr *lr, const struct pyval *kwargs, char **error)
{
	(void)error;
	plan_lr_number(kwargs, "num_cycles", &lr->num_cycles);
	return true;
}

static bool
plan_lr_restart_cycles(struct plan_lr *lr, const struct pyval *kwargs,
    char **error)
{
	lr->num_cycles = 1;
	return plan_lr_cycles(lr, kwargs, error);
}

static bool
plan_lr_polynomial_setup(struct plan_lr *lr, const struct pyval *kwargs,
    char **error)
{
	char init[PYFLOAT_BUFSIZE], end[PYFLOAT_BUFSIZE];

	lr->lr_end = 1e-7;
	lr->power = 1;
	plan_lr_number(kwargs, "lr_end", &lr->lr_end);
	plan_lr_number(kwargs, "power", &lr->power);
	if (!(lr->lr > lr->lr_end)) {
		*error = xasprintf("ValueError: lr_end (%s) must be %ssmaller "
		    "than initial lr (%s)", pyfloat_repr(lr->lr_end, end),
		    lr->version < TV(4, 40) ? "be " : "",
		    pyfloat_repr(lr->lr, init));
		return false;
	}
	if (lr->total == lr->warmup) {
		*error = xstrdup("ZeroDivisionError: division by zero");
		return false;
	}
	return true;
}

static bool
plan_lr_inverse_sqrt_setup(struct plan_lr *lr, const struct pyval *kwargs,
    char **error)
{
	(void)kwargs;
	if (lr->version < TV(4, 39)) {
		if (lr->warmup == 0) {
			*error = xstrdup("ZeroDivisionError: division by "
			    "zero");
			return false;
		}
		lr->timescale = lr->warmup;
		return true;
	}
	lr->timescale = lr->warmup > 0 ? lr->warmup : 10000;
	return true;
}

/* min_lr or min_lr_rate, exactly one of them. */
static bool
plan_lr_min_rate(struct plan_lr *lr, const struct pyval *kwargs,
    char **error)
{
	double min_lr;
	bool has_min = plan_lr_has(kwargs, "min_lr");
	bool has_rate = plan_lr_has(kwargs, "min_lr_rate");

	plan_lr_cycles(lr, kwargs, error);
	if (has_min && has_rate) {
		*error = xstrdup("ValueError: Only one of min_lr or "
		    "min_lr_rate should be set");
		return false;
	}
	if (!has_min && !has_rate) {
		*error = xstrdup("ValueError: One of min_lr or min_lr_rate "
		    "should be set through the `lr_scheduler_kwargs`");
		return false;
	}
	if (has_min && plan_lr_number(kwargs, "min_lr", &min_lr))
		lr->min_lr_rate = min_lr / lr->lr;
	else
		plan_lr_number(kwargs, "min_lr_rate", &lr->min_lr_rate);
	return true;
}

static bool
plan_lr_warmup_min_rate(struct plan_lr *lr, const struct pyval *kwargs,
    char **error)
{
	lr->has_warmup_lr_rate = plan_lr_number(kwargs, "warmup_lr_rate",
	    &lr->warmup_lr_rate);
	return plan_lr_min_rate(lr, kwargs, error);
}

/* wsd up to 4.48: num_stable_steps and num_decay_steps are required. */
static bool
plan_lr_wsd_fixed(struct plan_lr *lr, const struct pyval *kwargs,
    char **error)
{
	bool has_stable = plan_lr_has(kwargs, "num_stable_steps");
	bool has_decay = plan_lr_has(kwargs, "num_decay_steps");

	plan_lr_cycles(lr, kwargs, error);
	plan_lr_number(kwargs, "min_lr_ratio", &lr->min_lr_ratio);
	if (!has_stable && !has_decay) {
		*error = xstrdup("TypeError: get_wsd_schedule() missing 2 "
		    "required positional arguments: 'num_stable_steps' and "
		    "'num_decay_steps'");
		return false;
	}
	if (!has_stable || !has_decay) {
		*error = xasprintf("TypeError: get_wsd_schedule() missing 1 "
		    "required positional argument: '%s'", has_stable ?
		    "num_decay_steps" : "num_stable_steps");
		return false;
	}
	plan_lr_number(kwargs, "num_stable_steps", &lr->stable);
	plan_lr_number(kwargs, "num_decay_steps", &lr->decay);
	return true;
}

static bool
plan_lr_wsd_shape(const struct pyval *kwargs, const char *key,
    enum plan_lr_shape *shape, char **error)
{
	static const char *const names[] = { "linear", "cosine", "1-sqrt" };
	const struct pyval *v;
	char *text;
	size_t i;

	if (kwargs == NULL || kwargs->kind != PY_DICT ||
	    (v = py_dict_get(kwargs, key)) == NULL)
		return true;
	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (py_str_is(v, names[i])) {
			*shape = (enum plan_lr_shape)i;
			return true;
		}
	text = py_str_of(v);
	*error = xasprintf("ValueError: Unknown %s type: %s, expected "
	    "'linear', 'cosine' or '1-sqrt'", strcmp(key, "warmup_type") == 0 ?
	    "warmup" : "decay", text);
	free(text);
	return false;
}

/* wsd from 4.49: the stable phase is what warm-up and decay leave. */
static bool
plan_lr_wsd_flexible(struct plan_lr *lr, const struct pyval *kwargs,
    char **error)
{
	plan_lr_cycles(lr, kwargs, error);
	plan_lr_number(kwargs, "min_lr_ratio", &lr->min_lr_ratio);
	lr->decay_shape = PLAN_LR_COSINE;
	if (!plan_lr_has(kwargs, "num_decay_steps")) {
		*error = xstrdup("TypeError: get_wsd_schedule() missing 1 "
		    "required positional argument: 'num_decay_steps'");
		return false;
	}
	plan_lr_number(kwargs, "num_decay_steps", &lr->decay);
	if (!plan_lr_number(kwargs, "num_stable_steps", &lr->stable))
		lr->stable = lr->total - lr->warmup - lr->decay;
	return plan_lr_wsd_shape(kwargs, "warmup_type", &lr->warmup_shape,
	    error) && plan_lr_wsd_shape(kwargs, "decay_type",
	    &lr->decay_shape, error);
}

static bool
plan_lr_wsd_unusable(struct plan_lr *lr, const struct pyval *kwargs,
    char **error)
{
	(void)lr;
	(void)kwargs;
	*error = xstrdup("TypeError: get_wsd_schedule() got an unexpected "
	    "keyword argument 'num_training_steps'");
	return false;
}

static const char *const plan_lr_kw_linear[] = { "last_epoch", NULL };
static const char *const plan_lr_kw_cycles[] = { "num_cycles",
	"last_epoch", NULL };
static const char *const plan_lr_kw_polynomial[] = { "lr_end", "power",
	"last_epoch", NULL };
static const char *const plan_lr_kw_min_lr[] = { "num_cycles", "last_epoch",
	"min_lr", "min_lr_rate", NULL };
static const char *const plan_lr_kw_warmup_min_lr[] = { "num_cycles",
	"last_epoch", "min_lr", "min_lr_rate", "warmup_lr_rate", NULL };
static const char *const plan_lr_kw_wsd_fixed[] = { "num_stable_steps",
	"num_decay_steps", "min_lr_ratio", "num_cycles", "last_epoch", NULL };
static const char *const plan_lr_kw_wsd[] = { "num_decay_steps",
	"num_stable_steps", "warmup_type", "decay_type", "min_lr_ratio",
	"num_cycles", "last_epoch", NULL };
static const char *const plan_lr_kw_any[] = { NULL };

/*
 * Which releases accept each name is the schema's business (the enum of
 * lr_scheduler_type); rows split releases only where the function
 * changed.
 */
static const struct plan_scheduler plan_schedulers[] = {
	{ "linear", TV(4, 38), VERSION_NEWEST,
	  "get_linear_schedule_with_warmup", plan_lr_kw_linear,
	  plan_lr_no_setup, plan_lr_linear },
	{ "cosine", TV(4, 38), VERSION_NEWEST,
	  "get_cosine_schedule_with_warmup", plan_lr_kw_cycles,
	  plan_lr_cycles, plan_lr_cosine },
	{ "cosine_with_restarts", TV(4, 38), VERSION_NEWEST,
	  "get_cosine_with_hard_restarts_schedule_with_warmup",
	  plan_lr_kw_cycles, plan_lr_restart_cycles, plan_lr_restarts },
	{ "polynomial", TV(4, 38), VERSION_NEWEST,
	  "get_polynomial_decay_schedule_with_warmup", plan_lr_kw_polynomial,
	  plan_lr_polynomial_setup, plan_lr_polynomial },
	{ "constant", TV(4, 38), VERSION_NEWEST,
	  "get_constant_schedule", NULL, plan_lr_no_setup, plan_lr_constant },
	{ "constant_with_warmup", TV(4, 38), VERSION_NEWEST,
	  "get_constant_schedule_with_warmup", NULL, plan_lr_no_setup,
	  plan_lr_constant_warmup },
	{ "inverse_sqrt", TV(4, 38), VERSION_NEWEST,
	  "get_inverse_sqrt_schedule", NULL, plan_lr_inverse_sqrt_setup,
	  plan_lr_inverse_sqrt },
	{ "reduce_lr_on_plateau", TV(4, 38), VERSION_NEWEST,
	  "ReduceLROnPlateau", plan_lr_kw_any, plan_lr_no_setup, NULL },
	{ "cosine_with_min_lr", TV(4, 38), VERSION_NEWEST,
	  "get_cosine_with_min_lr_schedule_with_warmup", plan_lr_kw_min_lr,
	  plan_lr_min_rate, plan_lr_cosine },
	{ "cosine_warmup_with_min_lr", TV(4, 38), VERSION_NEWEST,
	  "get_cosine_with_min_lr_schedule_with_warmup_lr_rate",
	  plan_lr_kw_warmup_min_lr, plan_lr_warmup_min_rate,
	  plan_lr_cosine_warmup_min },
	{ "warmup_stable_decay", TV(4, 41), TV(4, 41),
	  "get_wsd_schedule", plan_lr_kw_any, plan_lr_wsd_unusable,
	  plan_lr_wsd },
	{ "warmup_stable_decay", TV(4, 42), TV(4, 48),
	  "get_wsd_schedule", plan_lr_kw_wsd_fixed, plan_lr_wsd_fixed,
	  plan_lr_wsd },
	{ "warmup_stable_decay", TV(4, 49), VERSION_NEWEST,
	  "get_wsd_schedule", plan_lr_kw_wsd, plan_lr_wsd_flexible,
	  plan_lr_wsd },
	{ "greedy", TV(4, 38), VERSION_NEWEST,
	  "GreedyLR", plan_lr_kw_any, plan_lr_no_setup, NULL },
};

#define PLAN_SCHEDULER_COUNT (sizeof plan_schedulers / \
	sizeof plan_schedulers[0])

static const struct plan_scheduler *
plan_lr_find(const char *name, int version)
{
	size_t i;

	for (i = 0; i < PLAN_SCHEDULER_COUNT; i++)
		if (strcmp(plan_schedulers[i].name, name) == 0 &&
		    version >= plan_schedulers[i].since &&
		    version <= plan_schedulers[i].until)
			return &plan_schedulers[i];
	return NULL;
}

static bool
plan_lr_accepts(const char *const *list, const char *key)
{
	size_t i;

	if (list[0] == NULL)
		return true;  /* plan_lr_kw_any */
	for (i = 0; list[i] != NULL; i++)
		if (strcmp(list[i], key) == 0)
			return true;
	return false;
}

/*
 * What Python says about lr_scheduler_kwargs before the schedule
 * function runs: not a mapping, a keyword get_scheduler passes itself,
 * or one the function does not take.
 */
static bool
plan_lr_check_kwargs(const struct plan_scheduler *s,
    const struct pyval *kwargs, char **error)
{
	const char *key;
	size_t i;

	if (s->kwargs == NULL || kwargs == NULL || kwargs->kind == PY_NONE)
		return true;
	if (kwargs->kind != PY_DICT) {
		*error = xasprintf("TypeError: transformers.optimization.%s() "
		    "argument after ** must be a mapping, not %s", s->function,
		    py_type_name(kwargs));
		return false;
	}
	for (i = 0; i < kwargs->count; i++) {
		if (kwargs->keys[i]->kind != PY_STR)
			continue;
		key = kwargs->keys[i]->text;
		if (strcmp(key, "num_warmup_steps") == 0 ||
		    strcmp(key, "num_training_steps") == 0) {
			*error = xasprintf("TypeError: transformers."
			    "optimization.%s() got multiple values for "
			    "keyword argument '%s'", s->function, key);
			return false;
		}
		if (!plan_lr_accepts(s->kwargs, key)) {
			*error = xasprintf("TypeError: %s() got an unexpected "
			    "keyword argument '%s'", s->function, key);
			return false;
		}
	}
	return true;
}

bool
plan_lr_build(struct plan_lr *lr, const char *name,
    const struct pyval *kwargs, int version, double learning_rate,
    int64_t warmup, int64_t total, char **error, char **note)
{
	const struct plan_scheduler *s = plan_lr_find(name, version);

	memset(lr, 0, sizeof *lr);
	lr->name = name;
	lr->version = version;
	lr->lr = learning_rate;
	lr->warmup = (double)warmup;
	lr->total = (double)total;
	lr->num_cycles = 0.5;
	lr->scheduler = s;
	*error = NULL;
	*note = NULL;
	if (s == NULL) {
		*note = xasprintf("%s: no formula known to targs", name);
		return true;
	}
	if (s->factor == NULL)
		*note = xasprintf("%s changes the learning rate when the "
		    "evaluation metric stalls, so it cannot be drawn in "
		    "advance", name);
	if (!plan_lr_check_kwargs(s, kwargs, error))
		return false;
	if (plan_lr_has(kwargs, "last_epoch") && s->factor != NULL) {
		*note = xstrdup("last_epoch in lr_scheduler_kwargs resumes a "
		    "schedule targs does not follow");
		lr->scheduler = NULL;
		return true;
	}
	return s->setup(lr, kwargs, error);
}

bool
plan_lr_closed_form(const struct plan_lr *lr)
{
	return lr->scheduler != NULL && lr->scheduler->factor != NULL;
}

double
plan_lr_factor(const struct plan_lr *lr, double t)
{
	if (!plan_lr_closed_form(lr))
		return 1;
	return lr->scheduler->factor(lr, t);
}

double
plan_lr_at_update(const struct plan_lr *lr, int64_t step)
{
	return lr->lr * plan_lr_factor(lr, (double)(step - 1));
}
