/*
 * plan-warn.c: what a user wants to hear before paying for GPUs, from a
 * computed plan: one small function per warning (TA501-TA512), each
 * placed at the parameter it is about.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "targs/plan-config.h"
#include "targs/version.h"

#define PLAN_WARN_FN(name) static void name(struct config *cfg, \
	const struct plan_input *in, const struct plan *plan)

/* More checkpoints than this without save_total_limit is "many". */
#define PLAN_MANY_CHECKPOINTS 10

/* The events' count without eval_on_start's step 0. */
static int64_t
plan_during_training(const struct plan *plan, const struct plan_events *ev)
{
	return ev->count - (ev->first == 0);
}

PLAN_WARN_FN(plan_warn_never_evaluates)
{
	const char *name = in->eval == PLAN_STEPS ? "eval_steps" :
	    config_eval_strategy(cfg);
	struct diag *d;

	if (in->eval == PLAN_NO ||
	    plan_during_training(plan, &plan->evaluation) > 0)
		return;
	d = diag_add(cfg->diags, DIAG_PLAN_NEVER_EVALUATES,
	    config_pos(cfg, in->eval_delay > 0 ? "eval_delay" : name), name,
	    "no evaluation during training: the run ends at step %lld",
	    (long long)plan->total_steps);
	if (in->eval == PLAN_STEPS)
		diag_hint(d, "evaluation every %lld steps, from step %lld",
		    (long long)plan->evaluation.interval,
		    (long long)(plan->evaluation.lowest > 1 ?
		    plan->evaluation.lowest : 1));
}

PLAN_WARN_FN(plan_warn_only_final_save)
{
	struct diag *d;

	(void)in;
	if (plan->saving.strategy != PLAN_STEPS || plan->total_steps < 1 ||
	    (plan->saving.interval > 0 &&
	    plan->saving.interval <= plan->total_steps))
		return;
	if (plan->saves_at_end)
		d = diag_add(cfg->diags, DIAG_PLAN_ONLY_FINAL_SAVE,
		    config_pos(cfg, "save_steps"), "save_steps", "the only "
		    "checkpoint is the final one, at step %lld",
		    (long long)plan->total_steps);
	else
		d = diag_add(cfg->diags, DIAG_PLAN_ONLY_FINAL_SAVE,
		    config_pos(cfg, "save_steps"), "save_steps", "no "
		    "checkpoint is saved: the run ends at step %lld",
		    (long long)plan->total_steps);
	diag_hint(d, "save_steps resolves to %lld steps",
	    (long long)plan->saving.interval);
}

PLAN_WARN_FN(plan_warn_best_is_last)
{
	int64_t steps[2];

	if (!in->load_best || plan->saving.count == 0 ||
	    plan->saving.strategy == PLAN_BEST ||
	    plan_evaluated_saves(plan, steps, 2) > 1)
		return;
	diag_add(cfg->diags, DIAG_PLAN_BEST_IS_LAST,
	    config_pos(cfg, "load_best_model_at_end"),
	    "load_best_model_at_end", "load_best_model_at_end has at most "
	    "one evaluated checkpoint to choose from");
}

PLAN_WARN_FN(plan_warn_warmup)
{
	const char *name = in->version < TV(5, 0) && in->warmup_steps <= 0 ?
	    "warmup_ratio" : "warmup_steps";
	const char *type = plan->lr.name;

	if (plan->max_steps < 1 || plan->warmup_steps < plan->max_steps ||
	    strcmp(type, "constant") == 0 ||
	    strcmp(type, "reduce_lr_on_plateau") == 0 ||
	    strcmp(type, "greedy") == 0)
		return;
	diag_add(cfg->diags, DIAG_PLAN_WARMUP_WHOLE_RUN,
	    config_pos(cfg, name), name, "warm-up takes %lld steps of a "
	    "%lld-step run", (long long)plan->warmup_steps,
	    (long long)plan->max_steps);
}

static void
plan_warn_ratio(struct config *cfg, const struct plan *plan,
    const char *name, double value, const struct plan_events *ev)
{
	if (ev->strategy != PLAN_STEPS || !(value > 0 && value < 1) ||
	    plan->total_steps < 2)
		return;
	if (ev->interval == 1)
		diag_add(cfg->diags, DIAG_PLAN_RATIO_ROUNDS,
		    config_pos(cfg, name), name, "%s %g of %lld steps "
		    "rounds up to every step", name, value,
		    (long long)plan->max_steps);
	else if (ev->interval == 0)
		diag_add(cfg->diags, DIAG_PLAN_RATIO_ROUNDS,
		    config_pos(cfg, name), name, "%s %g of %lld steps "
		    "rounds to 0: never on a step", name, value,
		    (long long)plan->max_steps);
}

PLAN_WARN_FN(plan_warn_ratios)
{
	plan_warn_ratio(cfg, plan, "logging_steps", in->logging_steps,
	    &plan->logging);
	plan_warn_ratio(cfg, plan, "eval_steps", in->eval_steps,
	    &plan->evaluation);
	plan_warn_ratio(cfg, plan, "save_steps", in->save_steps,
	    &plan->saving);
}

PLAN_WARN_FN(plan_warn_never_logs)
{
	(void)in;
	if (plan->logging.strategy != PLAN_STEPS || plan->total_steps < 1 ||
	    plan->logging.interval <= plan->total_steps)
		return;
	diag_add(cfg->diags, DIAG_PLAN_NEVER_LOGS,
	    config_pos(cfg, "logging_steps"), "logging_steps", "no training "
	    "loss is logged: logging every %lld steps, the run ends at step "
	    "%lld", (long long)plan->logging.interval,
	    (long long)plan->total_steps);
}

PLAN_WARN_FN(plan_warn_many_checkpoints)
{
	if (in->save_total_limit > 0 ||
	    plan->saving.count <= PLAN_MANY_CHECKPOINTS)
		return;
	diag_hint(diag_add(cfg->diags, DIAG_PLAN_MANY_CHECKPOINTS,
	    config_pos(cfg, "save_total_limit"), "save_total_limit",
	    "all %lld checkpoints stay on disk",
	    (long long)plan->saving.count), "set save_total_limit to keep "
	    "only the newest");
}

PLAN_WARN_FN(plan_warn_cut_short)
{
	bool by_epochs = in->max_steps < 0 ||
	    (in->max_steps == 0 && in->version < TV(4, 49));

	if (plan->total_steps < plan->max_steps) {
		diag_add(cfg->diags, DIAG_PLAN_CUT_SHORT,
		    config_pos(cfg, "gradient_accumulation_steps"),
		    "gradient_accumulation_steps", "the epochs end after %lld "
		    "updates, before the %lld steps the learning-rate schedule "
		    "is built for", (long long)plan->total_steps,
		    (long long)plan->max_steps);
		return;
	}
	if (!by_epochs || !in->has_length ||
	    plan->epoch_at_end + 1e-9 >= in->num_train_epochs)
		return;
	diag_hint(diag_add(cfg->diags, DIAG_PLAN_CUT_SHORT,
	    config_pos(cfg, "num_train_epochs"), "num_train_epochs",
	    "training stops at epoch %.2f of %g: the updates per epoch are "
	    "counted down but done up", plan->epoch_at_end,
	    in->num_train_epochs), "%lld updates per epoch counted, %lld "
	    "done; transformers 4.52 counts them up",
	    (long long)plan->updates_per_epoch, (long long)plan->updates_done);
}

PLAN_WARN_FN(plan_warn_max_steps_zero)
{
	(void)plan;
	if (in->version < TV(4, 49) || in->max_steps != 0 || !in->has_length)
		return;
	diag_hint(diag_add(cfg->diags, DIAG_PLAN_MAX_STEPS_ZERO,
	    config_pos(cfg, "max_steps"), "max_steps", "max_steps 0 trains "
	    "one update, then stops"), "use -1 to train by num_train_epochs");
}

PLAN_WARN_FN(plan_warn_final_deleted)
{
	if (in->save_total_limit != 1 || plan->best_step < 1 ||
	    plan->best_missing || plan->saving.last != plan->total_steps ||
	    plan->best_step == plan->total_steps)
		return;
	diag_hint(diag_add(cfg->diags, DIAG_PLAN_FINAL_DELETED,
	    config_pos(cfg, "save_total_limit"), "save_total_limit",
	    "the end of training deletes the final checkpoint (step %lld) "
	    "unless it is the best", (long long)plan->total_steps),
	    "checkpoint-%lld is the newest one a best can be", (long long)
	    plan->best_step);
}

PLAN_WARN_FN(plan_warn_scheduler)
{
	(void)in;
	if (plan->lr_error == NULL)
		return;
	diag_hint(diag_add(cfg->diags, DIAG_PLAN_SCHEDULER,
	    config_pos(cfg, "lr_scheduler_type"), "lr_scheduler_type",
	    "the %s scheduler cannot be built or stepped for this run",
	    plan->lr.name), "upstream raises: %s", plan->lr_error);
}

/* 4.47-4.49: the best names an unsaved step; the cleanup's samefile. */
PLAN_WARN_FN(plan_warn_best_missing)
{
	if (!plan->best_missing || in->save_total_limit != 1)
		return;
	diag_hint(diag_add(cfg->diags, DIAG_PLAN_TRAINER,
	    config_pos(cfg, "save_total_limit"), "save_total_limit",
	    "the best evaluation (step %lld) has no checkpoint: the end of "
	    "training fails", (long long)plan->best_step), "upstream raises "
	    "FileNotFoundError in the save_total_limit 1 cleanup");
}

static void (*const plan_warnings[])(struct config *,
    const struct plan_input *, const struct plan *) = {
	plan_warn_never_evaluates,
	plan_warn_only_final_save,
	plan_warn_best_is_last,
	plan_warn_warmup,
	plan_warn_ratios,
	plan_warn_never_logs,
	plan_warn_many_checkpoints,
	plan_warn_cut_short,
	plan_warn_max_steps_zero,
	plan_warn_final_deleted,
	plan_warn_scheduler,
	plan_warn_best_missing,
};

void
plan_warn(struct config *cfg, const struct plan_input *in,
    const struct plan *plan)
{
	size_t i;

	for (i = 0; i < sizeof plan_warnings / sizeof plan_warnings[0]; i++)
		plan_warnings[i](cfg, in, plan);
}
