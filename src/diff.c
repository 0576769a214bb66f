/*
 * diff.c: two resolved configs compared parameter by parameter, their
 * problems matched, and their plans set side by side.
 */
#include <stdlib.h>
#include <string.h>

#include "targs/diff.h"
#include "targs/xalloc.h"

void
diff_init(struct diff *d)
{
	memset(d, 0, sizeof *d);
}

void
diff_release(struct diff *d)
{
	free(d->params);
	free(d->keys);
	free(d->problems);
	free(d->plan);
	memset(d, 0, sizeof *d);
}

/* --- parameters ---------------------------------------------------------- */

/*
 * A deprecated alias whose value a rule copied into the parameter that
 * replaced it (evaluation_strategy into eval_strategy), or that is unset:
 * the replacement carries the setting and is compared instead, so two
 * spellings of one setting do not differ. An alias nothing copies
 * (per_gpu_train_batch_size, which the Trainer reads itself) still counts.
 */
static bool
diff_alias_copied(struct config *cfg, const struct config_slot *slot)
{
	const struct schema_row *row = slot->row;
	const struct config_slot *target;

	if (row->replaced_by == NULL || row->deprecated == 0 ||
	    cfg->version < row->deprecated ||
	    (target = config_slot(cfg, row->replaced_by)) == NULL)
		return false;
	return py_equal(slot->value, config_default(slot)) ||
	    target->history->origin == CONFIG_ORIGIN_RULE;
}

/*
 * The value to compare: the newest that does not depend on what is
 * installed. "all" integrations and none are both [] on a preset without
 * integrations, yet differ on the machine the run will use.
 */
static const struct config_step *
diff_setting(const struct config_slot *slot)
{
	const struct config_step *step = slot->history;

	while (step->machine && step->prev != NULL)
		step = step->prev;
	return step;
}

/* A parameter of one release only matters when the file or a rule set it. */
static bool
diff_set(const struct config_slot *slot)
{
	return slot->node != NULL || slot->via != NULL ||
	    slot->history->origin == CONFIG_ORIGIN_RULE;
}

static bool
diff_param_shown(struct config *a, struct config *b,
    const struct diff_param *p)
{
	switch (p->kind) {
	case DIFF_EQUAL:
		return false;
	case DIFF_CHANGED:
		return !(diff_alias_copied(a, p->a) &&
		    diff_alias_copied(b, p->b));
	case DIFF_ONLY_A:
		return diff_set(p->a);
	case DIFF_ONLY_B:
		return diff_set(p->b);
	}
	return false;
}

/* Order: the schema's groups, then B's to_dict order, then A's own rows. */
struct diff_sortable {
	struct diff_param	param;
	size_t			position;
};

static int
diff_param_order(const void *x, const void *y)
{
	const struct diff_sortable *a = x, *b = y;

	if (a->param.row->group != b->param.row->group)
		return a->param.row->group < b->param.row->group ? -1 : 1;
	return a->position < b->position ? -1 : a->position > b->position;
}

static void
diff_add_param(struct diff_sortable *all, size_t *n, struct config *a,
    struct config *b, const struct schema_row *row, size_t position)
{
	struct diff_sortable *s = &all[(*n)++];

	s->position = position;
	s->param.row = row;
	s->param.a = config_slot(a, row->name);
	s->param.b = config_slot(b, row->name);
	s->param.sa = s->param.a != NULL ? diff_setting(s->param.a) : NULL;
	s->param.sb = s->param.b != NULL ? diff_setting(s->param.b) : NULL;
	/* Both sides "all" (or ["all"]): the same list on any machine. */
	if (s->param.sa != NULL && s->param.sb != NULL &&
	    s->param.sa != s->param.a->history &&
	    s->param.sb != s->param.b->history) {
		s->param.sa = s->param.a->history;
		s->param.sb = s->param.b->history;
	}
	if (s->param.a == NULL)
		s->param.kind = DIFF_ONLY_B;
	else if (s->param.b == NULL)
		s->param.kind = DIFF_ONLY_A;
	else
		s->param.kind = py_equal(s->param.sa->value,
		    s->param.sb->value) ? DIFF_EQUAL : DIFF_CHANGED;
	s->param.shown = diff_param_shown(a, b, &s->param);
}

/*
 * A renamed parameter (evaluation_strategy, removed, and eval_strategy,
 * added): when the old name is shown, its replacement is shown too if
 * its value differs, even at its default, so the pair reads as one
 * change.
 */
static void
diff_show_replacements(struct diff_param *params, size_t n)
{
	const struct config_slot *old, *new;
	struct diff_param *p, *q;
	size_t i, j;

	for (i = 0; i < n; i++) {
		p = &params[i];
		if (!p->shown || p->kind == DIFF_EQUAL ||
		    p->kind == DIFF_CHANGED || p->row->replaced_by == NULL)
			continue;
		for (j = 0; j < n; j++) {
			q = &params[j];
			if (q->shown || strcmp(q->row->name,
			    p->row->replaced_by) != 0)
				continue;
			old = p->kind == DIFF_ONLY_A ? p->a : p->b;
			new = p->kind == DIFF_ONLY_A ? q->b : q->a;
			if ((q->kind == DIFF_ONLY_A || q->kind == DIFF_ONLY_B) &&
			    q->kind != p->kind && !py_equal(old->value,
			    new->value))
				q->shown = true;
		}
	}
}

void
diff_configs(struct diff *d, struct config *a, struct config *b)
{
	struct diff_sortable *all;
	size_t i, n = 0;

	all = xcalloc(a->count + b->count + 1, sizeof *all);
	for (i = 0; i < b->count; i++)
		diff_add_param(all, &n, a, b, b->rows[i], i);
	for (i = 0; i < a->count; i++)
		if (config_slot(b, a->rows[i]->name) == NULL)
			diff_add_param(all, &n, a, b, a->rows[i],
			    b->count + i);
	qsort(all, n, sizeof *all, diff_param_order);
	d->params = xcalloc(n + 1, sizeof *d->params);
	d->param_count = n;
	for (i = 0; i < n; i++)
		d->params[i] = all[i].param;
	diff_show_replacements(d->params, n);
	d->changed = 0;
	for (i = 0; i < n; i++)
		d->changed += d->params[i].shown;
	free(all);
}

/* --- keys beside the parameters ---------------------------------------- */

/* One top-level key of one file, for matching by name. */
struct diff_named {
	const char		*name;
	const struct value	*value;
	size_t			 index;   /* its place in the file */
};

static int
diff_named_order(const void *x, const void *y)
{
	const struct diff_named *a = x, *b = y;
	int c = strcmp(a->name, b->name);

	return c != 0 ? c : a->index < b->index ? -1 : a->index > b->index;
}

/*
 * The keys of cfg's file that are fields of neither config, by name; of
 * a repeated key only the last, as Python keeps it.
 */
static struct diff_named *
diff_named_keys(struct config *cfg, struct config *other, size_t *count)
{
	const struct value *root = cfg->root;
	struct diff_named *keys;
	size_t i, n = 0, kept = 0;

	keys = xcalloc((root != NULL ? root->len : 0) + 1, sizeof *keys);
	for (i = 0; root != NULL && i < root->len; i++) {
		const struct value *key = root->pairs[i].key;

		if (key->kind != VALUE_SCALAR || config_slot(cfg, key->text) !=
		    NULL || config_slot(other, key->text) != NULL)
			continue;
		keys[n].name = key->text;
		keys[n].value = root->pairs[i].value;
		keys[n].index = i;
		n++;
	}
	qsort(keys, n, sizeof *keys, diff_named_order);
	for (i = 0; i < n; i++)
		if (i + 1 == n || strcmp(keys[i].name, keys[i + 1].name) != 0)
			keys[kept++] = keys[i];
	*count = kept;
	return keys;
}

struct diff_key_sortable {
	struct diff_key	key;
	size_t		position;
};

static int
diff_key_order(const void *x, const void *y)
{
	const struct diff_key_sortable *a = x, *b = y;

	return a->position < b->position ? -1 : a->position > b->position;
}

static void
diff_add_key(struct diff_key_sortable *s, struct config *a, struct config *b,
    const struct diff_named *na, const struct diff_named *nb)
{
	s->key.name = na != NULL ? na->name : nb->name;
	s->key.a = na != NULL ? na->value : NULL;
	s->key.b = nb != NULL ? nb->value : NULL;
	s->key.va = na != NULL ? pyval_from_node(&a->arena, na->value,
	    a->schema) : NULL;
	s->key.vb = nb != NULL ? pyval_from_node(&b->arena, nb->value,
	    b->schema) : NULL;
	s->key.shown = na == NULL || nb == NULL ||
	    !py_equal(s->key.va, s->key.vb);
	/* A's keys in A's order, then B's own in B's order. */
	s->position = na != NULL ? na->index : (size_t)-1 / 2 + nb->index;
}

void
diff_other_keys(struct diff *d, struct config *a, struct config *b)
{
	struct diff_named *ka, *kb;
	struct diff_key_sortable *all;
	size_t na, nb, i = 0, j = 0, n = 0;
	int c;

	ka = diff_named_keys(a, b, &na);
	kb = diff_named_keys(b, a, &nb);
	all = xcalloc(na + nb + 1, sizeof *all);
	while (i < na || j < nb) {
		c = i == na ? 1 : j == nb ? -1 : strcmp(ka[i].name, kb[j].name);
		if (c < 0)
			diff_add_key(&all[n++], a, b, &ka[i++], NULL);
		else if (c > 0)
			diff_add_key(&all[n++], a, b, NULL, &kb[j++]);
		else
			diff_add_key(&all[n++], a, b, &ka[i++], &kb[j++]);
	}
	qsort(all, n, sizeof *all, diff_key_order);
	d->keys = xcalloc(n + 1, sizeof *d->keys);
	d->key_count = n;
	d->keys_changed = 0;
	d->keys_compared = true;
	for (i = 0; i < n; i++) {
		d->keys[i] = all[i].key;
		d->keys_changed += d->keys[i].shown;
	}
	free(all);
	free(ka);
	free(kb);
}

/* --- problems ------------------------------------------------------------ */

/* Errors and warnings are compared; notes are left to check. */
static bool
diff_problem_counts(const struct diag *g)
{
	return g->severity != DIAG_INFO;
}

/*
 * The same problem on both sides: one code about one key (the message
 * names the release, so it may differ), or one code and message when no
 * key is named.
 */
static int
diag_identity_order(const void *x, const void *y)
{
	const struct diag *a = *(const struct diag *const *)x;
	const struct diag *b = *(const struct diag *const *)y;

	if (a->id != b->id)
		return a->id < b->id ? -1 : 1;
	if ((a->key == NULL) != (b->key == NULL))
		return a->key == NULL ? -1 : 1;
	if (a->key != NULL)
		return strcmp(a->key, b->key);
	return strcmp(a->message, b->message);
}

/*
 * "Not a parameter" about a top-level key: once the keys were compared,
 * the parameters and the other keys show it, with its value.
 */
static bool
diff_said_by_keys(const struct diff *d, const struct diag *g)
{
	return d->keys_compared && g->key != NULL &&
	    strchr(g->key, '.') == NULL && (g->id == DIAG_UNKNOWN_KEY ||
	    g->id == DIAG_KEY_NOT_IN_RELEASE);
}

/* The problems of list that count, sorted by identity. */
static const struct diag **
diff_problem_list(const struct diff *d, const struct diag_list *list,
    size_t *count)
{
	const struct diag **out = xcalloc(list->len + 1, sizeof *out);
	size_t i, n = 0;

	for (i = 0; i < list->len; i++)
		if (diff_problem_counts(&list->items[i]) &&
		    !diff_said_by_keys(d, &list->items[i]))
			out[n++] = &list->items[i];
	qsort(out, n, sizeof *out, diag_identity_order);
	*count = n;
	return out;
}

static void
diff_add_problem(struct diff *d, char side, const struct diag *g)
{
	d->problems[d->problem_count].side = side;
	d->problems[d->problem_count++].diag = g;
}

/* A stable order for people: A's problems, then B's, each by position. */
static int
diff_problem_order(const void *x, const void *y)
{
	const struct diff_problem *a = x, *b = y;

	if (a->side != b->side)
		return a->side < b->side ? -1 : 1;
	if (a->diag->pos.line != b->diag->pos.line)
		return a->diag->pos.line < b->diag->pos.line ? -1 : 1;
	if (a->diag->pos.column != b->diag->pos.column)
		return a->diag->pos.column < b->diag->pos.column ? -1 : 1;
	return a->diag->order < b->diag->order ? -1 :
	    a->diag->order > b->diag->order;
}

void
diff_problems(struct diff *d, const struct diag_list *a,
    const struct diag_list *b)
{
	const struct diag **la, **lb;
	size_t na, nb, i = 0, j = 0;
	int c;

	la = diff_problem_list(d, a, &na);
	lb = diff_problem_list(d, b, &nb);
	d->problems = xcalloc(na + nb + 1, sizeof *d->problems);
	d->problem_count = 0;
	/* Both sorted by identity: a merge pairs the common ones off. */
	while (i < na || j < nb) {
		c = i == na ? 1 : j == nb ? -1 :
		    diag_identity_order(&la[i], &lb[j]);
		if (c < 0)
			diff_add_problem(d, 'a', la[i++]);
		else if (c > 0)
			diff_add_problem(d, 'b', lb[j++]);
		else {
			i++;
			j++;
		}
	}
	qsort(d->problems, d->problem_count, sizeof *d->problems,
	    diff_problem_order);
	free(la);
	free(lb);
}

/* --- plans --------------------------------------------------------------- */

struct diff_plan_field {
	const char	*name;
	const char	*label;
	double		(*get)(const struct plan *);
};

static double
diff_total_batch(const struct plan *p)
{
	return (double)p->total_batch_size;
}

static double
diff_total_steps(const struct plan *p)
{
	return (double)p->total_steps;
}

static double
diff_epoch_at_end(const struct plan *p)
{
	return p->epoch_at_end;
}

static double
diff_warmup(const struct plan *p)
{
	return (double)p->warmup_steps;
}

static double
diff_logs(const struct plan *p)
{
	return (double)p->logging.count;
}

static double
diff_evaluations(const struct plan *p)
{
	return (double)p->evaluation.count;
}

static double
diff_saves(const struct plan *p)
{
	return (double)p->saving.count;
}

static double
diff_kept(const struct plan *p)
{
	return (double)p->kept_count;
}

/* The plan numbers a diff compares; names as plan's JSON has them. */
static const struct diff_plan_field diff_plan_fields[] = {
	{ "total_batch_size", "samples per update", diff_total_batch },
	{ "total_steps", "optimizer updates", diff_total_steps },
	{ "epoch_at_end", "epochs", diff_epoch_at_end },
	{ "warmup_steps", "warm-up steps", diff_warmup },
	{ "logs", "logs", diff_logs },
	{ "evaluations", "evaluations", diff_evaluations },
	{ "saves", "saves", diff_saves },
	{ "checkpoints_kept", "checkpoints kept", diff_kept },
};

#define DIFF_PLAN_FIELDS \
	(sizeof diff_plan_fields / sizeof diff_plan_fields[0])

void
diff_plans(struct diff *d, const struct plan *a, const struct plan *b)
{
	size_t i;

	d->plan = xcalloc(DIFF_PLAN_FIELDS, sizeof *d->plan);
	d->plan_count = DIFF_PLAN_FIELDS;
	d->plan_changed = 0;
	for (i = 0; i < DIFF_PLAN_FIELDS; i++) {
		d->plan[i].name = diff_plan_fields[i].name;
		d->plan[i].label = diff_plan_fields[i].label;
		d->plan[i].a = diff_plan_fields[i].get(a);
		d->plan[i].b = diff_plan_fields[i].get(b);
		d->plan_changed += d->plan[i].a != d->plan[i].b;
	}
}

size_t
diff_total(const struct diff *d)
{
	return d->changed + d->keys_changed + d->problem_count +
	    d->plan_changed;
}
