/*
 * output.h: writers. They only print what earlier stages produced.
 */
#ifndef TARGS_OUTPUT_H
#define TARGS_OUTPUT_H

#include <stdbool.h>
#include <stdio.h>

#include "targs/diag.h"
#include "targs/source.h"

struct cJSON;

/*
 * Prints a file's diagnostics (already sorted) as
 * "file:line:col: severity[CODE]: message", the source line with a caret
 * under the column, and the hints. src gives the source lines.
 */
void output_text_diags(FILE *out, const struct diag_list *diags,
    struct source *src, bool color);

/* Tallies for the closing line of `check`. */
struct output_totals {
	size_t	files;
	size_t	unreadable;
	size_t	errors;
	size_t	warnings;
	size_t	infos;
};

void output_text_summary(FILE *out, const struct output_totals *totals,
    bool color);

/*
 * The JSON report of `check`: {"files": [{"file": ..., "diagnostics":
 * [...]}]}. Caller frees the result with free().
 */
char *output_json_check(const struct diag_list *const *lists, size_t count);

/*
 * root as json.dumps(indent=2) writes it: two spaces per level and one
 * after each colon. Caller frees.
 */
char *output_json_indented(const struct cJSON *root);

/*
 * The report as GitHub Actions workflow commands: one ::error, ::warning
 * or ::notice line per diagnostic (already sorted), with its file, line,
 * column and code, and the hints below the message.
 */
void output_github_diags(FILE *out, const struct diag_list *diags);
/*
 * Escaped as GitHub's toolkit escapes the message of a command (data: %,
 * CR, LF) and its property values (also ':' and ','). Caller frees.
 */
char *output_github_escape_data(const char *s);
char *output_github_escape_property(const char *s);

/*
 * The SARIF 2.1.0 log of `check`, built as files are checked: add each
 * file's sorted diagnostics, or say why it could not be read, then
 * finish, which frees s and returns the log (the caller frees it).
 * path is the file as named on the command line (the --stdin-filename
 * name for '-'), or NULL for standard input without a name.
 */
struct output_sarif;
struct output_sarif *output_sarif_new(void);
void output_sarif_add(struct output_sarif *s, const struct diag_list *diags,
    const char *path);
void output_sarif_unreadable(struct output_sarif *s, const char *path,
    const char *why);
char *output_sarif_finish(struct output_sarif *s);
/*
 * path as a URI reference: characters a URI cannot hold percent-encoded,
 * a leading "./" dropped, an absolute path as a file: URI. Caller frees.
 */
char *output_sarif_uri(const char *path);

#endif
