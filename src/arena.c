/*
 * arena.c: the bump allocator behind value trees (see arena.h).
 * Blocks grow geometrically up to 1 MiB; large requests get a block of
 * their own, so waste stays below one block.
 */
#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>

#include "targs/arena.h"
#include "targs/xalloc.h"

struct arena_block {
	struct arena_block	*next;
	size_t			 size;
	size_t			 fill;
	alignas(max_align_t) unsigned char data[];
};

/*
 * What goes into an arena is pointers, sizes, 64-bit integers and doubles:
 * aligning to those, not to max_align_t (16 bytes, for long double), saves
 * 8 bytes on every other node and string of a large file.
 */
union arena_align {
	void		*p;
	size_t		 z;
	int64_t		 i;
	double		 d;
};

enum {
	ARENA_FIRST_BLOCK = 4096,
	ARENA_MAX_BLOCK = 1 << 20,
};

static struct arena_block *
arena_block_new(size_t size)
{
	struct arena_block *block = xmalloc(sizeof *block + size);

	block->next = NULL;
	block->size = size;
	block->fill = 0;
	return block;
}

void *
arena_alloc(struct arena *arena, size_t size)
{
	const size_t align = alignof(union arena_align);
	struct arena_block *block = arena->head;
	size_t start, want;
	void *p;

	if (size > SIZE_MAX - align)
		size = SIZE_MAX - align; /* xmalloc below reports it */
	size = (size + align - 1) & ~(align - 1);
	if (block == NULL || block->size - block->fill < size) {
		want = block == NULL ? ARENA_FIRST_BLOCK : block->size * 2;
		if (want > ARENA_MAX_BLOCK)
			want = ARENA_MAX_BLOCK;
		if (want < size)
			want = size;
		block = arena_block_new(want);
		block->next = arena->head;
		arena->head = block;
	}
	start = block->fill;
	block->fill += size;
	arena->used += size;
	p = block->data + start;
	memset(p, 0, size);
	return p;
}

char *
arena_strndup(struct arena *arena, const char *s, size_t len)
{
	char *p = arena_alloc(arena, len + 1);

	if (len > 0)
		memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

void
arena_release(struct arena *arena)
{
	struct arena_block *block = arena->head, *next;

	while (block != NULL) {
		next = block->next;
		free(block);
		block = next;
	}
	arena->head = NULL;
	arena->used = 0;
}
