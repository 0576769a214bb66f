/*
 * completion.c: what the three completion scripts are made of, read from
 * the tables targs itself runs on: the command table and its options,
 * the known releases, the schema's names and the diagnostic codes. A
 * script is never written by hand, so a new option, release, parameter
 * or code reaches it with the next build.
 */
#include <stdlib.h>
#include <string.h>

#include "completion-internal.h"
#include "targs/diag.h"
#include "targs/profile.h"
#include "targs/schema.h"
#include "targs/strbuf.h"
#include "targs/version.h"
#include "targs/xalloc.h"

const char *const completion_kind_names[COMPLETION_KIND_COUNT] = {
	[CMD_COMPLETE_FILE] = "file",
	[CMD_COMPLETE_NONE] = "none",
	[CMD_COMPLETE_RELEASE] = "release",
	[CMD_COMPLETE_RELEASE_OR_AUTO] = "release-or-auto",
	[CMD_COMPLETE_PARAMETER] = "parameter",
	[CMD_COMPLETE_EXPLAIN] = "parameter-or-code",
	[CMD_COMPLETE_COMMAND] = "command",
	[CMD_COMPLETE_CODE] = "code",
	[CMD_COMPLETE_PROFILE] = "profile",
};

static void
completion_add(struct strbuf *b, const char *word)
{
	if (b->len > 0)
		strbuf_adds(b, " ");
	strbuf_adds(b, word);
}

char *
completion_join(const char *const *words)
{
	struct strbuf b = STRBUF_INIT;

	for (; *words != NULL; words++)
		completion_add(&b, *words);
	return strbuf_take(&b);
}

static void
completion_add_releases(struct strbuf *b)
{
	char text[VERSION_TEXT_MAX];
	size_t i;

	for (i = 0; i < version_count(); i++)
		completion_add(b, version_format(version_at(i), text));
}

/* Every name of the table, and for explain every code and its name. */
static void
completion_add_names(struct strbuf *b, bool codes)
{
	const char **names;
	size_t i;

	schema_names(&names);
	for (i = 0; names[i] != NULL; i++)
		completion_add(b, names[i]);
	free(names);
	for (i = 0; codes && i < DIAG_ID_COUNT; i++) {
		completion_add(b, diag_code_table[i].code);
		completion_add(b, diag_code_table[i].name);
	}
}

char *
completion_words(enum cmd_complete kind)
{
	struct strbuf b = STRBUF_INIT;
	const char *const *names;
	size_t i;

	switch (kind) {
	case CMD_COMPLETE_FILE:
	case CMD_COMPLETE_NONE:
		return NULL;
	case CMD_COMPLETE_RELEASE:
	case CMD_COMPLETE_RELEASE_OR_AUTO:
		completion_add_releases(&b);
		if (kind == CMD_COMPLETE_RELEASE_OR_AUTO)
			completion_add(&b, "auto");
		break;
	case CMD_COMPLETE_PARAMETER:
	case CMD_COMPLETE_EXPLAIN:
		completion_add_names(&b, kind == CMD_COMPLETE_EXPLAIN);
		break;
	case CMD_COMPLETE_COMMAND:
		for (i = 0; cmd_table[i] != NULL; i++)
			completion_add(&b, cmd_table[i]->name);
		break;
	case CMD_COMPLETE_CODE:
		for (i = 0; i < DIAG_ID_COUNT; i++)
			completion_add(&b, diag_code_table[i].code);
		completion_add(&b, "ALL");
		break;
	case CMD_COMPLETE_PROFILE:
		for (names = profile_names(); *names != NULL; names++)
			completion_add(&b, *names);
		completion_add(&b, "auto");
		break;
	}
	return strbuf_take(&b);
}

char *
completion_value_words(const char *const *choices, enum cmd_complete kind)
{
	return choices != NULL ? completion_join(choices) :
	    completion_words(kind);
}

void
completion_quote_sh(FILE *out, const char *s)
{
	fputc('\'', out);
	for (; *s != '\0'; s++) {
		if (*s == '\'')
			fputs("'\\''", out);
		else
			fputc(*s, out);
	}
	fputc('\'', out);
}
