/*
 * profile-rules.c: the frameworks' own steps and checks that need only
 * the file, one function each (docs/profiles.md lists them with their
 * sources). Steps before upstream's __post_init__ set values with a
 * TA7xx code as their origin; checks after it report with one.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "targs/profile-rules.h"
#include "targs/xalloc.h"

static struct source_pos
profile_pos(const struct config *cfg, const char *key)
{
	const struct value *v = profile_file_value(cfg, key);
	struct source_pos whole = { 0, 0 };

	return v != NULL ? v->pos : whole;
}

/* The framework key's value is set and truthy, as Python tests it. */
static bool
profile_truthy(struct config *cfg, const char *key)
{
	struct pyval *p = profile_file_pyval(cfg, key);

	return p != NULL && py_truthy(p);
}

static bool
profile_is(struct config *cfg, const char *key, const char *text)
{
	struct pyval *p = profile_file_pyval(cfg, key);

	return p != NULL && py_str_is(p, text);
}

static void
profile_set(struct config *cfg, const char *field, struct pyval *value,
    enum diag_id code, const char *why)
{
	config_set(cfg, field, value, CONFIG_ORIGIN_RULE,
	    diag_code_table[code].code, why);
}

/*
 * The hint with the framework's exception: the first one the run stops
 * at, or one that follows (targs runs the framework's checks after
 * transformers' own; docs/profiles.md says where the order differs).
 */
static void profile_raises(struct config *cfg, struct diag *d,
    const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void
profile_raises(struct config *cfg, struct diag *d, const char *fmt, ...)
{
	va_list ap;
	char *text;

	va_start(ap, fmt);
	text = xvasprintf(fmt, ap);
	va_end(ap);
	diag_hint(d, "%s%s", cfg->raised ? "upstream then raises: " :
	    "upstream raises first: ", text);
	free(text);
	cfg->raised = true;
}

/*
 * --- TRL
 * --------------------------------------------------------------------
 */

/* trl/trainer/base_config.py __post_init__: bf16 = not fp16 if None. */
static void
trl_bf16_default(struct config *cfg)
{
	struct pyval *bf16 = config_get(cfg, "bf16");
	struct pyval *fp16 = config_get(cfg, "fp16");

	if (bf16 == NULL || bf16->kind != PY_NONE || fp16 == NULL)
		return;
	profile_set(cfg, "bf16", py_bool(&cfg->arena, !py_truthy(fp16)),
	    DIAG_TRL_BF16_DEFAULT, "TRL: not fp16");
}

void
profile_trl_prepare(struct config *cfg)
{
	trl_bf16_default(cfg);
}

/* trl/trainer/model_config.py __post_init__ */
static void
trl_quant_bits(struct config *cfg)
{
	struct diag *d;

	if (!profile_truthy(cfg, "load_in_8bit") ||
	    !profile_truthy(cfg, "load_in_4bit"))
		return;
	d = diag_add(cfg->diags, DIAG_TRL_QUANT_BITS,
	    profile_pos(cfg, "load_in_4bit"), "load_in_4bit",
	    "load_in_8bit and load_in_4bit cannot both be true");
	profile_raises(cfg, d, "ValueError: You can't use 8 bit "
	    "and 4 bit precision at the same time");
}

/* trl/trainer/grpo_config.py, rloo_config.py __post_init__ */
static void
trl_generations(struct config *cfg)
{
	struct pyval *n = profile_file_pyval(cfg, "num_generations");
	struct diag *d;

	if (strcmp(cfg->profile->name, "trl-grpo") != 0 &&
	    strcmp(cfg->profile->name, "trl-rloo") != 0)
		return;
	if (n != NULL && n->kind == PY_INT && n->integer < 2) {
		d = diag_add(cfg->diags, DIAG_TRL_GENERATIONS,
		    profile_pos(cfg, "num_generations"), "num_generations",
		    "num_generations is %lld, but the group needs at least 2",
		    (long long)n->integer);
		profile_raises(cfg, d, "ValueError: GRPO requires "
		    "at least 2 generations per prompt to calculate the "
		    "advantages. You provided %lld, which is less than the "
		    "minimum required.", (long long)n->integer);
	}
	if (profile_file_value(cfg, "generation_batch_size") != NULL &&
	    profile_file_value(cfg, "steps_per_generation") != NULL &&
	    profile_file_pyval(cfg, "generation_batch_size")->kind !=
	    PY_NONE && profile_file_pyval(cfg,
	    "steps_per_generation")->kind != PY_NONE) {
		d = diag_add(cfg->diags, DIAG_TRL_GENERATIONS,
		    profile_pos(cfg, "steps_per_generation"),
		    "steps_per_generation", "generation_batch_size and "
		    "steps_per_generation cannot both be set");
		profile_raises(cfg, d, "ValueError: "
		    "'generation_batch_size' and 'steps_per_generation' can "
		    "not be both configured at the same time");
	}
}

void
profile_trl_rules(struct config *cfg)
{
	trl_quant_bits(cfg);
	trl_generations(cfg);
}

/* --- LLaMA-Factory ------------------------------------------------------ */

/* hparams/parser.py get_train_args: remove_unused_columns = False */
static void
lf_unused_columns(struct config *cfg)
{
	struct pyval *v = config_get(cfg, "remove_unused_columns");
	struct diag *d;

	if (v == NULL)
		return;
	if (config_given(cfg, "remove_unused_columns") && py_truthy(v)) {
		d = diag_add(cfg->diags, DIAG_LF_UNUSED_COLUMNS,
		    config_pos(cfg, "remove_unused_columns"),
		    "remove_unused_columns", "LLaMA-Factory sets "
		    "remove_unused_columns to false whatever the file says");
		diag_hint(d, "leave it out");
	}
	profile_set(cfg, "remove_unused_columns", py_bool(&cfg->arena,
	    false), DIAG_LF_UNUSED_COLUMNS, "LLaMA-Factory: always false");
}

/* hparams/parser.py get_train_args: the stage rules */
static void
lf_sft_only(struct config *cfg)
{
	static const char *const keys[][2] = {
		{ "predict_with_generate", "`predict_with_generate`" },
		{ "neat_packing", "`neat_packing`" },
		{ "train_on_prompt", "`train_on_prompt` or `mask_history`" },
		{ "mask_history", "`train_on_prompt` or `mask_history`" },
	};
	struct pyval *stage = profile_file_pyval(cfg, "stage");
	const char *name;
	struct diag *d;
	size_t i;
	bool given;

	/* stage defaults to sft */
	if (stage == NULL || py_str_is(stage, "sft"))
		return;
	for (i = 0; i < sizeof keys / sizeof keys[0]; i++) {
		name = keys[i][0];
		given = strcmp(name, "predict_with_generate") == 0 ?
		    config_given(cfg, name) && py_truthy(config_get(cfg,
		    name)) : profile_truthy(cfg, name);
		if (!given)
			continue;
		d = diag_add(cfg->diags, DIAG_LF_SFT_ONLY,
		    strcmp(name, "predict_with_generate") == 0 ?
		    config_pos(cfg, name) : profile_pos(cfg, name), name,
		    "'%s' works only with stage sft", name);
		profile_raises(cfg, d, "ValueError: %s cannot be set as True "
		    "except SFT.", keys[i][1]);
	}
}

/* hparams/parser.py get_train_args */
static void
lf_streaming_steps(struct config *cfg)
{
	struct pyval *steps = config_get(cfg, "max_steps");
	struct diag *d;

	if (!profile_truthy(cfg, "streaming") || steps == NULL ||
	    steps->kind != PY_INT || steps->integer != -1)
		return;
	d = diag_add(cfg->diags, DIAG_LF_STREAMING_STEPS,
	    profile_pos(cfg, "streaming"), "streaming",
	    "streaming needs max_steps");
	profile_raises(cfg, d, "ValueError: Please specify "
	    "`max_steps` in streaming mode.");
}

/* The framework key is missing or null, as `x is None` tests it. */
static bool
profile_is_none(struct config *cfg, const char *key)
{
	struct pyval *p = profile_file_pyval(cfg, key);

	return p == NULL || p->kind == PY_NONE;
}

/* hparams/parser.py get_train_args */
static void
lf_needs_dataset(struct config *cfg)
{
	struct diag *d;

	if (!config_given(cfg, "do_train") ||
	    !py_truthy(config_get(cfg, "do_train")) ||
	    !profile_is_none(cfg, "dataset"))
		return;
	d = diag_add(cfg->diags, DIAG_LF_NEEDS_DATASET,
	    config_pos(cfg, "do_train"), "do_train",
	    "do_train needs a dataset");
	profile_raises(cfg, d, "ValueError: Please specify dataset for "
	    "training.");
}

/* hparams/data_args.py DataArguments.__post_init__ */
static void
lf_val_size(struct config *cfg)
{
	struct pyval *val_size = profile_file_pyval(cfg, "val_size");
	struct diag *d;

	if (val_size == NULL || !py_is_number(val_size) ||
	    py_number(val_size) <= 1e-6 ||
	    profile_is_none(cfg, "eval_dataset"))
		return;
	d = diag_add(cfg->diags, DIAG_LF_NEEDS_DATASET,
	    profile_pos(cfg, "val_size"), "val_size",
	    "val_size and eval_dataset cannot both be given");
	profile_raises(cfg, d, "ValueError: Cannot specify `val_size` if "
	    "`eval_dataset` is not None.");
}

/*
 * parse_dict builds ModelArguments and DataArguments before
 * TrainingArguments: their checks come first.
 */
void
profile_llamafactory_prepare(struct config *cfg)
{
	lf_val_size(cfg);
}

/* hparams/finetuning_args.py __post_init__ */
static void
lf_lora_only(struct config *cfg)
{
	static const char *const keys[] = {
		"loraplus_lr_ratio", "use_rslora", "use_dora", "pissa_init",
		NULL,
	};
	struct pyval *type = profile_file_pyval(cfg, "finetuning_type");
	struct pyval *v;
	struct diag *d;
	size_t i;

	/* finetuning_type defaults to lora */
	if (type == NULL || py_str_is(type, "lora"))
		return;
	for (i = 0; keys[i] != NULL; i++) {
		v = profile_file_pyval(cfg, keys[i]);
		/* loraplus_lr_ratio counts when not None, the flags when set */
		if (v == NULL || (i == 0 ? v->kind == PY_NONE : !py_truthy(v)))
			continue;
		d = diag_add(cfg->diags, DIAG_LF_LORA_ONLY,
		    profile_pos(cfg, keys[i]), keys[i],
		    "'%s' needs finetuning_type lora", keys[i]);
		profile_raises(cfg, d, "ValueError: `%s` is only valid for "
		    "LoRA training.", keys[i]);
	}
}

void
profile_llamafactory_rules(struct config *cfg)
{
	lf_unused_columns(cfg);
	lf_sft_only(cfg);
	lf_streaming_steps(cfg);
	lf_needs_dataset(cfg);
	lf_lora_only(cfg);
}

/* --- LLaMA-Factory's v1 format ----------------------------------------- */

/* v1/config/arg_utils.py: a plugin block needs its name. */
static void
lf_v1_plugins(struct config *cfg)
{
	static const char *const keys[] = {
		"init_config", "peft_config", "kernel_config", "quant_config",
		"dist_config", "optim_config", "lr_scheduler_config", NULL,
	};
	struct pyval *v;
	struct diag *d;
	size_t i;

	for (i = 0; keys[i] != NULL; i++) {
		v = profile_file_pyval(cfg, keys[i]);
		if (v == NULL || v->kind == PY_NONE || (v->kind == PY_DICT &&
		    py_dict_get(v, "name") != NULL) || (v->kind == PY_STR &&
		    v->len > 0 && v->text[0] == '{'))
			continue;
		d = diag_add(cfg->diags, DIAG_LF_V1_PLUGIN,
		    profile_pos(cfg, keys[i]), keys[i], "'%s' needs a mapping "
		    "with a 'name'", keys[i]);
		profile_raises(cfg, d, "ValueError: Plugin configuration must "
		    "have a 'name' field.");
	}
}

/* v1/config/model_args.py, training_args.py */
static void
lf_v1_values(struct config *cfg)
{
	struct pyval *attn = profile_file_pyval(cfg, "flash_attn");
	struct pyval *steps = profile_file_pyval(cfg, "max_steps");
	struct diag *d;

	if (attn != NULL && attn->kind == PY_STR &&
	    !py_str_is(attn, "eager") && !py_str_is(attn, "sdpa") &&
	    !py_str_is(attn, "flash_attention_2")) {
		d = diag_add(cfg->diags, DIAG_LF_V1_VALUE,
		    profile_pos(cfg, "flash_attn"), "flash_attn",
		    "flash_attn '%s' is none of eager, sdpa, "
		    "flash_attention_2", attn->text);
		profile_raises(cfg, d, "ValueError: Unsupported `flash_attn`: "
		    "%s.", attn->text);
	}
	if (!profile_is(cfg, "batching_strategy", "dynamic_batching"))
		return;
	if (steps == NULL || !py_is_number(steps) || py_number(steps) <= 0) {
		d = diag_add(cfg->diags, DIAG_LF_V1_VALUE,
		    profile_pos(cfg, "batching_strategy"), "batching_strategy",
		    "dynamic_batching needs max_steps");
		profile_raises(cfg, d, "ValueError: `dynamic_batching` "
		    "requires `max_steps` because it is step-driven.");
	}
	if (!profile_is_none(cfg, "save_epochs")) {
		d = diag_add(cfg->diags, DIAG_LF_V1_VALUE,
		    profile_pos(cfg, "save_epochs"), "save_epochs",
		    "save_epochs does not work with dynamic_batching");
		profile_raises(cfg, d, "ValueError: `save_epochs` is not "
		    "supported with `dynamic_batching`; use `save_steps` "
		    "instead.");
	}
}

void
profile_llamafactory_v1_rules(struct config *cfg)
{
	lf_v1_plugins(cfg);
	lf_v1_values(cfg);
}

/*
 * --- axolotl
 * -----------------------------------------------------------------
 */

/* core/builders/base.py: one_cycle and rex run as cosine plus axolotl's own. */
static void
axolotl_scheduler(struct config *cfg)
{
	if (profile_is(cfg, "lr_scheduler", "one_cycle") ||
	    profile_is(cfg, "lr_scheduler", "rex"))
		profile_set(cfg, "lr_scheduler_type", py_str(&cfg->arena,
		    "cosine"), DIAG_AXOLOTL_COMPUTED, "axolotl: its own "
		    "scheduler on top of cosine");
}

/* base.py: tf32 is True only when the file says true; auto means false. */
static void
axolotl_precision(struct config *cfg)
{
	struct pyval *bf16 = profile_file_pyval(cfg, "bf16");

	if (bf16 == NULL || py_str_is(bf16, "auto")) {
		/* resolve_dtype: bf16 when the GPU has it, else fp16 */
		profile_set(cfg, "bf16", py_bool(&cfg->arena,
		    cfg->env->bf16_gpu), DIAG_AXOLOTL_COMPUTED,
		    "axolotl: bf16 auto, from the machine");
		if (!cfg->env->bf16_gpu && cfg->env->cuda &&
		    !profile_truthy(cfg, "fp16"))
			profile_set(cfg, "fp16", py_bool(&cfg->arena, true),
			    DIAG_AXOLOTL_COMPUTED, "axolotl: bf16 auto on a "
			    "GPU without bf16");
	} else if (bf16->kind == PY_BOOL)
		profile_set(cfg, "bf16", bf16, DIAG_AXOLOTL_COMPUTED,
		    "axolotl: bf16");
}

/* base.py: saves_per_epoch and evals_per_epoch as shares of the steps. */
static void
axolotl_per_epoch(struct config *cfg, const char *key, const char *steps,
    const char *strategy)
{
	struct pyval *n = profile_file_pyval(cfg, key);
	struct pyval *epochs = config_get(cfg, "num_train_epochs");
	double share;

	if (config_given(cfg, steps)) {
		profile_set(cfg, strategy, py_str(&cfg->arena, "steps"),
		    DIAG_AXOLOTL_COMPUTED, "axolotl: steps given");
		return;
	}
	if (n == NULL || !py_is_number(n) || py_number(n) <= 0 ||
	    epochs == NULL || !py_is_number(epochs) || py_number(epochs) <= 0)
		return;
	share = 1.0 / (py_number(n) * py_number(epochs));
	if (share >= 1.0)
		return;
	profile_set(cfg, steps, py_float(&cfg->arena, share),
	    DIAG_AXOLOTL_COMPUTED, strcmp(key, "saves_per_epoch") == 0 ?
	    "axolotl: 1 / (saves_per_epoch * num_epochs)" :
	    "axolotl: 1 / (evals_per_epoch * num_epochs)");
	profile_set(cfg, strategy, py_str(&cfg->arena, "steps"),
	    DIAG_AXOLOTL_COMPUTED, "axolotl: per epoch");
}

/*
 * core/builders/base.py: an optimizer of utils/schemas/enums.py
 * CustomSupportedOptimizers goes to the Trainer itself, and optim keeps
 * the TrainingArguments default.
 */
static void
axolotl_custom_optimizer(struct config *cfg)
{
	static const char *const custom[] = {
		"optimi_adamw", "ao_adamw_4bit", "ao_adamw_8bit", "ao_adamw_fp8",
		"adopt_adamw", "came_pytorch", "muon", "dion", "sinkgd",
		"flash_adamw", "flash_adam", "flash_sgd", "flash_sgdw",
		"flash_lion", "q_galore_adamw8bit", NULL,
	};
	struct config_slot *slot = config_slot(cfg, "optim");
	const struct config_step *step;
	size_t i;

	if (slot == NULL)
		return;
	/* transformers' own default, on the machine --env names */
	for (step = slot->history; step->prev != NULL &&
	    step->origin != CONFIG_ORIGIN_DEFAULT &&
	    step->origin != CONFIG_ORIGIN_ENV; step = step->prev)
		continue;
	for (i = 0; custom[i] != NULL; i++)
		if (profile_is(cfg, "optimizer", custom[i])) {
			profile_set(cfg, "optim", step->value,
			    DIAG_AXOLOTL_COMPUTED, "axolotl: a custom optimizer, "
			    "handed to the Trainer");
			return;
		}
}

static void axolotl_checks(struct config *cfg);

/*
 * pydantic validates the whole file and the builder computes the fields
 * before any TrainingArguments exists: all of axolotl comes first.
 */
void
profile_axolotl_prepare(struct config *cfg)
{
	struct pyval *ga = config_get(cfg, "gradient_accumulation_steps");

	axolotl_checks(cfg);
	axolotl_scheduler(cfg);
	axolotl_custom_optimizer(cfg);
	axolotl_precision(cfg);
	axolotl_per_epoch(cfg, "saves_per_epoch", "save_steps",
	    "save_strategy");
	axolotl_per_epoch(cfg, "evals_per_epoch", "eval_steps",
	    "eval_strategy");
	/* normalize_config: eval_batch_size defaults to micro_batch_size */
	if (!config_given(cfg, "per_device_eval_batch_size") &&
	    config_given(cfg, "per_device_train_batch_size"))
		profile_set(cfg, "per_device_eval_batch_size",
		    config_get(cfg, "per_device_train_batch_size"),
		    DIAG_AXOLOTL_COMPUTED, "axolotl: micro_batch_size");
	/* causal.py: eval_accumulation_steps = gradient_accumulation_steps */
	if (ga != NULL)
		profile_set(cfg, "eval_accumulation_steps", ga,
		    DIAG_AXOLOTL_COMPUTED, "axolotl: gradient_accumulation_"
		    "steps");
}

/* utils/schemas/validation.py: keys that exclude each other. */
static void
axolotl_exclusive(struct config *cfg)
{
	static const char *const pairs[][2] = {
		{ "warmup_steps", "warmup_ratio" },
		{ "save_steps", "saves_per_epoch" },
		{ "eval_steps", "evals_per_epoch" },
	};
	struct pyval *a, *b;
	struct diag *d;
	size_t i;

	for (i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
		a = profile_file_pyval(cfg, pairs[i][0]);
		b = profile_file_pyval(cfg, pairs[i][1]);
		if (a == NULL || b == NULL || a->kind == PY_NONE ||
		    b->kind == PY_NONE)
			continue;
		d = diag_add(cfg->diags, DIAG_AXOLOTL_EXCLUSIVE,
		    profile_pos(cfg, pairs[i][1]), pairs[i][1],
		    "%s and %s cannot both be set", pairs[i][0], pairs[i][1]);
		/* validation.py check_warmup, check_saves, check_evals */
		profile_raises(cfg, d, "ValueError: %s and %s "
		    "are mutually exclusive%s", pairs[i][0], pairs[i][1],
		    i == 0 ? "" : " and cannot be used together.");
	}
}

/* validation.py check_batch_size_fields (mode="before": as written). */
static void
axolotl_batch(struct config *cfg)
{
	static const char *const keys[] = {
		"micro_batch_size", "gradient_accumulation_steps",
		"batch_size", NULL,
	};
	struct source_pos whole = { 0, 0 };
	struct diag *d;
	size_t i, n = 0;

	for (i = 0; keys[i] != NULL; i++)
		n += profile_truthy(cfg, keys[i]);
	if (n >= 2)
		return;
	d = diag_add(cfg->diags, DIAG_AXOLOTL_BATCH, whole, NULL,
	    "the file sets %zu of micro_batch_size, "
	    "gradient_accumulation_steps and batch_size; axolotl needs two",
	    n);
	profile_raises(cfg, d, "ValueError: At least two of "
	    "micro_batch_size, gradient_accumulation_steps, batch_size "
	    "must be set");
}

/* utils/schemas/model.py and training.py: fields without a default. */
static void
axolotl_required(struct config *cfg)
{
	static const char *const keys[] = {
		"base_model", "learning_rate", NULL,
	};
	struct source_pos whole = { 0, 0 };
	struct diag *d;
	size_t i;

	for (i = 0; keys[i] != NULL; i++) {
		if (profile_file_value(cfg, keys[i]) != NULL)
			continue;
		d = diag_add(cfg->diags, DIAG_AXOLOTL_REQUIRED, whole,
		    keys[i], "axolotl needs '%s'", keys[i]);
		profile_raises(cfg, d, "ValidationError: %s: "
		    "Field required", keys[i]);
	}
}

/* causal.py: an evaluation set, from val_set_size or test_datasets. */
static bool
axolotl_has_eval_set(struct config *cfg)
{
	struct pyval *size = profile_file_pyval(cfg, "val_set_size");
	double n = size != NULL && py_is_number(size) ? py_number(size) : 0;
	bool tests = profile_truthy(cfg, "test_datasets");

	return (!tests && n > 0) || (tests && n == 0);
}

/* causal.py: the file's save_steps and eval_steps, the first a multiple. */
static bool
axolotl_steps_fit(struct config *cfg)
{
	struct pyval *save = profile_file_pyval(cfg, "save_steps");
	struct pyval *eval = profile_file_pyval(cfg, "eval_steps");

	if (save == NULL || eval == NULL || !py_truthy(save) ||
	    !py_truthy(eval) || !py_is_number(save) || !py_is_number(eval))
		return false;
	return fmod(py_number(save), py_number(eval)) == 0;
}

/*
 * causal.py: load_best_model_at_end is passed true only when the file
 * asks for it (or sets early_stopping_patience), there is an evaluation
 * set, and save_steps is a multiple of eval_steps; else false.
 */
static void
axolotl_best_model(struct config *cfg)
{
	struct pyval *asked = profile_file_pyval(cfg,
	    "load_best_model_at_end");
	bool wanted = (asked != NULL && asked->kind != PY_NONE &&
	    !(asked->kind == PY_BOOL && !asked->boolean)) ||
	    profile_truthy(cfg, "early_stopping_patience");
	bool fits = axolotl_has_eval_set(cfg) && axolotl_steps_fit(cfg);
	struct diag *d;

	if (wanted && fits) {
		profile_set(cfg, "load_best_model_at_end", py_bool(&cfg->arena,
		    true), DIAG_AXOLOTL_COMPUTED, "axolotl: asked for, and "
		    "the steps fit");
		return;
	}
	if (!wanted)
		return;
	if (asked != NULL && py_truthy(asked)) {
		d = diag_add(cfg->diags, DIAG_AXOLOTL_BEST_OFF,
		    profile_pos(cfg, "load_best_model_at_end"),
		    "load_best_model_at_end", "axolotl turns "
		    "load_best_model_at_end off: it needs an evaluation set "
		    "and save_steps a multiple of eval_steps, both in the file");
		diag_hint(d, "set save_steps and eval_steps (saves_per_epoch "
		    "and evals_per_epoch do not count here), or leave "
		    "load_best_model_at_end out");
	}
	profile_set(cfg, "load_best_model_at_end", py_bool(&cfg->arena,
	    false), DIAG_AXOLOTL_BEST_OFF, "axolotl: conditions not met");
}

static void
axolotl_checks(struct config *cfg)
{
	axolotl_required(cfg);
	axolotl_batch(cfg);
	axolotl_exclusive(cfg);
	axolotl_best_model(cfg);
}
