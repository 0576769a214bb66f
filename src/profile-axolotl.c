/*
 * profile-axolotl.c: axolotl's `axolotl train` as a profile (data only).
 *
 * Read from axolotl-ai-cloud/axolotl at 067b021c (v0.18.0 and 9 commits):
 * src/axolotl/cli/config.py (load_cfg: yaml.safe_load), src/axolotl/utils/
 * config/__init__.py (validate_config: pydantic v2, extra keys ignored;
 * normalize_config), the schema classes of src/axolotl/utils/schemas/
 * named above each table, src/axolotl/integrations/NAME/args.py (plugin
 * keys), and src/axolotl/core/builders/base.py, causal.py and rl.py (which
 * key becomes which TrainingArguments field, and the defaults the
 * builder passes). The YAML keys are axolotl's, never TrainingArguments'
 * directly: only what profile_axolotl_map lists reaches TrainingArguments.
 */
#include <stddef.h>

#include "targs/profile-rules.h"

/* AxolotlInputConfig (config.py) */
static const struct profile_key axolotl_axolotlinput[] = {
	{ "accelerator_config", PROFILE_DICT, true, 0, 0, NULL },
	{ "activation_offloading", PROFILE_ANY, true, 0, 0, NULL },
	{ "added_tokens_overrides", PROFILE_DICT, true, 0, 0, NULL },
	{ "attn_implementation", PROFILE_STR, true, 0, 0, NULL },
	{ "auto_resume_from_checkpoints", PROFILE_BOOL, true, 0, 0, NULL },
	{ "axolotl_config_path", PROFILE_STR, true, 0, 0, NULL },
	{ "batch_flattening", PROFILE_ANY, true, 0, 0, NULL },
	{ "bench_dataset", PROFILE_STR, true, 0, 0, NULL },
	{ "bench_split", PROFILE_STR, true, 0, 0, NULL },
	{ "bf16", PROFILE_ANY, true, 0, 0, NULL },
	{ "bfloat16", PROFILE_BOOL, true, 0, 0, NULL },
	{ "center_rewards_coefficient", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "chat_template", PROFILE_ANY, true, 0, 0, NULL },
	{ "chat_template_jinja", PROFILE_STR, true, 0, 0, NULL },
	{ "chat_template_kwargs", PROFILE_DICT, true, 0, 0, NULL },
	{ "chunked_cross_entropy", PROFILE_BOOL, true, 0, 0, NULL },
	{ "chunked_cross_entropy_num_chunks", PROFILE_INT, true, 0, 0, NULL },
	{ "context_parallel_size", PROFILE_INT, true, 0, 0, NULL },
	{ "cpo_alpha", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "curriculum_sampling", PROFILE_BOOL, true, 0, 0, NULL },
	{ "dataloader_drop_last", PROFILE_BOOL, true, 0, 0, NULL },
	{ "dataloader_num_workers", PROFILE_INT, true, 0, 0, NULL },
	{ "dataloader_pin_memory", PROFILE_BOOL, true, 0, 0, NULL },
	{ "dataloader_prefetch_factor", PROFILE_INT, true, 0, 0, NULL },
	{ "dataset_exact_deduplication", PROFILE_BOOL, true, 0, 0, NULL },
	{ "dataset_keep_in_memory", PROFILE_BOOL, true, 0, 0, NULL },
	{ "dataset_num_proc", PROFILE_INT, true, 0, 0, NULL },
	{ "dataset_prepared_path", PROFILE_STR, true, 0, 0, NULL },
	{ "dataset_processes", PROFILE_INT, true, 0, 0, NULL },
	{ "dataset_shard_idx", PROFILE_INT, true, 0, 0, NULL },
	{ "dataset_shard_num", PROFILE_INT, true, 0, 0, NULL },
	{ "datasets", PROFILE_ANY, true, 0, 0, NULL },
	{ "ddp", PROFILE_BOOL, true, 0, 0, NULL },
	{ "ddp_broadcast_buffers", PROFILE_BOOL, true, 0, 0, NULL },
	{ "ddp_bucket_cap_mb", PROFILE_INT, true, 0, 0, NULL },
	{ "ddp_find_unused_parameters", PROFILE_BOOL, true, 0, 0, NULL },
	{ "ddp_timeout", PROFILE_INT, true, 0, 0, NULL },
	{ "deepcompile", PROFILE_BOOL, true, 0, 0, NULL },
	{ "deepspeed", PROFILE_DICT_OR_STR, true, 0, 0, NULL },
	{ "default_system_message", PROFILE_STR, true, 0, 0, NULL },
	{ "device", PROFILE_ANY, true, 0, 0, NULL },
	{ "device_map", PROFILE_ANY, true, 0, 0, NULL },
	{ "do_bench_eval", PROFILE_BOOL, true, 0, 0, NULL },
	{ "do_causal_lm_eval", PROFILE_BOOL, true, 0, 0, NULL },
	{ "dp_replicate_size", PROFILE_INT, true, 0, 0, NULL },
	{ "dp_shard_size", PROFILE_INT, true, 0, 0, NULL },
	{ "dpo_label_smoothing", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "dpo_loss_type", PROFILE_ANY, true, 0, 0, NULL },
	{ "dpo_loss_weights", PROFILE_ANY, true, 0, 0, NULL },
	{ "dpo_padding_free", PROFILE_BOOL, true, 0, 0, NULL },
	{ "dpo_use_liger_kernel", PROFILE_BOOL, true, 0, 0, NULL },
	{ "dpo_use_weighting", PROFILE_BOOL, true, 0, 0, NULL },
	{ "dynamic_checkpoint", PROFILE_ANY, true, 0, 0, NULL },
	{ "eaft_alpha", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "eaft_k", PROFILE_INT, true, 0, 0, NULL },
	{ "eager_attention", PROFILE_BOOL, true, 0, 0, NULL },
	{ "early_stopping_patience", PROFILE_INT, true, 0, 0, NULL },
	{ "ebft", PROFILE_ANY, true, 0, 0, NULL },
	{ "embeddings_skip_upcast", PROFILE_BOOL, true, 0, 0, NULL },
	{ "eot_tokens", PROFILE_LIST, true, 0, 0, NULL },
	{ "eval_causal_lm_metrics", PROFILE_LIST, true, 0, 0, NULL },
	{ "eval_sample_packing", PROFILE_BOOL, true, 0, 0, NULL },
	{ "eval_sequence_len", PROFILE_INT, true, 0, 0, NULL },
	{ "eval_steps", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "eval_strategy", PROFILE_STR, true, 0, 0, NULL },
	{ "evals_per_epoch", PROFILE_INT, true, 0, 0, NULL },
	{ "excess_length_strategy", PROFILE_STR, true, 0, 0, NULL },
	{ "experts_implementation", PROFILE_STR, true, 0, 0, NULL },
	{ "fix_untrained_tokens", PROFILE_ANY, true, 0, 0, NULL },
	{ "flash_attention", PROFILE_BOOL, true, 0, 0, NULL },
	{ "flash_attn_cross_entropy", PROFILE_BOOL, true, 0, 0, NULL },
	{ "flash_attn_d512", PROFILE_BOOL, true, 0, 0, NULL },
	{ "flash_attn_fuse_mlp", PROFILE_BOOL, true, 0, 0, NULL },
	{ "flash_optimum", PROFILE_BOOL, true, 0, 0, NULL },
	{ "flex_attention", PROFILE_BOOL, true, 0, 0, NULL },
	{ "flex_attn_compile_kwargs", PROFILE_DICT, true, 0, 0, NULL },
	{ "float16", PROFILE_BOOL, true, 0, 0, NULL },
	{ "float32", PROFILE_BOOL, true, 0, 0, NULL },
	{ "fp16", PROFILE_BOOL, true, 0, 0, NULL },
	{ "fp32_norm_classes", PROFILE_LIST, true, 0, 0, NULL },
	{ "fp32_norms", PROFILE_BOOL, true, 0, 0, NULL },
	{ "fp8", PROFILE_BOOL, true, 0, 0, NULL },
	{ "fp8_enable_fsdp_float8_all_gather", PROFILE_BOOL, true, 0, 0, NULL },
	{ "freeze_mm_modules", PROFILE_BOOL, true, 0, 0, NULL },
	{ "fsdp", PROFILE_LIST, true, 0, 0, NULL },
	{ "fsdp_config", PROFILE_ANY, true, 0, 0, NULL },
	{ "fsdp_final_state_dict_type", PROFILE_STR, true, 0, 0, NULL },
	{ "fsdp_version", PROFILE_INT, true, 0, 0, NULL },
	{ "fused_attn_kernel", PROFILE_BOOL, true, 0, 0, NULL },
	{ "gc_collect_steps", PROFILE_INT, true, 0, 0, NULL },
	{ "gc_steps", PROFILE_INT, true, 0, 0, NULL },
	{ "gemma4_hybrid_attn_impl", PROFILE_BOOL, true, 0, 0, NULL },
	{ "generate_samples", PROFILE_BOOL, true, 0, 0, NULL },
	{ "generation_do_sample", PROFILE_BOOL, true, 0, 0, NULL },
	{ "generation_max_new_tokens", PROFILE_INT, true, 0, 0, NULL },
	{ "generation_prompt_ratio", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "generation_temperature", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "generation_top_k", PROFILE_INT, true, 0, 0, NULL },
	{ "generation_top_p", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "gpu_memory_limit", PROFILE_ANY, true, 0, 0, NULL },
	{ "gradient_checkpointing", PROFILE_ANY, true, 0, 0, NULL },
	{ "gradient_checkpointing_kwargs", PROFILE_DICT, true, 0, 0, NULL },
	{ "greater_is_better", PROFILE_BOOL, true, 0, 0, NULL },
	{ "heads_k_stride", PROFILE_INT, true, 0, 0, NULL },
	{ "hf_use_auth_token", PROFILE_BOOL, true, 0, 0, NULL },
	{ "include_tkps", PROFILE_BOOL, true, 0, 0, NULL },
	{ "include_tokens_per_second", PROFILE_BOOL, true, 0, 0, NULL },
	{ "is_falcon_derived_model", PROFILE_BOOL, true, 0, 0, NULL },
	{ "is_llama_derived_model", PROFILE_BOOL, true, 0, 0, NULL },
	{ "is_mistral_derived_model", PROFILE_BOOL, true, 0, 0, NULL },
	{ "is_preprocess", PROFILE_BOOL, true, 0, 0, NULL },
	{ "is_qwen_derived_model", PROFILE_BOOL, true, 0, 0, NULL },
	{ "kto_desirable_weight", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "kto_undesirable_weight", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "large_head_attention", PROFILE_STR, true, 0, 0, NULL },
	{ "layer_offloading", PROFILE_BOOL, true, 0, 0, NULL },
	{ "llama4_linearized_experts", PROFILE_BOOL, true, 0, 0, NULL },
	{ "load_best_model_at_end", PROFILE_BOOL, true, 0, 0, NULL },
	{ "local_rank", PROFILE_INT, true, 0, 0, NULL },
	{ "logging_steps", PROFILE_INT, true, 0, 0, NULL },
	{ "lora_embedding_kernel", PROFILE_BOOL, true, 0, 0, NULL },
	{ "lora_mlp_kernel", PROFILE_BOOL, true, 0, 0, NULL },
	{ "lora_o_kernel", PROFILE_BOOL, true, 0, 0, NULL },
	{ "lora_qkv_kernel", PROFILE_BOOL, true, 0, 0, NULL },
	{ "loss_watchdog_patience", PROFILE_INT, true, 0, 0, NULL },
	{ "loss_watchdog_threshold", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "low_cpu_mem_usage", PROFILE_BOOL, true, 0, 0, NULL },
	{ "max_memory", PROFILE_ANY, true, 0, 0, NULL },
	{ "max_prompt_len", PROFILE_INT, true, 0, 0, NULL },
	{ "max_steps", PROFILE_INT, true, 0, 0, NULL },
	{ "mean_resizing_embeddings", PROFILE_BOOL, true, 0, 0, NULL },
	{ "metric_for_best_model", PROFILE_STR, true, 0, 0, NULL },
	{ "min_sample_len", PROFILE_INT, true, 0, 0, NULL },
	{ "multipack_real_batches", PROFILE_BOOL, true, 0, 0, NULL },
	{ "neftune_noise_alpha", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "num_dataset_shards_to_save", PROFILE_INT, true, 0, 0, NULL },
	{ "num_generation_samples", PROFILE_INT, true, 0, 0, NULL },
	{ "num_labels", PROFILE_INT, true, 0, 0, NULL },
	{ "orpo_alpha", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "pad_to_multiple_of", PROFILE_INT, true, 0, 0, NULL },
	{ "pad_to_sequence_len", PROFILE_BOOL, true, 0, 0, NULL },
	{ "plugins", PROFILE_LIST, true, 0, 0, NULL },
	{ "pose_max_context_len", PROFILE_INT, true, 0, 0, NULL },
	{ "pose_num_chunks", PROFILE_INT, true, 0, 0, NULL },
	{ "pose_split_on_token_ids", PROFILE_LIST, true, 0, 0, NULL },
	{ "precompute_ref_log_probs", PROFILE_BOOL, true, 0, 0, NULL },
	{ "preprocess_iterable", PROFILE_BOOL, true, 0, 0, NULL },
	{ "pretrain_multipack_attn", PROFILE_BOOL, true, 0, 0, NULL },
	{ "pretrain_multipack_buffer_size", PROFILE_INT, true, 0, 0, NULL },
	{ "pretraining_dataset", PROFILE_ANY, true, 0, 0, NULL },
	{ "pretraining_sample_concatenation", PROFILE_BOOL, true, 0, 0, NULL },
	{ "process_reward_model", PROFILE_BOOL, true, 0, 0, NULL },
	{ "profiler_steps", PROFILE_INT, true, 0, 0, NULL },
	{ "profiler_steps_start", PROFILE_INT, true, 0, 0, NULL },
	{ "push_dataset_to_hub", PROFILE_STR, true, 0, 0, NULL },
	{ "qat", PROFILE_ANY, true, 0, 0, NULL },
	{ "quantization", PROFILE_ANY, true, 0, 0, NULL },
	{ "quantize_moe_experts", PROFILE_BOOL, false, 0, 0, NULL },
	{ "reinit_weights", PROFILE_BOOL, true, 0, 0, NULL },
	{ "remove_unused_columns", PROFILE_BOOL, true, 0, 0, NULL },
	{ "resize_token_embeddings_to_32x", PROFILE_BOOL, true, 0, 0, NULL },
	{ "resume_from_checkpoint", PROFILE_STR, true, 0, 0, NULL },
	{ "reward_model", PROFILE_BOOL, true, 0, 0, NULL },
	{ "ring_attn_func", PROFILE_ANY, true, 0, 0, NULL },
	{ "rl", PROFILE_ANY, true, 0, 0, NULL },
	{ "rl_beta", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "sage_attention", PROFILE_BOOL, true, 0, 0, NULL },
	{ "sample_packing", PROFILE_BOOL, true, 0, 0, NULL },
	{ "sample_packing_bin_size", PROFILE_INT, true, 0, 0, NULL },
	{ "sample_packing_eff_est", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "sample_packing_group_size", PROFILE_INT, true, 0, 0, NULL },
	{ "sample_packing_mp_start_method", PROFILE_STR, true, 0, 0, NULL },
	{ "sample_packing_sequentially", PROFILE_BOOL, true, 0, 0, NULL },
	{ "save_first_step", PROFILE_BOOL, true, 0, 0, NULL },
	{ "save_only_model", PROFILE_BOOL, true, 0, 0, NULL },
	{ "save_steps", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "save_strategy", PROFILE_STR, true, 0, 0, NULL },
	{ "save_total_limit", PROFILE_INT, true, 0, 0, NULL },
	{ "saves_per_epoch", PROFILE_INT, true, 0, 0, NULL },
	{ "scaling_softmax", PROFILE_BOOL, true, 0, 0, NULL },
	{ "scaling_softmax_bias", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "scaling_softmax_factor", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "sdp_attention", PROFILE_BOOL, true, 0, 0, NULL },
	{ "sdpa_varlen", PROFILE_BOOL, true, 0, 0, NULL },
	{ "seed", PROFILE_INT, true, 0, 0, NULL },
	{ "selective_checkpointing", PROFILE_ANY, true, 0, 0, NULL },
	{ "sequence_len", PROFILE_INT, false, 0, 0, NULL },
	{ "sequence_parallel_degree", PROFILE_INT, true, 0, 0, NULL },
	{ "shrink_embeddings", PROFILE_BOOL, true, 0, 0, NULL },
	{ "shuffle_before_merging_datasets", PROFILE_BOOL, true, 0, 0, NULL },
	{ "shuffle_merged_datasets", PROFILE_BOOL, true, 0, 0, NULL },
	{ "simpo_gamma", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "skip_prepare_dataset", PROFILE_BOOL, true, 0, 0, NULL },
	{ "special_tokens", PROFILE_ANY, true, 0, 0, NULL },
	{ "streaming", PROFILE_BOOL, true, 0, 0, NULL },
	{ "streaming_multipack_buffer_size", PROFILE_INT, true, 0, 0, NULL },
	{ "strict", PROFILE_BOOL, true, 0, 0, NULL },
	{ "tensor_parallel_size", PROFILE_INT, true, 0, 0, NULL },
	{ "test_datasets", PROFILE_ANY, true, 0, 0, NULL },
	{ "tf32", PROFILE_ANY, true, 0, 0, NULL },
	{ "tiled_mlp", PROFILE_BOOL, true, 0, 0, NULL },
	{ "tiled_mlp_num_shards", PROFILE_INT, true, 0, 0, NULL },
	{ "tiled_mlp_use_original_mlp", PROFILE_BOOL, true, 0, 0, NULL },
	{ "tokens", PROFILE_LIST, true, 0, 0, NULL },
	{ "torch_compile", PROFILE_ANY, true, 0, 0, NULL },
	{ "torch_compile_backend", PROFILE_STR, true, 0, 0, NULL },
	{ "torch_compile_mode", PROFILE_STR, true, 0, 0, NULL },
	{ "torch_compile_options", PROFILE_ANY, true, 0, 0, NULL },
	{ "torch_empty_cache_steps", PROFILE_INT, true, 0, 0, NULL },
	{ "total_num_tokens", PROFILE_INT, true, 0, 0, NULL },
	{ "total_supervised_tokens", PROFILE_INT, true, 0, 0, NULL },
	{ "trainer_cls", PROFILE_STR, true, 0, 0, NULL },
	{ "trl", PROFILE_ANY, true, 0, 0, NULL },
	{ "unfrozen_parameters", PROFILE_LIST, true, 0, 0, NULL },
	{ "use_eaft", PROFILE_BOOL, true, 0, 0, NULL },
	{ "use_pose", PROFILE_BOOL, true, 0, 0, NULL },
	{ "use_tensorboard", PROFILE_BOOL, true, 0, 0, NULL },
	{ "val_set_size", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "vllm", PROFILE_ANY, true, 0, 0, NULL },
	{ "warmup_ratio", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "warmup_steps", PROFILE_INT, true, 0, 0, NULL },
	{ "world_size", PROFILE_INT, true, 0, 0, NULL },
	{ "xformers_attention", PROFILE_BOOL, true, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* HyperparametersConfig (training.py) */
static const struct profile_key axolotl_hyperparameters[] = {
	{ "adam_beta1", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "adam_beta2", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "adam_beta3", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "adam_epsilon", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "adam_epsilon2", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "auto_find_batch_size", PROFILE_BOOL, true, 0, 0, NULL },
	{ "batch_size", PROFILE_INT, true, 0, 0, NULL },
	{ "cosine_constant_lr_ratio", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "cosine_min_lr_ratio", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "dion_lr", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "dion_momentum", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "dion_rank_fraction", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "dion_rank_multiple_of", PROFILE_INT, true, 0, 0, NULL },
	{ "embedding_lr", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "embedding_lr_scale", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "eval_batch_size", PROFILE_INT, true, 0, 0, NULL },
	{ "gradient_accumulation_steps", PROFILE_INT, true, 0, 0, NULL },
	{ "group_by_length", PROFILE_BOOL, true, 0, 0, NULL },
	{ "learning_rate", PROFILE_ANY, false, 0, 0, NULL },
	{ "lr_div_factor", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "lr_groups", PROFILE_LIST, true, 0, 0, NULL },
	{ "lr_quadratic_warmup", PROFILE_BOOL, true, 0, 0, NULL },
	{ "lr_scheduler", PROFILE_STR, true, 0, 0, NULL },
	{ "lr_scheduler_kwargs", PROFILE_DICT, true, 0, 0, NULL },
	{ "max_grad_norm", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "micro_batch_size", PROFILE_INT, true, 0, 0, NULL },
	{ "num_epochs", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "optim_args", PROFILE_ANY, true, 0, 0, NULL },
	{ "optim_target_modules", PROFILE_ANY, true, 0, 0, NULL },
	{ "optimizer", PROFILE_ANY, true, 0, 0, NULL },
	{ "qgalore_cos_threshold", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "qgalore_gamma_proj", PROFILE_INT, true, 0, 0, NULL },
	{ "qgalore_proj_bits", PROFILE_INT, true, 0, 0, NULL },
	{ "qgalore_proj_group_size", PROFILE_INT, true, 0, 0, NULL },
	{ "qgalore_proj_quant", PROFILE_BOOL, true, 0, 0, NULL },
	{ "qgalore_proj_type", PROFILE_STR, true, 0, 0, NULL },
	{ "qgalore_queue_size", PROFILE_INT, true, 0, 0, NULL },
	{ "qgalore_rank", PROFILE_INT, true, 0, 0, NULL },
	{ "qgalore_scale", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "qgalore_update_proj_gap", PROFILE_INT, true, 0, 0, NULL },
	{ "torchdistx_path", PROFILE_STR, true, 0, 0, NULL },
	{ "train_on_inputs", PROFILE_BOOL, true, 0, 0, NULL },
	{ "weight_decay", PROFILE_FLOAT, true, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* LoraConfig (peft.py) */
static const struct profile_key axolotl_lora[] = {
	{ "adapter", PROFILE_STR, true, 0, 0, NULL },
	{ "bnb_config_kwargs", PROFILE_DICT, true, 0, 0, NULL },
	{ "gptq", PROFILE_BOOL, true, 0, 0, NULL },
	{ "load_in_4bit", PROFILE_BOOL, true, 0, 0, NULL },
	{ "load_in_8bit", PROFILE_BOOL, true, 0, 0, NULL },
	{ "lora_alpha", PROFILE_INT, true, 0, 0, NULL },
	{ "lora_alpha_pattern", PROFILE_DICT, true, 0, 0, NULL },
	{ "lora_dropout", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "lora_fan_in_fan_out", PROFILE_BOOL, true, 0, 0, NULL },
	{ "lora_model_dir", PROFILE_STR, true, 0, 0, NULL },
	{ "lora_modules_to_save", PROFILE_LIST, true, 0, 0, NULL },
	{ "lora_on_cpu", PROFILE_BOOL, true, 0, 0, NULL },
	{ "lora_r", PROFILE_INT, true, 0, 0, NULL },
	{ "lora_rank_pattern", PROFILE_DICT, true, 0, 0, NULL },
	{ "lora_target_linear", PROFILE_BOOL, true, 0, 0, NULL },
	{ "lora_target_modules", PROFILE_STR_OR_LIST, true, 0, 0, NULL },
	{ "lora_target_parameters", PROFILE_STR_OR_LIST, true, 0, 0, NULL },
	{ "loraplus_lr_embedding", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "loraplus_lr_ratio", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "merge_lora", PROFILE_BOOL, true, 0, 0, NULL },
	{ "merge_method", PROFILE_STR, true, 0, 0, NULL },
	{ "peft", PROFILE_ANY, true, 0, 0, NULL },
	{ "peft_autocast_adapter_dtype", PROFILE_BOOL, true, 0, 0, NULL },
	{ "peft_ensure_weight_tying", PROFILE_BOOL, true, 0, 0, NULL },
	{ "peft_init_lora_weights", PROFILE_ANY, true, 0, 0, NULL },
	{ "peft_layer_replication", PROFILE_LIST, true, 0, 0, NULL },
	{ "peft_layers_pattern", PROFILE_LIST, true, 0, 0, NULL },
	{ "peft_layers_to_transform", PROFILE_LIST, true, 0, 0, NULL },
	{ "peft_trainable_token_indices", PROFILE_ANY, true, 0, 0, NULL },
	{ "peft_use_dora", PROFILE_BOOL, true, 0, 0, NULL },
	{ "peft_use_rslora", PROFILE_BOOL, true, 0, 0, NULL },
	{ "qlora_sharded_model_loading", PROFILE_BOOL, true, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* ModelInputConfig (model.py) */
static const struct profile_key axolotl_modelinput[] = {
	{ "base_model", PROFILE_STR, false, 0, 0, NULL },
	{ "base_model_config", PROFILE_STR, true, 0, 0, NULL },
	{ "cls_model_config", PROFILE_STR, true, 0, 0, NULL },
	{ "experimental_skip_move_to_device", PROFILE_BOOL, true, 0, 0, NULL },
	{ "model_quantization_config", PROFILE_STR, true, 0, 0, NULL },
	{ "model_quantization_config_kwargs", PROFILE_DICT, true, 0, 0, NULL },
	{ "processor_kwargs", PROFILE_DICT, true, 0, 0, NULL },
	{ "processor_type", PROFILE_STR, true, 0, 0, NULL },
	{ "tokenizer_config", PROFILE_STR, true, 0, 0, NULL },
	{ "tokenizer_legacy", PROFILE_BOOL, true, 0, 0, NULL },
	{ "tokenizer_save_jinja_files", PROFILE_BOOL, true, 0, 0, NULL },
	{ "tokenizer_type", PROFILE_STR, true, 0, 0, NULL },
	{ "tokenizer_use_fast", PROFILE_BOOL, true, 0, 0, NULL },
	{ "tokenizer_use_mistral_common", PROFILE_BOOL, true, 0, 0, NULL },
	{ "trust_remote_code", PROFILE_BOOL, true, 0, 0, NULL },
	{ "use_kernels", PROFILE_BOOL, true, 0, 0, NULL },
	{ "use_onebitllms", PROFILE_BOOL, true, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* CometConfig (integrations.py) */
static const struct profile_key axolotl_comet[] = {
	{ "comet_api_key", PROFILE_STR, true, 0, 0, NULL },
	{ "comet_experiment_config", PROFILE_DICT, true, 0, 0, NULL },
	{ "comet_experiment_key", PROFILE_STR, true, 0, 0, NULL },
	{ "comet_mode", PROFILE_STR, true, 0, 0, NULL },
	{ "comet_online", PROFILE_BOOL, true, 0, 0, NULL },
	{ "comet_project_name", PROFILE_STR, true, 0, 0, NULL },
	{ "comet_workspace", PROFILE_STR, true, 0, 0, NULL },
	{ "use_comet", PROFILE_BOOL, true, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* DeprecatedParameters (deprecated.py) */
static const struct profile_key axolotl_deprecated[] = {
	{ "dpo_beta", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "dpo_generate_during_eval", PROFILE_BOOL, true, 0, 0, NULL },
	{ "dpo_norm_loss", PROFILE_BOOL, true, 0, 0, NULL },
	{ "dpo_use_logits_to_keep", PROFILE_BOOL, true, 0, 0, NULL },
	{ "eval_max_new_tokens", PROFILE_INT, true, 0, 0, NULL },
	{ "eval_table_size", PROFILE_INT, true, 0, 0, NULL },
	{ "evaluation_strategy", PROFILE_STR, true, 0, 0, NULL },
	{ "flash_attn_rms_norm", PROFILE_BOOL, true, 0, 0, NULL },
	{ "max_packed_sequence_len", PROFILE_INT, true, 0, 0, NULL },
	{ "noisy_embedding_alpha", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "rope_scaling", PROFILE_ANY, true, 0, 0, NULL },
	{ "rpo_alpha", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "s2_attention", PROFILE_BOOL, true, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* GradioConfig (integrations.py) */
static const struct profile_key axolotl_gradio[] = {
	{ "gradio_max_new_tokens", PROFILE_INT, true, 0, 0, NULL },
	{ "gradio_server_name", PROFILE_STR, true, 0, 0, NULL },
	{ "gradio_server_port", PROFILE_INT, true, 0, 0, NULL },
	{ "gradio_share", PROFILE_BOOL, true, 0, 0, NULL },
	{ "gradio_temperature", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "gradio_title", PROFILE_STR, true, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* MLFlowConfig (integrations.py) */
static const struct profile_key axolotl_mlflow[] = {
	{ "hf_mlflow_log_artifacts", PROFILE_BOOL, true, 0, 0, NULL },
	{ "mlflow_experiment_name", PROFILE_STR, true, 0, 0, NULL },
	{ "mlflow_run_name", PROFILE_STR, true, 0, 0, NULL },
	{ "mlflow_tracking_uri", PROFILE_STR, true, 0, 0, NULL },
	{ "use_mlflow", PROFILE_BOOL, true, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* ModelOutputConfig (model.py) */
static const struct profile_key axolotl_modeloutput[] = {
	{ "hub_model_id", PROFILE_STR, true, 0, 0, NULL },
	{ "hub_revision", PROFILE_STR, true, 0, 0, NULL },
	{ "hub_strategy", PROFILE_STR, true, 0, 0, NULL },
	{ "output_dir", PROFILE_STR, false, 0, 0, NULL },
	{ "save_safetensors", PROFILE_BOOL, true, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* MultiModalConfig (multimodal.py) */
static const struct profile_key axolotl_multimodal[] = {
	{ "image_resize_algorithm", PROFILE_ANY, true, 0, 0, NULL },
	{ "image_size", PROFILE_ANY, true, 0, 0, NULL },
	{ "role_boundaries", PROFILE_LIST, true, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* JaggedLRConfig (training.py) */
static const struct profile_key axolotl_jaggedlr[] = {
	{ "jagged_restart_anneal_steps", PROFILE_INT, true, 0, 0, NULL },
	{ "jagged_restart_steps", PROFILE_INT, true, 0, 0, NULL },
	{ "jagged_restart_warmup_steps", PROFILE_INT, true, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* LISAConfig (integrations.py) */
static const struct profile_key axolotl_lisa[] = {
	{ "lisa_layers_attribute", PROFILE_STR, true, 0, 0, NULL },
	{ "lisa_n_layers", PROFILE_INT, true, 0, 0, NULL },
	{ "lisa_step_interval", PROFILE_INT, true, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* OpenTelemetryConfig (integrations.py) */
static const struct profile_key axolotl_opentelemetry[] = {
	{ "otel_metrics_host", PROFILE_STR, true, 0, 0, NULL },
	{ "otel_metrics_port", PROFILE_INT, true, 0, 0, NULL },
	{ "use_otel_metrics", PROFILE_BOOL, true, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* RemappedParameters (deprecated.py) */
static const struct profile_key axolotl_remapped[] = {
	{ "model_config", PROFILE_DICT, true, 0, 0, NULL },
	{ "model_kwargs", PROFILE_DICT, true, 0, 0, NULL },
	{ "model_revision", PROFILE_STR, true, 0, 0, NULL },
	{ "model_type", PROFILE_STR, true, 0, 0, NULL },
	{ "overrides_of_model_config", PROFILE_DICT, true, 0, 0, NULL },
	{ "overrides_of_model_kwargs", PROFILE_DICT, true, 0, 0, NULL },
	{ "revision_of_model", PROFILE_STR, true, 0, 0, NULL },
	{ "type_of_model", PROFILE_STR, true, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* RayConfig (integrations.py) */
static const struct profile_key axolotl_ray[] = {
	{ "ray_num_workers", PROFILE_INT, false, 0, 0, NULL },
	{ "ray_run_name", PROFILE_STR, true, 0, 0, NULL },
	{ "resources_per_worker", PROFILE_DICT, false, 0, 0, NULL },
	{ "use_ray", PROFILE_BOOL, false, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* ReLoRAConfig (peft.py) */
static const struct profile_key axolotl_relora[] = {
	{ "relora", PROFILE_BOOL, true, 0, 0, NULL },
	{ "relora_cpu_offload", PROFILE_BOOL, true, 0, 0, NULL },
	{ "relora_prune_method", PROFILE_STR, true, 0, 0, NULL },
	{ "relora_prune_ratio", PROFILE_FLOAT, true, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* TrackioConfig (integrations.py) */
static const struct profile_key axolotl_trackio[] = {
	{ "trackio_project_name", PROFILE_STR, true, 0, 0, NULL },
	{ "trackio_run_name", PROFILE_STR, true, 0, 0, NULL },
	{ "trackio_space_id", PROFILE_STR, true, 0, 0, NULL },
	{ "use_trackio", PROFILE_BOOL, true, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* WandbConfig (integrations.py) */
static const struct profile_key axolotl_wandb[] = {
	{ "use_wandb", PROFILE_BOOL, true, 0, 0, NULL },
	{ "wandb_entity", PROFILE_STR, true, 0, 0, NULL },
	{ "wandb_log_model", PROFILE_STR, true, 0, 0, NULL },
	{ "wandb_mode", PROFILE_STR, true, 0, 0, NULL },
	{ "wandb_name", PROFILE_STR, true, 0, 0, NULL },
	{ "wandb_project", PROFILE_STR, true, 0, 0, NULL },
	{ "wandb_run_id", PROFILE_STR, true, 0, 0, NULL },
	{ "wandb_watch", PROFILE_STR, true, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* Plugin arguments: integrations/NAME/args.py, legal with the plugin listed. */
static const struct profile_key axolotl_plugin[] = {
	{ "cut_cross_entropy", PROFILE_ANY, true, 0, 0, NULL },
	{ "dense_mixer", PROFILE_ANY, true, 0, 0, NULL },
	{ "noise_schedule", PROFILE_ANY, true, 0, 0, NULL },
	{ "min_mask_ratio", PROFILE_ANY, true, 0, 0, NULL },
	{ "max_mask_ratio", PROFILE_ANY, true, 0, 0, NULL },
	{ "num_diffusion_steps", PROFILE_ANY, true, 0, 0, NULL },
	{ "eps", PROFILE_ANY, true, 0, 0, NULL },
	{ "importance_weighting", PROFILE_ANY, true, 0, 0, NULL },
	{ "mask_token_id", PROFILE_ANY, true, 0, 0, NULL },
	{ "mask_token_str", PROFILE_ANY, true, 0, 0, NULL },
	{ "generate_samples", PROFILE_ANY, true, 0, 0, NULL },
	{ "generation_interval", PROFILE_ANY, true, 0, 0, NULL },
	{ "num_generation_samples", PROFILE_ANY, true, 0, 0, NULL },
	{ "generation_steps", PROFILE_ANY, true, 0, 0, NULL },
	{ "generation_temperature", PROFILE_ANY, true, 0, 0, NULL },
	{ "generation_max_length", PROFILE_ANY, true, 0, 0, NULL },
	{ "diffusion", PROFILE_ANY, true, 0, 0, NULL },
	{ "expert_parallel_size", PROFILE_ANY, true, 0, 0, NULL },
	{ "expert_parallel_backend", PROFILE_ANY, true, 0, 0, NULL },
	{ "expert_parallel_num_nvl_bytes", PROFILE_ANY, true, 0, 0, NULL },
	{ "expert_parallel_num_rdma_bytes", PROFILE_ANY, true, 0, 0, NULL },
	{ "expert_parallel_token_capacity", PROFILE_ANY, true, 0, 0, NULL },
	{ "expert_parallel_fallback_on_unsupported", PROFILE_ANY, true, 0, 0, NULL },
	{ "grokfast_alpha", PROFILE_ANY, true, 0, 0, NULL },
	{ "grokfast_lamb", PROFILE_ANY, true, 0, 0, NULL },
	{ "backend", PROFILE_ANY, true, 0, 0, NULL },
	{ "base_url", PROFILE_ANY, true, 0, 0, NULL },
	{ "api_key", PROFILE_ANY, true, 0, 0, NULL },
	{ "project_id", PROFILE_ANY, true, 0, 0, NULL },
	{ "lora_rank", PROFILE_ANY, true, 0, 0, NULL },
	{ "train_attn", PROFILE_ANY, true, 0, 0, NULL },
	{ "train_mlp", PROFILE_ANY, true, 0, 0, NULL },
	{ "train_unembed", PROFILE_ANY, true, 0, 0, NULL },
	{ "loss_fn", PROFILE_ANY, true, 0, 0, NULL },
	{ "loss_fn_config", PROFILE_ANY, true, 0, 0, NULL },
	{ "pipeline", PROFILE_ANY, true, 0, 0, NULL },
	{ "max_sample_tokens", PROFILE_ANY, true, 0, 0, NULL },
	{ "sample_temperature", PROFILE_ANY, true, 0, 0, NULL },
	{ "num_samples", PROFILE_ANY, true, 0, 0, NULL },
	{ "reward_funcs", PROFILE_ANY, true, 0, 0, NULL },
	{ "save_steps", PROFILE_ANY, true, 0, 0, NULL },
	{ "save_name_prefix", PROFILE_ANY, true, 0, 0, NULL },
	{ "future_timeout", PROFILE_ANY, true, 0, 0, NULL },
	{ "hatchery", PROFILE_ANY, true, 0, 0, NULL },
	{ "kd_trainer", PROFILE_ANY, true, 0, 0, NULL },
	{ "kd_ce_alpha", PROFILE_ANY, true, 0, 0, NULL },
	{ "kd_alpha", PROFILE_ANY, true, 0, 0, NULL },
	{ "kd_temperature", PROFILE_ANY, true, 0, 0, NULL },
	{ "kd_beta", PROFILE_ANY, true, 0, 0, NULL },
	{ "kd_normalize_topk", PROFILE_ANY, true, 0, 0, NULL },
	{ "kd_online_server_base_url", PROFILE_ANY, true, 0, 0, NULL },
	{ "kd_online_topk", PROFILE_ANY, true, 0, 0, NULL },
	{ "kd_online_server", PROFILE_ANY, true, 0, 0, NULL },
	{ "kd_online_timeout", PROFILE_ANY, true, 0, 0, NULL },
	{ "kd_temperature_min", PROFILE_ANY, true, 0, 0, NULL },
	{ "expert_backend", PROFILE_ANY, true, 0, 0, NULL },
	{ "nonexpert_quantization", PROFILE_ANY, true, 0, 0, NULL },
	{ "moe_grouped_backend", PROFILE_ANY, true, 0, 0, NULL },
	{ "moe_dequant_chunk_size", PROFILE_ANY, true, 0, 0, NULL },
	{ "moe_bnb_fast", PROFILE_ANY, true, 0, 0, NULL },
	{ "use_scattermoe", PROFILE_ANY, true, 0, 0, NULL },
	{ "use_sonicmoe", PROFILE_ANY, true, 0, 0, NULL },
	{ "use_dsv4_kernels", PROFILE_ANY, true, 0, 0, NULL },
	{ "use_glm_dsa_kernels", PROFILE_ANY, true, 0, 0, NULL },
	{ "dsv4_fp8_nonexpert_mode", PROFILE_ANY, true, 0, 0, NULL },
	{ "dsv4_fp8_lora_kernel", PROFILE_ANY, true, 0, 0, NULL },
	{ "dsv4_shared_mlp_lora_kernel", PROFILE_ANY, true, 0, 0, NULL },
	{ "dsv4_bf16_all", PROFILE_ANY, true, 0, 0, NULL },
	{ "dsv4_fp4_grouped_mode", PROFILE_ANY, true, 0, 0, NULL },
	{ "gemma4_fp8_nonexpert", PROFILE_ANY, true, 0, 0, NULL },
	{ "gemma4_nf4_nonexpert", PROFILE_ANY, true, 0, 0, NULL },
	{ "nvfp4_merge_aware", PROFILE_ANY, true, 0, 0, NULL },
	{ "nvfp4_merge_aware_start_step", PROFILE_ANY, true, 0, 0, NULL },
	{ "liger_rope", PROFILE_ANY, true, 0, 0, NULL },
	{ "liger_rms_norm", PROFILE_ANY, true, 0, 0, NULL },
	{ "liger_rms_norm_gated", PROFILE_ANY, true, 0, 0, NULL },
	{ "liger_layer_norm", PROFILE_ANY, true, 0, 0, NULL },
	{ "liger_swiglu", PROFILE_ANY, true, 0, 0, NULL },
	{ "liger_glu_activation", PROFILE_ANY, true, 0, 0, NULL },
	{ "liger_cross_entropy", PROFILE_ANY, true, 0, 0, NULL },
	{ "liger_fused_linear_cross_entropy", PROFILE_ANY, true, 0, 0, NULL },
	{ "liger_use_token_scaling", PROFILE_ANY, true, 0, 0, NULL },
	{ "recipe", PROFILE_ANY, true, 0, 0, NULL },
	{ "save_compressed", PROFILE_ANY, true, 0, 0, NULL },
	{ "llmcompressor", PROFILE_ANY, true, 0, 0, NULL },
	{ "lm_eval_tasks", PROFILE_ANY, true, 0, 0, NULL },
	{ "lm_eval_batch_size", PROFILE_ANY, true, 0, 0, NULL },
	{ "lm_eval_post_train", PROFILE_ANY, true, 0, 0, NULL },
	{ "lm_eval_model", PROFILE_ANY, true, 0, 0, NULL },
	{ "use_mora", PROFILE_ANY, true, 0, 0, NULL },
	{ "mora_type", PROFILE_ANY, true, 0, 0, NULL },
	{ "mora", PROFILE_ANY, true, 0, 0, NULL },
	{ "nemo_gym_enabled", PROFILE_ANY, true, 0, 0, NULL },
	{ "nemo_gym_dir", PROFILE_ANY, true, 0, 0, NULL },
	{ "nemo_gym_auto_clone", PROFILE_ANY, true, 0, 0, NULL },
	{ "nemo_gym_config_paths", PROFILE_ANY, true, 0, 0, NULL },
	{ "nemo_gym_head_port", PROFILE_ANY, true, 0, 0, NULL },
	{ "nemo_gym_server_timeout", PROFILE_ANY, true, 0, 0, NULL },
	{ "nemo_gym_verify_timeout", PROFILE_ANY, true, 0, 0, NULL },
	{ "nemo_gym_run_timeout", PROFILE_ANY, true, 0, 0, NULL },
	{ "nemo_gym_datasets", PROFILE_ANY, true, 0, 0, NULL },
	{ "nemo_gym_auto_start", PROFILE_ANY, true, 0, 0, NULL },
	{ "nemo_gym_model_name", PROFILE_ANY, true, 0, 0, NULL },
	{ "nemo_gym_multi_turn", PROFILE_ANY, true, 0, 0, NULL },
	{ "nemo_gym_max_turns", PROFILE_ANY, true, 0, 0, NULL },
	{ "spectrum_top_fraction", PROFILE_ANY, true, 0, 0, NULL },
	{ "spectrum_model_name", PROFILE_ANY, true, 0, 0, NULL },
	{ "use_swanlab", PROFILE_ANY, true, 0, 0, NULL },
	{ "swanlab_project", PROFILE_ANY, true, 0, 0, NULL },
	{ "swanlab_experiment_name", PROFILE_ANY, true, 0, 0, NULL },
	{ "swanlab_description", PROFILE_ANY, true, 0, 0, NULL },
	{ "swanlab_mode", PROFILE_ANY, true, 0, 0, NULL },
	{ "swanlab_workspace", PROFILE_ANY, true, 0, 0, NULL },
	{ "swanlab_api_key", PROFILE_ANY, true, 0, 0, NULL },
	{ "swanlab_log_model", PROFILE_ANY, true, 0, 0, NULL },
	{ "swanlab_web_host", PROFILE_ANY, true, 0, 0, NULL },
	{ "swanlab_api_host", PROFILE_ANY, true, 0, 0, NULL },
	{ "swanlab_lark_webhook_url", PROFILE_ANY, true, 0, 0, NULL },
	{ "swanlab_lark_secret", PROFILE_ANY, true, 0, 0, NULL },
	{ "swanlab_log_completions", PROFILE_ANY, true, 0, 0, NULL },
	{ "swanlab_completion_log_interval", PROFILE_ANY, true, 0, 0, NULL },
	{ "swanlab_completion_max_buffer", PROFILE_ANY, true, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

static const struct profile_keyset axolotl_set_axolotlinput = {
	"AxolotlInputConfig", "src/axolotl/utils/schemas/config.py", axolotl_axolotlinput, NULL,
};
static const struct profile_keyset axolotl_set_hyperparameters = {
	"HyperparametersConfig", "src/axolotl/utils/schemas/training.py", axolotl_hyperparameters, NULL,
};
static const struct profile_keyset axolotl_set_lora = {
	"LoraConfig", "src/axolotl/utils/schemas/peft.py", axolotl_lora, NULL,
};
static const struct profile_keyset axolotl_set_modelinput = {
	"ModelInputConfig", "src/axolotl/utils/schemas/model.py", axolotl_modelinput, NULL,
};
static const struct profile_keyset axolotl_set_comet = {
	"CometConfig", "src/axolotl/utils/schemas/integrations.py", axolotl_comet, NULL,
};
static const struct profile_keyset axolotl_set_deprecated = {
	"DeprecatedParameters", "src/axolotl/utils/schemas/deprecated.py", axolotl_deprecated, NULL,
};
static const struct profile_keyset axolotl_set_gradio = {
	"GradioConfig", "src/axolotl/utils/schemas/integrations.py", axolotl_gradio, NULL,
};
static const struct profile_keyset axolotl_set_mlflow = {
	"MLFlowConfig", "src/axolotl/utils/schemas/integrations.py", axolotl_mlflow, NULL,
};
static const struct profile_keyset axolotl_set_modeloutput = {
	"ModelOutputConfig", "src/axolotl/utils/schemas/model.py", axolotl_modeloutput, NULL,
};
static const struct profile_keyset axolotl_set_multimodal = {
	"MultiModalConfig", "src/axolotl/utils/schemas/multimodal.py", axolotl_multimodal, NULL,
};
static const struct profile_keyset axolotl_set_jaggedlr = {
	"JaggedLRConfig", "src/axolotl/utils/schemas/training.py", axolotl_jaggedlr, NULL,
};
static const struct profile_keyset axolotl_set_lisa = {
	"LISAConfig", "src/axolotl/utils/schemas/integrations.py", axolotl_lisa, NULL,
};
static const struct profile_keyset axolotl_set_opentelemetry = {
	"OpenTelemetryConfig", "src/axolotl/utils/schemas/integrations.py", axolotl_opentelemetry, NULL,
};
static const struct profile_keyset axolotl_set_remapped = {
	"RemappedParameters", "src/axolotl/utils/schemas/deprecated.py", axolotl_remapped, NULL,
};
static const struct profile_keyset axolotl_set_ray = {
	"RayConfig", "src/axolotl/utils/schemas/integrations.py", axolotl_ray, NULL,
};
static const struct profile_keyset axolotl_set_relora = {
	"ReLoRAConfig", "src/axolotl/utils/schemas/peft.py", axolotl_relora, NULL,
};
static const struct profile_keyset axolotl_set_trackio = {
	"TrackioConfig", "src/axolotl/utils/schemas/integrations.py", axolotl_trackio, NULL,
};
static const struct profile_keyset axolotl_set_wandb = {
	"WandbConfig", "src/axolotl/utils/schemas/integrations.py", axolotl_wandb, NULL,
};
static const struct profile_keyset axolotl_set_plugin = {
	"plugins", "src/axolotl/integrations", axolotl_plugin, NULL,
};

/*
 * Keys of earlier releases (an AST diff of src/axolotl/utils/schemas at
 * every tag from v0.8.0), each with the first release without it.
 */
static const struct profile_key axolotl_removed[] = {
	{ "relora_steps", PROFILE_INT, true, 0, FV(0, 12, 0),
	  "jagged_restart_steps" },
	{ "relora_warmup_steps", PROFILE_INT, true, 0, FV(0, 12, 0),
	  "jagged_restart_warmup_steps" },
	{ "relora_anneal_steps", PROFILE_INT, true, 0, FV(0, 12, 0),
	  "jagged_restart_anneal_steps" },
	{ "flash_attn_fuse_qkv", PROFILE_BOOL, true, 0, FV(0, 12, 0), NULL },
	{ "unsloth_cross_entropy_loss", PROFILE_BOOL, true, 0, FV(0, 17, 0),
	  NULL },
	{ "unsloth_lora_mlp", PROFILE_BOOL, true, 0, FV(0, 17, 0),
	  "lora_mlp_kernel" },
	{ "unsloth_lora_qkv", PROFILE_BOOL, true, 0, FV(0, 17, 0),
	  "lora_qkv_kernel" },
	{ "unsloth_lora_o", PROFILE_BOOL, true, 0, FV(0, 17, 0),
	  "lora_o_kernel" },
	{ "unsloth_rms_norm", PROFILE_BOOL, true, 0, FV(0, 17, 0), NULL },
	{ "unsloth_rope", PROFILE_BOOL, true, 0, FV(0, 17, 0), NULL },
	{ "gptq_groupsize", PROFILE_INT, true, 0, FV(0, 3, 0), NULL },
	{ "gptq_model_v1", PROFILE_BOOL, true, 0, FV(0, 3, 0), NULL },
	{ "sample_packing_seq_len_multiplier", PROFILE_INT, true, 0,
	  FV(0, 5, 0), NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

static const struct profile_keyset axolotl_set_removed = {
	"keys of earlier releases", "src/axolotl/utils/schemas",
	axolotl_removed, NULL,
};

static const struct profile_keyset *const axolotl_sets[] = {
	&axolotl_set_axolotlinput,
	&axolotl_set_hyperparameters,
	&axolotl_set_lora,
	&axolotl_set_modelinput,
	&axolotl_set_comet,
	&axolotl_set_deprecated,
	&axolotl_set_gradio,
	&axolotl_set_mlflow,
	&axolotl_set_modeloutput,
	&axolotl_set_multimodal,
	&axolotl_set_jaggedlr,
	&axolotl_set_lisa,
	&axolotl_set_opentelemetry,
	&axolotl_set_remapped,
	&axolotl_set_ray,
	&axolotl_set_relora,
	&axolotl_set_trackio,
	&axolotl_set_wandb,
	&axolotl_set_plugin,
	&axolotl_set_removed,
	NULL,
};

/*
 * Which key becomes which field (core/builders/base.py
 * _set_base_training_args and causal.py build). Keys whose value the
 * builder computes (saves_per_epoch, evals_per_epoch, bf16: auto,
 * lr_scheduler: one_cycle) are turned into fields by
 * profile_axolotl_prepare.
 */
static const struct profile_map axolotl_map[] = {
	{ "micro_batch_size", "per_device_train_batch_size" },
	{ "eval_batch_size", "per_device_eval_batch_size" },
	{ "gradient_accumulation_steps", "gradient_accumulation_steps" },
	{ "num_epochs", "num_train_epochs" },
	{ "max_steps", "max_steps" },
	{ "learning_rate", "learning_rate" },
	{ "lr_scheduler", "lr_scheduler_type" },
	{ "lr_scheduler_kwargs", "lr_scheduler_kwargs" },
	{ "warmup_steps", "warmup_steps" },
	{ "warmup_ratio", "warmup_steps" },
	{ "logging_steps", "logging_steps" },
	{ "optimizer", "optim" },
	{ "optim_args", "optim_args" },
	{ "optim_target_modules", "optim_target_modules" },
	{ "weight_decay", "weight_decay" },
	{ "adam_beta1", "adam_beta1" },
	{ "adam_beta2", "adam_beta2" },
	{ "adam_epsilon", "adam_epsilon" },
	{ "max_grad_norm", "max_grad_norm" },
	{ "seed", "seed" },
	{ "output_dir", "output_dir" },
	{ "save_only_model", "save_only_model" },
	{ "dataloader_num_workers", "dataloader_num_workers" },
	{ "dataloader_pin_memory", "dataloader_pin_memory" },
	{ "dataloader_prefetch_factor", "dataloader_prefetch_factor" },
	{ "dataloader_drop_last", "dataloader_drop_last" },
	{ "torch_empty_cache_steps", "torch_empty_cache_steps" },
	{ "include_tokens_per_second", "include_num_input_tokens_seen" },
	{ "fp16", "fp16" },
	{ "save_steps", "save_steps" },
	{ "save_strategy", "save_strategy" },
	{ "save_total_limit", "save_total_limit" },
	{ "eval_steps", "eval_steps" },
	{ "eval_strategy", "eval_strategy" },
	{ "load_best_model_at_end", "load_best_model_at_end" },
	{ "metric_for_best_model", "metric_for_best_model" },
	{ "greater_is_better", "greater_is_better" },
	{ "gradient_checkpointing", "gradient_checkpointing" },
	{ "gradient_checkpointing_kwargs", "gradient_checkpointing_kwargs" },
	{ "hub_model_id", "hub_model_id" },
	{ "hub_strategy", "hub_strategy" },
	{ "hub_revision", "hub_revision" },
	{ "torch_compile", "torch_compile" },
	{ "torch_compile_backend", "torch_compile_backend" },
	{ "torch_compile_mode", "torch_compile_mode" },
	{ "ddp_timeout", "ddp_timeout" },
	{ "ddp_bucket_cap_mb", "ddp_bucket_cap_mb" },
	{ "ddp_broadcast_buffers", "ddp_broadcast_buffers" },
	{ "remove_unused_columns", "remove_unused_columns" },
	{ "neftune_noise_alpha", "neftune_noise_alpha" },
	{ "auto_find_batch_size", "auto_find_batch_size" },
	{ "eval_on_start", "eval_on_start" },
	{ NULL, NULL },
};

/*
 * The builder's own defaults (base.py, causal.py; schema defaults of
 * utils/schemas/training.py): what axolotl passes when the file says
 * nothing.
 */
static const struct profile_default axolotl_defaults[] = {
	{ "output_dir", "\"./model-out\"", 0, 0 },
	{ "per_device_train_batch_size", "1", 0, 0 },
	{ "num_train_epochs", "1.0", 0, 0 },
	{ "lr_scheduler_type", "\"cosine\"", 0, 0 },
	{ "lr_scheduler_kwargs", "{}", 0, 0 },
	{ "warmup_steps", "0.03", 0, 0 },
	{ "optim", "\"adamw_torch_fused\"", 0, 0 },
	{ "save_strategy", "\"epoch\"", 0, 0 },
	{ "save_total_limit", "4", 0, 0 },
	{ "report_to", "[]", 0, 0 },
	{ "tf32", "false", 0, 0 },
	{ "average_tokens_across_devices", "false", 0, 0 },
	{ "gradient_checkpointing_kwargs", "{\"use_reentrant\": false}", 0, 0 },
	{ NULL, NULL, 0, 0 },
};

/* The tags from v0.8.0 (the .post1 ones are the same keys). */
static const int axolotl_releases[] = {
	FV(0, 8, 0), FV(0, 8, 1), FV(0, 9, 0), FV(0, 9, 1), FV(0, 9, 2),
	FV(0, 10, 0), FV(0, 10, 1), FV(0, 11, 0), FV(0, 12, 0), FV(0, 12, 1),
	FV(0, 12, 2), FV(0, 13, 0), FV(0, 13, 1), FV(0, 13, 2), FV(0, 14, 0),
	FV(0, 15, 0), FV(0, 16, 0), FV(0, 16, 1), FV(0, 17, 0), FV(0, 18, 0),
	0,
};

static const struct profile_framework axolotl_framework = {
	.name = "axolotl",
	.title = "axolotl",
	.repo = "axolotl-ai-cloud/axolotl",
	.releases = axolotl_releases,
	.typing = PROFILE_TYPING_PYDANTIC,
	.unknown = PROFILE_UNKNOWN_DROPS,
	.unknown_says = "axolotl's pydantic schema drops it without a word "
	    "(extra keys are ignored), so the setting has no effect",
	/* pyproject.toml pins transformers==5.14.1 */
	.transformers_max = TV(5, 14),
	/* utils/schemas/model.py: base_model has no default */
	.required_key = "base_model",
};

const struct profile profile_axolotl = {
	.name = "axolotl",
	.fw = &axolotl_framework,
	.class_name = "AxolotlTrainingArguments",
	.cls = SCHEMA_CLASS_TRAINING,
	.sets = axolotl_sets,
	.defaults = axolotl_defaults,
	.map = axolotl_map,
	.prepare = profile_axolotl_prepare,
	.doc = "axolotl train FILE.yml",
};
