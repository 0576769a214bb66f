/*
 * walk.h: the files `check` reads, from its operands. A file is taken as
 * named; a directory is walked for *.yaml, *.yml and *.json, skipping
 * hidden files and directories and what --exclude matches, in sorted
 * order. Symbolic links to files are followed, to directories not (so a
 * walk cannot loop).
 */
#ifndef TARGS_WALK_H
#define TARGS_WALK_H

#include <stdbool.h>
#include <stddef.h>

struct walk_file {
	char	*path;
	bool	 walked;   /* found in a directory, not named */
};

struct walk_list {
	struct walk_file	*items;
	size_t			 len;
	size_t			 cap;       /* items allocated */
	size_t			 troubles;  /* directories that could not be read */
};

/*
 * A glob without '/' matches a file or directory name anywhere; with '/'
 * it matches the whole path as the walk spells it (fnmatch(3), '*' also
 * matching '/').
 */
bool walk_excluded(const char *path, const char *const *globs, size_t count);

/*
 * Expands operands into list. A directory that cannot be read is said on
 * stderr and counted in list->troubles.
 */
void walk_operands(char *const *operands, size_t count, const char *const *globs,
    size_t glob_count, struct walk_list *list);
void walk_list_release(struct walk_list *list);

#endif
