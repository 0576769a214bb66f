/*
 * rules.c: runs the rules of a release over a bound config, and the
 * helpers every rule uses to read, set and report. The rules themselves
 * are in rules-*.c, their table and orders in rules-table.c.
 *
 * Upstream stops at its first exception; targs goes on, so that a user
 * sees every problem at once, but marks the first error transformers
 * raises. Unknown keys come after everything: HfArgumentParser builds the
 * object first and complains about unused keys only once that succeeded.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rules-internal.h"
#include "targs/strbuf.h"
#include "targs/xalloc.h"

#define RULE_FIRST_HINT "upstream raises first: "
#define RULE_THEN_HINT "upstream then raises: "

void
rule_set(struct config *cfg, const struct rule *rule, const char *name,
    struct pyval *value, const char *why)
{
	config_set(cfg, name, value, CONFIG_ORIGIN_RULE,
	    diag_code_table[rule->code].code, why);
}

static struct diag *
rule_vadd(struct config *cfg, const struct rule *rule, const char *name,
    const char *fmt, va_list ap) __attribute__((format(printf, 4, 0)));

static struct diag *
rule_vadd(struct config *cfg, const struct rule *rule, const char *name,
    const char *fmt, va_list ap)
{
	char *message = xvasprintf(fmt, ap);
	struct diag *d;

	d = diag_add(cfg->diags, rule->code, config_pos(cfg, name), name,
	    "%s", message);
	free(message);
	return d;
}

void
rule_copy(struct config *cfg, const struct rule *rule, const char *from,
    const char *to, const char *why)
{
	struct config_slot *src = config_slot(cfg, from);
	struct config_slot *dst = config_slot(cfg, to);

	if (src == NULL || dst == NULL)
		return;
	rule_set(cfg, rule, to, src->value, why);
	if (dst->node == NULL)
		dst->via = src->node;
}

void
rule_alias(struct config *cfg, const struct rule *rule, const char *from,
    const char *to)
{
	char *why = xasprintf("copied from %s", from);

	rule_report(cfg, rule, from, DIAG_WARNING, DIAG_UPSTREAM_ACCEPTS,
	    "'%s' is deprecated; write %s instead", from, to);
	rule_copy(cfg, rule, from, to, arena_strndup(RULE_ARENA(cfg), why,
	    strlen(why)));
	free(why);
}

struct diag *
rule_raise(struct config *cfg, const struct rule *rule, const char *name,
    const char *exception, const char *upstream, const char *fmt, ...)
{
	struct diag *d;
	va_list ap;

	va_start(ap, fmt);
	d = rule_vadd(cfg, rule, name, fmt, ap);
	va_end(ap);
	d->severity = DIAG_ERROR;
	d->upstream = DIAG_UPSTREAM_RAISES;
	diag_hint(d, "%s%s: %s", cfg->raised ? RULE_THEN_HINT :
	    RULE_FIRST_HINT, exception, upstream);
	cfg->raised = true;
	return d;
}

struct diag *
rule_report(struct config *cfg, const struct rule *rule, const char *name,
    enum diag_severity severity, enum diag_upstream upstream,
    const char *fmt, ...)
{
	struct diag *d;
	va_list ap;

	va_start(ap, fmt);
	d = rule_vadd(cfg, rule, name, fmt, ap);
	va_end(ap);
	d->severity = severity;
	d->upstream = upstream;
	return d;
}

bool
rule_compare(struct config *cfg, const struct rule *rule, const char *name,
    const char *op, double number, bool *result)
{
	struct pyval *v = config_get(cfg, name);
	char *error;
	enum py_cmp r;

	*result = false;
	if (v == NULL)
		return false;
	r = py_compare(v, op, number, py_is_integral(number),
	    &error);
	if (r == PY_CMP_TYPE_ERROR) {
		rule_raise(cfg, rule, name, "TypeError", error,
		    "'%s' must be a number to be compared, but Python sees "
		    "the %s", name, py_type_name(v));
		free(error);
		return false;
	}
	*result = r == PY_CMP_TRUE;
	return true;
}

char *
rule_enum_text(struct config *cfg, const char *name)
{
	struct config_slot *slot = config_slot(cfg, name);
	const struct schema_enum *e;
	char *text, *p;

	if (slot == NULL)
		return xstrdup("None");
	e = slot->variant->values;
	if (e == NULL || slot->value->kind != PY_STR)
		return py_str_of(slot->value);
	text = xasprintf("%s.%s", e->name, slot->value->text);
	for (p = text + strlen(e->name) + 1; *p != '\0'; p++)
		*p = (char)toupper((unsigned char)*p);
	return text;
}

bool
rule_is(struct config *cfg, const char *name, const char *s)
{
	return py_str_is(config_get(cfg, name), s);
}

bool
rule_truthy(struct config *cfg, const char *name)
{
	struct pyval *v = config_get(cfg, name);

	return v != NULL && py_truthy(v);
}

char *
rule_expand_home(const struct config *cfg, const char *path)
{
	if (path[0] != '~' || (path[1] != '\0' && path[1] != '/'))
		return xstrdup(path);
	return xasprintf("%s%s", env_home(cfg->env), path + 1);
}

struct diag *
rule_not_member(struct config *cfg, const struct rule *rule,
    const char *name, const struct schema_enum *e, const struct pyval *value)
{
	char *members = schema_member_list(e, cfg->version);
	char *shown = py_str_of(value), *quoted = py_repr(value), *upstream;
	struct diag *d;

	/* ExplicitEnum._missing_, with str() of the value. */
	upstream = xasprintf("%s is not a valid %s, please select one of "
	    "[%s]", shown, e->name, members);
	d = rule_raise(cfg, rule, name, "ValueError", upstream, "%s is not a "
	    "valid value of '%s' in this release", quoted, name);
	free(upstream);
	free(quoted);
	free(shown);
	free(members);
	return d;
}

struct pyval *
rule_enum_words(struct config *cfg, const struct rule *rule,
    const char *name, const char *text)
{
	const struct schema_enum *e = config_slot(cfg, name)->variant->values;
	struct pyval *words = rule_words(cfg, text);
	size_t i;

	for (i = 0; i < words->count; i++)
		if (!config_is_member(cfg, e, words->items[i])) {
			rule_not_member(cfg, rule, name, e, words->items[i]);
			return NULL;
		}
	return words;
}

struct pyval *
rule_words(struct config *cfg, const char *text)
{
	struct pyval *list;
	const char *p, *start;
	size_t n = 0;

	for (p = text; *p != '\0';) {
		while (isspace((unsigned char)*p))
			p++;
		if (*p == '\0')
			break;
		n++;
		while (*p != '\0' && !isspace((unsigned char)*p))
			p++;
	}
	list = py_list(RULE_ARENA(cfg), n);
	for (p = text, n = 0; *p != '\0';) {
		while (isspace((unsigned char)*p))
			p++;
		if (*p == '\0')
			break;
		start = p;
		while (*p != '\0' && !isspace((unsigned char)*p))
			p++;
		list->items[n++] = py_strn(RULE_ARENA(cfg), start,
		    (size_t)(p - start));
	}
	return list;
}

/*
 * Type problems a raising rule already reported are not said twice. The
 * keys rules raised on are few; the type problems may be many.
 */
static bool
rules_key_in(const char *const *keys, size_t n, const char *key)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(keys[i], key) == 0)
			return true;
	return false;
}

static void
rules_drop_repeated_types(struct config *cfg)
{
	struct diag_list *diags = cfg->diags;
	const char **raised = NULL;
	size_t i, kept = 0, n = 0;

	for (i = 0; i < diags->len; i++) {
		struct diag *d = &diags->items[i];

		if (d->upstream != DIAG_UPSTREAM_RAISES || d->key == NULL ||
		    d->id == DIAG_WRONG_TYPE || d->id == DIAG_UNKNOWN_KEY ||
		    d->id == DIAG_KEY_NOT_IN_RELEASE ||
		    rules_key_in(raised, n, d->key))
			continue;
		raised = xreallocarray(raised, n + 1, sizeof *raised);
		raised[n++] = d->key;
	}
	for (i = 0; i < diags->len; i++) {
		struct diag *d = &diags->items[i];

		if ((d->id == DIAG_WRONG_TYPE ||
		    d->id == DIAG_NOT_ALLOWED_VALUE) && d->key != NULL &&
		    rules_key_in(raised, n, d->key)) {
			diag_release_one(d);
			continue;
		}
		diags->items[kept++] = *d;
	}
	diags->len = kept;
	free(raised);
}

static int
rules_compare_keys(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int
rules_compare_diag_keys(const void *a, const void *b)
{
	return strcmp((*(const struct diag *const *)a)->key,
	    (*(const struct diag *const *)b)->key);
}

/* bsearch's comparison: a key's text against a report's key. */
static int
rules_find_diag_key(const void *key, const void *elem)
{
	return strcmp(key, (*(const struct diag *const *)elem)->key);
}

/* True for a report of a key no dataclass of the release has. */
static bool
rules_is_unknown(const struct diag *d)
{
	return (d->id == DIAG_UNKNOWN_KEY || d->id == DIAG_KEY_NOT_IN_RELEASE ||
	    d->id == DIAG_FRAMEWORK_KEY_NOT_IN_RELEASE) && d->key != NULL;
}

/* The reports of unknown keys, by key, for bsearch (caller frees). */
static struct diag **
rules_unknown_sorted(struct diag_list *diags, size_t *count)
{
	struct diag **found = xcalloc(diags->len + 1, sizeof *found);
	size_t i;

	*count = 0;
	for (i = 0; i < diags->len; i++)
		if (rules_is_unknown(&diags->items[i]))
			found[(*count)++] = &diags->items[i];
	qsort(found, *count, sizeof *found, rules_compare_diag_keys);
	return found;
}

/*
 * TrlParser (trl/scripts/utils.py parse_args_and_config) turns the config
 * keys no dataclass has into "--key", str(value) pairs, in file order,
 * and raises on them once the dataclasses are built.
 */
static void
rules_unknown_trl(struct config *cfg)
{
	struct strbuf b = STRBUF_INIT;
	struct diag *first = NULL, **found, **d;
	const struct value_pair *pair;
	char *text, *quoted;
	size_t i, count;

	/* sorted once: a file may have many thousands of unknown keys */
	found = rules_unknown_sorted(cfg->diags, &count);
	for (i = 0; cfg->root != NULL && i < cfg->root->len; i++) {
		pair = &cfg->root->pairs[i];
		if (pair->key->kind != VALUE_SCALAR)
			continue;
		if ((d = bsearch(pair->key->text, found, count,
		    sizeof *found, rules_find_diag_key)) == NULL)
			continue;
		if (first == NULL)
			first = *d;
		text = py_str_of(pyval_from_node(&cfg->arena, pair->value,
		    cfg->schema));
		strbuf_adds(&b, b.len > 0 ? ", '--" : "'--");
		strbuf_adds(&b, pair->key->text);
		strbuf_adds(&b, "', ");
		quoted = py_repr(py_str(&cfg->arena, text));
		strbuf_adds(&b, quoted);
		free(quoted);
		free(text);
	}
	text = strbuf_take(&b);
	if (first != NULL) {
		diag_hint(first, RULE_FIRST_HINT "ValueError: Unknown arguments "
		    "from config file: [%s]. Please remove them, add them to "
		    "the dataclass, or set `fail_with_unknown_args=False`.",
		    text);
		cfg->raised = true;
	}
	free(text);
	free(found);
}

/*
 * When the object could be built, parse_dict raises on the keys it did
 * not use, sorted, in one ValueError.
 */
static void
rules_unknown_keys_last(struct config *cfg)
{
	struct diag_list *diags = cfg->diags;
	struct strbuf b = STRBUF_INIT;
	const char **keys;
	struct diag *first = NULL;
	char *list;
	size_t i, n = 0;

	if (cfg->raised || cfg->unknown_count == 0 ||
	    (cfg->profile->fw != NULL &&
	    profile_unknown_in(cfg->profile->fw, cfg->framework_version) ==
	    PROFILE_UNKNOWN_DROPS))
		return;
	if (cfg->profile->fw != NULL &&
	    cfg->typing == PROFILE_TYPING_ARGPARSE) {
		rules_unknown_trl(cfg);
		return;
	}
	keys = xcalloc(diags->len + 1, sizeof *keys);
	for (i = 0; i < diags->len; i++) {
		struct diag *d = &diags->items[i];

		if (!rules_is_unknown(d))
			continue;
		keys[n++] = d->key;
		if (first == NULL || strcmp(d->key, first->key) < 0)
			first = d;
	}
	qsort(keys, n, sizeof *keys, rules_compare_keys);
	for (i = 0; i < n; i++) {
		strbuf_adds(&b, i ? ", '" : "'");
		strbuf_adds(&b, keys[i]);
		strbuf_adds(&b, "'");
	}
	list = strbuf_take(&b);
	if (first != NULL) {
		diag_hint(first, RULE_FIRST_HINT "ValueError: Some keys are "
		    "not used by the HfArgumentParser: [%s]", list);
		cfg->raised = true;
	}
	free(list);
	free(keys);
}

void
config_resolve(struct config *cfg)
{
	const struct rule *const *order = rules_order(cfg->version);
	size_t i;

	for (i = 0; order[i] != NULL; i++)
		if (cfg->version >= order[i]->since &&
		    (order[i]->removed == 0 ||
		    cfg->version < order[i]->removed))
			order[i]->fn(cfg, order[i]);
	rules_drop_repeated_types(cfg);
	cfg->built = !cfg->raised;
	rules_unknown_keys_last(cfg);
}
