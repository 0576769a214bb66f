/*
 * source.c: reading an input file with a size bound, and turning byte
 * offsets into lines and columns. It never writes to the file and knows
 * nothing of YAML or JSON.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "targs/source.h"
#include "targs/xalloc.h"

static bool
source_is_continuation(unsigned char c)
{
	return (c & 0xC0) == 0x80;
}

static char *
source_io_error(const char *what, const char *name, int err)
{
	return xasprintf("cannot %s '%s': %s", what, name, strerror(err));
}

static enum source_read
source_read_fd(struct source *src, int fd, size_t max_size, char **error)
{
	size_t cap = 65536, len = 0;
	char *buf = xmalloc(cap + 1);
	ssize_t n;

	if (max_size > SIZE_MAX / 4)
		max_size = SIZE_MAX / 4; /* keeps max_size + 1 and cap * 2 exact */

	for (;;) {
		if (len == cap) {
			if (cap > max_size)
				break;
			cap = cap * 2 > max_size + 1 ? max_size + 1 : cap * 2;
			buf = xreallocarray(buf, cap + 1, 1);
		}
		n = read(fd, buf + len, cap - len);
		if (n == 0)
			break;
		if (n < 0) {
			if (errno == EINTR)
				continue;
			*error = source_io_error("read", src->name, errno);
			free(buf);
			return SOURCE_READ_FAILED;
		}
		len += (size_t)n;
	}
	if (len > max_size) {
		src->too_big = true;
		len = max_size + 1;
	}
	buf[len] = '\0';
	src->data = buf;
	src->len = len;
	return SOURCE_READ_OK;
}

enum source_read
source_read(struct source *src, const char *path, const char *display_name,
    size_t max_size, char **error)
{
	enum source_read result;
	struct stat st;
	int fd;

	memset(src, 0, sizeof *src);
	*error = NULL;
	if (strcmp(path, "-") == 0) {
		src->name = xstrdup(display_name ? display_name : "<stdin>");
		return source_read_fd(src, STDIN_FILENO, max_size, error);
	}
	src->name = xstrdup(path);
	fd = open(path, O_RDONLY | O_NOCTTY | O_CLOEXEC);
	if (fd < 0) {
		*error = source_io_error("open", path, errno);
		return SOURCE_READ_FAILED;
	}
	if (fstat(fd, &st) != 0) {
		*error = source_io_error("read", path, errno);
		close(fd);
		return SOURCE_READ_FAILED;
	}
	if (S_ISDIR(st.st_mode)) {
		*error = source_io_error("read", path, EISDIR);
		close(fd);
		return SOURCE_READ_FAILED;
	}
	/* a regular file over the limit need not be read to be refused */
	if (S_ISREG(st.st_mode) && (uintmax_t)st.st_size > max_size) {
		src->too_big = true;
		src->data = xstrdup("");
		close(fd);
		return SOURCE_READ_OK;
	}
	result = source_read_fd(src, fd, max_size, error);
	close(fd);
	return result;
}

void
source_init_memory(struct source *src, const char *name, const char *data,
    size_t len)
{
	memset(src, 0, sizeof *src);
	src->name = xstrdup(name);
	src->data = xstrndup(data, len);
	src->len = len;
}

void
source_release(struct source *src)
{
	free(src->name);
	free(src->data);
	free(src->line_starts);
	memset(src, 0, sizeof *src);
}

bool
source_has_bom(const struct source *src)
{
	return src->len >= 3 && memcmp(src->data, "\xEF\xBB\xBF", 3) == 0;
}

/*
 * Strict UTF-8 (RFC 3629), as Python's utf-8 codec decodes: no overlong
 * forms, no surrogates, nothing above U+10FFFF.
 */
size_t
source_utf8_len(const char *text, size_t n)
{
	const unsigned char *s = (const unsigned char *)text;
	unsigned char c = s[0], lo = 0x80, hi = 0xBF;
	size_t need, k;

	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		need = 1;
	else if (c >= 0xE0 && c <= 0xEF) {
		need = 2;
		if (c == 0xE0)
			lo = 0xA0;
		else if (c == 0xED)
			hi = 0x9F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		need = 3;
		if (c == 0xF0)
			lo = 0x90;
		else if (c == 0xF4)
			hi = 0x8F;
	} else
		return 0;
	if (n <= need || s[1] < lo || s[1] > hi)
		return 0;
	for (k = 2; k <= need; k++)
		if (!source_is_continuation(s[k]))
			return 0;
	return need + 1;
}

size_t
source_char_len(const char *s, size_t n)
{
	size_t len = source_utf8_len(s, n);

	return len ? len : 1;
}

size_t
source_find_invalid_utf8(const struct source *src)
{
	const unsigned char *s = (const unsigned char *)src->data;
	size_t i = 0, len;

	while (i < src->len) {
		/* Config files are nearly all ASCII: skip it byte by byte. */
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		len = source_utf8_len(src->data + i, src->len - i);
		if (len == 0)
			return i;
		i += len;
	}
	return src->len;
}

/* Length of the line break starting at i, or 0 when there is none. */
static size_t
source_break_len(const struct source *src, size_t i)
{
	const unsigned char *s = (const unsigned char *)src->data;

	if (s[i] == '\n')
		return 1;
	if (s[i] == '\r')
		return i + 1 < src->len && s[i + 1] == '\n' ? 2 : 1;
	if (!src->yaml_breaks)
		return 0;
	if (s[i] == 0xC2 && i + 1 < src->len && s[i + 1] == 0x85)
		return 2;
	if (s[i] == 0xE2 && i + 2 < src->len && s[i + 1] == 0x80 &&
	    (s[i + 2] == 0xA8 || s[i + 2] == 0xA9))
		return 3;
	return 0;
}

static void
source_index_lines(struct source *src)
{
	size_t cap = 64, i = 0, n;

	if (src->line_starts != NULL)
		return;
	src->line_starts = xreallocarray(NULL, cap, sizeof *src->line_starts);
	src->line_starts[0] = 0;
	src->line_count = 1;
	/* A line ends at \n, \r\n or a lone \r, as libyaml and Python count. */
	while (i < src->len) {
		n = source_break_len(src, i);
		if (n == 0) {
			i++;
			continue;
		}
		i += n;
		if (src->line_count == cap) {
			cap *= 2;
			src->line_starts = xreallocarray(src->line_starts, cap,
			    sizeof *src->line_starts);
		}
		src->line_starts[src->line_count++] = i;
	}
}

struct source_pos
source_position(struct source *src, size_t offset)
{
	struct source_pos pos;
	size_t lo = 0, hi, mid, i, start;

	source_index_lines(src);
	if (offset > src->len)
		offset = src->len;
	hi = src->line_count;
	while (hi - lo > 1) {
		mid = lo + (hi - lo) / 2;
		if (src->line_starts[mid] <= offset)
			lo = mid;
		else
			hi = mid;
	}
	start = src->line_starts[lo];
	if (lo == 0 && source_has_bom(src) && offset >= 3)
		start = 3;
	pos.line = (uint32_t)lo + 1;
	pos.column = 1;
	i = start;
	/* Many positions on one long line: go on from the last one. */
	if (src->last_pos.line == pos.line && src->last_start == start &&
	    src->last_offset <= offset) {
		pos.column = src->last_pos.column;
		i = src->last_offset;
	}
	for (; i < offset; pos.column++)
		i += source_char_len(src->data + i, src->len - i);
	src->last_offset = i;
	src->last_start = start;
	src->last_pos = pos;
	return pos;
}

size_t
source_offset(struct source *src, struct source_pos pos)
{
	size_t len, i = 0;
	const char *line = source_line(src, pos.line, &len);
	size_t start;
	uint32_t column = 1;

	if (line == NULL)
		return src->len;
	start = (size_t)(line - src->data);
	/* Many offsets on one long line: go on from source_position's last. */
	if (src->last_pos.line == pos.line && src->last_start == start &&
	    src->last_pos.column <= pos.column &&
	    src->last_offset <= start + len) {
		i = src->last_offset - start;
		column = src->last_pos.column;
	}
	while (i < len && column < pos.column) {
		i += source_char_len(line + i, len - i);
		column++;
	}
	src->last_offset = start + i;
	src->last_start = start;
	src->last_pos.line = pos.line;
	src->last_pos.column = column;
	return start + i;
}

/* The line's length without its break, from where the next line starts. */
static size_t
source_line_end(const struct source *src, uint32_t line, size_t start)
{
	size_t end = line < src->line_count ? src->line_starts[line] : src->len;
	size_t k;

	for (k = 3; k >= 1; k--)
		if (end >= start + k && source_break_len(src, end - k) == k)
			return end - k;
	return end;
}

const char *
source_line(struct source *src, uint32_t line, size_t *len)
{
	size_t start;

	source_index_lines(src);
	if (line == 0 || line > src->line_count)
		return NULL;
	start = src->line_starts[line - 1];
	if (line == 1 && source_has_bom(src))
		start = 3;
	*len = source_line_end(src, line, start) - start;
	return src->data + start;
}

void
source_cursor_init(const struct source *src, struct source_cursor *c)
{
	c->chars = 0;
	c->bytes = source_has_bom(src) ? 3 : 0;
}

size_t
source_cursor_seek(const struct source *src, struct source_cursor *c,
    size_t chars)
{
	if (chars < c->chars)
		source_cursor_init(src, c);
	while (c->chars < chars && c->bytes < src->len) {
		c->bytes += source_char_len(src->data + c->bytes,
		    src->len - c->bytes);
		c->chars++;
	}
	return c->bytes;
}
