/*
 * suggest.c: nearest-name suggestions (see suggest.h).
 */
#include <stdlib.h>
#include <string.h>

#include "targs/suggest.h"
#include "targs/xalloc.h"

static size_t
min3(size_t a, size_t b, size_t c)
{
	size_t m = a < b ? a : b;

	return m < c ? m : c;
}

size_t
suggest_distance(const char *a, const char *b)
{
	size_t n = strlen(a), m = strlen(b), i, j, cost, result;
	size_t *d = xcalloc((n + 1) * (m + 1), sizeof *d);

#define D(i, j) d[(i) * (m + 1) + (j)]
	for (i = 0; i <= n; i++)
		D(i, 0) = i;
	for (j = 0; j <= m; j++)
		D(0, j) = j;
	for (i = 1; i <= n; i++) {
		for (j = 1; j <= m; j++) {
			cost = a[i - 1] == b[j - 1] ? 0 : 1;
			D(i, j) = min3(D(i - 1, j) + 1, D(i, j - 1) + 1,
			    D(i - 1, j - 1) + cost);
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && D(i - 2, j - 2) + 1 < D(i, j))
				D(i, j) = D(i - 2, j - 2) + 1;
		}
	}
	result = D(n, m);
#undef D
	free(d);
	return result;
}

const char *
suggest_nearest(const char *word, const char *const *candidates)
{
	const char *best = NULL, *prefixed = NULL;
	size_t best_distance = (size_t)-1, limit, distance, len = strlen(word);
	size_t clen;
	int prefixes = 0;

	/* The distance costs len * candidate length: no guess for a novel. */
	if (len > 256)
		return NULL;
	limit = len / 3 > 0 ? len / 3 : 1;
	for (; *candidates != NULL; candidates++) {
		if (len > 0 && strncmp(*candidates, word, len) == 0) {
			prefixed = *candidates;
			prefixes++;
		}
		/* The distance is at least the difference in length. */
		clen = strlen(*candidates);
		if ((clen > len ? clen - len : len - clen) > limit)
			continue;
		distance = suggest_distance(word, *candidates);
		if (distance < best_distance) {
			best_distance = distance;
			best = *candidates;
		}
	}
	if (best != NULL && best_distance <= limit)
		return best;
	return prefixes == 1 ? prefixed : NULL;
}

void
suggest_print(FILE *out, const char *word, const char *const *candidates)
{
	const char *best = suggest_nearest(word, candidates);

	if (best != NULL)
		fprintf(out, "did you mean '%s'?\n", best);
}
