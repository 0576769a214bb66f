/*
 * rules-derive.c: values __post_init__ derives from others (reference
 * §4.3) and the deprecated aliases it copies to their new names (§4.4).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rules-internal.h"
#include "targs/xalloc.h"

RULE_FN(rule_do_eval)
{
	struct pyval *v = config_get(cfg, "do_eval");

	if (v != NULL && v->kind == PY_BOOL && !v->boolean &&
	    !rule_is(cfg, config_eval_strategy(cfg), "no"))
		rule_set(cfg, rule, "do_eval", py_bool(RULE_ARENA(cfg), true),
		    "an eval strategy is set");
}

RULE_FN(rule_eval_steps_default)
{
	const char *strategy = config_eval_strategy(cfg);
	struct pyval *steps = config_get(cfg, "eval_steps");
	struct pyval *logging = config_get(cfg, "logging_steps");
	char *text, *upstream;
	bool positive;

	if (!rule_is(cfg, strategy, "steps") || steps == NULL ||
	    (steps->kind != PY_NONE && !(py_is_number(steps) &&
	    py_number(steps) == 0)))
		return;
	if (!rule_compare(cfg, rule, "logging_steps", ">", 0, &positive))
		return;
	if (positive) {
		rule_set(cfg, rule, "eval_steps", logging,
		    "taken from logging_steps");
		return;
	}
	text = rule_enum_text(cfg, strategy);
	upstream = xasprintf("evaluation strategy %s requires either non-zero "
	    "--eval_steps or --logging_steps", text);
	rule_raise(cfg, rule, strategy, "ValueError", upstream,
	    "%s steps needs eval_steps or a logging_steps above 0", strategy);
	free(upstream);
	free(text);
}

RULE_FN(rule_metric_default)
{
	struct pyval *metric = config_get(cfg, "metric_for_best_model");

	if (metric == NULL || metric->kind != PY_NONE)
		return;
	if (rule_truthy(cfg, "load_best_model_at_end") ||
	    rule_is(cfg, "lr_scheduler_type", "reduce_lr_on_plateau") ||
	    (cfg->version >= TV(5, 4) &&
	    rule_is(cfg, "lr_scheduler_type", "greedy")))
		rule_set(cfg, rule, "metric_for_best_model",
		    py_str(RULE_ARENA(cfg), "loss"),
		    "the best model or the scheduler needs a metric");
}

RULE_FN(rule_greater_is_better)
{
	struct pyval *greater = config_get(cfg, "greater_is_better");
	struct pyval *metric = config_get(cfg, "metric_for_best_model");
	bool loss;

	if (greater == NULL || greater->kind != PY_NONE || metric == NULL ||
	    metric->kind == PY_NONE)
		return;
	if (metric->kind != PY_STR) {
		if (cfg->version >= TV(4, 42)) {
			char *upstream = xasprintf("'%s' object has no "
			    "attribute 'endswith'", py_type_name(metric));

			rule_raise(cfg, rule, "metric_for_best_model",
			    "AttributeError", upstream, "'metric_for_best_"
			    "model' must be a string, but Python sees the %s",
			    py_type_name(metric));
			free(upstream);
		}
		else
			rule_set(cfg, rule, "greater_is_better",
			    py_bool(RULE_ARENA(cfg), true),
			    "the metric is not a loss");
		return;
	}
	if (cfg->version >= TV(4, 42))
		loss = metric->len >= 4 &&
		    strcmp(metric->text + metric->len - 4, "loss") == 0;
	else
		loss = strcmp(metric->text, "loss") == 0 ||
		    strcmp(metric->text, "eval_loss") == 0;
	rule_set(cfg, rule, "greater_is_better", py_bool(RULE_ARENA(cfg),
	    !loss), loss ? "the metric is a loss" :
	    "the metric is not a loss");
}

RULE_FN(rule_run_name)
{
	struct pyval *name = config_get(cfg, "run_name");

	if (name != NULL && name->kind == PY_NONE)
		rule_set(cfg, rule, "run_name", config_get(cfg, "output_dir"),
		    "taken from output_dir");
}

/* report_to as a list: all, none, one name, or a list kept as it is. */
RULE_FN(rule_report_to)
{
	struct pyval *v = config_get(cfg, "report_to"), *list;
	const char *const *name;
	bool all, none;

	if (v == NULL)
		return;
	if (v->kind == PY_NONE && cfg->version < TV(5, 0)) {
		rule_set(cfg, rule, "report_to", py_str(RULE_ARENA(cfg),
		    "all"), "null means all up to 4.57");
		v = config_get(cfg, "report_to");
	}
	all = py_str_is(v, "all") || (v->kind == PY_LIST && v->count == 1 &&
	    py_str_is(v->items[0], "all"));
	none = py_str_is(v, "none") || (v->kind == PY_LIST &&
	    v->count == 1 && py_str_is(v->items[0], "none"));
	if (all) {
		list = py_list(RULE_ARENA(cfg), 0);
		for (name = cfg->env->integrations; *name != NULL; name++)
			list = py_list_append(RULE_ARENA(cfg), list,
			    py_str(RULE_ARENA(cfg), *name));
		rule_set(cfg, rule, "report_to", list,
		    "the integrations installed (--env)");
		config_mark_machine(cfg, "report_to");
	} else if (none)
		rule_set(cfg, rule, "report_to", py_list(RULE_ARENA(cfg), 0),
		    "none means no integration");
	else if (v->kind != PY_LIST)
		rule_set(cfg, rule, "report_to", py_list_append(
		    RULE_ARENA(cfg), NULL, v), "one name becomes a list");
}

RULE_FN(rule_torch_compile)
{
	struct pyval *on = config_get(cfg, "torch_compile");
	struct pyval *backend = config_get(cfg, "torch_compile_backend");
	struct pyval *mode = config_get(cfg, "torch_compile_mode");

	if (on == NULL || backend == NULL || mode == NULL)
		return;
	if ((mode->kind != PY_NONE || backend->kind != PY_NONE) &&
	    !py_truthy(on))
		rule_set(cfg, rule, "torch_compile", py_bool(RULE_ARENA(cfg),
		    true), "a compile mode or backend is set");
	if (rule_truthy(cfg, "torch_compile") &&
	    config_get(cfg, "torch_compile_backend")->kind == PY_NONE)
		rule_set(cfg, rule, "torch_compile_backend",
		    py_str(RULE_ARENA(cfg), "inductor"),
		    "the default backend");
}

RULE_FN(rule_pin_memory)
{
	if (rule_truthy(cfg, "use_cpu"))
		rule_set(cfg, rule, "dataloader_pin_memory",
		    py_bool(RULE_ARENA(cfg), false), "use_cpu is true");
}

/* AcceleratorConfig's fields and defaults, by release (trainer_pt_utils.py). */
static const struct {
	const char	*name;
	int		 since;
	const char	*def;   /* "false", "true" or "null" */
} rule_accelerator_fields[] = {
	{ "split_batches", TV(4, 38), "false" },
	{ "dispatch_batches", TV(4, 38), "null" },
	{ "even_batches", TV(4, 38), "true" },
	{ "use_seedable_sampler", TV(4, 38), "true" },
	{ "non_blocking", TV(4, 41), "false" },
	{ "gradient_accumulation_kwargs", TV(4, 40), "null" },
	/* use_configured_state (4.42+) is popped when the device is set up. */
	{ NULL, 0, NULL },
};

static struct pyval *
rule_accelerator_default(struct config *cfg, const char *def)
{
	if (strcmp(def, "null") == 0)
		return py_none(RULE_ARENA(cfg));
	return py_bool(RULE_ARENA(cfg), strcmp(def, "true") == 0);
}

static bool
rule_accelerator_known(const struct config *cfg, const char *key)
{
	size_t i;

	for (i = 0; rule_accelerator_fields[i].name != NULL; i++)
		if (strcmp(rule_accelerator_fields[i].name, key) == 0 &&
		    cfg->version >= rule_accelerator_fields[i].since)
			return true;
	return cfg->version >= TV(4, 42) &&
	    strcmp(key, "use_configured_state") == 0;
}

/*
 * With accelerate installed, null or (from 4.40) a dict becomes an
 * AcceleratorConfig, which to_dict() writes with every field; a key it
 * does not have raises TypeError. A string is the path of a JSON file,
 * which targs does not read.
 */
RULE_FN(rule_accelerator_config)
{
	struct pyval *v = config_get(cfg, "accelerator_config"), *out, *given;
	char *upstream, *key;
	size_t i;

	if (v == NULL || !cfg->env->accelerate || v->kind == PY_STR ||
	    (v->kind == PY_DICT && cfg->version < TV(4, 40)))
		return;
	if (v->kind != PY_NONE && v->kind != PY_DICT) {
		rule_raise(cfg, rule, "accelerator_config", "TypeError",
		    "expected str, bytes or os.PathLike object",
		    "'accelerator_config' must be a mapping or the path of a "
		    "JSON file, but Python sees the %s", py_type_name(v));
		return;
	}
	for (i = 0; v->kind == PY_DICT && i < v->count; i++) {
		if (v->keys[i]->kind == PY_STR &&
		    rule_accelerator_known(cfg, v->keys[i]->text))
			continue;
		key = py_str_of(v->keys[i]);
		upstream = v->keys[i]->kind == PY_STR ? xasprintf(
		    "AcceleratorConfig.__init__() got an unexpected keyword "
		    "argument '%s'", key) : xstrdup("keywords must be strings");
		rule_raise(cfg, rule, "accelerator_config", "TypeError",
		    upstream, "'%s' is not a field of AcceleratorConfig", key);
		free(upstream);
		free(key);
		return;
	}
	out = py_dict(RULE_ARENA(cfg), 0);
	for (i = 0; rule_accelerator_fields[i].name != NULL; i++) {
		if (cfg->version < rule_accelerator_fields[i].since)
			continue;
		given = py_dict_get(v, rule_accelerator_fields[i].name);
		out = py_dict_set(RULE_ARENA(cfg), out,
		    rule_accelerator_fields[i].name, given != NULL ? given :
		    rule_accelerator_default(cfg,
		    rule_accelerator_fields[i].def));
	}
	rule_set(cfg, rule, "accelerator_config", out,
	    "an AcceleratorConfig, with accelerate installed");
}

RULE_FN(rule_accelerate_aliases)
{
	static const char *const names[] = { "split_batches",
		"dispatch_batches", NULL };
	struct pyval *v, *dict;
	size_t i;

	if (!cfg->env->accelerate)
		return;
	for (i = 0; names[i] != NULL; i++) {
		v = config_get(cfg, names[i]);
		if (v == NULL || v->kind == PY_NONE)
			continue;
		rule_report(cfg, rule, names[i], DIAG_WARNING,
		    DIAG_UPSTREAM_ACCEPTS, "'%s' is deprecated; write it in "
		    "accelerator_config instead", names[i]);
		dict = config_get(cfg, "accelerator_config");
		if (dict != NULL && dict->kind == PY_DICT)
			rule_set(cfg, rule, "accelerator_config",
			    py_dict_set(RULE_ARENA(cfg), dict, names[i], v),
			    "copied into accelerator_config");
	}
}

/*
 * 4.47-4.56: true is turned off when the world size is 1 or cannot be
 * known (no torch); targs' presets all describe one process.
 */
RULE_FN(rule_average_tokens)
{
	if (rule_truthy(cfg, "average_tokens_across_devices"))
		rule_set(cfg, rule, "average_tokens_across_devices",
		    py_bool(RULE_ARENA(cfg), false), "one process");
}

RULE_FN(rule_fp16_backend_alias)
{
	struct pyval *v = config_get(cfg, "fp16_backend");

	if (v == NULL || !cfg->env->torch || !py_truthy(v) ||
	    py_str_is(v, "auto"))
		return;
	rule_alias(cfg, rule, "fp16_backend", "half_precision_backend");
}

RULE_FN(rule_adafactor_alias)
{
	if (!rule_truthy(cfg, "adafactor"))
		return;
	rule_report(cfg, rule, "adafactor", DIAG_WARNING,
	    DIAG_UPSTREAM_ACCEPTS, "'adafactor' is deprecated; write optim: "
	    "adafactor instead");
	rule_set(cfg, rule, "optim", py_str(RULE_ARENA(cfg), "adafactor"),
	    "adafactor is true");
}

RULE_FN(rule_torchdynamo_alias)
{
	struct pyval *v = config_get(cfg, "torchdynamo");

	if (v == NULL || v->kind == PY_NONE)
		return;
	rule_alias(cfg, rule, "torchdynamo", "torch_compile_backend");
}

RULE_FN(rule_tpu_metrics_debug_alias)
{
	struct pyval *debug = config_get(cfg, "debug");
	char *joined;

	if (!rule_truthy(cfg, "tpu_metrics_debug") || debug == NULL)
		return;
	rule_report(cfg, rule, "tpu_metrics_debug", DIAG_WARNING,
	    DIAG_UPSTREAM_ACCEPTS, "'tpu_metrics_debug' is deprecated; write "
	    "debug: tpu_metrics_debug instead");
	if (debug->kind == PY_NONE || debug->kind == PY_STR) {
		joined = xasprintf("%s tpu_metrics_debug",
		    debug->kind == PY_STR ? debug->text : "");
		rule_set(cfg, rule, "debug", py_str(RULE_ARENA(cfg), joined),
		    "tpu_metrics_debug added");
		free(joined);
	}
	rule_set(cfg, rule, "tpu_metrics_debug", py_bool(RULE_ARENA(cfg),
	    false), "moved into debug");
}

RULE_FN(rule_hub_token_alias)
{
	struct pyval *v = config_get(cfg, "push_to_hub_token");

	if (v == NULL || v->kind == PY_NONE)
		return;
	rule_alias(cfg, rule, "push_to_hub_token", "hub_token");
}

/* The last part of a path, as pathlib's Path(p).name; caller frees. */
static char *
rule_basename(const char *path)
{
	size_t end = strlen(path), start;

	while (end > 1 && path[end - 1] == '/')
		end--;
	start = end;
	while (start > 0 && path[start - 1] != '/')
		start--;
	return xstrndup(path + start, end - start);
}

RULE_FN(rule_hub_model_id_alias)
{
	struct pyval *id = config_get(cfg, "push_to_hub_model_id");
	struct pyval *org = config_get(cfg, "push_to_hub_organization");
	struct pyval *out = config_get(cfg, "output_dir");
	char *full;

	if (id == NULL || org == NULL)
		return;
	if (id->kind != PY_NONE) {
		rule_report(cfg, rule, "push_to_hub_model_id", DIAG_WARNING,
		    DIAG_UPSTREAM_ACCEPTS, "'push_to_hub_model_id' is "
		    "deprecated; write the full repository name as "
		    "hub_model_id");
		full = py_str_of(id);
		if (org->kind != PY_NONE) {
			char *o = py_str_of(org), *joined;

			joined = xasprintf("%s/%s", o, full);
			free(o);
			free(full);
			full = joined;
		} else {
			/* Upstream asks the Hub who the user is. */
			char *joined = xasprintf("<user>/%s", full);

			free(full);
			full = joined;
		}
		rule_set(cfg, rule, "hub_model_id", py_str(RULE_ARENA(cfg),
		    full), "built from push_to_hub_model_id");
		free(full);
	} else if (org->kind != PY_NONE && out != NULL &&
	    out->kind == PY_STR) {
		char *o = py_str_of(org), *base = rule_basename(out->text);

		rule_report(cfg, rule, "push_to_hub_organization",
		    DIAG_WARNING, DIAG_UPSTREAM_ACCEPTS, "'push_to_hub_"
		    "organization' is deprecated; write the full repository "
		    "name as hub_model_id");
		full = xasprintf("%s/%s", o, base);
		free(base);
		rule_set(cfg, rule, "hub_model_id", py_str(RULE_ARENA(cfg),
		    full), "organization and output_dir's name");
		free(full);
		free(o);
	}
}

RULE_FN(rule_inputs_for_metrics_alias)
{
	struct pyval *list = config_get(cfg, "include_for_metrics");

	if (!rule_truthy(cfg, "include_inputs_for_metrics") || list == NULL)
		return;
	rule_report(cfg, rule, "include_inputs_for_metrics", DIAG_WARNING,
	    DIAG_UPSTREAM_ACCEPTS, "'include_inputs_for_metrics' is "
	    "deprecated; add inputs to include_for_metrics instead");
	if (list->kind == PY_LIST)
		rule_set(cfg, rule, "include_for_metrics", py_list_append(
		    RULE_ARENA(cfg), list, py_str(RULE_ARENA(cfg), "inputs")),
		    "inputs added");
}
