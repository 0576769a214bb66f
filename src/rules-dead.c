/*
 * rules-dead.c: settings a file gives that transformers accepts and then
 * ignores, because another setting makes them irrelevant. Warnings only:
 * the run works, but not as the file suggests.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "targs/config.h"
#include "targs/xalloc.h"

/*
 * Given in the file with a value of its own: not null, not the default
 * (a to_dict() dump writes every field, defaults included).
 */
static bool
dead_set(struct config *cfg, const char *name)
{
	struct config_slot *slot = config_slot(cfg, name);

	if (slot == NULL || slot->node == NULL || slot->value->kind == PY_NONE)
		return false;
	return !py_equal(config_default(slot), slot->value);
}

/*
 * True when the file names a key of another release that this one would
 * have read as name (evaluation_strategy for eval_strategy): TA204
 * reports that, and what follows from it would only repeat it.
 */
bool
config_replaced_in_file(struct config *cfg, const char *name)
{
	const struct schema_row *row;
	size_t i;

	if (config_given(cfg, name) || cfg->root == NULL)
		return false;
	for (i = 0; i < cfg->root->len; i++) {
		const struct value *key = cfg->root->pairs[i].key;

		if (key->kind == VALUE_SCALAR && config_slot(cfg, key->text) ==
		    NULL && (row = schema_find(key->text)) != NULL &&
		    row->replaced_by != NULL && strcmp(row->replaced_by,
		    name) == 0)
			return true;
	}
	return false;
}

static void
dead_interval(struct config *cfg, enum diag_id id, const char *steps,
    const char *strategy)
{
	struct pyval *v = config_get(cfg, strategy);

	if (!dead_set(cfg, steps) || v == NULL || v->kind != PY_STR ||
	    py_str_is(v, "steps") || config_replaced_in_file(cfg, strategy))
		return;
	diag_hint(diag_add(cfg->diags, id, config_pos(cfg, steps), steps,
	    "'%s' is ignored: %s is %s, not steps", steps, strategy, v->text),
	    "delete it, or set %s: steps", strategy);
}

static void
dead_epochs(struct config *cfg)
{
	struct pyval *max = config_get(cfg, "max_steps");

	if (!dead_set(cfg, "num_train_epochs") || max == NULL ||
	    !py_is_number(max) || py_number(max) <= 0)
		return;
	diag_add(cfg->diags, DIAG_EPOCHS_IGNORED,
	    config_pos(cfg, "num_train_epochs"), "num_train_epochs",
	    "'num_train_epochs' is ignored: max_steps is above 0 and sets "
	    "the length of the run");
}

/* Up to 4.57 warmup_steps above 0 wins over warmup_ratio. */
static void
dead_warmup_ratio(struct config *cfg)
{
	struct pyval *ratio = config_get(cfg, "warmup_ratio");
	struct pyval *steps = config_get(cfg, "warmup_steps");

	if (cfg->version >= TV(5, 0) || !dead_set(cfg, "warmup_ratio") ||
	    ratio == NULL || steps == NULL || !py_is_number(ratio) ||
	    !py_is_number(steps) || py_number(ratio) <= 0 ||
	    py_number(steps) <= 0)
		return;
	diag_add(cfg->diags, DIAG_WARMUP_RATIO_IGNORED,
	    config_pos(cfg, "warmup_ratio"), "warmup_ratio",
	    "'warmup_ratio' is ignored: warmup_steps is above 0 and wins in "
	    "this release");
}

static void
dead_metric(struct config *cfg)
{
	bool used;

	if (!dead_set(cfg, "metric_for_best_model") ||
	    config_replaced_in_file(cfg, "eval_strategy"))
		return;
	/*
	 * Any evaluation records the best metric and checkpoint (rotation
	 * keeps that checkpoint), with or without load_best_model_at_end.
	 */
	used = !py_str_is(config_get(cfg, config_eval_strategy(cfg)), "no") ||
	    (config_get(cfg, "load_best_model_at_end") != NULL &&
	    py_truthy(config_get(cfg, "load_best_model_at_end"))) ||
	    py_str_is(config_get(cfg, "save_strategy"), "best") ||
	    py_str_is(config_get(cfg, "lr_scheduler_type"),
	    "reduce_lr_on_plateau") ||
	    py_str_is(config_get(cfg, "lr_scheduler_type"), "greedy");
	if (!used)
		diag_hint(diag_add(cfg->diags, DIAG_UNUSED_METRIC,
		    config_pos(cfg, "metric_for_best_model"),
		    "metric_for_best_model", "'metric_for_best_model' is not "
		    "used: no best model is loaded or saved and the scheduler "
		    "reads no metric"), "set load_best_model_at_end: true or "
		    "save_strategy: best to use it");
}

void
config_report_dead(struct config *cfg)
{
	dead_interval(cfg, DIAG_UNUSED_SAVE_STEPS, "save_steps",
	    "save_strategy");
	dead_interval(cfg, DIAG_UNUSED_EVAL_STEPS, "eval_steps",
	    cfg->version < TV(4, 41) ? "evaluation_strategy" : "eval_strategy");
	dead_epochs(cfg);
	dead_warmup_ratio(cfg);
	dead_metric(cfg);
}
