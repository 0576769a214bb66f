/*
 * resolve.c: one file from bytes to a resolved config: load, pick the
 * release (inferring it for --transformers auto), bind, run the rules of
 * the release, and report settings that end up ignored.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "targs/resolve.h"
#include "targs/xalloc.h"

/*
 * A clue's value as the file writes it: a plain number or word as it is,
 * anything else quoted and cut short.
 */
static char *
resolve_clue_value(const struct schema_clue *c)
{
	size_t i;

	if (!c->value_plain || c->value_len > 40)
		return diag_quote(c->value, c->value_len, 40);
	for (i = 0; i < c->value_len; i++)
		if (strchr("abcdefghijklmnopqrstuvwxyz"
		    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.+-",
		    c->value[i]) == NULL || c->value[i] == '\0')
			return diag_quote(c->value, c->value_len, 40);
	return xstrdup(c->value);
}

/* The clues worth naming: all of them on a conflict, else the binding ones. */
static char *
resolve_clues(const struct schema_inference *inf)
{
	char range[2 * VERSION_TEXT_MAX], *list = xstrdup(""), *next, *value;
	const struct schema_clue *c;
	bool conflict = inf->first > inf->last;
	size_t i, shown = 0, skipped = 0;

	for (i = 0; i < inf->clue_count; i++) {
		c = &inf->clues[i];
		/* Name only the clues that set a bound of the range. */
		if (!conflict && !(c->first == inf->first &&
		    inf->first != VERSION_OLDEST) && !(c->last == inf->last &&
		    inf->last != VERSION_NEWEST))
			continue;
		if (shown == 6) {
			skipped++;
			continue;
		}
		value = c->value != NULL ? resolve_clue_value(c) : NULL;
		next = xasprintf("%s%s%s%s%s (%s)", list, shown ? ", " : "",
		    c->key, value != NULL ? ": " : "",
		    value != NULL ? value : "",
		    version_format_range(c->first, c->last, range));
		free(value);
		free(list);
		list = next;
		shown++;
	}
	if (skipped > 0) {
		next = xasprintf("%s and %zu more", list, skipped);
		free(list);
		list = next;
	}
	return list;
}

/*
 * --transformers auto: which release the file's keys point to, and why;
 * returns it.
 */
static int
resolve_infer(const struct value *root, enum schema_class cls,
    struct diag_list *diags)
{
	struct schema_inference inf;
	struct source_pos whole = { 0, 0 };
	char chosen[VERSION_TEXT_MAX], *clues;
	struct diag *d;
	int version;

	schema_infer_version(root, cls, SCALAR_SCHEMA_PYYAML, &inf);
	version_format(inf.chosen, chosen);
	clues = resolve_clues(&inf);
	if (inf.clue_count == 0)
		d = diag_add(diags, DIAG_VERSION_INFERRED, whole, NULL,
		    "transformers %s assumed: no key belongs to only some "
		    "releases", chosen);
	else if (inf.first > inf.last)
		d = diag_add(diags, DIAG_VERSION_CONFLICT, whole, NULL,
		    "no transformers release has all of these: %s; assuming "
		    "%s, which most of them fit", clues, chosen);
	else
		d = diag_add(diags, DIAG_VERSION_INFERRED, whole, NULL,
		    "transformers %s inferred from %s", chosen, clues);
	diag_hint(d, "name the release with --transformers or %s",
	    VERSION_ENV);
	free(clues);
	version = inf.chosen;
	schema_inference_release(&inf);
	return version;
}

/* A mapping that holds at least one parameter of some release. */
static size_t
resolve_fields_in(const struct value *v)
{
	size_t i, n = 0;

	if (v == NULL || v->kind != VALUE_MAPPING)
		return 0;
	for (i = 0; i < v->len; i++)
		n += v->pairs[i].key->kind == VALUE_SCALAR &&
		    schema_find(v->pairs[i].key->text) != NULL;
	return n;
}

/* --path KEY.KEY: the mapping it leads to, or NULL (reported). */
static const struct value *
resolve_path(const struct value *root, const char *path,
    struct diag_list *diags)
{
	const struct value *v = root;
	const char *p = path, *dot;
	char *segment;
	size_t len;
	struct diag *d;
	struct source_pos whole = { 0, 0 };

	for (; v != NULL; p = dot + 1) {
		dot = strchr(p, '.');
		len = dot != NULL ? (size_t)(dot - p) : strlen(p);
		segment = xstrndup(p, len);
		v = value_get(v, segment);
		free(segment);
		if (dot == NULL)
			break;
	}
	if (v != NULL && v->kind == VALUE_MAPPING)
		return v;
	d = diag_add(diags, DIAG_PATH_NOT_FOUND, v != NULL ? v->pos : whole,
	    NULL, v == NULL ? "--path %s: no such key in the file" :
	    "--path %s: the value there is not a mapping", path);
	diag_hint(d, "name the mapping that holds the parameters, "
	    "e.g. --path training_args");
	return NULL;
}

/*
 * Without --path: a well-known key holding a mapping with more
 * parameters than the top level has, and the top level then.
 */
static const struct value *
resolve_nesting(const struct value *root, const char **name)
{
	const struct value *v, *best = NULL;
	size_t i, top = 0, n;
	bool counted = false;

	for (i = 0; profile_nestings[i] != NULL; i++) {
		v = value_get(root, profile_nestings[i]);
		if (v == NULL || v->kind != VALUE_MAPPING)
			continue;
		/* the top level is counted only when a nesting is there */
		if (!counted) {
			top = resolve_fields_in(root);
			counted = true;
		}
		if ((n = resolve_fields_in(v)) > top) {
			best = v;
			top = n;
			*name = profile_nestings[i];
		}
	}
	return best;
}

/* The mapping that holds the parameters, announced when nested. */
static const struct value *
resolve_block(const struct value *root, const char *path,
    struct diag_list *diags, bool announce)
{
	const struct value *block;
	const char *name = path;
	struct diag *d;

	if (path != NULL)
		block = resolve_path(root, path, diags);
	else if ((block = resolve_nesting(root, &name)) == NULL)
		return root;
	if (block != NULL && announce) {
		d = diag_add(diags, DIAG_NESTED_BLOCK, block->pos, NULL,
		    "the parameters are read from '%s'; the keys around it "
		    "are not checked", name);
		if (path == NULL)
			diag_hint(d, "name the mapping with --path");
	}
	return block;
}

/*
 * The profile the keys point to, and (when a framework's) the words of
 * the note that says so, which the caller frees: detection reads only
 * key texts, which a second load with other typing does not change.
 */
static const struct profile *
resolve_detect(const struct value *root, const struct resolve_request *req,
    bool json, char **note)
{
	const char *evidence[PROFILE_EVIDENCE_MAX];
	char version[FV_TEXT_MAX], *list = xstrdup(""), *next;
	const struct profile *p;
	size_t n, i;

	*note = NULL;
	p = profile_detect(root, req->cls, json, evidence, &n);
	if (p->fw == NULL) {
		free(list);
		return p;
	}
	for (i = 0; i < n; i++) {
		next = xasprintf("%s%s%s", list, i > 0 ? ", " : "",
		    evidence[i]);
		free(list);
		list = next;
	}
	profile_version_format(req->framework_version != 0 ?
	    req->framework_version : profile_default_release(p), version);
	*note = xasprintf("profile %s: keys %s (%s %s, %s)", p->name, list,
	    p->fw->title, version, p->class_name);
	free(list);
	return p;
}

/*
 * True when the release nobody named is newer than the profile's
 * framework allows: it is checked against the newest it does allow.
 */
static bool
resolve_capped(const struct profile *p, const struct resolve_request *req,
    int version)
{
	return !req->version_named && p->fw != NULL &&
	    p->fw->transformers_max != 0 && version > p->fw->transformers_max;
}

/* TA701: the profile detected, and why. */
static void
resolve_announce(const struct profile *p, const char *note,
    const struct resolve_request *req, struct diag_list *diags)
{
	char newest[VERSION_TEXT_MAX];
	struct source_pos whole = { 0, 0 };
	struct diag *d;

	d = diag_add(diags, DIAG_PROFILE_DETECTED, whole, NULL, "%s", note);
	if (!p->keys_only && resolve_capped(p, req, req->version))
		diag_hint(d, "checked against transformers %s, the newest "
		    "%s allows", version_format(p->fw->transformers_max,
		    newest), p->fw->title);
	diag_hint(d, "name the profile with --profile, or per file in %s",
	    ".targs.yaml");
}

/*
 * A program that builds no transformers TrainingArguments from the file:
 * its keys were checked, its own rules run; there is nothing to resolve.
 */
static bool
resolve_keys_only(struct config *cfg, struct diag_list *diags)
{
	struct source_pos whole = { 0, 0 };
	struct diag *d;

	if (cfg->profile->rules != NULL)
		cfg->profile->rules(cfg);
	d = diag_add(diags, DIAG_KEYS_ONLY, whole, NULL, "%s builds no "
	    "transformers TrainingArguments from this file: targs checks its "
	    "keys only", cfg->profile->name);
	diag_hint(d, "%s", cfg->profile->doc);
	config_release(cfg);
	return false;
}

/* Forgets what the first load said: the file is read again. */
static void
resolve_forget(struct value_doc *doc, struct diag_list *diags)
{
	char *file = xstrdup(diags->file);

	value_doc_release(doc);
	diag_list_release(diags);
	diag_list_init(diags, file);
	free(file);
}

bool
resolve_source(struct source *src, const struct load_options *options,
    const struct resolve_request *req, struct value_doc *doc,
    struct config *cfg, struct diag_list *diags)
{
	struct load_options again = *options;
	struct config_target target = { req->version, req->profile,
		req->framework_version, req->env, options->schema };
	const struct value *block;
	char *note = NULL;

	if (!load_source(src, options, doc, diags))
		return false;
	if ((block = resolve_block(doc->root, req->path, diags,
	    false)) == NULL)
		return false;
	if (target.profile == NULL)
		target.profile = resolve_detect(block, req,
		    doc->format == VALUE_FORMAT_JSON, &note);
	if (target.profile->fw != NULL && target.framework_version == 0)
		target.framework_version =
		    profile_default_release(target.profile);
	if (doc->format == VALUE_FORMAT_YAML &&
	    profile_typing_in(target.profile->fw, target.framework_version) ==
	    PROFILE_TYPING_OMEGACONF &&
	    options->schema == SCALAR_SCHEMA_PYYAML) {
		resolve_forget(doc, diags);
		again.schema = target.schema = SCALAR_SCHEMA_OMEGACONF;
		if (!load_source(src, &again, doc, diags)) {
			free(note);
			return false;
		}
	}
	block = resolve_block(doc->root, req->path, diags, true);
	if (note != NULL)
		resolve_announce(target.profile, note, req, diags);
	free(note);
	diags->profile = target.profile->name;
	if (target.version == 0)
		target.version = resolve_infer(block, target.profile->cls,
		    diags);
	else if (resolve_capped(target.profile, req, target.version))
		target.version = target.profile->fw->transformers_max;
	config_bind_profile(cfg, block, &target, diags);
	if (target.profile->keys_only)
		return resolve_keys_only(cfg, diags);
	if (target.profile->prepare != NULL)
		target.profile->prepare(cfg);
	config_resolve(cfg);
	config_report_dead(cfg);
	if (target.profile->rules != NULL)
		target.profile->rules(cfg);
	return true;
}
