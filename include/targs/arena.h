/*
 * arena.h: a bump allocator that owns everything of one loaded document.
 *
 * A value tree shares nodes between an anchor and its aliases, so single
 * nodes are never freed: the whole arena goes at once with arena_release().
 */
#ifndef TARGS_ARENA_H
#define TARGS_ARENA_H

#include <stddef.h>

struct arena_block;

struct arena {
	struct arena_block	*head;
	size_t			 used;   /* bytes handed out, for the memory limit */
};

#define ARENA_INIT { NULL, 0 }

/*
 * Zeroed memory owned by the arena, aligned for pointers, sizes, 64-bit
 * integers and doubles (not for long double); never NULL.
 */
void *arena_alloc(struct arena *arena, size_t size);
/* A NUL-terminated copy of len bytes (which may hold NUL bytes themselves). */
char *arena_strndup(struct arena *arena, const char *s, size_t len);
/* Frees every block; the arena is empty and reusable afterwards. */
void arena_release(struct arena *arena);

#endif
