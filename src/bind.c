/*
 * bind.c: a loaded file against the fields of one release: every field
 * gets its default or the file's value, each key the release does not
 * have is classified (a typo, a key of other releases, a renamed one),
 * and each value whose Python type does not fit its field is reported
 * with what Python saw and how to write what was meant.
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "profile-bind.h"
#include "targs/config.h"
#include "targs/hash.h"
#include "targs/pyfloat.h"
#include "targs/suggest.h"
#include "targs/xalloc.h"

/*
 * Rules look fields up by name all the time: an open-addressing hash
 * table of slot indices, so a lookup is one hash and, mostly, one strcmp.
 */
struct config_slot *
config_slot(struct config *cfg, const char *name)
{
	size_t i = hash_string(name) & cfg->by_name_mask;
	uint32_t k;

	while ((k = cfg->by_name[i]) != 0) {
		if (strcmp(cfg->rows[k - 1]->name, name) == 0)
			return &cfg->slots[k - 1];
		i = (i + 1) & cfg->by_name_mask;
	}
	return NULL;
}

/*
 * The name table of the last release and class bound. schema_fields gives
 * the same rows in the same order for them every time, so a batch of
 * files checked against one release builds the table once, not per file.
 * It lives until the process ends.
 */
static struct {
	int			 version;
	enum schema_class	 cls;
	size_t			 count, mask;
	uint32_t		*table;
} bind_memo;

static void
bind_build_index(struct config *cfg)
{
	size_t size = 16, i, j;

	while (size < 2 * cfg->count)
		size *= 2;
	free(bind_memo.table);
	bind_memo.table = xcalloc(size, sizeof *bind_memo.table);
	bind_memo.mask = size - 1;
	for (i = 0; i < cfg->count; i++) {
		j = hash_string(cfg->rows[i]->name) & bind_memo.mask;
		while (bind_memo.table[j] != 0)
			j = (j + 1) & bind_memo.mask;
		bind_memo.table[j] = (uint32_t)i + 1;
	}
	bind_memo.version = cfg->version;
	bind_memo.cls = cfg->cls;
	bind_memo.count = cfg->count;
}

static void
bind_index(struct config *cfg)
{
	size_t bytes;

	if (bind_memo.table == NULL || bind_memo.version != cfg->version ||
	    bind_memo.cls != cfg->cls || bind_memo.count != cfg->count)
		bind_build_index(cfg);
	bytes = (bind_memo.mask + 1) * sizeof *cfg->by_name;
	cfg->by_name = xmalloc(bytes);
	memcpy(cfg->by_name, bind_memo.table, bytes);
	cfg->by_name_mask = bind_memo.mask;
}

struct pyval *
config_get(struct config *cfg, const char *name)
{
	struct config_slot *slot = config_slot(cfg, name);

	return slot != NULL ? slot->value : NULL;
}

bool
config_given(struct config *cfg, const char *name)
{
	struct config_slot *slot = config_slot(cfg, name);

	return slot != NULL && slot->node != NULL;
}

void
config_push_step(struct config *cfg, struct config_slot *slot,
    struct pyval *value, enum config_origin origin, const char *code,
    const char *why)
{
	struct config_step *step = arena_alloc(&cfg->arena, sizeof *step);

	step->prev = slot->history;
	step->origin = origin;
	step->code = code;
	step->why = why;
	step->value = value;
	step->machine = false;
	slot->history = step;
	slot->value = value;
}

void
config_set(struct config *cfg, const char *name, struct pyval *value,
    enum config_origin origin, const char *code, const char *why)
{
	struct config_slot *slot = config_slot(cfg, name);

	if (slot != NULL)
		config_push_step(cfg, slot, value, origin, code, why);
}

void
config_mark_machine(struct config *cfg, const char *name)
{
	struct config_slot *slot = config_slot(cfg, name);

	if (slot != NULL)
		slot->history->machine = true;
}

/* to_dict() masks every field whose name ends in _token. */
char *
config_token_mask(const char *name)
{
	size_t n = strlen(name), i;
	char *mask;

	if (n < 6 || strcmp(name + n - 6, "_token") != 0)
		return NULL;
	mask = xasprintf("<%s>", name);
	for (i = 1; i <= n; i++)
		if (mask[i] >= 'a' && mask[i] <= 'z')
			mask[i] = (char)(mask[i] - 'a' + 'A');
	return mask;
}

const struct pyval *
config_default(const struct config_slot *slot)
{
	const struct config_step *step = slot->history;

	while (step->prev != NULL)
		step = step->prev;
	return step->value;
}

struct source_pos
config_pos(struct config *cfg, const char *name)
{
	struct config_slot *slot = config_slot(cfg, name);
	struct source_pos whole = { 0, 0 };

	if (slot == NULL || (slot->node == NULL && slot->via == NULL))
		return whole;
	return slot->node != NULL ? slot->node->pos : slot->via->pos;
}

const char *
config_eval_strategy(const struct config *cfg)
{
	/* the schema says since when eval_strategy exists */
	return schema_row_in(schema_find("eval_strategy"), cfg->version,
	    cfg->cls) ? "eval_strategy" : "evaluation_strategy";
}

/*
 * The default of a field, from the table's JSON text. Most are a literal,
 * read directly; the few lists and dicts with content go through the JSON
 * loader, as json.loads would read them.
 */
struct pyval *
config_value_of_json(struct config *cfg, const char *def)
{
	size_t n = strlen(def);
	struct pyval *p;
	char *error, *end;
	long long i;
	bool limit;

	if (strcmp(def, "null") == 0)
		return py_none(&cfg->arena);
	if (strcmp(def, "true") == 0 || strcmp(def, "false") == 0)
		return py_bool(&cfg->arena, def[0] == 't');
	if (strcmp(def, "[]") == 0)
		return py_list(&cfg->arena, 0);
	if (strcmp(def, "{}") == 0)
		return py_dict(&cfg->arena, 0);
	if (def[0] == '"' && memchr(def + 1, '\\', n - 1) == NULL)
		return py_strn(&cfg->arena, def + 1, n - 2);
	if (def[0] == '-' || (def[0] >= '0' && def[0] <= '9')) {
		if (strpbrk(def, ".eE") != NULL)
			return py_float(&cfg->arena, strtod(def, NULL));
		i = strtoll(def, &end, 10);
		if (*end == '\0')
			return py_int(&cfg->arena, i);
	}
	p = pyval_from_json(&cfg->arena, def, n, &error, &limit);
	/* The table's defaults are tested to be JSON objects or literals. */
	free(error);
	return p != NULL ? p : py_none(&cfg->arena);
}

/*
 * Defaults that depend on the installed torch (reference §2.2): optim is
 * adamw_torch_fused from 4.54 with torch 2.8 or newer.
 */
static void
bind_env_defaults(struct config *cfg)
{
	struct config_slot *optim = config_slot(cfg, "optim");

	if (optim != NULL && cfg->version >= TV(4, 54) && cfg->env->torch &&
	    cfg->env->torch_version >= TV(2, 8))
		config_push_step(cfg, optim, py_str(&cfg->arena,
		    "adamw_torch_fused"), CONFIG_ORIGIN_ENV, NULL,
		    "the default with torch 2.8 or newer");
}

static void
bind_defaults(struct config *cfg)
{
	size_t i;

	cfg->slots = xcalloc(cfg->count + 1, sizeof *cfg->slots);
	for (i = 0; i < cfg->count; i++) {
		cfg->slots[i].row = cfg->rows[i];
		cfg->slots[i].variant = schema_variant_at(cfg->rows[i],
		    cfg->version);
		config_push_step(cfg, &cfg->slots[i],
		    config_value_of_json(cfg, cfg->slots[i].variant->def),
		    CONFIG_ORIGIN_DEFAULT, NULL, NULL);
	}
	bind_env_defaults(cfg);
}

/* --- unknown keys ------------------------------------------------------ */

const char **
config_field_names(const struct config *cfg)
{
	const char **names = xcalloc(cfg->count + 1, sizeof *names);
	size_t i;

	for (i = 0; i < cfg->count; i++)
		names[i] = cfg->rows[i]->name;
	return names;
}

/* A key of some other release or class: say which and what to write. */
static void
bind_other_release(struct config *cfg, const struct value *key,
    const struct schema_row *row)
{
	char chosen[VERSION_TEXT_MAX], when[VERSION_TEXT_MAX];
	char range[2 * VERSION_TEXT_MAX], *advice;
	struct diag *d;

	version_format(cfg->version, chosen);
	if (row->cls == SCHEMA_CLASS_SEQ2SEQ &&
	    cfg->cls == SCHEMA_CLASS_TRAINING &&
	    schema_row_in(row, cfg->version, SCHEMA_CLASS_SEQ2SEQ)) {
		d = diag_add(cfg->diags, DIAG_KEY_NOT_IN_RELEASE, key->pos,
		    row->name, "'%s' is a field of Seq2SeqTrainingArguments, "
		    "not of TrainingArguments", row->name);
		diag_hint(d, "check the file with --class seq2seq if a "
		    "Seq2SeqTrainer reads it");
		return;
	}
	if (row->removed != 0 && cfg->version >= row->removed) {
		version_format(row->removed, when);
		d = diag_add(cfg->diags, DIAG_KEY_NOT_IN_RELEASE, key->pos,
		    row->name, "'%s' was removed in transformers %s "
		    "(checking against %s)", row->name, when, chosen);
		advice = schema_row_advice(row);
		diag_hint(d, "%s", advice);
		free(advice);
		return;
	}
	d = diag_add(cfg->diags, DIAG_KEY_NOT_IN_RELEASE, key->pos, row->name,
	    "'%s' exists only in transformers %s, not in %s", row->name,
	    version_format_range(row->since, schema_row_last(row), range),
	    chosen);
	diag_hint(d, "name the release the file is for with --transformers");
}

/*
 * A near-miss worth suggesting: close for its length (a fifth of it, at
 * least one edit), so that a key of another program (lora_rank) is not
 * turned into a real parameter with another meaning (local_rank).
 */
const char *
config_near_key(const char *word, const char *const *names)
{
	const char *near = suggest_nearest(word, names);
	size_t n = strlen(word), allowed = n / 5 > 0 ? n / 5 : 1;

	if (near == NULL || suggest_distance(word, near) <= allowed)
		return near;
	/* A prefix of one field is still a near-miss: a cut-off name. */
	return strncmp(near, word, n) == 0 ? near : NULL;
}

/* A mapping that holds at least three parameters of the release. */
static bool
bind_holds_fields(struct config *cfg, const struct value *v)
{
	size_t i, n = 0;

	if (v == NULL || v->kind != VALUE_MAPPING)
		return false;
	for (i = 0; i < v->len; i++)
		if (v->pairs[i].key->kind == VALUE_SCALAR &&
		    config_slot(cfg, v->pairs[i].key->text) != NULL)
			n++;
	return n >= 3;
}

static void
bind_unknown_key(struct config *cfg, const struct value *key,
    const struct value *value)
{
	const struct schema_row *row = NULL;
	const char **names, *near;
	struct diag *d;
	char *quoted;

	cfg->unknown_count++;
	/* under a profile that maps its keys, field names are not its keys */
	if (key->kind == VALUE_SCALAR && strlen(key->text) == key->len &&
	    cfg->profile->map == NULL)
		row = schema_find(key->text);
	if (row != NULL) {
		bind_other_release(cfg, key, row);
		return;
	}
	quoted = key->kind == VALUE_SCALAR ?
	    diag_quote(key->text, key->len, 60) : xstrdup("(a collection)");
	d = diag_add(cfg->diags, DIAG_UNKNOWN_KEY, key->pos,
	    key->kind == VALUE_SCALAR ? key->text : NULL,
	    "unknown parameter %s", quoted);
	free(quoted);
	if (profile_bind_unknown(cfg, key, d) || key->kind != VALUE_SCALAR)
		return;
	names = config_field_names(cfg);
	near = config_near_key(key->text, names);
	if (near != NULL)
		diag_hint(d, "did you mean '%s'?", near);
	else if (bind_holds_fields(cfg, value))
		diag_hint(d, "it holds TrainingArguments parameters, but "
		    "HfArgumentParser reads parameters only at the top level; "
		    "check them there with --path %s", key->text);
	else
		diag_hint(d, "no transformers release has it; a framework "
		    "that reads the file may (TRL, LLaMA-Factory, axolotl), "
		    "but HfArgumentParser refuses it");
	free(names);
}

/* --- types --------------------------------------------------------------- */

bool
config_is_member(const struct config *cfg, const struct schema_enum *e,
    const struct pyval *p)
{
	return p->kind == PY_STR && (e == NULL ||
	    schema_member_named(e, cfg->version, p->text));
}

static bool
bind_is_member_list(const struct config *cfg, const struct schema_enum *e,
    const struct pyval *p)
{
	size_t i;

	if (p->kind != PY_LIST)
		return false;
	for (i = 0; i < p->count; i++)
		if (!config_is_member(cfg, e, p->items[i]))
			return false;
	return true;
}

/*
 * True when p has the shape of the field's type. Membership of checked
 * enums and the words of debug and fsdp are the rules' to judge.
 */
static bool
bind_fits(const struct config *cfg, const struct schema_variant *v,
    const struct pyval *p)
{
	if (p->kind == PY_NONE)
		return v->nullable;
	switch (v->type) {
	case SCHEMA_BOOL:
		return p->kind == PY_BOOL;
	case SCHEMA_INT:
		return p->kind == PY_INT;
	case SCHEMA_FLOAT:
	case SCHEMA_NUM:
		return p->kind == PY_INT || p->kind == PY_FLOAT;
	case SCHEMA_STR:
		return p->kind == PY_STR;
	case SCHEMA_ENUM:
		if (v->values->check == SCHEMA_CHECK_CLASS)
			return true;
		return config_is_member(cfg, v->values, p);
	case SCHEMA_LIST_STR:
		return bind_is_member_list(cfg, v->values, p);
	case SCHEMA_DICT:
		return p->kind == PY_DICT;
	case SCHEMA_DICT_JSON:
	case SCHEMA_DICT_JSON_PATH:
		return p->kind == PY_DICT || p->kind == PY_STR;
	case SCHEMA_STR_OR_LIST:
		return config_is_member(cfg, v->values, p) ||
		    bind_is_member_list(cfg, v->values, p);
	case SCHEMA_STR_OR_BOOL:
		return p->kind == PY_BOOL || p->kind == PY_STR;
	case SCHEMA_WORDS:
		return p->kind == PY_STR || p->kind == PY_LIST;
	case SCHEMA_WORDS_OR_BOOL:
		return p->kind == PY_BOOL || p->kind == PY_STR ||
		    p->kind == PY_LIST;
	case SCHEMA_OBJECT:
	case SCHEMA_TYPE_COUNT:
		break;
	}
	return false;
}

static bool
bind_numeric(enum schema_type t)
{
	return t == SCHEMA_INT || t == SCHEMA_FLOAT || t == SCHEMA_NUM;
}

/* A plain YAML 1.1 string that YAML 1.2 and JSON would read as a number. */
static bool
bind_looks_numeric(const char *s, size_t len)
{
	char *end;

	if (len == 0 || isspace((unsigned char)s[0]))
		return false;
	(void)strtod(s, &end);
	return (size_t)(end - s) == len && strpbrk(s, "xXnN") == NULL;
}

/*
 * "5e-5" -> "5.0e-5", "1.5e5" -> "1.5e+5": the spelling PyYAML (YAML 1.1)
 * reads as a float needs a dot in the mantissa and a sign in the
 * exponent. A whole number for an int field is written out: "1e3" ->
 * "1000".
 */
static char *
bind_float_spelling(const char *s, bool integer)
{
	const char *e = strpbrk(s, "eE");
	const char *dot;
	double x = strtod(s, NULL);

	if (integer && py_is_integral(x))
		return xasprintf("%lld", (long long)x);
	if (e == NULL)
		return xasprintf("%s.0", s);
	dot = memchr(s, '.', (size_t)(e - s));
	return xasprintf("%.*s%s%c%s%s", (int)(e - s), s,
	    dot != NULL ? "" : ".0", e[0],
	    e[1] == '+' || e[1] == '-' ? "" : "+", e + 1);
}

static void
bind_type_hints(struct config *cfg, struct diag *d,
    const struct schema_variant *v, const struct value *node,
    const struct pyval *p)
{
	bool plain = node->kind == VALUE_SCALAR &&
	    node->style == VALUE_STYLE_PLAIN;
	bool yaml = cfg->schema == SCALAR_SCHEMA_PYYAML && node->tag == NULL;
	char *spelling;

	if (p->kind == PY_STR && bind_numeric(v->type) &&
	    bind_looks_numeric(node->text, node->len)) {
		if (!plain)
			diag_hint(d, "it is quoted, so Python sees a string; "
			    "write it without quotes");
		else if (yaml) {
			spelling = bind_float_spelling(node->text,
			    v->type == SCHEMA_INT);
			if (v->type == SCHEMA_INT)
				diag_hint(d, "PyYAML (YAML 1.1) reads %s as a "
				    "string; write %s", node->text, spelling);
			else
				diag_hint(d, "PyYAML (YAML 1.1) reads %s as a "
				    "string: a float needs a dot and a signed "
				    "exponent; write %s", node->text, spelling);
			free(spelling);
		}
		return;
	}
	if (p->kind == PY_STR && v->type == SCHEMA_BOOL &&
	    (strcasecmp(p->text, "true") == 0 ||
	    strcasecmp(p->text, "false") == 0)) {
		diag_hint(d, "a non-empty string counts as true; write %s "
		    "without quotes", p->text);
		return;
	}
	if (p->kind == PY_BOOL && plain && yaml && v->type != SCHEMA_BOOL) {
		diag_hint(d, "PyYAML (YAML 1.1) reads %s as the boolean %s; "
		    "quote it: '%s'", node->text, p->boolean ? "True" :
		    "False", node->text);
		return;
	}
	if (p->kind == PY_OTHER && plain && yaml) {
		diag_hint(d, "PyYAML (YAML 1.1) reads %s as a %s; quote it to "
		    "keep it a string", node->text, p->type_name);
		return;
	}
	if (p->kind == PY_FLOAT && v->type == SCHEMA_INT &&
	    py_is_integral(p->real))
		diag_hint(d, "write it as an integer: %lld",
		    (long long)p->real);
}

static const char *
bind_expected(const struct schema_variant *v)
{
	switch (v->type) {
	case SCHEMA_BOOL:
		return "true or false";
	case SCHEMA_INT:
		return "an integer";
	case SCHEMA_FLOAT:
		return "a number";
	case SCHEMA_NUM:
		return "a number (below 1: a share of the total steps)";
	case SCHEMA_STR:
		return "a string";
	case SCHEMA_ENUM:
	case SCHEMA_STR_OR_LIST:
		return "one of the allowed values";
	case SCHEMA_LIST_STR:
		return "a list of strings";
	case SCHEMA_DICT:
		return "a mapping";
	case SCHEMA_DICT_JSON:
		return "a mapping or a JSON object in a string";
	case SCHEMA_DICT_JSON_PATH:
		return "a mapping, a JSON object in a string or a path";
	case SCHEMA_STR_OR_BOOL:
		return "true, false or one of the allowed values";
	case SCHEMA_WORDS:
		return "option words in a string, or a list of them";
	case SCHEMA_WORDS_OR_BOOL:
		return "true, false, option words or a list of them";
	case SCHEMA_OBJECT:
	case SCHEMA_TYPE_COUNT:
		break;
	}
	return "null";
}

static void
bind_suggest_member(const struct config *cfg, struct diag *d,
    const struct schema_enum *e, const char *word)
{
	const struct schema_member *m;
	const char **names;
	const char *near;
	size_t n = 0;

	for (m = e->members; m->name != NULL; m++)
		n++;
	names = xcalloc(n + 1, sizeof *names);
	n = 0;
	for (m = e->members; m->name != NULL; m++)
		if (schema_member_in(m, cfg->version))
			names[n++] = m->name;
	near = suggest_nearest(word, names);
	if (near != NULL)
		diag_hint(d, "did you mean '%s'?", near);
	free(names);
}

/* repr() for a message: a long list or string is cut short. */
static char *
bind_shown(const struct pyval *p)
{
	char *full = py_repr(p), *cut;

	if (strlen(full) <= 80)
		return full;
	cut = xasprintf("%.72s ...%c", full, full[strlen(full) - 1]);
	free(full);
	return cut;
}

static void
bind_report_type(struct config *cfg, struct config_slot *slot)
{
	const struct schema_variant *v = slot->variant;
	const struct pyval *p = slot->value;
	char *shown = bind_shown(p), *allowed;
	struct diag *d;

	if (v->values != NULL && p->kind == PY_STR &&
	    (v->type == SCHEMA_ENUM || v->type == SCHEMA_STR_OR_LIST ||
	    v->type == SCHEMA_LIST_STR)) {
		d = diag_add(cfg->diags, DIAG_NOT_ALLOWED_VALUE,
		    slot->node->pos, slot->row->name,
		    "%s is not a value of '%s'", shown, slot->row->name);
		bind_suggest_member(cfg, d, v->values, p->text);
		allowed = schema_member_list(v->values, cfg->version);
		diag_hint(d, "allowed: %s", allowed);
		free(allowed);
		if (v->values->check == SCHEMA_CHECK_TRAINER)
			d->upstream = DIAG_UPSTREAM_TRAINER;
	} else if (p->kind == PY_NONE) {
		/* Upstream keeps None and fails only where it is used. */
		d = diag_add(cfg->diags, DIAG_WRONG_TYPE, slot->node->pos,
		    slot->row->name, "'%s' is null, which this release does "
		    "not expect: it expects %s", slot->row->name,
		    bind_expected(v));
		d->severity = DIAG_WARNING;
		if (!bind_numeric(v->type))
			d->upstream = DIAG_UPSTREAM_ACCEPTS;
		diag_hint(d, "leave it out to get its default");
	} else {
		d = diag_add(cfg->diags, DIAG_WRONG_TYPE, slot->node->pos,
		    slot->row->name, "'%s' expects %s, but Python sees the "
		    "%s %s", slot->row->name, bind_expected(v),
		    py_type_name(p), shown);
		if (!bind_numeric(v->type))
			d->upstream = DIAG_UPSTREAM_ACCEPTS;
		bind_type_hints(cfg, d, v, slot->node, p);
	}
	free(shown);
}

/* "<HUB_TOKEN>" for hub_token: what to_dict() writes for any token. */
static bool
bind_is_token_mask(const struct config_slot *slot)
{
	char *mask = config_token_mask(slot->row->name);
	bool masked = mask != NULL && py_str_is(slot->value, mask);

	free(mask);
	return masked;
}

/*
 * Fields whose range a rule checks with upstream's own words are left to
 * that rule.
 */
static const char *const bind_bounds_by_rules[] = {
	"logging_steps", "eval_steps", "save_steps", "torch_empty_cache_steps",
	"warmup_steps", "warmup_ratio", NULL,
};

/* A bound as written: 1, 0.5. */
static char *
bind_number_text(double x, char *buf)
{
	if (py_is_integral(x))
		snprintf(buf, PYFLOAT_BUFSIZE, "%lld", (long long)x);
	else
		pyfloat_repr(x, buf);
	return buf;
}

/* "[0, 1)" and the like; caller frees. */
static char *
bind_range_text(const struct schema_bounds *b)
{
	char lo[PYFLOAT_BUFSIZE], hi[PYFLOAT_BUFSIZE];

	return xasprintf("%c%s, %s%c",
	    b->flags & SCHEMA_MIN_OPEN ? '(' : '[',
	    bind_number_text(b->min, lo), bind_number_text(b->max, hi),
	    b->flags & SCHEMA_MAX_OPEN ? ')' : ']');
}

/* NaN is in no range, though every comparison with it is false. */
static bool
bind_in_bounds(const struct schema_bounds *b, double x)
{
	if (isnan(x))
		return false;
	if ((b->flags & SCHEMA_MIN) && (x < b->min ||
	    ((b->flags & SCHEMA_MIN_OPEN) && x == b->min)))
		return false;
	if ((b->flags & SCHEMA_MAX) && (x > b->max ||
	    ((b->flags & SCHEMA_MAX_OPEN) && x == b->max)))
		return false;
	return true;
}

static void
bind_check_bounds(struct config *cfg, struct config_slot *slot)
{
	const struct schema_bounds *b = &slot->row->bounds;
	char buf[PYFLOAT_BUFSIZE], *shown, *range;
	size_t i;

	if (b->flags == 0 || (slot->value->kind != PY_INT &&
	    slot->value->kind != PY_FLOAT) ||
	    bind_in_bounds(b, py_number(slot->value)))
		return;
	/* the rules compare with < and <=, which a NaN passes unseen */
	for (i = 0; bind_bounds_by_rules[i] != NULL &&
	    !isnan(py_number(slot->value)); i++)
		if (strcmp(bind_bounds_by_rules[i], slot->row->name) == 0)
			return;
	shown = py_str_of(slot->value);
	if ((b->flags & SCHEMA_MIN) && !(b->flags & SCHEMA_MAX))
		diag_add(cfg->diags, DIAG_OUT_OF_RANGE, slot->node->pos,
		    slot->row->name, "'%s' is %s, but it must be %s %s",
		    slot->row->name, shown, b->flags & SCHEMA_MIN_OPEN ?
		    "above" : "at least", bind_number_text(b->min, buf));
	else {
		range = bind_range_text(b);
		diag_add(cfg->diags, DIAG_OUT_OF_RANGE, slot->node->pos,
		    slot->row->name, "'%s' is %s, outside %s", slot->row->name,
		    shown, range);
		free(range);
	}
	free(shown);
}

/*
 * The field a key fills: the key's own name, or under a profile that maps
 * its keys (axolotl) the field the table names. NULL when none.
 */
static struct config_slot *
bind_field_of(struct config *cfg, const struct value *key)
{
	const char *field = key->text;

	if (key->kind != VALUE_SCALAR || strlen(key->text) != key->len ||
	    scalar_resolve(key, cfg->schema) != SCALAR_TAG_STR)
		return NULL;
	if (cfg->profile->map != NULL)
		field = profile_map_field(cfg->profile, key->text);
	return field != NULL ? config_slot(cfg, field) : NULL;
}

static void
bind_pair(struct config *cfg, const struct value_pair *pair)
{
	struct config_slot *slot = bind_field_of(cfg, pair->key);

	if (slot == NULL) {
		if (pair->key->kind != VALUE_SCALAR ||
		    strlen(pair->key->text) != pair->key->len ||
		    !profile_bind_key(cfg, pair->key, pair->value))
			bind_unknown_key(cfg, pair->key, pair->value);
		return;
	}
	/*
	 * A profile that maps its keys (axolotl) dumps its model without
	 * the None values: a null there leaves the field unset.
	 */
	if (cfg->profile->map != NULL && pair->value->kind == VALUE_SCALAR &&
	    scalar_resolve(pair->value, cfg->schema) == SCALAR_TAG_NULL)
		return;
	slot->node = pair->value;
	slot->key_pos = pair->key->pos;
	config_push_step(cfg, slot, pyval_from_node(&cfg->arena, pair->value,
	    cfg->schema), CONFIG_ORIGIN_FILE, NULL, NULL);
	if (bind_is_token_mask(slot)) {
		/* A to_dict() dump: the real value was never written. */
		config_push_step(cfg, slot, py_none(&cfg->arena),
		    CONFIG_ORIGIN_FILE, NULL, "masked in a dump");
		return;
	}
	if (!profile_bind_convert(cfg, slot))
		return;
	if (!bind_fits(cfg, slot->variant, slot->value))
		bind_report_type(cfg, slot);
	else
		bind_check_bounds(cfg, slot);
}

/* Before 4.49 output_dir has no default: the constructor needs it. */
static void
bind_required(struct config *cfg)
{
	struct source_pos whole = { 0, 0 };
	struct diag *d;
	size_t i;

	for (i = 0; i < cfg->count; i++) {
		if (!cfg->slots[i].variant->required ||
		    cfg->slots[i].node != NULL)
			continue;
		d = diag_add(cfg->diags, DIAG_MISSING_REQUIRED, whole,
		    cfg->rows[i]->name, "'%s' is required by this release",
		    cfg->rows[i]->name);
		/* The constructor fails before __post_init__ runs. */
		diag_hint(d, "upstream raises first: TypeError: "
		    "TrainingArguments.__init__() missing 1 required "
		    "positional argument: '%s'", cfg->rows[i]->name);
		cfg->raised = true;
	}
}

void
config_bind_profile(struct config *cfg, const struct value *root,
    const struct config_target *target, struct diag_list *diags)
{
	size_t i;

	memset(cfg, 0, sizeof *cfg);
	cfg->version = target->version;
	cfg->profile = target->profile;
	cfg->framework_version = target->framework_version;
	cfg->typing = profile_typing_in(target->profile->fw,
	    target->framework_version);
	cfg->cls = target->profile->cls;
	cfg->env = target->env;
	cfg->schema = target->schema;
	cfg->root = root;
	cfg->diags = diags;
	cfg->count = schema_fields(cfg->version, cfg->cls, &cfg->rows);
	bind_index(cfg);
	bind_defaults(cfg);
	profile_bind_defaults(cfg);
	for (i = 0; i < root->len; i++)
		bind_pair(cfg, &root->pairs[i]);
	bind_required(cfg);
}

void
config_bind(struct config *cfg, const struct value *root, int version,
    enum schema_class cls, const struct env *env, enum scalar_schema schema,
    struct diag_list *diags)
{
	struct config_target target = {
		version,
		cls == SCHEMA_CLASS_SEQ2SEQ ? &profile_seq2seq :
		    &profile_transformers,
		0, env, schema,
	};

	config_bind_profile(cfg, root, &target, diags);
}

void
config_release(struct config *cfg)
{
	free(cfg->rows);
	free(cfg->by_name);
	free(cfg->slots);
	arena_release(&cfg->arena);
	memset(cfg, 0, sizeof *cfg);
}
