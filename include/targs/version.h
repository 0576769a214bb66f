/*
 * version.h: the transformers releases targs knows, and how a user names
 * one.
 *
 * A release is kept as major * 100 + minor (TV(4, 38) is 4.38): every
 * patch release of a minor has the same fields and rules, so "4.38.2"
 * selects 4.38. The schema table and the rules speak only of these
 * numbers.
 */
#ifndef TARGS_VERSION_H
#define TARGS_VERSION_H

#include <stdbool.h>
#include <stddef.h>

#define TV(major, minor) ((major) * 100 + (minor))

/* The oldest and the newest release targs models. */
#define VERSION_OLDEST TV(4, 38)
#define VERSION_NEWEST TV(5, 18)

/* Room for "NN.NN" and its NUL. */
#define VERSION_TEXT_MAX 8

/* The environment variable read when --transformers is not given. */
#define VERSION_ENV "TARGS_TRANSFORMERS"

enum version_parse {
	VERSION_PARSE_OK,
	VERSION_PARSE_BAD,      /* not X.Y or X.Y.Z */
	VERSION_PARSE_UNKNOWN,  /* well formed, but not a release targs knows */
};

/* Reads "X.Y" or "X.Y.Z" into *out (also when it is not a known release). */
enum version_parse version_parse(const char *text, int *out);

/* True for a minor release from VERSION_OLDEST to VERSION_NEWEST. */
bool version_known(int version);

/* The known release after (before) version, or 0 when there is none. */
int version_next(int version);
int version_prev(int version);

/* How many releases targs knows; their indexes run from 0, oldest first. */
size_t version_count(void);
/*
 * The index of a known release ((size_t)-1 for any other), and the
 * release at an index (0 past the end).
 */
size_t version_index(int version);
int version_at(size_t index);

/* Writes "4.38" into buf (VERSION_TEXT_MAX bytes); returns buf. */
char *version_format(int version, char *buf);

/* "4.38 to 4.57 and 5.0 to 5.18": every known release, for messages. */
char *version_format_known(void);

/*
 * "4.41", "4.41-4.50", "4.41+" (up to the newest) for the known releases
 * from first to last inclusive. buf holds 2 * VERSION_TEXT_MAX bytes.
 */
char *version_format_range(int first, int last, char *buf);

#endif
