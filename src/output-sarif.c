/*
 * output-sarif.c: the report as one SARIF 2.1.0 log (OASIS), written with
 * cJSON, in the subset GitHub code scanning reads: a rule per diagnostic
 * code, a result per diagnostic, the files that could not be read as
 * notifications of the invocation. docs/output-formats.md lists the
 * fields.
 *
 * Results are added file by file as check reads them, so only the log
 * grows in memory, not the files' diagnostic lists.
 */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "targs/cmd.h"
#include "targs/output.h"
#include "targs/strbuf.h"
#include "targs/xalloc.h"

#define SARIF_SCHEMA "https://docs.oasis-open.org/sarif/sarif/v2.1.0/" \
	"errata01/os/schemas/sarif-schema-2.1.0.json"

/* GitHub rejects a run of more results (and shows 5,000 of them). */
#define SARIF_MAX_RESULTS 25000
/* GitHub cuts rule descriptions longer than this. */
#define SARIF_MAX_DESCRIPTION 1024

struct output_sarif {
	cJSON	*results;
	cJSON	*notifications;
	size_t	 result_count;
	size_t	 left_out;      /* results past SARIF_MAX_RESULTS */
	size_t	 unreadable;
};

/*
 * The characters a URI path holds as they are: RFC 3986's unreserved
 * characters, sub-delimiters, '@' and the '/' between segments. A ':'
 * is encoded too, as a relative reference cannot hold one in its first
 * segment (it would read as a scheme).
 */
static bool
output_sarif_uri_char(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || strchr("-._~!$&'()*+,;=@/", c) != NULL;
}

char *
output_sarif_uri(const char *path)
{
	static const char hex[] = "0123456789ABCDEF";
	struct strbuf b = STRBUF_INIT;
	const unsigned char *p;
	char code[3];

	/* "./a.yaml" is the a.yaml that code scanning knows. */
	while (path[0] == '.' && path[1] == '/') {
		path += 2;
		while (*path == '/')
			path++;
	}
	if (path[0] == '/')
		strbuf_adds(&b, "file://");
	for (p = (const unsigned char *)path; *p != '\0'; p++) {
		if (output_sarif_uri_char(*p)) {
			strbuf_add(&b, (const char *)p, 1);
			continue;
		}
		code[0] = '%';
		code[1] = hex[*p >> 4];
		code[2] = hex[*p & 0xF];
		strbuf_add(&b, code, 3);
	}
	return strbuf_take(&b);
}

/*
 * Where a file is: a relative path against %SRCROOT% (the directory
 * targs ran in, which code scanning takes for the repository's root), an
 * absolute one as a file: URI. Standard input without --stdin-filename
 * (path NULL) is "-", against no base: it is no file of the tree.
 */
static cJSON *
output_sarif_location(const char *path)
{
	cJSON *location = cJSON_CreateObject(), *physical, *artifact;
	char *uri;

	physical = cJSON_AddObjectToObject(location, "physicalLocation");
	artifact = cJSON_AddObjectToObject(physical, "artifactLocation");
	if (path == NULL) {
		cJSON_AddStringToObject(artifact, "uri", "-");
		return location;
	}
	uri = output_sarif_uri(path);
	cJSON_AddStringToObject(artifact, "uri", uri);
	if (path[0] != '/')
		cJSON_AddStringToObject(artifact, "uriBaseId", "%SRCROOT%");
	free(uri);
	return location;
}

static cJSON *
output_sarif_message(const char *text)
{
	cJSON *message = cJSON_CreateObject();

	cJSON_AddStringToObject(message, "text", text);
	return message;
}

/* SARIF's levels, by severity; an info is a note. */
static const char *const output_sarif_levels[] = {
	[DIAG_ERROR] = "error",
	[DIAG_WARNING] = "warning",
	[DIAG_INFO] = "note",
};

struct output_sarif *
output_sarif_new(void)
{
	struct output_sarif *s = xcalloc(1, sizeof *s);

	s->results = cJSON_CreateArray();
	s->notifications = cJSON_CreateArray();
	return s;
}

/*
 * One result. A diagnostic of the whole file (line 0) is put on line 1:
 * code scanning needs a start line to show a result at all.
 */
static cJSON *
output_sarif_result(const struct diag *d, const char *path)
{
	cJSON *result = cJSON_CreateObject(), *locations, *location, *region;
	cJSON *properties;
	struct strbuf text = STRBUF_INIT;
	const char *upstream = diag_upstream_name(d->upstream);
	char *joined;
	size_t i;

	cJSON_AddStringToObject(result, "ruleId", diag_code_table[d->id].code);
	cJSON_AddNumberToObject(result, "ruleIndex", (double)d->id);
	cJSON_AddStringToObject(result, "level",
	    output_sarif_levels[d->severity]);
	strbuf_adds(&text, d->message);
	for (i = 0; i < d->hint_count; i++) {
		strbuf_adds(&text, "\nhint: ");
		strbuf_adds(&text, d->hints[i]);
	}
	joined = strbuf_take(&text);
	cJSON_AddItemToObject(result, "message", output_sarif_message(joined));
	free(joined);

	locations = cJSON_AddArrayToObject(result, "locations");
	location = output_sarif_location(path);
	region = cJSON_AddObjectToObject(cJSON_GetObjectItemCaseSensitive(
	    location, "physicalLocation"), "region");
	cJSON_AddNumberToObject(region, "startLine",
	    d->pos.line > 0 ? d->pos.line : 1);
	if (d->pos.line > 0)
		cJSON_AddNumberToObject(region, "startColumn", d->pos.column);
	cJSON_AddItemToArray(locations, location);

	if (d->key != NULL || upstream != NULL) {
		properties = cJSON_AddObjectToObject(result, "properties");
		if (d->key != NULL)
			cJSON_AddStringToObject(properties, "key", d->key);
		if (upstream != NULL)
			cJSON_AddStringToObject(properties, "upstream",
			    upstream);
	}
	return result;
}

void
output_sarif_add(struct output_sarif *s, const struct diag_list *diags,
    const char *path)
{
	size_t i;

	for (i = 0; i < diags->len; i++) {
		if (s->result_count == SARIF_MAX_RESULTS) {
			s->left_out++;
			continue;
		}
		cJSON_AddItemToArray(s->results,
		    output_sarif_result(&diags->items[i], path));
		s->result_count++;
	}
}

static void
output_sarif_notify(struct output_sarif *s, const char *level,
    const char *text, const char *path, bool located)
{
	cJSON *notification = cJSON_CreateObject(), *locations;

	cJSON_AddStringToObject(notification, "level", level);
	cJSON_AddItemToObject(notification, "message",
	    output_sarif_message(text));
	if (located) {
		locations = cJSON_AddArrayToObject(notification, "locations");
		cJSON_AddItemToArray(locations, output_sarif_location(path));
	}
	cJSON_AddItemToArray(s->notifications, notification);
}

void
output_sarif_unreadable(struct output_sarif *s, const char *path,
    const char *why)
{
	s->unreadable++;
	output_sarif_notify(s, "error", why, path, true);
}

/* What `targs explain CODE` prints, without its last line break. */
static char *
output_sarif_explain(enum diag_id id)
{
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);

	if (f == NULL)
		xalloc_oom();
	cmd_explain_code(f, id);
	if (fclose(f) != 0)
		xalloc_oom();
	while (len > 0 && text[len - 1] == '\n')
		text[--len] = '\0';
	return text;
}

/*
 * Tags to filter alerts by on GitHub: the code's family (its first
 * digit, as diag-table.c groups them) and what transformers does.
 */
static void
output_sarif_tags(cJSON *properties, const struct diag_code *code)
{
	static const char *const families[] = { NULL, "reading", "schema",
		"post-init", "ignored-setting", "plan", "suppression" };
	const char *upstream = diag_upstream_name(code->upstream);
	cJSON *tags = cJSON_AddArrayToObject(properties, "tags");
	int family = code->code[2] - '0';
	char *tag;

	if (family > 0 && family < (int)(sizeof families / sizeof *families))
		cJSON_AddItemToArray(tags,
		    cJSON_CreateString(families[family]));
	if (upstream != NULL) {
		tag = xasprintf("upstream-%s", upstream);
		cJSON_AddItemToArray(tags, cJSON_CreateString(tag));
		free(tag);
	}
}

/* code scanning's ranking by problem.severity knows no info or note. */
static const char *const output_sarif_problem_severities[] = {
	[DIAG_ERROR] = "error",
	[DIAG_WARNING] = "warning",
	[DIAG_INFO] = "recommendation",
};

static cJSON *
output_sarif_rule(enum diag_id id)
{
	const struct diag_code *code = &diag_code_table[id];
	const char *upstream = diag_upstream_name(code->upstream);
	cJSON *rule = cJSON_CreateObject(), *config, *properties;
	char *help = output_sarif_explain(id);

	cJSON_AddStringToObject(rule, "id", code->code);
	cJSON_AddStringToObject(rule, "name", code->name);
	cJSON_AddItemToObject(rule, "shortDescription",
	    output_sarif_message(code->summary));
	cJSON_AddItemToObject(rule, "fullDescription", output_sarif_message(
	    strlen(help) <= SARIF_MAX_DESCRIPTION ? help : code->summary));
	cJSON_AddItemToObject(rule, "help", output_sarif_message(help));
	config = cJSON_AddObjectToObject(rule, "defaultConfiguration");
	cJSON_AddStringToObject(config, "level",
	    output_sarif_levels[code->severity]);
	properties = cJSON_AddObjectToObject(rule, "properties");
	output_sarif_tags(properties, code);
	/* a finding is what transformers does, not a guess */
	cJSON_AddStringToObject(properties, "precision", "very-high");
	cJSON_AddStringToObject(properties, "problem.severity",
	    output_sarif_problem_severities[code->severity]);
	if (upstream != NULL)
		cJSON_AddStringToObject(properties, "upstream", upstream);
	free(help);
	return rule;
}

static cJSON *
output_sarif_tool(void)
{
	cJSON *tool = cJSON_CreateObject(), *driver, *rules;
	size_t i;

	driver = cJSON_AddObjectToObject(tool, "driver");
	cJSON_AddStringToObject(driver, "name", "targs");
	cJSON_AddStringToObject(driver, "version", TARGS_VERSION);
	cJSON_AddStringToObject(driver, "semanticVersion", TARGS_VERSION);
	rules = cJSON_AddArrayToObject(driver, "rules");
	for (i = 0; i < DIAG_ID_COUNT; i++)
		cJSON_AddItemToArray(rules, output_sarif_rule((enum diag_id)i));
	return tool;
}

char *
output_sarif_finish(struct output_sarif *s)
{
	cJSON *root = cJSON_CreateObject(), *runs, *run, *invocations;
	cJSON *invocation;
	char *text;

	if (s->left_out > 0) {
		text = xasprintf("%zu more results left out: GitHub code "
		    "scanning rejects a run of more than %d", s->left_out,
		    SARIF_MAX_RESULTS);
		output_sarif_notify(s, "warning", text, NULL, false);
		free(text);
	}
	cJSON_AddStringToObject(root, "$schema", SARIF_SCHEMA);
	cJSON_AddStringToObject(root, "version", "2.1.0");
	runs = cJSON_AddArrayToObject(root, "runs");
	run = cJSON_CreateObject();
	cJSON_AddItemToArray(runs, run);
	cJSON_AddItemToObject(run, "tool", output_sarif_tool());
	invocations = cJSON_AddArrayToObject(run, "invocations");
	invocation = cJSON_CreateObject();
	cJSON_AddItemToArray(invocations, invocation);
	cJSON_AddBoolToObject(invocation, "executionSuccessful",
	    s->unreadable == 0);
	if (cJSON_GetArraySize(s->notifications) > 0)
		cJSON_AddItemToObject(invocation, "toolExecutionNotifications",
		    s->notifications);
	else
		cJSON_Delete(s->notifications);
	/* columns count characters, as in every report of targs */
	cJSON_AddStringToObject(run, "columnKind", "unicodeCodePoints");
	cJSON_AddItemToObject(run, "results", s->results);
	free(s);
	text = output_json_indented(root);
	cJSON_Delete(root);
	return text;
}
