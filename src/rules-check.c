/*
 * rules-check.c: the validations of __post_init__ (reference §4.5), the
 * ones that depend on the machine --env describes (§4.8), and the checks
 * targs adds where upstream accepts nonsense or fails only later.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rules-internal.h"
#include "targs/xalloc.h"

/* Before 4.50 the test was written with `or`: only non-ints <= 0 fail. */
RULE_FN(rule_empty_cache_steps)
{
	struct pyval *v = config_get(cfg, "torch_empty_cache_steps");
	char *shown, *upstream;
	bool positive, bad;

	if (v == NULL || v->kind == PY_NONE)
		return;
	if (cfg->version < TV(4, 50)) {
		if (py_is_int(v))
			return;
		if (!rule_compare(cfg, rule, "torch_empty_cache_steps", ">", 0,
		    &positive))
			return;
		bad = !positive;
	} else
		bad = !py_is_int(v) || py_number(v) <= 0;
	if (!bad) {
		if (cfg->version < TV(4, 50) && !py_is_int(v))
			rule_report(cfg, rule, "torch_empty_cache_steps",
			    DIAG_ERROR, DIAG_UPSTREAM_ACCEPTS, "'torch_empty_"
			    "cache_steps' must be a whole number of steps; "
			    "this release lets %s through", py_type_name(v));
		return;
	}
	shown = py_str_of(v);
	upstream = xasprintf("`torch_empty_cache_steps` must be an integer "
	    "bigger than 0, got %s.", shown);
	rule_raise(cfg, rule, "torch_empty_cache_steps", "ValueError",
	    upstream, "'torch_empty_cache_steps' must be an integer above 0, "
	    "not %s", shown);
	free(upstream);
	free(shown);
}

RULE_FN(rule_logging_steps_zero)
{
	struct pyval *v = config_get(cfg, "logging_steps");
	char *text, *upstream;

	if (!rule_is(cfg, "logging_strategy", "steps") || v == NULL ||
	    !py_is_number(v) || py_number(v) != 0)
		return;
	text = rule_enum_text(cfg, "logging_strategy");
	upstream = xasprintf("logging strategy %s requires non-zero "
	    "--logging_steps", text);
	rule_raise(cfg, rule, "logging_steps", "ValueError", upstream,
	    "logging_strategy steps needs a logging_steps other than 0");
	free(upstream);
	free(text);
}

/* int(v) of a finite float, as a pyval (big when beyond int64_t). */
static struct pyval *
rule_int_of(struct config *cfg, double x)
{
	struct pyval *v;
	char *digits;

	if (fabs(x) < 9e18)
		return py_int(RULE_ARENA(cfg), (int64_t)x);
	digits = xasprintf("%.0f", x);
	v = py_int(RULE_ARENA(cfg), 0);
	v->big = true;
	v->real = x;
	v->text = arena_strndup(RULE_ARENA(cfg), digits, strlen(digits));
	v->len = strlen(digits);
	free(digits);
	return v;
}

static void
rule_integral(struct config *cfg, const struct rule *rule,
    const char *strategy, const char *name)
{
	struct pyval *v = config_get(cfg, name);
	char *shown, *upstream;
	bool above;

	if (v == NULL || !rule_is(cfg, strategy, "steps") ||
	    !rule_compare(cfg, rule, name, ">", 1, &above) || !above)
		return;
	if (v->kind != PY_FLOAT)
		return;
	if (isinf(v->real)) {
		rule_raise(cfg, rule, name, "OverflowError", "cannot convert "
		    "float infinity to integer", "'%s' must be a finite "
		    "number", name);
		return;
	}
	if (v->real != floor(v->real)) {
		shown = py_str_of(v);
		upstream = xasprintf("--%s must be an integer if bigger than "
		    "1: %s", name, shown);
		rule_raise(cfg, rule, name, "ValueError", upstream, "'%s' "
		    "above 1 is a number of steps and must be whole, not %s",
		    name, shown);
		free(upstream);
		free(shown);
		return;
	}
	rule_set(cfg, rule, name, rule_int_of(cfg, v->real),
	    "a whole number of steps");
}

RULE_FN(rule_integral_steps)
{
	rule_integral(cfg, rule, "logging_strategy", "logging_steps");
	rule_integral(cfg, rule, config_eval_strategy(cfg), "eval_steps");
	rule_integral(cfg, rule, "save_strategy", "save_steps");
}

/* Python's a % b for numbers (the sign follows b). */
static double
rule_mod(const struct pyval *a, const struct pyval *b)
{
	double r;

	if (a->kind != PY_FLOAT && b->kind != PY_FLOAT && !a->big && !b->big) {
		int64_t x = a->integer, y = b->integer, m = x % y;

		if (m != 0 && ((m < 0) != (y < 0)))
			m += y;
		return (double)m;
	}
	r = fmod(py_number(a), py_number(b));
	if (r != 0 && ((r < 0) != (py_number(b) < 0)))
		r += py_number(b);
	return r;
}

static void
rule_steps_multiple(struct config *cfg, const struct rule *rule)
{
	struct pyval *save = config_get(cfg, "save_steps");
	struct pyval *eval = config_get(cfg, "eval_steps");
	double s, e, M = 1e6;
	char *ss, *es, *upstream = NULL;

	if (!py_is_number(save) || !py_is_number(eval) ||
	    py_number(eval) == 0) {
		if (!py_is_number(save) || !py_is_number(eval))
			rule_raise(cfg, rule, "save_steps", "TypeError",
			    "unsupported operand type(s) for %", "save_steps "
			    "and eval_steps must be numbers for "
			    "load_best_model_at_end");
		return;
	}
	if (rule_mod(save, eval) == 0)
		return;
	s = py_number(save);
	e = py_number(eval);
	ss = py_str_of(save);
	es = py_str_of(eval);
	if ((e < 1 || s < 1) && !(e < 1 && s < 1))
		upstream = xasprintf("--load_best_model_at_end requires the "
		    "saving steps to be a multiple of the evaluation steps, "
		    "which cannot get guaranteed when mixing ratio and "
		    "absolute steps for save_steps %s and eval_steps %s.", ss,
		    es);
	else if (e < 1 && s < 1 && fmod(s * M, e * M) != 0)
		upstream = xasprintf("--load_best_model_at_end requires the "
		    "saving steps to be a multiple of the evaluation steps, "
		    "but found %s, which is not a multiple of %s.", ss, es);
	else if (!(e < 1 && s < 1) || cfg->version < TV(4, 53))
		upstream = xasprintf("--load_best_model_at_end requires the "
		    "saving steps to be a round multiple of the evaluation "
		    "steps, but found %s, which is not a round multiple of "
		    "%s.", ss, es);
	if (upstream != NULL)
		rule_raise(cfg, rule, "save_steps", "ValueError", upstream,
		    "load_best_model_at_end needs save_steps (%s) to be a "
		    "multiple of eval_steps (%s)", ss, es);
	free(upstream);
	free(ss);
	free(es);
}

RULE_FN(rule_best_model_strategies)
{
	const char *strategy = config_eval_strategy(cfg);
	struct pyval *eval = config_get(cfg, strategy);
	struct pyval *save = config_get(cfg, "save_strategy");
	char *et, *st, *upstream;
	struct diag *d;

	if (!rule_truthy(cfg, "load_best_model_at_end") || eval == NULL ||
	    save == NULL)
		return;
	if (cfg->version >= TV(4, 47) && py_str_is(save, "best"))
		return;
	if (!py_equal(eval, save)) {
		et = rule_enum_text(cfg, strategy);
		st = rule_enum_text(cfg, "save_strategy");
		/* The wording names save_strategy best from 5.2 (inferred). */
		upstream = xasprintf("--load_best_model_at_end requires the "
		    "save and eval strategy to match, %sbut found\n- "
		    "Evaluation strategy: %s\n- Save strategy: %s",
		    cfg->version >= TV(5, 2) ? "except when "
		    "--save_strategy=\"best\", " : "", et, st);
		d = rule_raise(cfg, rule, "load_best_model_at_end",
		    "ValueError", upstream, "load_best_model_at_end needs %s "
		    "and save_strategy to match", strategy);
		if (config_replaced_in_file(cfg, strategy))
			diag_hint(d, "%s is %s because this release does not "
			    "read the key the file sets it with", strategy,
			    eval->kind == PY_STR ? eval->text : "unset");
		free(upstream);
		free(et);
		free(st);
		return;
	}
	if (py_str_is(eval, "steps"))
		rule_steps_multiple(cfg, rule);
}

RULE_FN(rule_fp16_and_bf16)
{
	if (rule_truthy(cfg, "fp16") && rule_truthy(cfg, "bf16"))
		rule_raise(cfg, rule, "bf16", "ValueError", "At most one of "
		    "fp16 and bf16 can be True, but not both",
		    "fp16 and bf16 cannot both be true");
}

RULE_FN(rule_full_eval_precision)
{
	if (rule_truthy(cfg, "fp16_full_eval") &&
	    rule_truthy(cfg, "bf16_full_eval"))
		rule_raise(cfg, rule, "bf16_full_eval", "ValueError", "At most "
		    "one of fp16 and bf16 can be True for full eval, but not "
		    "both", "fp16_full_eval and bf16_full_eval cannot both be "
		    "true");
}

RULE_FN(rule_apex_bf16)
{
	if (rule_truthy(cfg, "bf16") &&
	    rule_is(cfg, "half_precision_backend", "apex"))
		rule_raise(cfg, rule, "half_precision_backend", "ValueError",
		    " `--half_precision_backend apex`: GPU bf16 is not "
		    "supported by apex.", "bf16 does not work with the apex "
		    "backend");
}

RULE_FN(rule_prefetch_factor)
{
	struct pyval *workers = config_get(cfg, "dataloader_num_workers");
	struct pyval *prefetch = config_get(cfg, "dataloader_prefetch_factor");
	char *upstream;

	if (workers == NULL || prefetch == NULL || prefetch->kind == PY_NONE ||
	    !py_is_number(workers) || py_number(workers) != 0)
		return;
	upstream = xasprintf("--dataloader_prefetch_factor can only be set "
	    "when data is loaded in a different process, i.e. when "
	    "--dataloader_num_workers > %d.", cfg->version >= TV(5, 1) ? 0 : 1);
	rule_raise(cfg, rule, "dataloader_prefetch_factor", "ValueError",
	    upstream, "dataloader_prefetch_factor needs "
	    "dataloader_num_workers above 0");
	free(upstream);
}

static void
rule_scheduler_eval(struct config *cfg, const struct rule *rule,
    const char *scheduler)
{
	char *upstream;

	if (!rule_is(cfg, "lr_scheduler_type", scheduler))
		return;
	if (rule_is(cfg, config_eval_strategy(cfg), "no")) {
		upstream = xasprintf("lr_scheduler_type %s requires an eval "
		    "strategy", scheduler);
		rule_raise(cfg, rule, "lr_scheduler_type", "ValueError",
		    upstream, "the %s scheduler reads an eval metric, but "
		    "%s is no", scheduler, config_eval_strategy(cfg));
		free(upstream);
	}
	if (strcmp(scheduler, "reduce_lr_on_plateau") == 0 && !cfg->env->torch)
		rule_raise(cfg, rule, "lr_scheduler_type", "ValueError",
		    "lr_scheduler_type reduce_lr_on_plateau requires "
		    "torch>=0.2.0", "reduce_lr_on_plateau needs torch, which "
		    "the --env preset does not have");
}

RULE_FN(rule_scheduler_needs_eval)
{
	rule_scheduler_eval(cfg, rule, "reduce_lr_on_plateau");
	if (cfg->version >= TV(5, 4))
		rule_scheduler_eval(cfg, rule, "greedy");
}

static void
rule_warmup_ratio(struct config *cfg, const struct rule *rule)
{
	bool below, above;

	if (!rule_compare(cfg, rule, "warmup_ratio", "<", 0, &below))
		return;
	if (below || (rule_compare(cfg, rule, "warmup_ratio", ">", 1, &above) &&
	    above)) {
		rule_raise(cfg, rule, "warmup_ratio", "ValueError",
		    "warmup_ratio must lie in range [0,1]",
		    "warmup_ratio is a share of the steps and must lie in "
		    "[0, 1]");
	}
}

RULE_FN(rule_warmup)
{
	struct pyval *steps = config_get(cfg, "warmup_steps");
	bool below = false, ok;

	if (cfg->version < TV(5, 0))
		rule_warmup_ratio(cfg, rule);
	if (steps == NULL || cfg->version < TV(4, 42))
		return;
	if (cfg->version >= TV(5, 0)) {
		if (rule_compare(cfg, rule, "warmup_steps", "<", 0, &below) &&
		    below)
			rule_raise(cfg, rule, "warmup_steps", "ValueError",
			    "warmup_steps must be an integer or a float",
			    "warmup_steps must be 0 or more");
		return;
	}
	if (cfg->version < TV(4, 44)) {
		ok = py_is_int(steps) && py_number(steps) >= 0 &&
		    !(py_number(steps) > 0 && py_number(steps) <= 1);
		if (!ok)
			rule_raise(cfg, rule, "warmup_steps", "ValueError",
			    "warmup_steps must be either 0 or > 1",
			    "warmup_steps must be 0 or a whole number above 1 "
			    "in this release");
		return;
	}
	if (!py_is_int(steps) || py_number(steps) < 0)
		rule_raise(cfg, rule, "warmup_steps", "ValueError",
		    "warmup_steps must be of type int and must be 0 or a "
		    "positive integer.", "warmup_steps must be a whole number "
		    "0 or above in this release");
}

/* --deepspeed loads its config through accelerate. */
RULE_FN(rule_deepspeed)
{
	if (rule_truthy(cfg, "deepspeed") && !cfg->env->accelerate)
		rule_raise(cfg, rule, "deepspeed", "ValueError", "--deepspeed "
		    "requires Accelerate to be installed: `pip install "
		    "accelerate`.", "deepspeed needs accelerate, which the "
		    "--env preset does not have");
}

/*
 * The releases word it differently: 4.52-4.57 and 5.0-5.1 as their
 * sources do (5.0 also refuses bf16 with use_cpu outside XLA); from 5.2
 * only a missing bf16 GPU counts, and the message says to set use_cpu.
 */
RULE_FN(rule_bf16_hardware)
{
	bool cpu = rule_truthy(cfg, "use_cpu");
	const char *upstream;

	if (!cfg->env->torch || !(rule_truthy(cfg, "bf16") ||
	    rule_truthy(cfg, "bf16_full_eval")))
		return;
	if (cpu && cfg->version >= TV(5, 0) && cfg->version < TV(5, 2))
		upstream = "Your setup doesn't support bf16/(cpu, tpu, "
		    "neuroncore). You need torch>=1.10";
	else if (!cpu && !cfg->env->bf16_gpu && cfg->version >= TV(5, 2))
		upstream = cfg->env->cuda ? "Your setup doesn't support "
		    "bf16/gpu. You need to assign use_cpu if you want to train "
		    "the model on CPU. You need Ampere+ GPU with cuda>=11.0." :
		    "Your setup doesn't support bf16/gpu. You need to assign "
		    "use_cpu if you want to train the model on CPU.";
	else if (!cpu && !cfg->env->bf16_gpu && cfg->version >= TV(4, 52))
		upstream = cfg->env->cuda ? "Your setup doesn't support "
		    "bf16/gpu. You need Ampere+ GPU with cuda>=11.0" :
		    "Your setup doesn't support bf16/gpu.";
	else if (!cpu && cfg->env->cuda && !cfg->env->bf16_gpu)
		upstream = "Your setup doesn't support bf16/gpu. You need "
		    "torch>=1.10, using Ampere GPU with cuda>=11.0";
	else
		return;
	rule_raise(cfg, rule, rule_truthy(cfg, "bf16") ? "bf16" :
	    "bf16_full_eval", "ValueError", upstream, "bf16 needs %s on the "
	    "'%s' machine", cpu ? "an XLA device" : "a bf16-capable GPU",
	    cfg->env->name);
}

RULE_FN(rule_tf32_hardware)
{
	if (cfg->env->torch && rule_truthy(cfg, "tf32") && !cfg->env->tf32)
		rule_raise(cfg, rule, "tf32", "ValueError", "--tf32 requires "
		    "Ampere or a newer GPU arch, cuda>=11 and torch>=1.7",
		    "tf32 needs an Ampere or newer GPU, which the '%s' "
		    "machine does not have", cfg->env->name);
}

RULE_FN(rule_fp16_device)
{
	bool cuda = cfg->env->cuda && !rule_truthy(cfg, "use_cpu");

	if (cfg->env->torch && !cuda && (rule_truthy(cfg, "fp16") ||
	    rule_truthy(cfg, "fp16_full_eval")))
		rule_raise(cfg, rule, "fp16", "ValueError", "FP16 Mixed "
		    "precision training with AMP or APEX (`--fp16`) and FP16 "
		    "half precision evaluation (`--fp16_full_eval`) can only "
		    "be used on CUDA or NPU devices or certain XPU devices "
		    "(with IPEX).", "fp16 needs a CUDA device in this release");
}

/* Negative intervals: upstream takes them and logs or saves oddly. */
RULE_FN(rule_negative_steps)
{
	static const char *const names[] = { "logging_steps", "eval_steps",
		"save_steps", NULL };
	struct pyval *v;
	size_t i;

	for (i = 0; names[i] != NULL; i++) {
		v = config_get(cfg, names[i]);
		if (v != NULL && config_given(cfg, names[i]) &&
		    py_is_number(v) && py_number(v) < 0)
			rule_report(cfg, rule, names[i], DIAG_ERROR,
			    DIAG_UPSTREAM_ACCEPTS, "'%s' is negative: "
			    "transformers accepts it, then %s", names[i],
			    strcmp(names[i], "save_steps") == 0 ?
			    "never saves on a step" :
			    "acts on multiples of its absolute value");
	}
}

/* save_strategy best compares evaluations: it needs a metric. */
RULE_FN(rule_best_metric_needed)
{
	struct pyval *metric = config_get(cfg, "metric_for_best_model");

	if (rule_is(cfg, "save_strategy", "best") && metric != NULL &&
	    metric->kind == PY_NONE)
		rule_report(cfg, rule, "save_strategy", DIAG_ERROR,
		    DIAG_UPSTREAM_TRAINER, "save_strategy best needs "
		    "metric_for_best_model; the Trainer raises when it starts");
}
