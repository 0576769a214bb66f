/*
 * profile-llamafactory.c: LLaMA-Factory's `llamafactory-cli train` as a
 * profile (data only).
 *
 * Read from hiyouga/LLaMA-Factory at ff6d4d12 (0.9.6.dev0):
 * src/llamafactory/hparams/parser.py (read_args: OmegaConf.load, then
 * HfArgumentParser.parse_dict with allow_extra_keys only when
 * ALLOW_EXTRA_ARGS is set; _TRAIN_ARGS names the dataclasses) and the
 * dataclasses of src/llamafactory/hparams/ named above each table. Its
 * TrainingArguments extends transformers' Seq2SeqTrainingArguments and
 * changes no default; get_train_args changes values after parsing
 * (profile-rules.c). The OmegaConf loader is omry/omegaconf v2.3.0's.
 */
#include <stddef.h>

#include "targs/profile-rules.h"

/* BaseModelArguments(): src/llamafactory/hparams/model_args.py */
static const struct profile_key lf_basemodel[] = {
	{ "model_name_or_path", PROFILE_STR, true, 0, 0, NULL },
	{ "adapter_name_or_path", PROFILE_STR, true, 0, 0, NULL },
	{ "adapter_folder", PROFILE_STR, true, 0, 0, NULL },
	{ "cache_dir", PROFILE_STR, true, 0, 0, NULL },
	{ "use_fast_tokenizer", PROFILE_BOOL, false, 0, 0, NULL },
	{ "resize_vocab", PROFILE_BOOL, false, 0, 0, NULL },
	{ "split_special_tokens", PROFILE_BOOL, false, 0, 0, NULL },
	{ "add_tokens", PROFILE_STR, true, 0, 0, NULL },
	{ "add_special_tokens", PROFILE_STR, true, 0, 0, NULL },
	{ "new_special_tokens_config", PROFILE_STR, true, 0, 0, NULL },
	{ "init_special_tokens", PROFILE_STR, false, 0, 0, NULL },
	{ "model_revision", PROFILE_STR, false, 0, 0, NULL },
	{ "low_cpu_mem_usage", PROFILE_BOOL, false, 0, 0, NULL },
	{ "rope_scaling", PROFILE_ANY, true, 0, 0, NULL },
	{ "flash_attn", PROFILE_ANY, false, 0, 0, NULL },
	{ "shift_attn", PROFILE_BOOL, false, 0, 0, NULL },
	{ "mixture_of_depths", PROFILE_STR, true, 0, 0, NULL },
	{ "use_unsloth", PROFILE_BOOL, false, 0, 0, NULL },
	{ "use_unsloth_gc", PROFILE_BOOL, false, 0, 0, NULL },
	{ "enable_liger_kernel", PROFILE_BOOL, false, 0, 0, NULL },
	{ "moe_aux_loss_coef", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "disable_gradient_checkpointing", PROFILE_BOOL, false, 0, 0, NULL },
	{ "use_reentrant_gc", PROFILE_BOOL, false, 0, 0, NULL },
	{ "upcast_layernorm", PROFILE_BOOL, false, 0, 0, NULL },
	{ "upcast_lmhead_output", PROFILE_BOOL, false, 0, 0, NULL },
	{ "train_from_scratch", PROFILE_BOOL, false, 0, 0, NULL },
	{ "infer_backend", PROFILE_ANY, false, 0, 0, NULL },
	{ "offload_folder", PROFILE_STR, false, 0, 0, NULL },
	{ "use_kv_cache", PROFILE_BOOL, false, 0, 0, NULL },
	{ "use_v1_kernels", PROFILE_BOOL, true, 0, 0, NULL },
	{ "infer_dtype", PROFILE_STR, false, 0, 0, NULL },
	{ "hf_hub_token", PROFILE_STR, true, 0, 0, NULL },
	{ "ms_hub_token", PROFILE_STR, true, 0, 0, NULL },
	{ "om_hub_token", PROFILE_STR, true, 0, 0, NULL },
	{ "print_param_status", PROFILE_BOOL, false, 0, 0, NULL },
	{ "trust_remote_code", PROFILE_BOOL, false, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* QuantizationArguments(): src/llamafactory/hparams/model_args.py */
static const struct profile_key lf_quantization[] = {
	{ "quantization_method", PROFILE_ANY, false, 0, 0, NULL },
	{ "quantization_bit", PROFILE_INT, true, 0, 0, NULL },
	{ "quantization_type", PROFILE_STR, false, 0, 0, NULL },
	{ "double_quantization", PROFILE_BOOL, false, 0, 0, NULL },
	{ "quantization_device_map", PROFILE_STR, true, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* ProcessorArguments(): src/llamafactory/hparams/model_args.py */
static const struct profile_key lf_processor[] = {
	{ "image_max_pixels", PROFILE_INT, false, 0, 0, NULL },
	{ "image_min_pixels", PROFILE_INT, false, 0, 0, NULL },
	{ "image_do_pan_and_scan", PROFILE_BOOL, false, 0, 0, NULL },
	{ "crop_to_patches", PROFILE_BOOL, false, 0, 0, NULL },
	{ "video_max_pixels", PROFILE_INT, false, 0, 0, NULL },
	{ "video_min_pixels", PROFILE_INT, false, 0, 0, NULL },
	{ "video_fps", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "video_maxlen", PROFILE_INT, false, 0, 0, NULL },
	{ "use_audio_in_video", PROFILE_BOOL, false, 0, 0, NULL },
	{ "audio_sampling_rate", PROFILE_INT, false, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* ExportArguments(): src/llamafactory/hparams/model_args.py */
static const struct profile_key lf_export[] = {
	{ "export_dir", PROFILE_STR, true, 0, 0, NULL },
	{ "export_size", PROFILE_INT, false, 0, 0, NULL },
	{ "export_device", PROFILE_STR, false, 0, 0, NULL },
	{ "export_quantization_bit", PROFILE_INT, true, 0, 0, NULL },
	{ "export_quantization_dataset", PROFILE_STR, true, 0, 0, NULL },
	{ "export_quantization_nsamples", PROFILE_INT, false, 0, 0, NULL },
	{ "export_quantization_maxlen", PROFILE_INT, false, 0, 0, NULL },
	{ "export_legacy_format", PROFILE_BOOL, false, 0, 0, NULL },
	{ "export_hub_model_id", PROFILE_STR, true, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* VllmArguments(): src/llamafactory/hparams/model_args.py */
static const struct profile_key lf_vllm[] = {
	{ "vllm_maxlen", PROFILE_INT, false, 0, 0, NULL },
	{ "vllm_gpu_util", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "vllm_enforce_eager", PROFILE_BOOL, false, 0, 0, NULL },
	{ "vllm_max_lora_rank", PROFILE_INT, false, 0, 0, NULL },
	{ "vllm_config", PROFILE_DICT_OR_STR, true, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* SGLangArguments(): src/llamafactory/hparams/model_args.py */
static const struct profile_key lf_sglang[] = {
	{ "sglang_maxlen", PROFILE_INT, false, 0, 0, NULL },
	{ "sglang_mem_fraction", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "sglang_tp_size", PROFILE_INT, false, 0, 0, NULL },
	{ "sglang_config", PROFILE_DICT_OR_STR, true, 0, 0, NULL },
	{ "sglang_lora_backend", PROFILE_STR, false, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* KTransformersArguments(): src/llamafactory/hparams/model_args.py */
static const struct profile_key lf_ktransformers[] = {
	{ "use_kt", PROFILE_BOOL, false, 0, 0, NULL },
	{ "kt_cpu_activation", PROFILE_STR, true, 0, 0, NULL },
	{ "kt_weight_path", PROFILE_STR, true, 0, 0, NULL },
	{ "kt_non_expert_weight_path", PROFILE_STR, true, 0, 0, NULL },
	{ "kt_expert_checkpoint_path", PROFILE_STR, true, 0, 0, NULL },
	{ "kt_use_lora_experts", PROFILE_BOOL, true, 0, 0, NULL },
	{ "kt_lora_expert_num", PROFILE_INT, true, 0, 0, NULL },
	{ "kt_lora_expert_intermediate_size", PROFILE_INT, true, 0, 0, NULL },
	{ "_kt_inference_config", PROFILE_DICT, true, 0, 0, NULL },
	{ "_kt_config_handle", PROFILE_ANY, false, 0, 0, NULL },
	{ "_kt_adapter_artifact_path", PROFILE_STR, true, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/*
 * ModelArguments(SGLangArguments, VllmArguments, KTransformersArguments,
 * ExportArguments, ProcessorArguments, QuantizationArguments,
 * BaseModelArguments): src/llamafactory/hparams/model_args.py
 */
static const struct profile_key lf_model[] = {
	{ "compute_dtype", PROFILE_ANY, true, 0, 0, NULL },
	{ "device_map", PROFILE_DICT_OR_STR, true, 0, 0, NULL },
	{ "model_max_length", PROFILE_INT, true, 0, 0, NULL },
	{ "block_diag_attn", PROFILE_BOOL, false, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* DataArguments(): src/llamafactory/hparams/data_args.py */
static const struct profile_key lf_data[] = {
	{ "template", PROFILE_STR, true, 0, 0, NULL },
	{ "dataset", PROFILE_STR, true, 0, 0, NULL },
	{ "eval_dataset", PROFILE_STR, true, 0, 0, NULL },
	{ "dataset_dir", PROFILE_STR, false, 0, 0, NULL },
	{ "media_dir", PROFILE_STR, true, 0, 0, NULL },
	{ "cutoff_len", PROFILE_INT, false, 0, 0, NULL },
	{ "train_on_prompt", PROFILE_BOOL, false, 0, 0, NULL },
	{ "mask_history", PROFILE_BOOL, false, 0, 0, NULL },
	{ "streaming", PROFILE_BOOL, false, 0, 0, NULL },
	{ "buffer_size", PROFILE_INT, false, 0, 0, NULL },
	{ "mix_strategy", PROFILE_STR, false, 0, 0, NULL },
	{ "interleave_probs", PROFILE_STR, true, 0, 0, NULL },
	{ "overwrite_cache", PROFILE_BOOL, false, 0, 0, NULL },
	{ "preprocessing_batch_size", PROFILE_INT, false, 0, 0, NULL },
	{ "preprocessing_num_workers", PROFILE_INT, true, 0, 0, NULL },
	{ "max_samples", PROFILE_INT, true, 0, 0, NULL },
	{ "eval_num_beams", PROFILE_INT, true, 0, 0, NULL },
	{ "ignore_pad_token_for_loss", PROFILE_BOOL, false, 0, 0, NULL },
	{ "val_size", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "eval_on_each_dataset", PROFILE_BOOL, false, 0, 0, NULL },
	{ "packing", PROFILE_BOOL, true, 0, 0, NULL },
	{ "neat_packing", PROFILE_BOOL, false, 0, 0, NULL },
	{ "tool_format", PROFILE_STR, true, 0, 0, NULL },
	{ "default_system", PROFILE_STR, true, 0, 0, NULL },
	{ "enable_thinking", PROFILE_BOOL, true, 0, 0, NULL },
	{ "preserve_thinking", PROFILE_BOOL, false, 0, 0, NULL },
	{ "tokenized_path", PROFILE_STR, true, 0, 0, NULL },
	{ "data_shared_file_system", PROFILE_BOOL, false, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* FreezeArguments(): src/llamafactory/hparams/finetuning_args.py */
static const struct profile_key lf_freeze[] = {
	{ "freeze_trainable_layers", PROFILE_INT, false, 0, 0, NULL },
	{ "freeze_trainable_modules", PROFILE_STR, false, 0, 0, NULL },
	{ "freeze_extra_modules", PROFILE_STR, true, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* LoraArguments(): src/llamafactory/hparams/finetuning_args.py */
static const struct profile_key lf_lora[] = {
	{ "additional_target", PROFILE_STR, true, 0, 0, NULL },
	{ "lora_alpha", PROFILE_INT, true, 0, 0, NULL },
	{ "lora_dropout", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "lora_rank", PROFILE_INT, false, 0, 0, NULL },
	{ "lora_target", PROFILE_STR, false, 0, 0, NULL },
	{ "loraplus_lr_ratio", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "loraplus_lr_embedding", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "use_rslora", PROFILE_BOOL, false, 0, 0, NULL },
	{ "use_dora", PROFILE_BOOL, false, 0, 0, NULL },
	{ "pissa_init", PROFILE_BOOL, false, 0, 0, NULL },
	{ "pissa_iter", PROFILE_INT, false, 0, 0, NULL },
	{ "pissa_convert", PROFILE_BOOL, false, 0, 0, NULL },
	{ "create_new_adapter", PROFILE_BOOL, false, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* OFTArguments(): src/llamafactory/hparams/finetuning_args.py */
static const struct profile_key lf_oft[] = {
	{ "additional_target", PROFILE_STR, true, 0, 0, NULL },
	{ "module_dropout", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "oft_rank", PROFILE_INT, false, 0, 0, NULL },
	{ "oft_block_size", PROFILE_INT, false, 0, 0, NULL },
	{ "oft_target", PROFILE_STR, false, 0, 0, NULL },
	{ "create_new_adapter", PROFILE_BOOL, false, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* RLHFArguments(): src/llamafactory/hparams/finetuning_args.py */
static const struct profile_key lf_rlhf[] = {
	{ "pref_beta", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "pref_ftx", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "pref_bco_weight", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "pref_loss", PROFILE_STR, false, 0, 0, NULL },
	{ "dpo_label_smoothing", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "kto_chosen_weight", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "kto_rejected_weight", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "simpo_gamma", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "ppo_buffer_size", PROFILE_INT, false, 0, 0, NULL },
	{ "ppo_epochs", PROFILE_INT, false, 0, 0, NULL },
	{ "ppo_score_norm", PROFILE_BOOL, false, 0, 0, NULL },
	{ "ppo_target", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "ppo_whiten_rewards", PROFILE_BOOL, false, 0, 0, NULL },
	{ "ref_model", PROFILE_STR, true, 0, 0, NULL },
	{ "ref_model_adapters", PROFILE_STR, true, 0, 0, NULL },
	{ "ref_model_quantization_bit", PROFILE_INT, true, 0, 0, NULL },
	{ "reward_model", PROFILE_STR, true, 0, 0, NULL },
	{ "reward_model_adapters", PROFILE_STR, true, 0, 0, NULL },
	{ "reward_model_quantization_bit", PROFILE_INT, true, 0, 0, NULL },
	{ "reward_model_type", PROFILE_STR, false, 0, 0, NULL },
	{ "ld_alpha", PROFILE_FLOAT, true, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* GaloreArguments(): src/llamafactory/hparams/finetuning_args.py */
static const struct profile_key lf_galore[] = {
	{ "use_galore", PROFILE_BOOL, false, 0, 0, NULL },
	{ "galore_target", PROFILE_STR, false, 0, 0, NULL },
	{ "galore_rank", PROFILE_INT, false, 0, 0, NULL },
	{ "galore_update_interval", PROFILE_INT, false, 0, 0, NULL },
	{ "galore_scale", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "galore_proj_type", PROFILE_STR, false, 0, 0, NULL },
	{ "galore_layerwise", PROFILE_BOOL, false, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* ApolloArguments(): src/llamafactory/hparams/finetuning_args.py */
static const struct profile_key lf_apollo[] = {
	{ "use_apollo", PROFILE_BOOL, false, 0, 0, NULL },
	{ "apollo_target", PROFILE_STR, false, 0, 0, NULL },
	{ "apollo_rank", PROFILE_INT, false, 0, 0, NULL },
	{ "apollo_update_interval", PROFILE_INT, false, 0, 0, NULL },
	{ "apollo_scale", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "apollo_proj", PROFILE_STR, false, 0, 0, NULL },
	{ "apollo_proj_type", PROFILE_STR, false, 0, 0, NULL },
	{ "apollo_scale_type", PROFILE_STR, false, 0, 0, NULL },
	{ "apollo_layerwise", PROFILE_BOOL, false, 0, 0, NULL },
	{ "apollo_scale_front", PROFILE_BOOL, false, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* BAdamArgument(): src/llamafactory/hparams/finetuning_args.py */
static const struct profile_key lf_badam[] = {
	{ "use_badam", PROFILE_BOOL, false, 0, 0, NULL },
	{ "badam_mode", PROFILE_STR, false, 0, 0, NULL },
	{ "badam_start_block", PROFILE_INT, true, 0, 0, NULL },
	{ "badam_switch_mode", PROFILE_STR, true, 0, 0, NULL },
	{ "badam_switch_interval", PROFILE_INT, true, 0, 0, NULL },
	{ "badam_update_ratio", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "badam_mask_mode", PROFILE_STR, false, 0, 0, NULL },
	{ "badam_verbose", PROFILE_INT, false, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* SwanLabArguments(): src/llamafactory/hparams/finetuning_args.py */
static const struct profile_key lf_swanlab[] = {
	{ "use_swanlab", PROFILE_BOOL, false, 0, 0, NULL },
	{ "swanlab_project", PROFILE_STR, true, 0, 0, NULL },
	{ "swanlab_workspace", PROFILE_STR, true, 0, 0, NULL },
	{ "swanlab_run_name", PROFILE_STR, true, 0, 0, NULL },
	{ "swanlab_mode", PROFILE_STR, false, 0, 0, NULL },
	{ "swanlab_api_key", PROFILE_STR, true, 0, 0, NULL },
	{ "swanlab_logdir", PROFILE_STR, true, 0, 0, NULL },
	{ "swanlab_lark_webhook_url", PROFILE_STR, true, 0, 0, NULL },
	{ "swanlab_lark_secret", PROFILE_STR, true, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/*
 * FinetuningArguments(SwanLabArguments, BAdamArgument, ApolloArguments,
 * GaloreArguments, RLHFArguments, LoraArguments, OFTArguments,
 * FreezeArguments): src/llamafactory/hparams/finetuning_args.py
 */
static const struct profile_key lf_finetuning[] = {
	{ "pure_bf16", PROFILE_BOOL, false, 0, 0, NULL },
	{ "stage", PROFILE_STR, false, 0, 0, NULL },
	{ "finetuning_type", PROFILE_STR, false, 0, 0, NULL },
	{ "use_llama_pro", PROFILE_BOOL, false, 0, 0, NULL },
	{ "use_adam_mini", PROFILE_BOOL, false, 0, 0, NULL },
	{ "use_mca", PROFILE_BOOL, false, 0, 0, NULL },
	{ "use_megatron_bridge", PROFILE_BOOL, false, 0, 0, NULL },
	{ "megatron_bridge_args", PROFILE_ANY, false, 0, 0, NULL },
	{ "use_hyper_parallel", PROFILE_BOOL, false, 0, 0, NULL },
	{ "hyper_parallel_args", PROFILE_STR, true, 0, 0, NULL },
	{ "hyper_parallel_cp_size", PROFILE_INT, false, 0, 0, NULL },
	{ "use_muon", PROFILE_BOOL, false, 0, 0, NULL },
	{ "use_dft_loss", PROFILE_BOOL, false, 0, 0, NULL },
	{ "use_asft_loss", PROFILE_BOOL, false, 0, 0, NULL },
	{ "asft_alpha", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "use_eaft_loss", PROFILE_BOOL, false, 0, 0, NULL },
	{ "eaft_alpha", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "freeze_vision_tower", PROFILE_BOOL, false, 0, 0, NULL },
	{ "freeze_multi_modal_projector", PROFILE_BOOL, false, 0, 0, NULL },
	{ "freeze_language_model", PROFILE_BOOL, false, 0, 0, NULL },
	{ "compute_accuracy", PROFILE_BOOL, false, 0, 0, NULL },
	{ "disable_shuffling", PROFILE_BOOL, false, 0, 0, NULL },
	{ "early_stopping_steps", PROFILE_INT, true, 0, 0, NULL },
	{ "plot_loss", PROFILE_BOOL, false, 0, 0, NULL },
	{ "include_effective_tokens_per_second", PROFILE_BOOL, false,
	  0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* GeneratingArguments(): src/llamafactory/hparams/generating_args.py */
static const struct profile_key lf_generating[] = {
	{ "do_sample", PROFILE_BOOL, false, 0, 0, NULL },
	{ "temperature", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "top_p", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "top_k", PROFILE_INT, false, 0, 0, NULL },
	{ "num_beams", PROFILE_INT, false, 0, 0, NULL },
	{ "max_length", PROFILE_INT, false, 0, 0, NULL },
	{ "max_new_tokens", PROFILE_INT, false, 0, 0, NULL },
	{ "repetition_penalty", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "length_penalty", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "skip_special_tokens", PROFILE_BOOL, false, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* RayArguments(): src/llamafactory/hparams/training_args.py */
static const struct profile_key lf_ray[] = {
	{ "ray_num_workers", PROFILE_INT, false, 0, 0, NULL },
	{ "ray_init_kwargs", PROFILE_DICT_OR_STR, true, 0, 0, NULL },
	{ "master_addr", PROFILE_STR, true, 0, 0, NULL },
	{ "master_port", PROFILE_STR, true, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* ProfilerArguments(): src/llamafactory/hparams/training_args.py */
static const struct profile_key lf_profiler[] = {
	{ "enable_torch_profiler", PROFILE_BOOL, false, 0, 0, NULL },
	{ "profiler_output_dir", PROFILE_ANY, false, 0, 0, NULL },
	{ "profiler_wait_steps", PROFILE_INT, false, 0, 0, NULL },
	{ "profiler_warmup_steps", PROFILE_INT, false, 0, 0, NULL },
	{ "profiler_active_steps", PROFILE_INT, false, 0, 0, NULL },
	{ "profiler_repeat", PROFILE_INT, false, 0, 0, NULL },
	{ "profiler_record_shapes", PROFILE_BOOL, false, 0, 0, NULL },
	{ "profiler_profile_memory", PROFILE_BOOL, false, 0, 0, NULL },
	{ "profiler_with_stack", PROFILE_BOOL, false, 0, 0, NULL },
	{ "profile_modules", PROFILE_ANY, false, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* Fp8Arguments(): src/llamafactory/hparams/training_args.py */
static const struct profile_key lf_fp8[] = {
	{ "fp8", PROFILE_BOOL, false, 0, 0, NULL },
	{ "fp8_backend", PROFILE_STR, false, 0, 0, NULL },
	{ "fp8_enable_fsdp_float8_all_gather", PROFILE_BOOL, false,
	  0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/*
 * TrainingArguments(ProfilerArguments, Fp8Arguments, RayArguments,
 * BaseTrainingArguments): src/llamafactory/hparams/training_args.py
 */
static const struct profile_key lf_training[] = {
	{ "overwrite_output_dir", PROFILE_BOOL, false, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/*
 * MegatronBridgeArguments():
 * src/llamafactory/hparams/megatron_bridge_args.py
 */
static const struct profile_key lf_megatronbridge[] = {
	{ "tensor_model_parallel_size", PROFILE_INT, false, 0, 0, NULL },
	{ "pipeline_model_parallel_size", PROFILE_INT, false, 0, 0, NULL },
	{ "expert_model_parallel_size", PROFILE_INT, false, 0, 0, NULL },
	{ "context_parallel_size", PROFILE_INT, false, 0, 0, NULL },
	{ "virtual_pipeline_model_parallel_size", PROFILE_ANY, false,
	  0, 0, NULL },
	{ "sequence_parallel", PROFILE_BOOL, false, 0, 0, NULL },
	{ "recompute_granularity", PROFILE_ANY, false, 0, 0, NULL },
	{ "recompute_method", PROFILE_STR, false, 0, 0, NULL },
	{ "recompute_num_layers", PROFILE_ANY, false, 0, 0, NULL },
	{ "account_for_embedding_in_pipeline_split", PROFILE_ANY, false,
	  0, 0, NULL },
	{ "account_for_loss_in_pipeline_split", PROFILE_ANY, false,
	  0, 0, NULL },
	{ "bias_activation_fusion", PROFILE_ANY, false, 0, 0, NULL },
	{ "apply_rope_fusion", PROFILE_ANY, false, 0, 0, NULL },
	{ "masked_softmax_fusion", PROFILE_ANY, false, 0, 0, NULL },
	{ "cross_entropy_loss_fusion", PROFILE_ANY, false, 0, 0, NULL },
	{ "moe_grouped_gemm", PROFILE_ANY, false, 0, 0, NULL },
	{ "moe_token_dispatcher_type", PROFILE_STR, false, 0, 0, NULL },
	{ "calculate_per_token_loss", PROFILE_ANY, false, 0, 0, NULL },
	{ "use_distributed_optimizer", PROFILE_BOOL, false, 0, 0, NULL },
	{ "overlap_param_gather", PROFILE_BOOL, false, 0, 0, NULL },
	{ "overlap_grad_reduce", PROFILE_BOOL, false, 0, 0, NULL },
	{ "use_packed_sequences", PROFILE_BOOL, false, 0, 0, NULL },
	{ "mixed_precision", PROFILE_STR, false, 0, 0, NULL },
	{ "megatron_pretrained_checkpoint", PROFILE_ANY, false, 0, 0, NULL },
	{ "export_hf_on_finish", PROFILE_BOOL, false, 0, 0, NULL },
	{ "extra_config", PROFILE_ANY, false, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

static const struct profile_keyset lf_set_basemodel = {
	"BaseModelArguments",
	"src/llamafactory/hparams/model_args.py",
	lf_basemodel, NULL,
};
static const struct profile_keyset lf_set_quantization = {
	"QuantizationArguments",
	"src/llamafactory/hparams/model_args.py",
	lf_quantization, NULL,
};
static const struct profile_keyset lf_set_processor = {
	"ProcessorArguments",
	"src/llamafactory/hparams/model_args.py",
	lf_processor, NULL,
};
static const struct profile_keyset lf_set_export = {
	"ExportArguments",
	"src/llamafactory/hparams/model_args.py",
	lf_export, NULL,
};
static const struct profile_keyset lf_set_vllm = {
	"VllmArguments",
	"src/llamafactory/hparams/model_args.py",
	lf_vllm, NULL,
};
static const struct profile_keyset lf_set_sglang = {
	"SGLangArguments",
	"src/llamafactory/hparams/model_args.py",
	lf_sglang, NULL,
};
static const struct profile_keyset lf_set_ktransformers = {
	"KTransformersArguments",
	"src/llamafactory/hparams/model_args.py",
	lf_ktransformers, NULL,
};
static const struct profile_keyset lf_set_model = {
	"ModelArguments",
	"src/llamafactory/hparams/model_args.py",
	lf_model, NULL,
};
static const struct profile_keyset lf_set_data = {
	"DataArguments", "src/llamafactory/hparams/data_args.py", lf_data, NULL,
};
static const struct profile_keyset lf_set_freeze = {
	"FreezeArguments",
	"src/llamafactory/hparams/finetuning_args.py",
	lf_freeze, NULL,
};
static const struct profile_keyset lf_set_lora = {
	"LoraArguments",
	"src/llamafactory/hparams/finetuning_args.py",
	lf_lora, NULL,
};
static const struct profile_keyset lf_set_oft = {
	"OFTArguments",
	"src/llamafactory/hparams/finetuning_args.py",
	lf_oft, NULL,
};
static const struct profile_keyset lf_set_rlhf = {
	"RLHFArguments",
	"src/llamafactory/hparams/finetuning_args.py",
	lf_rlhf, NULL,
};
static const struct profile_keyset lf_set_galore = {
	"GaloreArguments",
	"src/llamafactory/hparams/finetuning_args.py",
	lf_galore, NULL,
};
static const struct profile_keyset lf_set_apollo = {
	"ApolloArguments",
	"src/llamafactory/hparams/finetuning_args.py",
	lf_apollo, NULL,
};
static const struct profile_keyset lf_set_badam = {
	"BAdamArgument",
	"src/llamafactory/hparams/finetuning_args.py",
	lf_badam, NULL,
};
static const struct profile_keyset lf_set_swanlab = {
	"SwanLabArguments",
	"src/llamafactory/hparams/finetuning_args.py",
	lf_swanlab, NULL,
};
static const struct profile_keyset lf_set_finetuning = {
	"FinetuningArguments",
	"src/llamafactory/hparams/finetuning_args.py",
	lf_finetuning, NULL,
};
static const struct profile_keyset lf_set_generating = {
	"GeneratingArguments",
	"src/llamafactory/hparams/generating_args.py",
	lf_generating, NULL,
};
static const struct profile_keyset lf_set_ray = {
	"RayArguments",
	"src/llamafactory/hparams/training_args.py",
	lf_ray, NULL,
};
static const struct profile_keyset lf_set_profiler = {
	"ProfilerArguments",
	"src/llamafactory/hparams/training_args.py",
	lf_profiler, NULL,
};
static const struct profile_keyset lf_set_fp8 = {
	"Fp8Arguments",
	"src/llamafactory/hparams/training_args.py",
	lf_fp8, NULL,
};
static const struct profile_keyset lf_set_training = {
	"TrainingArguments",
	"src/llamafactory/hparams/training_args.py",
	lf_training, NULL,
};
static const struct profile_keyset lf_set_megatronbridge = {
	"MegatronBridgeArguments",
	"src/llamafactory/hparams/megatron_bridge_args.py",
	lf_megatronbridge, NULL,
};

/*
 * Keys earlier releases had (an AST diff of src/llamafactory/hparams/ at
 * every tag from v0.9.0), each with the first release without it.
 */
static const struct profile_key lf_removed[] = {
	{ "image_resolution", PROFILE_INT, true, 0, FV(0, 9, 2),
	  "image_max_pixels" },
	{ "video_resolution", PROFILE_INT, true, 0, FV(0, 9, 2),
	  "video_max_pixels" },
	{ "image_dir", PROFILE_STR, true, 0, FV(0, 9, 2), "media_dir" },
	{ "train_mm_proj_only", PROFILE_BOOL, false, 0, FV(0, 9, 2),
	  "freeze_vision_tower" },
	{ "new_special_tokens", PROFILE_STR, true, 0, FV(0, 9, 3),
	  "add_special_tokens" },
	{ "use_cache", PROFILE_BOOL, false, 0, FV(0, 9, 4), "use_kv_cache" },
	{ "ray_run_name", PROFILE_STR, true, 0, FV(0, 9, 5), NULL },
	{ "ray_storage_path", PROFILE_STR, true, 0, FV(0, 9, 5), NULL },
	{ "ray_storage_filesystem", PROFILE_STR, true, 0, FV(0, 9, 5),
	  NULL },
	{ "resources_per_worker", PROFILE_ANY, true, 0, FV(0, 9, 5), NULL },
	{ "placement_strategy", PROFILE_STR, true, 0, FV(0, 9, 5), NULL },
	{ "kt_optimize_rule", PROFILE_STR, true, FV(0, 9, 4), FV(0, 9, 5),
	  NULL },
	{ "cpu_infer", PROFILE_INT, true, FV(0, 9, 4), FV(0, 9, 5), NULL },
	{ "chunk_size", PROFILE_INT, true, FV(0, 9, 4), FV(0, 9, 5), NULL },
	{ "kt_maxlen", PROFILE_INT, true, FV(0, 9, 4), FV(0, 9, 5), NULL },
	{ "kt_use_cuda_graph", PROFILE_BOOL, false, FV(0, 9, 4),
	  FV(0, 9, 5), NULL },
	{ "kt_mode", PROFILE_STR, true, FV(0, 9, 4), FV(0, 9, 5), NULL },
	{ "kt_force_think", PROFILE_BOOL, false, FV(0, 9, 4), FV(0, 9, 5),
	  NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

static const struct profile_keyset lf_set_removed = {
	"keys of earlier releases", "src/llamafactory/hparams", lf_removed,
	NULL,
};

static const struct profile_keyset *const lf_sets[] = {
	&lf_set_basemodel,
	&lf_set_quantization,
	&lf_set_processor,
	&lf_set_export,
	&lf_set_vllm,
	&lf_set_sglang,
	&lf_set_ktransformers,
	&lf_set_model,
	&lf_set_data,
	&lf_set_freeze,
	&lf_set_lora,
	&lf_set_oft,
	&lf_set_rlhf,
	&lf_set_galore,
	&lf_set_apollo,
	&lf_set_badam,
	&lf_set_swanlab,
	&lf_set_finetuning,
	&lf_set_generating,
	&lf_set_ray,
	&lf_set_profiler,
	&lf_set_fp8,
	&lf_set_training,
	&lf_set_megatronbridge,
	&lf_set_removed,
	NULL,
};

/* The tags from v0.9.0, and 0.9.6.dev0 (ff6d4d12), which no tag has yet. */
static const int lf_releases[] = {
	FV(0, 9, 0), FV(0, 9, 1), FV(0, 9, 2), FV(0, 9, 3), FV(0, 9, 4),
	FV(0, 9, 5), FV(0, 9, 6), 0,
};

static const struct profile_framework lf_framework = {
	.name = "llamafactory",
	.title = "LLaMA-Factory",
	.repo = "hiyouga/LLaMA-Factory",
	.releases = lf_releases,
	.typing = PROFILE_TYPING_OMEGACONF,
	/* a5a93597 (v0.9.4): before it, yaml.safe_load read the file */
	.typing_since = FV(0, 9, 4),
	.typing_before = PROFILE_TYPING_PLAIN,
	.unknown = PROFILE_UNKNOWN_RAISES,
	.unknown_says = "HfArgumentParser.parse_dict raises 'Some keys are "
	    "not used by the HfArgumentParser' unless ALLOW_EXTRA_ARGS=1",
	/* pyproject.toml: transformers>=4.55.0,<=5.8.0 */
	.transformers_max = TV(5, 8),
	/*
	 * hparams/parser.py read_args: json.load(Path(...)) raises
	 * AttributeError since 4c1eb922 (v0.9.5), so no JSON file is read
	 */
	.yaml_only = true,
};

const struct profile profile_llamafactory = {
	.name = "llamafactory",
	.fw = &lf_framework,
	.class_name = "Seq2SeqTrainingArguments",
	.cls = SCHEMA_CLASS_SEQ2SEQ,
	.sets = lf_sets,
	.prepare = profile_llamafactory_prepare,
	.rules = profile_llamafactory_rules,
	.doc = "llamafactory-cli train FILE.yaml",
};

/*
 * The experimental v1 format (USE_V1=1 llamafactory-cli sft FILE):
 * src/llamafactory/v1/config/{model,data,training,sample}_args.py at
 * ff6d4d12, parsed by v1/config/arg_parser.py with OmegaConf and
 * parse_dict. Its TrainingArguments are LLaMA-Factory's own, not
 * transformers': targs checks the keys and builds nothing.
 */
static const struct profile_key lf_v1_keys[] = {
	{ "model", PROFILE_STR, false, 0, 0, NULL },
	{ "custom_chat_template", PROFILE_STR, true, 0, 0, NULL },
	{ "trust_remote_code", PROFILE_BOOL, false, 0, 0, NULL },
	{ "flash_attn", PROFILE_STR, false, 0, 0, NULL },
	{ "model_class", PROFILE_STR, false, 0, 0, NULL },
	{ "init_config", PROFILE_DICT_OR_STR, true, 0, 0, NULL },
	{ "peft_config", PROFILE_DICT_OR_STR, true, 0, 0, NULL },
	{ "kernel_config", PROFILE_DICT_OR_STR, true, 0, 0, NULL },
	{ "quant_config", PROFILE_DICT_OR_STR, true, 0, 0, NULL },
	{ "template", PROFILE_STR, true, FV(0, 9, 5), FV(0, 9, 6),
	  "custom_chat_template" },
	{ "dataset", PROFILE_STR, true, FV(0, 9, 4), FV(0, 9, 5),
	  "train_dataset" },
	{ "train_dataset", PROFILE_STR, true, 0, 0, NULL },
	{ "eval_dataset", PROFILE_STR, true, 0, 0, NULL },
	{ "output_dir", PROFILE_STR, false, 0, 0, NULL },
	{ "micro_batch_size", PROFILE_INT, false, 0, 0, NULL },
	{ "global_batch_size", PROFILE_INT, true, 0, 0, NULL },
	{ "cutoff_len", PROFILE_INT, false, 0, 0, NULL },
	{ "learning_rate", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "num_train_epochs", PROFILE_INT, false, 0, 0, NULL },
	{ "max_steps", PROFILE_INT, true, 0, 0, NULL },
	{ "max_grad_norm", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "bf16", PROFILE_BOOL, false, 0, 0, NULL },
	{ "batching_strategy", PROFILE_STR, false, 0, 0, NULL },
	{ "batching_workers", PROFILE_INT, false, 0, 0, NULL },
	{ "enable_activation_checkpointing", PROFILE_BOOL, false, 0, 0,
	  NULL },
	{ "dist_config", PROFILE_DICT_OR_STR, true, 0, 0, NULL },
	{ "dp_size", PROFILE_INT, true, 0, 0, NULL },
	{ "cp_size", PROFILE_INT, false, 0, 0, NULL },
	{ "cp_mode", PROFILE_STR, false, 0, 0, NULL },
	{ "mp_replicate_size", PROFILE_INT, false, 0, 0, NULL },
	{ "mp_shard_size", PROFILE_INT, true, 0, 0, NULL },
	{ "dist_timeout", PROFILE_INT, false, 0, 0, NULL },
	{ "optim_config", PROFILE_DICT_OR_STR, true, 0, 0, NULL },
	{ "lr_scheduler_config", PROFILE_DICT_OR_STR, true, 0, 0, NULL },
	{ "seed", PROFILE_INT, false, 0, 0, NULL },
	{ "full_determinism", PROFILE_BOOL, false, 0, 0, NULL },
	{ "resume_from_checkpoint", PROFILE_STR, true, 0, 0, NULL },
	{ "save_steps", PROFILE_INT, true, 0, 0, NULL },
	{ "save_epochs", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "save_ckpt_as_hf", PROFILE_BOOL, false, 0, 0, NULL },
	{ "save_total_limit", PROFILE_INT, true, 0, 0, NULL },
	{ "logging_steps", PROFILE_INT, false, 0, 0, NULL },
	{ "pref_loss", PROFILE_STR, false, 0, 0, NULL },
	{ "pref_beta", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "pref_ftx", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "simpo_gamma", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "dpo_label_smoothing", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "ld_alpha", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "sample_backend", PROFILE_STR, false, 0, 0, NULL },
	{ "max_new_tokens", PROFILE_INT, false, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

static const struct profile_keyset lf_set_v1 = {
	"v1 ModelArguments/DataArguments/TrainingArguments/SampleArguments",
	"src/llamafactory/v1/config", lf_v1_keys, NULL,
};

static const struct profile_keyset *const lf_v1_sets[] = {
	&lf_set_v1, NULL,
};

/* No key reaches transformers' TrainingArguments. */
static const struct profile_map lf_v1_map[] = {
	{ NULL, NULL },
};

const struct profile profile_llamafactory_v1 = {
	.name = "llamafactory-v1",
	.fw = &lf_framework,
	.class_name = "LLaMA-Factory's own TrainingArguments",
	.cls = SCHEMA_CLASS_TRAINING,
	.sets = lf_v1_sets,
	.map = lf_v1_map,
	.keys_only = true,
	.unknown_says = "HfArgumentParser.parse_dict raises 'Some keys are "
	    "not used by the HfArgumentParser' unless ALLOW_EXTRA_KEYS=1",
	.rules = profile_llamafactory_v1_rules,
	.doc = "USE_V1=1 llamafactory-cli sft FILE.yaml (experimental)",
};

