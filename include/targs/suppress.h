/*
 * suppress.h: suppression comments in YAML files.
 *
 *   key: value  # targs: ignore[TA203,TA301]   this line, and on a key
 *                                             line that key's value too
 *   # targs: ignore-file[TA401]               the whole file
 *
 * Codes may be prefixes, as on the command line (rule-select.h). A bare
 * `# targs: ignore` silences every code on its line and is itself a
 * warning (TA601); a directive that names no known code, or cannot be
 * read, is TA603; with report_unused, a code that silenced nothing is
 * TA602. These three are never silenced by a directive. JSON has no
 * comments, so JSON files have none of this.
 */
#ifndef TARGS_SUPPRESS_H
#define TARGS_SUPPRESS_H

#include <stdbool.h>
#include <stddef.h>

#include "targs/diag.h"
#include "targs/rule-select.h"
#include "targs/source.h"
#include "targs/value.h"

struct suppression;
struct suppress_line;
struct suppress_key;

struct suppressions {
	struct suppression	*items;   /* sorted by line */
	size_t			 len, cap;
	/* the line directives, grouped by line */
	struct suppress_line	*lines;
	size_t			 line_count;
	/* (key path, line) for the keys that start on such a line */
	struct suppress_key	*keys;
	size_t			 key_count, key_cap;
	/* per code, the first ignore-file directive silencing it */
	size_t			*file_first;
};

/*
 * Finds the directives in src's comments. doc (loaded from src, root may
 * be NULL) tells which keys start on a directive's line.
 */
void suppress_scan(struct source *src, const struct value_doc *doc,
    struct suppressions *sup);

/*
 * Drops the diagnostics of diags the directives silence, then adds the
 * warnings about the directives themselves (TA601, and TA602 when
 * report_unused) that sel enables. Leaves diags sorted.
 */
void suppress_apply(struct suppressions *sup, struct diag_list *diags,
    const struct rule_selection *sel, bool report_unused);

void suppressions_release(struct suppressions *sup);

#endif
