/*
 * output-text.c: the human-readable report: each diagnostic with its
 * source line and a caret, as rustc and actionlint print them, and the
 * closing tally. Colour only when asked (term.h decides).
 */
#include <stdio.h>
#include <string.h>

#include "targs/output.h"
#include "targs/term.h"

/* Longer source lines are shown as a window around the column. */
enum {
	OUTPUT_LINE_MAX = 160,
	OUTPUT_WINDOW_BEFORE = 60,
};

/*
 * A hint; upstream's messages may hold line breaks, whose lines are
 * indented under the first.
 */
static void
output_text_lines(FILE *out, const char *text)
{
	const char *nl;

	while ((nl = strchr(text, '\n')) != NULL) {
		fprintf(out, "%.*s\n          ", (int)(nl - text), text);
		text = nl + 1;
	}
	fprintf(out, "%s\n", text);
}

static const char *
output_severity_color(const struct term_style *st, enum diag_severity sev)
{
	switch (sev) {
	case DIAG_ERROR:
		return st->error;
	case DIAG_WARNING:
		return st->warning;
	case DIAG_INFO:
		return st->info;
	}
	return st->bold;
}

/* The code point of the well-formed UTF-8 character at s, or -1. */
static long
output_decode(const unsigned char *s, size_t k)
{
	static const unsigned char lead_bits[] = { 0, 0x7F, 0x1F, 0x0F, 0x07 };
	long cp;
	size_t i;

	if (source_utf8_len((const char *)s, k) != k)
		return -1;
	cp = s[0] & lead_bits[k];
	for (i = 1; i < k; i++)
		cp = (cp << 6) | (s[i] & 0x3F);
	return cp;
}

/*
 * Characters that would act on a terminal rather than show: C0 and C1
 * controls (but tab), DEL, line and paragraph separators, the byte order
 * mark, and the bidirectional overrides.
 */
static bool
output_is_unsafe(long cp)
{
	return (cp < 0x20 && cp != '\t') || (cp >= 0x7F && cp <= 0x9F) ||
	    cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF ||
	    (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

/*
 * Prints one character of a source line so that it takes one column:
 * broken UTF-8 and unsafe characters become '?'; a tab stays a tab (the
 * caret line repeats it, so both line up).
 */
static void
output_source_char(FILE *out, const char *s, size_t k)
{
	long cp = output_decode((const unsigned char *)s, k);

	if (cp < 0 || output_is_unsafe(cp))
		fputc('?', out);
	else
		fwrite(s, 1, k, out);
}

/*
 * The line around pos, and a caret under pos. Only the window shown is
 * read character by character (source_offset finds its start, and many
 * diagnostics on one long line cost one pass), so that a line of a
 * million keys with a problem each is not read a million times.
 */
static void
output_source(FILE *out, struct source *src, struct source_pos pos,
    const struct term_style *st, const char *caret_color)
{
	size_t len, i, k, first = 1, column, width;
	const char *text = source_line(src, pos.line, &len), *line;
	struct source_pos window;
	char gutter[16];

	if (text == NULL)
		return;
	width = (size_t)snprintf(gutter, sizeof gutter, "%u", pos.line);
	if (pos.column > OUTPUT_LINE_MAX)
		first = pos.column - OUTPUT_WINDOW_BEFORE;
	window.line = pos.line;
	window.column = (uint32_t)first;
	line = src->data + source_offset(src, window);
	len -= (size_t)(line - text);
	fprintf(out, " %s%s |%s ", st->accent, gutter, st->reset);
	if (first > 1)
		fputs("...", out);
	for (i = 0, column = first; i < len; i += k, column++) {
		if (column >= first + OUTPUT_LINE_MAX) {
			fputs("...", out);
			break;
		}
		k = source_char_len(line + i, len - i);
		output_source_char(out, line + i, k);
	}
	fprintf(out, "\n %s%*s |%s ", st->accent, (int)width, "", st->reset);
	if (first > 1)
		fputs("   ", out);
	for (i = 0, column = first; i < len && column < pos.column;
	    i += k, column++) {
		k = source_char_len(line + i, len - i);
		fputc(line[i] == '\t' ? '\t' : ' ', out);
	}
	for (; column < pos.column; column++)
		fputc(' ', out);
	fprintf(out, "%s^%s\n", caret_color, st->reset);
}

void
output_text_diags(FILE *out, const struct diag_list *diags,
    struct source *src, bool color)
{
	const struct term_style *st = term_style(color);
	const struct diag *d;
	const char *sev_color;
	size_t i, j;

	for (i = 0; i < diags->len; i++) {
		d = &diags->items[i];
		sev_color = output_severity_color(st, d->severity);
		if (d->pos.line > 0)
			fprintf(out, "%s%s:%u:%u:%s ", st->bold, diags->file,
			    d->pos.line, d->pos.column, st->reset);
		else
			fprintf(out, "%s%s:%s ", st->bold, diags->file, st->reset);
		fprintf(out, "%s%s[%s]%s: %s%s%s\n", sev_color,
		    diag_severity_name(d->severity), diag_code_table[d->id].code,
		    st->reset, st->bold, d->message, st->reset);
		if (d->pos.line > 0 && src != NULL && !src->too_big)
			output_source(out, src, d->pos, st, sev_color);
		for (j = 0; j < d->hint_count; j++) {
			fprintf(out, "  %s= hint:%s ", st->accent, st->reset);
			output_text_lines(out, d->hints[j]);
		}
	}
}

static void
output_count(FILE *out, size_t n, const char *one, const char *many,
    bool *first)
{
	if (n == 0)
		return;
	fprintf(out, "%s%zu %s", *first ? "" : ", ", n, n == 1 ? one : many);
	*first = false;
}

void
output_text_summary(FILE *out, const struct output_totals *t, bool color)
{
	const struct term_style *st = term_style(color);
	bool first = true;

	fputs(st->bold, out);
	if (t->files == 0)
		fputs("no file checked", out);
	else if (t->errors + t->warnings + t->infos == 0)
		fprintf(out, "%zu file%s checked, no problems found", t->files,
		    t->files == 1 ? "" : "s");
	else {
		fprintf(out, "%zu file%s checked: ", t->files,
		    t->files == 1 ? "" : "s");
		output_count(out, t->errors, "error", "errors", &first);
		output_count(out, t->warnings, "warning", "warnings", &first);
		output_count(out, t->infos, "note", "notes", &first);
	}
	if (t->unreadable > 0)
		fprintf(out, "; %zu could not be read", t->unreadable);
	fprintf(out, "%s\n", st->reset);
}
