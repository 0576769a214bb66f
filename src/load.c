/*
 * load.c: what happens to every file whatever its format: the size and
 * encoding checks, choosing the loader, and building mappings the way
 * Python builds a dict (merge keys, duplicate keys, unhashable keys). The
 * format-specific parsing is in load-yaml.c and load-json.c.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "load-internal.h"
#include "targs/xalloc.h"

const struct load_limits load_default_limits = {
	.max_file_size = 64u << 20,
	.max_depth = 256,
	.max_nodes = 4000000,
	.max_scalar_len = 1u << 20,
};

void
load_options_init(struct load_options *options)
{
	options->format = LOAD_FORMAT_AUTO;
	options->schema = SCALAR_SCHEMA_PYYAML;
	options->limits = load_default_limits;
}

static bool
ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n >= m && strcmp(s + n - m, suffix) == 0;
}

enum value_format
load_detect_format(const char *name, const struct source *src,
    enum load_format requested)
{
	size_t i = source_has_bom(src) ? 3 : 0;

	switch (requested) {
	case LOAD_FORMAT_YAML:
		return VALUE_FORMAT_YAML;
	case LOAD_FORMAT_JSON:
		return VALUE_FORMAT_JSON;
	case LOAD_FORMAT_AUTO:
		break;
	}
	if (name != NULL && ends_with(name, ".json"))
		return VALUE_FORMAT_JSON;
	if (name != NULL && (ends_with(name, ".yaml") || ends_with(name, ".yml")))
		return VALUE_FORMAT_YAML;
	while (i < src->len && strchr(" \t\r\n", src->data[i]) != NULL)
		i++;
	if (i < src->len && (src->data[i] == '{' || src->data[i] == '['))
		return VALUE_FORMAT_JSON;
	return VALUE_FORMAT_YAML;
}

struct diag *
load_error(struct load_ctx *ctx, enum diag_id id, struct source_pos pos,
    const char *key, const char *fmt, ...)
{
	struct diag *d;
	va_list ap;
	char *message;

	va_start(ap, fmt);
	message = xvasprintf(fmt, ap);
	va_end(ap);
	d = diag_add(ctx->diags, id, pos, key, "%s", message);
	free(message);
	if (d->severity == DIAG_ERROR)
		ctx->failed = true;
	return d;
}

bool
load_count_nodes(struct load_ctx *ctx, uint64_t weight, struct source_pos pos)
{
	bool yaml = ctx->doc->format == VALUE_FORMAT_YAML;
	struct diag *d;

	ctx->nodes += weight;
	if (ctx->nodes <= ctx->options->limits.max_nodes)
		return true;
	d = load_error(ctx, DIAG_OVER_LIMIT, pos, NULL,
	    "the document has more than %u nodes%s",
	    ctx->options->limits.max_nodes,
	    yaml ? ", counting what each alias names as a copy" : "");
	diag_hint(d, "targs stops here; a file with this many nodes is not a "
	    "training configuration%s", yaml ? " (or it is an alias bomb)" : "");
	ctx->stopped = true;
	return false;
}

bool
load_check_depth(struct load_ctx *ctx, uint32_t depth, struct source_pos pos)
{
	if (depth < ctx->options->limits.max_depth)
		return true;
	load_error(ctx, DIAG_OVER_LIMIT, pos, NULL,
	    "this nests deeper than the limit of %u levels",
	    ctx->options->limits.max_depth);
	ctx->stopped = true;
	return false;
}

bool
load_check_scalar_len(struct load_ctx *ctx, size_t len, struct source_pos pos)
{
	if (len <= ctx->options->limits.max_scalar_len)
		return true;
	load_error(ctx, DIAG_OVER_LIMIT, pos, NULL,
	    "a scalar of %zu bytes is longer than the limit of %zu bytes", len,
	    ctx->options->limits.max_scalar_len);
	ctx->stopped = true;
	return false;
}

struct value *
load_new_node(struct load_ctx *ctx, enum value_kind kind,
    struct source_pos pos)
{
	struct value *v = arena_alloc(&ctx->doc->arena, sizeof *v);

	v->kind = kind;
	v->pos = pos;
	v->weight = 1;
	return v;
}

static enum diag_id
load_scalar_diag_id(enum scalar_error err)
{
	switch (err) {
	case SCALAR_ERROR_UNKNOWN_TAG:
		return DIAG_UNKNOWN_TAG;
	case SCALAR_ERROR_TOO_LONG:
		return DIAG_INTEGER_TOO_LONG;
	case SCALAR_OK:
	case SCALAR_ERROR_BAD_VALUE:
		break;
	}
	return DIAG_BAD_TAGGED_VALUE;
}

/* True when a float's text has a digit other than 0 before its exponent. */
static bool
load_mantissa_nonzero(const struct value *node)
{
	size_t i;

	for (i = 0; i < node->len; i++) {
		if (node->text[i] == 'e' || node->text[i] == 'E')
			break;
		if (node->text[i] >= '1' && node->text[i] <= '9')
			return true;
	}
	return false;
}

/*
 * A numeral that a double cannot hold: Python reads 1.0e+400 as inf and
 * 1.0e-400 as 0.0 without a word. Spelled infinities (.inf, Infinity)
 * are meant, and have no digits to test.
 */
bool
load_float_out_of_range(const struct value *node, const struct scalar *s)
{
	if (s->type != SCALAR_FLOAT)
		return false;
	if (isinf(s->real))
		return strpbrk(node->text, "0123456789") != NULL;
	return s->real == 0.0 && load_mantissa_nonzero(node);
}

static void
load_check_float_range(struct load_ctx *ctx, const struct value *node,
    const char *path, const struct scalar *s)
{
	char *quoted;
	struct diag *d;
	bool overflow = isinf(s->real);

	if (!load_float_out_of_range(node, s))
		return;
	quoted = diag_quote(node->text, node->len, 40);
	d = load_error(ctx, DIAG_FLOAT_OUT_OF_RANGE, node->pos, path,
	    "%s is beyond the range of a float: Python reads it as %s",
	    quoted, overflow ? (s->real < 0 ? "-inf" : "inf") :
	    (signbit(s->real) ? "-0.0" : "0.0"));
	diag_hint(d, "a float holds magnitudes from about 2.2e-308 "
	    "(4.9e-324 with less precision) to 1.8e+308");
	free(quoted);
}

/* Constructs node as PyYAML would; reports and returns false if it raises. */
static bool
load_construct(struct load_ctx *ctx, const struct value *node,
    const char *path, struct scalar *out)
{
	enum scalar_error err;
	char *message, *quoted, *tag;
	struct diag *d;

	err = scalar_construct(node, ctx->options->schema, out, &message);
	if (err == SCALAR_OK) {
		load_check_float_range(ctx, node, path, out);
		return true;
	}
	if (err == SCALAR_ERROR_UNKNOWN_TAG && node->tag != NULL &&
	    scalar_tag_of(node->tag) == SCALAR_TAG_UNKNOWN) {
		load_unknown_tag(ctx, node, path);
		free(message);
		return false;
	}
	quoted = diag_quote(node->text, node->len, 40);
	if (ctx->doc->format == VALUE_FORMAT_JSON) {
		/* a JSON value's tag comes from its syntax, not from the user */
		d = load_error(ctx, load_scalar_diag_id(err), node->pos, path,
		    "cannot load %s: %s", quoted, message);
	} else if (node->tag != NULL && strcmp(node->tag, "!") != 0) {
		tag = scalar_tag_short(node->tag);
		d = load_error(ctx, load_scalar_diag_id(err), node->pos, path,
		    "cannot load %s as %s: %s", quoted, tag, message);
		free(tag);
	} else {
		d = load_error(ctx, load_scalar_diag_id(err), node->pos, path,
		    "cannot load %s: %s", quoted, message);
		if (err != SCALAR_ERROR_TOO_LONG)
			diag_hint(d, "quote it to keep it a string: \"%.*s\"",
			    (int)(node->len > 40 ? 40 : node->len), node->text);
	}
	free(quoted);
	free(message);
	return false;
}

void
load_unknown_tag(struct load_ctx *ctx, const struct value *node,
    const char *path)
{
	char *tag = scalar_tag_short(node->tag);
	struct diag *d;

	d = load_error(ctx, DIAG_UNKNOWN_TAG, node->pos, path,
	    "yaml.safe_load cannot build the tag '%s'", tag);
	diag_hint(d, "yaml.safe_load knows only the standard tags such as "
	    "!!str, !!int, !!float, !!bool, !!null, !!map and !!seq");
	free(tag);
}

void
load_check_scalar(struct load_ctx *ctx, const struct value *node,
    const char *path)
{
	struct scalar s;

	load_construct(ctx, node, path, &s);
}

/* A pair list under construction. */
struct pair_vec {
	struct value_pair	*items;
	size_t			 len, cap;
};

static void
pair_vec_push(struct pair_vec *vec, const struct value_pair *pairs, size_t n)
{
	if (vec->len + n > vec->cap) {
		vec->cap = (vec->len + n) * 2;
		vec->items = xreallocarray(vec->items, vec->cap, sizeof *vec->items);
	}
	if (n > 0)
		memcpy(vec->items + vec->len, pairs, n * sizeof *pairs);
	vec->len += n;
}

static bool
is_merge_key(struct load_ctx *ctx, const struct value *key)
{
	return key->kind == VALUE_SCALAR &&
	    scalar_resolve(key, ctx->options->schema) == SCALAR_TAG_MERGE;
}

/* SafeConstructor.flatten_mapping for one merge key's value. */
static void
load_flatten_merge(struct load_ctx *ctx, const struct value *merge,
    struct pair_vec *out, const char *path)
{
	size_t i;
	const struct value *item;

	switch (merge->kind) {
	case VALUE_MAPPING:
		pair_vec_push(out, merge->pairs, merge->len);
		return;
	case VALUE_SEQUENCE:
		/* later mappings first, so that earlier ones win */
		for (i = merge->len; i-- > 0;) {
			item = merge->items[i];
			if (item->kind != VALUE_MAPPING) {
				load_error(ctx, DIAG_BAD_MERGE, item->pos, path,
				    "a merge key (<<) takes mappings, but this "
				    "list item is a %s", value_kind_name(item->kind));
				continue;
			}
			pair_vec_push(out, item->pairs, item->len);
		}
		return;
	case VALUE_SCALAR:
		break;
	}
	load_error(ctx, DIAG_BAD_MERGE, merge->pos, path,
	    "a merge key (<<) takes a mapping or a list of mappings, not a "
	    "scalar");
}

struct dict_entry {
	char			*key;
	size_t			 len;
	size_t			 index;  /* in the result */
	size_t			 order;  /* in the mapping, merged keys first */
	bool			 own;    /* written in this mapping, not merged in */
	bool			 valid;  /* Python could hash the key */
	struct dict_entry	*first;  /* the first entry with an equal key */
};

static int
dict_entry_compare(const void *a, const void *b)
{
	const struct dict_entry *x = a, *y = b;
	size_t n = x->len < y->len ? x->len : y->len;
	int c = memcmp(x->key, y->key, n);

	if (c != 0)
		return c;
	return x->len < y->len ? -1 : x->len > y->len;
}

/* Equal keys next to each other, each run in the order written. */
static int
dict_entry_order(const void *a, const void *b)
{
	const struct dict_entry *x = *(const struct dict_entry *const *)a;
	const struct dict_entry *y = *(const struct dict_entry *const *)b;
	int c = dict_entry_compare(x, y);

	if (c != 0)
		return c;
	return x->order < y->order ? -1 : x->order > y->order;
}

/*
 * Points every valid entry at the first one with an equal key. A sort
 * costs n log n whatever the keys are: with a hash table, a file of keys
 * crafted to collide (easy with an unkeyed hash) would make it quadratic.
 */
static void
dict_link_equal_keys(struct dict_entry *entries, size_t count)
{
	struct dict_entry **sorted = xcalloc(count ? count : 1, sizeof *sorted);
	size_t i, m = 0;

	for (i = 0; i < count; i++)
		if (entries[i].valid)
			sorted[m++] = &entries[i];
	qsort(sorted, m, sizeof *sorted, dict_entry_order);
	for (i = 0; i < m; i++)
		sorted[i]->first = i > 0 &&
		    dict_entry_compare(sorted[i - 1], sorted[i]) == 0 ?
		    sorted[i - 1]->first : sorted[i];
	free(sorted);
}

/* The dict key of a key node, or false when PyYAML could not hash it. */
static bool
load_key_identity(struct load_ctx *ctx, const struct value *key,
    const char *path, struct dict_entry *entry)
{
	struct scalar s;

	if (key->kind != VALUE_SCALAR) {
		load_error(ctx, DIAG_UNHASHABLE_KEY, key->pos, path,
		    "a %s cannot be a mapping key: Python cannot hash it",
		    value_kind_name(key->kind));
		return false;
	}
	if (!load_construct(ctx, key, path, &s))
		return false;
	scalar_dict_key(key, ctx->options->schema, &s, &entry->key, &entry->len);
	return true;
}

static void
load_report_duplicate(struct load_ctx *ctx, const struct value_pair *first,
    const struct value_pair *again, const char *path)
{
	char *quoted = diag_quote(again->key->text, again->key->len, 60);
	char *key_path = value_path_key(path, again->key->text, again->key->len);
	struct diag *d;

	if (ctx->options->schema == SCALAR_SCHEMA_OMEGACONF) {
		/* OmegaConfLoader.construct_mapping refuses the file */
		d = diag_add(ctx->diags, DIAG_DUPLICATE_KEY, again->key->pos,
		    key_path, "duplicate key %s (first at line %u, column "
		    "%u): OmegaConf's loader refuses the file", quoted,
		    first->key->pos.line, first->key->pos.column);
		d->severity = DIAG_ERROR;
		d->upstream = DIAG_UPSTREAM_RAISES;
		diag_hint(d, "upstream raises first: ConstructorError: found "
		    "duplicate key %s", quoted);
	} else {
		d = diag_add(ctx->diags, DIAG_DUPLICATE_KEY, again->key->pos,
		    key_path, "duplicate key %s: this value replaces the one "
		    "at line %u, column %u", quoted, first->key->pos.line,
		    first->key->pos.column);
		diag_hint(d, "yaml.safe_load and json.loads keep the last "
		    "value without a word; delete one of the two");
	}
	free(key_path);
	free(quoted);
}

/* flatten_mapping makes a "=" key (the value tag) a plain string. */
static void
load_retag_value_key(struct load_ctx *ctx, struct value_pair *pair)
{
	struct value *copy;

	if (pair->key->kind != VALUE_SCALAR ||
	    scalar_resolve(pair->key, ctx->options->schema) != SCALAR_TAG_VALUE)
		return;
	copy = arena_alloc(&ctx->doc->arena, sizeof *copy);
	*copy = *pair->key;
	copy->tag = scalar_tag_name(SCALAR_TAG_STR);
	pair->key = copy;
}

void
load_finish_mapping(struct load_ctx *ctx, struct value *mapping,
    const struct value_pair *pairs, size_t count, const char *path)
{
	struct pair_vec all = { NULL, 0, 0 };
	struct dict_entry *entries, *first;
	struct value_pair *result;
	size_t i, own_start, n = 0;

	for (i = 0; i < count; i++)
		if (is_merge_key(ctx, pairs[i].key))
			load_flatten_merge(ctx, pairs[i].value, &all, path);
	own_start = all.len;
	for (i = 0; i < count; i++) {
		if (is_merge_key(ctx, pairs[i].key))
			continue;
		pair_vec_push(&all, &pairs[i], 1);
		load_retag_value_key(ctx, &all.items[all.len - 1]);
	}

	entries = xcalloc(all.len ? all.len : 1, sizeof *entries);
	result = arena_alloc(&ctx->doc->arena,
	    (all.len ? all.len : 1) * sizeof *result);
	for (i = 0; i < all.len; i++) {
		entries[i].order = i;
		entries[i].own = i >= own_start;
		entries[i].valid = load_key_identity(ctx, all.items[i].key, path,
		    &entries[i]);
	}
	dict_link_equal_keys(entries, all.len);
	for (i = 0; i < all.len; i++) {
		if (!entries[i].valid)
			continue;
		first = entries[i].first;
		if (first != &entries[i]) {
			if (first->own && entries[i].own)
				load_report_duplicate(ctx,
				    &result[first->index], &all.items[i], path);
			/* a dict keeps its first key object and the last value */
			result[first->index].value = all.items[i].value;
			continue;
		}
		entries[i].index = n;
		result[n++] = all.items[i];
	}
	for (i = 0; i < all.len; i++)
		free(entries[i].key);
	free(entries);
	free(all.items);
	mapping->pairs = result;
	mapping->len = n;
}

bool
load_source(struct source *src, const struct load_options *options,
    struct value_doc *doc, struct diag_list *diags)
{
	struct load_ctx ctx = { src, options, doc, diags, 0, false, false };
	struct source_pos start = { 1, 1 };
	struct diag *d;
	size_t bad;

	memset(doc, 0, sizeof *doc);
	if (src->too_big) {
		load_error(&ctx, DIAG_OVER_LIMIT, start, NULL,
		    "the file is larger than the limit of %zu MiB",
		    options->limits.max_file_size >> 20);
		return false;
	}
	bad = source_find_invalid_utf8(src);
	if (bad < src->len) {
		d = load_error(&ctx, DIAG_INVALID_UTF8, source_position(src, bad),
		    NULL, "not valid UTF-8: byte 0x%02x cannot be decoded here",
		    (unsigned char)src->data[bad]);
		if (src->len >= 2 && ((unsigned char)src->data[0] == 0xFF ||
		    (unsigned char)src->data[0] == 0xFE))
			diag_hint(d, "the file looks like UTF-16; save it as UTF-8");
		else
			diag_hint(d, "Python reads the file as UTF-8 and stops "
			    "with UnicodeDecodeError");
		return false;
	}
	doc->format = load_detect_format(src->name, src, options->format);
	switch (doc->format) {
	case VALUE_FORMAT_YAML:
		load_yaml(&ctx);
		break;
	case VALUE_FORMAT_JSON:
		load_json(&ctx);
		break;
	}
	if (ctx.failed || doc->root == NULL) {
		doc->root = NULL;
		return false;
	}
	if (doc->root->kind != VALUE_MAPPING) {
		d = diag_add(diags, DIAG_NOT_A_MAPPING, doc->root->pos, NULL,
		    "the top level is a %s, not a mapping of parameter names "
		    "to values", value_kind_name(doc->root->kind));
		diag_hint(d, "HfArgumentParser reads a mapping such as "
		    "'learning_rate: 2.0e-5'");
		return false;
	}
	return true;
}
