/*
 * schema-infer.c: `--transformers auto`, the releases a file's keys and
 * values fit (reference §7.1). Every key is a clue: the releases that
 * have the field and, where the value is one that only some releases
 * accept (an enum member that came or went, a fractional warmup_steps),
 * those releases. The chosen release is the newest that the most clues
 * allow: with no disagreement, the newest all of them allow.
 */
#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "targs/schema.h"
#include "targs/xalloc.h"

/* One bit per known release, by version_index. */
typedef uint64_t schema_span;

static schema_span
schema_span_all(void)
{
	size_t n = version_count();

	/* One bit a release: 64 releases would need a wider span. */
	assert(n < 64);
	return ((schema_span)1 << n) - 1;
}

static int
schema_span_first(schema_span span)
{
	size_t i;

	for (i = 0; i < version_count(); i++)
		if (span & ((schema_span)1 << i))
			return version_at(i);
	return 0;
}

static int
schema_span_last(schema_span span)
{
	size_t i;

	for (i = version_count(); i > 0; i--)
		if (span & ((schema_span)1 << (i - 1)))
			return version_at(i - 1);
	return 0;
}

/*
 * Whether v accepts node, for telling releases apart: null says nothing
 * (several releases only changed a type hint), and an enumeration that
 * only the command line checks does not narrow anything down.
 */
static bool
schema_infer_fits(const struct schema_variant *v, int version,
    const struct value *node, enum scalar_schema schema)
{
	struct schema_variant loose = *v;

	if (v->values != NULL && (v->values->check == SCHEMA_CHECK_ARGPARSE ||
	    v->values->check == SCHEMA_CHECK_NONE))
		loose.values = NULL;
	loose.nullable = true;
	return schema_value_fits(&loose, version, node, schema);
}

/* The releases with row; and those whose variant accepts value. */
static void
schema_clue_spans(const struct schema_row *row, enum schema_class cls,
    const struct value *value, enum scalar_schema schema,
    schema_span *key_span, schema_span *value_span)
{
	size_t i;
	int version;

	*key_span = *value_span = 0;
	for (i = 0; i < version_count(); i++) {
		version = version_at(i);
		if (!schema_row_in(row, version, cls))
			continue;
		*key_span |= (schema_span)1 << i;
		if (schema_infer_fits(schema_variant_at(row, version), version,
		    value, schema))
			*value_span |= (schema_span)1 << i;
	}
}

static void
schema_clue_add(struct schema_inference *inf, const struct schema_row *row,
    const struct value *key, const struct value *value, schema_span span,
    bool by_value)
{
	struct schema_clue *c;

	inf->clues = xreallocarray(inf->clues, inf->clue_count + 1,
	    sizeof *inf->clues);
	c = &inf->clues[inf->clue_count++];
	c->key = row->name;
	c->value = by_value ? value->text : NULL;
	c->value_len = by_value ? value->len : 0;
	c->value_plain = by_value && value->style == VALUE_STYLE_PLAIN;
	c->pos = by_value ? value->pos : key->pos;
	c->first = schema_span_first(span);
	c->last = schema_span_last(span);
}

/* Fields of version that root does not give. */
static size_t
schema_infer_missing(const struct value *root, int version,
    enum schema_class cls)
{
	const struct schema_row **rows;
	size_t n = schema_fields(version, cls, &rows), i, missing = 0;

	for (i = 0; i < n; i++)
		missing += value_get(root, rows[i]->name) == NULL;
	free(rows);
	return missing;
}

/*
 * A file that gives nearly every field is a to_dict() dump: of the
 * releases the most clues allow, the one whose field set it matches best
 * (the absent keys are clues too). The newest wins a tie.
 */
static size_t
schema_infer_dump(const struct value *root, enum schema_class cls,
    const schema_span *spans, size_t clue_count, size_t best,
    size_t best_votes)
{
	const struct schema_row **rows;
	size_t n = schema_fields(version_at(best), cls, &rows), i, j, votes;
	size_t missing, least = (size_t)-1, chosen = best;

	free(rows);
	if (root->len * 5 < n * 4)
		return best;
	for (i = 0; i < version_count(); i++) {
		votes = 0;
		for (j = 0; j < clue_count; j++)
			votes += (spans[j] >> i) & 1;
		if (votes != best_votes)
			continue;
		missing = schema_infer_missing(root, version_at(i), cls);
		if (missing <= least) {
			least = missing;
			chosen = i;
		}
	}
	return chosen;
}

void
schema_infer_version(const struct value *root, enum schema_class cls,
    enum scalar_schema schema, struct schema_inference *out)
{
	schema_span all = schema_span_all(), key_span, value_span, common;
	schema_span *spans = NULL;
	const struct schema_row *row;
	const struct value_pair *p;
	size_t i, j, best = 0, votes, best_votes = 0;
	bool by_value;

	memset(out, 0, sizeof *out);
	common = all;
	for (i = 0; root != NULL && root->kind == VALUE_MAPPING &&
	    i < root->len; i++) {
		p = &root->pairs[i];
		/* A key holding NUL is no field name, whatever it starts with. */
		if (p->key->kind != VALUE_SCALAR ||
		    memchr(p->key->text, '\0', p->key->len) != NULL ||
		    (row = schema_find(p->key->text)) == NULL)
			continue;
		schema_clue_spans(row, cls, p->value, schema, &key_span,
		    &value_span);
		/* A value no release accepts says nothing of the release. */
		by_value = value_span != 0 && value_span != key_span &&
		    p->value->kind == VALUE_SCALAR;
		if (!by_value)
			value_span = key_span;
		if (value_span == all || value_span == 0)
			continue;
		schema_clue_add(out, row, p->key, p->value, value_span,
		    by_value);
		spans = xreallocarray(spans, out->clue_count, sizeof *spans);
		spans[out->clue_count - 1] = value_span;
		common &= value_span;
	}
	/* The newest release that the most clues allow. */
	for (i = 0; i < version_count(); i++) {
		votes = 0;
		for (j = 0; j < out->clue_count; j++)
			votes += (spans[j] >> i) & 1;
		if (votes >= best_votes) {
			best_votes = votes;
			best = i;
		}
	}
	if (root != NULL && root->kind == VALUE_MAPPING)
		best = schema_infer_dump(root, cls, spans, out->clue_count,
		    best, best_votes);
	free(spans);
	out->first = common != 0 ? schema_span_first(common) : 1;
	out->last = common != 0 ? schema_span_last(common) : 0;
	out->chosen = version_at(best);
}

void
schema_inference_release(struct schema_inference *inf)
{
	free(inf->clues);
	memset(inf, 0, sizeof *inf);
}
