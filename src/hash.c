/*
 * hash.c: FNV-1a. Keys are short names, so a simple byte-at-a-time hash
 * costs less than anything cleverer would save. It is not keyed: tables
 * that hold a file's own keys must not use it (load.c sorts instead).
 */
#include "targs/hash.h"

#define HASH_BASIS 2166136261u
#define HASH_PRIME 16777619u

uint32_t
hash_string(const char *s)
{
	uint32_t h = HASH_BASIS;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * HASH_PRIME;
	return h;
}
