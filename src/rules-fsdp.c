/*
 * rules-fsdp.c: fsdp and fsdp_config as _process_fsdp_args (inline in
 * __post_init__ up to 4.57) normalises and checks them (reference §4.6),
 * in the legacy model up to 5.9 and the FSDP2 switch from 5.10.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "rules-internal.h"
#include "targs/xalloc.h"

static bool
rule_list_has(const struct pyval *list, const char *s)
{
	size_t i;

	if (list == NULL || list->kind != PY_LIST)
		return false;
	for (i = 0; i < list->count; i++)
		if (py_str_is(list->items[i], s))
			return true;
	return false;
}

/* fsdp as a list of FSDPOption words; false when upstream raised. */
static bool
rule_fsdp_words(struct config *cfg, const struct rule *rule)
{
	struct pyval *v = config_get(cfg, "fsdp"), *list;
	char *upstream;

	if (v->kind == PY_BOOL || (cfg->version >= TV(4, 57) && !py_truthy(v)))
		v = py_truthy(v) ? py_str(RULE_ARENA(cfg), "full_shard") :
		    py_str(RULE_ARENA(cfg), "");
	if (v->kind != PY_STR) {
		if (v->kind != PY_LIST) {
			upstream = xasprintf("argument of type '%s' is not "
			    "iterable", py_type_name(v));
			rule_raise(cfg, rule, "fsdp", "TypeError", upstream,
			    "fsdp: %s is not accepted by this release; write "
			    "false or leave it out", v->kind == PY_NONE ?
			    "null" : py_type_name(v));
			free(upstream);
			return false;
		}
		return true;
	}
	if ((list = rule_enum_words(cfg, rule, "fsdp", v->text)) == NULL)
		return false;
	rule_set(cfg, rule, "fsdp", list, "split into options");
	return true;
}

static void
rule_fsdp_conflicts(struct config *cfg, const struct rule *rule)
{
	struct pyval *fsdp = config_get(cfg, "fsdp");

	if (fsdp->kind == PY_LIST && fsdp->count == 1 &&
	    py_str_is(fsdp->items[0], "offload"))
		rule_raise(cfg, rule, "fsdp", "ValueError", "`--fsdp offload` "
		    "can't work on its own. It needs to be added to `--fsdp "
		    "full_shard` or `--fsdp shard_grad_op`. For example, "
		    "`--fsdp \"full_shard offload\"`.", "fsdp offload needs "
		    "full_shard or shard_grad_op beside it")->id =
		    DIAG_FSDP_OFFLOAD_ALONE;
	else if (rule_list_has(fsdp, "full_shard") &&
	    rule_list_has(fsdp, "shard_grad_op"))
		rule_raise(cfg, rule, "fsdp", "ValueError", "`--fsdp "
		    "full_shard` is not compatible with `--fsdp "
		    "shard_grad_op`.", "fsdp cannot hold both full_shard and "
		    "shard_grad_op")->id = DIAG_FSDP_SHARDING_CONFLICT;
	if (cfg->version >= TV(4, 43) && rule_truthy(cfg,
	    "gradient_checkpointing") && (rule_list_has(fsdp, "full_shard") ||
	    rule_list_has(fsdp, "hybrid_shard")))
		rule_report(cfg, rule, "gradient_checkpointing", DIAG_WARNING,
		    DIAG_UPSTREAM_ACCEPTS, "with FSDP sharding, set "
		    "activation_checkpointing in fsdp_config instead of "
		    "gradient_checkpointing")->id =
		    DIAG_FSDP_ACTIVATION_CHECKPOINTING;
}

static bool
rule_prefixed(const struct pyval *key)
{
	return key->kind == PY_STR && strncmp(key->text, "fsdp_", 5) == 0;
}

static const struct pyval *const *rule_sort_keys;

static int
rule_compare_key_at(const void *a, const void *b)
{
	return strcmp(rule_sort_keys[*(const size_t *)a]->text,
	    rule_sort_keys[*(const size_t *)b]->text);
}

/*
 * The dict with "fsdp_"-prefixed keys renamed, as 4.52+ does for dicts:
 * each pops its key and sets the stripped one, in place when the dict
 * has it, else at the end. A sorted index keeps it linear-logarithmic.
 */
static struct pyval *
rule_strip_prefixes(struct config *cfg, struct pyval *dict)
{
	struct pyval *out = py_dict(RULE_ARENA(cfg), dict->count), key;
	size_t i, n = 0, plain, *index, lo, hi, mid;
	int c;

	for (i = 0; i < dict->count; i++)
		if (!rule_prefixed(dict->keys[i])) {
			out->keys[n] = dict->keys[i];
			out->items[n++] = dict->items[i];
		}
	plain = n;
	index = xcalloc(plain + 1, sizeof *index);
	for (i = 0; i < plain; i++)
		index[i] = i;
	/* Plain keys that are not str are never a stripped key's twin. */
	rule_sort_keys = (const struct pyval *const *)out->keys;
	for (i = 0, lo = 0; i < plain; i++)
		if (out->keys[i]->kind == PY_STR)
			index[lo++] = i;
	qsort(index, lo, sizeof *index, rule_compare_key_at);
	hi = lo;
	for (i = 0; i < dict->count; i++) {
		if (!rule_prefixed(dict->keys[i]))
			continue;
		memset(&key, 0, sizeof key);
		key.kind = PY_STR;
		key.text = dict->keys[i]->text + 5;
		key.len = dict->keys[i]->len - 5;
		for (lo = 0, mid = hi, c = 1; lo < mid && c != 0;) {
			size_t m = lo + (mid - lo) / 2;

			c = strcmp(out->keys[index[m]]->text, key.text);
			if (c == 0)
				out->items[index[m]] = dict->items[i];
			else if (c < 0)
				lo = m + 1;
			else
				mid = m;
		}
		if (c == 0)
			continue;
		out->keys[n] = py_strn(RULE_ARENA(cfg), key.text, key.len);
		out->items[n++] = dict->items[i];
	}
	rule_sort_keys = NULL;
	free(index);
	out->count = n;
	return out;
}

/* Up to 4.57: fsdp_min_num_params and the layer class join fsdp_config. */
static struct pyval *
rule_fsdp_aliases(struct config *cfg, const struct rule *rule,
    struct pyval *conf)
{
	struct pyval *min = config_get(cfg, "fsdp_min_num_params");
	struct pyval *cls = config_get(cfg,
	    "fsdp_transformer_layer_cls_to_wrap");
	struct pyval *have = py_dict_get(conf, "min_num_params"), *list;
	double n = have != NULL && py_is_number(have) ? py_number(have) : 0;

	if (min != NULL && py_is_number(min)) {
		if (py_number(min) > 0)
			rule_report(cfg, rule, "fsdp_min_num_params",
			    DIAG_WARNING, DIAG_UPSTREAM_ACCEPTS, "'fsdp_min_"
			    "num_params' is deprecated; write min_num_params "
			    "in fsdp_config")->id = DIAG_FSDP_ALIASES;
		conf = py_dict_set(RULE_ARENA(cfg), conf, "min_num_params",
		    py_number(min) > n ? min : (have != NULL ? have :
		    py_int(RULE_ARENA(cfg), 0)));
	}
	have = py_dict_get(conf, "transformer_layer_cls_to_wrap");
	if (have != NULL && have->kind == PY_STR)
		conf = py_dict_set(RULE_ARENA(cfg), conf,
		    "transformer_layer_cls_to_wrap",
		    py_list_append(RULE_ARENA(cfg), NULL, have));
	if (cls != NULL && cls->kind != PY_NONE) {
		rule_report(cfg, rule, "fsdp_transformer_layer_cls_to_wrap",
		    DIAG_WARNING, DIAG_UPSTREAM_ACCEPTS, "'fsdp_transformer_"
		    "layer_cls_to_wrap' is deprecated; write "
		    "transformer_layer_cls_to_wrap in fsdp_config")->id =
		    DIAG_FSDP_ALIASES;
		list = py_dict_get(conf, "transformer_layer_cls_to_wrap");
		conf = py_dict_set(RULE_ARENA(cfg), conf,
		    "transformer_layer_cls_to_wrap", py_list_append(
		    RULE_ARENA(cfg), list != NULL && list->kind == PY_LIST ?
		    list : NULL, cls));
	}
	return conf;
}

static struct pyval *
rule_default_key(struct config *cfg, struct pyval *conf, const char *key,
    struct pyval *value)
{
	if (py_dict_get(conf, key) != NULL)
		return conf;
	return py_dict_set(RULE_ARENA(cfg), conf, key, value);
}

/* sync_module_states must be true when cpu_ram_efficient_loading is. */
static void
rule_fsdp_sync(struct config *cfg, const struct rule *rule,
    struct pyval *conf)
{
	struct pyval *sync = py_dict_get(conf, "sync_module_states");
	struct pyval *low = py_dict_get(conf, "cpu_ram_efficient_loading");
	char *s = sync != NULL ? py_str_of(sync) : xstrdup("true");
	char *l = low != NULL ? py_str_of(low) : xstrdup("false");

	if (strcasecmp(s, "false") == 0 && strcasecmp(l, "true") == 0)
		rule_raise(cfg, rule, "fsdp_config", "ValueError",
		    "`sync_module_states` must be `\"True\"` if "
		    "`cpu_ram_efficient_loading` is `\"True\"`",
		    "fsdp_config: cpu_ram_efficient_loading needs "
		    "sync_module_states")->id = DIAG_FSDP_CONFIG;
	free(s);
	free(l);
}

static void
rule_fsdp_config(struct config *cfg, const struct rule *rule)
{
	struct pyval *conf = config_get(cfg, "fsdp_config");
	struct pyval *fsdp = config_get(cfg, "fsdp"), *min, *cls, *xla;
	bool sharded = fsdp->kind == PY_LIST && fsdp->count > 0;
	struct arena *a = RULE_ARENA(cfg);

	if (conf == NULL)
		return;
	if (conf->kind == PY_NONE)
		conf = py_dict(a, 0);
	if (conf->kind != PY_DICT)
		return;  /* a path: upstream reads the file */
	if (cfg->version >= TV(4, 52))
		conf = rule_strip_prefixes(cfg, conf);
	if (cfg->version < TV(5, 0))
		conf = rule_fsdp_aliases(cfg, rule, conf);
	conf = rule_default_key(cfg, conf, "min_num_params", py_int(a, 0));
	cls = py_dict_get(conf, "transformer_layer_cls_to_wrap");
	if (cls != NULL && cls->kind == PY_STR)
		conf = py_dict_set(a, conf, "transformer_layer_cls_to_wrap",
		    py_list_append(a, NULL, cls));
	min = py_dict_get(conf, "min_num_params");
	cls = py_dict_get(conf, "transformer_layer_cls_to_wrap");
	if (sharded && py_is_number(min) && py_number(min) > 0 &&
	    cls != NULL && cls->kind != PY_NONE)
		rule_raise(cfg, rule, "fsdp_config", "ValueError",
		    "`min_num_params` and `transformer_layer_cls_to_wrap` are "
		    "mutually exclusive.", "fsdp_config: min_num_params and "
		    "transformer_layer_cls_to_wrap exclude each other")->id =
		    DIAG_FSDP_CONFIG;
	conf = rule_default_key(cfg, conf, "xla", py_bool(a, false));
	conf = rule_default_key(cfg, conf, "xla_fsdp_v2", py_bool(a, false));
	conf = rule_default_key(cfg, conf, "xla_fsdp_grad_ckpt",
	    py_bool(a, false));
	config_set(cfg, "fsdp_config", conf, CONFIG_ORIGIN_RULE,
	    diag_code_table[DIAG_FSDP_CONFIG].code, "normalised");
	xla = py_dict_get(conf, "xla");
	if (sharded && !py_truthy(xla) && cfg->env->accelerate &&
	    cfg->version >= TV(4, 41))
		rule_fsdp_sync(cfg, rule, conf);
}

RULE_FN(rule_fsdp_legacy)
{
	if (config_slot(cfg, "fsdp") == NULL)
		return;
	if (!rule_fsdp_words(cfg, rule))
		return;
	if (config_get(cfg, "fsdp")->kind != PY_LIST)
		return;
	rule_fsdp_conflicts(cfg, rule);
	rule_fsdp_config(cfg, rule);
}

/*
 * From 5.10 fsdp is a switch (FSDP2 by default); words still work but are
 * deprecated and translated into fsdp_config.
 */
RULE_FN(rule_fsdp_switch)
{
	struct pyval *fsdp = config_get(cfg, "fsdp");
	struct pyval *conf = config_get(cfg, "fsdp_config");

	if (fsdp == NULL || !py_truthy(fsdp))
		return;
	if (fsdp->kind == PY_STR || fsdp->kind == PY_LIST)
		rule_report(cfg, rule, "fsdp", DIAG_WARNING,
		    DIAG_UPSTREAM_ACCEPTS, "fsdp option words are deprecated; "
		    "write fsdp: true and the options in fsdp_config");
	if (conf != NULL && conf->kind == PY_NONE)
		rule_set(cfg, rule, "fsdp_config", py_dict(RULE_ARENA(cfg), 0),
		    "null becomes {}");
	rule_set(cfg, rule, "fsdp", py_bool(RULE_ARENA(cfg), true),
	    "FSDP is on");
}
