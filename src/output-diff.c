/*
 * output-diff.c: a diff as `targs diff` prints it: the parameters that
 * differ by schema group, each as a - line (A) and a + line (B) with its
 * value and origin; the problems one side only has; the plan numbers
 * that differ; a closing count. JSON carries the same for scripts.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "targs/output.h"
#include "targs/output-diff.h"
#include "targs/profile.h"
#include "targs/output-resolve.h"
#include "targs/pyfloat.h"
#include "targs/term.h"
#include "targs/xalloc.h"

/* Values longer than this are not padded: the origin follows them. */
#define OUTPUT_DIFF_VALUE_COLUMN 36

/* What one side shows for a parameter. */
struct output_cell {
	char	*value;
	char	*origin;
};

/* The words for a parameter the side's release does not have. */
static char *
output_diff_absent(const struct schema_row *row, int version)
{
	char when[VERSION_TEXT_MAX], *advice, *out;

	if (row->removed != 0 && version >= row->removed) {
		advice = schema_row_advice(row);
		out = xasprintf("removed in %s: %s",
		    version_format(row->removed, when), advice);
		free(advice);
		return out;
	}
	return xasprintf("added in %s", version_format(row->since, when));
}

static void
output_diff_cell(const struct diff_side *side,
    const struct config_slot *slot, const struct config_step *setting,
    const struct schema_row *row, struct output_cell *cell)
{
	char release[VERSION_TEXT_MAX], *origin, *final;

	if (slot == NULL) {
		cell->value = xasprintf("(not in %s)",
		    version_format(side->version, release));
		cell->origin = output_diff_absent(row, side->version);
		return;
	}
	cell->value = output_resolve_step_value(slot, setting);
	/* The heading names each side's file: a line number is enough. */
	if (setting->origin == CONFIG_ORIGIN_FILE)
		cell->origin = xasprintf("line %u", slot->node->pos.line);
	else
		cell->origin = output_resolve_origin(side->cfg, slot, setting,
		    side->file);
	if (setting == slot->history)
		return;
	/* What the setting becomes on the preset's machine. */
	final = output_resolve_value(slot);
	origin = xasprintf("%s; %s on --env %s", cell->origin, final,
	    side->cfg->env->name);
	free(final);
	free(cell->origin);
	cell->origin = origin;
}

/* Values of keys beside the parameters may be whole blocks: cut them. */
#define OUTPUT_DIFF_KEY_VALUE_MAX 60

static void
output_diff_key_cell(const struct value *node, const struct pyval *v,
    struct output_cell *cell)
{
	char *text;

	if (node == NULL) {
		cell->value = xstrdup("(absent)");
		cell->origin = xstrdup("");
		return;
	}
	text = output_resolve_pyval_text(v);
	if (strlen(text) > OUTPUT_DIFF_KEY_VALUE_MAX) {
		cell->value = xasprintf("%.*s...",
		    OUTPUT_DIFF_KEY_VALUE_MAX - 3, text);
		free(text);
	} else
		cell->value = text;
	cell->origin = xasprintf("line %u", node->pos.line);
}

static void
output_cell_release(struct output_cell *cell)
{
	free(cell->value);
	free(cell->origin);
}

static bool
output_diff_listed(const struct diff_report *r, const struct diff_param *p)
{
	return p->shown || r->all;
}

/* --- text ---------------------------------------------------------------- */

struct output_widths {
	int	name;
	int	value;
};

static void
output_diff_widths(const struct diff_report *r, struct output_widths *w)
{
	const struct diff_param *p;
	struct output_cell cell;
	size_t i, n;
	int side;

	w->name = w->value = 0;
	for (i = 0; i < r->diff->key_count; i++) {
		const struct diff_key *k = &r->diff->keys[i];

		if (!k->shown && !r->all)
			continue;
		if ((int)strlen(k->name) > w->name)
			w->name = (int)strlen(k->name);
		for (side = 0; side < 2; side++) {
			output_diff_key_cell(side == 0 ? k->a : k->b,
			    side == 0 ? k->va : k->vb, &cell);
			n = strlen(cell.value);
			if ((int)n > w->value && n <= OUTPUT_DIFF_VALUE_COLUMN)
				w->value = (int)n;
			output_cell_release(&cell);
		}
	}
	for (i = 0; i < r->diff->param_count; i++) {
		p = &r->diff->params[i];
		if (!output_diff_listed(r, p))
			continue;
		if ((int)strlen(p->row->name) > w->name)
			w->name = (int)strlen(p->row->name);
		for (side = 0; side < 2; side++) {
			output_diff_cell(side == 0 ? &r->a : &r->b,
			    side == 0 ? p->a : p->b, side == 0 ? p->sa : p->sb,
			    p->row, &cell);
			n = strlen(cell.value);
			if ((int)n > w->value && n <= OUTPUT_DIFF_VALUE_COLUMN)
				w->value = (int)n;
			output_cell_release(&cell);
		}
	}
}

static void
output_diff_line(FILE *out, const struct term_style *st, const char *color,
    char marker, const char *name, const struct output_widths *w,
    const struct output_cell *cell)
{
	if (cell->origin[0] == '\0') {
		fprintf(out, "  %s%-*s%s  %s%c %s%s\n", st->bold, w->name, name,
		    st->reset, color, marker, cell->value, st->reset);
		return;
	}
	fprintf(out, "  %s%-*s%s  %s%c %-*s%s  %s%s%s\n", st->bold, w->name,
	    name, st->reset, color, marker, w->value, cell->value, st->reset,
	    st->accent, cell->origin, st->reset);
}

/* An equal parameter (--all): one line, both origins when they differ. */
static void
output_diff_equal(FILE *out, const struct term_style *st, const char *name,
    const struct output_widths *w, struct output_cell *a,
    const struct output_cell *b)
{
	char *both;

	if (strcmp(a->origin, b->origin) != 0) {
		both = xasprintf("%s, %s", a->origin, b->origin);
		free(a->origin);
		a->origin = both;
	}
	output_diff_line(out, st, "", ' ', name, w, a);
}

static void
output_diff_param(FILE *out, const struct diff_report *r,
    const struct term_style *st, const struct diff_param *p,
    const struct output_widths *w)
{
	struct output_cell a, b;

	output_diff_cell(&r->a, p->a, p->sa, p->row, &a);
	output_diff_cell(&r->b, p->b, p->sb, p->row, &b);
	if (p->kind == DIFF_EQUAL)
		output_diff_equal(out, st, p->row->name, w, &a, &b);
	else {
		/* Not shown: the same setting spelled differently (--all). */
		output_diff_line(out, st, p->shown ? st->old : "",
		    p->shown ? '-' : ' ', p->row->name, w, &a);
		output_diff_line(out, st, p->shown ? st->new : "",
		    p->shown ? '+' : ' ', "", w, &b);
	}
	output_cell_release(&a);
	output_cell_release(&b);
}

static void
output_diff_params(FILE *out, const struct diff_report *r,
    const struct term_style *st, const struct output_widths *w)
{
	const struct diff_param *p;
	int group = -1;
	size_t i;

	for (i = 0; i < r->diff->param_count; i++) {
		p = &r->diff->params[i];
		if (!output_diff_listed(r, p))
			continue;
		if ((int)p->row->group != group) {
			group = (int)p->row->group;
			fprintf(out, "%s%s:%s\n", st->bold,
			    schema_group_name(p->row->group), st->reset);
		}
		output_diff_param(out, r, st, p, w);
	}
}

static void
output_diff_keys(FILE *out, const struct diff_report *r,
    const struct term_style *st, const struct output_widths *w)
{
	const struct diff_key *k;
	struct output_cell a, b;
	bool heading = false;
	size_t i;

	for (i = 0; i < r->diff->key_count; i++) {
		k = &r->diff->keys[i];
		if (!k->shown && !r->all)
			continue;
		if (!heading)
			fprintf(out, "%sother keys (not TrainingArguments "
			    "parameters):%s\n", st->bold, st->reset);
		heading = true;
		output_diff_key_cell(k->a, k->va, &a);
		output_diff_key_cell(k->b, k->vb, &b);
		if (!k->shown)
			output_diff_equal(out, st, k->name, w, &a, &b);
		else {
			output_diff_line(out, st, st->old, '-', k->name, w, &a);
			output_diff_line(out, st, st->new, '+', "", w, &b);
		}
		output_cell_release(&a);
		output_cell_release(&b);
	}
}

/* Says which side upstream raises on, in place of the parameters. */
static void
output_diff_not_compared(FILE *out, const struct diff_report *r)
{
	const struct diff_side *s = r->a.cfg == NULL ? &r->a : &r->b;
	char release[VERSION_TEXT_MAX];

	if (!s->loaded)
		fprintf(out, "parameters not compared: %s does not load\n",
		    s->file);
	else
		fprintf(out, "parameters not compared: transformers %s raises "
		    "on %s\n", version_format(s->version, release), s->file);
}

static void
output_diff_problems(FILE *out, const struct diff_report *r,
    const struct term_style *st)
{
	const struct diff_problem *p;
	const struct diag *g;
	size_t i;

	if (r->diff->problem_count == 0)
		return;
	fprintf(out, "%sproblems:%s\n", st->bold, st->reset);
	for (i = 0; i < r->diff->problem_count; i++) {
		p = &r->diff->problems[i];
		g = p->diag;
		fprintf(out, "  %s%c%s %s", p->side == 'a' ? st->old : st->new,
		    p->side == 'a' ? '-' : '+', st->reset,
		    p->side == 'a' ? r->a.file : r->b.file);
		if (g->pos.line > 0)
			fprintf(out, ":%u:%u", g->pos.line, g->pos.column);
		fprintf(out, ": %s[%s]: %s\n", diag_severity_name(g->severity),
		    diag_code_table[g->id].code, g->message);
	}
}

/* A plan number: whole numbers plainly, others as Python prints them. */
static char *
output_diff_number(double x)
{
	char buf[PYFLOAT_BUFSIZE];

	if (x == floor(x) && fabs(x) < 9e15)
		return xasprintf("%.0f", x);
	return xstrdup(pyfloat_repr(x, buf));
}

static void
output_diff_plan_heading(FILE *out, const struct diff_report *r,
    const struct term_style *st)
{
	const struct plan_facts *f = r->facts;

	fprintf(out, "%splan (", st->bold);
	if (!f->has_length)
		fputs("a stream without a length", out);
	else if (f->steps_per_epoch > 0)
		fprintf(out, "%lld batches per epoch per process",
		    (long long)f->steps_per_epoch);
	else
		fprintf(out, "%lld samples", (long long)f->train_samples);
	fprintf(out, ", world size %lld", (long long)f->world_size);
	if (f->n_gpu != 1)
		fprintf(out, ", %lld GPUs per process", (long long)f->n_gpu);
	fprintf(out, "):%s\n", st->reset);
}

static void
output_diff_plan(FILE *out, const struct diff_report *r,
    const struct term_style *st)
{
	const struct diff_plan_row *row;
	char *a, *b;
	size_t i;
	int width = 0;

	if (r->facts == NULL || (r->diff->plan != NULL &&
	    r->diff->plan_changed == 0 && !r->all))
		return;
	output_diff_plan_heading(out, r, st);
	if (r->diff->plan == NULL) {
		fputs("  not compared: a side has no plan (see the problems)\n",
		    out);
		return;
	}
	for (i = 0; i < r->diff->plan_count; i++)
		if ((int)strlen(r->diff->plan[i].label) > width)
			width = (int)strlen(r->diff->plan[i].label);
	for (i = 0; i < r->diff->plan_count; i++) {
		row = &r->diff->plan[i];
		if (row->a == row->b && !r->all)
			continue;
		a = output_diff_number(row->a);
		b = output_diff_number(row->b);
		if (row->a == row->b)
			fprintf(out, "  %-*s    %s\n", width, row->label, a);
		else {
			fprintf(out, "  %-*s  %s-%s %s\n", width, row->label,
			    st->old, st->reset, a);
			fprintf(out, "  %-*s  %s+%s %s\n", width, "", st->new,
			    st->reset, b);
		}
		free(a);
		free(b);
	}
}

static void
output_diff_count(FILE *out, size_t n, const char *one, const char *many,
    bool *first)
{
	if (n == 0)
		return;
	fprintf(out, "%s%zu %s", *first ? ": " : ", ", n, n == 1 ? one : many);
	*first = false;
}

static void
output_diff_summary(FILE *out, const struct diff_report *r)
{
	const struct diff *d = r->diff;
	size_t total = diff_total(d);
	bool first = true;

	if (total == 0) {
		fputs("no effective difference\n", out);
		return;
	}
	fprintf(out, "%zu difference%s", total, total == 1 ? "" : "s");
	output_diff_count(out, d->changed, "parameter", "parameters", &first);
	output_diff_count(out, d->keys_changed, "other key", "other keys",
	    &first);
	output_diff_count(out, d->problem_count, "problem", "problems",
	    &first);
	output_diff_count(out, d->plan_changed, "plan number", "plan numbers",
	    &first);
	fputc('\n', out);
}

static void
output_diff_heading(FILE *out, const struct term_style *st, char marker,
    const char *color, const struct diff_side *side)
{
	char release[VERSION_TEXT_MAX];
	const char *profile = side->diags != NULL ? side->diags->profile :
	    NULL;

	/* the release the side was resolved with (a framework may cap it) */
	version_format(side->cfg != NULL ? side->cfg->version :
	    side->version, release);
	if (profile_is_framework(profile))
		fprintf(out, "%s%c%c%c %s (transformers %s, profile %s)%s\n",
		    color, marker, marker, marker, side->file, release,
		    profile, st->reset);
	else
		fprintf(out, "%s%c%c%c %s (transformers %s)%s\n", color,
		    marker, marker, marker, side->file, release, st->reset);
}

void
output_diff_text(FILE *out, const struct diff_report *r, bool color)
{
	const struct term_style *st = term_style(color);
	struct output_widths w;

	output_diff_heading(out, st, '-', st->old, &r->a);
	output_diff_heading(out, st, '+', st->new, &r->b);
	if (r->a.cfg == NULL || r->b.cfg == NULL)
		output_diff_not_compared(out, r);
	else {
		output_diff_widths(r, &w);
		output_diff_params(out, r, st, &w);
		output_diff_keys(out, r, st, &w);
	}
	output_diff_problems(out, r, st);
	output_diff_plan(out, r, st);
	output_diff_summary(out, r);
}

/* --- JSON ---------------------------------------------------------------- */

static cJSON *
output_diff_origin_json(const struct diff_side *side,
    const struct config_slot *slot, const struct config_step *step)
{
	cJSON *o = cJSON_CreateObject();

	switch (step->origin) {
	case CONFIG_ORIGIN_DEFAULT:
		cJSON_AddStringToObject(o, "kind", "default");
		break;
	case CONFIG_ORIGIN_ENV:
		cJSON_AddStringToObject(o, "kind", "env");
		cJSON_AddStringToObject(o, "env", side->cfg->env->name);
		break;
	case CONFIG_ORIGIN_FILE:
		cJSON_AddStringToObject(o, "kind", "file");
		cJSON_AddStringToObject(o, "file", side->file);
		cJSON_AddNumberToObject(o, "line", slot->node->pos.line);
		cJSON_AddNumberToObject(o, "column", slot->node->pos.column);
		break;
	case CONFIG_ORIGIN_RULE:
		cJSON_AddStringToObject(o, "kind", "rule");
		cJSON_AddStringToObject(o, "code", step->code);
		break;
	case CONFIG_ORIGIN_PROFILE:
		cJSON_AddStringToObject(o, "kind", "profile");
		cJSON_AddStringToObject(o, "profile",
		    side->cfg->profile->name);
		break;
	}
	return o;
}

/*
 * {"value", "origin"} of a side, and "on_env": what the value becomes on
 * the preset's machine when that differs; null when the side lacks it.
 */
static cJSON *
output_diff_side_json(const struct diff_side *side,
    const struct config_slot *slot, const struct config_step *setting)
{
	cJSON *o;

	if (slot == NULL)
		return cJSON_CreateNull();
	o = cJSON_CreateObject();
	cJSON_AddItemToObject(o, "value", output_resolve_value_json(slot,
	    setting));
	cJSON_AddItemToObject(o, "origin", output_diff_origin_json(side,
	    slot, setting));
	if (setting != slot->history)
		cJSON_AddItemToObject(o, "on_env",
		    output_resolve_value_json(slot, slot->history));
	return o;
}

static const char *const output_diff_kind_names[] = {
	[DIFF_EQUAL] = "equal",
	[DIFF_CHANGED] = "changed",
	[DIFF_ONLY_A] = "only_a",
	[DIFF_ONLY_B] = "only_b",
};

static cJSON *
output_diff_param_json(const struct diff_report *r,
    const struct diff_param *p)
{
	cJSON *o = cJSON_CreateObject();
	char *note;

	cJSON_AddStringToObject(o, "name", p->row->name);
	cJSON_AddStringToObject(o, "group", schema_group_name(p->row->group));
	cJSON_AddStringToObject(o, "status", output_diff_kind_names[p->kind]);
	cJSON_AddBoolToObject(o, "differs", p->shown);
	cJSON_AddItemToObject(o, "a", output_diff_side_json(&r->a, p->a,
	    p->sa));
	cJSON_AddItemToObject(o, "b", output_diff_side_json(&r->b, p->b,
	    p->sb));
	if (p->kind == DIFF_ONLY_A || p->kind == DIFF_ONLY_B) {
		note = output_diff_absent(p->row, p->kind == DIFF_ONLY_A ?
		    r->b.version : r->a.version);
		cJSON_AddStringToObject(o, "note", note);
		free(note);
	}
	return o;
}

static cJSON *
output_diff_key_side_json(const struct value *node, const struct pyval *v)
{
	cJSON *o;

	if (node == NULL)
		return cJSON_CreateNull();
	o = cJSON_CreateObject();
	cJSON_AddItemToObject(o, "value", pyval_to_json(v));
	cJSON_AddNumberToObject(o, "line", node->pos.line);
	cJSON_AddNumberToObject(o, "column", node->pos.column);
	return o;
}

static cJSON *
output_diff_key_json(const struct diff_key *k)
{
	cJSON *o = cJSON_CreateObject();

	cJSON_AddStringToObject(o, "name", k->name);
	cJSON_AddBoolToObject(o, "differs", k->shown);
	cJSON_AddItemToObject(o, "a", output_diff_key_side_json(k->a, k->va));
	cJSON_AddItemToObject(o, "b", output_diff_key_side_json(k->b, k->vb));
	return o;
}

static cJSON *
output_diff_problem_json(const struct diff_report *r,
    const struct diff_problem *p)
{
	const struct diag *g = p->diag;
	cJSON *o = cJSON_CreateObject();

	cJSON_AddStringToObject(o, "side", p->side == 'a' ? "a" : "b");
	cJSON_AddStringToObject(o, "file", p->side == 'a' ? r->a.file :
	    r->b.file);
	cJSON_AddNumberToObject(o, "line", g->pos.line);
	cJSON_AddNumberToObject(o, "column", g->pos.column);
	cJSON_AddStringToObject(o, "code", diag_code_table[g->id].code);
	cJSON_AddStringToObject(o, "name", diag_code_table[g->id].name);
	cJSON_AddStringToObject(o, "severity",
	    diag_severity_name(g->severity));
	if (g->key != NULL)
		cJSON_AddStringToObject(o, "key", g->key);
	else
		cJSON_AddNullToObject(o, "key");
	cJSON_AddStringToObject(o, "message", g->message);
	return o;
}

static cJSON *
output_diff_header_json(const struct diff_side *side)
{
	char release[VERSION_TEXT_MAX];
	cJSON *o = cJSON_CreateObject();

	cJSON_AddStringToObject(o, "file", side->file);
	cJSON_AddStringToObject(o, "transformers",
	    version_format(side->cfg != NULL ? side->cfg->version :
	    side->version, release));
	if (side->diags != NULL && side->diags->profile != NULL)
		cJSON_AddStringToObject(o, "profile", side->diags->profile);
	else
		cJSON_AddNullToObject(o, "profile");
	cJSON_AddBoolToObject(o, "compared", side->cfg != NULL);
	cJSON_AddNumberToObject(o, "errors",
	    (double)diag_count(side->diags, DIAG_ERROR));
	cJSON_AddNumberToObject(o, "warnings",
	    (double)diag_count(side->diags, DIAG_WARNING));
	return o;
}

static cJSON *
output_diff_plan_json(const struct diff_report *r)
{
	const struct plan_facts *f = r->facts;
	cJSON *o, *rows, *row;
	size_t i;

	if (f == NULL)
		return cJSON_CreateNull();
	o = cJSON_CreateObject();
	if (f->has_length && f->steps_per_epoch == 0)
		cJSON_AddNumberToObject(o, "train_samples",
		    (double)f->train_samples);
	else
		cJSON_AddNullToObject(o, "train_samples");
	if (f->steps_per_epoch > 0)
		cJSON_AddNumberToObject(o, "steps_per_epoch",
		    (double)f->steps_per_epoch);
	else
		cJSON_AddNullToObject(o, "steps_per_epoch");
	cJSON_AddNumberToObject(o, "world_size", (double)f->world_size);
	cJSON_AddNumberToObject(o, "n_gpu", (double)f->n_gpu);
	cJSON_AddBoolToObject(o, "compared", r->diff->plan != NULL);
	rows = cJSON_AddArrayToObject(o, "numbers");
	for (i = 0; r->diff->plan != NULL && i < r->diff->plan_count; i++) {
		if (r->diff->plan[i].a == r->diff->plan[i].b && !r->all)
			continue;
		row = cJSON_CreateObject();
		cJSON_AddStringToObject(row, "name", r->diff->plan[i].name);
		cJSON_AddNumberToObject(row, "a", r->diff->plan[i].a);
		cJSON_AddNumberToObject(row, "b", r->diff->plan[i].b);
		cJSON_AddBoolToObject(row, "differs",
		    r->diff->plan[i].a != r->diff->plan[i].b);
		cJSON_AddItemToArray(rows, row);
	}
	return o;
}

char *
output_diff_json(const struct diff_report *r)
{
	cJSON *root = cJSON_CreateObject(), *params, *keys, *problems;
	char *out;
	size_t i;

	cJSON_AddItemToObject(root, "a", output_diff_header_json(&r->a));
	cJSON_AddItemToObject(root, "b", output_diff_header_json(&r->b));
	cJSON_AddStringToObject(root, "env", r->env);
	cJSON_AddNumberToObject(root, "differences",
	    (double)diff_total(r->diff));
	params = cJSON_AddArrayToObject(root, "parameters");
	for (i = 0; i < r->diff->param_count; i++)
		if (output_diff_listed(r, &r->diff->params[i]))
			cJSON_AddItemToArray(params, output_diff_param_json(r,
			    &r->diff->params[i]));
	keys = cJSON_AddArrayToObject(root, "other_keys");
	for (i = 0; i < r->diff->key_count; i++)
		if (r->diff->keys[i].shown || r->all)
			cJSON_AddItemToArray(keys, output_diff_key_json(
			    &r->diff->keys[i]));
	problems = cJSON_AddArrayToObject(root, "problems");
	for (i = 0; i < r->diff->problem_count; i++)
		cJSON_AddItemToArray(problems, output_diff_problem_json(r,
		    &r->diff->problems[i]));
	cJSON_AddItemToObject(root, "plan", output_diff_plan_json(r));
	out = output_json_indented(root);
	cJSON_Delete(root);
	return out;
}
