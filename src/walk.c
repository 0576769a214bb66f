/*
 * walk.c: operands to files, directories walked (see walk.h).
 */
#include <sys/stat.h>
#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "targs/walk.h"
#include "targs/xalloc.h"

static const char *
walk_basename(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash != NULL ? slash + 1 : path;
}

bool
walk_excluded(const char *path, const char *const *globs, size_t count)
{
	const char *name = walk_basename(path), *glob;
	size_t i;

	if (strncmp(path, "./", 2) == 0)
		path += 2;
	for (i = 0; i < count; i++) {
		/* a glob "./x/y" matches as "x/y": the paths lose "./" too */
		glob = strncmp(globs[i], "./", 2) == 0 ? globs[i] + 2 :
		    globs[i];
		if (strchr(glob, '/') == NULL ? fnmatch(glob, name, 0) == 0 :
		    fnmatch(glob, path, 0) == 0)
			return true;
	}
	return false;
}

static bool
walk_wanted_name(const char *name)
{
	const char *dot = strrchr(name, '.');

	return dot != NULL && (strcmp(dot, ".yaml") == 0 ||
	    strcmp(dot, ".yml") == 0 || strcmp(dot, ".json") == 0);
}

static void
walk_add(struct walk_list *list, char *path, bool walked)
{
	list->items = xgrowarray(list->items, list->len, &list->cap,
	    sizeof *list->items);
	list->items[list->len].path = path;
	list->items[list->len++].walked = walked;
}

static int
walk_compare(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names in dir that are not hidden, sorted; NULL when unreadable. */
static char **
walk_names(const char *dir, size_t *count)
{
	struct dirent *entry;
	char **names = NULL;
	size_t n = 0, cap = 0;
	DIR *d;

	if ((d = opendir(dir)) == NULL)
		return NULL;
	while ((entry = readdir(d)) != NULL) {
		if (entry->d_name[0] == '.')
			continue;
		names = xgrowarray(names, n, &cap, sizeof *names);
		names[n++] = xstrdup(entry->d_name);
	}
	closedir(d);
	if (n > 1)
		qsort(names, n, sizeof *names, walk_compare);
	*count = n;
	return names == NULL ? xcalloc(1, sizeof *names) : names;
}

static void
walk_dir(const char *dir, const char *const *globs, size_t glob_count,
    struct walk_list *list)
{
	size_t count, i, len = strlen(dir);
	char **names, *path;
	struct stat st;

	if ((names = walk_names(dir, &count)) == NULL) {
		fprintf(stderr, "targs check: cannot read directory %s: %s\n",
		    dir, strerror(errno));
		list->troubles++;
		return;
	}
	for (i = 0; i < count; i++) {
		path = xasprintf("%s%s%s", dir,
		    len > 0 && dir[len - 1] == '/' ? "" : "/", names[i]);
		free(names[i]);
		if (walk_excluded(path, globs, glob_count) ||
		    lstat(path, &st) != 0) {
			free(path);
			continue;
		}
		if (S_ISDIR(st.st_mode))
			walk_dir(path, globs, glob_count, list);
		if (!S_ISDIR(st.st_mode) && walk_wanted_name(path) &&
		    (S_ISREG(st.st_mode) || (S_ISLNK(st.st_mode) &&
		    stat(path, &st) == 0 && S_ISREG(st.st_mode)))) {
			walk_add(list, path, true);
			continue;
		}
		free(path);
	}
	free(names);
}

static int
walk_compare_files(const void *a, const void *b)
{
	const struct walk_file *const *x = a, *const *y = b;
	int c = strcmp((*x)->path, (*y)->path);

	return c != 0 ? c : (*x < *y ? -1 : *x > *y);
}

/*
 * A file named twice, or named and also found by walking, is checked
 * once, at its first place.
 */
static void
walk_dedupe(struct walk_list *list)
{
	struct walk_file **order = xcalloc(list->len + 1, sizeof *order);
	size_t i, first, n = 0;

	for (i = 0; i < list->len; i++)
		order[i] = &list->items[i];
	qsort(order, list->len, sizeof *order, walk_compare_files);
	for (i = 1, first = 0; i < list->len; i++) {
		if (strcmp(order[i]->path, order[first]->path) != 0) {
			first = i;
			continue;
		}
		/* Named counts over walked: a named file is always checked. */
		order[first]->walked &= order[i]->walked;
		free(order[i]->path);
		order[i]->path = NULL;
	}
	free(order);
	for (i = 0; i < list->len; i++)
		if (list->items[i].path != NULL)
			list->items[n++] = list->items[i];
	list->len = n;
}

void
walk_operands(char *const *operands, size_t count, const char *const *globs,
    size_t glob_count, struct walk_list *list)
{
	struct stat st;
	size_t i;

	memset(list, 0, sizeof *list);
	for (i = 0; i < count; i++) {
		if (strcmp(operands[i], "-") != 0 &&
		    stat(operands[i], &st) == 0 && S_ISDIR(st.st_mode))
			walk_dir(operands[i], globs, glob_count, list);
		else
			walk_add(list, xstrdup(operands[i]), false);
	}
	walk_dedupe(list);
}

void
walk_list_release(struct walk_list *list)
{
	size_t i;

	for (i = 0; i < list->len; i++)
		free(list->items[i].path);
	free(list->items);
	memset(list, 0, sizeof *list);
}
