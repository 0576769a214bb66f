/*
 * profile-bind.c: binding under a profile: the defaults its class
 * changes, its loader's conversions of the values (argparse's for TRL,
 * pydantic's for axolotl), its keys beside TrainingArguments with their
 * types and releases, and what it does with a key nobody has.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "profile-bind.h"
#include "targs/profile-rules.h"
#include "targs/suggest.h"
#include "targs/xalloc.h"

/* --- defaults ------------------------------------------------------------- */

void
profile_bind_defaults(struct config *cfg)
{
	const struct profile_default *d;
	struct config_slot *slot;
	struct pyval *value;

	for (d = cfg->profile->defaults; d != NULL && d->field != NULL; d++) {
		if (!profile_in_releases(d->since, d->removed,
		    cfg->framework_version) ||
		    (slot = config_slot(cfg, d->field)) == NULL)
			continue;
		value = config_value_of_json(cfg, d->value);
		/* the origin names the class: no words needed */
		config_push_step(cfg, slot, value, CONFIG_ORIGIN_PROFILE, NULL,
		    NULL);
	}
}

/* --- the loader's conversions ------------------------------------------- */

/* The kinds of value a conversion aims at. */
enum profile_aim {
	PROFILE_AIM_NONE,
	PROFILE_AIM_BOOL,
	PROFILE_AIM_INT,
	PROFILE_AIM_FLOAT,
	PROFILE_AIM_STR,
};

static enum profile_aim
profile_aim_of_parser(enum schema_parser parser)
{
	switch (parser) {
	case SCHEMA_PARSER_BOOL:
	case SCHEMA_PARSER_OPTIONAL_BOOL:
		return PROFILE_AIM_BOOL;
	case SCHEMA_PARSER_INT:
		return PROFILE_AIM_INT;
	case SCHEMA_PARSER_FLOAT:
		return PROFILE_AIM_FLOAT;
	case SCHEMA_PARSER_STR:
		return PROFILE_AIM_STR;
	default:
		return PROFILE_AIM_NONE;
	}
}

static enum profile_aim
profile_aim_of_type(enum profile_type type)
{
	switch (type) {
	case PROFILE_BOOL:
		return PROFILE_AIM_BOOL;
	case PROFILE_INT:
		return PROFILE_AIM_INT;
	case PROFILE_FLOAT:
		return PROFILE_AIM_FLOAT;
	case PROFILE_STR:
		return PROFILE_AIM_STR;
	default:
		return PROFILE_AIM_NONE;
	}
}

static const char *
profile_aim_name(enum profile_aim aim)
{
	static const char *const names[] = {
		"a value", "a bool", "an int", "a float", "a str",
	};
	return names[aim];
}

static bool
profile_word_in(const char *s, const char *const *words)
{
	size_t i;

	for (i = 0; words[i] != NULL; i++)
		if (strcasecmp(s, words[i]) == 0)
			return true;
	return false;
}

/* transformers' string_to_bool, which TRL's parser gives bool fields. */
static int
profile_string_to_bool(const char *s)
{
	static const char *const yes[] = { "yes", "true", "t", "y", "1", NULL };
	static const char *const no[] = { "no", "false", "f", "n", "0", NULL };

	if (profile_word_in(s, yes))
		return 1;
	if (profile_word_in(s, no))
		return 0;
	return -1;
}

/* pydantic v2's lax str -> bool. */
static int
profile_pydantic_bool(const char *s)
{
	static const char *const yes[] = {
		"1", "on", "t", "true", "y", "yes", NULL,
	};
	static const char *const no[] = {
		"0", "off", "f", "false", "n", "no", NULL,
	};

	if (profile_word_in(s, yes))
		return 1;
	if (profile_word_in(s, no))
		return 0;
	return -1;
}

/*
 * argparse converts a str default through the field's type; every
 * other value passes as it is (Lib/argparse.py _get_values). A None of
 * an optional field is spelt 'none' or 'null' (TRL's _accept_none).
 */
static struct pyval *
profile_argparse(struct config *cfg, struct pyval *v, enum profile_aim aim,
    bool nullable, const char **error)
{
	double x;
	int64_t i;
	int b;

	if (v->kind != PY_STR || strlen(v->text) != v->len)
		return v;
	if (nullable && aim != PROFILE_AIM_STR && aim != PROFILE_AIM_BOOL &&
	    aim != PROFILE_AIM_NONE && (strcasecmp(v->text, "none") == 0 ||
	    strcasecmp(v->text, "null") == 0))
		return py_none(&cfg->arena);
	switch (aim) {
	case PROFILE_AIM_BOOL:
		if ((b = profile_string_to_bool(v->text)) >= 0)
			return py_bool(&cfg->arena, b == 1);
		*error = "Truthy value expected";
		return NULL;
	case PROFILE_AIM_INT:
		if (scalar_python_int(v->text, v->len, &i))
			return py_int(&cfg->arena, i);
		*error = "invalid int value";
		return NULL;
	case PROFILE_AIM_FLOAT:
		if (scalar_python_float(v->text, v->len, &x))
			return py_float(&cfg->arena, x);
		*error = "invalid float value";
		return NULL;
	default:
		return v;
	}
}

/* pydantic v2 in lax mode (axolotl): what it turns a value into. */
static struct pyval *
profile_pydantic(struct config *cfg, struct pyval *v, enum profile_aim aim,
    const char **error)
{
	double x;
	int64_t i;
	int b;

	if (v->kind == PY_NONE)
		return v;
	switch (aim) {
	case PROFILE_AIM_BOOL:
		if (v->kind == PY_BOOL)
			return v;
		if (v->kind == PY_INT && (v->integer == 0 || v->integer == 1))
			return py_bool(&cfg->arena, v->integer == 1);
		if (v->kind == PY_STR && strlen(v->text) == v->len &&
		    (b = profile_pydantic_bool(v->text)) >= 0)
			return py_bool(&cfg->arena, b == 1);
		*error = "bool_parsing";
		return NULL;
	case PROFILE_AIM_INT:
		if (v->kind == PY_INT || v->kind == PY_BOOL)
			return v->kind == PY_INT ? v :
			    py_int(&cfg->arena, v->boolean);
		if (v->kind == PY_FLOAT && isfinite(v->real) &&
		    py_is_integral(v->real) && fabs(v->real) < 9e18)
			return py_int(&cfg->arena, (int64_t)v->real);
		if (v->kind == PY_STR && strlen(v->text) == v->len &&
		    scalar_python_int(v->text, v->len, &i))
			return py_int(&cfg->arena, i);
		*error = v->kind == PY_FLOAT ? "int_from_float" :
		    "int_parsing";
		return NULL;
	case PROFILE_AIM_FLOAT:
		if (v->kind == PY_FLOAT)
			return v;
		if (v->kind == PY_INT && !v->big)
			return py_float(&cfg->arena, (double)v->integer);
		if (v->kind == PY_BOOL)
			return py_float(&cfg->arena, v->boolean);
		if (v->kind == PY_STR && strlen(v->text) == v->len &&
		    scalar_python_float(v->text, v->len, &x))
			return py_float(&cfg->arena, x);
		*error = "float_parsing";
		return NULL;
	case PROFILE_AIM_STR:
		if (v->kind == PY_STR)
			return v;
		*error = "string_type";
		return NULL;
	default:
		return v;
	}
}

/* The loader's conversion refused the value: the framework stops there. */
static void
profile_report_conversion(struct config *cfg, const char *name,
    const struct value *node, const struct pyval *v, enum profile_aim aim,
    const char *error)
{
	char *shown = py_repr(v);
	struct diag *d;

	if (cfg->typing == PROFILE_TYPING_ARGPARSE) {
		d = diag_add(cfg->diags, DIAG_FRAMEWORK_CONVERSION, node->pos,
		    name, "'%s' is %s, which argparse cannot read as %s",
		    name, shown, profile_aim_name(aim));
		diag_hint(d, "%sargument --%s: %s: %s (%s exits with status "
		    "2)", cfg->raised ? "upstream then raises: " :
		    "upstream raises first: ", name, error, shown,
		    cfg->profile->fw->title);
	} else {
		d = diag_add(cfg->diags, DIAG_FRAMEWORK_CONVERSION, node->pos,
		    name, "'%s' is %s, which pydantic refuses for %s", name,
		    shown, profile_aim_name(aim));
		diag_hint(d, "%sValidationError: %s (%s)", cfg->raised ?
		    "upstream then raises: " : "upstream raises first: ",
		    name, error);
	}
	/* the loader stops here, before any dataclass is built */
	cfg->raised = true;
	free(shown);
}

static struct pyval *
profile_convert(struct config *cfg, const char *name,
    const struct value *node, struct pyval *v, enum profile_aim aim,
    bool nullable, bool *refused)
{
	const char *error = NULL;
	struct pyval *out = v;

	*refused = false;
	if (cfg->profile->fw == NULL)
		return v;
	switch (cfg->typing) {
	case PROFILE_TYPING_ARGPARSE:
		out = profile_argparse(cfg, v, aim, nullable, &error);
		break;
	case PROFILE_TYPING_PYDANTIC:
		out = profile_pydantic(cfg, v, aim, &error);
		break;
	case PROFILE_TYPING_PLAIN:
	case PROFILE_TYPING_OMEGACONF:
		break;
	}
	if (out == NULL) {
		profile_report_conversion(cfg, name, node, v, aim, error);
		*refused = true;
		return v;
	}
	return out;
}

bool
profile_bind_convert(struct config *cfg, struct config_slot *slot)
{
	enum profile_aim aim;
	struct pyval *out;
	bool refused;

	if (cfg->profile->fw == NULL)
		return true;
	aim = profile_aim_of_parser(schema_parser_of(slot->variant));
	if (cfg->typing == PROFILE_TYPING_PYDANTIC) {
		/* what the axolotl schema declares, by the field's kind */
		if (slot->variant->type == SCHEMA_INT)
			aim = PROFILE_AIM_INT;
		else if (slot->variant->type == SCHEMA_FLOAT ||
		    slot->variant->type == SCHEMA_NUM)
			aim = PROFILE_AIM_FLOAT;
		else if (slot->variant->type == SCHEMA_STR)
			aim = PROFILE_AIM_STR;
		else if (slot->variant->type != SCHEMA_BOOL)
			aim = PROFILE_AIM_NONE;
	}
	out = profile_convert(cfg, slot->row->name, slot->node, slot->value,
	    aim, slot->variant->nullable, &refused);
	if (refused)
		return false;
	if (out != slot->value)
		config_push_step(cfg, slot, out, CONFIG_ORIGIN_FILE, NULL,
		    cfg->typing == PROFILE_TYPING_ARGPARSE ?
		    "converted by argparse" : "converted by pydantic");
	return true;
}

/*
 * --- keys beside TrainingArguments
 * -----------------------------------------
 */

static bool
profile_fits(const struct pyval *p, const struct profile_key *k)
{
	if (p->kind == PY_NONE)
		return k->nullable || k->type == PROFILE_ANY;
	switch (k->type) {
	case PROFILE_ANY:
		return true;
	case PROFILE_BOOL:
		return p->kind == PY_BOOL;
	case PROFILE_INT:
		return p->kind == PY_INT;
	case PROFILE_FLOAT:
		return p->kind == PY_INT || p->kind == PY_FLOAT;
	case PROFILE_STR:
		return p->kind == PY_STR;
	case PROFILE_LIST:
		return p->kind == PY_LIST;
	case PROFILE_DICT:
		return p->kind == PY_DICT;
	case PROFILE_STR_OR_LIST:
		return p->kind == PY_STR || p->kind == PY_LIST;
	case PROFILE_DICT_OR_STR:
		return p->kind == PY_DICT || p->kind == PY_STR;
	}
	return true;
}

static const char *
profile_type_words(enum profile_type type)
{
	static const char *const words[] = {
		"anything", "true or false", "an integer", "a number",
		"a string", "a list", "a mapping", "a string or a list",
		"a mapping or a string",
	};
	return words[type];
}

/* A key of a later or an earlier release of the framework. */
static void
profile_report_release(struct config *cfg, const struct value *key,
    const struct profile_key *k, const struct profile_keyset *set)
{
	char want[FV_TEXT_MAX], when[FV_TEXT_MAX];
	const struct profile_framework *fw = cfg->profile->fw;
	struct diag *d;

	cfg->unknown_count++;   /* no dataclass of this release has it */
	profile_version_format(cfg->framework_version, want);
	if (k->removed != 0 && cfg->framework_version >= k->removed) {
		profile_version_format(k->removed, when);
		if (set->owner != NULL)
			d = diag_add(cfg->diags,
			    DIAG_FRAMEWORK_KEY_NOT_IN_RELEASE, key->pos, k->name,
			    "'%s' is a key of %s's %s, which its scripts "
			    "stopped reading with %s %s (checking against %s)",
			    k->name, set->owner, set->name, fw->title, when,
			    want);
		else
			d = diag_add(cfg->diags,
			    DIAG_FRAMEWORK_KEY_NOT_IN_RELEASE, key->pos, k->name,
			    "'%s' was removed in %s %s (checking against %s)",
			    k->name, fw->title, when, want);
		if (k->replaced_by != NULL)
			diag_hint(d, "use '%s' instead", k->replaced_by);
	} else {
		profile_version_format(k->since, when);
		d = diag_add(cfg->diags, DIAG_FRAMEWORK_KEY_NOT_IN_RELEASE,
		    key->pos, k->name, "'%s' was added in %s %s (checking "
		    "against %s)", k->name, fw->title, when, want);
	}
	if (profile_unknown_in(fw, cfg->framework_version) ==
	    PROFILE_UNKNOWN_DROPS) {
		d->severity = DIAG_WARNING;
		d->upstream = DIAG_UPSTREAM_ACCEPTS;
	}
	diag_hint(d, "name the release with --framework-version");
}

bool
profile_bind_key(struct config *cfg, const struct value *key,
    const struct value *value)
{
	const struct profile_keyset *set;
	const struct profile_key *k;
	struct pyval *p;
	struct diag *d;
	char *shown;
	bool refused;

	if (cfg->profile->sets == NULL ||
	    (k = profile_key_find(cfg->profile, key->text,
	    cfg->framework_version, &set)) == NULL)
		return false;
	if (!profile_key_in(k, cfg->framework_version)) {
		profile_report_release(cfg, key, k, set);
		return true;
	}
	p = profile_convert(cfg, k->name, value, pyval_from_node(&cfg->arena,
	    value, cfg->schema), profile_aim_of_type(k->type), k->nullable,
	    &refused);
	if (refused || profile_fits(p, k))
		return true;
	shown = py_repr(p);
	d = diag_add(cfg->diags, DIAG_WRONG_TYPE, value->pos, k->name,
	    "'%s' (%s) expects %s, but Python sees the %s %s", k->name,
	    set->name, profile_type_words(k->type), py_type_name(p), shown);
	d->upstream = k->type == PROFILE_INT || k->type == PROFILE_FLOAT ?
	    DIAG_UPSTREAM_TRAINER : DIAG_UPSTREAM_ACCEPTS;
	if (cfg->typing == PROFILE_TYPING_PYDANTIC)
		d->upstream = DIAG_UPSTREAM_RAISES;
	free(shown);
	return true;
}

/* --- unknown keys --------------------------------------------------------- */

/* The framework key that becomes field (axolotl's lr_scheduler). */
static const char *
profile_key_for_field(const struct profile *p, const char *field)
{
	const struct profile_map *m;

	for (m = p->map; m != NULL && m->key != NULL; m++)
		if (strcmp(m->field, field) == 0)
			return m->key;
	return NULL;
}

bool
profile_bind_unknown(struct config *cfg, const struct value *key,
    struct diag *d)
{
	const struct profile *p = cfg->profile;
	const char **fields, **names, *near, *mapped;

	if (p->fw == NULL)
		return false;
	d->upstream = profile_unknown_in(p->fw, cfg->framework_version) ==
	    PROFILE_UNKNOWN_DROPS ?
	    DIAG_UPSTREAM_ACCEPTS : DIAG_UPSTREAM_RAISES;
	if (key->kind != VALUE_SCALAR)
		return true;
	if (p->map != NULL &&
	    (mapped = profile_key_for_field(p, key->text)) != NULL)
		diag_hint(d, "%s writes it as '%s'", p->fw->title, mapped);
	else {
		fields = config_field_names(cfg);
		names = profile_key_names(p, cfg->framework_version,
		    (const char *const *)fields);
		if ((near = config_near_key(key->text, names)) != NULL)
			diag_hint(d, "did you mean '%s'?", near);
		free(names);
		free(fields);
	}
	diag_hint(d, "%s: %s", p->name, p->unknown_says != NULL ?
	    p->unknown_says : p->fw->unknown_before_says != NULL &&
	    cfg->framework_version < p->fw->unknown_since ?
	    p->fw->unknown_before_says : p->fw->unknown_says);
	return true;
}

/*
 * --- helpers for the rules
 * --------------------------------------------------
 */

const struct value *
profile_file_value(const struct config *cfg, const char *key)
{
	return value_get(cfg->root, key);
}

struct pyval *
profile_file_pyval(struct config *cfg, const char *key)
{
	const struct value *v = profile_file_value(cfg, key);
	const struct profile_key *k;
	struct pyval *p, *conv = NULL;
	const char *error = NULL;

	if (v == NULL)
		return NULL;
	p = pyval_from_node(&cfg->arena, v, cfg->schema);
	if (cfg->profile->fw == NULL ||
	    (k = profile_key_find(cfg->profile, key,
	    cfg->framework_version, NULL)) == NULL)
		return p;
	/* a refused value was reported when the key was bound */
	if (cfg->typing == PROFILE_TYPING_PYDANTIC)
		conv = profile_pydantic(cfg, p, profile_aim_of_type(k->type),
		    &error);
	else if (cfg->typing == PROFILE_TYPING_ARGPARSE)
		conv = profile_argparse(cfg, p, profile_aim_of_type(k->type),
		    k->nullable, &error);
	return conv != NULL ? conv : p;
}
