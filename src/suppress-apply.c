/*
 * suppress-apply.c: which diagnostics the directives silence (see
 * suppress.h), and the warnings about the directives themselves.
 *
 * Each directive knows the set of codes it silences (suppress.c), so a
 * diagnostic costs a bit test per group of directives that could apply
 * to it: its line's, its keys' lines', and the file's first directive for
 * its code. A directive's codes are marked used once per code silenced.
 */
#include <stdlib.h>
#include <string.h>

#include "suppress-internal.h"

/* True when s silences id; the first time, marks the codes that match. */
static bool
suppress_silences(struct suppression *s, enum diag_id id)
{
	const char *code = diag_code_table[id].code;
	size_t j;

	if (!suppress_ids_has(s->silences, id))
		return false;
	if (suppress_ids_has(s->marked, id))
		return true;
	suppress_ids_add(s->marked, id);
	s->used_any = true;
	for (j = 0; j < s->code_count; j++)
		if (rule_selector_match(s->codes[j], code) >= 0)
			s->used[j] = true;
	return true;
}

/* The first directive of a line's group that silences id, if any. */
static bool
suppress_line_silences(struct suppressions *sup, size_t group,
    enum diag_id id)
{
	struct suppress_line *g = &sup->lines[group];
	size_t i;

	if (!suppress_ids_has(g->any, id))
		return false;
	if (g->memo_id != id) {
		/* an ignore-file among them is not the line's */
		for (i = g->first; i < g->end &&
		    (sup->items[i].file_wide ||
		    !suppress_ids_has(sup->items[i].silences, id)); i++)
			;
		g->memo_id = id;
		g->memo = i;
	}
	return suppress_silences(&sup->items[g->memo], id);
}

/* The first key entry whose path is the len bytes at prefix, or count. */
static size_t
suppress_key_find(const struct suppressions *sup, const char *prefix,
    size_t len)
{
	size_t lo = 0, hi = sup->key_count, mid;
	int c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		c = strncmp(sup->keys[mid].path, prefix, len);
		if (c == 0 && sup->keys[mid].path[len] != '\0')
			c = 1;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* A directive on the key line of key or of a key above it. */
static bool
suppress_by_key(struct suppressions *sup, const char *key, enum diag_id id)
{
	size_t len, i;

	for (len = 1; key[len - 1] != '\0'; len++) {
		if (key[len] != '\0' && key[len] != '.' && key[len] != '[')
			continue;
		for (i = suppress_key_find(sup, key, len);
		    i < sup->key_count &&
		    strncmp(sup->keys[i].path, key, len) == 0 &&
		    sup->keys[i].path[len] == '\0'; i++)
			if (suppress_line_silences(sup, sup->keys[i].group,
			    id))
				return true;
	}
	return false;
}

static bool
suppress_own_code(enum diag_id id)
{
	return id == DIAG_BLANKET_SUPPRESSION ||
	    id == DIAG_UNUSED_SUPPRESSION || id == DIAG_BAD_SUPPRESSION;
}

static bool
suppress_keep(const struct diag *d, void *ctx)
{
	struct suppressions *sup = ctx;
	size_t group, file;

	if (suppress_own_code(d->id))
		return true;
	/* The nearest directive is the one used: line, key, then file. */
	group = suppress_line_find(sup, d->pos.line);
	if (group < sup->line_count && suppress_line_silences(sup, group,
	    d->id))
		return false;
	if (d->key != NULL && suppress_by_key(sup, d->key, d->id))
		return false;
	file = sup->file_first[d->id];
	return file == sup->len || !suppress_silences(&sup->items[file], d->id);
}

static void
suppress_report_unused(const struct suppression *s, struct diag_list *diags)
{
	const char *where = s->file_wide ? "in this file" : "on this line";
	struct diag *d;
	size_t j;

	if (s->blanket || s->code_count == 0) {
		if (!s->used_any && s->problem == NULL)
			diag_add(diags, DIAG_UNUSED_SUPPRESSION, s->pos, NULL,
			    "this suppression silences nothing %s", where);
		return;
	}
	for (j = 0; j < s->code_count; j++) {
		if (s->used[j])
			continue;
		d = diag_add(diags, DIAG_UNUSED_SUPPRESSION, s->pos, NULL,
		    "unused suppression: no %s is reported %s", s->codes[j],
		    where);
		diag_hint(d, "remove %s from the directive", s->codes[j]);
	}
}

static void
suppress_report(const struct suppression *s, struct diag_list *diags,
    const struct rule_selection *sel, bool report_unused)
{
	struct diag *d;

	if (s->problem != NULL &&
	    rule_selection_enabled(sel, DIAG_BAD_SUPPRESSION))
		diag_add(diags, DIAG_BAD_SUPPRESSION, s->pos, NULL,
		    "suppression comment not understood: %s", s->problem);
	if (s->blanket && rule_selection_enabled(sel,
	    DIAG_BLANKET_SUPPRESSION)) {
		d = diag_add(diags, DIAG_BLANKET_SUPPRESSION, s->pos, NULL,
		    "'targs: %s' without codes silences every code %s",
		    s->file_wide ? "ignore-file" : "ignore",
		    s->file_wide ? "in the file" : "on its line");
		diag_hint(d, "name the codes: # targs: %s[TA203]",
		    s->file_wide ? "ignore-file" : "ignore");
	}
	if (report_unused &&
	    rule_selection_enabled(sel, DIAG_UNUSED_SUPPRESSION))
		suppress_report_unused(s, diags);
}

void
suppress_apply(struct suppressions *sup, struct diag_list *diags,
    const struct rule_selection *sel, bool report_unused)
{
	size_t i;

	if (sup->len == 0)
		return;
	diag_list_filter(diags, suppress_keep, sup);
	for (i = 0; i < sup->len; i++)
		suppress_report(&sup->items[i], diags, sel, report_unused);
	diag_sort(diags);
}

