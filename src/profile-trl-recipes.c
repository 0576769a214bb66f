/*
 * profile-trl-recipes.c: projects whose recipes TRL's parser reads with
 * their own dataclasses beside TRL's (data only): the alignment-handbook
 * and open-r1. Their profiles are TRL's trainers plus these keys.
 *
 * alignment-handbook (huggingface/alignment-handbook): at 925acdfe
 * (2025-07-29; trl>=0.19.1) scripts/{sft,dpo,orpo}.py parse
 * (ScriptArguments, SFTConfig|DPOConfig|ORPOConfig, ModelConfig) with
 * TrlParser, src/alignment/configs.py adding dataset_mixture and
 * chat_template. Until 19f03455 (2025-07-24) its own H4ArgumentParser
 * read ModelArguments and DataArguments (src/alignment/configs.py at
 * c8f5bdf6, trl<0.13): those keys are kept as removed with TRL 0.19.1,
 * the first release the new scripts accept, so an old recipe is told
 * what replaced them.
 *
 * open-r1 (huggingface/open-r1 at 1416fa0c): src/open_r1/configs.py,
 * parsed by TrlParser in src/open_r1/grpo.py and sft.py. It pins
 * trl==0.18.0, which drops unknown keys without a word.
 */
#include <stddef.h>

#include "profile-internal.h"
#include "targs/profile-rules.h"

#define HB_NEW FV(0, 19, 1)   /* the handbook's scripts move to TrlParser */

/* alignment-handbook ScriptArguments (src/alignment/configs.py, 925acdfe) */
static const struct profile_key hb_script[] = {
	{ "dataset_mixture", PROFILE_DICT, true, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* its SFTConfig, DPOConfig and ORPOConfig add one key each */
static const struct profile_key hb_config[] = {
	{ "chat_template", PROFILE_STR, true, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/*
 * ModelArguments, DataArguments and the training classes' extras of the
 * H4ArgumentParser era (c8f5bdf6; use_flash_attention_2 until 95dc472),
 * where not TRL's own names.
 */
static const struct profile_key hb_old[] = {
	{ "base_model_revision", PROFILE_STR, true, 0, HB_NEW, NULL },
	{ "model_code_revision", PROFILE_STR, true, 0, HB_NEW, NULL },
	{ "tokenizer_name_or_path", PROFILE_STR, true, 0, HB_NEW, NULL },
	{ "use_flash_attention_2", PROFILE_BOOL, false, 0, HB_NEW,
	  "attn_implementation" },
	{ "dataset_mixer", PROFILE_DICT, true, 0, HB_NEW, "dataset_mixture" },
	{ "dataset_splits", PROFILE_LIST, true, 0, HB_NEW, "dataset_mixture" },
	{ "dataset_configs", PROFILE_LIST, true, 0, HB_NEW, "dataset_mixture" },
	{ "text_column", PROFILE_STR, true, 0, HB_NEW, NULL },
	{ "preprocessing_num_workers", PROFILE_INT, true, 0, HB_NEW,
	  "dataset_num_proc" },
	{ "truncation_side", PROFILE_STR, true, 0, HB_NEW, NULL },
	{ "auto_insert_empty_system_msg", PROFILE_BOOL, false, 0, HB_NEW,
	  NULL },
	{ "hub_model_revision", PROFILE_STR, true, 0, HB_NEW, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

static const struct profile_keyset hb_set_script = {
	"ScriptArguments", "src/alignment/configs.py", hb_script,
	"alignment-handbook",
};
static const struct profile_keyset hb_set_config = {
	"SFTConfig/DPOConfig/ORPOConfig", "src/alignment/configs.py",
	hb_config, "alignment-handbook",
};
static const struct profile_keyset hb_set_old = {
	"ModelArguments/DataArguments (H4ArgumentParser)",
	"src/alignment/configs.py", hb_old, "alignment-handbook",
};

/* open-r1 ScriptArguments (src/open_r1/configs.py) */
static const struct profile_key or1_script[] = {
	{ "dataset_mixture", PROFILE_DICT, true, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* open-r1 GRPOScriptArguments */
static const struct profile_key or1_grpo_script[] = {
	{ "reward_funcs", PROFILE_LIST, false, 0, 0, NULL },
	{ "cosine_min_value_wrong", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "cosine_max_value_wrong", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "cosine_min_value_correct", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "cosine_max_value_correct", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "cosine_max_len", PROFILE_INT, false, 0, 0, NULL },
	{ "repetition_n_grams", PROFILE_INT, false, 0, 0, NULL },
	{ "repetition_max_penalty", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "code_language", PROFILE_STR, false, 0, 0, NULL },
	{ "code_eval_test_batch_size", PROFILE_INT, false, 0, 0, NULL },
	{ "code_eval_scoring_mode", PROFILE_STR, false, 0, 0, NULL },
	{ "parallel_code_exec_per_proc", PROFILE_INT, false, 0, 0, NULL },
	{ "dataset_prompt_column", PROFILE_STR, false, 0, 0, NULL },
	{ "e2b_router_url", PROFILE_STR, true, 0, 0, NULL },
	{ "morph_router_url", PROFILE_STR, true, 0, 0, NULL },
	{ "code_provider", PROFILE_STR, true, 0, 0, NULL },
	{ "ioi_provider", PROFILE_STR, true, 0, 0, NULL },
	{ "max_completion_len", PROFILE_INT, false, 0, 0, NULL },
	{ "soft_punish_cache", PROFILE_INT, false, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* open-r1's GRPOConfig and SFTConfig add these to TRL's */
static const struct profile_key or1_config[] = {
	{ "benchmarks", PROFILE_LIST, false, 0, 0, NULL },
	{ "callbacks", PROFILE_LIST, false, 0, 0, NULL },
	{ "chat_template", PROFILE_STR, true, 0, 0, NULL },
	{ "hub_model_revision", PROFILE_STR, true, 0, 0, NULL },
	{ "overwrite_hub_revision", PROFILE_BOOL, false, 0, 0, NULL },
	{ "push_to_hub_revision", PROFILE_BOOL, false, 0, 0, NULL },
	{ "system_prompt", PROFILE_STR, true, 0, 0, NULL },
	{ "wandb_entity", PROFILE_STR, true, 0, 0, NULL },
	{ "wandb_project", PROFILE_STR, true, 0, 0, NULL },
	{ "wandb_run_group", PROFILE_STR, true, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* and its GRPOConfig re-declares these, which TRL 0.18 has too */
static const struct profile_key or1_grpo_config[] = {
	{ "num_completions_to_print", PROFILE_INT, false, 0, 0, NULL },
	{ "wandb_log_unique_prompts", PROFILE_BOOL, false, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

static const struct profile_keyset or1_set_script = {
	"ScriptArguments", "src/open_r1/configs.py", or1_script, "open-r1",
};
static const struct profile_keyset or1_set_grpo_script = {
	"GRPOScriptArguments", "src/open_r1/configs.py", or1_grpo_script,
	"open-r1",
};
static const struct profile_keyset or1_set_config = {
	"GRPOConfig/SFTConfig", "src/open_r1/configs.py", or1_config,
	"open-r1",
};
static const struct profile_keyset or1_set_grpo_config = {
	"GRPOConfig", "src/open_r1/configs.py", or1_grpo_config, "open-r1",
};

static const struct profile_keyset *const hb_sets_sft[] = {
	&trl_set_sft, &hb_set_script, &hb_set_config, &hb_set_old,
	&trl_set_script, &trl_set_model, &trl_set_launch, NULL,
};
static const struct profile_keyset *const hb_sets_dpo[] = {
	&trl_set_dpo, &hb_set_script, &hb_set_config, &hb_set_old,
	&trl_set_script, &trl_set_model, &trl_set_launch, NULL,
};
static const struct profile_keyset *const hb_sets_orpo[] = {
	&trl_set_orpo, &hb_set_script, &hb_set_config, &hb_set_old,
	&trl_set_script, &trl_set_model, &trl_set_launch, NULL,
};
static const struct profile_keyset *const or1_sets_sft[] = {
	&trl_set_sft, &or1_set_script, &or1_set_config, &trl_set_script,
	&trl_set_model, &trl_set_launch, NULL,
};
static const struct profile_keyset *const or1_sets_grpo[] = {
	&trl_set_grpo, &or1_set_script, &or1_set_grpo_script,
	&or1_set_config, &or1_set_grpo_config, &trl_set_script,
	&trl_set_model, &trl_set_launch, NULL,
};

static const struct profile profile_hb_sft = {
	.name = "trl-handbook-sft",
	.fw = &profile_trl_framework,
	.class_name = "SFTConfig",
	.cls = SCHEMA_CLASS_TRAINING,
	.sets = hb_sets_sft,
	.defaults = trl_defaults_sft,
	.prepare = profile_trl_prepare,
	.rules = profile_trl_rules,
	.doc = "alignment-handbook scripts/sft.py (TRL's SFTConfig)",
};

static const struct profile profile_hb_dpo = {
	.name = "trl-handbook-dpo",
	.fw = &profile_trl_framework,
	.class_name = "DPOConfig",
	.cls = SCHEMA_CLASS_TRAINING,
	.sets = hb_sets_dpo,
	.defaults = trl_defaults_dpo,
	.prepare = profile_trl_prepare,
	.rules = profile_trl_rules,
	.doc = "alignment-handbook scripts/dpo.py (TRL's DPOConfig)",
};

static const struct profile profile_hb_orpo = {
	.name = "trl-handbook-orpo",
	.fw = &profile_trl_framework,
	.class_name = "ORPOConfig",
	.cls = SCHEMA_CLASS_TRAINING,
	.sets = hb_sets_orpo,
	.defaults = trl_defaults_orpo,
	.prepare = profile_trl_prepare,
	.rules = profile_trl_rules,
	.doc = "alignment-handbook scripts/orpo.py (TRL's ORPOConfig)",
};

static const struct profile profile_or1_sft = {
	.name = "trl-open-r1-sft",
	.fw = &profile_trl_framework,
	.class_name = "SFTConfig",
	.cls = SCHEMA_CLASS_TRAINING,
	.sets = or1_sets_sft,
	.defaults = trl_defaults_sft,
	.framework_default = FV(0, 18, 0),
	.prepare = profile_trl_prepare,
	.rules = profile_trl_rules,
	.doc = "open-r1 src/open_r1/sft.py (pins trl 0.18.0)",
};

static const struct profile profile_or1_grpo = {
	.name = "trl-open-r1-grpo",
	.fw = &profile_trl_framework,
	.class_name = "GRPOConfig",
	.cls = SCHEMA_CLASS_TRAINING,
	.sets = or1_sets_grpo,
	.defaults = trl_defaults_grpo,
	.framework_default = FV(0, 18, 0),
	.prepare = profile_trl_prepare,
	.rules = profile_trl_rules,
	.doc = "open-r1 src/open_r1/grpo.py (pins trl 0.18.0)",
};

const struct profile *const profile_trl_recipe_table[] = {
	&profile_hb_sft, &profile_hb_dpo, &profile_hb_orpo,
	&profile_or1_sft, &profile_or1_grpo, NULL,
};
