/*
 * diag.h: diagnostics, collected per input file and printed at the end.
 *
 * Nothing prints from deep inside targs: a check appends a struct diag to
 * the file's diag_list, and an output writer prints the sorted list. Every
 * diagnostic has a stable code from diag_code_table (diag-table.c).
 */
#ifndef TARGS_DIAG_H
#define TARGS_DIAG_H

#include <stdbool.h>
#include <stddef.h>

#include "targs/source.h"

enum diag_severity {
	DIAG_ERROR,
	DIAG_WARNING,
	DIAG_INFO,
};

/* How transformers itself behaves on the problem a code reports. */
enum diag_upstream {
	DIAG_UPSTREAM_NONE,     /* not a question upstream answers (a targs limit) */
	DIAG_UPSTREAM_RAISES,   /* the run fails before TrainingArguments exists */
	DIAG_UPSTREAM_TRAINER,  /* raises later, when the Trainer starts */
	DIAG_UPSTREAM_ACCEPTS,  /* accepted silently: targs is stricter */
};

/* One per code; the order here is the order of diag_code_table. */
enum diag_id {
	DIAG_INVALID_UTF8,
	DIAG_FORBIDDEN_CHARACTER,
	DIAG_YAML_SYNTAX,
	DIAG_TAB_INDENT,
	DIAG_JSON_SYNTAX,
	DIAG_EMPTY_DOCUMENT,
	DIAG_MULTIPLE_DOCUMENTS,
	DIAG_NOT_A_MAPPING,
	DIAG_JSON_BOM,
	DIAG_JSON_NONSTANDARD,
	DIAG_DUPLICATE_KEY,
	DIAG_UNDEFINED_ALIAS,
	DIAG_DUPLICATE_ANCHOR,
	DIAG_RECURSIVE_ALIAS,
	DIAG_UNKNOWN_TAG,
	DIAG_BAD_TAGGED_VALUE,
	DIAG_UNHASHABLE_KEY,
	DIAG_BAD_MERGE,
	DIAG_INTEGER_TOO_LONG,
	DIAG_OVER_LIMIT,
	DIAG_FLOAT_OUT_OF_RANGE,
	DIAG_VERSION_INFERRED,
	DIAG_VERSION_CONFLICT,
	DIAG_UNKNOWN_KEY,
	DIAG_KEY_NOT_IN_RELEASE,
	DIAG_WRONG_TYPE,
	DIAG_NOT_ALLOWED_VALUE,
	DIAG_MISSING_REQUIRED,
	DIAG_OUT_OF_RANGE,
	DIAG_JSON_STRING_DICT,
	DIAG_OUTPUT_DIR_DEFAULT,
	DIAG_HOME_EXPANSION,
	DIAG_LOGGING_DIR,
	DIAG_DISABLE_TQDM_DEFAULT,
	DIAG_TOKENS_SEEN,
	DIAG_EVALUATION_STRATEGY_ALIAS,
	DIAG_NO_CUDA_ALIAS,
	DIAG_WARMUP_RATIO_ALIAS,
	DIAG_ENUM_VALUE,
	DIAG_DEBUG_OPTIONS,
	DIAG_DO_EVAL_DEFAULT,
	DIAG_EVAL_STEPS_DEFAULT,
	DIAG_METRIC_DEFAULT,
	DIAG_GREATER_IS_BETTER_DEFAULT,
	DIAG_RUN_NAME_DEFAULT,
	DIAG_REPORT_TO,
	DIAG_TORCH_COMPILE,
	DIAG_PIN_MEMORY_CPU,
	DIAG_ACCELERATOR_CONFIG,
	DIAG_ACCELERATE_ALIASES,
	DIAG_FP16_BACKEND_ALIAS,
	DIAG_ADAFACTOR_ALIAS,
	DIAG_TORCHDYNAMO_ALIAS,
	DIAG_TPU_METRICS_DEBUG_ALIAS,
	DIAG_HUB_TOKEN_ALIAS,
	DIAG_HUB_MODEL_ID_ALIAS,
	DIAG_INPUTS_FOR_METRICS_ALIAS,
	DIAG_FSDP_ALIASES,
	DIAG_EMPTY_CACHE_STEPS,
	DIAG_LOGGING_STEPS_ZERO,
	DIAG_INTEGRAL_STEPS,
	DIAG_BEST_MODEL_STRATEGIES,
	DIAG_FP16_AND_BF16,
	DIAG_FULL_EVAL_PRECISION,
	DIAG_APEX_BF16,
	DIAG_PREFETCH_FACTOR,
	DIAG_SCHEDULER_NEEDS_EVAL,
	DIAG_WARMUP,
	DIAG_FSDP_OPTIONS,
	DIAG_FSDP_OFFLOAD_ALONE,
	DIAG_FSDP_SHARDING_CONFLICT,
	DIAG_FSDP_ACTIVATION_CHECKPOINTING,
	DIAG_FSDP_CONFIG,
	DIAG_BF16_HARDWARE,
	DIAG_TF32_HARDWARE,
	DIAG_FP16_DEVICE,
	DIAG_NEGATIVE_STEPS,
	DIAG_BEST_METRIC_NEEDED,
	DIAG_AVERAGE_TOKENS,
	DIAG_DEEPSPEED,
	DIAG_UNUSED_SAVE_STEPS,
	DIAG_UNUSED_EVAL_STEPS,
	DIAG_EPOCHS_IGNORED,
	DIAG_WARMUP_RATIO_IGNORED,
	DIAG_UNUSED_METRIC,
	DIAG_PLAN_NEVER_EVALUATES,
	DIAG_PLAN_ONLY_FINAL_SAVE,
	DIAG_PLAN_BEST_IS_LAST,
	DIAG_PLAN_WARMUP_WHOLE_RUN,
	DIAG_PLAN_RATIO_ROUNDS,
	DIAG_PLAN_NEVER_LOGS,
	DIAG_PLAN_MANY_CHECKPOINTS,
	DIAG_PLAN_CUT_SHORT,
	DIAG_PLAN_MAX_STEPS_ZERO,
	DIAG_PLAN_FINAL_DELETED,
	DIAG_PLAN_SCHEDULER,
	DIAG_PLAN_TRAINER,
	DIAG_BLANKET_SUPPRESSION,
	DIAG_UNUSED_SUPPRESSION,
	DIAG_BAD_SUPPRESSION,
	DIAG_PROFILE_DETECTED,
	DIAG_FRAMEWORK_KEY_NOT_IN_RELEASE,
	DIAG_FRAMEWORK_CONVERSION,
	DIAG_NESTED_BLOCK,
	DIAG_PATH_NOT_FOUND,
	DIAG_KEYS_ONLY,
	DIAG_TRL_BF16_DEFAULT,
	DIAG_TRL_QUANT_BITS,
	DIAG_TRL_GENERATIONS,
	DIAG_LF_UNUSED_COLUMNS,
	DIAG_LF_SFT_ONLY,
	DIAG_LF_STREAMING_STEPS,
	DIAG_LF_NEEDS_DATASET,
	DIAG_LF_LORA_ONLY,
	DIAG_LF_V1_PLUGIN,
	DIAG_LF_V1_VALUE,
	DIAG_AXOLOTL_COMPUTED,
	DIAG_AXOLOTL_EXCLUSIVE,
	DIAG_AXOLOTL_BATCH,
	DIAG_AXOLOTL_BEST_OFF,
	DIAG_AXOLOTL_REQUIRED,
	DIAG_ID_COUNT,
};

struct diag_code {
	const char		*code;      /* stable: "TA103" */
	const char		*name;      /* kebab-case: "yaml-syntax" */
	enum diag_severity	 severity;
	enum diag_upstream	 upstream;
	const char		*summary;   /* one sentence, for explain and reports */
};

/* Indexed by enum diag_id; data only, in diag-table.c. */
extern const struct diag_code diag_code_table[DIAG_ID_COUNT];

struct diag {
	enum diag_id		 id;
	enum diag_severity	 severity;
	enum diag_upstream	 upstream;
	struct source_pos	 pos;       /* line 0: the whole file */
	char			*key;       /* dotted key path, or NULL */
	char			*message;
	char			**hints;
	size_t			 hint_count;
	size_t			 order;     /* insertion order, keeps sorting stable */
};

/* The diagnostics of one file. Owns every string in it. */
struct diag_list {
	char		*file;
	/* the profile the file was read with (a table's name), or NULL */
	const char	*profile;
	struct diag	*items;
	size_t		 len;
	size_t		 cap;
};

void diag_list_init(struct diag_list *list, const char *file);
void diag_list_release(struct diag_list *list);
/* Frees what one diagnostic owns (for a list that drops it). */
void diag_release_one(struct diag *d);

/*
 * Appends a diagnostic with the code's severity and upstream behaviour;
 * key may be NULL. The returned pointer is valid until the next diag_add.
 */
struct diag *diag_add(struct diag_list *list, enum diag_id id,
    struct source_pos pos, const char *key, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* Adds a hint line below the message. */
void diag_hint(struct diag *d, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/*
 * Keeps the diagnostics for which keep(d, ctx) is true, in their order,
 * and releases the others.
 */
void diag_list_filter(struct diag_list *list,
    bool (*keep)(const struct diag *d, void *ctx), void *ctx);

/* Sorts by line, then column, then insertion order. */
void diag_sort(struct diag_list *list);
size_t diag_count(const struct diag_list *list, enum diag_severity severity);

const char *diag_severity_name(enum diag_severity severity);
/* "raises", "trainer", "accepts", or NULL for DIAG_UPSTREAM_NONE. */
const char *diag_upstream_name(enum diag_upstream upstream);

/*
 * Quotes user text for a message: 'text', with control characters escaped
 * and anything past max characters cut to "...". Caller frees.
 */
char *diag_quote(const char *text, size_t len, size_t max);

#endif
