/*
 * replay.c: a main() for the fuzz targets when they are built without
 * libFuzzer (any compiler, the plain and the sanitizer builds). It runs
 * LLVMFuzzerTestOneInput once on every file named, or on every file in a
 * folder named, so that each crash a fuzzer found stays a regression test
 * and the seed corpus runs through every target in `make test`.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "targs/xalloc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int
replay_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t len = 0, cap = 0, n;

	if (f == NULL) {
		perror(path);
		return 1;
	}
	do {
		if (len == cap) {
			cap = cap ? cap * 2 : 65536;
			buf = xreallocarray(buf, cap, 1);
		}
		n = fread(buf + len, 1, cap - len, f);
		len += n;
	} while (n > 0);
	if (ferror(f)) {
		perror(path);
		fclose(f);
		free(buf);
		return 1;
	}
	fclose(f);
	LLVMFuzzerTestOneInput((const uint8_t *)buf, len);
	free(buf);
	return 0;
}

static int
replay_path(const char *path, size_t *count);

/* Every entry of a folder but the dot files (.gitkeep, README is fine). */
static int
replay_dir(const char *path, size_t *count)
{
	DIR *dir = opendir(path);
	struct dirent *e;
	char *child;
	int failed = 0;

	if (dir == NULL) {
		perror(path);
		return 1;
	}
	while ((e = readdir(dir)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		child = xasprintf("%s/%s", path, e->d_name);
		failed |= replay_path(child, count);
		free(child);
	}
	closedir(dir);
	return failed;
}

static int
replay_path(const char *path, size_t *count)
{
	struct stat st;

	if (stat(path, &st) != 0) {
		perror(path);
		return 1;
	}
	if (S_ISDIR(st.st_mode))
		return replay_dir(path, count);
	(*count)++;
	return replay_file(path);
}

int
main(int argc, char **argv)
{
	size_t count = 0;
	int i, failed = 0;

	for (i = 1; i < argc; i++)
		failed |= replay_path(argv[i], &count);
	printf("replayed %zu inputs\n", count);
	return failed;
}
