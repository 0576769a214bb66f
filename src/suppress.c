/*
 * suppress.c: suppression comments (see suppress.h).
 *
 * libyaml does not report comments, but its scanner skips nothing else
 * between two tokens: every '#' in the gap between one token's end and
 * the next one's start opens a comment, and a '#' inside a token (a
 * quoted or plain scalar, a block scalar) is text. So the comments are
 * read from the gaps of one scan, only for files that hold "targs:" at
 * all.
 */
#define _GNU_SOURCE /* memmem */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "targs/load.h"
#include "targs/suppress.h"
#include "targs/xalloc.h"

struct suppression {
	struct source_pos	 pos;        /* of the comment's '#' */
	bool			 file_wide;  /* ignore-file */
	bool			 blanket;    /* no codes: every code */
	bool			 used_any;
	char			**codes;
	bool			*used;       /* per code */
	size_t			 code_count;
	char			*problem;    /* why (part of) it was not read */
};

struct suppress_key {
	char	*path;
	size_t	 index;   /* into suppressions.items */
};

#define SUPPRESS_MARK "targs:"

static bool
suppress_blank(char c)
{
	return c == ' ' || c == '\t';
}

static struct suppression *
suppress_new(struct suppressions *sup, struct source_pos pos)
{
	struct suppression *s;

	sup->items = xreallocarray(sup->items, sup->len + 1,
	    sizeof *sup->items);
	s = &sup->items[sup->len++];
	memset(s, 0, sizeof *s);
	s->pos = pos;
	return s;
}

static void
suppress_problem(struct suppression *s, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Keeps the first reason a directive could not be read. */
static void
suppress_problem(struct suppression *s, const char *fmt, ...)
{
	va_list ap;

	if (s->problem != NULL)
		return;
	va_start(ap, fmt);
	s->problem = xvasprintf(fmt, ap);
	va_end(ap);
}

/* Reads "CODE, CODE" between the brackets; bad items become the problem. */
static void
suppress_codes(struct suppression *s, const char *p, const char *end)
{
	const char *item, *stop;
	size_t len;
	char *code;

	while (p <= end) {
		item = p;
		stop = memchr(p, ',', (size_t)(end - p));
		if (stop == NULL)
			stop = end;
		while (item < stop && suppress_blank(*item))
			item++;
		len = (size_t)(stop - item);
		while (len > 0 && suppress_blank(item[len - 1]))
			len--;
		code = xstrndup(item, len);
		if (rule_selector_valid(code) && strcmp(code, "ALL") != 0) {
			s->codes = xreallocarray(s->codes, s->code_count + 1,
			    sizeof *s->codes);
			s->codes[s->code_count++] = code;
		} else {
			if (len == 0)
				suppress_problem(s, "an empty code in the "
				    "brackets");
			else
				suppress_problem(s, "'%.*s' is no code targs "
				    "reports", (int)len, item);
			free(code);
		}
		p = stop + 1;
	}
	s->used = xcalloc(s->code_count + 1, sizeof *s->used);
}

/*
 * One directive; p is just past "targs:", end the end of the comment.
 * Returns where the directive ends.
 */
static const char *
suppress_directive(struct suppressions *sup, struct source_pos pos,
    const char *p, const char *end)
{
	struct suppression *s = suppress_new(sup, pos);
	const char *word, *close, *after;

	while (p < end && suppress_blank(*p))
		p++;
	word = p;
	while (p < end && ((*p >= 'a' && *p <= 'z') || *p == '-'))
		p++;
	if ((size_t)(p - word) == 11 && memcmp(word, "ignore-file", 11) == 0)
		s->file_wide = true;
	else if ((size_t)(p - word) != 6 || memcmp(word, "ignore", 6) != 0) {
		suppress_problem(s, "'%.*s' is no directive: write "
		    "ignore[CODE,...] or ignore-file[CODE,...]",
		    (int)(p - word), word);
		s->used = xcalloc(1, sizeof *s->used);
		return p;
	}
	for (after = p; after < end && suppress_blank(*after); after++)
		;
	if (after > p && after < end && *after == '[') {
		/* "ignore [TA203]" read as a blanket would silence too much */
		suppress_problem(s, "write the codes right after '%.*s', as in "
		    "%.*s[TA203]", (int)(p - word), word, (int)(p - word),
		    word);
		s->used = xcalloc(1, sizeof *s->used);
		return p;
	}
	if (p == end || suppress_blank(*p) || *p == '#') {
		s->blanket = true;
		s->used = xcalloc(1, sizeof *s->used);
		return p;
	}
	if (*p != '[' || (close = memchr(p, ']', (size_t)(end - p))) == NULL) {
		if (*p == '[')
			suppress_problem(s, "no ']' closes the codes");
		else
			suppress_problem(s, "write the codes in brackets, as "
			    "in ignore[TA203]");
		s->used = xcalloc(1, sizeof *s->used);
		return p;
	}
	suppress_codes(s, p + 1, close);
	return close + 1;
}

/*
 * One comment, from its '#' at start to end. A directive opens the comment
 * or follows another '#' in it: "# targs: ignore[TA203]", "# why # targs:
 * ignore[TA203]".
 */
static void
suppress_comment(struct suppressions *sup, struct source *src, size_t start,
    size_t end)
{
	const char *p = src->data + start, *stop = src->data + end, *q;

	while (p < stop) {
		q = p + 1;
		while (q < stop && suppress_blank(*q))
			q++;
		if ((size_t)(stop - q) >= strlen(SUPPRESS_MARK) &&
		    memcmp(q, SUPPRESS_MARK, strlen(SUPPRESS_MARK)) == 0)
			q = suppress_directive(sup, source_position(src,
			    (size_t)(p - src->data)), q + strlen(SUPPRESS_MARK),
			    stop);
		p = memchr(q, '#', (size_t)(stop - q));
		if (p == NULL)
			break;
	}
}

/* The comments in the bytes between two tokens. */
static void
suppress_gap(struct suppressions *sup, struct source *src, size_t from,
    size_t to)
{
	size_t i = from, end;

	while (i < to) {
		if (src->data[i] != '#') {
			i++;
			continue;
		}
		end = i;
		while (end < to && src->data[end] != '\n' &&
		    src->data[end] != '\r')
			end++;
		suppress_comment(sup, src, i, end);
		i = end;
	}
}

/*
 * How much deeper a token takes the flow nesting. libyaml's scanner looks
 * at every open flow level for each token, so a scan past the loader's
 * depth limit (where loading stopped anyway) would take quadratic time.
 */
static int
suppress_flow_step(yaml_token_type_t type)
{
	switch (type) {
	case YAML_FLOW_SEQUENCE_START_TOKEN:
	case YAML_FLOW_MAPPING_START_TOKEN:
		return 1;
	case YAML_FLOW_SEQUENCE_END_TOKEN:
	case YAML_FLOW_MAPPING_END_TOKEN:
		return -1;
	default:
		return 0;
	}
}

/* Scans src's tokens and reads the comments between them. */
static void
suppress_find_comments(struct suppressions *sup, struct source *src)
{
	struct source_cursor cursor;
	yaml_parser_t parser;
	yaml_token_t token;
	size_t from, to;
	long flow = 0;
	bool done = false;

	source_cursor_init(src, &cursor);
	from = cursor.bytes;
	if (!yaml_parser_initialize(&parser))
		xalloc_oom();
	yaml_parser_set_input_string(&parser,
	    (const unsigned char *)src->data, src->len);
	/* After a scanner error the rest cannot be told apart: stop. */
	while (!done && yaml_parser_scan(&parser, &token)) {
		to = source_cursor_seek(src, &cursor, token.start_mark.index);
		if (to > from)
			suppress_gap(sup, src, from, to);
		from = source_cursor_seek(src, &cursor, token.end_mark.index);
		flow += suppress_flow_step(token.type);
		done = token.type == YAML_STREAM_END_TOKEN ||
		    flow > (long)load_default_limits.max_depth;
		yaml_token_delete(&token);
	}
	yaml_parser_delete(&parser);
}

/* The first line directive on line, or sup->len. */
static size_t
suppress_first_on(const struct suppressions *sup, uint32_t line)
{
	size_t lo = 0, hi = sup->len, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (sup->items[mid].pos.line < line)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static void
suppress_add_key(struct suppressions *sup, const char *path, uint32_t line)
{
	size_t i;

	for (i = suppress_first_on(sup, line);
	    i < sup->len && sup->items[i].pos.line == line; i++) {
		if (sup->items[i].file_wide)
			continue;
		sup->keys = xreallocarray(sup->keys, sup->key_count + 1,
		    sizeof *sup->keys);
		sup->keys[sup->key_count].path = xstrdup(path);
		sup->keys[sup->key_count++].index = i;
	}
}

/* Records the keys that start on a directive's line, with their paths. */
static void
suppress_walk(struct suppressions *sup, const struct value *v,
    const char *path)
{
	const struct value *key;
	char *child;
	size_t i;

	for (i = 0; i < v->len && v->kind != VALUE_SCALAR; i++) {
		if (v->kind == VALUE_SEQUENCE) {
			child = value_path_index(path, i);
			suppress_walk(sup, v->items[i], child);
			free(child);
			continue;
		}
		key = v->pairs[i].key;
		if (key->kind != VALUE_SCALAR)
			continue;
		child = value_path_key(path, key->text, key->len);
		suppress_add_key(sup, child, key->pos.line);
		suppress_walk(sup, v->pairs[i].value, child);
		free(child);
	}
}

static int
suppress_key_compare(const void *a, const void *b)
{
	const struct suppress_key *x = a, *y = b;
	int c = strcmp(x->path, y->path);

	if (c != 0)
		return c;
	return x->index < y->index ? -1 : x->index > y->index;
}

void
suppress_scan(struct source *src, const struct value_doc *doc,
    struct suppressions *sup)
{
	size_t i;

	memset(sup, 0, sizeof *sup);
	if (doc->format != VALUE_FORMAT_YAML ||
	    memmem(src->data, src->len, SUPPRESS_MARK,
	    strlen(SUPPRESS_MARK)) == NULL)
		return;
	suppress_find_comments(sup, src);
	for (i = 0; i < sup->len; i++) {
		if (!sup->items[i].file_wide)
			continue;
		sup->files = xreallocarray(sup->files, sup->file_count + 1,
		    sizeof *sup->files);
		sup->files[sup->file_count++] = i;
	}
	if (sup->len == 0 || doc->root == NULL)
		return;
	suppress_walk(sup, doc->root, NULL);
	if (sup->key_count > 1)
		qsort(sup->keys, sup->key_count, sizeof *sup->keys,
		    suppress_key_compare);
}

/* True when s silences code; marks what did. */
static bool
suppress_silences(struct suppression *s, const char *code)
{
	bool hit = false;
	size_t j;

	if (s->blanket)
		return s->used_any = true;
	for (j = 0; j < s->code_count; j++)
		if (rule_selector_match(s->codes[j], code) >= 0)
			hit = s->used[j] = s->used_any = true;
	return hit;
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
suppress_by_key(struct suppressions *sup, const char *key, const char *code)
{
	size_t len, i;

	for (len = 1; key[len - 1] != '\0'; len++) {
		if (key[len] != '\0' && key[len] != '.' && key[len] != '[')
			continue;
		for (i = suppress_key_find(sup, key, len);
		    i < sup->key_count &&
		    strncmp(sup->keys[i].path, key, len) == 0 &&
		    sup->keys[i].path[len] == '\0'; i++)
			if (suppress_silences(&sup->items[sup->keys[i].index],
			    code))
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
	const char *code = diag_code_table[d->id].code;
	size_t i;

	if (suppress_own_code(d->id))
		return true;
	/* The nearest directive is the one used: line, key, then file. */
	for (i = suppress_first_on(sup, d->pos.line);
	    i < sup->len && sup->items[i].pos.line == d->pos.line; i++)
		if (!sup->items[i].file_wide &&
		    suppress_silences(&sup->items[i], code))
			return false;
	if (d->key != NULL && suppress_by_key(sup, d->key, code))
		return false;
	for (i = 0; i < sup->file_count; i++)
		if (suppress_silences(&sup->items[sup->files[i]], code))
			return false;
	return true;
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

void
suppressions_release(struct suppressions *sup)
{
	size_t i, j;

	for (i = 0; i < sup->len; i++) {
		for (j = 0; j < sup->items[i].code_count; j++)
			free(sup->items[i].codes[j]);
		free(sup->items[i].codes);
		free(sup->items[i].used);
		free(sup->items[i].problem);
	}
	for (i = 0; i < sup->key_count; i++)
		free(sup->keys[i].path);
	free(sup->items);
	free(sup->keys);
	free(sup->files);
	memset(sup, 0, sizeof *sup);
}
