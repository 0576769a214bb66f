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

bool
resolve_source(struct source *src, const struct load_options *options,
    const struct resolve_request *req, struct value_doc *doc,
    struct config *cfg, struct diag_list *diags)
{
	int version = req->version;

	if (!load_source(src, options, doc, diags))
		return false;
	if (version == 0)
		version = resolve_infer(doc->root, req->cls, diags);
	config_bind(cfg, doc->root, version, req->cls, req->env,
	    options->schema, diags);
	config_resolve(cfg);
	config_report_dead(cfg);
	return true;
}
