/*
 * rules-input.c: the first rules of __post_init__, which normalise what
 * the file gave: JSON strings into dicts, paths, deprecated aliases copied
 * to their new names, strategy and optimizer names into Enum members, and
 * the debug words into a list (reference §4.1, §4.2).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "rules-internal.h"
#include "targs/xalloc.h"

static const char *const rule_dict_fields[] = {
	"accelerator_config", "fsdp_config", "deepspeed",
	"gradient_checkpointing_kwargs", "lr_scheduler_kwargs", NULL,
};

static bool
rule_all_digits(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (!isdigit((unsigned char)s[i]))
			return false;
	return len > 0;
}

/* int(text) of a string of digits, exact however long. */
static struct pyval *
rule_int_text(struct arena *a, const struct pyval *digits)
{
	struct pyval *v;

	if (digits->len <= 18)
		return py_int(a, strtoll(digits->text, NULL, 10));
	v = py_int(a, 0);
	v->big = true;
	v->real = strtod(digits->text, NULL);
	/* Python drops leading zeros: int("007") is 7. */
	v->text = digits->text + strspn(digits->text, "0");
	if (*v->text == '\0')
		v->text = "0";
	v->len = strlen(v->text);
	return v;
}

/*
 * _convert_str_dict: string leaves become bools, ints and floats by
 * upstream's crude tests ("-1" and "1e-5" stay strings); lists are not
 * walked.
 */
static struct pyval *
rule_convert_str_dict(struct arena *a, struct pyval *dict)
{
	struct pyval *out = py_dict(a, dict->count), *v;
	const char *dot;
	char *joined;
	size_t i;

	for (i = 0; i < dict->count; i++) {
		v = dict->items[i];
		out->keys[i] = dict->keys[i];
		if (v->kind == PY_DICT)
			v = rule_convert_str_dict(a, v);
		else if (v->kind == PY_STR) {
			dot = memchr(v->text, '.', v->len);
			joined = dot == NULL ? NULL : xasprintf("%.*s%s",
			    (int)(dot - v->text), v->text, dot + 1);
			if (strcasecmp(v->text, "true") == 0 ||
			    strcasecmp(v->text, "false") == 0)
				v = py_bool(a,
				    strcasecmp(v->text, "true") == 0);
			else if (rule_all_digits(v->text, v->len))
				v = rule_int_text(a, v);
			else if (joined != NULL &&
			    rule_all_digits(joined, strlen(joined)))
				v = py_float(a, strtod(v->text, NULL));
			free(joined);
		}
		out->items[i] = v;
	}
	return out;
}

RULE_FN(rule_json_string_dicts)
{
	struct pyval *v, *loaded;
	char *error;
	bool limit;
	size_t i;

	for (i = 0; rule_dict_fields[i] != NULL; i++) {
		v = config_get(cfg, rule_dict_fields[i]);
		if (v == NULL || v->kind != PY_STR || v->text[0] != '{')
			continue;
		loaded = pyval_from_json(RULE_ARENA(cfg), v->text, v->len,
		    &error, &limit);
		if (loaded == NULL && limit) {
			rule_report(cfg, rule, rule_dict_fields[i], DIAG_ERROR,
			    DIAG_UPSTREAM_NONE, "targs cannot read the JSON "
			    "string of '%s', though Python can: %s",
			    rule_dict_fields[i], error);
			free(error);
			continue;
		}
		if (loaded == NULL || loaded->kind != PY_DICT) {
			rule_raise(cfg, rule, rule_dict_fields[i],
			    "JSONDecodeError", error != NULL ? error :
			    "not an object", "'%s' starts with '{' but is not "
			    "a JSON object: %s", rule_dict_fields[i],
			    error != NULL ? error : "not an object");
			free(error);
			continue;
		}
		rule_set(cfg, rule, rule_dict_fields[i],
		    rule_convert_str_dict(RULE_ARENA(cfg), loaded),
		    "parsed from a JSON string");
	}
}

RULE_FN(rule_output_dir_default)
{
	struct pyval *v = config_get(cfg, "output_dir");

	if (v != NULL && v->kind == PY_NONE)
		rule_set(cfg, rule, "output_dir",
		    py_str(RULE_ARENA(cfg), "trainer_output"),
		    "null becomes trainer_output");
}

/* os.path.expanduser of a value that is not None. */
static void
rule_expand(struct config *cfg, const struct rule *rule, const char *name)
{
	struct pyval *v = config_get(cfg, name);
	char *expanded;

	if (v == NULL || v->kind == PY_NONE)
		return;
	if (v->kind != PY_STR) {
		expanded = xasprintf("expected str, bytes or os.PathLike "
		    "object, not %s", py_type_name(v));
		rule_raise(cfg, rule, name, "TypeError", expanded, "'%s' must "
		    "be a path, but Python sees the %s", name,
		    py_type_name(v));
		free(expanded);
		return;
	}
	expanded = rule_expand_home(cfg, v->text);
	if (strcmp(expanded, v->text) != 0)
		rule_set(cfg, rule, name, py_str(RULE_ARENA(cfg), expanded),
		    "~ expanded");
	free(expanded);
}

RULE_FN(rule_output_dir_home)
{
	rule_expand(cfg, rule, "output_dir");
}

/*
 * Up to 4.57 a null logging_dir becomes output_dir/runs/<time>_<host>;
 * targs cannot know the time and host and writes placeholders. From 5.0
 * the field is deprecated.
 */
RULE_FN(rule_logging_dir)
{
	struct pyval *dir = config_get(cfg, "logging_dir");
	struct pyval *out = config_get(cfg, "output_dir");
	size_t n;
	char *joined;

	if (dir == NULL)
		return;
	if (cfg->version >= TV(5, 0)) {
		if (dir->kind != PY_NONE)
			rule_report(cfg, rule, "logging_dir", DIAG_WARNING,
			    DIAG_UPSTREAM_ACCEPTS, "'logging_dir' is "
			    "deprecated; set the TENSORBOARD_LOGGING_DIR "
			    "environment variable instead");
		return;
	}
	if (dir->kind == PY_NONE && out != NULL && out->kind == PY_STR) {
		n = out->len;
		joined = xasprintf("%s%sruns/<DATETIME>_<HOSTNAME>", out->text,
		    n == 0 || out->text[n - 1] == '/' ? "" : "/");
		rule_set(cfg, rule, "logging_dir", py_str(RULE_ARENA(cfg),
		    joined), "output_dir/runs/<time>_<host> at start-up");
		free(joined);
	}
	rule_expand(cfg, rule, "logging_dir");
}

/* The library logs at WARNING unless told otherwise: tqdm stays on. */
RULE_FN(rule_disable_tqdm)
{
	struct pyval *v = config_get(cfg, "disable_tqdm");

	if (v != NULL && v->kind == PY_NONE)
		rule_set(cfg, rule, "disable_tqdm", py_bool(RULE_ARENA(cfg),
		    false), "the library logs at WARNING");
}

RULE_FN(rule_tokens_seen)
{
	struct pyval *v = config_get(cfg, "include_num_input_tokens_seen");

	if (v == NULL || v->kind != PY_BOOL)
		return;
	rule_set(cfg, rule, "include_num_input_tokens_seen",
	    py_str(RULE_ARENA(cfg), v->boolean ? "all" : "no"),
	    v->boolean ? "true means all" : "false means no");
}

RULE_FN(rule_evaluation_strategy_alias)
{
	struct pyval *v = config_get(cfg, "evaluation_strategy");

	if (v == NULL || v->kind == PY_NONE)
		return;
	rule_report(cfg, rule, "evaluation_strategy", DIAG_WARNING,
	    DIAG_UPSTREAM_ACCEPTS, "'evaluation_strategy' is deprecated%s; "
	    "write eval_strategy instead", config_given(cfg, "eval_strategy") ?
	    " and overrides the eval_strategy the file gives" : "");
	rule_copy(cfg, rule, "evaluation_strategy", "eval_strategy",
	    "copied from evaluation_strategy");
}

RULE_FN(rule_no_cuda_alias)
{
	struct pyval *v = config_get(cfg, "no_cuda");

	if (v == NULL || !py_truthy(v))
		return;
	rule_alias(cfg, rule, "no_cuda", "use_cpu");
}

RULE_FN(rule_warmup_ratio_alias)
{
	struct pyval *v = config_get(cfg, "warmup_ratio");
	struct diag *d;

	if (v == NULL || v->kind == PY_NONE)
		return;
	d = rule_report(cfg, rule, "warmup_ratio", DIAG_WARNING,
	    DIAG_UPSTREAM_ACCEPTS, "'warmup_ratio' is deprecated%s",
	    config_given(cfg, "warmup_steps") ? " and replaces the "
	    "warmup_steps the file gives" : "; it is copied to warmup_steps");
	diag_hint(d, "write the share as warmup_steps (a value below 1 is a "
	    "share of the total steps)");
	rule_copy(cfg, rule, "warmup_ratio", "warmup_steps",
	    "copied from warmup_ratio");
}

/* A member of other releases: say which. */
static void
rule_member_elsewhere(struct config *cfg, struct diag *d,
    const struct schema_enum *e, const struct pyval *v)
{
	const struct schema_member *m;
	char range[2 * VERSION_TEXT_MAX];

	if (v->kind != PY_STR || (m = schema_member_find(e, v->text)) == NULL)
		return;
	diag_hint(d, "'%s' is an option of transformers %s only", m->name,
	    version_format_range(m->since, schema_member_last(m), range));
	(void)cfg;
}

/* Enum(value): ExplicitEnum's message when value is not a member. */
static void
rule_enum_convert(struct config *cfg, const struct rule *rule,
    const char *name)
{
	struct config_slot *slot = config_slot(cfg, name);
	const struct schema_enum *e;
	struct diag *d;
	char *shown;

	if (slot == NULL || (e = slot->variant->values) == NULL ||
	    config_is_member(cfg, e, slot->value))
		return;
	d = rule_not_member(cfg, rule, name, e, slot->value);
	rule_member_elsewhere(cfg, d, e, slot->value);
	if (slot->value->kind == PY_BOOL && slot->node != NULL &&
	    slot->node->style == VALUE_STYLE_PLAIN &&
	    cfg->schema == SCALAR_SCHEMA_PYYAML) {
		shown = py_str_of(slot->value);
		diag_hint(d, "PyYAML (YAML 1.1) reads %s as the boolean %s; "
		    "quote it: '%s'", slot->node->text, shown,
		    slot->node->text);
		free(shown);
	}
}

RULE_FN(rule_enum_strategies)
{
	rule_enum_convert(cfg, rule, config_eval_strategy(cfg));
	rule_enum_convert(cfg, rule, "logging_strategy");
	rule_enum_convert(cfg, rule, "save_strategy");
	rule_enum_convert(cfg, rule, "hub_strategy");
	rule_enum_convert(cfg, rule, "lr_scheduler_type");
	/* From 5.2 the optimizer is converted together with the others. */
	if (cfg->version >= TV(5, 2))
		rule_enum_convert(cfg, rule, "optim");
}

RULE_FN(rule_enum_optim)
{
	rule_enum_convert(cfg, rule, "optim");
}

/* A list of DebugOption members from white-space separated words. */
RULE_FN(rule_debug_options)
{
	struct pyval *v = config_get(cfg, "debug"), *words;

	if (v == NULL)
		return;
	if (v->kind == PY_NONE)
		rule_set(cfg, rule, "debug", py_list(RULE_ARENA(cfg), 0),
		    "null means no option");
	else if (v->kind == PY_STR &&
	    (words = rule_enum_words(cfg, rule, "debug", v->text)) != NULL)
		rule_set(cfg, rule, "debug", words, "split into options");
}
