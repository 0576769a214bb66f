/*
 * test-suggest.c: the edit distance behind "did you mean" (optimal string
 * alignment: insertion, deletion, substitution and a swap of neighbours
 * each cost one) and suggest_nearest's choice: the nearest candidate
 * within a third of the word's length (at least one edit), else the one
 * candidate the word is a prefix of, else nothing.
 */
#include "helpers.h"

#include <string.h>

#include "targs/suggest.h"

struct distance_row {
	const char	*a;
	const char	*b;
	size_t		 distance;
};

static const struct distance_row distance_rows[] = {
	{ "", "", 0 },
	{ "format", "format", 0 },
	{ "", "abc", 3 },
	{ "abc", "", 3 },
	{ "format", "formet", 1 },          /* substitution */
	{ "format", "formats", 1 },         /* insertion */
	{ "format", "frmat", 1 },           /* deletion */
	{ "format", "fromat", 1 },          /* adjacent swap */
	{ "ab", "ba", 1 },
	{ "abcd", "badc", 2 },              /* two swaps */
	{ "ca", "abc", 3 },                 /* OSA: no edit inside a swap */
	{ "kitten", "sitting", 3 },
	{ "flaw", "lawn", 2 },
	{ "color", "colour", 1 },
	{ "abc", "xyz", 3 },
	{ "learning_rate", "learnig_rate", 1 },
};

static void
test_suggest_distance(void **state)
{
	const struct distance_row *r;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof distance_rows / sizeof distance_rows[0]; i++) {
		r = &distance_rows[i];
		assert_int_equal(suggest_distance(r->a, r->b), r->distance);
		/* every edit has an inverse of the same cost */
		assert_int_equal(suggest_distance(r->b, r->a), r->distance);
	}
}

static const char *const options[] = {
	"format", "color", "stdin-filename", "quiet", "help", NULL,
};
static const char *const commands[] = { "check", "chart", "help", NULL };
static const char *const lengths[] = { "abcdefghi", NULL };

struct nearest_row {
	const char		*word;
	const char *const	*candidates;
	const char		*expected;   /* NULL: no suggestion */
};

static const struct nearest_row nearest_rows[] = {
	{ "format", options, "format" },          /* exact */
	{ "fromat", options, "format" },          /* swap */
	{ "fomat", options, "format" },           /* deletion */
	{ "colour", options, "color" },           /* insertion */
	{ "quite", options, "quiet" },
	{ "hlep", options, "help" },
	{ "xyz", options, NULL },                 /* too far */
	{ "verbose", options, NULL },
	{ "stdin", options, "stdin-filename" },   /* unique prefix */
	{ "q", options, "quiet" },                /* too far, but a prefix */
	{ "ch", commands, NULL },                 /* prefix of two */
	{ "che", commands, "check" },             /* prefix of one */
	{ "chec", commands, "check" },
	{ "chekc", commands, "check" },
	{ "hepl", commands, "help" },
	{ "zzzz", commands, NULL },
	/* 9 letters: a third is 3 edits */
	{ "abcdefxyz", lengths, "abcdefghi" },
	{ "abcdewxyz", lengths, NULL },
	/* 10 letters: up to 3 edits; these are 2 */
	{ "abcdefghXY", lengths, "abcdefghi" },
	/* 5 letters: still one edit only (5 / 3 == 1) */
	{ "abcXY", lengths, NULL },
	{ "abcde", lengths, "abcdefghi" },        /* prefix, however far */
};

static void
test_suggest_nearest(void **state)
{
	const struct nearest_row *r;
	const char *got;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof nearest_rows / sizeof nearest_rows[0]; i++) {
		r = &nearest_rows[i];
		got = suggest_nearest(r->word, r->candidates);
		if (r->expected == NULL)
			assert_null(got);
		else {
			assert_non_null(got);
			assert_string_equal(got, r->expected);
		}
	}
}

/* The limit is a third of the word's length: 6 letters allow 2, not 3. */
static void
test_suggest_limit(void **state)
{
	static const char *const two[] = { "abcdXY", NULL };
	static const char *const three[] = { "abcXYZ", NULL };
	static const char *const one[] = { "abX", NULL };
	static const char *const far[] = { "aXY", NULL };

	(void)state;
	assert_int_equal(suggest_distance("abcdef", "abcdXY"), 2);
	assert_string_equal(suggest_nearest("abcdef", two), "abcdXY");
	assert_int_equal(suggest_distance("abcdef", "abcXYZ"), 3);
	assert_null(suggest_nearest("abcdef", three));
	/* short words still get one edit */
	assert_string_equal(suggest_nearest("abc", one), "abX");
	assert_null(suggest_nearest("abc", far));
}

/* Beyond 256 bytes no guess is made: the distance is quadratic. */
static void
test_suggest_long_word(void **state)
{
	char word[258], near[259];
	const char *candidates[] = { near, NULL };

	(void)state;
	memset(word, 'a', 256);
	word[256] = '\0';
	memcpy(near, word, 256);
	strcpy(near + 256, "b");
	assert_string_equal(suggest_nearest(word, candidates), near);
	strcpy(word + 256, "a");
	strcpy(near + 256, "ab");
	assert_null(suggest_nearest(word, candidates));
}

/* The nearest wins over a farther one; on a tie, the first listed. */
static void
test_suggest_nearest_order(void **state)
{
	static const char *const near_last[] = { "formXX", "formaX", NULL };
	static const char *const tie[] = { "colorA", "colorB", NULL };
	static const char *const none[] = { NULL };

	(void)state;
	assert_string_equal(suggest_nearest("format", near_last), "formaX");
	assert_string_equal(suggest_nearest("color", tie), "colorA");
	assert_null(suggest_nearest("format", none));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_suggest_distance),
		cmocka_unit_test(test_suggest_nearest),
		cmocka_unit_test(test_suggest_limit),
		cmocka_unit_test(test_suggest_long_word),
		cmocka_unit_test(test_suggest_nearest_order),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
