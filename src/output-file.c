/*
 * output-file.c: `check --output FILE` (see output-file.h). The file is
 * compared by device and inode, so another spelling of an input, a hard
 * link or a symbolic link to it is refused too; fopen(3) with "w" would
 * truncate it before a byte of it was read.
 */
#define _XOPEN_SOURCE 700 /* realpath */
#include <sys/stat.h>
#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "targs/output-file.h"
#include "targs/settings.h"

static bool
output_file_same(const struct stat *a, const char *path)
{
	struct stat b;

	if (strcmp(path, "-") == 0 ? fstat(STDIN_FILENO, &b) != 0 :
	    stat(path, &b) != 0)
		return false;
	return a->st_dev == b.st_dev && a->st_ino == b.st_ino;
}

static bool
output_file_is_named(const char *path, const char *name)
{
	const char *slash = strrchr(path, '/');

	return strcmp(slash != NULL ? slash + 1 : path, name) == 0;
}

/*
 * A configuration file is read for every file under its directory, so a
 * report named like one (or a link to one) is refused even where no
 * input would read it: the first file checked after it was created would.
 */
static bool
output_file_is_settings(const char *path)
{
	char *real;
	bool named;

	if (output_file_is_named(path, SETTINGS_FILE_NAME))
		return true;
	if ((real = realpath(path, NULL)) == NULL)
		return false;
	named = output_file_is_named(real, SETTINGS_FILE_NAME);
	free(real);
	return named;
}

/* Which file the run reads path is, or NULL. */
static const char *
output_file_read_as(const char *path, const struct walk_list *files,
    const char *config)
{
	struct stat out;
	size_t i;

	if (output_file_is_settings(path))
		return "a configuration file";
	if (stat(path, &out) != 0)
		return NULL;
	if (config != NULL && output_file_same(&out, config))
		return "the --config file";
	for (i = 0; i < files->len; i++)
		if (output_file_same(&out, files->items[i].path))
			return strcmp(files->items[i].path, "-") == 0 ?
			    "standard input" : "one of the files to check";
	return NULL;
}

FILE *
output_file_open(const char *path, const struct walk_list *files,
    const char *config)
{
	const char *read_as = output_file_read_as(path, files, config);
	FILE *f;

	if (read_as != NULL) {
		fprintf(stderr, "targs check: --output %s is %s; targs never "
		    "writes to what it reads\n", path, read_as);
		return NULL;
	}
	if ((f = fopen(path, "w")) == NULL)
		fprintf(stderr, "targs check: cannot write %s: %s\n", path,
		    strerror(errno));
	return f;
}
