/*
 * rule-select.h: which codes a check reports, as ruff chooses rules.
 *
 * A selector is a whole code ("TA203"), a prefix of codes ("TA2" is a
 * family, "TA" every code) or ALL. Selection is built in layers, built-in
 * defaults first, then the configuration file, then the command line: a
 * layer that selects replaces what was enabled before it, and a layer's
 * ignores then switch codes off. Inside one layer the longer, more
 * specific selector wins, so `select TA2, ignore TA203` keeps the other
 * TA2 codes and `select TA203, ignore TA2` keeps TA203.
 */
#ifndef TARGS_RULE_SELECT_H
#define TARGS_RULE_SELECT_H

#include <stdbool.h>
#include <stddef.h>

#include "targs/diag.h"

struct rule_selection {
	bool	enabled[DIAG_ID_COUNT];
};

/* One layer: lists of selectors; has_select false: it selects nothing. */
struct rule_layer {
	const char *const	*select;
	size_t			 select_count;
	bool			 has_select;
	const char *const	*ignore;
	size_t			 ignore_count;
};

/* Every code enabled: the built-in default. */
void rule_selection_init(struct rule_selection *sel);
void rule_selection_apply(struct rule_selection *sel,
    const struct rule_layer *layer);
bool rule_selection_enabled(const struct rule_selection *sel,
    enum diag_id id);

/*
 * The length of selector's match on code: -1 when it does not match,
 * 0 for ALL, else the length of the prefix.
 */
int rule_selector_match(const char *selector, const char *code);
/* True when selector matches at least one code. */
bool rule_selector_valid(const char *selector);

/*
 * Splits a comma-separated list ("TA2, TA301") into selectors, trimmed of
 * blanks. On an empty item or a selector that matches no code, sets *bad
 * to it (caller frees) and returns NULL. Otherwise the caller frees the
 * array and each string with rule_selectors_free.
 */
char **rule_selectors_split(const char *text, size_t *count, char **bad);
void rule_selectors_free(char **selectors, size_t count);

/* Drops the diagnostics whose code is not enabled. */
void rule_selection_filter(const struct rule_selection *sel,
    struct diag_list *diags);

#endif
