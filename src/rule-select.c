/*
 * rule-select.c: selectors, their layers, and the filter they make (see
 * rule-select.h).
 */
#include <stdlib.h>
#include <string.h>

#include "targs/rule-select.h"
#include "targs/xalloc.h"

void
rule_selection_init(struct rule_selection *sel)
{
	size_t i;

	for (i = 0; i < DIAG_ID_COUNT; i++)
		sel->enabled[i] = true;
}

int
rule_selector_match(const char *selector, const char *code)
{
	size_t len = strlen(selector);

	if (strcmp(selector, "ALL") == 0)
		return 0;
	if (len == 0 || strncmp(selector, code, len) != 0)
		return -1;
	return (int)len;
}

bool
rule_selector_valid(const char *selector)
{
	size_t i;

	for (i = 0; i < DIAG_ID_COUNT; i++)
		if (rule_selector_match(selector, diag_code_table[i].code) >= 0)
			return true;
	return false;
}

/* The longest match of any selector in list on code, or -1. */
static int
rule_longest_match(const char *const *list, size_t count, const char *code)
{
	int best = -1, m;
	size_t i;

	for (i = 0; i < count; i++)
		if ((m = rule_selector_match(list[i], code)) > best)
			best = m;
	return best;
}

void
rule_selection_apply(struct rule_selection *sel,
    const struct rule_layer *layer)
{
	const char *code;
	int chosen, dropped;
	size_t i;

	for (i = 0; i < DIAG_ID_COUNT; i++) {
		code = diag_code_table[i].code;
		dropped = rule_longest_match(layer->ignore,
		    layer->ignore_count, code);
		if (layer->has_select) {
			chosen = rule_longest_match(layer->select,
			    layer->select_count, code);
			sel->enabled[i] = chosen >= 0 && chosen > dropped;
		} else if (dropped >= 0)
			sel->enabled[i] = false;
	}
}

bool
rule_selection_enabled(const struct rule_selection *sel, enum diag_id id)
{
	return sel->enabled[id];
}

void
rule_selectors_free(char **selectors, size_t count)
{
	size_t i;

	for (i = 0; i < count; i++)
		free(selectors[i]);
	free(selectors);
}

/* One item of a list, without the blanks around it. */
static char *
rule_selector_trim(const char *start, size_t len)
{
	while (len > 0 && (*start == ' ' || *start == '\t')) {
		start++;
		len--;
	}
	while (len > 0 && (start[len - 1] == ' ' || start[len - 1] == '\t'))
		len--;
	return xstrndup(start, len);
}

char **
rule_selectors_split(const char *text, size_t *count, char **bad)
{
	char **out = NULL, *item;
	const char *p = text;
	size_t n = 0, len;

	*bad = NULL;
	for (;;) {
		len = strcspn(p, ",");
		item = rule_selector_trim(p, len);
		if (!rule_selector_valid(item)) {
			*bad = item;
			rule_selectors_free(out, n);
			return NULL;
		}
		out = xreallocarray(out, n + 1, sizeof *out);
		out[n++] = item;
		if (p[len] == '\0')
			break;
		p += len + 1;
	}
	*count = n;
	return out;
}

static bool
rule_keep(const struct diag *d, void *ctx)
{
	return rule_selection_enabled(ctx, d->id);
}

void
rule_selection_filter(const struct rule_selection *sel,
    struct diag_list *diags)
{
	struct rule_selection copy = *sel; /* the filter's context is not const */

	diag_list_filter(diags, rule_keep, &copy);
}
