/*
 * load-yaml.c: YAML text to a value tree through libyaml's event API,
 * composed as PyYAML's Composer and SafeConstructor compose it: one
 * document, anchors and aliases (an alias shares its anchor's node), merge
 * keys, explicit tags checked. Iterative, so nesting costs heap, not stack.
 * Typing scalars is scalar.c's job; building dicts is load.c's.
 */
#define _GNU_SOURCE /* tdestroy */
#include <search.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "load-internal.h"
#include "targs/xalloc.h"

struct yaml_anchor {
	const char		*name;
	struct value		*node;
	bool			 complete;  /* false while its collection is open */
	struct source_pos	 pos;
};

struct yaml_frame {
	struct value		*node;
	struct value		**kids;     /* items, or key, value, key, value */
	size_t			 len, cap;
	char			*path;      /* key path of this collection */
	struct yaml_anchor	*anchor;
};

struct yaml_loader {
	struct load_ctx		*ctx;
	/* character index to byte offset, moving forward with the events */
	struct source_cursor	 cursor;
	/* the tab check (yaml_tabs_*): done up to this byte, and its state */
	size_t			 tabs_done;
	bool			 tabs_comment, tabs_line_start, tabs_line_reported;
	yaml_parser_t		 parser;
	struct yaml_frame	*stack;
	size_t			 depth, cap;
	void			*anchors;   /* tsearch tree of struct yaml_anchor */
	int			 documents;
	bool			 done;
};

static struct source_pos
yaml_pos(yaml_mark_t mark)
{
	struct source_pos pos = { (uint32_t)mark.line + 1,
	    (uint32_t)mark.column + 1 };

	return pos;
}

static int
yaml_anchor_compare(const void *a, const void *b)
{
	const struct yaml_anchor *x = a, *y = b;

	return strcmp(x->name, y->name);
}

static void
yaml_anchor_free(void *p)
{
	(void)p; /* anchors live in the document's arena */
}

/* PyYAML's Composer refuses a second anchor of the same name. */
static struct yaml_anchor *
yaml_define_anchor(struct yaml_loader *y, const char *name,
    struct value *node, struct source_pos pos)
{
	struct load_ctx *ctx = y->ctx;
	struct yaml_anchor *anchor, **found;
	struct diag *d;
	char *quoted;

	anchor = arena_alloc(&ctx->doc->arena, sizeof *anchor);
	anchor->name = arena_strndup(&ctx->doc->arena, name, strlen(name));
	anchor->node = node;
	anchor->pos = pos;
	found = tsearch(anchor, &y->anchors, yaml_anchor_compare);
	if (found == NULL)
		xalloc_oom();
	if (*found != anchor) {
		quoted = diag_quote(name, strlen(name), 60);
		d = load_error(ctx, DIAG_DUPLICATE_ANCHOR, pos, NULL,
		    "anchor &%.*s is defined twice; the first is at line %u, "
		    "column %u", (int)strlen(quoted) - 2, quoted + 1,
		    (*found)->pos.line, (*found)->pos.column);
		diag_hint(d, "yaml.safe_load stops with 'found duplicate "
		    "anchor'; give each anchor its own name");
		free(quoted);
		return NULL;
	}
	return anchor;
}

static struct yaml_anchor *
yaml_find_anchor(struct yaml_loader *y, const char *name)
{
	struct yaml_anchor key = { name, NULL, false, { 0, 0 } }, **found;

	found = tfind(&key, &y->anchors, yaml_anchor_compare);
	return found ? *found : NULL;
}

/* The key path of the child about to be added to the top frame. */
static char *
yaml_child_path(const struct yaml_loader *y)
{
	const struct yaml_frame *f;
	const struct value *key;

	if (y->depth == 0)
		return NULL;
	f = &y->stack[y->depth - 1];
	if (f->node->kind == VALUE_SEQUENCE)
		return value_path_index(f->path, f->len);
	if (f->len % 2 == 0) /* a key: it is shown by its mapping's path */
		return f->path ? xstrdup(f->path) : NULL;
	key = f->kids[f->len - 1];
	if (key->kind != VALUE_SCALAR)
		return value_path_key(f->path, "?", 1);
	return value_path_key(f->path, key->text, key->len);
}

static bool
yaml_at_key(const struct yaml_loader *y)
{
	const struct yaml_frame *f;

	if (y->depth == 0)
		return false;
	f = &y->stack[y->depth - 1];
	return f->node->kind == VALUE_MAPPING && f->len % 2 == 0;
}

/*
 * Adds a finished node (new, or shared through an alias) to the open
 * collection, or makes it the document's root.
 */
static void
yaml_add(struct yaml_loader *y, struct value *node)
{
	struct yaml_frame *f;

	if (y->depth == 0) {
		if (y->ctx->doc->root == NULL)
			y->ctx->doc->root = node;
		return;
	}
	f = &y->stack[y->depth - 1];
	f->kids = xgrowarray(f->kids, f->len, &f->cap, sizeof *f->kids);
	f->kids[f->len++] = node;
}

/* A value scalar must be constructible, as PyYAML builds every value. */
static void
yaml_check_value_scalar(struct yaml_loader *y, const struct value *node)
{
	struct scalar s;
	char *message, *path;

	if (yaml_at_key(y))
		return; /* keys are built with their mapping */
	if (scalar_construct(node, y->ctx->options->schema, &s, &message) ==
	    SCALAR_OK) {
		if (!load_float_out_of_range(node, &s))
			return;
	} else
		free(message);
	path = yaml_child_path(y);
	load_check_scalar(y->ctx, node, path);
	free(path);
}

static enum value_style
yaml_scalar_style(yaml_scalar_style_t style)
{
	switch (style) {
	case YAML_SINGLE_QUOTED_SCALAR_STYLE:
		return VALUE_STYLE_SINGLE_QUOTED;
	case YAML_DOUBLE_QUOTED_SCALAR_STYLE:
		return VALUE_STYLE_DOUBLE_QUOTED;
	case YAML_LITERAL_SCALAR_STYLE:
		return VALUE_STYLE_LITERAL;
	case YAML_FOLDED_SCALAR_STYLE:
		return VALUE_STYLE_FOLDED;
	case YAML_ANY_SCALAR_STYLE:
	case YAML_PLAIN_SCALAR_STYLE:
		break;
	}
	return VALUE_STYLE_PLAIN;
}

static const char *
yaml_copy_tag(struct yaml_loader *y, const yaml_char_t *tag)
{
	if (tag == NULL)
		return NULL;
	return arena_strndup(&y->ctx->doc->arena, (const char *)tag,
	    strlen((const char *)tag));
}

/* The byte offset of a libyaml mark; events come in document order. */
static size_t
yaml_mark_offset(struct yaml_loader *y, yaml_mark_t mark)
{
	return source_cursor_seek(y->ctx->src, &y->cursor, mark.index);
}

static void
yaml_report_tab(struct yaml_loader *y, size_t offset)
{
	struct source_pos pos = source_position(y->ctx->src, offset);
	struct diag *d;

	y->tabs_line_reported = true;
	if (y->tabs_line_start) {
		d = load_error(y->ctx, DIAG_TAB_INDENT, pos, NULL,
		    "a tab in the indentation, where YAML allows only spaces");
		diag_hint(d, "indent with spaces");
		return;
	}
	d = load_error(y->ctx, DIAG_TAB_INDENT, pos, NULL,
	    "a tab between tokens: PyYAML takes tabs only inside quoted and "
	    "block scalars and comments");
	diag_hint(d, "replace it with a space; yaml.safe_load stops with "
	    "\"found character '\\t' that cannot start any token\"");
}

/*
 * PyYAML's scanner skips only spaces between tokens, so a tab outside a
 * quoted or block scalar or a comment stops yaml.safe_load, although
 * libyaml takes many of them. The check runs along with the events over
 * the bytes between and inside scalars: outside a scalar a '#' starts a
 * comment; inside a plain scalar it does not, but a tab is still refused
 * (PyYAML ends the scalar there). One report per line.
 */
static void
yaml_tabs_scan(struct yaml_loader *y, size_t end, bool in_plain)
{
	const char *s = y->ctx->src->data;
	size_t i;

	for (i = y->tabs_done; i < end; i++) {
		if (s[i] == '\n' || s[i] == '\r') {
			y->tabs_comment = false;
			y->tabs_line_start = true;
			y->tabs_line_reported = false;
		} else if (s[i] == '#' && !in_plain)
			y->tabs_comment = true;
		else if (s[i] == '\t' && !y->tabs_comment) {
			if (!y->tabs_line_reported)
				yaml_report_tab(y, i);
		} else if (s[i] != ' ')
			y->tabs_line_start = false;
	}
	if (end > y->tabs_done)
		y->tabs_done = end;
}

/* Skips bytes PyYAML reads as the text of a quoted or block scalar. */
static void
yaml_tabs_skip(struct yaml_loader *y, size_t end)
{
	if (end > y->tabs_done) {
		y->tabs_done = end;
		y->tabs_line_start = false;
	}
}

/* The tab check over a scalar event and the bytes before it. */
static void
yaml_tabs_scalar(struct yaml_loader *y, const yaml_event_t *event,
    enum value_style style)
{
	const struct source *src = y->ctx->src;
	size_t start = yaml_mark_offset(y, event->start_mark);
	size_t end = yaml_mark_offset(y, event->end_mark);
	size_t header;

	yaml_tabs_scan(y, start, false);
	switch (style) {
	case VALUE_STYLE_PLAIN:
		yaml_tabs_scan(y, end, true);
		return;
	case VALUE_STYLE_LITERAL:
	case VALUE_STYLE_FOLDED:
		/* the header line (| or > and indicators) is no text */
		for (header = start; header < end && src->data[header] != '\n' &&
		    src->data[header] != '\r'; header++)
			;
		yaml_tabs_scan(y, header, false);
		yaml_tabs_skip(y, end);
		return;
	case VALUE_STYLE_SINGLE_QUOTED:
	case VALUE_STYLE_DOUBLE_QUOTED:
	case VALUE_STYLE_FLOW:
	case VALUE_STYLE_BLOCK:
		yaml_tabs_skip(y, end);
		return;
	}
}

static void
yaml_on_scalar(struct yaml_loader *y, const yaml_event_t *event)
{
	struct load_ctx *ctx = y->ctx;
	struct source_pos pos = yaml_pos(event->start_mark);
	struct value *node;

	if (!load_check_scalar_len(ctx, event->data.scalar.length, pos) ||
	    !load_count_nodes(ctx, 1, pos))
		return;
	node = load_new_node(ctx, VALUE_SCALAR, pos);
	node->style = yaml_scalar_style(event->data.scalar.style);
	node->tag = yaml_copy_tag(y, event->data.scalar.tag);
	node->text = arena_strndup(&ctx->doc->arena,
	    (const char *)event->data.scalar.value, event->data.scalar.length);
	node->len = event->data.scalar.length;
	yaml_tabs_scalar(y, event, node->style);
	if (event->data.scalar.anchor != NULL) {
		struct yaml_anchor *a = yaml_define_anchor(y,
		    (const char *)event->data.scalar.anchor, node, pos);

		if (a != NULL)
			a->complete = true;
	}
	yaml_check_value_scalar(y, node);
	yaml_add(y, node);
}

static void
yaml_on_alias(struct yaml_loader *y, const yaml_event_t *event)
{
	struct load_ctx *ctx = y->ctx;
	struct source_pos pos = yaml_pos(event->start_mark);
	const char *name = (const char *)event->data.alias.anchor;
	struct yaml_anchor *anchor = yaml_find_anchor(y, name);
	struct value *node;
	char *quoted = diag_quote(name, strlen(name), 60);
	struct diag *d;

	if (anchor == NULL || !anchor->complete) {
		if (anchor == NULL) {
			d = load_error(ctx, DIAG_UNDEFINED_ALIAS, pos, NULL,
			    "alias *%.*s names no anchor defined before it",
			    (int)strlen(quoted) - 2, quoted + 1);
			diag_hint(d, "define the anchor with &%.*s before the "
			    "alias; yaml.safe_load stops with 'found undefined "
			    "alias'", (int)strlen(quoted) - 2, quoted + 1);
		} else {
			d = load_error(ctx, DIAG_RECURSIVE_ALIAS, pos, NULL,
			    "alias *%.*s is inside the node its anchor names, at "
			    "line %u, column %u", (int)strlen(quoted) - 2,
			    quoted + 1, anchor->pos.line, anchor->pos.column);
			diag_hint(d, "the structure would contain itself; no "
			    "TrainingArguments value can be built from it");
		}
		free(quoted);
		/* stand in a null, so that composing can go on */
		if (!load_count_nodes(ctx, 1, pos))
			return;
		node = load_new_node(ctx, VALUE_SCALAR, pos);
		node->text = "";
		yaml_add(y, node);
		return;
	}
	free(quoted);
	if (!load_count_nodes(ctx, anchor->node->weight, pos))
		return;
	yaml_add(y, anchor->node);
}

static void
yaml_on_start(struct yaml_loader *y, const yaml_event_t *event,
    enum value_kind kind)
{
	struct load_ctx *ctx = y->ctx;
	struct source_pos pos = yaml_pos(event->start_mark);
	const yaml_char_t *anchor, *tag;
	struct yaml_frame *f;
	bool flow;

	if (!load_check_depth(ctx, (uint32_t)y->depth, pos) ||
	    !load_count_nodes(ctx, 1, pos))
		return;
	if (kind == VALUE_MAPPING) {
		anchor = event->data.mapping_start.anchor;
		tag = event->data.mapping_start.tag;
		flow = event->data.mapping_start.style == YAML_FLOW_MAPPING_STYLE;
	} else {
		anchor = event->data.sequence_start.anchor;
		tag = event->data.sequence_start.tag;
		flow = event->data.sequence_start.style ==
		    YAML_FLOW_SEQUENCE_STYLE;
	}
	y->stack = xgrowarray(y->stack, y->depth, &y->cap, sizeof *y->stack);
	f = &y->stack[y->depth];
	memset(f, 0, sizeof *f);
	f->path = yaml_child_path(y);
	f->node = load_new_node(ctx, kind, pos);
	f->node->style = flow ? VALUE_STYLE_FLOW : VALUE_STYLE_BLOCK;
	f->node->tag = yaml_copy_tag(y, tag);
	if (anchor != NULL)
		f->anchor = yaml_define_anchor(y, (const char *)anchor,
		    f->node, pos);
	y->depth++;
}

/* The collection tags SafeConstructor accepts, on the right kind of node. */
static void
yaml_check_collection_tag(struct yaml_loader *y, const struct value *node,
    const char *path)
{
	enum scalar_tag tag;
	size_t i;
	bool pairs_ok = true;
	char *name;

	if (node->tag == NULL || strcmp(node->tag, "!") == 0)
		return;
	tag = scalar_tag_of(node->tag);
	if (tag == SCALAR_TAG_UNKNOWN) {
		load_unknown_tag(y->ctx, node, path);
		return;
	}
	if (node->kind == VALUE_MAPPING &&
	    (tag == SCALAR_TAG_MAP || tag == SCALAR_TAG_SET))
		return;
	if (node->kind == VALUE_SEQUENCE && tag == SCALAR_TAG_SEQ)
		return;
	if (node->kind == VALUE_SEQUENCE &&
	    (tag == SCALAR_TAG_OMAP || tag == SCALAR_TAG_PAIRS)) {
		for (i = 0; i < node->len; i++)
			if (node->items[i]->kind != VALUE_MAPPING ||
			    node->items[i]->len != 1)
				pairs_ok = false;
		if (pairs_ok)
			return;
		name = scalar_tag_short(node->tag);
		load_error(y->ctx, DIAG_BAD_TAGGED_VALUE, node->pos, path,
		    "the tag '%s' takes a sequence of one-key mappings", name);
		free(name);
		return;
	}
	name = scalar_tag_short(node->tag);
	load_error(y->ctx, DIAG_BAD_TAGGED_VALUE, node->pos, path,
	    "the tag '%s' cannot be built from a %s", name,
	    value_kind_name(node->kind));
	free(name);
}

static void
yaml_on_end(struct yaml_loader *y)
{
	struct load_ctx *ctx = y->ctx;
	struct yaml_frame *f = &y->stack[--y->depth];
	struct value *node = f->node;
	uint64_t weight = 1;
	size_t i;

	for (i = 0; i < f->len; i++)
		weight += f->kids[i]->weight;
	node->weight = weight > UINT32_MAX ? UINT32_MAX : (uint32_t)weight;
	if (node->kind == VALUE_SEQUENCE) {
		node->items = arena_alloc(&ctx->doc->arena,
		    (f->len ? f->len : 1) * sizeof *node->items);
		if (f->len > 0)
			memcpy(node->items, f->kids, f->len * sizeof *f->kids);
		node->len = f->len;
	} else {
		struct value_pair *pairs = xcalloc(f->len / 2 + 1, sizeof *pairs);

		for (i = 0; i + 1 < f->len; i += 2) {
			pairs[i / 2].key = f->kids[i];
			pairs[i / 2].value = f->kids[i + 1];
		}
		load_finish_mapping(ctx, node, pairs, f->len / 2, f->path);
		free(pairs);
	}
	yaml_check_collection_tag(y, node, f->path);
	if (f->anchor != NULL)
		f->anchor->complete = true;
	free(f->kids);
	free(f->path);
	yaml_add(y, node);
}

/* libyaml's reader refused a character: PyYAML's reader refuses it too. */
static void
yaml_reader_error(struct yaml_loader *y)
{
	struct load_ctx *ctx = y->ctx;
	struct source_pos pos = source_position(ctx->src,
	    y->parser.problem_offset);
	struct diag *d;

	if (y->parser.problem_value == 0)
		d = load_error(ctx, DIAG_FORBIDDEN_CHARACTER, pos, NULL,
		    "a NUL byte: YAML does not allow it");
	else if (y->parser.problem_value > 0)
		d = load_error(ctx, DIAG_FORBIDDEN_CHARACTER, pos, NULL,
		    "the control character U+%04X is not allowed in YAML",
		    (unsigned)y->parser.problem_value);
	else
		d = load_error(ctx, DIAG_FORBIDDEN_CHARACTER, pos, NULL,
		    "%s", y->parser.problem);
	diag_hint(d, "yaml.safe_load stops with 'unacceptable character'");
}

static bool
yaml_problem_is(const struct yaml_loader *y, const char *problem)
{
	return y->parser.problem != NULL &&
	    strcmp(y->parser.problem, problem) == 0;
}

static bool
yaml_context_is(const struct yaml_loader *y, const char *context)
{
	return y->parser.context != NULL &&
	    strcmp(y->parser.context, context) == 0;
}

/* The character at a libyaml mark, or -1 at the end of the input. */
static int
yaml_char_at(struct yaml_loader *y, yaml_mark_t mark)
{
	struct source *src = y->ctx->src;
	size_t offset = source_offset(src, yaml_pos(mark));

	return offset < src->len ? (unsigned char)src->data[offset] : -1;
}

/*
 * Something never closed is better shown where it was opened: a quoted
 * scalar (libyaml's context mark), or the innermost open [ or {.
 */
static bool
yaml_unclosed(struct yaml_loader *y, struct source_pos end)
{
	const struct yaml_frame *f = y->depth ? &y->stack[y->depth - 1] : NULL;
	struct diag *d;

	if (yaml_char_at(y, y->parser.problem_mark) != -1)
		return false;
	if (yaml_context_is(y, "while scanning a quoted scalar"))
		d = load_error(y->ctx, DIAG_YAML_SYNTAX,
		    yaml_pos(y->parser.context_mark), NULL,
		    "this quoted string is never closed");
	else if (f != NULL && f->node->style == VALUE_STYLE_FLOW)
		d = load_error(y->ctx, DIAG_YAML_SYNTAX, f->node->pos, NULL,
		    "this '%c' is never closed",
		    f->node->kind == VALUE_SEQUENCE ? '[' : '{');
	else
		return false;
	diag_hint(d, "the file ends at line %u, column %u before it is closed",
	    end.line, end.column);
	return true;
}

/*
 * libyaml skips a byte order mark at the start of any line; PyYAML only at
 * the start of the file, and reads any other as text. Such a file is read
 * differently by the two, so targs reports the mark and reads no further.
 */
static bool
yaml_inner_bom(struct load_ctx *ctx)
{
	const char *s = ctx->src->data;
	size_t i;
	struct diag *d;

	for (i = 1; i + 3 <= ctx->src->len; i++) {
		if (memcmp(s + i, "\xEF\xBB\xBF", 3) != 0 ||
		    (s[i - 1] != '\n' && s[i - 1] != '\r'))
			continue;
		d = load_error(ctx, DIAG_YAML_SYNTAX,
		    source_position(ctx->src, i), NULL,
		    "a byte order mark (U+FEFF) at the start of a line");
		d->upstream = DIAG_UPSTREAM_ACCEPTS;
		diag_hint(d, "PyYAML reads it as part of the text that follows, "
		    "libyaml skips it; remove it");
		return true;
	}
	return false;
}

/* The tab problems libyaml reports, as targs reports them. */
static bool
yaml_tab_error(struct yaml_loader *y)
{
	yaml_parser_t *p = &y->parser;
	struct diag *d;

	if (yaml_problem_is(y, "found a tab character where an indentation "
	    "space is expected")) {
		/* in a block scalar's first lines, where PyYAML takes it */
		d = load_error(y->ctx, DIAG_TAB_INDENT, yaml_pos(p->problem_mark),
		    NULL, "a tab at the start of a block scalar's text, which "
		    "libyaml cannot read");
		d->upstream = DIAG_UPSTREAM_ACCEPTS;
		diag_hint(d, "PyYAML reads it as text; indent with spaces so that "
		    "every YAML reader does");
		return true;
	}
	if (yaml_char_at(y, p->problem_mark) != '\t' &&
	    !yaml_problem_is(y, "found a tab character that violates "
	    "indentation"))
		return false;
	if (!y->tabs_line_reported)
		yaml_report_tab(y, yaml_mark_offset(y, p->problem_mark));
	return true;
}

/* PyYAML keeps a UTF-16 surrogate escape ("\ud800") in the string. */
static bool
yaml_surrogate_escape(struct yaml_loader *y)
{
	const struct source *src = y->ctx->src;
	size_t at = yaml_mark_offset(y, y->parser.problem_mark);
	struct diag *d;
	unsigned long unit;
	char hex[5];

	if (!yaml_problem_is(y, "found invalid Unicode character escape code") ||
	    at + 4 > src->len)
		return false;
	memcpy(hex, src->data + at, 4);
	hex[4] = '\0';
	unit = strtoul(hex, NULL, 16);
	if (unit < 0xD800 || unit > 0xDFFF)
		return false;
	d = load_error(y->ctx, DIAG_YAML_SYNTAX, yaml_pos(y->parser.problem_mark),
	    NULL, "a UTF-16 surrogate escape: PyYAML keeps it in the string, "
	    "but it is not a character");
	d->upstream = DIAG_UPSTREAM_ACCEPTS;
	diag_hint(d, "write the character itself, or its \\U escape");
	return true;
}

static void
yaml_syntax_error(struct yaml_loader *y)
{
	struct load_ctx *ctx = y->ctx;
	yaml_parser_t *p = &y->parser;
	struct source_pos pos = yaml_pos(p->problem_mark);
	bool in_scalar;
	struct diag *d;

	if (p->error == YAML_READER_ERROR) {
		yaml_reader_error(y);
		return;
	}
	if (p->error == YAML_MEMORY_ERROR)
		xalloc_oom();
	/* the tab check up to the error, but not into a scalar being read */
	in_scalar = yaml_context_is(y, "while scanning a quoted scalar") ||
	    yaml_context_is(y, "while scanning a block scalar");
	yaml_tabs_scan(y, yaml_mark_offset(y, in_scalar ? p->context_mark :
	    p->problem_mark), false);
	if (yaml_tab_error(y) || yaml_surrogate_escape(y) ||
	    yaml_unclosed(y, pos))
		return;
	d = load_error(ctx, DIAG_YAML_SYNTAX, pos, NULL, "%s",
	    p->problem ? p->problem : "syntax error");
	if (p->context != NULL)
		diag_hint(d, "%s that starts at line %u, column %u", p->context,
		    (unsigned)p->context_mark.line + 1,
		    (unsigned)p->context_mark.column + 1);
}

/* Handles one event; false when loading stops. */
static bool
yaml_on_event(struct yaml_loader *y, const yaml_event_t *event)
{
	struct load_ctx *ctx = y->ctx;
	struct diag *d;

	switch (event->type) {
	case YAML_NO_EVENT:
	case YAML_STREAM_START_EVENT:
	case YAML_DOCUMENT_END_EVENT:
		return true;
	case YAML_STREAM_END_EVENT:
		y->done = true;
		return false;
	case YAML_DOCUMENT_START_EVENT:
		if (++y->documents == 1)
			return true;
		d = load_error(ctx, DIAG_MULTIPLE_DOCUMENTS,
		    yaml_pos(event->start_mark), NULL,
		    "a second YAML document starts here");
		diag_hint(d, "yaml.safe_load reads exactly one document; split "
		    "the file or remove the '---' line");
		return false;
	case YAML_ALIAS_EVENT:
		yaml_on_alias(y, event);
		break;
	case YAML_SCALAR_EVENT:
		yaml_on_scalar(y, event);
		break;
	case YAML_SEQUENCE_START_EVENT:
		yaml_on_start(y, event, VALUE_SEQUENCE);
		break;
	case YAML_MAPPING_START_EVENT:
		yaml_on_start(y, event, VALUE_MAPPING);
		break;
	case YAML_SEQUENCE_END_EVENT:
	case YAML_MAPPING_END_EVENT:
		yaml_on_end(y);
		break;
	}
	return !ctx->stopped;
}

static bool
yaml_root_is_empty(const struct value *root)
{
	return root->kind == VALUE_SCALAR && root->tag == NULL &&
	    root->style == VALUE_STYLE_PLAIN && root->len == 0;
}

/* Is the text at s (up to end) "---" followed by white space or the end? */
static bool
yaml_is_document_start(const char *s, size_t n)
{
	return n >= 3 && memcmp(s, "---", 3) == 0 &&
	    (n == 3 || strchr(" \t\r\n", s[3]) != NULL);
}

/*
 * A directive line libyaml refuses and PyYAML ignores: a well-formed name
 * other than YAML and TAG, or %YAML 1.x for x other than 1 and 2.
 */
static bool
yaml_directive_to_hide(const char *s, size_t n)
{
	size_t name = strspn(s + 1, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	    "abcdefghijklmnopqrstuvwxyz-_"), i;

	if (name == 0 || (1 + name < n && strchr(" \t\r", s[1 + name]) == NULL))
		return false; /* malformed: both refuse it */
	if (name == 3 && memcmp(s + 1, "TAG", 3) == 0)
		return false;
	if (name != 4 || memcmp(s + 1, "YAML", 4) != 0)
		return true;
	for (i = 5; i < n && (s[i] == ' ' || s[i] == '\t'); i++)
		;
	return i + 2 < n && s[i] == '1' && s[i + 1] == '.' && s[i + 2] != '1' &&
	    s[i + 2] != '2' && s[i + 2] >= '0' && s[i + 2] <= '9';
}

/*
 * Returns a copy of the text in which the directives of the prologue that
 * libyaml refuses and PyYAML ignores are comments (same length, so
 * positions hold), or NULL if there are none. Directives must be followed
 * by "---"; without it both refuse the file, and nothing is hidden.
 */
static char *
yaml_hide_unknown_directives(const struct source *src)
{
	size_t i = source_has_bom(src) ? 3 : 0, end, first, hide[64], n = 0, k;
	char *copy;

	for (; i < src->len; i = end + 1) {
		end = i;
		while (end < src->len && src->data[end] != '\n')
			end++;
		first = i;
		while (first < end && strchr(" \t\r", src->data[first]) != NULL)
			first++;
		if (first == end || src->data[first] == '#')
			continue; /* blank or comment */
		if (src->data[i] != '%')
			break; /* the prologue ends at the first other line */
		if (yaml_directive_to_hide(src->data + i, end - i) &&
		    n < sizeof hide / sizeof *hide)
			hide[n++] = i;
	}
	if (n == 0 || i >= src->len ||
	    !yaml_is_document_start(src->data + i, src->len - i))
		return NULL;
	copy = xstrndup(src->data, src->len);
	for (k = 0; k < n; k++)
		copy[hide[k]] = '#';
	return copy;
}

bool
load_yaml(struct load_ctx *ctx)
{
	struct yaml_loader y;
	yaml_event_t event;
	struct source_pos start = { 1, 1 };
	struct diag *d;
	char *hidden;
	size_t i;

	memset(&y, 0, sizeof y);
	y.ctx = ctx;
	y.tabs_line_start = true;
	source_cursor_init(ctx->src, &y.cursor);
	y.tabs_done = y.cursor.bytes;
	ctx->src->yaml_breaks = true;
	if (yaml_inner_bom(ctx))
		return false;
	if (!yaml_parser_initialize(&y.parser))
		xalloc_oom();
	hidden = yaml_hide_unknown_directives(ctx->src);
	yaml_parser_set_input_string(&y.parser, (const unsigned char *)
	    (hidden ? hidden : ctx->src->data), ctx->src->len);
	for (;;) {
		if (!yaml_parser_parse(&y.parser, &event)) {
			yaml_syntax_error(&y);
			break;
		}
		if (!yaml_on_event(&y, &event)) {
			yaml_event_delete(&event);
			break;
		}
		yaml_event_delete(&event);
	}
	if (y.done)
		yaml_tabs_scan(&y, ctx->src->len, false);
	for (i = 0; i < y.depth; i++) {
		free(y.stack[i].kids);
		free(y.stack[i].path);
	}
	free(y.stack);
	free(hidden);
	tdestroy(y.anchors, yaml_anchor_free);
	yaml_parser_delete(&y.parser);
	if (!y.done)
		ctx->failed = true;
	if (ctx->failed)
		return false;
	if (ctx->doc->root == NULL || yaml_root_is_empty(ctx->doc->root)) {
		d = load_error(ctx, DIAG_EMPTY_DOCUMENT,
		    ctx->doc->root ? ctx->doc->root->pos : start, NULL,
		    "the file holds no YAML document");
		diag_hint(d, "yaml.safe_load returns None, and HfArgumentParser "
		    "needs a mapping of parameter names to values");
		return false;
	}
	return true;
}
