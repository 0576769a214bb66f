/*
 * plan-config.c: the numbers plan_compute needs, read from a resolved
 * config (after the rules of __post_init__: eval_steps filled from
 * logging_steps, fractions above 1 made ints, v5's warmup_ratio copied
 * into warmup_steps).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "targs/plan-config.h"
#include "targs/version.h"
#include "targs/xalloc.h"

/*
 * A number from the config; false with *error when it is not one. The
 * fallback stands only for None or a field the release lacks: the
 * defaults themselves come from the schema through the config.
 */
static bool
plan_config_number(struct config *cfg, const char *name, double fallback,
    double *out, char **error)
{
	struct pyval *v = config_get(cfg, name);

	if (v == NULL || v->kind == PY_NONE) {
		*out = fallback;
		return true;
	}
	if (!py_is_number(v) || v->big) {
		*error = xasprintf("%s is %s, not a number: there is no "
		    "schedule to plan", name, py_type_name(v));
		return false;
	}
	*out = py_number(v);
	return true;
}

static bool
plan_config_int(struct config *cfg, const char *name, int64_t fallback,
    int64_t *out, char **error)
{
	double x;

	if (!plan_config_number(cfg, name, (double)fallback, &x, error))
		return false;
	if (x != x || x > 9e15 || x < -9e15) {
		*error = xasprintf("%s is out of the range targs plans", name);
		return false;
	}
	*out = (int64_t)x;
	return true;
}

static bool
plan_config_flag(struct config *cfg, const char *name)
{
	struct pyval *v = config_get(cfg, name);

	return v != NULL && py_truthy(v);
}

static enum plan_strategy
plan_config_strategy(struct config *cfg, const char *name)
{
	struct pyval *v = config_get(cfg, name);

	if (v == NULL)
		return PLAN_NO;
	if (py_str_is(v, "steps"))
		return PLAN_STEPS;
	if (py_str_is(v, "epoch"))
		return PLAN_EPOCH;
	if (py_str_is(v, "best"))
		return PLAN_BEST;
	return PLAN_NO;
}

/* Per device; v4's deprecated per_gpu_train_batch_size wins when set. */
static bool
plan_config_batch(struct config *cfg, struct plan_input *in, char **error)
{
	struct pyval *gpu = config_get(cfg, "per_gpu_train_batch_size");

	if (gpu != NULL && py_truthy(gpu))
		return plan_config_int(cfg, "per_gpu_train_batch_size", 0,
		    &in->batch_size, error);
	return plan_config_int(cfg, "per_device_train_batch_size", 0,
	    &in->batch_size, error);
}

static bool
plan_config_steps(struct config *cfg, struct plan_input *in, char **error)
{
	in->logging = plan_config_strategy(cfg, "logging_strategy");
	in->eval = plan_config_strategy(cfg, config_eval_strategy(cfg));
	in->save = plan_config_strategy(cfg, "save_strategy");
	in->logging_first_step = plan_config_flag(cfg, "logging_first_step");
	in->eval_on_start = plan_config_flag(cfg, "eval_on_start");
	in->load_best = plan_config_flag(cfg, "load_best_model_at_end");
	in->tracks_best = config_get(cfg, "metric_for_best_model") != NULL &&
	    config_get(cfg, "metric_for_best_model")->kind != PY_NONE;
	return plan_config_number(cfg, "logging_steps", 0,
	    &in->logging_steps, error) &&
	    plan_config_number(cfg, "eval_steps", 0, &in->eval_steps, error) &&
	    plan_config_number(cfg, "save_steps", 0, &in->save_steps,
	    error) && plan_config_number(cfg, "eval_delay", 0, &in->eval_delay,
	    error) && plan_config_int(cfg, "save_total_limit", 0,
	    &in->save_total_limit, error);
}

bool
plan_config_input(struct config *cfg, const struct plan_facts *facts,
    struct plan_input *in, char **error)
{
	memset(in, 0, sizeof *in);
	*error = NULL;
	in->version = cfg->version;
	in->has_length = facts->has_length;
	in->train_samples = facts->train_samples;
	in->batches_per_epoch = facts->steps_per_epoch;
	in->world_size = facts->world_size;
	in->n_gpu = facts->n_gpu;
	in->drop_last = plan_config_flag(cfg, "dataloader_drop_last");
	return plan_config_batch(cfg, in, error) &&
	    plan_config_int(cfg, "gradient_accumulation_steps", 0,
	    &in->grad_accum, error) &&
	    plan_config_int(cfg, "max_steps", 0, &in->max_steps, error) &&
	    plan_config_number(cfg, "num_train_epochs", 0,
	    &in->num_train_epochs, error) &&
	    plan_config_number(cfg, "warmup_steps", 0, &in->warmup_steps,
	    error) && (cfg->version >= TV(5, 0) ||
	    plan_config_number(cfg, "warmup_ratio", 0, &in->warmup_ratio,
	    error)) && plan_config_steps(cfg, in, error);
}

bool
plan_config_schedule(struct config *cfg, const char **name,
    const struct pyval **kwargs, double *lr, char **error)
{
	struct pyval *type = config_get(cfg, "lr_scheduler_type");

	*name = type != NULL && type->kind == PY_STR ? type->text : "";
	*kwargs = config_get(cfg, "lr_scheduler_kwargs");
	return plan_config_number(cfg, "learning_rate", 0, lr, error);
}

bool
plan_config_run(struct config *cfg, const struct plan_facts *facts,
    struct plan_input *in, struct plan *plan)
{
	const struct pyval *kwargs;
	const char *scheduler;
	char *error = NULL;
	double lr;

	memset(plan, 0, sizeof *plan);
	if (!plan_config_input(cfg, facts, in, &error) ||
	    !plan_config_schedule(cfg, &scheduler, &kwargs, &lr, &error)) {
		diag_add(cfg->diags, DIAG_PLAN_TRAINER, (struct source_pos){
		    0, 0 }, NULL, "%s", error);
		free(error);
		return false;
	}
	if (!plan_compute(plan, in, scheduler, kwargs, lr)) {
		diag_add(cfg->diags, DIAG_PLAN_TRAINER, (struct source_pos){
		    0, 0 }, NULL, "%s", plan->error);
		return false;
	}
	plan_warn(cfg, in, plan);
	return true;
}
