/*
 * profile-trl.c: TRL's trainers as profiles (data only).
 *
 * Read from huggingface/trl at f2cd5771 (v1.9.0 and 26 commits):
 * trl/scripts/utils.py (TrlParser: yaml.safe_load, values as argparse
 * defaults, unknown keys raise), trl/scripts/_hf_argparser.py (each
 * field's argparse type), trl/trainer/base_config.py (_BaseConfig, the
 * TrainingArguments defaults every trainer changes), trl/trainer/NAME_config.py
 * and trl/experimental/NAME/NAME_config.py (each class's own fields; the
 * file named above each table), trl/trainer/model_config.py (ModelConfig),
 * trl/scripts/utils.py (ScriptArguments, DatasetMixtureConfig), and
 * trl/cli/commands/training.py with trl/cli/accelerate_launcher.py (the
 * trl command hands keys no dataclass has to accelerate launch).
 * The stable trainers' classes, ModelConfig and the script arguments
 * were read at every tag from v0.14.0 to v1.9.0 (35def3ee): each key
 * carries the releases that have it, and a renamed one its successor
 * (trl's deprecation messages). The experimental classes are as of
 * f2cd5771 only. Field types are reduced to what targs checks
 * (profile.h).
 */
#include <stddef.h>

#include "profile-internal.h"
#include "targs/profile-rules.h"

/*
 * SFTConfig: trl/trainer/sft_config.py, from v0.14.0 (every key with the
 * releases that have it)
 */
static const struct profile_key trl_sft[] = {
	{ "dataset_text_field", PROFILE_STR, false, 0, 0, NULL },
	{ "packing", PROFILE_BOOL, false, 0, 0, NULL },
	{ "max_seq_length", PROFILE_INT, true, 0, FV(0, 20, 0), "max_length" },
	{ "dataset_num_proc", PROFILE_INT, true, 0, 0, NULL },
	{ "dataset_batch_size", PROFILE_INT, true, 0, FV(0, 18, 0), NULL },
	{ "model_init_kwargs", PROFILE_DICT_OR_STR, true, 0, 0, NULL },
	{ "dataset_kwargs", PROFILE_DICT, true, 0, 0, NULL },
	{ "eval_packing", PROFILE_BOOL, true, 0, 0, NULL },
	{ "num_of_sequences", PROFILE_INT, true, 0, FV(0, 18, 0), NULL },
	{ "chars_per_token", PROFILE_FLOAT, true, 0, FV(0, 18, 0), NULL },
	{ "use_liger", PROFILE_BOOL, true,
	  0, FV(0, 18, 0), "use_liger_kernel" },
	{ "max_length", PROFILE_INT, true, FV(0, 16, 0), 0, NULL },
	{ "padding_free", PROFILE_BOOL, false, FV(0, 16, 0), 0, NULL },
	{ "pad_token", PROFILE_STR, true, FV(0, 16, 1), 0, NULL },
	{ "eos_token", PROFILE_STR, true, FV(0, 17, 0), 0, NULL },
	{ "completion_only_loss", PROFILE_BOOL, true, FV(0, 17, 0), 0, NULL },
	{ "pad_to_multiple_of", PROFILE_INT, true, FV(0, 18, 0), 0, NULL },
	{ "activation_offloading", PROFILE_BOOL, false, FV(0, 18, 0), 0, NULL },
	{ "chat_template_path", PROFILE_STR, true, FV(0, 19, 0), 0, NULL },
	{ "packing_strategy", PROFILE_STR, false, FV(0, 19, 0), 0, NULL },
	{ "assistant_only_loss", PROFILE_BOOL, false, FV(0, 19, 0), 0, NULL },
	{ "loss_type", PROFILE_STR, true, FV(0, 23, 0), 0, NULL },
	{ "shuffle_dataset", PROFILE_BOOL, false, FV(0, 26, 0), 0, NULL },
	{ "truncation_mode", PROFILE_STR, false, FV(1, 0, 0), 0, NULL },
	{ "router_aux_loss_coef", PROFILE_FLOAT, false, FV(1, 7, 0), 0, NULL },
	{ "trust_remote_code", PROFILE_BOOL, false, FV(1, 7, 0), 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/*
 * DPOConfig: trl/trainer/dpo_config.py, from v0.14.0 (every key with the
 * releases that have it)
 */
static const struct profile_key trl_dpo[] = {
	{ "model_init_kwargs", PROFILE_DICT_OR_STR, true, 0, 0, NULL },
	{ "ref_model_init_kwargs", PROFILE_DICT, true, 0, FV(0, 29, 0), NULL },
	{ "model_adapter_name", PROFILE_STR, true, 0, FV(0, 29, 0), NULL },
	{ "ref_adapter_name", PROFILE_STR, true, 0, FV(0, 29, 0), NULL },
	{ "force_use_ref_model", PROFILE_BOOL, true, 0, FV(0, 29, 0), NULL },
	{ "disable_dropout", PROFILE_BOOL, false, 0, 0, NULL },
	{ "use_num_logits_to_keep", PROFILE_BOOL, true,
	  0, FV(0, 17, 0), "use_logits_to_keep" },
	{ "dataset_num_proc", PROFILE_INT, true, 0, 0, NULL },
	{ "padding_value", PROFILE_INT, true, 0, FV(0, 26, 0), "pad_token" },
	{ "label_pad_token_id", PROFILE_INT, true, 0, FV(0, 29, 0), NULL },
	{ "max_prompt_length", PROFILE_INT, true, 0, FV(0, 29, 0), NULL },
	{ "max_completion_length", PROFILE_INT, true, 0, FV(0, 29, 0), NULL },
	{ "max_length", PROFILE_INT, true, 0, 0, NULL },
	{ "truncation_mode", PROFILE_STR, false, 0, 0, NULL },
	{ "padding_free", PROFILE_BOOL, false, 0, 0, NULL },
	{ "precompute_ref_log_probs", PROFILE_BOOL, false, 0, 0, NULL },
	{ "precompute_ref_batch_size", PROFILE_INT, true, 0, 0, NULL },
	{ "tools", PROFILE_LIST, true, 0, FV(0, 29, 0), NULL },
	/* DPOConfig.__post_init__ wraps a str in a list */
	{ "loss_type", PROFILE_STR_OR_LIST, false, 0, 0, NULL },
	{ "beta", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "f_divergence_type", PROFILE_STR, false, 0, 0, NULL },
	{ "f_alpha_divergence_coef", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "reference_free", PROFILE_BOOL, true, 0, FV(0, 29, 0), NULL },
	{ "label_smoothing", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "use_weighting", PROFILE_BOOL, false, 0, 0, NULL },
	{ "rpo_alpha", PROFILE_FLOAT, true, 0, FV(0, 29, 0), NULL },
	{ "discopop_tau", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "sync_ref_model", PROFILE_BOOL, false, 0, 0, NULL },
	{ "ref_model_mixup_alpha", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "ref_model_sync_steps", PROFILE_INT, false, 0, 0, NULL },
	{ "generate_during_eval", PROFILE_BOOL, true, 0, FV(0, 29, 0), NULL },
	{ "is_encoder_decoder", PROFILE_BOOL, true, 0, FV(0, 15, 0), NULL },
	{ "use_logits_to_keep", PROFILE_BOOL, true,
	  FV(0, 15, 0), FV(0, 29, 0), NULL },
	{ "ld_alpha", PROFILE_FLOAT, true, FV(0, 18, 0), 0, NULL },
	{ "use_liger_loss", PROFILE_BOOL, false,
	  FV(0, 19, 0), FV(0, 28, 0), "use_liger_kernel" },
	{ "base_model_attribute_name", PROFILE_STR, true,
	  FV(0, 19, 0), FV(0, 29, 0), NULL },
	{ "loss_weights", PROFILE_LIST, true, FV(0, 20, 0), 0, NULL },
	{ "pad_token", PROFILE_STR, true, FV(0, 24, 0), 0, NULL },
	{ "pad_to_multiple_of", PROFILE_INT, true, FV(0, 29, 0), 0, NULL },
	{ "activation_offloading", PROFILE_BOOL, false, FV(0, 29, 0), 0, NULL },
	{ "trust_remote_code", PROFILE_BOOL, false, FV(1, 7, 0), 0, NULL },
	{ "router_aux_loss_coef", PROFILE_FLOAT, false, FV(1, 8, 0), 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/*
 * GRPOConfig: trl/trainer/grpo_config.py, from v0.14.0 (every key with the
 * releases that have it)
 */
static const struct profile_key trl_grpo[] = {
	{ "model_init_kwargs", PROFILE_DICT_OR_STR, true, 0, 0, NULL },
	{ "max_prompt_length", PROFILE_INT, true, 0, FV(0, 28, 0), NULL },
	{ "num_generations", PROFILE_INT, true, 0, 0, NULL },
	{ "temperature", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "max_completion_length", PROFILE_INT, true, 0, 0, NULL },
	{ "use_vllm", PROFILE_BOOL, false, 0, 0, NULL },
	{ "vllm_device", PROFILE_STR, true, 0, FV(0, 18, 0), NULL },
	{ "vllm_gpu_memory_utilization", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "beta", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "ds3_gather_for_generation", PROFILE_BOOL, false,
	  FV(0, 15, 0), 0, NULL },
	{ "vllm_dtype", PROFILE_STR, true, FV(0, 15, 0), FV(0, 18, 0), NULL },
	{ "vllm_max_model_len", PROFILE_INT, true,
	  FV(0, 15, 0), FV(0, 18, 0), "vllm_max_model_length" },
	{ "reward_weights", PROFILE_LIST, true, FV(0, 15, 0), 0, NULL },
	{ "sync_ref_model", PROFILE_BOOL, false, FV(0, 15, 0), 0, NULL },
	{ "ref_model_mixup_alpha", PROFILE_FLOAT, false,
	  FV(0, 15, 0), 0, NULL },
	{ "ref_model_sync_steps", PROFILE_INT, false, FV(0, 15, 0), 0, NULL },
	{ "log_completions", PROFILE_BOOL, false, FV(0, 15, 0), 0, NULL },
	{ "top_p", PROFILE_FLOAT, false, FV(0, 16, 0), 0, NULL },
	{ "top_k", PROFILE_INT, false, FV(0, 16, 0), 0, NULL },
	{ "min_p", PROFILE_FLOAT, true, FV(0, 16, 0), 0, NULL },
	{ "repetition_penalty", PROFILE_FLOAT, false, FV(0, 16, 0), 0, NULL },
	{ "cache_implementation", PROFILE_STR, true, FV(0, 16, 0), 0, NULL },
	{ "vllm_server_host", PROFILE_STR, false, FV(0, 16, 0), 0, NULL },
	{ "vllm_server_port", PROFILE_INT, false, FV(0, 16, 0), 0, NULL },
	{ "vllm_server_timeout", PROFILE_FLOAT, false, FV(0, 16, 0), 0, NULL },
	{ "vllm_guided_decoding_regex", PROFILE_STR, true,
	  FV(0, 16, 0), FV(0, 28, 0), "vllm_structured_outputs_regex" },
	{ "num_iterations", PROFILE_INT, false, FV(0, 16, 0), 0, NULL },
	{ "epsilon", PROFILE_FLOAT, false, FV(0, 16, 0), 0, NULL },
	{ "epsilon_high", PROFILE_FLOAT, true, FV(0, 16, 0), 0, NULL },
	/* a bool until 0.22; since then a str, true and false mapped to one */
	{ "scale_rewards", PROFILE_ANY, false, FV(0, 16, 0), 0, NULL },
	{ "vllm_enable_prefix_caching", PROFILE_BOOL, true,
	  FV(0, 16, 0), FV(0, 18, 0), NULL },
	{ "disable_dropout", PROFILE_BOOL, false, FV(0, 17, 0), 0, NULL },
	{ "shuffle_dataset", PROFILE_BOOL, true, FV(0, 17, 0), 0, NULL },
	{ "loss_type", PROFILE_STR, false, FV(0, 17, 0), 0, NULL },
	{ "mask_truncated_completions", PROFILE_BOOL, false,
	  FV(0, 17, 0), 0, NULL },
	{ "use_liger_loss", PROFILE_BOOL, false,
	  FV(0, 17, 0), FV(0, 28, 0), "use_liger_kernel" },
	{ "num_completions_to_print", PROFILE_INT, true,
	  FV(0, 17, 0), 0, NULL },
	{ "wandb_log_unique_prompts", PROFILE_BOOL, true,
	  FV(0, 17, 0), FV(0, 27, 0), "log_unique_prompts" },
	{ "generation_batch_size", PROFILE_INT, true, FV(0, 18, 0), 0, NULL },
	{ "steps_per_generation", PROFILE_INT, true, FV(0, 18, 0), 0, NULL },
	{ "vllm_server_base_url", PROFILE_STR, true, FV(0, 18, 0), 0, NULL },
	{ "vllm_mode", PROFILE_STR, false, FV(0, 18, 0), 0, NULL },
	{ "vllm_tensor_parallel_size", PROFILE_INT, false,
	  FV(0, 18, 0), 0, NULL },
	{ "delta", PROFILE_FLOAT, true, FV(0, 18, 0), 0, NULL },
	{ "generation_kwargs", PROFILE_DICT, true, FV(0, 19, 0), 0, NULL },
	{ "use_transformers_paged", PROFILE_BOOL, false,
	  FV(0, 20, 0), 0, NULL },
	{ "importance_sampling_level", PROFILE_STR, false,
	  FV(0, 20, 0), 0, NULL },
	{ "top_entropy_quantile", PROFILE_FLOAT, false, FV(0, 20, 0), 0, NULL },
	{ "vllm_model_impl", PROFILE_STR, false, FV(0, 21, 0), 0, NULL },
	{ "vllm_enable_sleep_mode", PROFILE_BOOL, false,
	  FV(0, 23, 0), 0, NULL },
	{ "vllm_importance_sampling_correction", PROFILE_BOOL, false,
	  FV(0, 23, 0), 0, NULL },
	{ "vllm_importance_sampling_cap", PROFILE_FLOAT, true,
	  FV(0, 23, 0), 0, NULL },
	{ "cast_lm_head_to_fp32", PROFILE_BOOL, false, FV(0, 25, 0), 0, NULL },
	{ "chat_template_kwargs", PROFILE_DICT, true, FV(0, 25, 0), 0, NULL },
	{ "num_generations_eval", PROFILE_INT, true, FV(0, 26, 0), 0, NULL },
	{ "vllm_max_model_length", PROFILE_INT, true, FV(0, 26, 0), 0, NULL },
	{ "sapo_temperature_neg", PROFILE_FLOAT, false, FV(0, 26, 0), 0, NULL },
	{ "sapo_temperature_pos", PROFILE_FLOAT, false, FV(0, 26, 0), 0, NULL },
	{ "vllm_importance_sampling_mode", PROFILE_STR, false,
	  FV(0, 26, 0), 0, NULL },
	{ "use_bias_correction_kl", PROFILE_BOOL, false,
	  FV(0, 26, 0), 0, NULL },
	{ "log_unique_prompts", PROFILE_BOOL, false, FV(0, 26, 0), 0, NULL },
	{ "vllm_structured_outputs_regex", PROFILE_STR, true,
	  FV(0, 27, 0), 0, NULL },
	{ "vllm_group_port", PROFILE_INT, false, FV(0, 27, 0), 0, NULL },
	{ "multi_objective_aggregation", PROFILE_STR, false,
	  FV(0, 27, 0), 0, NULL },
	{ "max_tool_calling_iterations", PROFILE_INT, true,
	  FV(0, 27, 0), 0, NULL },
	{ "off_policy_mask_threshold", PROFILE_FLOAT, true,
	  FV(0, 27, 0), 0, NULL },
	{ "log_completions_hub_repo", PROFILE_STR, true,
	  FV(0, 28, 0), 0, NULL },
	{ "pad_to_multiple_of", PROFILE_INT, true, FV(1, 0, 0), 0, NULL },
	{ "vespo_k_pos", PROFILE_FLOAT, false, FV(1, 0, 0), 0, NULL },
	{ "vespo_lambda_pos", PROFILE_FLOAT, false, FV(1, 0, 0), 0, NULL },
	{ "vespo_k_neg", PROFILE_FLOAT, false, FV(1, 0, 0), 0, NULL },
	{ "vespo_lambda_neg", PROFILE_FLOAT, false, FV(1, 0, 0), 0, NULL },
	{ "vllm_importance_sampling_clip_max", PROFILE_FLOAT, true,
	  FV(1, 6, 0), 0, NULL },
	{ "vllm_importance_sampling_clip_min", PROFILE_FLOAT, true,
	  FV(1, 6, 0), 0, NULL },
	{ "trust_remote_code", PROFILE_BOOL, false, FV(1, 7, 0), 0, NULL },
	{ "router_aux_loss_coef", PROFILE_FLOAT, false, FV(1, 7, 0), 0, NULL },
	{ "use_transformers_continuous_batching", PROFILE_BOOL, false,
	  FV(1, 7, 0), 0, NULL },
	{ "transformers_continuous_batching_config", PROFILE_DICT, true,
	  FV(1, 7, 0), 0, NULL },
	{ "entropy_coef", PROFILE_FLOAT, false, FV(1, 8, 0), 0, NULL },
	{ "use_adaptive_entropy", PROFILE_BOOL, false, FV(1, 8, 0), 0, NULL },
	{ "entropy_coef_min", PROFILE_FLOAT, false, FV(1, 8, 0), 0, NULL },
	{ "entropy_coef_max", PROFILE_FLOAT, false, FV(1, 8, 0), 0, NULL },
	{ "entropy_coef_delta", PROFILE_FLOAT, false, FV(1, 8, 0), 0, NULL },
	{ "entropy_target", PROFILE_FLOAT, false, FV(1, 8, 0), 0, NULL },
	{ "log_multimodal", PROFILE_BOOL, false, FV(1, 9, 0), 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/*
 * RLOOConfig: trl/trainer/utils.py, from v0.14.0 (every key with the
 * releases that have it)
 */
static const struct profile_key trl_rloo[] = {
	{ "dataset_num_proc", PROFILE_INT, true, 0, FV(0, 25, 0), NULL },
	{ "num_mini_batches", PROFILE_INT, true,
	  0, FV(0, 25, 0), "steps_per_generation" },
	{ "total_episodes", PROFILE_INT, true, 0, FV(0, 25, 0), "max_steps" },
	{ "local_rollout_forward_batch_size", PROFILE_INT, true,
	  0, FV(0, 25, 0), NULL },
	{ "num_sample_generations", PROFILE_INT, true, 0, FV(0, 25, 0), NULL },
	{ "response_length", PROFILE_INT, true,
	  0, FV(0, 25, 0), "max_completion_length" },
	{ "stop_token", PROFILE_STR, true, 0, FV(0, 25, 0), NULL },
	{ "stop_token_id", PROFILE_INT, true, 0, FV(0, 25, 0), NULL },
	{ "temperature", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "missing_eos_penalty", PROFILE_FLOAT, true, 0, FV(0, 25, 0), NULL },
	{ "sft_model_path", PROFILE_STR, false, 0, FV(0, 22, 0), NULL },
	{ "world_size", PROFILE_INT, true, 0, FV(0, 22, 0), NULL },
	{ "num_total_batches", PROFILE_INT, true, 0, FV(0, 22, 0), NULL },
	{ "micro_batch_size", PROFILE_INT, true, 0, FV(0, 22, 0), NULL },
	{ "local_batch_size", PROFILE_INT, true, 0, FV(0, 22, 0), NULL },
	{ "batch_size", PROFILE_INT, true, 0, FV(0, 22, 0), NULL },
	{ "local_mini_batch_size", PROFILE_INT, true, 0, FV(0, 22, 0), NULL },
	{ "mini_batch_size", PROFILE_INT, true, 0, FV(0, 22, 0), NULL },
	{ "exp_name", PROFILE_STR, true, 0, FV(0, 25, 0), "run_name" },
	{ "reward_model_path", PROFILE_STR, false, 0, FV(0, 22, 0), NULL },
	{ "num_ppo_epochs", PROFILE_INT, true,
	  0, FV(0, 25, 0), "num_iterations" },
	{ "whiten_rewards", PROFILE_BOOL, false, 0, FV(0, 22, 0), NULL },
	{ "kl_coef", PROFILE_FLOAT, true, 0, FV(0, 25, 0), "beta" },
	{ "cliprange", PROFILE_FLOAT, true, 0, FV(0, 25, 0), "epsilon" },
	{ "rloo_k", PROFILE_INT, true, 0, FV(0, 25, 0), "num_generations" },
	{ "normalize_reward", PROFILE_BOOL, true,
	  0, FV(0, 25, 0), "normalize_advantages" },
	{ "reward_clip_range", PROFILE_LIST, true, 0, 0, NULL },
	{ "normalize_advantage", PROFILE_BOOL, false, 0, FV(0, 22, 0), NULL },
	{ "token_level_kl", PROFILE_BOOL, true, 0, FV(0, 25, 0), NULL },
	{ "ds3_gather_for_generation", PROFILE_BOOL, false, 0, 0, NULL },
	{ "model_init_kwargs", PROFILE_DICT_OR_STR, true,
	  FV(0, 22, 0), 0, NULL },
	{ "disable_dropout", PROFILE_BOOL, false, FV(0, 22, 0), 0, NULL },
	{ "max_prompt_length", PROFILE_INT, true,
	  FV(0, 22, 0), FV(0, 29, 0), NULL },
	{ "num_generations", PROFILE_INT, true, FV(0, 22, 0), 0, NULL },
	{ "max_completion_length", PROFILE_INT, true, FV(0, 22, 0), 0, NULL },
	{ "shuffle_dataset", PROFILE_BOOL, true, FV(0, 22, 0), 0, NULL },
	{ "generation_batch_size", PROFILE_INT, true, FV(0, 22, 0), 0, NULL },
	{ "steps_per_generation", PROFILE_INT, true, FV(0, 22, 0), 0, NULL },
	{ "top_p", PROFILE_FLOAT, false, FV(0, 22, 0), 0, NULL },
	{ "top_k", PROFILE_INT, false, FV(0, 22, 0), 0, NULL },
	{ "min_p", PROFILE_FLOAT, true, FV(0, 22, 0), 0, NULL },
	{ "generation_kwargs", PROFILE_DICT, true, FV(0, 22, 0), 0, NULL },
	{ "repetition_penalty", PROFILE_FLOAT, false, FV(0, 22, 0), 0, NULL },
	{ "use_transformers_paged", PROFILE_BOOL, false,
	  FV(0, 22, 0), 0, NULL },
	{ "cache_implementation", PROFILE_STR, true, FV(0, 22, 0), 0, NULL },
	{ "use_vllm", PROFILE_BOOL, false, FV(0, 22, 0), 0, NULL },
	{ "vllm_server_base_url", PROFILE_STR, true, FV(0, 22, 0), 0, NULL },
	{ "vllm_mode", PROFILE_STR, false, FV(0, 22, 0), 0, NULL },
	{ "vllm_model_impl", PROFILE_STR, false, FV(0, 22, 0), 0, NULL },
	{ "vllm_guided_decoding_regex", PROFILE_STR, true,
	  FV(0, 22, 0), FV(0, 28, 0), "vllm_structured_outputs_regex" },
	{ "vllm_server_host", PROFILE_STR, false, FV(0, 22, 0), 0, NULL },
	{ "vllm_server_port", PROFILE_INT, false, FV(0, 22, 0), 0, NULL },
	{ "vllm_server_timeout", PROFILE_FLOAT, false, FV(0, 22, 0), 0, NULL },
	{ "vllm_gpu_memory_utilization", PROFILE_FLOAT, false,
	  FV(0, 22, 0), 0, NULL },
	{ "vllm_tensor_parallel_size", PROFILE_INT, false,
	  FV(0, 22, 0), 0, NULL },
	{ "beta", PROFILE_FLOAT, false, FV(0, 22, 0), 0, NULL },
	{ "num_iterations", PROFILE_INT, false, FV(0, 22, 0), 0, NULL },
	{ "epsilon", PROFILE_FLOAT, false, FV(0, 22, 0), 0, NULL },
	{ "epsilon_high", PROFILE_FLOAT, true, FV(0, 22, 0), 0, NULL },
	{ "reward_weights", PROFILE_LIST, true, FV(0, 22, 0), 0, NULL },
	{ "normalize_advantages", PROFILE_BOOL, false, FV(0, 22, 0), 0, NULL },
	{ "mask_truncated_completions", PROFILE_BOOL, false,
	  FV(0, 22, 0), 0, NULL },
	{ "sync_ref_model", PROFILE_BOOL, false, FV(0, 22, 0), 0, NULL },
	{ "ref_model_mixup_alpha", PROFILE_FLOAT, false,
	  FV(0, 22, 0), 0, NULL },
	{ "ref_model_sync_steps", PROFILE_INT, false, FV(0, 22, 0), 0, NULL },
	{ "log_completions", PROFILE_BOOL, false, FV(0, 22, 0), 0, NULL },
	{ "num_completions_to_print", PROFILE_INT, true,
	  FV(0, 22, 0), 0, NULL },
	{ "wandb_log_unique_prompts", PROFILE_BOOL, true,
	  FV(0, 22, 0), FV(0, 27, 0), "log_unique_prompts" },
	{ "vllm_enable_sleep_mode", PROFILE_BOOL, false,
	  FV(0, 24, 0), 0, NULL },
	{ "chat_template_kwargs", PROFILE_DICT, true, FV(0, 25, 0), 0, NULL },
	{ "num_generations_eval", PROFILE_INT, true, FV(0, 26, 0), 0, NULL },
	{ "log_unique_prompts", PROFILE_BOOL, false, FV(0, 26, 0), 0, NULL },
	{ "vllm_structured_outputs_regex", PROFILE_STR, true,
	  FV(0, 27, 0), 0, NULL },
	{ "vllm_group_port", PROFILE_INT, false, FV(0, 27, 0), 0, NULL },
	{ "vllm_max_model_length", PROFILE_INT, true, FV(0, 27, 0), 0, NULL },
	{ "pad_to_multiple_of", PROFILE_INT, true, FV(1, 0, 0), 0, NULL },
	{ "trust_remote_code", PROFILE_BOOL, false, FV(1, 7, 0), 0, NULL },
	{ "router_aux_loss_coef", PROFILE_FLOAT, false, FV(1, 7, 0), 0, NULL },
	{ "use_transformers_continuous_batching", PROFILE_BOOL, false,
	  FV(1, 7, 0), 0, NULL },
	{ "transformers_continuous_batching_config", PROFILE_DICT, true,
	  FV(1, 7, 0), 0, NULL },
	{ "log_multimodal", PROFILE_BOOL, false, FV(1, 9, 0), 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/*
 * KTOConfig: trl/trainer/kto_config.py, from v0.14.0 (every key with the
 * releases that have it)
 */
static const struct profile_key trl_kto[] = {
	{ "max_length", PROFILE_INT, true, 0, 0, NULL },
	{ "max_prompt_length", PROFILE_INT, true, 0, FV(0, 27, 0), NULL },
	{ "max_completion_length", PROFILE_INT, true, 0, FV(0, 27, 0), NULL },
	{ "beta", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "loss_type", PROFILE_STR, false, 0, 0, NULL },
	{ "desirable_weight", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "undesirable_weight", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "label_pad_token_id", PROFILE_INT, false, 0, FV(0, 28, 0), NULL },
	{ "padding_value", PROFILE_INT, true, 0, FV(0, 28, 0), "pad_token" },
	{ "truncation_mode", PROFILE_STR, false, 0, FV(0, 27, 0), NULL },
	{ "generate_during_eval", PROFILE_BOOL, false, 0, FV(1, 2, 0), NULL },
	{ "is_encoder_decoder", PROFILE_BOOL, true, 0, FV(0, 27, 0), NULL },
	{ "disable_dropout", PROFILE_BOOL, false, 0, 0, NULL },
	{ "precompute_ref_log_probs", PROFILE_BOOL, false, 0, 0, NULL },
	{ "model_init_kwargs", PROFILE_DICT_OR_STR, true, 0, 0, NULL },
	{ "ref_model_init_kwargs", PROFILE_DICT, true, 0, FV(0, 28, 0), NULL },
	{ "dataset_num_proc", PROFILE_INT, true, 0, 0, NULL },
	{ "use_liger_loss", PROFILE_BOOL, false,
	  FV(0, 17, 0), FV(0, 28, 0), "use_liger_kernel" },
	{ "base_model_attribute_name", PROFILE_STR, false,
	  FV(0, 17, 0), FV(0, 28, 0), NULL },
	{ "precompute_ref_batch_size", PROFILE_INT, true,
	  FV(1, 2, 0), 0, NULL },
	{ "activation_offloading", PROFILE_BOOL, false, FV(1, 6, 0), 0, NULL },
	{ "trust_remote_code", PROFILE_BOOL, false, FV(1, 7, 0), 0, NULL },
	{ "pad_to_multiple_of", PROFILE_INT, true, FV(1, 7, 0), 0, NULL },
	{ "sync_ref_model", PROFILE_BOOL, false, FV(1, 7, 0), 0, NULL },
	{ "ref_model_mixup_alpha", PROFILE_FLOAT, false, FV(1, 7, 0), 0, NULL },
	{ "ref_model_sync_steps", PROFILE_INT, false, FV(1, 7, 0), 0, NULL },
	{ "router_aux_loss_coef", PROFILE_FLOAT, false, FV(1, 8, 0), 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/*
 * RewardConfig: trl/trainer/reward_config.py, from v0.14.0 (every key with
 * the releases that have it)
 */
static const struct profile_key trl_reward[] = {
	{ "max_length", PROFILE_INT, true, 0, 0, NULL },
	{ "disable_dropout", PROFILE_BOOL, false, 0, 0, NULL },
	{ "dataset_num_proc", PROFILE_INT, true, 0, 0, NULL },
	{ "center_rewards_coefficient", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "model_init_kwargs", PROFILE_DICT_OR_STR, true,
	  FV(0, 24, 0), 0, NULL },
	{ "chat_template_path", PROFILE_STR, true, FV(0, 24, 0), 0, NULL },
	{ "eos_token", PROFILE_STR, true, FV(0, 24, 0), 0, NULL },
	{ "pad_token", PROFILE_STR, true, FV(0, 24, 0), 0, NULL },
	{ "pad_to_multiple_of", PROFILE_INT, true, FV(0, 24, 0), 0, NULL },
	{ "activation_offloading", PROFILE_BOOL, false, FV(0, 24, 0), 0, NULL },
	{ "trust_remote_code", PROFILE_BOOL, false, FV(1, 7, 0), 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/*
 * ORPOConfig: trl/trainer/orpo_config.py, from v0.14.0 (every key with the
 * releases that have it)
 */
static const struct profile_key trl_orpo[] = {
	{ "max_length", PROFILE_INT, true, 0, 0, NULL },
	{ "max_prompt_length", PROFILE_INT, true, 0, FV(0, 28, 0), NULL },
	{ "max_completion_length", PROFILE_INT, true, 0, 0, NULL },
	{ "beta", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "disable_dropout", PROFILE_BOOL, false, 0, 0, NULL },
	{ "label_pad_token_id", PROFILE_INT, false, 0, FV(0, 28, 0), NULL },
	{ "padding_value", PROFILE_INT, true, 0, 0, NULL },
	{ "truncation_mode", PROFILE_STR, false, 0, FV(1, 0, 0), NULL },
	{ "generate_during_eval", PROFILE_BOOL, false, 0, 0, NULL },
	{ "is_encoder_decoder", PROFILE_BOOL, true, 0, 0, NULL },
	{ "model_init_kwargs", PROFILE_DICT_OR_STR, true, 0, 0, NULL },
	{ "dataset_num_proc", PROFILE_INT, true, 0, 0, NULL },
	{ "trust_remote_code", PROFILE_BOOL, false, FV(1, 7, 0), 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/*
 * CPOConfig: trl/trainer/cpo_config.py, from v0.14.0 (every key with the
 * releases that have it)
 */
static const struct profile_key trl_cpo[] = {
	{ "max_length", PROFILE_INT, true, 0, 0, NULL },
	{ "max_prompt_length", PROFILE_INT, true, 0, FV(0, 28, 0), NULL },
	{ "max_completion_length", PROFILE_INT, true, 0, 0, NULL },
	{ "beta", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "label_smoothing", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "loss_type", PROFILE_STR, false, 0, 0, NULL },
	{ "disable_dropout", PROFILE_BOOL, false, 0, 0, NULL },
	{ "cpo_alpha", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "simpo_gamma", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "label_pad_token_id", PROFILE_INT, false, 0, FV(0, 28, 0), NULL },
	{ "padding_value", PROFILE_INT, true, 0, FV(0, 28, 0), "pad_token" },
	{ "truncation_mode", PROFILE_STR, false, 0, FV(1, 0, 0), NULL },
	{ "generate_during_eval", PROFILE_BOOL, false, 0, 0, NULL },
	{ "is_encoder_decoder", PROFILE_BOOL, true, 0, 0, NULL },
	{ "model_init_kwargs", PROFILE_DICT_OR_STR, true, 0, 0, NULL },
	{ "dataset_num_proc", PROFILE_INT, true, 0, 0, NULL },
	{ "alpha", PROFILE_FLOAT, false, FV(0, 22, 0), 0, NULL },
	{ "trust_remote_code", PROFILE_BOOL, false, FV(1, 7, 0), 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/*
 * ModelConfig: trl/trainer/model_config.py, from v0.14.0 (every key with the
 * releases that have it)
 */
static const struct profile_key trl_model[] = {
	{ "model_name_or_path", PROFILE_STR, true, 0, 0, NULL },
	{ "model_revision", PROFILE_STR, false, 0, 0, NULL },
	{ "torch_dtype", PROFILE_STR, true, 0, FV(0, 27, 0), "dtype" },
	{ "trust_remote_code", PROFILE_BOOL, false, 0, FV(1, 7, 0), NULL },
	{ "attn_implementation", PROFILE_STR, true, 0, 0, NULL },
	{ "use_peft", PROFILE_BOOL, false, 0, 0, NULL },
	{ "lora_r", PROFILE_INT, false, 0, 0, NULL },
	{ "lora_alpha", PROFILE_INT, false, 0, 0, NULL },
	{ "lora_dropout", PROFILE_FLOAT, false, 0, 0, NULL },
	/* a str is peft's too: "all-linear" */
	{ "lora_target_modules", PROFILE_STR_OR_LIST, true, 0, 0, NULL },
	{ "lora_modules_to_save", PROFILE_LIST, true, 0, 0, NULL },
	{ "lora_task_type", PROFILE_STR, false, 0, 0, NULL },
	{ "use_rslora", PROFILE_BOOL, false, 0, 0, NULL },
	{ "load_in_8bit", PROFILE_BOOL, false, 0, 0, NULL },
	{ "load_in_4bit", PROFILE_BOOL, false, 0, 0, NULL },
	{ "bnb_4bit_quant_type", PROFILE_STR, false, 0, 0, NULL },
	{ "use_bnb_nested_quant", PROFILE_BOOL, false, 0, 0, NULL },
	{ "use_dora", PROFILE_BOOL, false, FV(0, 16, 0), 0, NULL },
	{ "lora_target_parameters", PROFILE_LIST, true, FV(0, 21, 0), 0, NULL },
	{ "dtype", PROFILE_STR, true, FV(0, 23, 0), 0, NULL },
	{ "bnb_4bit_quant_storage", PROFILE_STR, true, FV(0, 26, 0), 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/*
 * ScriptArguments: trl/scripts/utils.py, from v0.14.0 (every key with the
 * releases that have it)
 */
static const struct profile_key trl_script[] = {
	{ "dataset_name", PROFILE_STR, true, 0, 0, NULL },
	{ "dataset_config", PROFILE_STR, true, 0, 0, NULL },
	{ "dataset_train_split", PROFILE_STR, false, 0, 0, NULL },
	{ "dataset_test_split", PROFILE_STR, false, 0, 0, NULL },
	{ "gradient_checkpointing_use_reentrant", PROFILE_BOOL, false,
	  0, FV(0, 27, 0), "gradient_checkpointing_kwargs" },
	{ "ignore_bias_buffers", PROFILE_BOOL, false, 0, 0, NULL },
	{ "dataset_streaming", PROFILE_BOOL, false, FV(0, 19, 0), 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/*
 * GRPOScriptArguments: trl/scripts/utils.py, from v0.14.0 (every key with
 * the releases that have it)
 */
static const struct profile_key trl_script_grpo[] = {
	{ "dataset_name", PROFILE_STR, true, 0, 0, NULL },
	{ "dataset_config", PROFILE_STR, true, 0, 0, NULL },
	{ "dataset_train_split", PROFILE_STR, false, 0, 0, NULL },
	{ "dataset_test_split", PROFILE_STR, false, 0, 0, NULL },
	{ "gradient_checkpointing_use_reentrant", PROFILE_BOOL, false,
	  0, FV(0, 27, 0), "gradient_checkpointing_kwargs" },
	{ "ignore_bias_buffers", PROFILE_BOOL, false, 0, 0, NULL },
	{ "reward_model_name_or_path", PROFILE_STR, true, 0, 0, NULL },
	{ "reward_funcs", PROFILE_LIST, true, FV(0, 18, 0), 0, NULL },
	{ "dataset_streaming", PROFILE_BOOL, false, FV(0, 19, 0), 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/*
 * RLOOScriptArguments: trl/scripts/utils.py, from v0.22.0 (every key with
 * the releases that have it)
 */
static const struct profile_key trl_script_rloo[] = {
	{ "dataset_name", PROFILE_STR, true, FV(0, 22, 0), 0, NULL },
	{ "dataset_config", PROFILE_STR, true, FV(0, 22, 0), 0, NULL },
	{ "dataset_train_split", PROFILE_STR, false, FV(0, 22, 0), 0, NULL },
	{ "dataset_test_split", PROFILE_STR, false, FV(0, 22, 0), 0, NULL },
	{ "dataset_streaming", PROFILE_BOOL, false, FV(0, 22, 0), 0, NULL },
	{ "gradient_checkpointing_use_reentrant", PROFILE_BOOL, false,
	  FV(0, 22, 0), FV(0, 27, 0), "gradient_checkpointing_kwargs" },
	{ "ignore_bias_buffers", PROFILE_BOOL, false, FV(0, 22, 0), 0, NULL },
	{ "reward_model_name_or_path", PROFILE_STR, true,
	  FV(0, 22, 0), 0, NULL },
	{ "reward_funcs", PROFILE_LIST, true, FV(0, 22, 0), 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/*
 * DatasetMixtureConfig: trl/scripts/utils.py, from v0.22.0 (every key with
 * the releases that have it)
 */
static const struct profile_key trl_mixture[] = {
	{ "datasets", PROFILE_LIST, false, FV(0, 22, 0), 0, NULL },
	{ "streaming", PROFILE_BOOL, false, FV(0, 22, 0), 0, NULL },
	{ "test_split_size", PROFILE_FLOAT, true, FV(0, 22, 0), 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* A2POConfig(_BaseConfig): trl/experimental/a2po/a2po_config.py */
static const struct profile_key trl_a2po[] = {
	{ "model_init_kwargs", PROFILE_DICT, true, 0, 0, NULL },
	{ "trust_remote_code", PROFILE_BOOL, false, 0, 0, NULL },
	{ "max_prompt_length", PROFILE_INT, true, 0, 0, NULL },
	{ "max_completion_length", PROFILE_INT, true, 0, 0, NULL },
	{ "temperature", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "top_p", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "top_k", PROFILE_INT, true, 0, 0, NULL },
	{ "num_value_samples", PROFILE_INT, false, 0, 0, NULL },
	{ "beta1", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "filter_all_incorrect", PROFILE_BOOL, false, 0, 0, NULL },
	{ "beta2", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "reward_weights", PROFILE_LIST, true, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/*
 * AsyncGRPOConfig(_BaseConfig):
 * trl/experimental/async_grpo/async_grpo_config.py
 */
static const struct profile_key trl_asyncgrpo[] = {
	{ "model_init_kwargs", PROFILE_DICT_OR_STR, true, 0, 0, NULL },
	{ "trust_remote_code", PROFILE_BOOL, false, 0, 0, NULL },
	{ "router_aux_loss_coef", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "num_generations", PROFILE_INT, false, 0, 0, NULL },
	{ "max_completion_length", PROFILE_INT, false, 0, 0, NULL },
	{ "temperature", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "chat_template_kwargs", PROFILE_DICT, true, 0, 0, NULL },
	{ "max_tool_calling_iterations", PROFILE_INT, true, 0, 0, NULL },
	{ "fork_threshold_tokens", PROFILE_INT, false, 0, 0, NULL },
	{ "vllm_server_base_url", PROFILE_STR, false, 0, 0, NULL },
	{ "vllm_server_timeout", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "request_timeout", PROFILE_INT, false, 0, 0, NULL },
	{ "epsilon", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "epsilon_high", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "token_budget", PROFILE_INT, true, 0, 0, NULL },
	{ "max_inflight_tasks", PROFILE_INT, false, 0, 0, NULL },
	{ "max_staleness", PROFILE_INT, false, 0, 0, NULL },
	{ "queue_maxsize", PROFILE_INT, false, 0, 0, NULL },
	{ "weight_sync_steps", PROFILE_INT, false, 0, 0, NULL },
	{ "heartbeat_stale_after_s", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "log_completions", PROFILE_BOOL, false, 0, 0, NULL },
	{ "num_completions_to_print", PROFILE_INT, true, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* BCOConfig(_BaseConfig): trl/experimental/bco/bco_config.py */
static const struct profile_key trl_bco[] = {
	{ "max_length", PROFILE_INT, true, 0, 0, NULL },
	{ "max_completion_length", PROFILE_INT, true, 0, 0, NULL },
	{ "beta", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "disable_dropout", PROFILE_BOOL, false, 0, 0, NULL },
	{ "generate_during_eval", PROFILE_BOOL, false, 0, 0, NULL },
	{ "is_encoder_decoder", PROFILE_BOOL, true, 0, 0, NULL },
	{ "precompute_ref_log_probs", PROFILE_BOOL, false, 0, 0, NULL },
	{ "model_init_kwargs", PROFILE_DICT_OR_STR, true, 0, 0, NULL },
	{ "trust_remote_code", PROFILE_BOOL, false, 0, 0, NULL },
	{ "dataset_num_proc", PROFILE_INT, true, 0, 0, NULL },
	{ "prompt_sample_size", PROFILE_INT, false, 0, 0, NULL },
	{ "min_density_ratio", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "max_density_ratio", PROFILE_FLOAT, false, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/*
 * DistillationConfig(_BaseConfig):
 * trl/experimental/distillation/distillation_config.py
 */
static const struct profile_key trl_distillation[] = {
	{ "model_init_kwargs", PROFILE_DICT_OR_STR, true, 0, 0, NULL },
	{ "trust_remote_code", PROFILE_BOOL, false, 0, 0, NULL },
	{ "temperature", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "beta", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "max_completion_length", PROFILE_INT, false, 0, 0, NULL },
	{ "disable_dropout", PROFILE_BOOL, false, 0, 0, NULL },
	{ "teacher_model_name_or_path", PROFILE_STR, true, 0, 0, NULL },
	{ "teacher_model_revision", PROFILE_STR, true, 0, 0, NULL },
	{ "teacher_model_init_kwargs", PROFILE_DICT_OR_STR, true, 0, 0, NULL },
	{ "num_generations", PROFILE_INT, false, 0, 0, NULL },
	{ "generation_batch_size", PROFILE_INT, true, 0, 0, NULL },
	{ "top_p", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "top_k", PROFILE_INT, false, 0, 0, NULL },
	{ "use_vllm", PROFILE_BOOL, false, 0, 0, NULL },
	{ "vllm_mode", PROFILE_STR, false, 0, 0, NULL },
	{ "vllm_server_base_url", PROFILE_STR, true, 0, 0, NULL },
	{ "vllm_server_host", PROFILE_STR, false, 0, 0, NULL },
	{ "vllm_server_port", PROFILE_INT, false, 0, 0, NULL },
	{ "vllm_server_timeout", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "vllm_group_port", PROFILE_INT, false, 0, 0, NULL },
	{ "vllm_gpu_memory_utilization", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "vllm_tensor_parallel_size", PROFILE_INT, false, 0, 0, NULL },
	{ "vllm_max_model_length", PROFILE_INT, true, 0, 0, NULL },
	{ "vllm_model_impl", PROFILE_STR, false, 0, 0, NULL },
	{ "vllm_structured_outputs_regex", PROFILE_STR, true, 0, 0, NULL },
	{ "vllm_sync_frequency", PROFILE_INT, false, 0, 0, NULL },
	{ "vllm_enable_sleep_mode", PROFILE_BOOL, false, 0, 0, NULL },
	{ "log_completions", PROFILE_BOOL, false, 0, 0, NULL },
	{ "log_completions_steps", PROFILE_INT, false, 0, 0, NULL },
	{ "num_completions_to_print", PROFILE_INT, true, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* GKDConfig(SFTConfig): trl/experimental/gkd/gkd_config.py */
static const struct profile_key trl_gkd[] = {
	{ "temperature", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "lmbda", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "beta", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "max_new_tokens", PROFILE_INT, false, 0, 0, NULL },
	{ "teacher_model_name_or_path", PROFILE_STR, true, 0, 0, NULL },
	{ "teacher_model_init_kwargs", PROFILE_DICT_OR_STR, true, 0, 0, NULL },
	{ "disable_dropout", PROFILE_BOOL, false, 0, 0, NULL },
	{ "seq_kd", PROFILE_BOOL, false, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* GMPOConfig(GRPOConfig): trl/experimental/gmpo/gmpo_config.py */
static const struct profile_key trl_gmpo[] = {
	{ "epsilon", PROFILE_FLOAT, false, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* GOLDConfig(SFTConfig): trl/experimental/gold/gold_config.py */
static const struct profile_key trl_gold[] = {
	{ "temperature", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "top_p", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "top_k", PROFILE_INT, false, 0, 0, NULL },
	{ "lmbda", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "beta", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "max_completion_length", PROFILE_INT, false, 0, 0, NULL },
	{ "teacher_model_name_or_path", PROFILE_STR, true, 0, 0, NULL },
	{ "teacher_model_revision", PROFILE_STR, true, 0, 0, NULL },
	{ "teacher_model_init_kwargs", PROFILE_DICT_OR_STR, true, 0, 0, NULL },
	{ "teacher_tokenizer_name_or_path", PROFILE_STR, true, 0, 0, NULL },
	{ "disable_dropout", PROFILE_BOOL, false, 0, 0, NULL },
	{ "seq_kd", PROFILE_BOOL, false, 0, 0, NULL },
	{ "num_generations", PROFILE_INT, false, 0, 0, NULL },
	{ "generation_batch_size", PROFILE_INT, true, 0, 0, NULL },
	{ "use_uld_loss", PROFILE_BOOL, false, 0, 0, NULL },
	{ "uld_token_merge_strategy", PROFILE_STR, false, 0, 0, NULL },
	{ "use_extended_uld", PROFILE_BOOL, false, 0, 0, NULL },
	{ "uld_use_hybrid_loss", PROFILE_BOOL, false, 0, 0, NULL },
	{ "uld_hybrid_matched_weight", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "uld_hybrid_unmatched_weight", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "uld_crossentropy_weight", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "uld_distillation_weight", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "uld_student_temperature", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "uld_teacher_temperature", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "uld_skip_student_eos", PROFILE_BOOL, false, 0, 0, NULL },
	{ "uld_skip_teacher_eos", PROFILE_BOOL, false, 0, 0, NULL },
	{ "use_vllm", PROFILE_BOOL, false, 0, 0, NULL },
	{ "vllm_mode", PROFILE_STR, false, 0, 0, NULL },
	{ "vllm_server_base_url", PROFILE_STR, true, 0, 0, NULL },
	{ "vllm_server_host", PROFILE_STR, false, 0, 0, NULL },
	{ "vllm_server_port", PROFILE_INT, false, 0, 0, NULL },
	{ "vllm_server_timeout", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "vllm_group_port", PROFILE_INT, false, 0, 0, NULL },
	{ "vllm_gpu_memory_utilization", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "vllm_tensor_parallel_size", PROFILE_INT, false, 0, 0, NULL },
	{ "vllm_max_model_length", PROFILE_INT, true, 0, 0, NULL },
	{ "vllm_model_impl", PROFILE_STR, false, 0, 0, NULL },
	{ "vllm_structured_outputs_regex", PROFILE_STR, true, 0, 0, NULL },
	{ "vllm_sync_frequency", PROFILE_INT, false, 0, 0, NULL },
	{ "vllm_enable_sleep_mode", PROFILE_BOOL, false, 0, 0, NULL },
	{ "log_completions", PROFILE_BOOL, false, 0, 0, NULL },
	{ "log_completions_steps", PROFILE_INT, false, 0, 0, NULL },
	{ "num_completions_to_print", PROFILE_INT, true, 0, 0, NULL },
	{ "wandb_log_unique_prompts", PROFILE_BOOL, false, 0, 0, NULL },
	{ "callbacks", PROFILE_LIST, false, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/*
 * GRPOWithReplayBufferConfig(GRPOConfig):
 * trl/experimental/grpo_with_replay_buffer/grpo_with_replay_buffer_config.py
 */
static const struct profile_key trl_grpowithreplaybuffer[] = {
	{ "replay_buffer_size", PROFILE_INT, false, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* IWOPDConfig(_BaseConfig): trl/experimental/iw_opd/iw_opd_config.py */
static const struct profile_key trl_iwopd[] = {
	{ "model_init_kwargs", PROFILE_DICT_OR_STR, true, 0, 0, NULL },
	{ "trust_remote_code", PROFILE_BOOL, false, 0, 0, NULL },
	{ "max_length", PROFILE_INT, true, 0, 0, NULL },
	{ "temperature", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "lmbda", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "beta", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "distillation_objective", PROFILE_STR, false, 0, 0, NULL },
	{ "iw_opd_gamma", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "iw_opd_epsilon", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "reverse_kl_top_1_mode", PROFILE_STR, false, 0, 0, NULL },
	{ "max_completion_length", PROFILE_INT, false, 0, 0, NULL },
	{ "max_prompt_length", PROFILE_INT, true, 0, 0, NULL },
	{ "disable_dropout", PROFILE_BOOL, false, 0, 0, NULL },
	{ "teacher_model_name_or_path", PROFILE_STR, true, 0, 0, NULL },
	{ "teacher_model_revision", PROFILE_STR, true, 0, 0, NULL },
	{ "teacher_model_init_kwargs", PROFILE_DICT_OR_STR, true, 0, 0, NULL },
	{ "use_teacher_server", PROFILE_BOOL, false, 0, 0, NULL },
	{ "teacher_model_server_url", PROFILE_STR, true, 0, 0, NULL },
	{ "loss_top_k", PROFILE_INT, false, 0, 0, NULL },
	{ "loss_add_tail", PROFILE_BOOL, false, 0, 0, NULL },
	{ "num_generations", PROFILE_INT, false, 0, 0, NULL },
	{ "generation_batch_size", PROFILE_INT, true, 0, 0, NULL },
	{ "top_p", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "top_k", PROFILE_INT, false, 0, 0, NULL },
	{ "use_vllm", PROFILE_BOOL, false, 0, 0, NULL },
	{ "vllm_mode", PROFILE_STR, false, 0, 0, NULL },
	{ "vllm_server_base_url", PROFILE_STR, true, 0, 0, NULL },
	{ "vllm_server_host", PROFILE_STR, false, 0, 0, NULL },
	{ "vllm_server_port", PROFILE_INT, false, 0, 0, NULL },
	{ "vllm_server_timeout", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "vllm_group_port", PROFILE_INT, false, 0, 0, NULL },
	{ "vllm_gpu_memory_utilization", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "vllm_tensor_parallel_size", PROFILE_INT, false, 0, 0, NULL },
	{ "vllm_max_model_length", PROFILE_INT, true, 0, 0, NULL },
	{ "vllm_model_impl", PROFILE_STR, false, 0, 0, NULL },
	{ "vllm_structured_outputs_regex", PROFILE_STR, true, 0, 0, NULL },
	{ "vllm_sync_frequency", PROFILE_INT, false, 0, 0, NULL },
	{ "vllm_enable_sleep_mode", PROFILE_BOOL, false, 0, 0, NULL },
	{ "log_completions", PROFILE_BOOL, false, 0, 0, NULL },
	{ "log_completions_steps", PROFILE_INT, false, 0, 0, NULL },
	{ "num_completions_to_print", PROFILE_INT, true, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* MiniLLMConfig(GRPOConfig): trl/experimental/minillm/minillm_config.py */
static const struct profile_key trl_minillm[] = {
	{ "teacher_model_init_kwargs", PROFILE_DICT_OR_STR, true, 0, 0, NULL },
	{ "disable_dropout", PROFILE_BOOL, false, 0, 0, NULL },
	{ "rkl_advantage", PROFILE_BOOL, false, 0, 0, NULL },
	{ "single_step_decomposition", PROFILE_BOOL, false, 0, 0, NULL },
	{ "kd_temperature", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "gamma", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "length_normalization", PROFILE_BOOL, false, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* NashMDConfig(OnlineDPOConfig): trl/experimental/nash_md/nash_md_config.py */
static const struct profile_key trl_nashmd[] = {
	{ "mixture_coef", PROFILE_LIST, false, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/*
 * OnlineDPOConfig(_BaseConfig):
 * trl/experimental/online_dpo/online_dpo_config.py
 */
static const struct profile_key trl_onlinedpo[] = {
	{ "reward_model_path", PROFILE_STR, true, 0, 0, NULL },
	{ "max_new_tokens", PROFILE_INT, false, 0, 0, NULL },
	{ "max_length", PROFILE_INT, false, 0, 0, NULL },
	{ "temperature", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "top_p", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "top_k", PROFILE_INT, false, 0, 0, NULL },
	{ "min_p", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "repetition_penalty", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "generation_kwargs", PROFILE_DICT, true, 0, 0, NULL },
	{ "cache_implementation", PROFILE_STR, true, 0, 0, NULL },
	{ "missing_eos_penalty", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "beta", PROFILE_LIST, false, 0, 0, NULL },
	{ "loss_type", PROFILE_STR, false, 0, 0, NULL },
	{ "disable_dropout", PROFILE_BOOL, false, 0, 0, NULL },
	{ "use_vllm", PROFILE_BOOL, false, 0, 0, NULL },
	{ "vllm_model_impl", PROFILE_STR, false, 0, 0, NULL },
	{ "vllm_structured_outputs_regex", PROFILE_STR, true, 0, 0, NULL },
	{ "vllm_gpu_memory_utilization", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "vllm_mode", PROFILE_STR, false, 0, 0, NULL },
	{ "vllm_server_base_url", PROFILE_STR, true, 0, 0, NULL },
	{ "vllm_server_host", PROFILE_STR, false, 0, 0, NULL },
	{ "vllm_server_port", PROFILE_INT, false, 0, 0, NULL },
	{ "vllm_server_timeout", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "vllm_group_port", PROFILE_INT, false, 0, 0, NULL },
	{ "vllm_tensor_parallel_size", PROFILE_INT, false, 0, 0, NULL },
	{ "vllm_enable_sleep_mode", PROFILE_BOOL, false, 0, 0, NULL },
	{ "ds3_gather_for_generation", PROFILE_BOOL, false, 0, 0, NULL },
	{ "model_init_kwargs", PROFILE_DICT_OR_STR, true, 0, 0, NULL },
	{ "trust_remote_code", PROFILE_BOOL, false, 0, 0, NULL },
	{ "reward_weights", PROFILE_LIST, true, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* PPOConfig(_BaseConfig): trl/experimental/ppo/ppo_config.py */
static const struct profile_key trl_ppo[] = {
	{ "dataset_num_proc", PROFILE_INT, true, 0, 0, NULL },
	{ "num_mini_batches", PROFILE_INT, false, 0, 0, NULL },
	{ "total_episodes", PROFILE_INT, true, 0, 0, NULL },
	{ "local_rollout_forward_batch_size", PROFILE_INT, false, 0, 0, NULL },
	{ "num_sample_generations", PROFILE_INT, false, 0, 0, NULL },
	{ "response_length", PROFILE_INT, false, 0, 0, NULL },
	{ "stop_token", PROFILE_STR, true, 0, 0, NULL },
	{ "stop_token_id", PROFILE_INT, true, 0, 0, NULL },
	{ "temperature", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "missing_eos_penalty", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "sft_model_path", PROFILE_STR, false, 0, 0, NULL },
	{ "world_size", PROFILE_INT, true, 0, 0, NULL },
	{ "num_total_batches", PROFILE_INT, true, 0, 0, NULL },
	{ "micro_batch_size", PROFILE_INT, true, 0, 0, NULL },
	{ "local_batch_size", PROFILE_INT, true, 0, 0, NULL },
	{ "batch_size", PROFILE_INT, true, 0, 0, NULL },
	{ "local_mini_batch_size", PROFILE_INT, true, 0, 0, NULL },
	{ "mini_batch_size", PROFILE_INT, true, 0, 0, NULL },
	{ "reward_model_path", PROFILE_STR, false, 0, 0, NULL },
	{ "model_adapter_name", PROFILE_STR, true, 0, 0, NULL },
	{ "ref_adapter_name", PROFILE_STR, true, 0, 0, NULL },
	{ "num_ppo_epochs", PROFILE_INT, false, 0, 0, NULL },
	{ "whiten_rewards", PROFILE_BOOL, false, 0, 0, NULL },
	{ "kl_coef", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "kl_estimator", PROFILE_STR, false, 0, 0, NULL },
	{ "cliprange", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "vf_coef", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "cliprange_value", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "gamma", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "lam", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "ds3_gather_for_generation", PROFILE_BOOL, false, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* PRMConfig(_BaseConfig): trl/experimental/prm/prm_config.py */
static const struct profile_key trl_prm[] = {
	{ "max_length", PROFILE_INT, true, 0, 0, NULL },
	{ "max_completion_length", PROFILE_INT, true, 0, 0, NULL },
	{ "disable_dropout", PROFILE_BOOL, false, 0, 0, NULL },
	{ "step_separator", PROFILE_STR, false, 0, 0, NULL },
	{ "train_on_last_step_only", PROFILE_BOOL, false, 0, 0, NULL },
	{ "dataset_num_proc", PROFILE_INT, true, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* SDFTConfig(_BaseConfig): trl/experimental/sdft/sdft_config.py */
static const struct profile_key trl_sdft[] = {
	{ "model_init_kwargs", PROFILE_DICT, true, 0, 0, NULL },
	{ "trust_remote_code", PROFILE_BOOL, false, 0, 0, NULL },
	{ "disable_dropout", PROFILE_BOOL, false, 0, 0, NULL },
	{ "max_prompt_length", PROFILE_INT, true, 0, 0, NULL },
	{ "num_generations", PROFILE_INT, false, 0, 0, NULL },
	{ "num_generations_eval", PROFILE_INT, true, 0, 0, NULL },
	{ "max_completion_length", PROFILE_INT, true, 0, 0, NULL },
	{ "ds3_gather_for_generation", PROFILE_BOOL, false, 0, 0, NULL },
	{ "shuffle_dataset", PROFILE_BOOL, false, 0, 0, NULL },
	{ "generation_batch_size", PROFILE_INT, true, 0, 0, NULL },
	{ "steps_per_generation", PROFILE_INT, true, 0, 0, NULL },
	{ "temperature", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "top_p", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "top_k", PROFILE_INT, false, 0, 0, NULL },
	{ "min_p", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "generation_kwargs", PROFILE_DICT, true, 0, 0, NULL },
	{ "chat_template_kwargs", PROFILE_DICT, true, 0, 0, NULL },
	{ "repetition_penalty", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "cache_implementation", PROFILE_STR, true, 0, 0, NULL },
	{ "use_vllm", PROFILE_BOOL, false, 0, 0, NULL },
	{ "use_teacher_server", PROFILE_BOOL, false, 0, 0, NULL },
	{ "vllm_mode", PROFILE_STR, false, 0, 0, NULL },
	{ "vllm_model_impl", PROFILE_STR, false, 0, 0, NULL },
	{ "vllm_enable_sleep_mode", PROFILE_BOOL, false, 0, 0, NULL },
	{ "vllm_server_base_url", PROFILE_STR, true, 0, 0, NULL },
	{ "vllm_server_host", PROFILE_STR, false, 0, 0, NULL },
	{ "vllm_server_port", PROFILE_INT, false, 0, 0, NULL },
	{ "vllm_group_port", PROFILE_INT, false, 0, 0, NULL },
	{ "vllm_server_timeout", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "vllm_tensor_parallel_size", PROFILE_INT, false, 0, 0, NULL },
	{ "vllm_gpu_memory_utilization", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "vllm_max_model_length", PROFILE_INT, true, 0, 0, NULL },
	{ "num_iterations", PROFILE_INT, false, 0, 0, NULL },
	{ "teacher_model_kind", PROFILE_STR, false, 0, 0, NULL },
	{ "teacher_update_rate", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "teacher_sync_steps", PROFILE_INT, false, 0, 0, NULL },
	{ "distillation_alpha", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "distillation_mode", PROFILE_STR, false, 0, 0, NULL },
	{ "distillation_topk", PROFILE_INT, true, 0, 0, NULL },
	{ "distillation_is_clip", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "distillation_add_tail", PROFILE_BOOL, false, 0, 0, NULL },
	{ "generate_from_teacher", PROFILE_BOOL, false, 0, 0, NULL },
	{ "teacher_prompt_template", PROFILE_STR, false, 0, 0, NULL },
	{ "num_loss_tokens_to_skip", PROFILE_INT, false, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* SDPOConfig(_BaseConfig): trl/experimental/sdpo/sdpo_config.py */
static const struct profile_key trl_sdpo[] = {
	{ "model_init_kwargs", PROFILE_DICT, true, 0, 0, NULL },
	{ "trust_remote_code", PROFILE_BOOL, false, 0, 0, NULL },
	{ "disable_dropout", PROFILE_BOOL, false, 0, 0, NULL },
	{ "max_prompt_length", PROFILE_INT, true, 0, 0, NULL },
	{ "num_generations", PROFILE_INT, false, 0, 0, NULL },
	{ "num_generations_eval", PROFILE_INT, true, 0, 0, NULL },
	{ "max_completion_length", PROFILE_INT, true, 0, 0, NULL },
	{ "ds3_gather_for_generation", PROFILE_BOOL, false, 0, 0, NULL },
	{ "shuffle_dataset", PROFILE_BOOL, false, 0, 0, NULL },
	{ "generation_batch_size", PROFILE_INT, true, 0, 0, NULL },
	{ "steps_per_generation", PROFILE_INT, true, 0, 0, NULL },
	{ "temperature", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "top_p", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "top_k", PROFILE_INT, false, 0, 0, NULL },
	{ "min_p", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "generation_kwargs", PROFILE_DICT, true, 0, 0, NULL },
	{ "chat_template_kwargs", PROFILE_DICT, true, 0, 0, NULL },
	{ "repetition_penalty", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "cache_implementation", PROFILE_STR, true, 0, 0, NULL },
	{ "use_vllm", PROFILE_BOOL, false, 0, 0, NULL },
	{ "use_teacher_server", PROFILE_BOOL, false, 0, 0, NULL },
	{ "vllm_mode", PROFILE_STR, false, 0, 0, NULL },
	{ "vllm_model_impl", PROFILE_STR, false, 0, 0, NULL },
	{ "vllm_enable_sleep_mode", PROFILE_BOOL, false, 0, 0, NULL },
	{ "vllm_server_base_url", PROFILE_STR, true, 0, 0, NULL },
	{ "vllm_server_host", PROFILE_STR, false, 0, 0, NULL },
	{ "vllm_server_port", PROFILE_INT, false, 0, 0, NULL },
	{ "vllm_group_port", PROFILE_INT, false, 0, 0, NULL },
	{ "vllm_server_timeout", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "vllm_tensor_parallel_size", PROFILE_INT, false, 0, 0, NULL },
	{ "vllm_gpu_memory_utilization", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "vllm_max_model_length", PROFILE_INT, true, 0, 0, NULL },
	{ "num_iterations", PROFILE_INT, false, 0, 0, NULL },
	{ "loss_type", PROFILE_STR, false, 0, 0, NULL },
	{ "mask_truncated_completions", PROFILE_BOOL, false, 0, 0, NULL },
	{ "dont_reprompt_on_self_success", PROFILE_BOOL, false, 0, 0, NULL },
	{ "beta", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "epsilon", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "epsilon_high", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "importance_sampling_level", PROFILE_STR, false, 0, 0, NULL },
	{ "reward_weights", PROFILE_LIST, true, 0, 0, NULL },
	{ "scale_rewards", PROFILE_ANY, false, 0, 0, NULL },
	{ "distillation_alpha", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "distillation_mode", PROFILE_STR, false, 0, 0, NULL },
	{ "distillation_topk", PROFILE_INT, true, 0, 0, NULL },
	{ "distillation_is_clip", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "distillation_add_tail", PROFILE_BOOL, false, 0, 0, NULL },
	{ "distillation_weight", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "teacher_model_kind", PROFILE_STR, false, 0, 0, NULL },
	{ "teacher_update_rate", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "teacher_sync_steps", PROFILE_INT, false, 0, 0, NULL },
	{ "max_reprompt_len", PROFILE_INT, false, 0, 0, NULL },
	{ "use_successful_as_teacher", PROFILE_BOOL, false, 0, 0, NULL },
	{ "success_reward_threshold", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "reprompt_template", PROFILE_STR, false, 0, 0, NULL },
	{ "solution_template", PROFILE_STR, false, 0, 0, NULL },
	{ "feedback_template", PROFILE_STR, false, 0, 0, NULL },
	{ "include_environment_feedback", PROFILE_BOOL, false, 0, 0, NULL },
	{ "environment_feedback_only_without_solution", PROFILE_BOOL, false,
	  0, 0, NULL },
	{ "remove_thinking_from_demonstration", PROFILE_BOOL, false,
	  0, 0, NULL },
	{ "diagnostics_warning_interval", PROFILE_INT, false, 0, 0, NULL },
	{ "diagnostics_flat_tolerance", PROFILE_FLOAT, false, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/*
 * ServerDistillationConfig(DistillationConfig):
 * trl/experimental/server_distillation/server_distillation_config.py
 */
static const struct profile_key trl_serverdistillation[] = {
	{ "teacher_model_server_url", PROFILE_STR, true, 0, 0, NULL },
	{ "loss_top_k", PROFILE_INT, false, 0, 0, NULL },
	{ "loss_add_tail", PROFILE_BOOL, false, 0, 0, NULL },
	{ "reverse_kl_top_1_mode", PROFILE_STR, false, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* SSDConfig(_BaseConfig): trl/experimental/ssd/ssd_config.py */
static const struct profile_key trl_ssd[] = {
	{ "model_init_kwargs", PROFILE_DICT, true, 0, 0, NULL },
	{ "trust_remote_code", PROFILE_BOOL, false, 0, 0, NULL },
	{ "max_prompt_length", PROFILE_INT, true, 0, 0, NULL },
	{ "max_completion_length", PROFILE_INT, true, 0, 0, NULL },
	{ "generation_batch_size", PROFILE_INT, true, 0, 0, NULL },
	{ "steps_per_generation", PROFILE_INT, true, 0, 0, NULL },
	{ "temperature", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "top_k", PROFILE_INT, false, 0, 0, NULL },
	{ "top_p", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "min_p", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "repetition_penalty", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "generation_kwargs", PROFILE_DICT, true, 0, 0, NULL },
	{ "cache_implementation", PROFILE_STR, true, 0, 0, NULL },
	{ "chat_template_kwargs", PROFILE_DICT, true, 0, 0, NULL },
	{ "use_vllm", PROFILE_BOOL, false, 0, 0, NULL },
	{ "vllm_mode", PROFILE_STR, false, 0, 0, NULL },
	{ "vllm_model_impl", PROFILE_STR, false, 0, 0, NULL },
	{ "vllm_server_base_url", PROFILE_STR, true, 0, 0, NULL },
	{ "vllm_server_host", PROFILE_STR, false, 0, 0, NULL },
	{ "vllm_server_port", PROFILE_INT, false, 0, 0, NULL },
	{ "vllm_server_timeout", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "vllm_group_port", PROFILE_INT, false, 0, 0, NULL },
	{ "vllm_tensor_parallel_size", PROFILE_INT, false, 0, 0, NULL },
	{ "vllm_gpu_memory_utilization", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "vllm_max_model_length", PROFILE_INT, true, 0, 0, NULL },
	{ "vllm_enable_sleep_mode", PROFILE_BOOL, false, 0, 0, NULL },
	{ "disable_dropout", PROFILE_BOOL, false, 0, 0, NULL },
	{ "filter_empty", PROFILE_BOOL, false, 0, 0, NULL },
	{ "num_iterations", PROFILE_INT, false, 0, 0, NULL },
	{ "shuffle_dataset", PROFILE_BOOL, false, 0, 0, NULL },
	{ "ds3_gather_for_generation", PROFILE_BOOL, false, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* TPOConfig(_BaseConfig): trl/experimental/tpo/tpo_config.py */
static const struct profile_key trl_tpo[] = {
	{ "model_init_kwargs", PROFILE_DICT_OR_STR, true, 0, 0, NULL },
	{ "trust_remote_code", PROFILE_BOOL, false, 0, 0, NULL },
	{ "disable_dropout", PROFILE_BOOL, false, 0, 0, NULL },
	{ "dataset_num_proc", PROFILE_INT, true, 0, 0, NULL },
	{ "max_length", PROFILE_INT, true, 0, 0, NULL },
	{ "truncation_mode", PROFILE_STR, false, 0, 0, NULL },
	{ "pad_to_multiple_of", PROFILE_INT, true, 0, 0, NULL },
	{ "loss_type", PROFILE_STR, false, 0, 0, NULL },
	{ "beta", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "label_smoothing", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "tpo_alpha", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "tpo_l_gamma", PROFILE_FLOAT, false, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* XPOConfig(OnlineDPOConfig): trl/experimental/xpo/xpo_config.py */
static const struct profile_key trl_xpo[] = {
	{ "alpha", PROFILE_LIST, false, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* override _BaseConfig logging_steps = 10 */
/* override _BaseConfig gradient_checkpointing = True */
/* override _BaseConfig bf16 = None */
/* override DPOConfig learning_rate = 1e-6 */
/* override GRPOConfig learning_rate = 1e-6 */
/* override GRPOConfig remove_unused_columns = False */
/* override KTOConfig learning_rate = 1e-6 */
/* override KTOConfig train_sampling_strategy = "sequential" */
/* override RewardConfig learning_rate = 1e-4 */
/* override RLOOConfig learning_rate = 1e-6 */
/* override RLOOConfig remove_unused_columns = False */
/* override SFTConfig learning_rate = 2e-5 */
/* override A2POConfig remove_unused_columns = False */
/* override AsyncGRPOConfig learning_rate = 1e-6 */
/* override AsyncGRPOConfig logging_steps = 1 */
/* override AsyncGRPOConfig lr_scheduler_type = "constant" */
/* override BCOConfig learning_rate = 5e-7 */
/* override CPOConfig learning_rate = 1e-6 */
/* override DistillationConfig learning_rate = 1e-6 */
/* override GOLDConfig learning_rate = 1e-7 */
/* override IWOPDConfig learning_rate = 1e-6 */
/* override OnlineDPOConfig learning_rate = 5e-7 */
/* override OnlineDPOConfig remove_unused_columns = False */
/* override ORPOConfig learning_rate = 1e-6 */
/* override PPOConfig learning_rate = 3e-6 */
/* override PRMConfig learning_rate = 1e-5 */
/* override SDFTConfig remove_unused_columns = False */
/* override SDPOConfig remove_unused_columns = False */
/* override TPOConfig learning_rate = 5e-7 */
/*
 * What the trl command hands to accelerate launch (trl/cli/
 * accelerate_config.py; accelerate's src/accelerate/commands/launch.py at
 * 16cb6eb8): the launcher's options a config file is documented to hold.
 */
static const struct profile_key trl_launch[] = {
	{ "accelerate_config", PROFILE_STR, false, 0, 0, NULL },
	{ "config_file", PROFILE_STR, false, 0, 0, NULL },
	{ "num_processes", PROFILE_INT, false, 0, 0, NULL },
	{ "num_machines", PROFILE_INT, false, 0, 0, NULL },
	{ "machine_rank", PROFILE_INT, false, 0, 0, NULL },
	{ "main_process_ip", PROFILE_STR, false, 0, 0, NULL },
	{ "main_process_port", PROFILE_INT, false, 0, 0, NULL },
	{ "mixed_precision", PROFILE_STR, false, 0, 0, NULL },
	{ "multi_gpu", PROFILE_BOOL, false, 0, 0, NULL },
	{ "cpu", PROFILE_BOOL, false, 0, 0, NULL },
	{ "gpu_ids", PROFILE_STR, false, 0, 0, NULL },
	{ "use_deepspeed", PROFILE_BOOL, false, 0, 0, NULL },
	{ "use_fsdp", PROFILE_BOOL, false, 0, 0, NULL },
	{ "dynamo_backend", PROFILE_STR, false, 0, 0, NULL },
	{ "zero_stage", PROFILE_INT, false, 0, 0, NULL },
	{ "deepspeed_config_file", PROFILE_STR, false, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

const struct profile_keyset trl_set_script = {
	"ScriptArguments", "trl/scripts/utils.py", trl_script, NULL,
};
const struct profile_keyset trl_set_script_grpo = {
	"GRPOScriptArguments", "trl/scripts/grpo.py", trl_script_grpo, NULL,
};
static const struct profile_keyset trl_set_script_rloo = {
	"RLOOScriptArguments", "trl/scripts/rloo.py", trl_script_rloo, NULL,
};
const struct profile_keyset trl_set_mixture = {
	"DatasetMixtureConfig", "trl/scripts/utils.py", trl_mixture, NULL,
};
const struct profile_keyset trl_set_launch = {
	"accelerate launch", "trl/cli/accelerate_launcher.py", trl_launch, NULL,
};
static const struct profile_keyset trl_set_a2po = {
	"A2POConfig", "trl/experimental/a2po/a2po_config.py", trl_a2po, NULL,
};
static const struct profile_keyset trl_set_asyncgrpo = {
	"AsyncGRPOConfig",
	"trl/experimental/async_grpo/async_grpo_config.py",
	trl_asyncgrpo, NULL,
};
static const struct profile_keyset trl_set_bco = {
	"BCOConfig", "trl/experimental/bco/bco_config.py", trl_bco, NULL,
};
static const struct profile_keyset trl_set_distillation = {
	"DistillationConfig",
	"trl/experimental/distillation/distillation_config.py",
	trl_distillation, NULL,
};
static const struct profile_keyset trl_set_gkd = {
	"GKDConfig", "trl/experimental/gkd/gkd_config.py", trl_gkd, NULL,
};
static const struct profile_keyset trl_set_gmpo = {
	"GMPOConfig", "trl/experimental/gmpo/gmpo_config.py", trl_gmpo, NULL,
};
static const struct profile_keyset trl_set_gold = {
	"GOLDConfig", "trl/experimental/gold/gold_config.py", trl_gold, NULL,
};
static const struct profile_keyset trl_set_grpowithreplaybuffer = {
	"GRPOWithReplayBufferConfig",
	"trl/experimental/grpo_with_replay_buffer/"
	    "grpo_with_replay_buffer_config.py",
	trl_grpowithreplaybuffer, NULL,
};
static const struct profile_keyset trl_set_iwopd = {
	"IWOPDConfig",
	"trl/experimental/iw_opd/iw_opd_config.py",
	trl_iwopd, NULL,
};
static const struct profile_keyset trl_set_minillm = {
	"MiniLLMConfig",
	"trl/experimental/minillm/minillm_config.py",
	trl_minillm, NULL,
};
static const struct profile_keyset trl_set_nashmd = {
	"NashMDConfig",
	"trl/experimental/nash_md/nash_md_config.py",
	trl_nashmd, NULL,
};
static const struct profile_keyset trl_set_onlinedpo = {
	"OnlineDPOConfig",
	"trl/experimental/online_dpo/online_dpo_config.py",
	trl_onlinedpo, NULL,
};
static const struct profile_keyset trl_set_ppo = {
	"PPOConfig", "trl/experimental/ppo/ppo_config.py", trl_ppo, NULL,
};
static const struct profile_keyset trl_set_prm = {
	"PRMConfig", "trl/experimental/prm/prm_config.py", trl_prm, NULL,
};
static const struct profile_keyset trl_set_sdft = {
	"SDFTConfig", "trl/experimental/sdft/sdft_config.py", trl_sdft, NULL,
};
static const struct profile_keyset trl_set_sdpo = {
	"SDPOConfig", "trl/experimental/sdpo/sdpo_config.py", trl_sdpo, NULL,
};
static const struct profile_keyset trl_set_serverdistillation = {
	"ServerDistillationConfig",
	"trl/experimental/server_distillation/server_distillation_config.py",
	trl_serverdistillation, NULL,
};
static const struct profile_keyset trl_set_ssd = {
	"SSDConfig", "trl/experimental/ssd/ssd_config.py", trl_ssd, NULL,
};
static const struct profile_keyset trl_set_tpo = {
	"TPOConfig", "trl/experimental/tpo/tpo_config.py", trl_tpo, NULL,
};
static const struct profile_keyset trl_set_xpo = {
	"XPOConfig", "trl/experimental/xpo/xpo_config.py", trl_xpo, NULL,
};
const struct profile_keyset trl_set_sft = {
	"SFTConfig", "trl/trainer/sft_config.py", trl_sft, NULL,
};
const struct profile_keyset trl_set_dpo = {
	"DPOConfig", "trl/trainer/dpo_config.py", trl_dpo, NULL,
};
const struct profile_keyset trl_set_grpo = {
	"GRPOConfig", "trl/trainer/grpo_config.py", trl_grpo, NULL,
};
static const struct profile_keyset trl_set_rloo = {
	"RLOOConfig", "trl/trainer/utils.py", trl_rloo, NULL,
};
static const struct profile_keyset trl_set_kto = {
	"KTOConfig", "trl/trainer/kto_config.py", trl_kto, NULL,
};
static const struct profile_keyset trl_set_reward = {
	"RewardConfig", "trl/trainer/reward_config.py", trl_reward, NULL,
};
const struct profile_keyset trl_set_orpo = {
	"ORPOConfig", "trl/trainer/orpo_config.py", trl_orpo, NULL,
};
static const struct profile_keyset trl_set_cpo = {
	"CPOConfig", "trl/trainer/cpo_config.py", trl_cpo, NULL,
};
const struct profile_keyset trl_set_model = {
	"ModelConfig", "trl/trainer/model_config.py", trl_model, NULL,
};

/* _BaseConfig (trl/trainer/base_config.py): every trainer's changes. */
#define TRL_BASE_DEFAULTS \
	{ "logging_steps", "10", FV(0, 19, 0), 0 }, \
	{ "bf16", "null", FV(0, 19, 0), 0 }, \
	{ "gradient_checkpointing", "true", FV(0, 22, 0), 0 }

/* The tags of huggingface/trl from v0.14.0 (release candidates left out). */
static const int trl_releases[] = {
	FV(0, 14, 0), FV(0, 15, 0), FV(0, 15, 1), FV(0, 15, 2), FV(0, 16, 0),
	FV(0, 16, 1), FV(0, 17, 0), FV(0, 18, 0), FV(0, 18, 1), FV(0, 18, 2),
	FV(0, 19, 0), FV(0, 19, 1), FV(0, 20, 0), FV(0, 21, 0), FV(0, 22, 0),
	FV(0, 22, 1), FV(0, 22, 2), FV(0, 23, 0), FV(0, 23, 1), FV(0, 24, 0),
	FV(0, 25, 0), FV(0, 25, 1), FV(0, 26, 0), FV(0, 26, 1), FV(0, 26, 2),
	FV(0, 27, 0), FV(0, 27, 1), FV(0, 27, 2), FV(0, 28, 0), FV(0, 29, 0),
	FV(0, 29, 1), FV(1, 0, 0), FV(1, 1, 0), FV(1, 2, 0), FV(1, 3, 0),
	FV(1, 4, 0), FV(1, 5, 0), FV(1, 5, 1), FV(1, 6, 0), FV(1, 7, 0),
	FV(1, 7, 1), FV(1, 8, 0), FV(1, 9, 0),
	0,
};

const struct profile_framework profile_trl_framework = {
	.name = "trl",
	.title = "TRL",
	.repo = "huggingface/trl",
	.releases = trl_releases,
	.typing = PROFILE_TYPING_ARGPARSE,
	.unknown = PROFILE_UNKNOWN_RAISES,
	/* trl/scripts/utils.py: fail_with_unknown_args came in v0.19.0 */
	.unknown_since = FV(0, 19, 0),
	.unknown_says = "TrlParser raises 'Unknown arguments from config "
	    "file'; the trl command hands it to accelerate launch, which "
	    "refuses an option it does not have",
	.unknown_before_says = "TrlParser before 0.19.0 drops it without "
	    "a word, so the setting has no effect",
};

static const struct profile_keyset *const trl_sets_sft[] = {
	&trl_set_sft, &trl_set_script, &trl_set_model, &trl_set_mixture,
	&trl_set_launch, NULL,
};
const struct profile_default trl_defaults_sft[] = {
	TRL_BASE_DEFAULTS,
	{ "learning_rate", "2e-05", 0, 0 },
	{ "average_tokens_across_devices", "true", FV(0, 19, 0), FV(0, 23, 0) },
	{ NULL, NULL, 0, 0 },
};
static const struct profile profile_trl_sft = {
	.name = "trl-sft",
	.fw = &profile_trl_framework,
	.class_name = "SFTConfig",
	.cls = SCHEMA_CLASS_TRAINING,
	.sets = trl_sets_sft,
	.defaults = trl_defaults_sft,
	.manual = false,
	.prepare = profile_trl_prepare,
	.rules = profile_trl_rules,
	.doc = "trl sft, SFTTrainer",
};

static const struct profile_keyset *const trl_sets_dpo[] = {
	&trl_set_dpo, &trl_set_script, &trl_set_model, &trl_set_mixture,
	&trl_set_launch, NULL,
};
const struct profile_default trl_defaults_dpo[] = {
	TRL_BASE_DEFAULTS,
	{ "learning_rate", "1e-06", 0, 0 },
	{ NULL, NULL, 0, 0 },
};
static const struct profile profile_trl_dpo = {
	.name = "trl-dpo",
	.fw = &profile_trl_framework,
	.class_name = "DPOConfig",
	.cls = SCHEMA_CLASS_TRAINING,
	.sets = trl_sets_dpo,
	.defaults = trl_defaults_dpo,
	.manual = false,
	.prepare = profile_trl_prepare,
	.rules = profile_trl_rules,
	.doc = "trl dpo, DPOTrainer",
};

static const struct profile_keyset *const trl_sets_grpo[] = {
	&trl_set_grpo, &trl_set_script, &trl_set_script_grpo, &trl_set_model,
	&trl_set_mixture, &trl_set_launch, NULL,
};
const struct profile_default trl_defaults_grpo[] = {
	TRL_BASE_DEFAULTS,
	{ "learning_rate", "1e-06", 0, 0 },
	{ "remove_unused_columns", "false", 0, 0 },
	{ NULL, NULL, 0, 0 },
};
static const struct profile profile_trl_grpo = {
	.name = "trl-grpo",
	.fw = &profile_trl_framework,
	.class_name = "GRPOConfig",
	.cls = SCHEMA_CLASS_TRAINING,
	.sets = trl_sets_grpo,
	.defaults = trl_defaults_grpo,
	.manual = false,
	.prepare = profile_trl_prepare,
	.rules = profile_trl_rules,
	.doc = "trl grpo, GRPOTrainer",
};

static const struct profile_keyset *const trl_sets_rloo[] = {
	&trl_set_rloo, &trl_set_script, &trl_set_script_rloo, &trl_set_model,
	&trl_set_mixture, &trl_set_launch, NULL,
};
static const struct profile_default trl_defaults_rloo[] = {
	TRL_BASE_DEFAULTS,
	{ "learning_rate", "1e-06", FV(0, 22, 0), 0 },
	{ "remove_unused_columns", "false", FV(0, 22, 0), 0 },
	{ NULL, NULL, 0, 0 },
};
static const struct profile profile_trl_rloo = {
	.name = "trl-rloo",
	.fw = &profile_trl_framework,
	.class_name = "RLOOConfig",
	.cls = SCHEMA_CLASS_TRAINING,
	.sets = trl_sets_rloo,
	.defaults = trl_defaults_rloo,
	.manual = false,
	.prepare = profile_trl_prepare,
	.rules = profile_trl_rules,
	.doc = "trl rloo, RLOOTrainer",
};

static const struct profile_keyset *const trl_sets_kto[] = {
	&trl_set_kto, &trl_set_script, &trl_set_model, &trl_set_mixture,
	&trl_set_launch, NULL,
};
static const struct profile_default trl_defaults_kto[] = {
	TRL_BASE_DEFAULTS,
	{ "learning_rate", "1e-06", 0, 0 },
	{ "train_sampling_strategy", "\"sequential\"", FV(1, 6, 0), 0 },
	{ NULL, NULL, 0, 0 },
};
static const struct profile profile_trl_kto = {
	.name = "trl-kto",
	.fw = &profile_trl_framework,
	.class_name = "KTOConfig",
	.cls = SCHEMA_CLASS_TRAINING,
	.sets = trl_sets_kto,
	.defaults = trl_defaults_kto,
	.manual = false,
	.prepare = profile_trl_prepare,
	.rules = profile_trl_rules,
	.doc = "trl kto, KTOTrainer",
};

static const struct profile_keyset *const trl_sets_reward[] = {
	&trl_set_reward, &trl_set_script, &trl_set_model, &trl_set_mixture,
	&trl_set_launch, NULL,
};
static const struct profile_default trl_defaults_reward[] = {
	TRL_BASE_DEFAULTS,
	{ "learning_rate", "0.0001", FV(0, 24, 0), 0 },
	{ "remove_unused_columns", "false", 0, FV(0, 24, 0) },
	{ "average_tokens_across_devices", "true", FV(0, 19, 0), FV(0, 23, 0) },
	{ NULL, NULL, 0, 0 },
};
static const struct profile profile_trl_reward = {
	.name = "trl-reward",
	.fw = &profile_trl_framework,
	.class_name = "RewardConfig",
	.cls = SCHEMA_CLASS_TRAINING,
	.sets = trl_sets_reward,
	.defaults = trl_defaults_reward,
	.manual = false,
	.prepare = profile_trl_prepare,
	.rules = profile_trl_rules,
	.doc = "trl reward, RewardTrainer",
};

static const struct profile_keyset *const trl_sets_a2po[] = {
	&trl_set_a2po, &trl_set_script, &trl_set_model, &trl_set_mixture,
	&trl_set_launch, NULL,
};
static const struct profile_default trl_defaults_a2po[] = {
	TRL_BASE_DEFAULTS,
	{ "remove_unused_columns", "false", 0, 0 },
	{ NULL, NULL, 0, 0 },
};
static const struct profile profile_trl_a2po = {
	.name = "trl-a2po",
	.fw = &profile_trl_framework,
	.class_name = "A2POConfig",
	.cls = SCHEMA_CLASS_TRAINING,
	.sets = trl_sets_a2po,
	.defaults = trl_defaults_a2po,
	.manual = true,
	.prepare = profile_trl_prepare,
	.rules = profile_trl_rules,
	.doc = "trl.experimental A2POTrainer",
};

static const struct profile_keyset *const trl_sets_async_grpo[] = {
	&trl_set_asyncgrpo, &trl_set_script, &trl_set_script_grpo,
	&trl_set_model, &trl_set_mixture, &trl_set_launch, NULL,
};
static const struct profile_default trl_defaults_async_grpo[] = {
	TRL_BASE_DEFAULTS,
	{ "learning_rate", "1e-06", 0, 0 },
	{ "logging_steps", "1", 0, 0 },
	{ "lr_scheduler_type", "\"constant\"", 0, 0 },
	{ NULL, NULL, 0, 0 },
};
static const struct profile profile_trl_async_grpo = {
	.name = "trl-async-grpo",
	.fw = &profile_trl_framework,
	.class_name = "AsyncGRPOConfig",
	.cls = SCHEMA_CLASS_TRAINING,
	.sets = trl_sets_async_grpo,
	.defaults = trl_defaults_async_grpo,
	.manual = true,
	.prepare = profile_trl_prepare,
	.rules = profile_trl_rules,
	.doc = "trl.experimental AsyncGRPOTrainer",
};

static const struct profile_keyset *const trl_sets_bco[] = {
	&trl_set_bco, &trl_set_script, &trl_set_model, &trl_set_mixture,
	&trl_set_launch, NULL,
};
static const struct profile_default trl_defaults_bco[] = {
	TRL_BASE_DEFAULTS,
	{ "learning_rate", "5e-07", 0, 0 },
	{ NULL, NULL, 0, 0 },
};
static const struct profile profile_trl_bco = {
	.name = "trl-bco",
	.fw = &profile_trl_framework,
	.class_name = "BCOConfig",
	.cls = SCHEMA_CLASS_TRAINING,
	.sets = trl_sets_bco,
	.defaults = trl_defaults_bco,
	.manual = true,
	.prepare = profile_trl_prepare,
	.rules = profile_trl_rules,
	.doc = "trl.experimental BCOTrainer",
};

static const struct profile_keyset *const trl_sets_cpo[] = {
	&trl_set_cpo, &trl_set_script, &trl_set_model, &trl_set_mixture,
	&trl_set_launch, NULL,
};
static const struct profile_default trl_defaults_cpo[] = {
	TRL_BASE_DEFAULTS,
	{ "learning_rate", "1e-06", 0, 0 },
	{ NULL, NULL, 0, 0 },
};
static const struct profile profile_trl_cpo = {
	.name = "trl-cpo",
	.fw = &profile_trl_framework,
	.class_name = "CPOConfig",
	.cls = SCHEMA_CLASS_TRAINING,
	.sets = trl_sets_cpo,
	.defaults = trl_defaults_cpo,
	.manual = true,
	.prepare = profile_trl_prepare,
	.rules = profile_trl_rules,
	.doc = "trl.experimental CPOTrainer",
};

static const struct profile_keyset *const trl_sets_distillation[] = {
	&trl_set_distillation, &trl_set_script, &trl_set_model,
	&trl_set_mixture, &trl_set_launch, NULL,
};
static const struct profile_default trl_defaults_distillation[] = {
	TRL_BASE_DEFAULTS,
	{ "learning_rate", "1e-06", 0, 0 },
	{ NULL, NULL, 0, 0 },
};
static const struct profile profile_trl_distillation = {
	.name = "trl-distillation",
	.fw = &profile_trl_framework,
	.class_name = "DistillationConfig",
	.cls = SCHEMA_CLASS_TRAINING,
	.sets = trl_sets_distillation,
	.defaults = trl_defaults_distillation,
	.manual = true,
	.prepare = profile_trl_prepare,
	.rules = profile_trl_rules,
	.doc = "trl.experimental DistillationTrainer",
};

static const struct profile_keyset *const trl_sets_gkd[] = {
	&trl_set_gkd, &trl_set_sft, &trl_set_script, &trl_set_model,
	&trl_set_mixture, &trl_set_launch, NULL,
};
static const struct profile_default trl_defaults_gkd[] = {
	TRL_BASE_DEFAULTS,
	{ "learning_rate", "2e-05", 0, 0 },
	{ NULL, NULL, 0, 0 },
};
static const struct profile profile_trl_gkd = {
	.name = "trl-gkd",
	.fw = &profile_trl_framework,
	.class_name = "GKDConfig",
	.cls = SCHEMA_CLASS_TRAINING,
	.sets = trl_sets_gkd,
	.defaults = trl_defaults_gkd,
	.manual = true,
	.prepare = profile_trl_prepare,
	.rules = profile_trl_rules,
	.doc = "trl.experimental GKDTrainer (SFTConfig and its own)",
};

static const struct profile_keyset *const trl_sets_gmpo[] = {
	&trl_set_gmpo, &trl_set_grpo, &trl_set_script, &trl_set_script_grpo,
	&trl_set_model, &trl_set_mixture, &trl_set_launch, NULL,
};
static const struct profile_default trl_defaults_gmpo[] = {
	TRL_BASE_DEFAULTS,
	{ "learning_rate", "1e-06", 0, 0 },
	{ "remove_unused_columns", "false", 0, 0 },
	{ NULL, NULL, 0, 0 },
};
static const struct profile profile_trl_gmpo = {
	.name = "trl-gmpo",
	.fw = &profile_trl_framework,
	.class_name = "GMPOConfig",
	.cls = SCHEMA_CLASS_TRAINING,
	.sets = trl_sets_gmpo,
	.defaults = trl_defaults_gmpo,
	.manual = true,
	.prepare = profile_trl_prepare,
	.rules = profile_trl_rules,
	.doc = "trl.experimental GMPOTrainer (GRPOConfig and its own)",
};

static const struct profile_keyset *const trl_sets_gold[] = {
	&trl_set_gold, &trl_set_sft, &trl_set_script, &trl_set_model,
	&trl_set_mixture, &trl_set_launch, NULL,
};
static const struct profile_default trl_defaults_gold[] = {
	TRL_BASE_DEFAULTS,
	{ "learning_rate", "1e-07", 0, 0 },
	{ NULL, NULL, 0, 0 },
};
static const struct profile profile_trl_gold = {
	.name = "trl-gold",
	.fw = &profile_trl_framework,
	.class_name = "GOLDConfig",
	.cls = SCHEMA_CLASS_TRAINING,
	.sets = trl_sets_gold,
	.defaults = trl_defaults_gold,
	.manual = true,
	.prepare = profile_trl_prepare,
	.rules = profile_trl_rules,
	.doc = "trl.experimental GOLDTrainer (SFTConfig and its own)",
};

static const struct profile_keyset *const trl_sets_grpo_replay[] = {
	&trl_set_grpowithreplaybuffer, &trl_set_grpo, &trl_set_script,
	&trl_set_script_grpo, &trl_set_model, &trl_set_mixture, &trl_set_launch,
	NULL,
};
static const struct profile_default trl_defaults_grpo_replay[] = {
	TRL_BASE_DEFAULTS,
	{ "learning_rate", "1e-06", 0, 0 },
	{ "remove_unused_columns", "false", 0, 0 },
	{ NULL, NULL, 0, 0 },
};
static const struct profile profile_trl_grpo_replay = {
	.name = "trl-grpo-replay",
	.fw = &profile_trl_framework,
	.class_name = "GRPOWithReplayBufferConfig",
	.cls = SCHEMA_CLASS_TRAINING,
	.sets = trl_sets_grpo_replay,
	.defaults = trl_defaults_grpo_replay,
	.manual = true,
	.prepare = profile_trl_prepare,
	.rules = profile_trl_rules,
	.doc = "trl.experimental GRPOWithReplayBufferTrainer",
};

static const struct profile_keyset *const trl_sets_iw_opd[] = {
	&trl_set_iwopd, &trl_set_script, &trl_set_model, &trl_set_mixture,
	&trl_set_launch, NULL,
};
static const struct profile_default trl_defaults_iw_opd[] = {
	TRL_BASE_DEFAULTS,
	{ "learning_rate", "1e-06", 0, 0 },
	{ NULL, NULL, 0, 0 },
};
static const struct profile profile_trl_iw_opd = {
	.name = "trl-iw-opd",
	.fw = &profile_trl_framework,
	.class_name = "IWOPDConfig",
	.cls = SCHEMA_CLASS_TRAINING,
	.sets = trl_sets_iw_opd,
	.defaults = trl_defaults_iw_opd,
	.manual = true,
	.prepare = profile_trl_prepare,
	.rules = profile_trl_rules,
	.doc = "trl.experimental IWOPDTrainer",
};

static const struct profile_keyset *const trl_sets_minillm[] = {
	&trl_set_minillm, &trl_set_grpo, &trl_set_script, &trl_set_script_grpo,
	&trl_set_model, &trl_set_mixture, &trl_set_launch, NULL,
};
static const struct profile_default trl_defaults_minillm[] = {
	TRL_BASE_DEFAULTS,
	{ "learning_rate", "1e-06", 0, 0 },
	{ "remove_unused_columns", "false", 0, 0 },
	{ NULL, NULL, 0, 0 },
};
static const struct profile profile_trl_minillm = {
	.name = "trl-minillm",
	.fw = &profile_trl_framework,
	.class_name = "MiniLLMConfig",
	.cls = SCHEMA_CLASS_TRAINING,
	.sets = trl_sets_minillm,
	.defaults = trl_defaults_minillm,
	.manual = true,
	.prepare = profile_trl_prepare,
	.rules = profile_trl_rules,
	.doc = "trl.experimental MiniLLMTrainer",
};

static const struct profile_keyset *const trl_sets_nash_md[] = {
	&trl_set_nashmd, &trl_set_onlinedpo, &trl_set_script, &trl_set_model,
	&trl_set_mixture, &trl_set_launch, NULL,
};
static const struct profile_default trl_defaults_nash_md[] = {
	TRL_BASE_DEFAULTS,
	{ "learning_rate", "5e-07", 0, 0 },
	{ "remove_unused_columns", "false", 0, 0 },
	{ NULL, NULL, 0, 0 },
};
static const struct profile profile_trl_nash_md = {
	.name = "trl-nash-md",
	.fw = &profile_trl_framework,
	.class_name = "NashMDConfig",
	.cls = SCHEMA_CLASS_TRAINING,
	.sets = trl_sets_nash_md,
	.defaults = trl_defaults_nash_md,
	.manual = true,
	.prepare = profile_trl_prepare,
	.rules = profile_trl_rules,
	.doc = "trl.experimental NashMDTrainer",
};

static const struct profile_keyset *const trl_sets_online_dpo[] = {
	&trl_set_onlinedpo, &trl_set_script, &trl_set_model, &trl_set_mixture,
	&trl_set_launch, NULL,
};
static const struct profile_default trl_defaults_online_dpo[] = {
	TRL_BASE_DEFAULTS,
	{ "learning_rate", "5e-07", 0, 0 },
	{ "remove_unused_columns", "false", 0, 0 },
	{ NULL, NULL, 0, 0 },
};
static const struct profile profile_trl_online_dpo = {
	.name = "trl-online-dpo",
	.fw = &profile_trl_framework,
	.class_name = "OnlineDPOConfig",
	.cls = SCHEMA_CLASS_TRAINING,
	.sets = trl_sets_online_dpo,
	.defaults = trl_defaults_online_dpo,
	.manual = true,
	.prepare = profile_trl_prepare,
	.rules = profile_trl_rules,
	.doc = "trl.experimental OnlineDPOTrainer",
};

static const struct profile_keyset *const trl_sets_orpo[] = {
	&trl_set_orpo, &trl_set_script, &trl_set_model, &trl_set_mixture,
	&trl_set_launch, NULL,
};
const struct profile_default trl_defaults_orpo[] = {
	TRL_BASE_DEFAULTS,
	{ "learning_rate", "1e-06", 0, 0 },
	{ NULL, NULL, 0, 0 },
};
static const struct profile profile_trl_orpo = {
	.name = "trl-orpo",
	.fw = &profile_trl_framework,
	.class_name = "ORPOConfig",
	.cls = SCHEMA_CLASS_TRAINING,
	.sets = trl_sets_orpo,
	.defaults = trl_defaults_orpo,
	.manual = true,
	.prepare = profile_trl_prepare,
	.rules = profile_trl_rules,
	.doc = "trl.experimental ORPOTrainer",
};

static const struct profile_keyset *const trl_sets_ppo[] = {
	&trl_set_ppo, &trl_set_script, &trl_set_model, &trl_set_mixture,
	&trl_set_launch, NULL,
};
static const struct profile_default trl_defaults_ppo[] = {
	TRL_BASE_DEFAULTS,
	{ "learning_rate", "3e-06", 0, 0 },
	{ NULL, NULL, 0, 0 },
};
static const struct profile profile_trl_ppo = {
	.name = "trl-ppo",
	.fw = &profile_trl_framework,
	.class_name = "PPOConfig",
	.cls = SCHEMA_CLASS_TRAINING,
	.sets = trl_sets_ppo,
	.defaults = trl_defaults_ppo,
	.manual = true,
	.prepare = profile_trl_prepare,
	.rules = profile_trl_rules,
	.doc = "trl.experimental PPOTrainer",
};

static const struct profile_keyset *const trl_sets_prm[] = {
	&trl_set_prm, &trl_set_script, &trl_set_model, &trl_set_mixture,
	&trl_set_launch, NULL,
};
static const struct profile_default trl_defaults_prm[] = {
	TRL_BASE_DEFAULTS,
	{ "learning_rate", "1e-05", 0, 0 },
	{ NULL, NULL, 0, 0 },
};
static const struct profile profile_trl_prm = {
	.name = "trl-prm",
	.fw = &profile_trl_framework,
	.class_name = "PRMConfig",
	.cls = SCHEMA_CLASS_TRAINING,
	.sets = trl_sets_prm,
	.defaults = trl_defaults_prm,
	.manual = true,
	.prepare = profile_trl_prepare,
	.rules = profile_trl_rules,
	.doc = "trl.experimental PRMTrainer",
};

static const struct profile_keyset *const trl_sets_sdft[] = {
	&trl_set_sdft, &trl_set_script, &trl_set_model, &trl_set_mixture,
	&trl_set_launch, NULL,
};
static const struct profile_default trl_defaults_sdft[] = {
	TRL_BASE_DEFAULTS,
	{ "remove_unused_columns", "false", 0, 0 },
	{ NULL, NULL, 0, 0 },
};
static const struct profile profile_trl_sdft = {
	.name = "trl-sdft",
	.fw = &profile_trl_framework,
	.class_name = "SDFTConfig",
	.cls = SCHEMA_CLASS_TRAINING,
	.sets = trl_sets_sdft,
	.defaults = trl_defaults_sdft,
	.manual = true,
	.prepare = profile_trl_prepare,
	.rules = profile_trl_rules,
	.doc = "trl.experimental SDFTTrainer",
};

static const struct profile_keyset *const trl_sets_sdpo[] = {
	&trl_set_sdpo, &trl_set_script, &trl_set_model, &trl_set_mixture,
	&trl_set_launch, NULL,
};
static const struct profile_default trl_defaults_sdpo[] = {
	TRL_BASE_DEFAULTS,
	{ "remove_unused_columns", "false", 0, 0 },
	{ NULL, NULL, 0, 0 },
};
static const struct profile profile_trl_sdpo = {
	.name = "trl-sdpo",
	.fw = &profile_trl_framework,
	.class_name = "SDPOConfig",
	.cls = SCHEMA_CLASS_TRAINING,
	.sets = trl_sets_sdpo,
	.defaults = trl_defaults_sdpo,
	.manual = true,
	.prepare = profile_trl_prepare,
	.rules = profile_trl_rules,
	.doc = "trl.experimental SDPOTrainer",
};

static const struct profile_keyset *const trl_sets_server_distillation[] = {
	&trl_set_serverdistillation, &trl_set_distillation, &trl_set_script,
	&trl_set_model, &trl_set_mixture, &trl_set_launch, NULL,
};
static const struct profile_default trl_defaults_server_distillation[] = {
	TRL_BASE_DEFAULTS,
	{ "learning_rate", "1e-06", 0, 0 },
	{ NULL, NULL, 0, 0 },
};
static const struct profile profile_trl_server_distillation = {
	.name = "trl-server-distillation",
	.fw = &profile_trl_framework,
	.class_name = "ServerDistillationConfig",
	.cls = SCHEMA_CLASS_TRAINING,
	.sets = trl_sets_server_distillation,
	.defaults = trl_defaults_server_distillation,
	.manual = true,
	.prepare = profile_trl_prepare,
	.rules = profile_trl_rules,
	.doc = "trl.experimental ServerDistillationTrainer",
};

static const struct profile_keyset *const trl_sets_ssd[] = {
	&trl_set_ssd, &trl_set_script, &trl_set_model, &trl_set_mixture,
	&trl_set_launch, NULL,
};
static const struct profile_default trl_defaults_ssd[] = {
	TRL_BASE_DEFAULTS,
	{ NULL, NULL, 0, 0 },
};
static const struct profile profile_trl_ssd = {
	.name = "trl-ssd",
	.fw = &profile_trl_framework,
	.class_name = "SSDConfig",
	.cls = SCHEMA_CLASS_TRAINING,
	.sets = trl_sets_ssd,
	.defaults = trl_defaults_ssd,
	.manual = true,
	.prepare = profile_trl_prepare,
	.rules = profile_trl_rules,
	.doc = "trl.experimental SSDTrainer",
};

static const struct profile_keyset *const trl_sets_tpo[] = {
	&trl_set_tpo, &trl_set_script, &trl_set_model, &trl_set_mixture,
	&trl_set_launch, NULL,
};
static const struct profile_default trl_defaults_tpo[] = {
	TRL_BASE_DEFAULTS,
	{ "learning_rate", "5e-07", 0, 0 },
	{ NULL, NULL, 0, 0 },
};
static const struct profile profile_trl_tpo = {
	.name = "trl-tpo",
	.fw = &profile_trl_framework,
	.class_name = "TPOConfig",
	.cls = SCHEMA_CLASS_TRAINING,
	.sets = trl_sets_tpo,
	.defaults = trl_defaults_tpo,
	.manual = true,
	.prepare = profile_trl_prepare,
	.rules = profile_trl_rules,
	.doc = "trl.experimental TPOTrainer",
};

static const struct profile_keyset *const trl_sets_xpo[] = {
	&trl_set_xpo, &trl_set_onlinedpo, &trl_set_script, &trl_set_model,
	&trl_set_mixture, &trl_set_launch, NULL,
};
static const struct profile_default trl_defaults_xpo[] = {
	TRL_BASE_DEFAULTS,
	{ "learning_rate", "5e-07", 0, 0 },
	{ "remove_unused_columns", "false", 0, 0 },
	{ NULL, NULL, 0, 0 },
};
static const struct profile profile_trl_xpo = {
	.name = "trl-xpo",
	.fw = &profile_trl_framework,
	.class_name = "XPOConfig",
	.cls = SCHEMA_CLASS_TRAINING,
	.sets = trl_sets_xpo,
	.defaults = trl_defaults_xpo,
	.manual = true,
	.prepare = profile_trl_prepare,
	.rules = profile_trl_rules,
	.doc = "trl.experimental XPOTrainer",
};

const struct profile *const profile_trl_table[] = {
	&profile_trl_sft,
	&profile_trl_dpo,
	&profile_trl_grpo,
	&profile_trl_rloo,
	&profile_trl_kto,
	&profile_trl_reward,
	&profile_trl_a2po,
	&profile_trl_async_grpo,
	&profile_trl_bco,
	&profile_trl_cpo,
	&profile_trl_distillation,
	&profile_trl_gkd,
	&profile_trl_gmpo,
	&profile_trl_gold,
	&profile_trl_grpo_replay,
	&profile_trl_iw_opd,
	&profile_trl_minillm,
	&profile_trl_nash_md,
	&profile_trl_online_dpo,
	&profile_trl_orpo,
	&profile_trl_ppo,
	&profile_trl_prm,
	&profile_trl_sdft,
	&profile_trl_sdpo,
	&profile_trl_server_distillation,
	&profile_trl_ssd,
	&profile_trl_tpo,
	&profile_trl_xpo,
	NULL,
};
