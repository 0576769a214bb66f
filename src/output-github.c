/*
 * output-github.c: the report as GitHub Actions workflow commands, one
 * "::error file=F,line=L,col=C,title=T::message" line per diagnostic,
 * which the runner turns into annotations on the file and line.
 *
 * The escaping is that of GitHub's toolkit (@actions/core, escapeData and
 * escapeProperty): the runner decodes exactly these sequences, and an
 * unescaped line break would end the command and let the rest of the
 * message be read as a command of its own.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "targs/output.h"
#include "targs/strbuf.h"

static void
output_github_escape(struct strbuf *b, const char *s, bool property)
{
	const char *run = s;

	for (; *s != '\0'; s++) {
		const char *code;

		switch (*s) {
		case '%':
			code = "%25";
			break;
		case '\r':
			code = "%0D";
			break;
		case '\n':
			code = "%0A";
			break;
		case ':':
			code = property ? "%3A" : NULL;
			break;
		case ',':
			code = property ? "%2C" : NULL;
			break;
		default:
			code = NULL;
			break;
		}
		if (code == NULL)
			continue;
		strbuf_add(b, run, (size_t)(s - run));
		strbuf_adds(b, code);
		run = s + 1;
	}
	strbuf_adds(b, run);
}

char *
output_github_escape_data(const char *s)
{
	struct strbuf b = STRBUF_INIT;

	output_github_escape(&b, s, false);
	return strbuf_take(&b);
}

char *
output_github_escape_property(const char *s)
{
	struct strbuf b = STRBUF_INIT;

	output_github_escape(&b, s, true);
	return strbuf_take(&b);
}

/* The annotation levels GitHub has, by severity. */
static const char *const output_github_commands[] = {
	[DIAG_ERROR] = "error",
	[DIAG_WARNING] = "warning",
	[DIAG_INFO] = "notice",
};

/*
 * One command line. The hints follow the message on lines of their own:
 * an annotation shows a message of several lines as it is.
 */
static void
output_github_one(struct strbuf *b, const char *file, const struct diag *d)
{
	const struct diag_code *code = &diag_code_table[d->id];
	char pos[32];
	size_t i;

	strbuf_adds(b, "::");
	strbuf_adds(b, output_github_commands[d->severity]);
	strbuf_adds(b, " file=");
	output_github_escape(b, file, true);
	if (d->pos.line > 0) {
		snprintf(pos, sizeof pos, ",line=%u,col=%u", d->pos.line,
		    d->pos.column);
		strbuf_adds(b, pos);
	}
	strbuf_adds(b, ",title=");
	output_github_escape(b, code->code, true);
	strbuf_adds(b, " ");
	output_github_escape(b, code->name, true);
	strbuf_adds(b, "::");
	output_github_escape(b, d->message, false);
	for (i = 0; i < d->hint_count; i++) {
		output_github_escape(b, "\nhint: ", false);
		output_github_escape(b, d->hints[i], false);
	}
	strbuf_adds(b, "\n");
}

void
output_github_diags(FILE *out, const struct diag_list *diags)
{
	struct strbuf b = STRBUF_INIT;
	char *text;
	size_t i;

	for (i = 0; i < diags->len; i++) {
		output_github_one(&b, diags->file, &diags->items[i]);
		text = strbuf_take(&b);
		fputs(text, out);
		free(text);
	}
}
