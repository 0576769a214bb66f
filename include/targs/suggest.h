/*
 * suggest.h: "did you mean" for commands, options and (later) keys.
 */
#ifndef TARGS_SUGGEST_H
#define TARGS_SUGGEST_H

#include <stddef.h>
#include <stdio.h>

/*
 * Edit distance between a and b: insertions, deletions, substitutions and
 * swaps of two neighbours each cost one (optimal string alignment).
 */
size_t suggest_distance(const char *a, const char *b);

/*
 * The candidate nearest to word, or NULL when none is near enough: at
 * most a third of the word's length away (at least one edit), or word is
 * a prefix of exactly one candidate. A word of more than 256 bytes gets
 * none. candidates ends with NULL.
 */
const char *suggest_nearest(const char *word, const char *const *candidates);

/* Prints "did you mean 'NEAREST'?" to out when there is one. */
void suggest_print(FILE *out, const char *word,
    const char *const *candidates);

#endif
