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

/*
 * Optimal string alignment distance, or any value above bound once it is
 * sure to exceed bound. It needs only the last three rows of the table;
 * they live on the stack for the names targs compares (short), so that
 * checking a file of many unknown keys makes no allocation here.
 */
static size_t
suggest_distance_within(const char *a, const char *b, size_t bound)
{
	size_t n = strlen(a), m = strlen(b), i, j, cost, result;
	size_t stack[3 * 128], *rows = stack, low, prev_low = 0;
	size_t *two, *prev, *cur, *tmp;

	if (3 * (m + 1) > sizeof stack / sizeof stack[0])
		rows = xcalloc(3 * (m + 1), sizeof *rows);
	two = rows;
	prev = rows + (m + 1);
	cur = rows + 2 * (m + 1);
	for (j = 0; j <= m; j++)
		prev[j] = j;
	for (i = 1; i <= n; i++) {
		low = cur[0] = i;
		for (j = 1; j <= m; j++) {
			cost = a[i - 1] == b[j - 1] ? 0 : 1;
			cur[j] = min3(prev[j] + 1, cur[j - 1] + 1,
			    prev[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && two[j - 2] + 1 < cur[j])
				cur[j] = two[j - 2] + 1;
			if (cur[j] < low)
				low = cur[j];
		}
		/*
		 * A cell comes from the row above or, by a transposition, from
		 * the row two above plus one: when both rows are past bound,
		 * every later row is too.
		 */
		if (i > 1 && low > bound && prev_low > bound) {
			prev[m] = bound + 1;
			break;
		}
		prev_low = low;
		tmp = two;
		two = prev;
		prev = cur;
		cur = tmp;
	}
	result = prev[m];
	if (rows != stack)
		free(rows);
	return result;
}

size_t
suggest_distance(const char *a, const char *b)
{
	return suggest_distance_within(a, b, (size_t)-1 - 1);
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
		/* Only a distance below the best so far can matter. */
		distance = suggest_distance_within(word, *candidates,
		    best_distance <= limit ? best_distance : limit);
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
