/*
 * load-internal.h: what the YAML and JSON loaders share (load.c). Not part
 * of the core's interface.
 */
#ifndef TARGS_LOAD_INTERNAL_H
#define TARGS_LOAD_INTERNAL_H

#include <stdbool.h>

#include "targs/load.h"

struct load_ctx {
	struct source			*src;
	const struct load_options	*options;
	struct value_doc		*doc;
	struct diag_list		*diags;
	uint64_t			 nodes;   /* composed so far, aliases expanded */
	bool				 failed;  /* Python would not load the file */
	bool				 stopped; /* a limit or syntax error: give up */
};

/* A float numeral a double cannot hold (1e400, 1e-400): TA121. */
bool load_float_out_of_range(const struct value *node,
    const struct scalar *s);

/* Reports an error (any code) and marks the load as failed. */
struct diag *load_error(struct load_ctx *ctx, enum diag_id id,
    struct source_pos pos, const char *key, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/*
 * Counts weight more nodes; past the limit reports over-limit at pos,
 * stops the load and returns false.
 */
bool load_count_nodes(struct load_ctx *ctx, uint64_t weight,
    struct source_pos pos);

/*
 * With depth levels open, may one more open at pos? Past the limit reports
 * over-limit, stops the load and returns false.
 */
bool load_check_depth(struct load_ctx *ctx, uint32_t depth,
    struct source_pos pos);
/* Is a scalar of len bytes within the limit? As load_check_depth. */
bool load_check_scalar_len(struct load_ctx *ctx, size_t len,
    struct source_pos pos);

/* A new node in the document's arena. */
struct value *load_new_node(struct load_ctx *ctx, enum value_kind kind,
    struct source_pos pos);

/*
 * Makes mapping hold pairs (count of them, in document order) the way
 * PyYAML's constructor builds a dict: merge keys flattened, each key once,
 * the last value kept at the key's first place. Reports unhashable keys,
 * bad merges, keys that cannot be constructed, and duplicate keys. path is
 * the mapping's key path (NULL at the top).
 */
void load_finish_mapping(struct load_ctx *ctx, struct value *mapping,
    const struct value_pair *pairs, size_t count, const char *path);

/*
 * Checks that a scalar used as a value (not a key) can be constructed;
 * reports it otherwise.
 */
void load_check_scalar(struct load_ctx *ctx, const struct value *node,
    const char *path);

/* Reports a tag yaml.safe_load has no constructor for. */
void load_unknown_tag(struct load_ctx *ctx, const struct value *node,
    const char *path);

bool load_yaml(struct load_ctx *ctx);
bool load_json(struct load_ctx *ctx);

#endif
