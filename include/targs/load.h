/*
 * load.h: an input file's bytes to a value tree, as Python would load it.
 *
 * YAML goes through libyaml's event API and is composed as yaml.safe_load
 * composes it (anchors, aliases, merge keys, one document); JSON goes
 * through cJSON and is typed as Python's json module types it. Every
 * problem becomes a diagnostic with a position; nothing is printed.
 */
#ifndef TARGS_LOAD_H
#define TARGS_LOAD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "targs/diag.h"
#include "targs/scalar.h"
#include "targs/source.h"
#include "targs/value.h"

/* Fixed bounds on what one file may cost; see docs/limits.md. */
struct load_limits {
	size_t		max_file_size;   /* bytes */
	uint32_t	max_depth;       /* nested sequences and mappings */
	uint32_t	max_nodes;       /* nodes, an alias counted as a copy */
	size_t		max_scalar_len;  /* bytes in one scalar or key */
};

extern const struct load_limits load_default_limits;

enum load_format {
	LOAD_FORMAT_AUTO,   /* by file name, else by content */
	LOAD_FORMAT_YAML,
	LOAD_FORMAT_JSON,
};

struct load_options {
	enum load_format	format;
	enum scalar_schema	schema;   /* how YAML scalars are typed */
	struct load_limits	limits;
};

/* PyYAML typing, format by file name, the default limits. */
void load_options_init(struct load_options *options);

/*
 * The format a file is read as: .json is JSON; .yaml and .yml are YAML;
 * otherwise JSON when the first character that is not white space is '{'
 * or '[' and YAML for anything else.
 */
enum value_format load_detect_format(const char *name,
    const struct source *src, enum load_format requested);

/*
 * Loads src into doc (which the caller releases with value_doc_release).
 * Problems are added to diags. doc->root is what Python would have loaded,
 * or NULL when Python would have raised. Returns true when that is a
 * mapping, the only top level TrainingArguments files can have; otherwise
 * diags holds at least one error.
 */
bool load_source(struct source *src, const struct load_options *options,
    struct value_doc *doc, struct diag_list *diags);

#endif
