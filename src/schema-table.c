/*
 * schema-table.c: every TrainingArguments and Seq2SeqTrainingArguments
 * parameter of every transformers release targs knows. Data only; the
 * code that reads it is in schema.c, and docs/schema.md says how a row is
 * read.
 *
 * Rows are in the order transformers 5.2 and later declare the fields
 * (the order to_dict() writes them in); a field of older releases sits
 * with the fields of its group, and .legacy_position gives the order of
 * releases before 5.2. Seq2SeqTrainingArguments' own fields come last.
 *
 * Facts come from the released classes (the field sets, types and
 * defaults of 4.38.2, 4.57.6, 5.0.0 and 5.5.0 are compared with the real
 * classes by tests/unit/test-schema.c) and, between those, from the
 * upstream history as the reference describes it. Release boundaries the
 * history does not pin exactly are marked "inferred" in docs/schema.md.
 *
 * A member without .since exists from the oldest release targs knows;
 * one without .removed is still there.
 */
#include <stddef.h>

#include "targs/schema.h"

/* IntervalStrategy: eval_strategy, logging_strategy; save_strategy before 4.47. */
static const struct schema_member schema_interval_members[] = {
	{ .name = "no" }, { .name = "steps" }, { .name = "epoch" },
	{ .name = NULL },
};
static const struct schema_enum schema_enum_interval = {
	.name = "IntervalStrategy", .check = SCHEMA_CHECK_CLASS,
	.members = schema_interval_members,
};

/* SaveStrategy: save_strategy from 4.47. */
static const struct schema_member schema_save_members[] = {
	{ .name = "no" },
	{ .name = "steps" },
	{ .name = "epoch" },
	{ .name = "best", .since = TV(4, 47) },
	{ .name = NULL },
};
static const struct schema_enum schema_enum_save = {
	.name = "SaveStrategy", .check = SCHEMA_CHECK_CLASS,
	.members = schema_save_members,
};

static const struct schema_member schema_hub_members[] = {
	{ .name = "end" },
	{ .name = "every_save" },
	{ .name = "checkpoint" },
	{ .name = "all_checkpoints" },
	{ .name = NULL },
};
static const struct schema_enum schema_enum_hub = {
	.name = "HubStrategy", .check = SCHEMA_CHECK_CLASS,
	.members = schema_hub_members,
};

/* In declaration order, which is the order upstream's error lists them. */
static const struct schema_member schema_scheduler_members[] = {
	{ .name = "linear" },
	{ .name = "cosine" },
	{ .name = "cosine_with_restarts" },
	{ .name = "polynomial" },
	{ .name = "constant" },
	{ .name = "constant_with_warmup" },
	{ .name = "inverse_sqrt" },
	{ .name = "reduce_lr_on_plateau" },
	{ .name = "cosine_with_min_lr", .since = TV(4, 40) },
	{ .name = "cosine_warmup_with_min_lr", .since = TV(4, 54) },
	{ .name = "warmup_stable_decay", .since = TV(4, 41) },
	{ .name = "greedy", .since = TV(5, 4) },
	{ .name = NULL },
};
static const struct schema_enum schema_enum_scheduler = {
	.name = "SchedulerType", .check = SCHEMA_CHECK_CLASS,
	.members = schema_scheduler_members,
};

static const struct schema_member schema_optimizer_members[] = {
	{ .name = "adamw_hf", .removed = TV(4, 50) },
	{ .name = "adamw_torch" },
	{ .name = "adamw_torch_fused" },
	{ .name = "adamw_torch_xla" },
	{ .name = "adamw_torch_npu_fused" },
	{ .name = "adamw_apex_fused", .removed = TV(5, 8) },
	{ .name = "adafactor" },
	{ .name = "adamw_anyprecision" },
	{ .name = "adamw_torch_4bit", .since = TV(4, 45) },
	{ .name = "adamw_torch_8bit", .since = TV(4, 49) },
	{ .name = "ademamix", .since = TV(4, 45) },
	{ .name = "sgd" },
	{ .name = "adagrad" },
	{ .name = "adamw_bnb_8bit" },
	{ .name = "adamw_8bit" },
	{ .name = "ademamix_8bit", .since = TV(4, 45) },
	{ .name = "lion_8bit" },
	{ .name = "lion_32bit" },
	{ .name = "paged_adamw_32bit" },
	{ .name = "paged_adamw_8bit" },
	{ .name = "paged_ademamix_32bit", .since = TV(4, 45) },
	{ .name = "paged_ademamix_8bit", .since = TV(4, 45) },
	{ .name = "paged_lion_32bit" },
	{ .name = "paged_lion_8bit" },
	{ .name = "rmsprop" },
	{ .name = "rmsprop_bnb" },
	{ .name = "rmsprop_bnb_8bit" },
	{ .name = "rmsprop_bnb_32bit" },
	{ .name = "galore_adamw", .since = TV(4, 39) },
	{ .name = "galore_adamw_8bit", .since = TV(4, 39) },
	{ .name = "galore_adafactor", .since = TV(4, 39) },
	{ .name = "galore_adamw_layerwise", .since = TV(4, 39) },
	{ .name = "galore_adamw_8bit_layerwise", .since = TV(4, 39) },
	{ .name = "galore_adafactor_layerwise", .since = TV(4, 39) },
	{ .name = "lomo", .since = TV(4, 42) },
	{ .name = "adalomo", .since = TV(4, 42) },
	{ .name = "grokadamw", .since = TV(4, 45) },
	{ .name = "schedule_free_radam", .since = TV(4, 49) },
	{ .name = "schedule_free_adamw", .since = TV(4, 45) },
	{ .name = "schedule_free_sgd", .since = TV(4, 45) },
	{ .name = "apollo_adamw", .since = TV(4, 49) },
	{ .name = "apollo_adamw_layerwise", .since = TV(4, 49) },
	{ .name = "stable_adamw", .since = TV(4, 54) },
	{ .name = NULL },
};
static const struct schema_enum schema_enum_optimizer = {
	.name = "OptimizerNames", .check = SCHEMA_CHECK_CLASS,
	.members = schema_optimizer_members,
};

static const struct schema_member schema_debug_members[] = {
	{ .name = "underflow_overflow" }, { .name = "tpu_metrics_debug" },
	{ .name = NULL },
};
static const struct schema_enum schema_enum_debug = {
	.name = "DebugOption", .check = SCHEMA_CHECK_CLASS,
	.members = schema_debug_members,
};

static const struct schema_member schema_fsdp_members[] = {
	{ .name = "full_shard" },
	{ .name = "shard_grad_op" },
	{ .name = "no_shard" },
	{ .name = "hybrid_shard" },
	{ .name = "hybrid_shard_zero2" },
	{ .name = "offload" },
	{ .name = "auto_wrap" },
	{ .name = NULL },
};
static const struct schema_enum schema_enum_fsdp = {
	.name = "FSDPOption", .check = SCHEMA_CHECK_CLASS,
	.members = schema_fsdp_members,
};

/* The Trainer looks the level up in a dict: KeyError when it starts. */
static const struct schema_member schema_log_level_members[] = {
	{ .name = "detail" },
	{ .name = "debug" },
	{ .name = "info" },
	{ .name = "warning" },
	{ .name = "error" },
	{ .name = "critical" }, { .name = "passive" },
	{ .name = NULL },
};
static const struct schema_enum schema_enum_log_level = {
	.name = "log level", .check = SCHEMA_CHECK_TRAINER,
	.choices = true,
	.members = schema_log_level_members,
};

/* argparse choices only: a file may name any backend. */
static const struct schema_member schema_ddp_backend_members[] = {
	{ .name = "nccl" },
	{ .name = "gloo" },
	{ .name = "mpi" },
	{ .name = "ccl", .removed = TV(5, 2) },
	{ .name = "xccl", .since = TV(5, 2) },
	{ .name = "hccl" },
	{ .name = "cncl", .since = TV(4, 40) },
	{ .name = "mccl", .since = TV(4, 45) },
	{ .name = NULL },
};
static const struct schema_enum schema_enum_ddp_backend = {
	.name = "DDP backend", .check = SCHEMA_CHECK_ARGPARSE,
	.choices = true,
	.members = schema_ddp_backend_members,
};

static const struct schema_member schema_half_precision_members[] = {
	{ .name = "auto" }, { .name = "apex" }, { .name = "cpu_amp" },
	{ .name = NULL },
};
static const struct schema_enum schema_enum_half_precision = {
	.name = "half-precision backend", .check = SCHEMA_CHECK_ARGPARSE,
	.choices = true,
	.members = schema_half_precision_members,
};

/* Any other value silently means the random sampler. */
static const struct schema_member schema_sampling_members[] = {
	{ .name = "random" },
	{ .name = "sequential" },
	{ .name = "group_by_length" },
	{ .name = NULL },
};
static const struct schema_enum schema_enum_sampling = {
	.name = "sampling strategy", .check = SCHEMA_CHECK_NONE,
	.choices = true,
	.members = schema_sampling_members,
};

/* Any other string counts tokens like "all". */
static const struct schema_member schema_tokens_seen_members[] = {
	{ .name = "all" }, { .name = "non_padding" }, { .name = "no" },
	{ .name = NULL },
};
static const struct schema_enum schema_enum_tokens_seen = {
	.name = "token count", .check = SCHEMA_CHECK_NONE,
	.members = schema_tokens_seen_members,
};

/* Passed to compute_metrics as they are; nobody checks them. */
static const struct schema_member schema_metrics_input_members[] = {
	{ .name = "inputs" }, { .name = "loss" },
	{ .name = NULL },
};
static const struct schema_enum schema_enum_metrics_input = {
	.name = "metrics input", .check = SCHEMA_CHECK_NONE,
	.members = schema_metrics_input_members,
};

/* torch's DataLoader refuses other names when the Trainer builds it. */
static const struct schema_member schema_mp_context_members[] = {
	{ .name = "fork" }, { .name = "spawn" }, { .name = "forkserver" },
	{ .name = NULL },
};
static const struct schema_enum schema_enum_mp_context = {
	.name = "multiprocessing context", .check = SCHEMA_CHECK_TRAINER,
	.members = schema_mp_context_members,
};

/*
 * report_to: the Trainer's integration-to-callback map, plus "all" and
 * "none", which __post_init__ expands.
 */
static const struct schema_member schema_integration_members[] = {
	{ .name = "all" }, { .name = "none" },
	{ .name = "azure_ml" },
	{ .name = "comet_ml" },
	{ .name = "mlflow" },
	{ .name = "neptune" },
	{ .name = "tensorboard" },
	{ .name = "trackio", .since = TV(4, 54) },
	{ .name = "wandb" },
	{ .name = "codecarbon" },
	{ .name = "clearml" },
	{ .name = "dagshub" },
	{ .name = "flyte" },
	{ .name = "dvclive" },
	{ .name = "swanlab", .since = TV(4, 50) },
	{ .name = "kubeflow", .since = TV(5, 5) },
	{ .name = NULL },
};
static const struct schema_enum schema_enum_integration = {
	.name = "integration", .check = SCHEMA_CHECK_TRAINER,
	.members = schema_integration_members,
};

const struct schema_enum *const schema_enums[] = {
	&schema_enum_interval, &schema_enum_save, &schema_enum_hub,
	&schema_enum_scheduler, &schema_enum_optimizer, &schema_enum_debug,
	&schema_enum_fsdp, &schema_enum_log_level, &schema_enum_ddp_backend,
	&schema_enum_half_precision, &schema_enum_sampling,
	&schema_enum_tokens_seen, &schema_enum_metrics_input,
	&schema_enum_mp_context, &schema_enum_integration,
	NULL,
};

const struct schema_row schema_table[] = {
	{
		.name = "output_dir",
		.group = SCHEMA_GROUP_TRAINING,
		.since = TV(4, 38),
		.legacy_position = 1,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_STR,
			  .required = true, .def = "null" },
			{ .since = TV(4, 49), .type = SCHEMA_STR,
			  .nullable = true, .def = "null",
			  .note = "null -> `trainer_output`" },
		},
		.doc = "Directory where checkpoints and final outputs are "
		    "written. Null means `trainer_output`; a leading `~` is "
		    "expanded to the home directory.",
	},
	{
		.name = "overwrite_output_dir",
		.group = SCHEMA_GROUP_TRAINING,
		.since = TV(4, 38),
		.removed = TV(5, 0),
		.legacy_position = 2,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.migration = "drop it: only the example scripts read it; use "
		    "`resume_from_checkpoint` to continue a run",
		.doc = "Example-script flag allowing writes into an "
		    "`output_dir` that already has content. Removed; drop it "
		    "and use `resume_from_checkpoint` to continue a run.",
	},
	{
		.name = "per_device_train_batch_size",
		.group = SCHEMA_GROUP_TRAINING,
		.since = TV(4, 38),
		.legacy_position = 8,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_INT, .def = "8" },
		},
		.bounds = { .min = 1, .flags = SCHEMA_MIN },
		.doc = "Training batch size on each device for one "
		    "forward/backward pass. The effective batch is this "
		    "times `gradient_accumulation_steps` times the device "
		    "count.",
	},
	{
		.name = "per_gpu_train_batch_size",
		.group = SCHEMA_GROUP_TRAINING,
		.since = TV(4, 38),
		.removed = TV(5, 0),
		.deprecated = TV(4, 38),
		.legacy_position = 10,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_INT,
			  .nullable = true, .def = "null" },
		},
		.bounds = { .min = 1, .flags = SCHEMA_MIN },
		.replaced_by = "per_device_train_batch_size",
		.doc = "Old name of `per_device_train_batch_size`; when set "
		    "it overrides that field with a warning. Use "
		    "`per_device_train_batch_size` instead.",
	},
	{
		.name = "num_train_epochs",
		.group = SCHEMA_GROUP_TRAINING,
		.since = TV(4, 38),
		.legacy_position = 22,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_FLOAT,
			  .def = "3.0" },
		},
		.bounds = { .min = 0, .flags = SCHEMA_MIN },
		.doc = "Number of passes over the training data; a "
		    "fractional part runs that share of the last epoch. "
		    "Ignored when `max_steps` > 0.",
	},
	{
		.name = "max_steps",
		.group = SCHEMA_GROUP_TRAINING,
		.since = TV(4, 38),
		.legacy_position = 23,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_INT,
			  .def = "-1" },
		},
		.bounds = { .min = -1, .flags = SCHEMA_MIN },
		.doc = "Total number of optimizer updates to run; when > 0 "
		    "it overrides `num_train_epochs`. `-1` means the epoch "
		    "count decides.",
	},
	{
		.name = "learning_rate",
		.group = SCHEMA_GROUP_SCHEDULE,
		.since = TV(4, 38),
		.legacy_position = 16,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_FLOAT,
			  .def = "5e-05" },
		},
		.bounds = { .min = 0, .flags = SCHEMA_MIN | SCHEMA_MIN_OPEN },
		.doc = "Peak learning rate given to the optimizer; warm-up "
		    "and the scheduler scale it over the course of training.",
	},
	{
		.name = "lr_scheduler_type",
		.group = SCHEMA_GROUP_SCHEDULE,
		.since = TV(4, 38),
		.legacy_position = 24,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_ENUM,
			  .def = "\"linear\"",
			  .values = &schema_enum_scheduler },
		},
		.doc = "Shape of the learning-rate schedule, e.g. `linear`, "
		    "`cosine`, `constant_with_warmup` or "
		    "`reduce_lr_on_plateau` (the last needs an eval "
		    "strategy).",
	},
	{
		.name = "lr_scheduler_kwargs",
		.group = SCHEMA_GROUP_SCHEDULE,
		.since = TV(4, 38),
		.legacy_position = 25,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_DICT,
			  .nullable = true, .def = "{}" },
			{ .since = TV(4, 40), .type = SCHEMA_DICT_JSON,
			  .nullable = true, .def = "{}" },
			{ .since = TV(4, 57), .type = SCHEMA_DICT_JSON,
			  .nullable = true, .def = "null" },
		},
		.doc = "Extra keyword arguments for the chosen scheduler, as "
		    "an object or a JSON object string. Null or empty passes "
		    "none.",
	},
	{
		.name = "warmup_steps",
		.group = SCHEMA_GROUP_SCHEDULE,
		.since = TV(4, 38),
		.legacy_position = 27,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_INT, .def = "0" },
			{ .since = TV(5, 0), .type = SCHEMA_NUM, .def = "0" },
		},
		.bounds = { .min = 0, .flags = SCHEMA_MIN },
		.doc = "Length of the linear learning-rate warm-up: a value "
		    ">= 1 is a number of updates, a value < 1 a fraction of "
		    "total steps (older releases: integers only). `0` "
		    "disables it.",
	},
	{
		.name = "optim",
		.group = SCHEMA_GROUP_OPTIMIZER,
		.since = TV(4, 38),
		.legacy_position = 85,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_ENUM,
			  .def = "\"adamw_torch\"",
			  .values = &schema_enum_optimizer },
			{ .since = TV(4, 54), .type = SCHEMA_ENUM,
			  .def = "\"adamw_torch\"",
			  .values = &schema_enum_optimizer,
			  .note = "`adamw_torch_fused` when torch >= 2.8 is installed" },
		},
		.doc = "Optimizer implementation, e.g. `adamw_torch`, "
		    "`adamw_torch_fused`, `adafactor`, `adamw_bnb_8bit` or "
		    "`sgd`. The default is fused AdamW when the installed "
		    "PyTorch supports it.",
	},
	{
		.name = "optim_args",
		.group = SCHEMA_GROUP_OPTIMIZER,
		.since = TV(4, 38),
		.legacy_position = 86,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_STR,
			  .nullable = true, .def = "null" },
		},
		.doc = "Extra optimizer arguments as a comma-separated "
		    "`key=value` string (e.g. for AnyPrecision, AdEMAMix or "
		    "GaLore); spaces are ignored.",
	},
	{
		.name = "adafactor",
		.group = SCHEMA_GROUP_OPTIMIZER,
		.since = TV(4, 38),
		.removed = TV(5, 0),
		.deprecated = TV(4, 38),
		.legacy_position = 87,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.replaced_by = "optim",
		.migration = "write `optim: adafactor`",
		.doc = "Old switch to use the Adafactor optimizer. Removed; "
		    "set `optim` to `adafactor` instead.",
	},
	{
		.name = "weight_decay",
		.group = SCHEMA_GROUP_OPTIMIZER,
		.since = TV(4, 38),
		.legacy_position = 17,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_FLOAT,
			  .def = "0.0" },
		},
		.bounds = { .min = 0, .flags = SCHEMA_MIN },
		.doc = "Decoupled weight decay applied by the optimizer to "
		    "all weights except biases and LayerNorm parameters. `0` "
		    "disables it.",
	},
	{
		.name = "adam_beta1",
		.group = SCHEMA_GROUP_OPTIMIZER,
		.since = TV(4, 38),
		.legacy_position = 18,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_FLOAT,
			  .def = "0.9" },
		},
		.bounds = { .min = 0, .max = 1, .flags = SCHEMA_MIN | SCHEMA_MAX | SCHEMA_MAX_OPEN },
		.doc = "Decay rate of the first-moment (mean) estimate in "
		    "Adam-family optimizers; must be in [0, 1).",
	},
	{
		.name = "adam_beta2",
		.group = SCHEMA_GROUP_OPTIMIZER,
		.since = TV(4, 38),
		.legacy_position = 19,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_FLOAT,
			  .def = "0.999" },
		},
		.bounds = { .min = 0, .max = 1, .flags = SCHEMA_MIN | SCHEMA_MAX | SCHEMA_MAX_OPEN },
		.doc = "Decay rate of the second-moment (variance) estimate "
		    "in Adam-family optimizers; must be in [0, 1).",
	},
	{
		.name = "adam_epsilon",
		.group = SCHEMA_GROUP_OPTIMIZER,
		.since = TV(4, 38),
		.legacy_position = 20,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_FLOAT,
			  .def = "1e-08" },
		},
		.bounds = { .min = 0, .flags = SCHEMA_MIN | SCHEMA_MIN_OPEN },
		.doc = "Small positive constant added to the denominator of "
		    "Adam-family updates for numerical stability.",
	},
	{
		.name = "optim_target_modules",
		.group = SCHEMA_GROUP_OPTIMIZER,
		.since = TV(4, 39),
		.legacy_position = 132,
		.variants = {
			{ .since = TV(4, 39), .type = SCHEMA_STR_OR_LIST,
			  .nullable = true, .def = "null" },
		},
		.doc = "Modules the GaLore or APOLLO optimizers act on: a "
		    "list of names, a regex string, or `all-linear`. "
		    "Required for `galore_*` and `apollo_*` optimizers.",
	},
	{
		.name = "gradient_accumulation_steps",
		.group = SCHEMA_GROUP_STABILITY,
		.since = TV(4, 38),
		.legacy_position = 12,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_INT, .def = "1" },
		},
		.bounds = { .min = 1, .flags = SCHEMA_MIN },
		.doc = "Number of micro-batches whose gradients are summed "
		    "before each optimizer update. Logging, eval and save "
		    "step counts refer to these updates.",
	},
	{
		.name = "average_tokens_across_devices",
		.group = SCHEMA_GROUP_STABILITY,
		.since = TV(4, 47),
		.legacy_position = 138,
		.variants = {
			{ .since = TV(4, 47), .type = SCHEMA_BOOL,
			  .nullable = true, .def = "false" },
			{ .since = TV(4, 54), .type = SCHEMA_BOOL,
			  .nullable = true, .def = "true" },
			{ .since = TV(4, 57), .type = SCHEMA_BOOL,
			  .def = "true" },
		},
		.doc = "Share token counts across all processes so the loss "
		    "is normalised by the global number of tokens rather "
		    "than each device's own count.",
	},
	{
		.name = "max_grad_norm",
		.group = SCHEMA_GROUP_STABILITY,
		.since = TV(4, 38),
		.legacy_position = 21,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_FLOAT,
			  .def = "1.0" },
		},
		.bounds = { .min = 0, .flags = SCHEMA_MIN },
		.doc = "Gradients are clipped so their total norm does not "
		    "exceed this value before each update. `0` disables "
		    "clipping.",
	},
	{
		.name = "label_smoothing_factor",
		.group = SCHEMA_GROUP_STABILITY,
		.since = TV(4, 38),
		.legacy_position = 84,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_FLOAT,
			  .def = "0.0" },
		},
		.bounds = { .min = 0, .max = 1, .flags = SCHEMA_MIN | SCHEMA_MAX | SCHEMA_MAX_OPEN },
		.doc = "Label smoothing epsilon in [0, 1): targets are "
		    "blended with a uniform distribution by this amount. `0` "
		    "disables smoothing.",
	},
	{
		.name = "bf16",
		.group = SCHEMA_GROUP_PRECISION,
		.since = TV(4, 38),
		.legacy_position = 51,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.doc = "Train with bfloat16 mixed precision. Needs "
		    "bf16-capable hardware (or `use_cpu`) and cannot be "
		    "combined with `fp16`.",
	},
	{
		.name = "fp16",
		.group = SCHEMA_GROUP_PRECISION,
		.since = TV(4, 38),
		.legacy_position = 52,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.doc = "Train with float16 mixed precision (autocast with "
		    "loss scaling). Cannot be combined with `bf16`.",
	},
	{
		.name = "fp16_opt_level",
		.group = SCHEMA_GROUP_PRECISION,
		.since = TV(4, 38),
		.removed = TV(5, 0),
		.legacy_position = 53,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_STR,
			  .def = "\"O1\"" },
		},
		.migration = "drop it: it configured Apex AMP, which "
		    "transformers no longer uses",
		.doc = "Apex AMP optimisation level for fp16 training: `O0`, "
		    "`O1`, `O2` or `O3`; used only with the Apex backend. "
		    "Removed along with Apex support; drop this key.",
	},
	{
		.name = "half_precision_backend",
		.group = SCHEMA_GROUP_PRECISION,
		.since = TV(4, 38),
		.removed = TV(5, 0),
		.legacy_position = 54,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_ENUM,
			  .def = "\"auto\"",
			  .values = &schema_enum_half_precision },
		},
		.migration = "drop it: only torch AMP remains",
		.doc = "Mixed-precision implementation: `auto`, `apex` or "
		    "`cpu_amp`. Removed; native PyTorch AMP is always used, "
		    "so drop this key.",
	},
	{
		.name = "fp16_backend",
		.group = SCHEMA_GROUP_PRECISION,
		.since = TV(4, 38),
		.removed = TV(5, 0),
		.deprecated = TV(4, 38),
		.legacy_position = 113,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_ENUM,
			  .def = "\"auto\"",
			  .values = &schema_enum_half_precision },
		},
		.replaced_by = "half_precision_backend",
		.migration = "drop it: only torch AMP remains",
		.doc = "Old name of `half_precision_backend` (`auto`, `apex` "
		    "or `cpu_amp`). Removed; native PyTorch AMP is always "
		    "used, so drop this key.",
	},
	{
		.name = "bf16_full_eval",
		.group = SCHEMA_GROUP_PRECISION,
		.since = TV(4, 38),
		.legacy_position = 55,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.doc = "Run evaluation fully in bfloat16 instead of mixed "
		    "precision; faster and lighter, but metrics may shift. "
		    "Cannot be combined with `fp16_full_eval`.",
	},
	{
		.name = "fp16_full_eval",
		.group = SCHEMA_GROUP_PRECISION,
		.since = TV(4, 38),
		.legacy_position = 56,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.doc = "Run evaluation fully in float16 instead of mixed "
		    "precision; faster and lighter, but metrics may shift. "
		    "Cannot be combined with `bf16_full_eval`.",
	},
	{
		.name = "tf32",
		.group = SCHEMA_GROUP_PRECISION,
		.since = TV(4, 38),
		.legacy_position = 57,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .nullable = true, .def = "null" },
		},
		.doc = "Turn TF32 matrix-multiply mode on or off (true needs "
		    "an Ampere or newer GPU); null leaves the PyTorch "
		    "default.",
	},
	{
		.name = "gradient_checkpointing",
		.group = SCHEMA_GROUP_COMPILE,
		.since = TV(4, 38),
		.legacy_position = 108,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.doc = "Recompute activations during the backward pass "
		    "instead of storing them, saving memory at the cost of "
		    "slower steps.",
	},
	{
		.name = "gradient_checkpointing_kwargs",
		.group = SCHEMA_GROUP_COMPILE,
		.since = TV(4, 38),
		.legacy_position = 109,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_DICT,
			  .nullable = true, .def = "null" },
			{ .since = TV(4, 40), .type = SCHEMA_DICT_JSON,
			  .nullable = true, .def = "null" },
		},
		.doc = "Keyword arguments for the model's "
		    "`gradient_checkpointing_enable`, as an object or a JSON "
		    "string, e.g. `use_reentrant` set to false.",
	},
	{
		.name = "torch_compile",
		.group = SCHEMA_GROUP_COMPILE,
		.since = TV(4, 38),
		.legacy_position = 124,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.doc = "Compile the model with `torch.compile`. Turned on "
		    "automatically when `torch_compile_backend` or "
		    "`torch_compile_mode` is set.",
	},
	{
		.name = "torch_compile_backend",
		.group = SCHEMA_GROUP_COMPILE,
		.since = TV(4, 38),
		.legacy_position = 125,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_STR,
			  .nullable = true, .def = "null",
			  .note = "null -> `inductor` when compiling" },
		},
		.doc = "Backend for `torch.compile`, e.g. `inductor`; "
		    "setting it turns `torch_compile` on. Null means "
		    "`inductor` (or a device-specific default) when "
		    "compiling.",
	},
	{
		.name = "torch_compile_mode",
		.group = SCHEMA_GROUP_COMPILE,
		.since = TV(4, 38),
		.legacy_position = 126,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_STR,
			  .nullable = true, .def = "null" },
		},
		.doc = "Mode for `torch.compile`, e.g. `default`, "
		    "`reduce-overhead` or `max-autotune`; setting it turns "
		    "`torch_compile` on. Null uses the PyTorch default.",
	},
	{
		.name = "torchdynamo",
		.group = SCHEMA_GROUP_COMPILE,
		.since = TV(4, 38),
		.removed = TV(5, 0),
		.deprecated = TV(4, 38),
		.legacy_position = 121,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_STR,
			  .nullable = true, .def = "null" },
		},
		.replaced_by = "torch_compile_backend",
		.doc = "Old name of `torch_compile_backend`: the TorchDynamo "
		    "backend used to compile the model. Removed; use "
		    "`torch_compile_backend` instead.",
	},
	{
		.name = "jit_mode_eval",
		.group = SCHEMA_GROUP_COMPILE,
		.since = TV(4, 38),
		.removed = TV(5, 0),
		.legacy_position = 49,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.migration = "drop it; `torch_compile` is the supported way "
		    "to speed up inference",
		.doc = "Use TorchScript (PyTorch JIT) tracing for inference "
		    "during evaluation and prediction. Removed; drop it "
		    "(`torch_compile` is the alternative).",
	},
	{
		.name = "use_ipex",
		.group = SCHEMA_GROUP_COMPILE,
		.since = TV(4, 38),
		.removed = TV(4, 57),
		.legacy_position = 50,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.migration = "drop it: Intel Extension for PyTorch support "
		    "is gone",
		.doc = "Apply Intel Extension for PyTorch (IPEX) "
		    "optimisations when the package is installed. Removed; "
		    "drop this key.",
	},
	{
		.name = "use_liger_kernel",
		.group = SCHEMA_GROUP_COMPILE,
		.since = TV(4, 45),
		.legacy_position = 135,
		.variants = {
			{ .since = TV(4, 45), .type = SCHEMA_BOOL,
			  .nullable = true, .def = "false" },
			{ .since = TV(4, 57), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.doc = "Patch supported models with Liger kernels (fused "
		    "Triton operations) to speed up training and reduce "
		    "memory use.",
	},
	{
		.name = "liger_kernel_config",
		.group = SCHEMA_GROUP_COMPILE,
		.since = TV(4, 53),
		.legacy_position = 136,
		.variants = {
			{ .since = TV(4, 53), .type = SCHEMA_DICT,
			  .nullable = true, .def = "null" },
		},
		.doc = "Options for the Liger kernel patcher, e.g. which of "
		    "`rope`, `swiglu`, `cross_entropy`, "
		    "`fused_linear_cross_entropy`, `rms_norm` to apply. Null "
		    "uses the defaults.",
	},
	{
		.name = "use_cache",
		.group = SCHEMA_GROUP_RUNTIME,
		.since = TV(5, 0),
		.legacy_position = 139,
		.variants = {
			{ .since = TV(5, 0), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.doc = "Value set on the model's `use_cache` (key/value "
		    "cache) option during training; false, the usual choice "
		    "for training, saves memory.",
	},
	{
		.name = "neftune_noise_alpha",
		.group = SCHEMA_GROUP_RUNTIME,
		.since = TV(4, 38),
		.legacy_position = 131,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_FLOAT,
			  .nullable = true, .def = "null" },
		},
		.bounds = { .min = 0, .flags = SCHEMA_MIN | SCHEMA_MIN_OPEN },
		.doc = "Scale of NEFTune noise added to input embeddings "
		    "during training, which can help instruction "
		    "fine-tuning; null disables it. Typical values are 5 to "
		    "15.",
	},
	{
		.name = "torch_empty_cache_steps",
		.group = SCHEMA_GROUP_RUNTIME,
		.since = TV(4, 43),
		.legacy_position = 15,
		.variants = {
			{ .since = TV(4, 43), .type = SCHEMA_INT,
			  .nullable = true, .def = "null" },
		},
		.bounds = { .min = 0, .flags = SCHEMA_MIN | SCHEMA_MIN_OPEN },
		.doc = "Empty the accelerator memory cache every N update "
		    "steps to lower peak memory at some speed cost. Null "
		    "never empties it; must be an integer > 0.",
	},
	{
		.name = "auto_find_batch_size",
		.group = SCHEMA_GROUP_RUNTIME,
		.since = TV(4, 38),
		.legacy_position = 119,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.doc = "On an out-of-memory error, retry automatically with "
		    "a smaller batch size. Requires the `accelerate` "
		    "package.",
	},
	{
		.name = "logging_strategy",
		.group = SCHEMA_GROUP_LOGGING,
		.since = TV(4, 38),
		.legacy_position = 32,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_ENUM,
			  .def = "\"steps\"",
			  .values = &schema_enum_interval },
		},
		.doc = "When to log training metrics: `no` (never), `steps` "
		    "(every `logging_steps` updates) or `epoch` (at the end "
		    "of each epoch).",
	},
	{
		.name = "logging_steps",
		.group = SCHEMA_GROUP_LOGGING,
		.since = TV(4, 38),
		.legacy_position = 34,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_NUM,
			  .def = "500" },
		},
		.bounds = { .min = 0, .flags = SCHEMA_MIN | SCHEMA_MIN_OPEN },
		.doc = "Number of updates between logs when "
		    "`logging_strategy` is `steps`. A value < 1 is a "
		    "fraction of total training steps; values > 1 must be "
		    "whole numbers.",
	},
	{
		.name = "logging_first_step",
		.group = SCHEMA_GROUP_LOGGING,
		.since = TV(4, 38),
		.legacy_position = 33,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.doc = "When true, also log metrics right after the first "
		    "optimizer update.",
	},
	{
		.name = "log_on_each_node",
		.group = SCHEMA_GROUP_LOGGING,
		.since = TV(4, 38),
		.legacy_position = 30,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .def = "true" },
		},
		.doc = "In multi-node runs, whether the main process of "
		    "every node logs (true) or only the main process of the "
		    "first node (false).",
	},
	{
		.name = "logging_nan_inf_filter",
		.group = SCHEMA_GROUP_LOGGING,
		.since = TV(4, 38),
		.legacy_position = 35,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .def = "true" },
		},
		.doc = "When true, NaN or infinite step losses are filtered "
		    "out of the logged loss. Affects only the reported "
		    "value, not training.",
	},
	{
		.name = "include_num_input_tokens_seen",
		.group = SCHEMA_GROUP_LOGGING,
		.since = TV(4, 38),
		.legacy_position = 130,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .nullable = true, .def = "false" },
			{ .since = TV(4, 57), .type = SCHEMA_STR_OR_BOOL,
			  .def = "false", .values = &schema_enum_tokens_seen,
			  .parser = SCHEMA_PARSER_BOOL },
			{ .since = TV(5, 0), .type = SCHEMA_STR_OR_BOOL,
			  .def = "\"no\"",
			  .values = &schema_enum_tokens_seen,
			  .parser = SCHEMA_PARSER_BOOL },
		},
		.doc = "Count input tokens seen during training: `all` "
		    "(every token), `non_padding` (skip padding) or `no`; "
		    "true means `all` and false means `no`.",
	},
	{
		.name = "include_tokens_per_second",
		.group = SCHEMA_GROUP_LOGGING,
		.since = TV(4, 38),
		.removed = TV(5, 0),
		.legacy_position = 129,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .nullable = true, .def = "false" },
			{ .since = TV(4, 57), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.replaced_by = "include_num_input_tokens_seen",
		.doc = "Add a tokens-per-second throughput figure to the "
		    "speed metrics. Removed; use "
		    "`include_num_input_tokens_seen` for token counting.",
	},
	{
		.name = "log_level",
		.group = SCHEMA_GROUP_LOGGING,
		.since = TV(4, 38),
		.legacy_position = 28,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_ENUM,
			  .nullable = true, .def = "\"passive\"",
			  .values = &schema_enum_log_level },
			{ .since = TV(4, 53), .type = SCHEMA_ENUM,
			  .def = "\"passive\"",
			  .values = &schema_enum_log_level },
		},
		.doc = "Logging verbosity of the main process: `detail`, "
		    "`debug`, `info`, `warning`, `error`, `critical`, or "
		    "`passive` (keep the library's current level).",
	},
	{
		.name = "log_level_replica",
		.group = SCHEMA_GROUP_LOGGING,
		.since = TV(4, 38),
		.legacy_position = 29,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_ENUM,
			  .nullable = true, .def = "\"warning\"",
			  .values = &schema_enum_log_level },
			{ .since = TV(4, 53), .type = SCHEMA_ENUM,
			  .def = "\"warning\"",
			  .values = &schema_enum_log_level },
		},
		.doc = "Logging verbosity of the non-main (replica) "
		    "processes in distributed runs; same values as "
		    "`log_level`.",
	},
	{
		.name = "disable_tqdm",
		.group = SCHEMA_GROUP_LOGGING,
		.since = TV(4, 38),
		.legacy_position = 69,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .nullable = true, .def = "null",
			  .note = "null -> true only when the library log level is above warning" },
		},
		.doc = "Hide progress bars. Null means true only when the "
		    "library log level is above `warning`, otherwise false.",
	},
	{
		.name = "report_to",
		.group = SCHEMA_GROUP_TRACKING,
		.since = TV(4, 38),
		.legacy_position = 90,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_STR_OR_LIST,
			  .nullable = true, .def = "null",
			  .values = &schema_enum_integration,
			  .parser = SCHEMA_PARSER_LIST_STR,
			  .note = "null -> `all`: every installed integration" },
			{ .since = TV(4, 40), .type = SCHEMA_STR_OR_LIST,
			  .nullable = true, .def = "null",
			  .values = &schema_enum_integration,
			  .note = "null -> `all`: every installed integration" },
			{ .since = TV(5, 0), .type = SCHEMA_STR_OR_LIST,
			  .nullable = true, .def = "\"none\"",
			  .values = &schema_enum_integration },
		},
		.doc = "Tracking integrations to log to: a name or list "
		    "(e.g. `wandb`, `tensorboard`, `mlflow`), `all` for "
		    "every installed one, or `none`. Older releases "
		    "defaulted to all.",
	},
	{
		.name = "run_name",
		.group = SCHEMA_GROUP_TRACKING,
		.since = TV(4, 38),
		.legacy_position = 68,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_STR,
			  .nullable = true, .def = "null",
			  .note = "null -> the value of `output_dir`" },
			{ .since = TV(4, 55), .type = SCHEMA_STR,
			  .nullable = true, .def = "null" },
		},
		.doc = "Run name shown by tracking integrations such as "
		    "wandb, mlflow, comet, swanlab and Trackio. Null leaves "
		    "naming to the integration (older releases used "
		    "`output_dir`).",
	},
	{
		.name = "project",
		.group = SCHEMA_GROUP_TRACKING,
		.since = TV(4, 57),
		.legacy_position = 91,
		.variants = {
			{ .since = TV(4, 57), .type = SCHEMA_STR,
			  .def = "\"huggingface\"" },
		},
		.doc = "Project name under which runs are grouped; used only "
		    "by the Trackio integration.",
	},
	{
		.name = "trackio_space_id",
		.group = SCHEMA_GROUP_TRACKING,
		.since = TV(4, 57),
		.legacy_position = 92,
		.variants = {
			{ .since = TV(4, 57), .type = SCHEMA_STR,
			  .nullable = true, .def = "\"trackio\"" },
			{ .since = TV(5, 6), .type = SCHEMA_STR,
			  .nullable = true, .def = "null" },
		},
		.doc = "Hugging Face Space (`space`, `user/space` or "
		    "`org/space`) that hosts the live Trackio dashboard; "
		    "null logs locally only.",
	},
	{
		.name = "trackio_bucket_id",
		.group = SCHEMA_GROUP_TRACKING,
		.since = TV(5, 6),
		.variants = {
			{ .since = TV(5, 6), .type = SCHEMA_STR,
			  .nullable = true, .def = "null" },
		},
		.doc = "Hugging Face storage bucket that backs the data of "
		    "the Trackio Space; null uses none.",
	},
	{
		.name = "trackio_static_space_id",
		.group = SCHEMA_GROUP_TRACKING,
		.since = TV(5, 6),
		.variants = {
			{ .since = TV(5, 6), .type = SCHEMA_STR_OR_BOOL,
			  .nullable = true, .def = "null",
			  .parser = SCHEMA_PARSER_STR },
		},
		.doc = "Read-only static Space where Trackio publishes a "
		    "frozen copy of the dashboard; `false` turns static sync "
		    "off and null keeps Trackio's default.",
	},
	{
		.name = "ray_scope",
		.group = SCHEMA_GROUP_TRACKING,
		.since = TV(4, 38),
		.removed = TV(5, 0),
		.legacy_position = 122,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_STR,
			  .nullable = true, .def = "\"last\"" },
			{ .since = TV(4, 57), .type = SCHEMA_STR,
			  .def = "\"last\"" },
		},
		.migration = "set the environment variable `RAY_SCOPE`",
		.doc = "Scope Ray Tune uses to pick the best trial in "
		    "hyperparameter search (e.g. `last`, `all`). Removed; "
		    "use the `RAY_SCOPE` environment variable.",
	},
	{
		.name = "evaluation_strategy",
		.group = SCHEMA_GROUP_EVALUATION,
		.since = TV(4, 38),
		.removed = TV(4, 51),
		.deprecated = TV(4, 41),
		.legacy_position = 114,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_ENUM,
			  .def = "\"no\"", .values = &schema_enum_interval,
			  .legacy_position = 6 },
			{ .since = TV(4, 41), .type = SCHEMA_ENUM,
			  .nullable = true, .def = "null",
			  .values = &schema_enum_interval },
		},
		.replaced_by = "eval_strategy",
		.doc = "Old name of `eval_strategy`: when to evaluate (`no`, "
		    "`steps` or `epoch`). When set it overrides "
		    "`eval_strategy`; use `eval_strategy` instead.",
	},
	{
		.name = "eval_strategy",
		.group = SCHEMA_GROUP_EVALUATION,
		.since = TV(4, 41),
		.legacy_position = 6,
		.variants = {
			{ .since = TV(4, 41), .type = SCHEMA_ENUM,
			  .def = "\"no\"", .values = &schema_enum_interval },
		},
		.doc = "When to evaluate during training: `no`, `steps` "
		    "(every `eval_steps` updates) or `epoch` (end of each "
		    "epoch). Any value but `no` turns `do_eval` on.",
	},
	{
		.name = "eval_steps",
		.group = SCHEMA_GROUP_EVALUATION,
		.since = TV(4, 38),
		.legacy_position = 64,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_NUM,
			  .nullable = true, .def = "null",
			  .note = "null or 0 -> `logging_steps` when `eval_strategy` is `steps`" },
		},
		.bounds = { .min = 0, .flags = SCHEMA_MIN },
		.doc = "Number of updates between evaluations when "
		    "`eval_strategy` is `steps`; a value < 1 is a fraction "
		    "of total steps. Null uses `logging_steps`.",
	},
	{
		.name = "eval_delay",
		.group = SCHEMA_GROUP_EVALUATION,
		.since = TV(4, 38),
		.legacy_position = 14,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_FLOAT,
			  .nullable = true, .def = "0" },
			{ .since = TV(4, 57), .type = SCHEMA_FLOAT,
			  .def = "0" },
		},
		.bounds = { .min = 0, .flags = SCHEMA_MIN },
		.doc = "Number of epochs or update steps (following "
		    "`eval_strategy`) to wait before the first evaluation.",
	},
	{
		.name = "per_device_eval_batch_size",
		.group = SCHEMA_GROUP_EVALUATION,
		.since = TV(4, 38),
		.legacy_position = 9,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_INT, .def = "8" },
		},
		.bounds = { .min = 1, .flags = SCHEMA_MIN },
		.doc = "Batch size on each device for evaluation and "
		    "prediction.",
	},
	{
		.name = "per_gpu_eval_batch_size",
		.group = SCHEMA_GROUP_EVALUATION,
		.since = TV(4, 38),
		.removed = TV(5, 0),
		.deprecated = TV(4, 38),
		.legacy_position = 11,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_INT,
			  .nullable = true, .def = "null" },
		},
		.bounds = { .min = 1, .flags = SCHEMA_MIN },
		.replaced_by = "per_device_eval_batch_size",
		.doc = "Old name of `per_device_eval_batch_size`; when set "
		    "it overrides that field with a warning. Use "
		    "`per_device_eval_batch_size` instead.",
	},
	{
		.name = "prediction_loss_only",
		.group = SCHEMA_GROUP_EVALUATION,
		.since = TV(4, 38),
		.legacy_position = 7,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.doc = "When true, evaluation and prediction return only the "
		    "loss, without collecting logits or labels.",
	},
	{
		.name = "eval_on_start",
		.group = SCHEMA_GROUP_EVALUATION,
		.since = TV(4, 42),
		.legacy_position = 134,
		.variants = {
			{ .since = TV(4, 42), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.doc = "Run a full evaluation before the first training "
		    "step, as a sanity check of the evaluation setup.",
	},
	{
		.name = "eval_do_concat_batches",
		.group = SCHEMA_GROUP_EVALUATION,
		.since = TV(4, 40),
		.legacy_position = 112,
		.variants = {
			{ .since = TV(4, 40), .type = SCHEMA_BOOL,
			  .def = "true" },
		},
		.doc = "Concatenate per-batch predictions into single arrays "
		    "after evaluation; false keeps them as a list of "
		    "batches.",
	},
	{
		.name = "eval_use_gather_object",
		.group = SCHEMA_GROUP_EVALUATION,
		.since = TV(4, 43),
		.legacy_position = 137,
		.variants = {
			{ .since = TV(4, 43), .type = SCHEMA_BOOL,
			  .nullable = true, .def = "false" },
			{ .since = TV(4, 57), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.doc = "Gather arbitrary Python objects (not only tensors) "
		    "from all processes during evaluation, e.g. nested lists "
		    "or dicts of outputs.",
	},
	{
		.name = "eval_accumulation_steps",
		.group = SCHEMA_GROUP_EVALUATION,
		.since = TV(4, 38),
		.legacy_position = 13,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_INT,
			  .nullable = true, .def = "null" },
		},
		.bounds = { .min = 1, .flags = SCHEMA_MIN },
		.doc = "Number of evaluation steps after which collected "
		    "predictions are moved from the device to the CPU. Null "
		    "keeps all predictions on the device until the end.",
	},
	{
		.name = "include_for_metrics",
		.group = SCHEMA_GROUP_EVALUATION,
		.since = TV(4, 46),
		.legacy_position = 111,
		.variants = {
			{ .since = TV(4, 46), .type = SCHEMA_LIST_STR,
			  .def = "[]", .values = &schema_enum_metrics_input },
		},
		.doc = "Extra data passed to `compute_metrics`: a list "
		    "holding `inputs` and/or `loss`. An empty list passes "
		    "only predictions and labels.",
	},
	{
		.name = "include_inputs_for_metrics",
		.group = SCHEMA_GROUP_EVALUATION,
		.since = TV(4, 38),
		.removed = TV(5, 0),
		.deprecated = TV(4, 46),
		.legacy_position = 110,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.replaced_by = "include_for_metrics",
		.migration = "write `include_for_metrics: [inputs]`",
		.doc = "Old switch to pass model inputs to "
		    "`compute_metrics`. Deprecated, then removed; add "
		    "`inputs` to `include_for_metrics` instead.",
	},
	{
		.name = "batch_eval_metrics",
		.group = SCHEMA_GROUP_EVALUATION,
		.since = TV(4, 41),
		.legacy_position = 133,
		.variants = {
			{ .since = TV(4, 41), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.doc = "Call `compute_metrics` after every evaluation batch, "
		    "letting it accumulate, instead of once on all "
		    "predictions; saves memory. It must accept "
		    "`compute_result`.",
	},
	{
		.name = "use_legacy_prediction_loop",
		.group = SCHEMA_GROUP_EVALUATION,
		.since = TV(4, 38),
		.removed = TV(5, 0),
		.legacy_position = 99,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.migration = "drop it: the old evaluation loop is gone",
		.doc = "Use the old prediction loop in evaluation and "
		    "prediction. Removed; drop this key.",
	},
	{
		.name = "save_only_model",
		.group = SCHEMA_GROUP_CHECKPOINTING,
		.since = TV(4, 38),
		.legacy_position = 42,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.doc = "Save only the model weights in checkpoints, skipping "
		    "optimizer, scheduler and RNG state. Such checkpoints "
		    "cannot be used to resume training.",
	},
	{
		.name = "save_strategy",
		.group = SCHEMA_GROUP_CHECKPOINTING,
		.since = TV(4, 38),
		.legacy_position = 36,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_ENUM,
			  .def = "\"steps\"",
			  .values = &schema_enum_interval },
			{ .since = TV(4, 47), .type = SCHEMA_ENUM,
			  .def = "\"steps\"", .values = &schema_enum_save },
		},
		.doc = "When to write checkpoints: `no`, `steps` (every "
		    "`save_steps` updates), `epoch`, or `best` (whenever "
		    "`metric_for_best_model` improves; newer releases only).",
	},
	{
		.name = "save_steps",
		.group = SCHEMA_GROUP_CHECKPOINTING,
		.since = TV(4, 38),
		.legacy_position = 37,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_NUM,
			  .def = "500" },
		},
		.bounds = { .min = 0, .flags = SCHEMA_MIN | SCHEMA_MIN_OPEN },
		.doc = "Number of updates between checkpoints when "
		    "`save_strategy` is `steps`. A value < 1 is a fraction "
		    "of total training steps; values > 1 must be whole "
		    "numbers.",
	},
	{
		.name = "save_on_each_node",
		.group = SCHEMA_GROUP_CHECKPOINTING,
		.since = TV(4, 38),
		.legacy_position = 41,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.doc = "In multi-node runs, write checkpoints on every node "
		    "instead of only the main one. Useful when nodes do not "
		    "share storage.",
	},
	{
		.name = "save_total_limit",
		.group = SCHEMA_GROUP_CHECKPOINTING,
		.since = TV(4, 38),
		.legacy_position = 38,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_INT,
			  .nullable = true, .def = "null",
			  .note = "null or <= 0 keeps every checkpoint" },
		},
		.doc = "Maximum number of checkpoints kept in `output_dir`; "
		    "older ones are deleted, but the best one is always "
		    "kept. Null or <= 0 keeps all.",
	},
	{
		.name = "save_safetensors",
		.group = SCHEMA_GROUP_CHECKPOINTING,
		.since = TV(4, 38),
		.removed = TV(5, 0),
		.legacy_position = 40,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .nullable = true, .def = "true" },
			{ .since = TV(4, 57), .type = SCHEMA_BOOL,
			  .def = "true" },
		},
		.migration = "drop it: checkpoints are always safetensors",
		.doc = "Save checkpoints in safetensors format (true) or as "
		    "pickled PyTorch files (false). Removed; safetensors is "
		    "always used, so drop this key.",
	},
	{
		.name = "enable_jit_checkpoint",
		.group = SCHEMA_GROUP_CHECKPOINTING,
		.since = TV(5, 0),
		.legacy_position = 39,
		.variants = {
			{ .since = TV(5, 0), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.doc = "Write a checkpoint when the process receives "
		    "SIGTERM, so pre-emptible or time-limited jobs can "
		    "resume where they stopped.",
	},
	{
		.name = "push_to_hub",
		.group = SCHEMA_GROUP_HUB,
		.since = TV(4, 38),
		.legacy_position = 100,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.doc = "Upload the model to the Hugging Face Hub when it is "
		    "saved, following `hub_strategy`; the target repository "
		    "is `hub_model_id`.",
	},
	{
		.name = "hub_token",
		.group = SCHEMA_GROUP_HUB,
		.since = TV(4, 38),
		.legacy_position = 104,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_STR,
			  .nullable = true, .def = "null" },
		},
		.doc = "Access token used to push to the Hub; null uses the "
		    "locally cached login. It is masked in dumped configs.",
	},
	{
		.name = "hub_private_repo",
		.group = SCHEMA_GROUP_HUB,
		.since = TV(4, 38),
		.legacy_position = 105,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .def = "false" },
			{ .since = TV(4, 47), .type = SCHEMA_BOOL,
			  .nullable = true, .def = "null" },
		},
		.doc = "Create the Hub repository as private (true) or "
		    "public (false); null follows the user or organisation "
		    "default.",
	},
	{
		.name = "hub_model_id",
		.group = SCHEMA_GROUP_HUB,
		.since = TV(4, 38),
		.legacy_position = 102,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_STR,
			  .nullable = true, .def = "null" },
		},
		.doc = "Hub repository to push to, as `name` or "
		    "`owner/name`. Null derives the name from `output_dir`.",
	},
	{
		.name = "hub_strategy",
		.group = SCHEMA_GROUP_HUB,
		.since = TV(4, 38),
		.legacy_position = 103,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_ENUM,
			  .def = "\"every_save\"",
			  .values = &schema_enum_hub },
		},
		.doc = "What to push and when: `end` (final model), "
		    "`every_save` (each save), `checkpoint` (also the latest "
		    "checkpoint), `all_checkpoints` (every checkpoint).",
	},
	{
		.name = "hub_always_push",
		.group = SCHEMA_GROUP_HUB,
		.since = TV(4, 38),
		.legacy_position = 106,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.doc = "When false, a push is skipped if the previous one "
		    "has not finished; when true, every save is pushed.",
	},
	{
		.name = "hub_revision",
		.group = SCHEMA_GROUP_HUB,
		.since = TV(4, 53),
		.legacy_position = 107,
		.variants = {
			{ .since = TV(4, 53), .type = SCHEMA_STR,
			  .nullable = true, .def = "null" },
		},
		.doc = "Branch, tag or commit of the Hub repository to push "
		    "to; null uses the default branch.",
	},
	{
		.name = "push_to_hub_model_id",
		.group = SCHEMA_GROUP_HUB,
		.since = TV(4, 38),
		.removed = TV(5, 0),
		.deprecated = TV(4, 38),
		.legacy_position = 115,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_STR,
			  .nullable = true, .def = "null" },
		},
		.replaced_by = "hub_model_id",
		.doc = "Old way to name the Hub repository to push to. "
		    "Removed; use `hub_model_id` instead.",
	},
	{
		.name = "push_to_hub_organization",
		.group = SCHEMA_GROUP_HUB,
		.since = TV(4, 38),
		.removed = TV(5, 0),
		.deprecated = TV(4, 38),
		.legacy_position = 116,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_STR,
			  .nullable = true, .def = "null" },
		},
		.replaced_by = "hub_model_id",
		.migration = "write `hub_model_id: ORG/NAME`",
		.doc = "Old way to choose the Hub organisation to push to. "
		    "Removed; use `hub_model_id` in `org/name` form instead.",
	},
	{
		.name = "push_to_hub_token",
		.group = SCHEMA_GROUP_HUB,
		.since = TV(4, 38),
		.removed = TV(5, 0),
		.deprecated = TV(4, 38),
		.legacy_position = 117,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_STR,
			  .nullable = true, .def = "null" },
		},
		.replaced_by = "hub_token",
		.doc = "Old name of `hub_token`, the Hub access token. "
		    "Removed; use `hub_token` instead.",
	},
	{
		.name = "load_best_model_at_end",
		.group = SCHEMA_GROUP_BEST_MODEL,
		.since = TV(4, 38),
		.legacy_position = 72,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .nullable = true, .def = "false" },
			{ .since = TV(4, 57), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.doc = "Reload the best checkpoint (per "
		    "`metric_for_best_model`) when training ends. Requires "
		    "matching save and eval strategies, or `save_strategy` "
		    "`best`.",
	},
	{
		.name = "metric_for_best_model",
		.group = SCHEMA_GROUP_BEST_MODEL,
		.since = TV(4, 38),
		.legacy_position = 73,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_STR,
			  .nullable = true, .def = "null",
			  .note = "null -> `loss` when a best model or plateau scheduler needs one" },
		},
		.doc = "Evaluation metric used to rank checkpoints, with or "
		    "without the `eval_` prefix. Null means `loss` when "
		    "best-model tracking or the scheduler needs a metric.",
	},
	{
		.name = "greater_is_better",
		.group = SCHEMA_GROUP_BEST_MODEL,
		.since = TV(4, 38),
		.legacy_position = 74,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .nullable = true, .def = "null",
			  .note = "null -> false for a metric ending in `loss`, else true" },
		},
		.doc = "Whether a higher `metric_for_best_model` value is "
		    "better. Null means false when the metric name ends in "
		    "`loss`, true otherwise.",
	},
	{
		.name = "ignore_data_skip",
		.group = SCHEMA_GROUP_BEST_MODEL,
		.since = TV(4, 38),
		.legacy_position = 75,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.doc = "When resuming, do not fast-forward the data loader "
		    "to the checkpoint position; resuming is quicker but the "
		    "batches differ from an uninterrupted run.",
	},
	{
		.name = "restore_callback_states_from_checkpoint",
		.group = SCHEMA_GROUP_BEST_MODEL,
		.since = TV(4, 41),
		.legacy_position = 43,
		.variants = {
			{ .since = TV(4, 41), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.doc = "On resume, restore callback states saved in the "
		    "checkpoint, overriding the state of callbacks passed to "
		    "the Trainer.",
	},
	{
		.name = "full_determinism",
		.group = SCHEMA_GROUP_BEST_MODEL,
		.since = TV(4, 38),
		.legacy_position = 120,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.doc = "Enable fully deterministic algorithms for "
		    "reproducible distributed runs instead of only setting "
		    "the seed. Slows training.",
	},
	{
		.name = "seed",
		.group = SCHEMA_GROUP_BEST_MODEL,
		.since = TV(4, 38),
		.legacy_position = 47,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_INT,
			  .def = "42" },
		},
		.doc = "Global random seed set at the start of training so "
		    "runs are reproducible.",
	},
	{
		.name = "data_seed",
		.group = SCHEMA_GROUP_BEST_MODEL,
		.since = TV(4, 38),
		.legacy_position = 48,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_INT,
			  .nullable = true, .def = "null" },
		},
		.doc = "Separate random seed for the data samplers; null "
		    "means `seed` is used.",
	},
	{
		.name = "use_cpu",
		.group = SCHEMA_GROUP_DATA,
		.since = TV(4, 38),
		.legacy_position = 45,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.doc = "Run training and evaluation on the CPU even when an "
		    "accelerator is available. Also turns "
		    "`dataloader_pin_memory` off.",
	},
	{
		.name = "no_cuda",
		.group = SCHEMA_GROUP_DATA,
		.since = TV(4, 38),
		.removed = TV(5, 0),
		.deprecated = TV(4, 38),
		.legacy_position = 44,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.replaced_by = "use_cpu",
		.doc = "Old name of `use_cpu`: when true, run on the CPU "
		    "even if a GPU is available. Use `use_cpu` instead.",
	},
	{
		.name = "use_mps_device",
		.group = SCHEMA_GROUP_DATA,
		.since = TV(4, 38),
		.removed = TV(5, 0),
		.deprecated = TV(4, 38),
		.legacy_position = 46,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.migration = "drop it: MPS devices are detected "
		    "automatically",
		.doc = "Old switch to run on the Apple MPS device. "
		    "Deprecated, then removed; MPS is detected "
		    "automatically, so drop this key.",
	},
	{
		.name = "accelerator_config",
		.group = SCHEMA_GROUP_DATA,
		.since = TV(4, 38),
		.legacy_position = 81,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_DICT_JSON_PATH,
			  .nullable = true, .def = "null" },
		},
		.doc = "Options for the internal Accelerate `Accelerator`, "
		    "as an object, a JSON string or a JSON file path (keys "
		    "such as `split_batches`, `dispatch_batches`, "
		    "`even_batches`).",
	},
	{
		.name = "split_batches",
		.group = SCHEMA_GROUP_DATA,
		.since = TV(4, 38),
		.removed = TV(4, 51),
		.deprecated = TV(4, 38),
		.legacy_position = 128,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .nullable = true, .def = "null" },
		},
		.replaced_by = "accelerator_config.split_batches",
		.doc = "Old top-level form of "
		    "`accelerator_config.split_batches`: when true, each "
		    "batch is split across devices. Move it into "
		    "`accelerator_config`.",
	},
	{
		.name = "dispatch_batches",
		.group = SCHEMA_GROUP_DATA,
		.since = TV(4, 38),
		.removed = TV(4, 51),
		.deprecated = TV(4, 38),
		.legacy_position = 127,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .nullable = true, .def = "null" },
		},
		.replaced_by = "accelerator_config.dispatch_batches",
		.doc = "Old top-level form of "
		    "`accelerator_config.dispatch_batches`: when true, the "
		    "main process loads each batch and sends slices to the "
		    "others. Move it into `accelerator_config`.",
	},
	{
		.name = "parallelism_config",
		.group = SCHEMA_GROUP_DATA,
		.since = TV(4, 56),
		.legacy_position = 82,
		.variants = {
			{ .since = TV(4, 56), .type = SCHEMA_OBJECT,
			  .nullable = true, .def = "null",
			  .parser = SCHEMA_PARSER_ANY },
		},
		.doc = "Parallelism plan (tensor, context and data parallel "
		    "sizes) for Accelerate. Only a Python "
		    "`ParallelismConfig` object works, so config files "
		    "should leave it null.",
	},
	{
		.name = "dataloader_drop_last",
		.group = SCHEMA_GROUP_DATA,
		.since = TV(4, 38),
		.legacy_position = 63,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.doc = "Drop the last incomplete batch when the dataset size "
		    "is not divisible by the batch size.",
	},
	{
		.name = "dataloader_num_workers",
		.group = SCHEMA_GROUP_DATA,
		.since = TV(4, 38),
		.legacy_position = 65,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_INT, .def = "0" },
		},
		.bounds = { .min = 0, .flags = SCHEMA_MIN },
		.doc = "Number of worker subprocesses used for data loading; "
		    "`0` loads data in the main process.",
	},
	{
		.name = "dataloader_pin_memory",
		.group = SCHEMA_GROUP_DATA,
		.since = TV(4, 38),
		.legacy_position = 96,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .def = "true" },
		},
		.doc = "Use pinned (page-locked) host memory in data loaders "
		    "for faster host-to-device copies. Forced off when "
		    "`use_cpu` is true.",
	},
	{
		.name = "dataloader_persistent_workers",
		.group = SCHEMA_GROUP_DATA,
		.since = TV(4, 38),
		.legacy_position = 97,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.doc = "Keep data-loader worker processes alive between "
		    "epochs instead of restarting them; faster, but uses "
		    "more RAM. Matters only with workers > 0.",
	},
	{
		.name = "dataloader_prefetch_factor",
		.group = SCHEMA_GROUP_DATA,
		.since = TV(4, 38),
		.legacy_position = 66,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_INT,
			  .nullable = true, .def = "null" },
			{ .since = TV(4, 39), .type = SCHEMA_INT,
			  .nullable = true, .def = "null",
			  .note = "2 when the installed torch is older than 2.0" },
			{ .since = TV(4, 48), .type = SCHEMA_INT,
			  .nullable = true, .def = "null" },
		},
		.bounds = { .min = 1, .flags = SCHEMA_MIN },
		.doc = "Number of batches each data-loader worker loads "
		    "ahead of time. Requires `dataloader_num_workers` > 0; "
		    "null uses the PyTorch default.",
	},
	{
		.name = "dataloader_multiprocessing_context",
		.group = SCHEMA_GROUP_DATA,
		.since = TV(5, 15),
		.variants = {
			{ .since = TV(5, 15), .type = SCHEMA_ENUM,
			  .nullable = true, .def = "null",
			  .values = &schema_enum_mp_context,
			  .parser = SCHEMA_PARSER_STR },
		},
		.doc = "Start method for data-loader worker processes: "
		    "`fork`, `spawn` or `forkserver`; null uses the platform "
		    "default.",
	},
	{
		.name = "dataloader_in_order",
		.group = SCHEMA_GROUP_DATA,
		.since = TV(5, 15),
		.variants = {
			{ .since = TV(5, 15), .type = SCHEMA_BOOL,
			  .def = "true" },
		},
		.doc = "Deliver batches in sample order when several "
		    "data-loader workers are used; false lets faster workers "
		    "hand over batches first.",
	},
	{
		.name = "remove_unused_columns",
		.group = SCHEMA_GROUP_DATA,
		.since = TV(4, 38),
		.legacy_position = 70,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .nullable = true, .def = "true" },
			{ .since = TV(4, 57), .type = SCHEMA_BOOL,
			  .def = "true" },
		},
		.doc = "Drop dataset columns that the model's forward method "
		    "does not accept before building batches.",
	},
	{
		.name = "label_names",
		.group = SCHEMA_GROUP_DATA,
		.since = TV(4, 38),
		.legacy_position = 71,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_LIST_STR,
			  .nullable = true, .def = "null" },
		},
		.doc = "Keys in the input batches that hold the labels; null "
		    "uses the model's usual label keys (typically `labels`).",
	},
	{
		.name = "group_by_length",
		.group = SCHEMA_GROUP_DATA,
		.since = TV(4, 38),
		.removed = TV(5, 2),
		.legacy_position = 88,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.replaced_by = "train_sampling_strategy",
		.migration = "write `train_sampling_strategy: "
		    "group_by_length`",
		.doc = "Batch training samples of similar length together to "
		    "reduce padding. Removed; set `train_sampling_strategy` "
		    "to `group_by_length` instead.",
	},
	{
		.name = "train_sampling_strategy",
		.group = SCHEMA_GROUP_DATA,
		.since = TV(5, 2),
		.variants = {
			{ .since = TV(5, 2), .type = SCHEMA_ENUM,
			  .def = "\"random\"",
			  .values = &schema_enum_sampling,
			  .parser = SCHEMA_PARSER_STR },
		},
		.doc = "Order of training samples: `random` (shuffled), "
		    "`sequential` (dataset order) or `group_by_length` "
		    "(similar lengths batched together to reduce padding).",
	},
	{
		.name = "length_column_name",
		.group = SCHEMA_GROUP_DATA,
		.since = TV(4, 38),
		.legacy_position = 89,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_STR,
			  .nullable = true, .def = "\"length\"" },
			{ .since = TV(4, 57), .type = SCHEMA_STR,
			  .def = "\"length\"" },
		},
		.doc = "Name of a dataset column holding precomputed sample "
		    "lengths, used by length-grouped sampling instead of "
		    "measuring each sample.",
	},
	{
		.name = "tpu_num_cores",
		.group = SCHEMA_GROUP_DATA,
		.since = TV(4, 38),
		.removed = TV(5, 0),
		.legacy_position = 60,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_INT,
			  .nullable = true, .def = "null" },
		},
		.migration = "set the environment variable `TPU_NUM_CORES`",
		.doc = "Number of TPU cores, passed by the TPU launcher. "
		    "Removed; use the `TPU_NUM_CORES` environment variable "
		    "instead.",
	},
	{
		.name = "ddp_find_unused_parameters",
		.group = SCHEMA_GROUP_DISTRIBUTED,
		.since = TV(4, 38),
		.legacy_position = 93,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .nullable = true, .def = "null",
			  .note = "null -> false with gradient checkpointing, else true" },
		},
		.doc = "Value passed to DDP's `find_unused_parameters`. Null "
		    "means false when gradient checkpointing is on, true "
		    "otherwise.",
	},
	{
		.name = "ddp_bucket_cap_mb",
		.group = SCHEMA_GROUP_DISTRIBUTED,
		.since = TV(4, 38),
		.legacy_position = 94,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_INT,
			  .nullable = true, .def = "null" },
		},
		.bounds = { .min = 0, .flags = SCHEMA_MIN | SCHEMA_MIN_OPEN },
		.doc = "Gradient bucket size in megabytes passed to DDP's "
		    "`bucket_cap_mb`; null uses the PyTorch default.",
	},
	{
		.name = "ddp_broadcast_buffers",
		.group = SCHEMA_GROUP_DISTRIBUTED,
		.since = TV(4, 38),
		.legacy_position = 95,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .nullable = true, .def = "null" },
		},
		.doc = "Value passed to DDP's `broadcast_buffers` (sync "
		    "module buffers from rank 0 on each forward pass); null "
		    "leaves the default.",
	},
	{
		.name = "ddp_static_graph",
		.group = SCHEMA_GROUP_DISTRIBUTED,
		.since = TV(5, 6),
		.variants = {
			{ .since = TV(5, 6), .type = SCHEMA_BOOL,
			  .nullable = true, .def = "null" },
		},
		.doc = "Value passed to DDP's `static_graph`, declaring that "
		    "the set of used parameters is the same every step; null "
		    "leaves the DDP default.",
	},
	{
		.name = "ddp_backend",
		.group = SCHEMA_GROUP_DISTRIBUTED,
		.since = TV(4, 38),
		.legacy_position = 59,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_ENUM,
			  .nullable = true, .def = "null",
			  .values = &schema_enum_ddp_backend,
			  .parser = SCHEMA_PARSER_STR },
		},
		.doc = "Backend for the distributed process group: `nccl`, "
		    "`gloo`, `mpi`, `xccl` (formerly `ccl`), `hccl`, `cncl` "
		    "or `mccl`. Null lets the runtime choose.",
	},
	{
		.name = "ddp_timeout",
		.group = SCHEMA_GROUP_DISTRIBUTED,
		.since = TV(4, 38),
		.legacy_position = 123,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_INT,
			  .nullable = true, .def = "1800" },
			{ .since = TV(4, 53), .type = SCHEMA_INT,
			  .def = "1800" },
		},
		.bounds = { .min = 0, .flags = SCHEMA_MIN | SCHEMA_MIN_OPEN },
		.doc = "Timeout in seconds for distributed process-group "
		    "operations; raise it when one process does long work "
		    "(e.g. preprocessing) while others wait.",
	},
	{
		.name = "fsdp",
		.group = SCHEMA_GROUP_DISTRIBUTED,
		.since = TV(4, 38),
		.legacy_position = 76,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_WORDS_OR_BOOL,
			  .def = "\"\"", .values = &schema_enum_fsdp,
			  .parser = SCHEMA_PARSER_STR },
			{ .since = TV(4, 57), .type = SCHEMA_WORDS_OR_BOOL,
			  .nullable = true, .def = "null",
			  .values = &schema_enum_fsdp },
			{ .since = TV(5, 10), .type = SCHEMA_WORDS_OR_BOOL,
			  .nullable = true, .def = "null",
			  .values = &schema_enum_fsdp,
			  .note = "true turns FSDP on (FSDP2 unless `fsdp_config.version` is 1); strings and lists are deprecated" },
		},
		.doc = "Enables PyTorch Fully Sharded Data Parallel. Takes "
		    "true/false or, in the legacy form, a string or list of "
		    "options such as `full_shard`, `shard_grad_op`, "
		    "`offload`, `auto_wrap`.",
	},
	{
		.name = "fsdp_min_num_params",
		.group = SCHEMA_GROUP_DISTRIBUTED,
		.since = TV(4, 38),
		.removed = TV(5, 0),
		.deprecated = TV(4, 38),
		.legacy_position = 77,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_INT, .def = "0" },
		},
		.bounds = { .min = 0, .flags = SCHEMA_MIN },
		.replaced_by = "fsdp_config.min_num_params",
		.doc = "Old form of `fsdp_config.min_num_params`: minimum "
		    "parameter count for FSDP size-based auto-wrapping. Move "
		    "it into `fsdp_config`.",
	},
	{
		.name = "fsdp_config",
		.group = SCHEMA_GROUP_DISTRIBUTED,
		.since = TV(4, 38),
		.legacy_position = 78,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_DICT_JSON_PATH,
			  .nullable = true, .def = "null" },
		},
		.doc = "FSDP settings as an object, a JSON string or a path "
		    "to a JSON file (e.g. `version`, `min_num_params`, "
		    "`transformer_layer_cls_to_wrap`); `fsdp_` key prefixes "
		    "are stripped.",
	},
	{
		.name = "fsdp_transformer_layer_cls_to_wrap",
		.group = SCHEMA_GROUP_DISTRIBUTED,
		.since = TV(4, 38),
		.removed = TV(5, 0),
		.deprecated = TV(4, 38),
		.legacy_position = 80,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_STR,
			  .nullable = true, .def = "null" },
		},
		.replaced_by = "fsdp_config.transformer_layer_cls_to_wrap",
		.doc = "Old form of "
		    "`fsdp_config.transformer_layer_cls_to_wrap`: "
		    "transformer layer class names to wrap with FSDP, e.g. "
		    "`BertLayer`. Move it into `fsdp_config`.",
	},
	{
		.name = "deepspeed",
		.group = SCHEMA_GROUP_DISTRIBUTED,
		.since = TV(4, 38),
		.legacy_position = 83,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_DICT_JSON_PATH,
			  .nullable = true, .def = "null" },
		},
		.doc = "Enables DeepSpeed; the value is a DeepSpeed config "
		    "given as an object, a JSON string or a path to a JSON "
		    "file. Its `auto` entries are filled from these "
		    "arguments.",
	},
	{
		.name = "tp_size",
		.group = SCHEMA_GROUP_DISTRIBUTED,
		.since = TV(4, 50),
		.removed = TV(4, 52),
		.legacy_position = 79,
		.variants = {
			{ .since = TV(4, 50), .type = SCHEMA_INT,
			  .nullable = true, .def = "0" },
		},
		.migration = "drop it",
		.doc = "Tensor-parallel degree; a value > 1 splits the model "
		    "across that many devices. Removed; drop this key "
		    "(tensor parallelism is configured elsewhere).",
	},
	{
		.name = "mp_parameters",
		.group = SCHEMA_GROUP_DISTRIBUTED,
		.since = TV(4, 38),
		.removed = TV(5, 0),
		.legacy_position = 118,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_STR,
			  .def = "\"\"" },
		},
		.migration = "drop it: SageMaker model parallelism no longer "
		    "reads it",
		.doc = "Passthrough for SageMaker model-parallel launcher "
		    "options; ignored by the Trainer. Removed; drop this "
		    "key.",
	},
	{
		.name = "debug",
		.group = SCHEMA_GROUP_DEBUG,
		.since = TV(4, 38),
		.legacy_position = 62,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_WORDS,
			  .def = "\"\"", .values = &schema_enum_debug,
			  .parser = SCHEMA_PARSER_LIST_ENUM },
		},
		.doc = "Debug features as a space-separated string or a "
		    "list: `underflow_overflow` (detect inf/NaN in "
		    "activations) and/or `tpu_metrics_debug` (print TPU "
		    "metrics).",
	},
	{
		.name = "tpu_metrics_debug",
		.group = SCHEMA_GROUP_DEBUG,
		.since = TV(4, 38),
		.removed = TV(5, 0),
		.deprecated = TV(4, 38),
		.legacy_position = 61,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.replaced_by = "debug",
		.migration = "write `debug: tpu_metrics_debug`",
		.doc = "Old switch to print TPU debug metrics. Removed; set "
		    "`debug` to `tpu_metrics_debug` instead.",
	},
	{
		.name = "skip_memory_metrics",
		.group = SCHEMA_GROUP_DEBUG,
		.since = TV(4, 38),
		.legacy_position = 98,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .def = "true" },
		},
		.doc = "When true, memory-usage metrics are not collected; "
		    "collecting them slows down training and evaluation.",
	},
	{
		.name = "do_train",
		.group = SCHEMA_GROUP_DEBUG,
		.since = TV(4, 38),
		.legacy_position = 3,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.doc = "Flag read only by example scripts to decide whether "
		    "to run training; the Trainer itself ignores it.",
	},
	{
		.name = "do_eval",
		.group = SCHEMA_GROUP_DEBUG,
		.since = TV(4, 38),
		.legacy_position = 4,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .def = "false",
			  .note = "set to true when `eval_strategy` is not `no`" },
		},
		.doc = "Flag read by example scripts to decide whether to "
		    "run evaluation. It is set to true automatically when "
		    "`eval_strategy` is not `no`.",
	},
	{
		.name = "do_predict",
		.group = SCHEMA_GROUP_DEBUG,
		.since = TV(4, 38),
		.legacy_position = 5,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.doc = "Flag read only by example scripts to decide whether "
		    "to run prediction on a test set; the Trainer itself "
		    "ignores it.",
	},
	{
		.name = "resume_from_checkpoint",
		.group = SCHEMA_GROUP_DEBUG,
		.since = TV(4, 38),
		.legacy_position = 101,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_STR,
			  .nullable = true, .def = "null" },
		},
		.doc = "Path of a checkpoint folder to resume from, read by "
		    "example scripts only; the Trainer itself ignores it "
		    "(pass the path to `train()` instead).",
	},
	{
		.name = "warmup_ratio",
		.group = SCHEMA_GROUP_SCHEDULE,
		.since = TV(4, 38),
		.removed = TV(5, 15),
		.deprecated = TV(5, 0),
		.legacy_position = 26,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_FLOAT,
			  .def = "0.0" },
			{ .since = TV(5, 0), .type = SCHEMA_FLOAT,
			  .nullable = true, .def = "null" },
		},
		.bounds = { .min = 0, .max = 1, .flags = SCHEMA_MIN | SCHEMA_MAX },
		.replaced_by = "warmup_steps",
		.migration = "write the ratio as `warmup_steps` (a value "
		    "below 1 is a share of the steps); 1.0 has no exact "
		    "equivalent",
		.doc = "Warm-up length as a fraction of total training "
		    "steps. Deprecated, then removed; put the fraction in "
		    "`warmup_steps` instead (values < 1 there are "
		    "fractions).",
	},
	{
		.name = "logging_dir",
		.group = SCHEMA_GROUP_LOGGING,
		.since = TV(4, 38),
		.removed = TV(5, 15),
		.deprecated = TV(5, 0),
		.legacy_position = 31,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_STR,
			  .nullable = true, .def = "null",
			  .note = "null -> `<output_dir>/runs/<time>_<host>`" },
			{ .since = TV(5, 0), .type = SCHEMA_STR,
			  .nullable = true, .def = "null" },
		},
		.migration = "set the environment variable "
		    "`TENSORBOARD_LOGGING_DIR`",
		.doc = "TensorBoard log directory (older releases default it "
		    "to `<output_dir>/runs/<time>_<host>`). Deprecated, then "
		    "removed; use the `TENSORBOARD_LOGGING_DIR` environment "
		    "variable.",
	},
	{
		.name = "past_index",
		.group = SCHEMA_GROUP_DEBUG,
		.since = TV(4, 38),
		.removed = TV(5, 0),
		.legacy_position = 67,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_INT,
			  .def = "-1" },
		},
		.migration = "drop it: no model reads it any more",
		.doc = "Index of a model output (e.g. the memory of "
		    "TransformerXL or XLNet) fed back as past state on the "
		    "next step; `-1` disables it. Removed; drop this key.",
	},
	{
		.name = "local_rank",
		.group = SCHEMA_GROUP_DEBUG,
		.since = TV(4, 38),
		.legacy_position = 58,
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_INT,
			  .def = "-1" },
		},
		.doc = "Rank of the process on its node, filled in by older "
		    "distributed launchers. `-1` means not distributed; "
		    "normally left unset.",
	},
	{
		.name = "sortish_sampler",
		.cls = SCHEMA_CLASS_SEQ2SEQ,
		.group = SCHEMA_GROUP_GENERATION,
		.since = TV(4, 38),
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.doc = "Legacy switch for roughly length-sorted sampling of "
		    "training data, kept only for compatibility; use "
		    "`train_sampling_strategy` (or `group_by_length`) "
		    "instead.",
	},
	{
		.name = "predict_with_generate",
		.cls = SCHEMA_CLASS_SEQ2SEQ,
		.group = SCHEMA_GROUP_GENERATION,
		.since = TV(4, 38),
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_BOOL,
			  .def = "false" },
		},
		.doc = "Use `generate()` during evaluation and prediction so "
		    "that metrics on generated text, such as ROUGE or BLEU, "
		    "can be computed.",
	},
	{
		.name = "generation_max_length",
		.cls = SCHEMA_CLASS_SEQ2SEQ,
		.group = SCHEMA_GROUP_GENERATION,
		.since = TV(4, 38),
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_INT,
			  .nullable = true, .def = "null" },
		},
		.bounds = { .min = 1, .flags = SCHEMA_MIN },
		.doc = "Maximum length of sequences produced by `generate()` "
		    "during evaluation and prediction; null uses the model's "
		    "generation config.",
	},
	{
		.name = "generation_num_beams",
		.cls = SCHEMA_CLASS_SEQ2SEQ,
		.group = SCHEMA_GROUP_GENERATION,
		.since = TV(4, 38),
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_INT,
			  .nullable = true, .def = "null" },
		},
		.bounds = { .min = 1, .flags = SCHEMA_MIN },
		.doc = "Number of beams for beam search in `generate()` "
		    "during evaluation and prediction; null uses the model's "
		    "generation config.",
	},
	{
		.name = "generation_config",
		.cls = SCHEMA_CLASS_SEQ2SEQ,
		.group = SCHEMA_GROUP_GENERATION,
		.since = TV(4, 38),
		.variants = {
			{ .since = TV(4, 38), .type = SCHEMA_STR,
			  .nullable = true, .def = "null" },
		},
		.doc = "Generation config to load for prediction: a model "
		    "id, local path or URL (or a `GenerationConfig` object); "
		    "null uses the model's own config.",
	},
};

const size_t schema_table_len = sizeof schema_table / sizeof schema_table[0];
