/*
 * value.h: the one tree both loaders produce.
 *
 * Three kinds of node: scalar, sequence, mapping. A scalar keeps its text
 * as written (after YAML's own quoting and folding rules), its style and
 * its tag; what the text means is decided later by scalar.h. Every node
 * and every mapping key has a position. Mappings hold their entries as
 * Python's dict would: merge keys applied, each key once, the last value
 * of a duplicated key kept at the key's first place.
 *
 * A tree lives in one arena and is read-only once loaded: an alias and its
 * anchor share a node, so nodes are never freed one by one.
 */
#ifndef TARGS_VALUE_H
#define TARGS_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "targs/arena.h"
#include "targs/source.h"

enum value_kind {
	VALUE_SCALAR,
	VALUE_SEQUENCE,
	VALUE_MAPPING,
};

enum value_style {
	VALUE_STYLE_PLAIN,
	VALUE_STYLE_SINGLE_QUOTED,
	VALUE_STYLE_DOUBLE_QUOTED,
	VALUE_STYLE_LITERAL,
	VALUE_STYLE_FOLDED,
	VALUE_STYLE_FLOW,       /* a [..] or {..} collection */
	VALUE_STYLE_BLOCK,      /* an indented collection */
};

enum value_format {
	VALUE_FORMAT_YAML,
	VALUE_FORMAT_JSON,
};

struct value;

struct value_pair {
	struct value	*key;
	struct value	*value;
};

/* A large file has millions of these: the small fields come first. */
struct value {
	uint8_t			 kind;   /* enum value_kind */
	uint8_t			 style;  /* enum value_style */
	/* Nodes in this subtree, counting what an alias names as a copy. */
	uint32_t		 weight;
	struct source_pos	 pos;
	/*
	 * The explicit tag as a full tag ("tag:yaml.org,2002:int", "!",
	 * "!local"), or NULL. JSON scalars carry the core tag their syntax
	 * gives them, so both formats are typed by the same code.
	 */
	const char		*tag;
	/* Scalar: bytes of text; sequence: items; mapping: pairs. */
	size_t			 len;
	union {
		const char		*text;  /* NUL-terminated; may hold NUL */
		struct value		**items;
		struct value_pair	*pairs;
	};
};

struct value_doc {
	struct arena		 arena;
	enum value_format	 format;
	struct value		*root;  /* NULL when nothing could be loaded */
};

void value_doc_release(struct value_doc *doc);

/*
 * The value of the key whose text is name in a mapping (the last one, as
 * Python's dict keeps it), or NULL.
 */
const struct value *value_get(const struct value *mapping, const char *name);
/* True for a scalar whose text equals s exactly. */
bool value_text_is(const struct value *v, const char *s);

const char *value_kind_name(enum value_kind kind);

/*
 * Key paths as diagnostics show them: "lr_scheduler_kwargs.num_cycles",
 * "report_to[1]". A key that is not a plain identifier-like word is written
 * in brackets and double quotes: ["a.b"]. A key longer than
 * VALUE_PATH_KEY_MAX bytes is cut there and marked ["kkkk..."], so that
 * nested long keys cannot make paths grow without bound. parent may be
 * NULL (the top). Caller frees.
 */
#define VALUE_PATH_KEY_MAX 64
char *value_path_key(const char *parent, const char *key, size_t len);
char *value_path_index(const char *parent, size_t index);

#endif
