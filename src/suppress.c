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

#include "suppress-internal.h"
#include "targs/load.h"
#include "targs/xalloc.h"

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

	sup->items = xgrowarray(sup->items, sup->len, &sup->cap,
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

/*
 * The comment a block scalar's header may end with ("key: |  # ..."):
 * libyaml's token spans it, so no gap holds it.
 */
static void
suppress_block_header(struct suppressions *sup, struct source *src,
    size_t start, size_t end)
{
	size_t i = start, stop;

	while (i < end && strchr("|>+-0123456789", src->data[i]) != NULL &&
	    src->data[i] != '\0')
		i++;
	while (i < end && suppress_blank(src->data[i]))
		i++;
	if (i == end || src->data[i] != '#')
		return;
	for (stop = i; stop < end && src->data[stop] != '\n' &&
	    src->data[stop] != '\r'; stop++)
		;
	suppress_comment(sup, src, i, stop);
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
		if (token.type == YAML_SCALAR_TOKEN &&
		    (token.data.scalar.style == YAML_LITERAL_SCALAR_STYLE ||
		    token.data.scalar.style == YAML_FOLDED_SCALAR_STYLE))
			suppress_block_header(sup, src, to, from);
		flow += suppress_flow_step(token.type);
		done = token.type == YAML_STREAM_END_TOKEN ||
		    flow > (long)load_default_limits.max_depth;
		yaml_token_delete(&token);
	}
	yaml_parser_delete(&parser);
}

/* What the directive's codes match, each code once. */
static void
suppress_match_ids(struct suppression *s)
{
	size_t j;
	int id;

	for (id = 0; id < DIAG_ID_COUNT; id++) {
		if (s->blanket) {
			suppress_ids_add(s->silences, (enum diag_id)id);
			continue;
		}
		for (j = 0; j < s->code_count; j++)
			if (rule_selector_match(s->codes[j],
			    diag_code_table[id].code) >= 0) {
				suppress_ids_add(s->silences, (enum diag_id)id);
				break;
			}
	}
}

/* Groups the line directives by line, and finds each code's file one. */
static void
suppress_group(struct suppressions *sup)
{
	struct suppress_line *g = NULL;
	struct suppression *s;
	size_t i, w;
	int id;

	sup->lines = xcalloc(sup->len + 1, sizeof *sup->lines);
	sup->file_first = xcalloc(DIAG_ID_COUNT, sizeof *sup->file_first);
	for (id = 0; id < DIAG_ID_COUNT; id++)
		sup->file_first[id] = sup->len;
	for (i = 0; i < sup->len; i++) {
		s = &sup->items[i];
		suppress_match_ids(s);
		if (s->file_wide) {
			for (id = 0; id < DIAG_ID_COUNT; id++)
				if (sup->file_first[id] == sup->len &&
				    suppress_ids_has(s->silences,
				    (enum diag_id)id))
					sup->file_first[id] = i;
			continue;
		}
		if (g == NULL || g->line != s->pos.line) {
			g = &sup->lines[sup->line_count++];
			g->line = s->pos.line;
			g->first = i;
			g->memo_id = DIAG_ID_COUNT;
		}
		g->end = i + 1;
		for (w = 0; w < SUPPRESS_WORDS; w++)
			g->any[w] |= s->silences[w];
	}
}

/* The group of line's directives, or sup->line_count. */
size_t
suppress_line_find(const struct suppressions *sup, uint32_t line)
{
	size_t lo = 0, hi = sup->line_count, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (sup->lines[mid].line < line)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < sup->line_count && sup->lines[lo].line == line ? lo :
	    sup->line_count;
}

static void
suppress_add_key(struct suppressions *sup, const char *path, uint32_t line)
{
	size_t group = suppress_line_find(sup, line);

	if (group == sup->line_count)
		return;
	sup->keys = xgrowarray(sup->keys, sup->key_count, &sup->key_cap,
	    sizeof *sup->keys);
	sup->keys[sup->key_count].path = xstrdup(path);
	sup->keys[sup->key_count++].group = group;
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
	return x->group < y->group ? -1 : x->group > y->group;
}

void
suppress_scan(struct source *src, const struct value_doc *doc,
    struct suppressions *sup)
{
	memset(sup, 0, sizeof *sup);
	if (doc->format != VALUE_FORMAT_YAML ||
	    memmem(src->data, src->len, SUPPRESS_MARK,
	    strlen(SUPPRESS_MARK)) == NULL)
		return;
	suppress_find_comments(sup, src);
	if (sup->len == 0)
		return;
	suppress_group(sup);
	if (sup->line_count == 0 || doc->root == NULL)
		return;
	suppress_walk(sup, doc->root, NULL);
	if (sup->key_count > 1)
		qsort(sup->keys, sup->key_count, sizeof *sup->keys,
		    suppress_key_compare);
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
	free(sup->lines);
	free(sup->file_first);
	memset(sup, 0, sizeof *sup);
}
