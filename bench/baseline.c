/*
 * baseline.c: the benchmark's point of comparison. It reads each file
 * named on the command line and parses it, .json with cJSON and anything
 * else with libyaml's event parser, and does nothing else: no tree of its
 * own, no checks, no output. targs cannot be faster than this, so the
 * benchmark reports targs as a ratio to it.
 *
 * Exit status: 0 every file parsed, 1 a file did not parse (one line on
 * standard error each), 2 bad usage or a file that cannot be read.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cjson/cJSON.h>
#include <yaml.h>

/* Reads the whole file into a new buffer; NULL (errno set) on failure. */
static char *
read_file(const char *name, size_t *len)
{
	struct stat st;
	char *buf, *grown;
	size_t size, used = 0;
	ssize_t n;
	int fd, saved;

	if ((fd = open(name, O_RDONLY)) == -1)
		return NULL;
	size = 4096;
	if (fstat(fd, &st) == 0 && st.st_size > 0)
		size = (size_t)st.st_size + 1;
	if ((buf = malloc(size)) == NULL)
		goto fail;
	for (;;) {
		if (used == size) {
			if ((grown = realloc(buf, size * 2)) == NULL)
				goto fail;
			buf = grown;
			size *= 2;
		}
		n = read(fd, buf + used, size - used);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1)
			goto fail;
		if (n == 0)
			break;
		used += (size_t)n;
	}
	close(fd);
	*len = used;
	return buf;

fail:
	saved = errno;
	free(buf);
	close(fd);
	errno = saved;
	return NULL;
}

static int
ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n >= m && strcmp(s + n - m, suffix) == 0;
}

static int
parse_json(const char *name, const char *text, size_t len)
{
	cJSON *item;

	if ((item = cJSON_ParseWithLength(text, len)) == NULL) {
		fprintf(stderr, "baseline: %s: cjson cannot parse this file\n",
		    name);
		return 1;
	}
	cJSON_Delete(item);
	return 0;
}

static int
parse_yaml(const char *name, const char *text, size_t len)
{
	yaml_parser_t parser;
	yaml_event_t event;
	int done = 0, status = 0;

	if (!yaml_parser_initialize(&parser)) {
		fprintf(stderr, "baseline: out of memory\n");
		exit(2);
	}
	yaml_parser_set_input_string(&parser, (const unsigned char *)text,
	    len);
	while (!done) {
		if (!yaml_parser_parse(&parser, &event)) {
			fprintf(stderr, "baseline: %s:%zu:%zu: %s\n", name,
			    parser.problem_mark.line + 1,
			    parser.problem_mark.column + 1,
			    parser.problem != NULL ? parser.problem : "error");
			status = 1;
			break;
		}
		done = event.type == YAML_STREAM_END_EVENT;
		yaml_event_delete(&event);
	}
	yaml_parser_delete(&parser);
	return status;
}

int
main(int argc, char **argv)
{
	char *text;
	size_t len;
	int i, status = 0;

	if (argc < 2) {
		fprintf(stderr, "usage: baseline FILE...\n");
		return 2;
	}
	for (i = 1; i < argc; i++) {
		if ((text = read_file(argv[i], &len)) == NULL) {
			fprintf(stderr, "baseline: cannot read '%s': %s\n",
			    argv[i], strerror(errno));
			return 2;
		}
		if (ends_with(argv[i], ".json")) {
			if (parse_json(argv[i], text, len) != 0)
				status = 1;
		} else if (parse_yaml(argv[i], text, len) != 0)
			status = 1;
		free(text);
	}
	return status;
}
