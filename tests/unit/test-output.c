/*
 * test-output.c: the writers. The text report of a file's diagnostics
 * (the "file:line:col: severity[CODE]: message" line, the source line
 * with a caret under the column, counted in characters and lined up after
 * tabs, '?' for what a terminal cannot show, a window around the column
 * of a long line, the hints, colour on and off), the closing summary
 * line, the JSON report read back with cJSON, the GitHub workflow
 * commands with their escaping, and the SARIF log's URIs and results.
 */
#include "helpers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "targs/output.h"

/* Text written to a memory stream; caller frees. */
struct capture {
	FILE	*f;
	char	*buf;
	size_t	 len;
};

static FILE *
capture_open(struct capture *c)
{
	c->buf = NULL;
	c->len = 0;
	c->f = open_memstream(&c->buf, &c->len);
	assert_non_null(c->f);
	return c->f;
}

static char *
capture_close(struct capture *c)
{
	assert_int_equal(fclose(c->f), 0);
	return c->buf;
}

/* The text report of one diagnostic at pos in data, with hints. */
static char *
render(const char *data, size_t len, struct source_pos pos,
    const char *hint, bool color)
{
	struct source src;
	struct diag_list list;
	struct capture out;
	struct diag *d;

	source_init_memory(&src, "t.yaml", data, len);
	diag_list_init(&list, "t.yaml");
	d = diag_add(&list, DIAG_YAML_SYNTAX, pos, NULL, "bad");
	if (hint != NULL)
		diag_hint(d, "%s", hint);
	output_text_diags(capture_open(&out), &list, &src, color);
	diag_list_release(&list);
	source_release(&src);
	return capture_close(&out);
}

struct text_row {
	const char	*data;
	size_t		 len;
	uint32_t	 line;
	uint32_t	 column;
	const char	*hint;
	const char	*expected;
};

#define TEXT(data, line, column, hint, expected) \
	{ data, sizeof data - 1, line, column, hint, expected }

static const struct text_row text_rows[] = {
	/* the plain case, and a hint */
	TEXT("a: 1\nlr: [\n", 2, 5, NULL,
	    "t.yaml:2:5: error[TA103]: bad\n"
	    " 2 | lr: [\n"
	    "   |     ^\n"),
	TEXT("a: 1\nlr: [\n", 2, 5, "close the list",
	    "t.yaml:2:5: error[TA103]: bad\n"
	    " 2 | lr: [\n"
	    "   |     ^\n"
	    "  = hint: close the list\n"),
	TEXT("x: y", 1, 1, NULL,
	    "t.yaml:1:1: error[TA103]: bad\n"
	    " 1 | x: y\n"
	    "   | ^\n"),
	/* CRLF and lone CR: no break shown */
	TEXT("a: 1\r\nb: [\r\n", 2, 4, NULL,
	    "t.yaml:2:4: error[TA103]: bad\n"
	    " 2 | b: [\n"
	    "   |    ^\n"),
	/* the gutter widens with the line number */
	TEXT("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11: x\n", 11, 3, NULL,
	    "t.yaml:11:3: error[TA103]: bad\n"
	    " 11 | 11: x\n"
	    "    |   ^\n"),
	/* the column just past the end of the line */
	TEXT("key: [1, 2\n", 1, 11, NULL,
	    "t.yaml:1:11: error[TA103]: bad\n"
	    " 1 | key: [1, 2\n"
	    "   |           ^\n"),
	/* an empty line */
	TEXT("a: 1\n\n", 2, 1, NULL,
	    "t.yaml:2:1: error[TA103]: bad\n"
	    " 2 | \n"
	    "   | ^\n"),
	/* a tab stays a tab, in the caret line too */
	TEXT("a:\n\tkey: x\n", 2, 2, NULL,
	    "t.yaml:2:2: error[TA104]: bad\n"
	    " 2 | \tkey: x\n"
	    "   | \t^\n"),
	TEXT("k: a\tb\tc\n", 1, 8, NULL,
	    "t.yaml:1:8: error[TA103]: bad\n"
	    " 1 | k: a\tb\tc\n"
	    "   |     \t \t^\n"),
	/* multibyte characters: one column each */
	TEXT("caf\xC3\xA9: bad\n", 1, 7, NULL,
	    "t.yaml:1:7: error[TA103]: bad\n"
	    " 1 | caf\xC3\xA9: bad\n"
	    "   |       ^\n"),
	TEXT("\xE6\x97\xA5\xE6\x9C\xAC\xF0\x9F\x98\x80: [\n", 1, 6, NULL,
	    "t.yaml:1:6: error[TA103]: bad\n"
	    " 1 | \xE6\x97\xA5\xE6\x9C\xAC\xF0\x9F\x98\x80: [\n"
	    "   |      ^\n"),
	/* a BOM is not shown and not a column */
	TEXT("\xEF\xBB\xBFk: [\n", 1, 4, NULL,
	    "t.yaml:1:4: error[TA103]: bad\n"
	    " 1 | k: [\n"
	    "   |    ^\n"),
	/* control characters and broken UTF-8 show as '?' */
	TEXT("a\x01" "b: c\n", 1, 4, NULL,
	    "t.yaml:1:4: error[TA103]: bad\n"
	    " 1 | a?b: c\n"
	    "   |    ^\n"),
	TEXT("k: \x1b[31mred\x7f\n", 1, 4, NULL,
	    "t.yaml:1:4: error[TA103]: bad\n"
	    " 1 | k: ?[31mred?\n"
	    "   |    ^\n"),
	TEXT("k: nul\0here\n", 1, 7, NULL,
	    "t.yaml:1:7: error[TA102]: bad\n"
	    " 1 | k: nul?here\n"
	    "   |       ^\n"),
	TEXT("run_name: caf\xE9\n", 1, 14, NULL,
	    "t.yaml:1:14: error[TA101]: bad\n"
	    " 1 | run_name: caf?\n"
	    "   |              ^\n"),
	TEXT("x\xFF\xFEy\xF8z\n", 1, 6, NULL,
	    "t.yaml:1:6: error[TA101]: bad\n"
	    " 1 | x??y?z\n"
	    "   |      ^\n"),
	/* each byte that is not valid UTF-8 is a column of its own */
	TEXT("\x80\x80" "ab\n", 1, 1, NULL,
	    "t.yaml:1:1: error[TA101]: bad\n"
	    " 1 | ??ab\n"
	    "   | ^\n"),
	TEXT("\xC0\x80" "ab\n", 1, 2, NULL,
	    "t.yaml:1:2: error[TA101]: bad\n"
	    " 1 | ??ab\n"
	    "   |  ^\n"),
	TEXT("k: a\xC2\x9B[31mred\n", 1, 5, NULL,
	    "t.yaml:1:5: error[TA102]: bad\n"
	    " 1 | k: a?[31mred\n"
	    "   |     ^\n"),
	TEXT("k: \xE2\x80\xAE" "evil\n", 1, 4, NULL,
	    "t.yaml:1:4: error[TA102]: bad\n"
	    " 1 | k: ?evil\n"
	    "   |    ^\n"),
};

/* The diagnostic ids of text_rows, for their codes. */
static enum diag_id
text_row_id(const struct text_row *r)
{
	const char *code = strchr(r->expected, '[');

	if (strncmp(code, "[TA101]", 7) == 0)
		return DIAG_INVALID_UTF8;
	if (strncmp(code, "[TA102]", 7) == 0)
		return DIAG_FORBIDDEN_CHARACTER;
	if (strncmp(code, "[TA104]", 7) == 0)
		return DIAG_TAB_INDENT;
	return DIAG_YAML_SYNTAX;
}

static void
test_output_text_table(void **state)
{
	const struct text_row *r;
	struct source src;
	struct diag_list list;
	struct capture out;
	struct diag *d;
	char *text;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof text_rows / sizeof text_rows[0]; i++) {
		r = &text_rows[i];
		source_init_memory(&src, "t.yaml", r->data, r->len);
		diag_list_init(&list, "t.yaml");
		d = diag_add(&list, text_row_id(r), at(r->line, r->column),
		    NULL, "bad");
		if (r->hint != NULL)
			diag_hint(d, "%s", r->hint);
		output_text_diags(capture_open(&out), &list, &src, false);
		text = capture_close(&out);
		if (strcmp(text, r->expected) != 0)
			fail_msg("row %zu:\n%s\nexpected\n%s", i, text,
			    r->expected);
		free(text);
		diag_list_release(&list);
		source_release(&src);
	}
}

/* Several diagnostics, hints, a warning, and one for the whole file. */
static void
test_output_text_several(void **state)
{
	static const char data[] = "a: 1\na: 2\n";
	struct source src;
	struct diag_list list;
	struct capture out;
	struct diag *d;
	char *text;

	(void)state;
	source_init_memory(&src, "dup.yaml", data, sizeof data - 1);
	diag_list_init(&list, "dup.yaml");
	d = diag_add(&list, DIAG_OVER_LIMIT, at(0, 0), NULL,
	    "file is larger than %d MiB", 64);
	diag_hint(d, "split it");
	d = diag_add(&list, DIAG_DUPLICATE_KEY, at(2, 1), "a",
	    "duplicate key 'a'");
	diag_hint(d, "first hint");
	diag_hint(d, "second hint");
	output_text_diags(capture_open(&out), &list, &src, false);
	text = capture_close(&out);
	assert_string_equal(text,
	    "dup.yaml: error[TA120]: file is larger than 64 MiB\n"
	    "  = hint: split it\n"
	    "dup.yaml:2:1: warning[TA111]: duplicate key 'a'\n"
	    " 2 | a: 2\n"
	    "   | ^\n"
	    "  = hint: first hint\n"
	    "  = hint: second hint\n");
	free(text);

	/* without a source: no excerpt */
	output_text_diags(capture_open(&out), &list, NULL, false);
	text = capture_close(&out);
	assert_string_equal(text,
	    "dup.yaml: error[TA120]: file is larger than 64 MiB\n"
	    "  = hint: split it\n"
	    "dup.yaml:2:1: warning[TA111]: duplicate key 'a'\n"
	    "  = hint: first hint\n"
	    "  = hint: second hint\n");
	free(text);

	/* a source over the size bound holds no lines to show */
	src.too_big = true;
	output_text_diags(capture_open(&out), &list, &src, false);
	text = capture_close(&out);
	assert_string_equal(text,
	    "dup.yaml: error[TA120]: file is larger than 64 MiB\n"
	    "  = hint: split it\n"
	    "dup.yaml:2:1: warning[TA111]: duplicate key 'a'\n"
	    "  = hint: first hint\n"
	    "  = hint: second hint\n");
	free(text);
	src.too_big = false;

	/* a line past the end of the source: no excerpt either */
	list.items[1].pos.line = 9;
	output_text_diags(capture_open(&out), &list, &src, false);
	text = capture_close(&out);
	assert_non_null(strstr(text, "dup.yaml:9:1: warning[TA111]: "
	    "duplicate key 'a'\n  = hint: first hint\n"));
	assert_null(strstr(text, " | "));
	free(text);
	diag_list_release(&list);

	/* nothing to say: nothing written */
	diag_list_init(&list, "dup.yaml");
	output_text_diags(capture_open(&out), &list, &src, false);
	text = capture_close(&out);
	assert_string_equal(text, "");
	free(text);
	diag_list_release(&list);
	source_release(&src);
}

static bool
starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* A digit per column, so the window's edges can be read off. */
static char *
long_line(size_t len)
{
	char *line = malloc(len + 2);
	size_t i;

	assert_non_null(line);
	for (i = 0; i < len; i++)
		line[i] = (char)('0' + (i + 1) % 10);
	line[len] = '\n';
	line[len + 1] = '\0';
	return line;
}

/* Columns first to last (1-based) of long_line's text. */
static char *
columns(size_t first, size_t last)
{
	char *s = malloc(last - first + 2);
	size_t c;

	assert_non_null(s);
	for (c = first; c <= last; c++)
		s[c - first] = (char)('0' + c % 10);
	s[last - first + 1] = '\0';
	return s;
}

static void
test_output_text_long_line(void **state)
{
	char *data, *text, *shown, expected[1024];

	(void)state;
	/* column 250 of 300: the window starts 60 columns before it */
	data = long_line(300);
	text = render(data, 301, at(1, 250), NULL, false);
	shown = columns(190, 300);
	snprintf(expected, sizeof expected,
	    "t.yaml:1:250: error[TA103]: bad\n"
	    " 1 | ...%s\n"
	    "   | %63s^\n", shown, "");
	assert_string_equal(text, expected);
	free(shown);
	free(text);
	free(data);

	/* column 200 of 400: at most 160 columns, "..." on both sides */
	data = long_line(400);
	text = render(data, 401, at(1, 200), NULL, false);
	shown = columns(140, 299);
	snprintf(expected, sizeof expected,
	    "t.yaml:1:200: error[TA103]: bad\n"
	    " 1 | ...%s...\n"
	    "   | %63s^\n", shown, "");
	assert_string_equal(text, expected);
	free(shown);
	free(text);

	/* a column within the first 160: cut on the right only */
	text = render(data, 401, at(1, 10), NULL, false);
	shown = columns(1, 160);
	snprintf(expected, sizeof expected,
	    "t.yaml:1:10: error[TA103]: bad\n"
	    " 1 | %s...\n"
	    "   | %9s^\n", shown, "");
	assert_string_equal(text, expected);
	free(shown);
	free(text);

	/* column 160 is still in the first window, 161 is not */
	text = render(data, 401, at(1, 160), NULL, false);
	assert_non_null(strstr(text, " 1 | 1234"));
	free(text);
	text = render(data, 401, at(1, 161), NULL, false);
	assert_non_null(strstr(text, " 1 | ...1234"));   /* from column 101 */
	free(text);
	free(data);

	/* exactly 160 columns: all of it, no "..." */
	data = long_line(160);
	text = render(data, 161, at(1, 1), NULL, false);
	shown = columns(1, 160);
	snprintf(expected, sizeof expected,
	    "t.yaml:1:1: error[TA103]: bad\n"
	    " 1 | %s\n"
	    "   | ^\n", shown);
	assert_string_equal(text, expected);
	free(shown);
	free(text);
	free(data);
}

/* The window counts characters, not bytes. */
static void
test_output_text_long_multibyte(void **state)
{
	char data[2 * 200 + 2], *text;
	size_t i;

	(void)state;
	for (i = 0; i < 200; i++)
		memcpy(data + 2 * i, "\xC3\xA9", 2);
	data[400] = '\n';
	data[401] = '\0';
	text = render(data, 401, at(1, 180), NULL, false);
	/* columns 120..200: 81 characters, then the caret at 3 + 60 */
	assert_true(starts_with(text, "t.yaml:1:180: error[TA103]: bad\n"
	    " 1 | ...\xC3\xA9\xC3\xA9"));
	assert_non_null(strstr(text, "\n   | " "   "
	    "                                                            ^\n"));
	/* heading, " 1 | ...", 81 characters, the caret line */
	assert_int_equal(strlen(text), 32 + 8 + 81 * 2 + 1 + 5 + 63 + 2);
	free(text);
}

static void
test_output_text_color(void **state)
{
	char *text;

	(void)state;
	text = render("a: 1\nlr: [\n", 11, at(2, 5), "close it", true);
	assert_string_equal(text,
	    "\033[1mt.yaml:2:5:\033[0m "
	    "\033[1;31merror[TA103]\033[0m: \033[1mbad\033[0m\n"
	    " \033[1;34m2 |\033[0m lr: [\n"
	    " \033[1;34m  |\033[0m     \033[1;31m^\033[0m\n"
	    "  \033[1;34m= hint:\033[0m close it\n");
	free(text);

	text = render("a: 1\nlr: [\n", 11, at(2, 5), "close it", false);
	assert_null(strchr(text, '\033'));
	free(text);
}

/* A warning takes the warning colour, for the caret too. */
static void
test_output_text_color_warning(void **state)
{
	struct source src;
	struct diag_list list;
	struct capture out;
	char *text;

	(void)state;
	source_init_memory(&src, "w.yaml", "a: 1\n", 5);
	diag_list_init(&list, "w.yaml");
	diag_add(&list, DIAG_DUPLICATE_KEY, at(1, 1), NULL, "dup");
	diag_add(&list, DIAG_OVER_LIMIT, at(0, 0), NULL, "big");
	output_text_diags(capture_open(&out), &list, &src, true);
	text = capture_close(&out);
	assert_string_equal(text,
	    "\033[1mw.yaml:1:1:\033[0m "
	    "\033[1;33mwarning[TA111]\033[0m: \033[1mdup\033[0m\n"
	    " \033[1;34m1 |\033[0m a: 1\n"
	    " \033[1;34m  |\033[0m \033[1;33m^\033[0m\n"
	    "\033[1mw.yaml:\033[0m "
	    "\033[1;31merror[TA120]\033[0m: \033[1mbig\033[0m\n");
	free(text);
	diag_list_release(&list);
	source_release(&src);
}

struct summary_row {
	struct output_totals	 totals;   /* files, unreadable, errors,
					    * warnings, infos */
	const char		*expected;
};

static const struct summary_row summary_rows[] = {
	{ { 1, 0, 0, 0, 0 }, "1 file checked, no problems found\n" },
	{ { 4, 0, 0, 0, 0 }, "4 files checked, no problems found\n" },
	{ { 1, 0, 1, 0, 0 }, "1 file checked: 1 error\n" },
	{ { 2, 0, 2, 0, 0 }, "2 files checked: 2 errors\n" },
	{ { 1, 0, 0, 1, 0 }, "1 file checked: 1 warning\n" },
	{ { 3, 0, 0, 5, 0 }, "3 files checked: 5 warnings\n" },
	{ { 3, 0, 2, 1, 0 }, "3 files checked: 2 errors, 1 warning\n" },
	{ { 2, 0, 1, 3, 0 }, "2 files checked: 1 error, 3 warnings\n" },
	{ { 1, 0, 0, 0, 1 }, "1 file checked: 1 note\n" },
	{ { 1, 0, 1, 1, 2 }, "1 file checked: 1 error, 1 warning, 2 notes\n" },
	{ { 1, 0, 0, 2, 1 }, "1 file checked: 2 warnings, 1 note\n" },
	/* unreadable files */
	{ { 2, 1, 0, 0, 0 },
	  "2 files checked, no problems found; 1 could not be read\n" },
	{ { 1, 3, 1, 0, 0 }, "1 file checked: 1 error; 3 could not be read\n" },
	{ { 0, 1, 0, 0, 0 }, "no file checked; 1 could not be read\n" },
	{ { 0, 2, 0, 0, 0 }, "no file checked; 2 could not be read\n" },
};

static void
test_output_summary(void **state)
{
	struct capture out;
	char *text;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof summary_rows / sizeof summary_rows[0]; i++) {
		output_text_summary(capture_open(&out), &summary_rows[i].totals,
		    false);
		text = capture_close(&out);
		if (strcmp(text, summary_rows[i].expected) != 0)
			fail_msg("row %zu: '%s', expected '%s'", i, text,
			    summary_rows[i].expected);
		free(text);
	}
}

static void
test_output_summary_color(void **state)
{
	static const struct output_totals some = { 3, 1, 2, 1, 0 };
	static const struct output_totals none = { 0, 2, 0, 0, 0 };
	struct capture out;
	char *text;

	(void)state;
	output_text_summary(capture_open(&out), &some, true);
	text = capture_close(&out);
	assert_string_equal(text, "\033[1m3 files checked: 2 errors, "
	    "1 warning; 1 could not be read\033[0m\n");
	free(text);
	output_text_summary(capture_open(&out), &none, true);
	text = capture_close(&out);
	assert_string_equal(text,
	    "\033[1mno file checked; 2 could not be read\033[0m\n");
	free(text);
}

/* The exact bytes for a small report, as cJSON writes them. */
static void
test_output_json_exact(void **state)
{
	struct diag_list list;
	const struct diag_list *lists[1];
	struct diag *d;
	char *json;

	(void)state;
	json = output_json_check(NULL, 0);
	assert_string_equal(json, "{\"files\":[]}");
	free(json);

	diag_list_init(&list, "a.yaml");
	d = diag_add(&list, DIAG_YAML_SYNTAX, at(2, 5), "k", "m");
	diag_hint(d, "h");
	lists[0] = &list;
	json = output_json_check(lists, 1);
	assert_string_equal(json,
	    "{\"files\":[{\"file\":\"a.yaml\",\"profile\":null,"
	    "\"diagnostics\":[{"
	    "\"severity\":\"error\",\"code\":\"TA103\",\"message\":\"m\","
	    "\"line\":2,\"column\":5,\"key\":\"k\",\"upstream\":\"raises\","
	    "\"hints\":[\"h\"]}]}]}");
	free(json);
	diag_list_release(&list);
}

/* The item at path: member names and array indexes joined by dots. */
static const cJSON *
json_path(const cJSON *item, const char *path)
{
	char name[64];
	size_t len;

	while (*path != '\0') {
		len = strcspn(path, ".");
		assert_true(len < sizeof name);
		memcpy(name, path, len);
		name[len] = '\0';
		if (name[0] >= '0' && name[0] <= '9')
			item = cJSON_GetArrayItem(item, atoi(name));
		else
			item = cJSON_GetObjectItemCaseSensitive(item, name);
		if (item == NULL)
			fail_msg("no %s in %s", name, path);
		path += len + (path[len] == '.');
	}
	return item;
}

static void
json_expect_string(const cJSON *object, const char *name, const char *s)
{
	const cJSON *item = json_path(object, name);

	assert_true(cJSON_IsString(item));
	assert_string_equal(item->valuestring, s);
}

static void
json_expect_number(const cJSON *object, const char *name, double n)
{
	const cJSON *item = json_path(object, name);

	assert_true(cJSON_IsNumber(item));
	assert_true(item->valuedouble == n);
}

static void
json_expect_null(const cJSON *object, const char *name)
{
	assert_true(cJSON_IsNull(json_path(object, name)));
}

static void
test_output_json(void **state)
{
	struct diag_list a, b;
	const struct diag_list *lists[2];
	const cJSON *files, *file, *diags, *d, *hints;
	cJSON *root;
	struct diag *added;
	char *json;

	(void)state;
	diag_list_init(&a, "dir/train \"v2\".yaml");
	added = diag_add(&a, DIAG_DUPLICATE_KEY, at(17, 1),
	    "lr_scheduler_kwargs[\"a.b\"]", "duplicate key 'x': line %d", 6);
	diag_hint(added, "first");
	diag_hint(added, "tab\there, newline\nthere, caf\xC3\xA9");
	diag_add(&a, DIAG_OVER_LIMIT, at(0, 0), NULL, "too big");
	diag_add(&a, DIAG_YAML_SYNTAX, at(3, 4), NULL, "control \x01 char");
	diag_list_init(&b, "clean.json");
	lists[0] = &a;
	lists[1] = &b;
	json = output_json_check(lists, 2);
	root = cJSON_Parse(json);
	assert_non_null(root);
	assert_true(cJSON_IsObject(root));
	assert_int_equal(cJSON_GetArraySize(root), 1);

	files = json_path(root, "files");
	assert_true(cJSON_IsArray(files));
	assert_int_equal(cJSON_GetArraySize(files), 2);

	file = cJSON_GetArrayItem(files, 0);
	assert_int_equal(cJSON_GetArraySize(file), 3);
	json_expect_string(file, "file", "dir/train \"v2\".yaml");
	/* no profile: the file was not resolved */
	assert_true(cJSON_IsNull(json_path(file, "profile")));
	diags = json_path(file, "diagnostics");
	assert_true(cJSON_IsArray(diags));
	assert_int_equal(cJSON_GetArraySize(diags), 3);

	d = cJSON_GetArrayItem(diags, 0);
	assert_int_equal(cJSON_GetArraySize(d), 8);
	json_expect_string(d, "severity", "warning");
	json_expect_string(d, "code", "TA111");
	json_expect_string(d, "message", "duplicate key 'x': line 6");
	json_expect_number(d, "line", 17);
	json_expect_number(d, "column", 1);
	json_expect_string(d, "key", "lr_scheduler_kwargs[\"a.b\"]");
	json_expect_string(d, "upstream", "accepts");
	hints = json_path(d, "hints");
	assert_true(cJSON_IsArray(hints));
	assert_int_equal(cJSON_GetArraySize(hints), 2);
	assert_string_equal(cJSON_GetArrayItem(hints, 0)->valuestring, "first");
	assert_string_equal(cJSON_GetArrayItem(hints, 1)->valuestring,
	    "tab\there, newline\nthere, caf\xC3\xA9");

	/* no position, no key, no upstream behaviour: nulls */
	d = cJSON_GetArrayItem(diags, 1);
	json_expect_string(d, "severity", "error");
	json_expect_string(d, "code", "TA120");
	json_expect_string(d, "message", "too big");
	json_expect_null(d, "line");
	json_expect_null(d, "column");
	json_expect_null(d, "key");
	json_expect_null(d, "upstream");
	hints = json_path(d, "hints");
	assert_true(cJSON_IsArray(hints));
	assert_int_equal(cJSON_GetArraySize(hints), 0);

	d = cJSON_GetArrayItem(diags, 2);
	json_expect_string(d, "message", "control \x01 char");
	json_expect_number(d, "line", 3);
	json_expect_number(d, "column", 4);
	json_expect_string(d, "upstream", "raises");

	/* a file without problems still has its entry */
	file = cJSON_GetArrayItem(files, 1);
	json_expect_string(file, "file", "clean.json");
	diags = json_path(file, "diagnostics");
	assert_true(cJSON_IsArray(diags));
	assert_int_equal(cJSON_GetArraySize(diags), 0);

	/* one line, control characters escaped */
	assert_null(strchr(json, '\n'));
	assert_null(strchr(json, '\t'));
	assert_null(strchr(json, '\x01'));
	cJSON_Delete(root);
	free(json);
	diag_list_release(&a);
	diag_list_release(&b);
}

struct escape_row {
	const char	*in;
	const char	*data;      /* escapeData of GitHub's toolkit */
	const char	*property;  /* escapeProperty */
};

static const struct escape_row escape_rows[] = {
	{ "", "", "" },
	{ "plain text", "plain text", "plain text" },
	{ "%", "%25", "%25" },
	/* an escape already written is escaped again, not kept */
	{ "%0A", "%250A", "%250A" },
	{ "a\nb", "a%0Ab", "a%0Ab" },
	{ "a\r\nb\r", "a%0D%0Ab%0D", "a%0D%0Ab%0D" },
	{ ":,", ":,", "%3A%2C" },
	{ "100%: a,b\n", "100%25: a,b%0A", "100%25%3A a%2Cb%0A" },
	{ "::error::x", "::error::x", "%3A%3Aerror%3A%3Ax" },
	/* only these: tabs, '=' and UTF-8 pass as they are */
	{ "k=v\tcaf\xC3\xA9", "k=v\tcaf\xC3\xA9", "k=v\tcaf\xC3\xA9" },
};

static void
test_output_github_escape(void **state)
{
	const struct escape_row *r;
	char *data, *property;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof escape_rows / sizeof escape_rows[0]; i++) {
		r = &escape_rows[i];
		data = output_github_escape_data(r->in);
		property = output_github_escape_property(r->in);
		if (strcmp(data, r->data) != 0)
			fail_msg("row %zu: data '%s', expected '%s'", i, data,
			    r->data);
		if (strcmp(property, r->property) != 0)
			fail_msg("row %zu: property '%s', expected '%s'", i,
			    property, r->property);
		free(data);
		free(property);
	}
}

/* One command per diagnostic; no line or column for the whole file. */
static void
test_output_github(void **state)
{
	struct diag_list list;
	struct capture out;
	struct diag *d;
	char *text;

	(void)state;
	diag_list_init(&list, "dir/a,b:c%.yaml");
	d = diag_add(&list, DIAG_UNKNOWN_KEY, at(2, 1), "k",
	    "unknown parameter '50%%: a,b'");
	diag_hint(d, "first\nsecond");
	diag_hint(d, "third");
	diag_add(&list, DIAG_DUPLICATE_KEY, at(3, 7), "k", "dup");
	diag_add(&list, DIAG_VERSION_INFERRED, at(0, 0), NULL, "5.18\r");
	output_github_diags(capture_open(&out), &list);
	text = capture_close(&out);
	assert_string_equal(text,
	    "::error file=dir/a%2Cb%3Ac%25.yaml,line=2,col=1,"
	    "title=TA203 unknown-key::unknown parameter '50%25: a,b'"
	    "%0Ahint: first%0Asecond%0Ahint: third\n"
	    "::warning file=dir/a%2Cb%3Ac%25.yaml,line=3,col=7,"
	    "title=TA111 duplicate-key::dup\n"
	    "::notice file=dir/a%2Cb%3Ac%25.yaml,"
	    "title=TA201 version-inferred::5.18%0D\n");
	free(text);
	diag_list_release(&list);

	/* nothing to say: nothing written */
	diag_list_init(&list, "clean.yaml");
	output_github_diags(capture_open(&out), &list);
	text = capture_close(&out);
	assert_string_equal(text, "");
	free(text);
	diag_list_release(&list);
}

static const char *const uri_rows[][2] = {
	{ "a.yaml", "a.yaml" },
	{ "conf/train-v1_2.yaml", "conf/train-v1_2.yaml" },
	{ "./a.yaml", "a.yaml" },
	{ "././/conf/a.yaml", "conf/a.yaml" },
	{ "../a.yaml", "../a.yaml" },
	{ ".hidden/a.yaml", ".hidden/a.yaml" },
	/* a ':' would read as a scheme; '%' starts an escape */
	{ "c:d.yaml", "c%3Ad.yaml" },
	{ "50%.yaml", "50%25.yaml" },
	{ "a b#c?d.yaml", "a%20b%23c%3Fd.yaml" },
	{ "a,b;c=d&e+f@g!$'()*~.yaml", "a,b;c=d&e+f@g!$'()*~.yaml" },
	{ "[x]{y}<z>|\\^`\".yaml",
	  "%5Bx%5D%7By%7D%3Cz%3E%7C%5C%5E%60%22.yaml" },
	{ "caf\xC3\xA9\t\x7F.yaml", "caf%C3%A9%09%7F.yaml" },
	{ "/abs/dir/a b.yaml", "file:///abs/dir/a%20b.yaml" },
	{ "-", "-" },
};

static void
test_output_sarif_uri(void **state)
{
	char *uri;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof uri_rows / sizeof uri_rows[0]; i++) {
		uri = output_sarif_uri(uri_rows[i][0]);
		if (strcmp(uri, uri_rows[i][1]) != 0)
			fail_msg("row %zu: '%s', expected '%s'", i, uri,
			    uri_rows[i][1]);
		free(uri);
	}
}

/* A result per diagnostic, line 0 on line 1, a notification per failure. */
static void
test_output_sarif(void **state)
{
	struct output_sarif *s = output_sarif_new();
	const cJSON *run, *result;
	struct diag_list list;
	struct diag *d;
	cJSON *root;
	char *log;

	(void)state;
	diag_list_init(&list, "conf/a b.yaml");
	d = diag_add(&list, DIAG_DUPLICATE_KEY, at(3, 7), "k", "dup");
	diag_hint(d, "first");
	diag_hint(d, "second\nline");
	diag_add(&list, DIAG_OVER_LIMIT, at(0, 0), NULL, "too big");
	output_sarif_add(s, &list, "./conf/a b.yaml");
	diag_list_release(&list);
	diag_list_init(&list, "<stdin>");
	diag_add(&list, DIAG_VERSION_INFERRED, at(1, 1), NULL, "5.18");
	output_sarif_add(s, &list, NULL);
	diag_list_release(&list);
	output_sarif_unreadable(s, "gone.yaml", "cannot open 'gone.yaml'");
	log = output_sarif_finish(s);
	root = cJSON_Parse(log);
	assert_non_null(root);

	json_expect_string(root, "version", "2.1.0");
	assert_int_equal(cJSON_GetArraySize(json_path(root, "runs")), 1);
	run = json_path(root, "runs.0");
	json_expect_string(run, "tool.driver.name", "targs");
	assert_int_equal(cJSON_GetArraySize(json_path(run,
	    "tool.driver.rules")), DIAG_ID_COUNT);
	json_expect_string(run, "tool.driver.rules.10.id", "TA111");
	json_expect_string(run, "tool.driver.rules.10.name", "duplicate-key");
	json_expect_string(run,
	    "tool.driver.rules.10.defaultConfiguration.level", "warning");
	json_expect_string(run, "tool.driver.rules.21.defaultConfiguration."
	    "level", "note");
	assert_non_null(strstr(json_path(run,
	    "tool.driver.rules.10.help.text")->valuestring,
	    "TA111 duplicate-key: warning; upstream accepts\n"));
	assert_int_equal(cJSON_GetArraySize(json_path(run, "results")), 3);

	result = json_path(run, "results.0");
	json_expect_string(result, "ruleId", "TA111");
	assert_int_equal(json_path(result, "ruleIndex")->valueint, 10);
	json_expect_string(result, "level", "warning");
	json_expect_string(result, "message.text",
	    "dup\nhint: first\nhint: second\nline");
	json_expect_string(result,
	    "locations.0.physicalLocation.artifactLocation.uri",
	    "conf/a%20b.yaml");
	json_expect_string(result,
	    "locations.0.physicalLocation.artifactLocation.uriBaseId",
	    "%SRCROOT%");
	assert_int_equal(json_path(result, "locations.0.physicalLocation."
	    "region.startLine")->valueint, 3);
	assert_int_equal(json_path(result, "locations.0.physicalLocation."
	    "region.startColumn")->valueint, 7);
	json_expect_string(result, "properties.key", "k");
	json_expect_string(result, "properties.upstream", "accepts");

	/* the whole file: line 1, no column; no key, no upstream */
	result = json_path(run, "results.1");
	json_expect_string(result, "level", "error");
	assert_int_equal(json_path(result, "locations.0.physicalLocation."
	    "region.startLine")->valueint, 1);
	assert_null(cJSON_GetObjectItemCaseSensitive(json_path(result,
	    "locations.0.physicalLocation.region"), "startColumn"));
	assert_null(cJSON_GetObjectItemCaseSensitive(result, "properties"));

	/* standard input without a name: "-", against no base */
	result = json_path(run, "results.2");
	json_expect_string(result, "level", "note");
	json_expect_string(result,
	    "locations.0.physicalLocation.artifactLocation.uri", "-");
	assert_null(cJSON_GetObjectItemCaseSensitive(json_path(result,
	    "locations.0.physicalLocation.artifactLocation"), "uriBaseId"));

	assert_true(cJSON_IsFalse(json_path(run,
	    "invocations.0.executionSuccessful")));
	json_expect_string(run, "invocations.0.toolExecutionNotifications.0."
	    "message.text", "cannot open 'gone.yaml'");
	json_expect_string(run, "invocations.0.toolExecutionNotifications.0."
	    "locations.0.physicalLocation.artifactLocation.uri", "gone.yaml");
	cJSON_Delete(root);
	free(log);

	/* nothing checked and nothing failed: an empty, successful run */
	s = output_sarif_new();
	log = output_sarif_finish(s);
	root = cJSON_Parse(log);
	assert_non_null(root);
	assert_int_equal(cJSON_GetArraySize(json_path(root, "runs.0.results")),
	    0);
	assert_true(cJSON_IsTrue(json_path(root,
	    "runs.0.invocations.0.executionSuccessful")));
	assert_null(cJSON_GetObjectItemCaseSensitive(json_path(root,
	    "runs.0.invocations.0"), "toolExecutionNotifications"));
	cJSON_Delete(root);
	free(log);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_output_text_table),
		cmocka_unit_test(test_output_text_several),
		cmocka_unit_test(test_output_text_long_line),
		cmocka_unit_test(test_output_text_long_multibyte),
		cmocka_unit_test(test_output_text_color),
		cmocka_unit_test(test_output_text_color_warning),
		cmocka_unit_test(test_output_summary),
		cmocka_unit_test(test_output_summary_color),
		cmocka_unit_test(test_output_json_exact),
		cmocka_unit_test(test_output_json),
		cmocka_unit_test(test_output_github_escape),
		cmocka_unit_test(test_output_github),
		cmocka_unit_test(test_output_sarif_uri),
		cmocka_unit_test(test_output_sarif),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
