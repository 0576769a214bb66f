/*
 * diag-table.c: every diagnostic code targs reports. Data only; the code
 * that uses it is in diag.c. Codes are stable once released: a code is
 * never reused for another problem.
 *
 * TA1xx: reading the file (encoding, syntax, structure, limits).
 * TA2xx: the file against the schema of a transformers release.
 * TA3xx: the rules of __post_init__, in the release's order.
 * TA4xx: settings upstream accepts and then ignores.
 * TA5xx: the schedule of a run (plan): surprises and Trainer errors.
 * TA6xx: suppression comments (`# targs: ignore[...]`) themselves.
 * TA7xx: the program that reads the file (profiles): which one, its
 *        keys, its loader, its own checks.
 */
#include "targs/diag.h"

const struct diag_code diag_code_table[DIAG_ID_COUNT] = {
	[DIAG_INVALID_UTF8] = {
		.code = "TA101", .name = "invalid-utf8",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "The file is not valid UTF-8, so Python cannot decode it.",
	},
	[DIAG_FORBIDDEN_CHARACTER] = {
		.code = "TA102", .name = "forbidden-character",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "The file holds a character its format does not allow, such as a NUL byte or a control character.",
	},
	[DIAG_YAML_SYNTAX] = {
		.code = "TA103", .name = "yaml-syntax",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "The file is not valid YAML.",
	},
	[DIAG_TAB_INDENT] = {
		.code = "TA104", .name = "tab-indent",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "A tab where PyYAML allows only spaces: in indentation or between tokens.",
	},
	[DIAG_JSON_SYNTAX] = {
		.code = "TA105", .name = "json-syntax",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "The file is not valid JSON as Python's json module reads it.",
	},
	[DIAG_EMPTY_DOCUMENT] = {
		.code = "TA106", .name = "empty-document",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "The file holds no document, only white space or comments.",
	},
	[DIAG_MULTIPLE_DOCUMENTS] = {
		.code = "TA107", .name = "multiple-documents",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "The file holds more than one YAML document; yaml.safe_load reads exactly one.",
	},
	[DIAG_NOT_A_MAPPING] = {
		.code = "TA108", .name = "not-a-mapping",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "The top level is not a mapping of parameter names to values.",
	},
	[DIAG_JSON_BOM] = {
		.code = "TA109", .name = "json-bom",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "The JSON file starts with a UTF-8 byte order mark, which Python's json.loads rejects.",
	},
	[DIAG_JSON_NONSTANDARD] = {
		.code = "TA110", .name = "json-nonstandard-number",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_ACCEPTS,
		.summary = "NaN, Infinity or -Infinity: Python's json module reads them, but they are not JSON.",
	},
	[DIAG_DUPLICATE_KEY] = {
		.code = "TA111", .name = "duplicate-key",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_ACCEPTS,
		.summary = "A key appears twice in one mapping; the last value wins silently.",
	},
	[DIAG_UNDEFINED_ALIAS] = {
		.code = "TA112", .name = "undefined-alias",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "An alias names an anchor that is not defined before it.",
	},
	[DIAG_DUPLICATE_ANCHOR] = {
		.code = "TA113", .name = "duplicate-anchor",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "The same anchor name is defined twice in one document.",
	},
	[DIAG_RECURSIVE_ALIAS] = {
		.code = "TA114", .name = "recursive-alias",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_ACCEPTS,
		.summary = "An alias refers to a node that contains it, making a structure that has no end.",
	},
	[DIAG_UNKNOWN_TAG] = {
		.code = "TA115", .name = "unknown-tag",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "A tag that yaml.safe_load cannot construct, such as !!python/object or a local tag.",
	},
	[DIAG_BAD_TAGGED_VALUE] = {
		.code = "TA116", .name = "bad-tagged-value",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "A value that its tag or its implicit type cannot construct, such as !!int abc or the date 2024-13-01.",
	},
	[DIAG_UNHASHABLE_KEY] = {
		.code = "TA117", .name = "unhashable-key",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "A sequence or mapping is used as a mapping key, which Python cannot hash.",
	},
	[DIAG_BAD_MERGE] = {
		.code = "TA118", .name = "bad-merge",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "A merge key (<<) whose value is not a mapping or a list of mappings.",
	},
	[DIAG_INTEGER_TOO_LONG] = {
		.code = "TA119", .name = "integer-too-long",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "A decimal integer of more than 4300 digits, which Python refuses to convert.",
	},
	[DIAG_OVER_LIMIT] = {
		.code = "TA120", .name = "over-limit",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_NONE,
		.summary = "The file exceeds one of targs' fixed limits on size, nesting, nodes, alias expansion or scalar length.",
	},
	[DIAG_FLOAT_OUT_OF_RANGE] = {
		.code = "TA121", .name = "float-out-of-range",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_ACCEPTS,
		.summary = "A number beyond a float's range: Python silently reads 1e400 as inf and 1e-400 as 0.0.",
	},
	[DIAG_VERSION_INFERRED] = {
		.code = "TA201", .name = "version-inferred",
		.severity = DIAG_INFO, .upstream = DIAG_UPSTREAM_NONE,
		.summary = "With --transformers auto: the release the file is checked against, and the keys that decided it.",
	},
	[DIAG_VERSION_CONFLICT] = {
		.code = "TA202", .name = "version-conflict",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_NONE,
		.summary = "With --transformers auto: no transformers release has all of the file's keys and values.",
	},
	[DIAG_UNKNOWN_KEY] = {
		.code = "TA203", .name = "unknown-key",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "A key that is no parameter of the selected release: transformers raises 'Some keys are not used by the HfArgumentParser' once the object is built.",
	},
	[DIAG_KEY_NOT_IN_RELEASE] = {
		.code = "TA204", .name = "key-not-in-release",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "A parameter of other releases or of another class: removed, renamed or not yet added in the selected release.",
	},
	[DIAG_WRONG_TYPE] = {
		.code = "TA205", .name = "wrong-type",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_TRAINER,
		.summary = "The value, as Python loads it, is not of the parameter's type (a string where a number belongs, a number for a flag).",
	},
	[DIAG_NOT_ALLOWED_VALUE] = {
		.code = "TA206", .name = "value-not-allowed",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_ACCEPTS,
		.summary = "A value outside the choices of a parameter that upstream does not check when it builds the object.",
	},
	[DIAG_MISSING_REQUIRED] = {
		.code = "TA207", .name = "missing-required",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "A parameter the release requires is not given (output_dir before 4.49).",
	},
	[DIAG_OUT_OF_RANGE] = {
		.code = "TA208", .name = "out-of-range",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_ACCEPTS,
		.summary = "A number outside the range that makes sense for the parameter (NaN is in no range).",
	},
	[DIAG_JSON_STRING_DICT] = {
		.code = "TA301", .name = "json-string-dict",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "A dict parameter given as a string that starts with '{' is parsed with json.loads, and its string leaves converted (4.40+).",
	},
	[DIAG_OUTPUT_DIR_DEFAULT] = {
		.code = "TA302", .name = "output-dir-default",
		.severity = DIAG_INFO, .upstream = DIAG_UPSTREAM_NONE,
		.summary = "A null output_dir becomes 'trainer_output' (4.49+).",
	},
	[DIAG_HOME_EXPANSION] = {
		.code = "TA303", .name = "home-expansion",
		.severity = DIAG_INFO, .upstream = DIAG_UPSTREAM_NONE,
		.summary = "A leading ~ in output_dir (and logging_dir before 5.0) is expanded to the home directory.",
	},
	[DIAG_LOGGING_DIR] = {
		.code = "TA304", .name = "logging-dir",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_ACCEPTS,
		.summary = "`logging_dir`: filled in with a time-and-host path up to 4.57; deprecated in favour of TENSORBOARD_LOGGING_DIR from 5.0.",
	},
	[DIAG_DISABLE_TQDM_DEFAULT] = {
		.code = "TA305", .name = "disable-tqdm-default",
		.severity = DIAG_INFO, .upstream = DIAG_UPSTREAM_NONE,
		.summary = "A null disable_tqdm becomes false unless the library logs only errors.",
	},
	[DIAG_TOKENS_SEEN] = {
		.code = "TA306", .name = "tokens-seen",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_ACCEPTS,
		.summary = "`include_num_input_tokens_seen`: true becomes 'all' and false 'no' (4.57+); other strings are taken silently as 'all' upstream.",
	},
	[DIAG_EVALUATION_STRATEGY_ALIAS] = {
		.code = "TA307", .name = "evaluation-strategy-alias",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_NONE,
		.summary = "`evaluation_strategy` is copied over eval_strategy (4.41-4.50).",
	},
	[DIAG_NO_CUDA_ALIAS] = {
		.code = "TA308", .name = "no-cuda-alias",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_NONE,
		.summary = "`no_cuda`: true is copied to use_cpu (up to 4.57).",
	},
	[DIAG_WARMUP_RATIO_ALIAS] = {
		.code = "TA309", .name = "warmup-ratio-alias",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_NONE,
		.summary = "`warmup_ratio` is copied over warmup_steps, whatever warmup_steps says (5.0 until its removal).",
	},
	[DIAG_ENUM_VALUE] = {
		.code = "TA310", .name = "enum-value",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "A strategy, scheduler or optimizer name that is no member of the release's Enum: __post_init__ raises ValueError.",
	},
	[DIAG_DEBUG_OPTIONS] = {
		.code = "TA311", .name = "debug-options",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "`debug` is split on white space and each word must be a DebugOption.",
	},
	[DIAG_DO_EVAL_DEFAULT] = {
		.code = "TA312", .name = "do-eval-default",
		.severity = DIAG_INFO, .upstream = DIAG_UPSTREAM_NONE,
		.summary = "`do_eval` becomes true when an eval strategy is set.",
	},
	[DIAG_EVAL_STEPS_DEFAULT] = {
		.code = "TA313", .name = "eval-steps-default",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "`eval_strategy` steps without eval_steps takes logging_steps, and raises when that is zero.",
	},
	[DIAG_METRIC_DEFAULT] = {
		.code = "TA314", .name = "metric-default",
		.severity = DIAG_INFO, .upstream = DIAG_UPSTREAM_NONE,
		.summary = "`metric_for_best_model` becomes 'loss' when the best model or a metric-driven scheduler needs one.",
	},
	[DIAG_GREATER_IS_BETTER_DEFAULT] = {
		.code = "TA315", .name = "greater-is-better-default",
		.severity = DIAG_INFO, .upstream = DIAG_UPSTREAM_NONE,
		.summary = "`greater_is_better` follows the metric's name: false for loss metrics.",
	},
	[DIAG_RUN_NAME_DEFAULT] = {
		.code = "TA316", .name = "run-name-default",
		.severity = DIAG_INFO, .upstream = DIAG_UPSTREAM_NONE,
		.summary = "A null run_name becomes output_dir (up to 4.54).",
	},
	[DIAG_REPORT_TO] = {
		.code = "TA317", .name = "report-to",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_TRAINER,
		.summary = "`report_to` is expanded to a list: 'all' names the installed integrations, 'none' none; the Trainer rejects unknown names.",
	},
	[DIAG_TORCH_COMPILE] = {
		.code = "TA318", .name = "torch-compile",
		.severity = DIAG_INFO, .upstream = DIAG_UPSTREAM_NONE,
		.summary = "`torch_compile_mode` or torch_compile_backend turn torch_compile on; the backend defaults to inductor.",
	},
	[DIAG_PIN_MEMORY_CPU] = {
		.code = "TA319", .name = "pin-memory-cpu",
		.severity = DIAG_INFO, .upstream = DIAG_UPSTREAM_NONE,
		.summary = "`use_cpu` turns dataloader_pin_memory off.",
	},
	[DIAG_ACCELERATOR_CONFIG] = {
		.code = "TA320", .name = "accelerator-config",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "`accelerator_config` becomes an AcceleratorConfig when accelerate is installed.",
	},
	[DIAG_ACCELERATE_ALIASES] = {
		.code = "TA321", .name = "accelerate-aliases",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_NONE,
		.summary = "`split_batches` and dispatch_batches are copied into accelerator_config (up to 4.50).",
	},
	[DIAG_FP16_BACKEND_ALIAS] = {
		.code = "TA322", .name = "fp16-backend-alias",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_NONE,
		.summary = "`fp16_backend` is copied to half_precision_backend when torch is installed (up to 4.57).",
	},
	[DIAG_ADAFACTOR_ALIAS] = {
		.code = "TA323", .name = "adafactor-alias",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_NONE,
		.summary = "`adafactor`: true sets optim to adafactor (up to 4.57).",
	},
	[DIAG_TORCHDYNAMO_ALIAS] = {
		.code = "TA324", .name = "torchdynamo-alias",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_NONE,
		.summary = "`torchdynamo` is copied to torch_compile_backend (up to 4.57).",
	},
	[DIAG_TPU_METRICS_DEBUG_ALIAS] = {
		.code = "TA325", .name = "tpu-metrics-debug-alias",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_NONE,
		.summary = "`tpu_metrics_debug`: true adds tpu_metrics_debug to debug (up to 4.57).",
	},
	[DIAG_HUB_TOKEN_ALIAS] = {
		.code = "TA326", .name = "hub-token-alias",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_NONE,
		.summary = "`push_to_hub_token` is copied to hub_token (up to 4.57).",
	},
	[DIAG_HUB_MODEL_ID_ALIAS] = {
		.code = "TA327", .name = "hub-model-id-alias",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_NONE,
		.summary = "`push_to_hub_model_id` and push_to_hub_organization make hub_model_id (up to 4.57).",
	},
	[DIAG_INPUTS_FOR_METRICS_ALIAS] = {
		.code = "TA328", .name = "inputs-for-metrics-alias",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_NONE,
		.summary = "`include_inputs_for_metrics`: true adds 'inputs' to include_for_metrics (4.46-4.57).",
	},
	[DIAG_FSDP_ALIASES] = {
		.code = "TA329", .name = "fsdp-aliases",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_NONE,
		.summary = "`fsdp_min_num_params` and fsdp_transformer_layer_cls_to_wrap are copied into fsdp_config (up to 4.57).",
	},
	[DIAG_EMPTY_CACHE_STEPS] = {
		.code = "TA330", .name = "empty-cache-steps",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "`torch_empty_cache_steps` must be an integer above 0 (4.43+; 4.43-4.49 let some bad values through).",
	},
	[DIAG_LOGGING_STEPS_ZERO] = {
		.code = "TA331", .name = "logging-steps-zero",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "`logging_strategy` steps needs a non-zero logging_steps.",
	},
	[DIAG_INTEGRAL_STEPS] = {
		.code = "TA332", .name = "integral-steps",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "The logging/eval/save steps above 1 must be whole numbers when their strategy is steps; below 1 they are shares of the total.",
	},
	[DIAG_BEST_MODEL_STRATEGIES] = {
		.code = "TA333", .name = "best-model-strategies",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "`load_best_model_at_end` needs matching eval and save strategies, and save_steps a multiple of eval_steps.",
	},
	[DIAG_FP16_AND_BF16] = {
		.code = "TA334", .name = "fp16-and-bf16",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "`fp16` and bf16 cannot both be true.",
	},
	[DIAG_FULL_EVAL_PRECISION] = {
		.code = "TA335", .name = "full-eval-precision",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "`fp16_full_eval` and bf16_full_eval cannot both be true.",
	},
	[DIAG_APEX_BF16] = {
		.code = "TA336", .name = "apex-bf16",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "`bf16` does not work with half_precision_backend apex (up to 4.57).",
	},
	[DIAG_PREFETCH_FACTOR] = {
		.code = "TA337", .name = "prefetch-factor",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "`dataloader_prefetch_factor` needs dataloader_num_workers above 0.",
	},
	[DIAG_SCHEDULER_NEEDS_EVAL] = {
		.code = "TA338", .name = "scheduler-needs-eval",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "`reduce_lr_on_plateau` and greedy schedulers need an eval strategy.",
	},
	[DIAG_WARMUP] = {
		.code = "TA339", .name = "warmup",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "`warmup_ratio` must lie in [0, 1] and warmup_steps be 0 or more, as each release checks them.",
	},
	[DIAG_FSDP_OPTIONS] = {
		.code = "TA340", .name = "fsdp-options",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "`fsdp` is a switch or FSDPOption words; each word must be an option of the release.",
	},
	[DIAG_FSDP_OFFLOAD_ALONE] = {
		.code = "TA341", .name = "fsdp-offload-alone",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "`fsdp` offload needs full_shard or shard_grad_op beside it.",
	},
	[DIAG_FSDP_SHARDING_CONFLICT] = {
		.code = "TA342", .name = "fsdp-sharding-conflict",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "`fsdp` cannot hold both full_shard and shard_grad_op.",
	},
	[DIAG_FSDP_ACTIVATION_CHECKPOINTING] = {
		.code = "TA343", .name = "fsdp-activation-checkpointing",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_ACCEPTS,
		.summary = "`gradient_checkpointing` with FSDP sharding: use activation_checkpointing in fsdp_config instead.",
	},
	[DIAG_FSDP_CONFIG] = {
		.code = "TA344", .name = "fsdp-config",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "`fsdp_config` keys are normalised and checked as _process_fsdp_args does.",
	},
	[DIAG_BF16_HARDWARE] = {
		.code = "TA345", .name = "bf16-hardware",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "`bf16` needs a bf16-capable GPU (or use_cpu) on the machine the --env preset describes.",
	},
	[DIAG_TF32_HARDWARE] = {
		.code = "TA346", .name = "tf32-hardware",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "`tf32` needs an Ampere or newer GPU on the machine the --env preset describes.",
	},
	[DIAG_FP16_DEVICE] = {
		.code = "TA347", .name = "fp16-device",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "`fp16` needs a CUDA, NPU or XPU device (up to 4.41), on the machine the --env preset describes.",
	},
	[DIAG_NEGATIVE_STEPS] = {
		.code = "TA348", .name = "negative-steps",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_ACCEPTS,
		.summary = "A negative logging, eval or save interval: upstream accepts it and then logs or evaluates oddly or never saves.",
	},
	[DIAG_BEST_METRIC_NEEDED] = {
		.code = "TA349", .name = "best-metric-needed",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_TRAINER,
		.summary = "`save_strategy` best needs metric_for_best_model (4.47+); the Trainer raises when it starts.",
	},
	[DIAG_AVERAGE_TOKENS] = {
		.code = "TA350", .name = "average-tokens",
		.severity = DIAG_INFO, .upstream = DIAG_UPSTREAM_NONE,
		.summary = "`average_tokens_across_devices` is turned off on one process (4.47-4.56).",
	},
	[DIAG_DEEPSPEED] = {
		.code = "TA351", .name = "deepspeed",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "`deepspeed` needs accelerate to load its configuration.",
	},
	[DIAG_UNUSED_SAVE_STEPS] = {
		.code = "TA401", .name = "unused-save-steps",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_ACCEPTS,
		.summary = "`save_steps` is ignored because save_strategy is not steps.",
	},
	[DIAG_UNUSED_EVAL_STEPS] = {
		.code = "TA402", .name = "unused-eval-steps",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_ACCEPTS,
		.summary = "`eval_steps` is ignored because eval_strategy is not steps.",
	},
	[DIAG_EPOCHS_IGNORED] = {
		.code = "TA403", .name = "epochs-ignored",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_ACCEPTS,
		.summary = "`num_train_epochs` is ignored because max_steps is above 0.",
	},
	[DIAG_WARMUP_RATIO_IGNORED] = {
		.code = "TA404", .name = "warmup-ratio-ignored",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_ACCEPTS,
		.summary = "`warmup_ratio` is ignored because warmup_steps is above 0 (up to 4.57).",
	},
	[DIAG_UNUSED_METRIC] = {
		.code = "TA405", .name = "unused-metric",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_ACCEPTS,
		.summary = "`metric_for_best_model` is set but nothing uses it: no evaluation tracks a best checkpoint, and no best model, best-save or metric-driven scheduler reads it.",
	},
	[DIAG_PLAN_NEVER_EVALUATES] = {
		.code = "TA501", .name = "never-evaluates",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_ACCEPTS,
		.summary = "An evaluation strategy is set but no evaluation happens during training: the interval or eval_delay is beyond the last step.",
	},
	[DIAG_PLAN_ONLY_FINAL_SAVE] = {
		.code = "TA502", .name = "only-final-save",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_ACCEPTS,
		.summary = "Saving by steps never reaches an interval: the only checkpoint is the one forced at the end, or there is none.",
	},
	[DIAG_PLAN_BEST_IS_LAST] = {
		.code = "TA503", .name = "best-is-last",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_ACCEPTS,
		.summary = "`load_best_model_at_end` has at most one evaluated checkpoint to choose from, so the best model can only be that one.",
	},
	[DIAG_PLAN_WARMUP_WHOLE_RUN] = {
		.code = "TA504", .name = "warmup-whole-run",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_ACCEPTS,
		.summary = "Warm-up lasts as long as training or longer: the learning rate never reaches its peak or never decays.",
	},
	[DIAG_PLAN_RATIO_ROUNDS] = {
		.code = "TA505", .name = "ratio-rounds",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_ACCEPTS,
		.summary = "A fraction of the total steps rounds to every step or to none for this run's length.",
	},
	[DIAG_PLAN_NEVER_LOGS] = {
		.code = "TA506", .name = "never-logs",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_ACCEPTS,
		.summary = "The logging interval is beyond the last step: no training loss is logged during the run.",
	},
	[DIAG_PLAN_MANY_CHECKPOINTS] = {
		.code = "TA507", .name = "many-checkpoints",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_ACCEPTS,
		.summary = "Without `save_total_limit` every checkpoint stays on disk, and this run writes many.",
	},
	[DIAG_PLAN_CUT_SHORT] = {
		.code = "TA508", .name = "run-cut-short",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_ACCEPTS,
		.summary = "The loop's updates and the schedule's length disagree: training stops before its last epoch ends, or ends before the learning-rate schedule does.",
	},
	[DIAG_PLAN_MAX_STEPS_ZERO] = {
		.code = "TA509", .name = "max-steps-zero",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_ACCEPTS,
		.summary = "`max_steps: 0` trains for one update from 4.49 (before, it meant: train by epochs).",
	},
	[DIAG_PLAN_FINAL_DELETED] = {
		.code = "TA510", .name = "final-checkpoint-deleted",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_ACCEPTS,
		.summary = "With `save_total_limit: 1` and a best checkpoint, the end of training deletes every other checkpoint, the last one too.",
	},
	[DIAG_PLAN_SCHEDULER] = {
		.code = "TA511", .name = "scheduler-raises",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_TRAINER,
		.summary = "Building or stepping the learning-rate scheduler raises when the Trainer starts or runs.",
	},
	[DIAG_PLAN_TRAINER] = {
		.code = "TA512", .name = "trainer-raises",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_TRAINER,
		.summary = "The Trainer cannot run this schedule: it raises before the first step or during training, or there is nothing to train on.",
	},	[DIAG_BLANKET_SUPPRESSION] = {
		.code = "TA601", .name = "blanket-suppression",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_NONE,
		.summary = "A `# targs: ignore` or `ignore-file` comment without codes silences every code, also the ones nobody has seen yet.",
	},
	[DIAG_UNUSED_SUPPRESSION] = {
		.code = "TA602", .name = "unused-suppression",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_NONE,
		.summary = "A code in a suppression comment silenced nothing (reported with `--report-unused-ignores`).",
	},
	[DIAG_BAD_SUPPRESSION] = {
		.code = "TA603", .name = "bad-suppression",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_NONE,
		.summary = "A `# targs:` comment that is no directive targs understands, or names a code targs does not report.",
	},
	[DIAG_PROFILE_DETECTED] = {
		.code = "TA701", .name = "profile-detected",
		.severity = DIAG_INFO, .upstream = DIAG_UPSTREAM_NONE,
		.summary = "The program that reads the file (TRL, LLaMA-Factory, axolotl, an HF example script) was detected from its keys; --profile names it.",
	},
	[DIAG_FRAMEWORK_KEY_NOT_IN_RELEASE] = {
		.code = "TA702", .name = "framework-key-not-in-release",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "A key of the framework that the selected framework release does not have: renamed, removed or not yet added.",
	},
	[DIAG_FRAMEWORK_CONVERSION] = {
		.code = "TA703", .name = "framework-conversion",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "The framework's loader converts values to the field's type (argparse for TRL, pydantic for axolotl) and refuses this one.",
	},
	[DIAG_NESTED_BLOCK] = {
		.code = "TA704", .name = "nested-block",
		.severity = DIAG_INFO, .upstream = DIAG_UPSTREAM_NONE,
		.summary = "The TrainingArguments are read from a mapping below the top level (training_args, args, training_arguments, or --path).",
	},
	[DIAG_PATH_NOT_FOUND] = {
		.code = "TA705", .name = "path-not-found",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_NONE,
		.summary = "The key path --path names does not lead to a mapping in the file.",
	},
	[DIAG_TRL_BF16_DEFAULT] = {
		.code = "TA710", .name = "trl-bf16-default",
		.severity = DIAG_INFO, .upstream = DIAG_UPSTREAM_NONE,
		.summary = "TRL's _BaseConfig leaves bf16 None, and its __post_init__ sets it to `not fp16`: bf16 is on unless the file turns fp16 on.",
	},
	[DIAG_TRL_QUANT_BITS] = {
		.code = "TA711", .name = "trl-4bit-and-8bit",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "ModelConfig refuses load_in_8bit and load_in_4bit together.",
	},
	[DIAG_TRL_GENERATIONS] = {
		.code = "TA712", .name = "trl-generations",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "GRPOConfig/RLOOConfig: num_generations below 2, or generation_batch_size and steps_per_generation both set.",
	},
	[DIAG_LF_UNUSED_COLUMNS] = {
		.code = "TA720", .name = "llamafactory-remove-unused-columns",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_ACCEPTS,
		.summary = "LLaMA-Factory sets remove_unused_columns to false after parsing, whatever the file says.",
	},
	[DIAG_LF_SFT_ONLY] = {
		.code = "TA721", .name = "llamafactory-sft-only",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "The keys predict_with_generate, neat_packing, train_on_prompt and mask_history work only with stage sft.",
	},
	[DIAG_LF_STREAMING_STEPS] = {
		.code = "TA722", .name = "llamafactory-streaming-max-steps",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "Streaming needs max_steps: a streamed dataset has no length.",
	},
	[DIAG_LF_NEEDS_DATASET] = {
		.code = "TA723", .name = "llamafactory-needs-dataset",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "A training run needs dataset; val_size and eval_dataset exclude each other.",
	},
	[DIAG_LF_LORA_ONLY] = {
		.code = "TA724", .name = "llamafactory-lora-only",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "The keys loraplus_lr_ratio, use_rslora, use_dora and pissa_init need finetuning_type lora.",
	},
	[DIAG_AXOLOTL_COMPUTED] = {
		.code = "TA730", .name = "axolotl-computed",
		.severity = DIAG_INFO, .upstream = DIAG_UPSTREAM_NONE,
		.summary = "A TrainingArguments value axolotl computes from its own keys (saves_per_epoch, evals_per_epoch, bf16: auto, lr_scheduler: one_cycle).",
	},
	[DIAG_AXOLOTL_EXCLUSIVE] = {
		.code = "TA731", .name = "axolotl-exclusive-keys",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "Two axolotl keys that exclude each other: warmup_steps and warmup_ratio, save_steps and saves_per_epoch, eval_steps and evals_per_epoch.",
	},
	[DIAG_AXOLOTL_BATCH] = {
		.code = "TA732", .name = "axolotl-batch-size",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "The axolotl schema needs at least two of micro_batch_size, gradient_accumulation_steps and batch_size in the file.",
	},
	[DIAG_AXOLOTL_BEST_OFF] = {
		.code = "TA733", .name = "axolotl-best-model-off",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_ACCEPTS,
		.summary = "The axolotl builder passes load_best_model_at_end only with an evaluation set and save_steps a multiple of eval_steps; otherwise it turns it off without a word.",
	},
	[DIAG_AXOLOTL_REQUIRED] = {
		.code = "TA734", .name = "axolotl-required",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "The keys base_model and learning_rate have no default in axolotl's schema.",
	},
	[DIAG_KEYS_ONLY] = {
		.code = "TA706", .name = "keys-only",
		.severity = DIAG_INFO, .upstream = DIAG_UPSTREAM_NONE,
		.summary = "The program builds no transformers TrainingArguments from this file (LLaMA-Factory's v1 format): targs checks its keys and resolves nothing.",
	},
	[DIAG_LF_V1_PLUGIN] = {
		.code = "TA725", .name = "llamafactory-v1-plugin-config",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "A *_config block of LLaMA-Factory's v1 format must be a mapping (or a JSON object in a string) with a name.",
	},
	[DIAG_LF_V1_VALUE] = {
		.code = "TA726", .name = "llamafactory-v1-value",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "A value LLaMA-Factory's v1 format refuses: flash_attn outside eager, sdpa and flash_attention_2; dynamic_batching without max_steps or with save_epochs.",
	},
};
