/*
 * rules-strict.c: checks targs adds where transformers takes a value
 * without looking at it and fails later or behaves like a default
 * (reference §4.10, §8.15). None of them raises upstream.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rules-internal.h"
#include "targs/xalloc.h"

/* From 5.0 report_to: null becomes [None], which the Trainer rejects. */
RULE_FN(rule_report_to_names)
{
	struct pyval *v = config_get(cfg, "report_to");
	size_t i;

	if (v == NULL || v->kind != PY_LIST)
		return;
	for (i = 0; i < v->count; i++)
		if (v->items[i]->kind == PY_NONE) {
			rule_report(cfg, rule, "report_to", DIAG_ERROR,
			    DIAG_UPSTREAM_TRAINER, "report_to: null is no "
			    "longer 'all' in this release: it becomes [None], "
			    "which the Trainer rejects");
			return;
		}
}

static bool
rule_member(struct config *cfg, const char *name, const struct pyval *v)
{
	return config_is_member(cfg, config_slot(cfg, name)->variant->values,
	    v);
}

/* Items of a list-valued option that upstream keeps without a look. */
static void
rule_list_items(struct config *cfg, const struct rule *rule,
    const char *name, enum diag_id id)
{
	struct config_slot *slot = config_slot(cfg, name);
	char *shown;
	size_t i;

	if (slot == NULL || slot->node == NULL ||
	    slot->value->kind != PY_LIST ||
	    slot->variant->values == NULL)
		return;
	for (i = 0; i < slot->value->count; i++) {
		if (rule_member(cfg, name, slot->value->items[i]))
			continue;
		shown = py_repr(slot->value->items[i]);
		rule_report(cfg, rule, name, DIAG_ERROR,
		    DIAG_UPSTREAM_ACCEPTS, "%s is not an option of '%s'; "
		    "transformers keeps a list without checking its items",
		    shown, name)->id = id;
		free(shown);
	}
}

RULE_FN(rule_option_lists)
{
	struct pyval *seen = config_get(cfg, "include_num_input_tokens_seen");
	char *shown;

	rule_list_items(cfg, rule, "debug", DIAG_DEBUG_OPTIONS);
	rule_list_items(cfg, rule, "fsdp", DIAG_FSDP_OPTIONS);
	if (seen == NULL || seen->kind != PY_STR ||
	    rule_member(cfg, "include_num_input_tokens_seen", seen))
		return;
	shown = py_repr(seen);
	diag_hint(rule_report(cfg, rule, "include_num_input_tokens_seen",
	    DIAG_ERROR, DIAG_UPSTREAM_ACCEPTS, "%s is not a value of "
	    "'include_num_input_tokens_seen'; transformers counts every token "
	    "for any string but 'no' and 'non_padding'", shown),
	    "write all, non_padding, no, true or false");
	free(shown);
}
