/*
 * suppress-internal.h: what suppress.c (reading the comments) hands to
 * suppress-apply.c (silencing diagnostics).
 */
#ifndef TARGS_SUPPRESS_INTERNAL_H
#define TARGS_SUPPRESS_INTERNAL_H

#include <stdint.h>

#include "targs/suppress.h"

/* A set of diagnostic ids, one bit each. */
#define SUPPRESS_WORDS ((DIAG_ID_COUNT + 63) / 64)
typedef uint64_t suppress_ids[SUPPRESS_WORDS];

static inline bool
suppress_ids_has(const suppress_ids set, enum diag_id id)
{
	return (set[id / 64] >> (id % 64)) & 1;
}

static inline void
suppress_ids_add(suppress_ids set, enum diag_id id)
{
	set[id / 64] |= (uint64_t)1 << (id % 64);
}

struct suppression {
	struct source_pos	 pos;        /* of the comment's '#' */
	bool			 file_wide;  /* ignore-file */
	bool			 blanket;    /* no codes: every code */
	bool			 used_any;
	char			**codes;
	bool			*used;       /* per code */
	size_t			 code_count;
	char			*problem;    /* why (part of) it was not read */
	suppress_ids		 silences;   /* what its codes match */
	suppress_ids		 marked;     /* ids whose codes are marked used */
};

/*
 * The line directives of one line: items[first..end). Diagnostics on the
 * line, and of the keys that start on it, are checked against any first;
 * memo remembers which directive silenced memo_id last, so a flood of
 * one code on one line costs one search.
 */
struct suppress_line {
	uint32_t	line;
	size_t		first, end;
	suppress_ids	any;
	enum diag_id	memo_id;     /* DIAG_ID_COUNT: none yet */
	size_t		memo;
};

struct suppress_key {
	char	*path;
	size_t	 group;   /* into suppressions.lines */
};

/* The index of line's group in sup->lines, or sup->line_count. */
size_t suppress_line_find(const struct suppressions *sup, uint32_t line);

#endif
