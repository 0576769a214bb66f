/*
 * cmd-explain.c: `targs explain NAME|CODE`: one parameter of the schema
 * table, across every release it exists in, or one diagnostic code.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "targs/cmd.h"
#include "targs/rules.h"
#include "targs/diag.h"
#include "targs/schema.h"
#include "targs/suggest.h"
#include "targs/xalloc.h"

#define EXPLAIN_WIDTH 76
#define EXPLAIN_INDENT "             "

static const struct cmd_option cmd_explain_options[] = {
	CMD_SCHEMA_OPTIONS,
	{ 0 },
};

/* Prints words of text to out from column col, wrapping at EXPLAIN_WIDTH. */
static void
explain_wrap(FILE *out, const char *text, size_t col, const char *indent)
{
	const char *p = text, *end;
	size_t len;

	while (*p != '\0') {
		end = strchr(p, ' ');
		len = end != NULL ? (size_t)(end - p) : strlen(p);
		if (p != text && col + 1 + len > EXPLAIN_WIDTH) {
			fprintf(out, "\n%s", indent);
			col = strlen(indent);
		} else if (p != text) {
			fputc(' ', out);
			col++;
		}
		fprintf(out, "%.*s", (int)len, p);
		col += len;
		p += len;
		while (*p == ' ')
			p++;
	}
	fputc('\n', out);
}

/* "  label      " then text, wrapped under itself. */
static void
explain_field(const char *label, const char *text)
{
	printf("  %-10s ", label);
	explain_wrap(stdout, text, 13, EXPLAIN_INDENT);
}

static char *
explain_range(int first, int last)
{
	char buf[2 * VERSION_TEXT_MAX];

	return xstrdup(version_format_range(first, last, buf));
}

/* "int or null, default 1800" */
static char *
explain_variant(const struct schema_variant *v)
{
	const char *type = schema_type_name(v->type);

	if (v->required)
		return xasprintf("%s, required (no default)", type);
	return xasprintf("%s%s, default %s%s%s", type,
	    v->nullable ? " or null" : "", v->def, v->note != NULL ? "; " : "",
	    v->note != NULL ? v->note : "");
}

static void
explain_values(const struct schema_enum *e, int version)
{
	const struct schema_member *m;
	char *list = xstrdup(""), *next, *range;

	for (m = e->members; m->name != NULL; m++) {
		if (!schema_member_in(m, version))
			continue;
		next = xasprintf("%s%s%s", list, *list ? ", " : "", m->name);
		free(list);
		list = next;
	}
	explain_field("allowed", *list ? list : "(none in this release)");
	free(list);
	list = xstrdup("");
	for (m = e->members; m->name != NULL; m++) {
		if (m->since == 0 && m->removed == 0)
			continue;
		range = explain_range(m->since ? m->since : VERSION_OLDEST,
		    schema_member_last(m));
		next = xasprintf("%s%s%s %s", list, *list ? ", " : "", m->name,
		    range);
		free(list);
		free(range);
		list = next;
	}
	if (*list)
		explain_field("changes", list);
	free(list);
	next = xasprintf("%s; other values: %s", e->name,
	    e->check == SCHEMA_CHECK_CLASS ? "__post_init__ raises" :
	    e->check == SCHEMA_CHECK_TRAINER ? "the Trainer raises when it "
	    "starts" : e->check == SCHEMA_CHECK_ARGPARSE ? "refused on the "
	    "command line only; a file passes" : "accepted silently");
	explain_field("checked", next);
	free(next);
}

static void
explain_bounds(const struct schema_bounds *b)
{
	char *text;

	if (b->flags == 0)
		return;
	if ((b->flags & SCHEMA_MIN) && (b->flags & SCHEMA_MAX))
		text = xasprintf("%s%g, %g%s", b->flags & SCHEMA_MIN_OPEN ?
		    "(" : "[", b->min, b->max, b->flags & SCHEMA_MAX_OPEN ?
		    ")" : "]");
	else if (b->flags & SCHEMA_MIN)
		text = xasprintf("%s %g", b->flags & SCHEMA_MIN_OPEN ? ">" :
		    ">=", b->min);
	else
		text = xasprintf("%s %g", b->flags & SCHEMA_MAX_OPEN ? "<" :
		    "<=", b->max);
	explain_field("bounds", text);
	free(text);
}

/* The release before the variant after i takes over. */
static int
explain_variant_last(const struct schema_row *row, size_t i)
{
	if (i + 1 < SCHEMA_MAX_VARIANTS && row->variants[i + 1].since != 0)
		return version_prev(row->variants[i + 1].since);
	return schema_row_last(row);
}

/*
 * Each variant with the releases it holds in, when there is more than
 * one; variants that read the same (they differ only in what the
 * command-line parser does) are shown as one.
 */
static void
explain_history(const struct schema_row *row)
{
	char *range, *desc, *next, *line;
	size_t i, j, shown = 0;

	if (row->variants[1].since == 0)
		return;
	for (i = 0; i < SCHEMA_MAX_VARIANTS && row->variants[i].since; i = j) {
		desc = explain_variant(&row->variants[i]);
		for (j = i + 1; j < SCHEMA_MAX_VARIANTS &&
		    row->variants[j].since; j++) {
			next = explain_variant(&row->variants[j]);
			if (strcmp(next, desc) != 0) {
				free(next);
				break;
			}
			free(next);
		}
		range = explain_range(row->variants[i].since,
		    explain_variant_last(row, j - 1));
		line = xasprintf("%s: %s", range, desc);
		explain_field(shown++ == 0 ? "history" : "", line);
		free(line);
		free(desc);
		free(range);
	}
}

/* The rows this one replaced, and the row that replaced it. */
static void
explain_renames(const struct schema_row *row)
{
	char *range, *line;
	size_t i;

	for (i = 0; i < schema_table_len; i++) {
		const struct schema_row *old = &schema_table[i];
		size_t len;

		if (old->replaced_by == NULL)
			continue;
		len = strlen(row->name);
		if (strncmp(old->replaced_by, row->name, len) != 0 ||
		    (old->replaced_by[len] != '\0' &&
		    old->replaced_by[len] != '.'))
			continue;
		range = explain_range(old->since, schema_row_last(old));
		line = xasprintf("%s (%s)", old->name, range);
		explain_field("replaces", line);
		free(line);
		free(range);
	}
	if (row->replaced_by != NULL)
		explain_field("use", row->replaced_by);
	if (row->migration != NULL)
		explain_field("migrate", row->migration);
}

/* The first line: what the name is in the selected release. */
static void
explain_status(const struct schema_row *row, const struct cmd_schema_choice *c)
{
	char v[VERSION_TEXT_MAX], d[VERSION_TEXT_MAX], r[VERSION_TEXT_MAX];

	version_format(c->version, v);
	if (schema_row_in(row, c->version, (enum schema_class)c->cls)) {
		printf("%s: a parameter of %s in transformers %s", row->name,
		    schema_class_name((enum schema_class)c->cls), v);
		if (row->deprecated != 0 && c->version >= row->deprecated)
			printf(", deprecated since %s",
			    version_format(row->deprecated, d));
		printf("\n");
	} else if (row->cls == SCHEMA_CLASS_SEQ2SEQ &&
	    c->cls != SCHEMA_CLASS_SEQ2SEQ)
		printf("%s: only in Seq2SeqTrainingArguments (--class "
		    "seq2seq)\n", row->name);
	else if (c->version < row->since)
		printf("%s: not yet in transformers %s: added in %s\n",
		    row->name, v, version_format(row->since, r));
	else
		printf("%s: not in transformers %s: removed in %s\n",
		    row->name, v, version_format(row->removed, r));
}

static void
explain_row(const struct schema_row *row, const struct cmd_schema_choice *c)
{
	const struct schema_variant *v;
	int version = c->version;
	char *text;

	explain_status(row, c);
	/* Outside its span, describe the row as its last release had it. */
	if (version < row->since)
		version = row->since;
	else if (version > schema_row_last(row))
		version = schema_row_last(row);
	v = schema_variant_at(row, version);
	putchar('\n');
	fputs("  ", stdout);
	explain_wrap(stdout, row->doc, 2, "  ");
	putchar('\n');
	explain_field("group", schema_group_name(row->group));
	text = explain_range(row->since, schema_row_last(row));
	explain_field("releases", text);
	free(text);
	text = xasprintf("%s%s", schema_type_name(v->type),
	    v->nullable ? " or null" : "");
	explain_field("type", text);
	free(text);
	explain_field("default", v->required ? "required (no default)" : v->def);
	if (v->note != NULL)
		explain_field("", v->note);
	if (v->values != NULL)
		explain_values(v->values, version);
	explain_bounds(&row->bounds);
	explain_history(row);
	explain_renames(row);
}

/* The rules that report a code: releases, parameters read, reference. */
static void
explain_rules(FILE *out, enum diag_id id)
{
	const struct rule *r = NULL;
	char range[2 * VERSION_TEXT_MAX];
	bool first = true;

	while ((r = rules_for_code(id, r)) != NULL) {
		if (first)
			fputc('\n', out);
		first = false;
		fprintf(out, "  rule %s (reference %s), transformers %s\n",
		    r->name, r->ref, version_format_range(r->since,
		    r->removed != 0 ? version_prev(r->removed) : VERSION_NEWEST,
		    range));
		fprintf(out, "    reads: %s\n", r->reads);
	}
}

/* Also the help text of each rule in `check --format sarif`. */
void
cmd_explain_code(FILE *out, enum diag_id id)
{
	const struct diag_code *code = &diag_code_table[id];
	const char *upstream = diag_upstream_name(code->upstream);

	fprintf(out, "%s %s: %s", code->code, code->name,
	    diag_severity_name(code->severity));
	if (upstream != NULL)
		fprintf(out, "; upstream %s", upstream);
	fputs("\n\n  ", out);
	explain_wrap(out, code->summary, 2, "  ");
	explain_rules(out, id);
}

static const struct diag_code *
explain_find_code(const char *name)
{
	size_t i;

	for (i = 0; i < DIAG_ID_COUNT; i++)
		if (strcasecmp(diag_code_table[i].code, name) == 0 ||
		    strcmp(diag_code_table[i].name, name) == 0)
			return &diag_code_table[i];
	return NULL;
}

static enum cmd_exit
explain_unknown(const char *name)
{
	const char **names;

	schema_names(&names);
	fprintf(stderr, "targs explain: '%s' is neither a parameter of a "
	    "transformers release targs knows nor a diagnostic code\n", name);
	suggest_print(stderr, name, names);
	free(names);
	return CMD_EXIT_TROUBLE;
}

static enum cmd_exit
cmd_explain_exec(const struct args *args)
{
	const char *name = args->argv[0];
	struct cmd_schema_choice choice;
	const struct schema_row *row;
	const struct diag_code *code;

	if (!cmd_schema_select(args, false, &choice))
		return CMD_EXIT_TROUBLE;
	if ((row = schema_find(name)) != NULL) {
		explain_row(row, &choice);
		return CMD_EXIT_OK;
	}
	if ((code = explain_find_code(name)) != NULL) {
		cmd_explain_code(stdout,
		    (enum diag_id)(code - diag_code_table));
		return CMD_EXIT_OK;
	}
	return explain_unknown(name);
}

const struct cmd_entry cmd_explain_entry = {
	.name = "explain",
	.summary = "describe a parameter or a diagnostic code",
	.usage = "[options] NAME|CODE",
	.description =
	    "Describe the TrainingArguments parameter NAME: its type, default\n"
	    "and allowed values in the selected transformers release, the\n"
	    "releases it exists in, how it changed, and what replaced it or\n"
	    "what it replaced. Removed and renamed names are explained too.\n"
	    "CODE is a diagnostic code such as TA111, or its name.",
	.options = cmd_explain_options,
	.min_args = 1,
	.max_args = 1,
	.operands = CMD_COMPLETE_EXPLAIN,
	.exec = cmd_explain_exec,
};
