/*
 * output-json.c: machine-readable reports, written with cJSON.
 */
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#include "targs/output.h"
#include "targs/xalloc.h"

static void
output_json_add_or_null(cJSON *object, const char *name, const char *value)
{
	if (value != NULL)
		cJSON_AddStringToObject(object, name, value);
	else
		cJSON_AddNullToObject(object, name);
}

static cJSON *
output_json_diag(const struct diag *d)
{
	cJSON *object = cJSON_CreateObject(), *hints;
	size_t i;

	cJSON_AddStringToObject(object, "severity",
	    diag_severity_name(d->severity));
	cJSON_AddStringToObject(object, "code", diag_code_table[d->id].code);
	cJSON_AddStringToObject(object, "message", d->message);
	if (d->pos.line > 0) {
		cJSON_AddNumberToObject(object, "line", d->pos.line);
		cJSON_AddNumberToObject(object, "column", d->pos.column);
	} else {
		cJSON_AddNullToObject(object, "line");
		cJSON_AddNullToObject(object, "column");
	}
	output_json_add_or_null(object, "key", d->key);
	output_json_add_or_null(object, "upstream",
	    diag_upstream_name(d->upstream));
	hints = cJSON_AddArrayToObject(object, "hints");
	for (i = 0; i < d->hint_count; i++)
		cJSON_AddItemToArray(hints, cJSON_CreateString(d->hints[i]));
	return object;
}

char *
output_json_check(const struct diag_list *const *lists, size_t count)
{
	cJSON *root = cJSON_CreateObject(), *files, *file, *diags;
	char *text;
	size_t i, j;

	files = cJSON_AddArrayToObject(root, "files");
	for (i = 0; i < count; i++) {
		file = cJSON_CreateObject();
		cJSON_AddStringToObject(file, "file", lists[i]->file);
		if (lists[i]->profile != NULL)
			cJSON_AddStringToObject(file, "profile",
			    lists[i]->profile);
		else
			cJSON_AddNullToObject(file, "profile");
		diags = cJSON_AddArrayToObject(file, "diagnostics");
		for (j = 0; j < lists[i]->len; j++)
			cJSON_AddItemToArray(diags,
			    output_json_diag(&lists[i]->items[j]));
		cJSON_AddItemToArray(files, file);
	}
	text = cJSON_PrintUnformatted(root);
	cJSON_Delete(root);
	if (text == NULL)
		xalloc_oom();
	return text;
}

/* cJSON indents with tabs; Python's json.dumps(indent=2) with spaces. */
char *
output_json_indented(const cJSON *root)
{
	char *text = cJSON_Print(root), *out;
	size_t n = 0, i;

	if (text == NULL)
		xalloc_oom();
	out = xmalloc(strlen(text) * 2 + 1);

	/* cJSON escapes tabs inside strings: every raw tab is layout. */
	for (i = 0; text[i] != '\0'; i++) {
		if (text[i] != '\t')
			out[n++] = text[i];
		else if (i > 0 && text[i - 1] == ':')
			out[n++] = ' ';
		else {
			out[n++] = ' ';
			out[n++] = ' ';
		}
	}
	out[n] = '\0';
	cJSON_free(text);
	return out;
}
