/*
 * rules-internal.h: what the rule files share. Each rule is one function
 * of struct config, registered in rules-table.c with its code, the
 * reference label, the releases it applies to and the parameters it
 * reads; rules.c runs them in the release's upstream order.
 */
#ifndef TARGS_RULES_INTERNAL_H
#define TARGS_RULES_INTERNAL_H

#include <stdbool.h>

#include "targs/config.h"
#include "targs/rules.h"

/* Shorthands for the arena values rules build. */
#define RULE_ARENA(cfg) (&(cfg)->arena)

/* Sets name, recording the rule as the origin. */
void rule_set(struct config *cfg, const struct rule *rule, const char *name,
    struct pyval *value, const char *why);

/*
 * Copies a deprecated alias to the field that replaced it; diagnostics
 * about the field then point at the alias's value.
 */
void rule_copy(struct config *cfg, const struct rule *rule, const char *from,
    const char *to, const char *why);

/* Warns that from is deprecated for to, and copies it there. */
void rule_alias(struct config *cfg, const struct rule *rule, const char *from,
    const char *to);

/*
 * Reports an error transformers raises (exception type and its message,
 * which goes into a hint) about name; the first such error of a file is
 * marked as the one upstream stops at. fmt is targs' own message.
 */
struct diag *rule_raise(struct config *cfg, const struct rule *rule,
    const char *name, const char *exception, const char *upstream,
    const char *fmt, ...) __attribute__((format(printf, 6, 7)));
/* A diagnostic of the rule's code that upstream does not raise on. */
struct diag *rule_report(struct config *cfg, const struct rule *rule,
    const char *name, enum diag_severity severity,
    enum diag_upstream upstream, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

/*
 * `value OP number` for the field name as Python evaluates it: true or
 * false in *result, or the TypeError raised (reported; returns false).
 */
bool rule_compare(struct config *cfg, const struct rule *rule,
    const char *name, const char *op, double number, bool *result);

/* str() of a strategy as upstream formats it: "IntervalStrategy.STEPS". */
char *rule_enum_text(struct config *cfg, const char *name);
/* True when field name holds the str s. */
bool rule_is(struct config *cfg, const char *name, const char *s);
/* True when field name is truthy (false when the release lacks it). */
bool rule_truthy(struct config *cfg, const char *name);
/* str.split(): the white-space separated words of text, as a list. */
struct pyval *rule_words(struct config *cfg, const char *text);
/*
 * Raises as Enum(value) does for a value that is no member of e:
 * ExplicitEnum's "X is not a valid E, please select one of [...]".
 */
struct diag *rule_not_member(struct config *cfg, const struct rule *rule,
    const char *name, const struct schema_enum *e, const struct pyval *value);
/*
 * [E(s) for s in text.split()] for the Enum of field name: the list, or
 * NULL after raising on the first word that is no member.
 */
struct pyval *rule_enum_words(struct config *cfg, const struct rule *rule,
    const char *name, const char *text);
/* Expands a leading ~ as os.path.expanduser does, with env's home. */
char *rule_expand_home(const struct config *cfg, const char *path);

/* Every rule function, by file. */
#define RULE_FN(name) void name(struct config *cfg, const struct rule *rule)
RULE_FN(rule_json_string_dicts);
RULE_FN(rule_output_dir_default);
RULE_FN(rule_output_dir_home);
RULE_FN(rule_logging_dir);
RULE_FN(rule_disable_tqdm);
RULE_FN(rule_tokens_seen);
RULE_FN(rule_evaluation_strategy_alias);
RULE_FN(rule_no_cuda_alias);
RULE_FN(rule_warmup_ratio_alias);
RULE_FN(rule_enum_strategies);
RULE_FN(rule_enum_optim);
RULE_FN(rule_debug_options);
RULE_FN(rule_do_eval);
RULE_FN(rule_eval_steps_default);
RULE_FN(rule_metric_default);
RULE_FN(rule_greater_is_better);
RULE_FN(rule_run_name);
RULE_FN(rule_report_to);
RULE_FN(rule_torch_compile);
RULE_FN(rule_pin_memory);
RULE_FN(rule_accelerator_config);
RULE_FN(rule_accelerate_aliases);
RULE_FN(rule_average_tokens);
RULE_FN(rule_fp16_backend_alias);
RULE_FN(rule_adafactor_alias);
RULE_FN(rule_torchdynamo_alias);
RULE_FN(rule_tpu_metrics_debug_alias);
RULE_FN(rule_hub_token_alias);
RULE_FN(rule_hub_model_id_alias);
RULE_FN(rule_inputs_for_metrics_alias);
RULE_FN(rule_empty_cache_steps);
RULE_FN(rule_logging_steps_zero);
RULE_FN(rule_integral_steps);
RULE_FN(rule_best_model_strategies);
RULE_FN(rule_fp16_and_bf16);
RULE_FN(rule_full_eval_precision);
RULE_FN(rule_apex_bf16);
RULE_FN(rule_prefetch_factor);
RULE_FN(rule_scheduler_needs_eval);
RULE_FN(rule_warmup);
RULE_FN(rule_deepspeed);
RULE_FN(rule_fsdp_legacy);
RULE_FN(rule_fsdp_switch);
RULE_FN(rule_bf16_hardware);
RULE_FN(rule_tf32_hardware);
RULE_FN(rule_fp16_device);
RULE_FN(rule_negative_steps);
RULE_FN(rule_best_metric_needed);
RULE_FN(rule_report_to_names);
RULE_FN(rule_option_lists);

#endif
