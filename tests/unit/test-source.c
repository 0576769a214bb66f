/*
 * test-source.c: an input file's bytes and positions within them: the
 * strict UTF-8 check (the offset of the first bad byte, as Python's codec
 * reports it), byte offsets to lines and columns (LF, CRLF, lone CR, YAML's
 * NEL/LS/PS when asked; a BOM not counted; columns in characters), lines
 * and offsets back, the byte order mark, and reading files with a size
 * bound.
 */
#include "helpers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "targs/source.h"

struct utf8_row {
	const char	*data;
	size_t		 len;
	size_t		 bad;   /* offset of the first bad byte, or len */
};

#define UTF8(s, bad) { s, sizeof s - 1, bad }
#define UTF8_OK(s) { s, sizeof s - 1, sizeof s - 1 }

static const struct utf8_row utf8_rows[] = {
	UTF8_OK(""),
	UTF8_OK("plain ASCII: 1\n"),
	UTF8_OK("nul \0 and del \x7f are valid UTF-8"),
	UTF8_OK("\xC2\x80"),                          /* U+0080, first 2-byte */
	UTF8_OK("caf\xC3\xA9"),                       /* é */
	UTF8_OK("\xDF\xBF"),                          /* U+07FF */
	UTF8_OK("\xE0\xA0\x80"),                      /* U+0800, first 3-byte */
	UTF8_OK("\xE2\x82\xAC"),                      /* € */
	UTF8_OK("\xED\x9F\xBF"),                      /* U+D7FF */
	UTF8_OK("\xEE\x80\x80"),                      /* U+E000, above them */
	UTF8_OK("\xEF\xBB\xBF" "a: 1"),               /* BOM */
	UTF8_OK("\xEF\xBF\xBF"),                      /* U+FFFF */
	UTF8_OK("\xF0\x90\x80\x80"),                  /* U+10000 */
	UTF8_OK("\xF0\x9F\x98\x80"),                  /* 😀 */
	UTF8_OK("\xF4\x8F\xBF\xBF"),                  /* U+10FFFF, the last */
	UTF8_OK("\xE6\x97\xA5\xE6\x9C\xAC: \xF0\x9F\x98\x80\n"),
	/* overlong forms */
	UTF8("\xC0\x80", 0),
	UTF8("\xC1\xBF", 0),
	UTF8("ab\xE0\x80\x80", 2),
	UTF8("\xE0\x9F\xBF", 0),
	UTF8("\xF0\x80\x80\x80", 0),
	UTF8("\xF0\x8F\xBF\xBF", 0),
	/* surrogates */
	UTF8("x\xED\xA0\x80", 1),
	UTF8("\xED\xBF\xBF", 0),
	/* above U+10FFFF, and lead bytes that never occur */
	UTF8("\xF4\x90\x80\x80", 0),
	UTF8("\xF5\x80\x80\x80", 0),
	UTF8("\xF8\x88\x80\x80\x80", 0),
	UTF8("ok \xFE", 3),
	UTF8("\xFF", 0),
	UTF8("\xFE\xFF", 0),
	/* truncated at the end */
	UTF8("abc\xC3", 3),
	UTF8("abc\xE2\x82", 3),
	UTF8("abc\xE2", 3),
	UTF8("abc\xF0\x9F\x98", 3),
	UTF8("abc\xF0\x9F", 3),
	/* truncated before more text */
	UTF8("\xC3" "a", 0),
	UTF8("\xE2\x82" "a", 0),
	UTF8("\xF0\x9F\x98" "a", 0),
	UTF8("\xE2\x82\xC3\xA9", 0),
	/* a stray continuation byte */
	UTF8("\x80", 0),
	UTF8("caf\xC3\xA9\xA9", 5),
	UTF8("a\xBF" "b", 1),
	/* only the first bad byte counts */
	UTF8("\xC3\xA9\xFF\xC0\x80", 2),
};

static void
test_source_invalid_utf8(void **state)
{
	const struct utf8_row *r;
	struct source src;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof utf8_rows / sizeof utf8_rows[0]; i++) {
		r = &utf8_rows[i];
		source_init_memory(&src, "t", r->data, r->len);
		assert_int_equal(src.len, r->len);
		if (source_find_invalid_utf8(&src) != r->bad)
			fail_msg("row %zu: %zu, expected %zu", i,
			    source_find_invalid_utf8(&src), r->bad);
		source_release(&src);
	}
}

struct position_row {
	const char	*data;
	size_t		 len;
	bool		 yaml_breaks;
	size_t		 offset;
	uint32_t	 line;
	uint32_t	 column;
};

#define POS(s, yb, offset, line, column) \
	{ s, sizeof s - 1, yb, offset, line, column }

static const struct position_row position_rows[] = {
	POS("", false, 0, 1, 1),
	POS("abc", false, 0, 1, 1),
	POS("abc", false, 2, 1, 3),
	POS("abc", false, 3, 1, 4),             /* the end */
	POS("abc", false, 99, 1, 4),            /* clamped to the end */
	/* LF */
	POS("ab\ncd", false, 2, 1, 3),          /* the break itself */
	POS("ab\ncd", false, 3, 2, 1),
	POS("ab\ncd", false, 4, 2, 2),
	POS("a\n\n\nb", false, 4, 4, 1),
	POS("a\n", false, 2, 2, 1),
	/* CRLF is one break */
	POS("ab\r\ncd", false, 2, 1, 3),
	POS("ab\r\ncd", false, 4, 2, 1),
	POS("ab\r\ncd", false, 5, 2, 2),
	POS("a\r\n\r\nb", false, 5, 3, 1),
	/* a lone CR is a break too */
	POS("ab\rcd", false, 3, 2, 1),
	POS("a\r\rb", false, 3, 3, 1),
	POS("a\n\rb", false, 3, 3, 1),          /* LF CR: two breaks */
	/* BOM: not a column */
	POS("\xEF\xBB\xBF" "ab", false, 3, 1, 1),
	POS("\xEF\xBB\xBF" "ab", false, 4, 1, 2),
	POS("\xEF\xBB\xBF" "a\nb", false, 5, 2, 1),
	POS("\xEF\xBB\xBF" "a\nb", false, 6, 2, 2),
	/* columns count characters */
	POS("caf\xC3\xA9: 1", false, 5, 1, 5),
	POS("caf\xC3\xA9: 1", false, 7, 1, 7),
	POS("\xE6\x97\xA5\xE6\x9C\xAC: x", false, 6, 1, 3),
	POS("\xF0\x9F\x98\x80x", false, 4, 1, 2),
	POS("a\n\xC3\xA9\xC3\xA9x", false, 6, 2, 3),
	POS("\xEF\xBB\xBF\xC3\xA9x", false, 5, 1, 2),
	/* a tab is one column */
	POS("\tx", false, 1, 1, 2),
	/* NEL (U+0085) and LS (U+2028) end lines only for YAML 1.1 */
	POS("a\xC2\x85" "b", false, 3, 1, 3),
	POS("a\xC2\x85" "b", true, 3, 2, 1),
	POS("a\xC2\x85" "bc", true, 4, 2, 2),
	POS("a\xE2\x80\xA8" "b", false, 4, 1, 3),
	POS("a\xE2\x80\xA8" "b", true, 4, 2, 1),
	POS("a\xE2\x80\xA9" "b", true, 4, 2, 1),   /* PS */
	POS("a\xE2\x80\xAA" "b", true, 4, 1, 3),   /* U+202A is no break */
	POS("a\nb\xC2\x85\xE2\x80\xA8" "c", true, 8, 4, 1),
	POS("a\nb\xC2\x85\xE2\x80\xA8" "c", false, 8, 2, 4),
};

static void
test_source_position(void **state)
{
	const struct position_row *r;
	struct source_pos pos;
	struct source src;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof position_rows / sizeof position_rows[0]; i++) {
		r = &position_rows[i];
		source_init_memory(&src, "t", r->data, r->len);
		src.yaml_breaks = r->yaml_breaks;
		pos = source_position(&src, r->offset);
		if (pos.line != r->line || pos.column != r->column)
			fail_msg("row %zu: %u:%u, expected %u:%u", i, pos.line,
			    pos.column, r->line, r->column);
		/* asked again, from the built index */
		pos = source_position(&src, r->offset);
		assert_int_equal(pos.line, r->line);
		assert_int_equal(pos.column, r->column);
		source_release(&src);
	}
}

/* Many lines: the index grows past its first allocation. */
static void
test_source_position_many_lines(void **state)
{
	char data[3000];
	struct source_pos pos;
	struct source src;
	size_t i;

	(void)state;
	for (i = 0; i < 1000; i++)
		memcpy(data + 3 * i, "ab\n", 3);
	source_init_memory(&src, "t", data, 3000);
	for (i = 0; i < 1000; i++) {
		pos = source_position(&src, 3 * i + 1);
		assert_int_equal(pos.line, i + 1);
		assert_int_equal(pos.column, 2);
	}
	pos = source_position(&src, 3000);
	assert_int_equal(pos.line, 1001);
	assert_int_equal(pos.column, 1);
	source_release(&src);
}

struct line_row {
	const char	*data;
	size_t		 len;
	bool		 yaml_breaks;
	uint32_t	 line;
	const char	*text;    /* NULL: no such line */
	size_t		 text_len;
};

#define LINE(s, yb, line, text) \
	{ s, sizeof s - 1, yb, line, text, sizeof text - 1 }
#define NO_LINE(s, yb, line) { s, sizeof s - 1, yb, line, NULL, 0 }

static const struct line_row line_rows[] = {
	LINE("", false, 1, ""),
	NO_LINE("", false, 2),
	NO_LINE("abc", false, 0),
	LINE("abc", false, 1, "abc"),
	NO_LINE("abc", false, 2),
	LINE("ab\ncd\n", false, 1, "ab"),
	LINE("ab\ncd\n", false, 2, "cd"),
	LINE("ab\ncd\n", false, 3, ""),          /* after the last break */
	NO_LINE("ab\ncd\n", false, 4),
	LINE("ab\r\ncd", false, 1, "ab"),
	LINE("ab\r\ncd", false, 2, "cd"),
	LINE("ab\rcd\r", false, 2, "cd"),
	LINE("a\n\nb", false, 2, ""),
	LINE("\xEF\xBB\xBF" "key: 1\nx", false, 1, "key: 1"),
	LINE("\xEF\xBB\xBF" "key: 1\nx", false, 2, "x"),
	LINE("\xEF\xBB\xBF", false, 1, ""),
	LINE("x\n\xEF\xBB\xBF" "y", false, 2, "\xEF\xBB\xBF" "y"),
	LINE("caf\xC3\xA9\nb", false, 1, "caf\xC3\xA9"),
	LINE("a\xC2\x85" "b", false, 1, "a\xC2\x85" "b"),
	LINE("a\xC2\x85" "b", true, 1, "a"),
	LINE("a\xC2\x85" "b", true, 2, "b"),
	LINE("a\xE2\x80\xA8" "b\n", true, 2, "b"),
	LINE("a\xE2\x80\xA8" "b\n", false, 1, "a\xE2\x80\xA8" "b"),
	LINE("nul\0in\nline", false, 1, "nul\0in"),
};

static void
test_source_line(void **state)
{
	const struct line_row *r;
	struct source src;
	const char *text;
	size_t i, len;

	(void)state;
	for (i = 0; i < sizeof line_rows / sizeof line_rows[0]; i++) {
		r = &line_rows[i];
		source_init_memory(&src, "t", r->data, r->len);
		src.yaml_breaks = r->yaml_breaks;
		len = 12345;
		text = source_line(&src, r->line, &len);
		if (r->text == NULL)
			assert_null(text);
		else {
			assert_non_null(text);
			assert_int_equal(len, r->text_len);
			assert_memory_equal(text, r->text, len);
			/* it points into the source's own bytes */
			assert_true(text >= src.data && text + len <= src.data +
			    src.len);
		}
		source_release(&src);
	}
}

struct offset_row {
	const char	*data;
	size_t		 len;
	uint32_t	 line;
	uint32_t	 column;
	size_t		 offset;
};

#define OFFSET(s, line, column, offset) \
	{ s, sizeof s - 1, line, column, offset }

static const struct offset_row offset_rows[] = {
	OFFSET("abc", 1, 1, 0),
	OFFSET("abc", 1, 3, 2),
	OFFSET("abc", 1, 4, 3),
	OFFSET("abc", 1, 99, 3),                    /* clamped to the line */
	OFFSET("abc", 1, 0, 0),
	OFFSET("ab\ncd\xC3\xA9 f", 2, 1, 3),
	OFFSET("ab\ncd\xC3\xA9 f", 2, 3, 5),
	OFFSET("ab\ncd\xC3\xA9 f", 2, 4, 7),        /* after the é */
	OFFSET("ab\ncd\xC3\xA9 f", 2, 99, 9),
	OFFSET("ab\ncd\n", 1, 99, 2),               /* not past the break */
	OFFSET("ab\r\ncd", 2, 2, 5),
	OFFSET("ab\ncd", 3, 1, 5),                  /* no such line: the end */
	OFFSET("ab\ncd", 0, 1, 5),
	OFFSET("\xEF\xBB\xBF" "ab", 1, 1, 3),       /* after the BOM */
	OFFSET("\xEF\xBB\xBF" "ab", 1, 2, 4),
	OFFSET("\xF0\x9F\x98\x80\xF0\x9F\x98\x80x", 1, 3, 8),
};

static void
test_source_offset(void **state)
{
	const struct offset_row *r;
	struct source_pos pos;
	struct source src;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof offset_rows / sizeof offset_rows[0]; i++) {
		r = &offset_rows[i];
		source_init_memory(&src, "t", r->data, r->len);
		pos.line = r->line;
		pos.column = r->column;
		if (source_offset(&src, pos) != r->offset)
			fail_msg("row %zu: %zu, expected %zu", i,
			    source_offset(&src, pos), r->offset);
		source_release(&src);
	}
}

/* source_offset undoes source_position at every character start. */
static void
test_source_offset_inverse(void **state)
{
	static const char data[] = "\xEF\xBB\xBF" "k\xC3\xA9y: 1\r\n"
	    "  - \xE6\x97\xA5\xF0\x9F\x98\x80\n\tz\rend";
	struct source_pos pos;
	struct source src;
	size_t i;

	(void)state;
	source_init_memory(&src, "t", data, sizeof data - 1);
	for (i = 3; i < src.len; i++) {
		if (((unsigned char)data[i] & 0xC0) == 0x80 ||
		    (data[i] == '\n' && data[i - 1] == '\r'))
			continue;
		pos = source_position(&src, i);
		assert_int_equal(source_offset(&src, pos), i);
	}
	source_release(&src);
}

/*
 * Positions and offsets asked out of order on one line (source.c goes on
 * from its last answer when it can) are those a fresh source gives.
 */
static void
test_source_memo_order(void **state)
{
	static const char data[] = "a: [\xC3\xA9, b, \xE6\x97\xA5, c]  # x\n"
	    "next: \xF0\x9F\x98\x80 1\n";
	static const size_t order[] = { 5, 9, 2, 20, 9, 0, 30, 38, 43, 12 };
	struct source_pos pos, want;
	struct source src, fresh;
	size_t i;

	(void)state;
	source_init_memory(&src, "t", data, sizeof data - 1);
	for (i = 0; i < sizeof order / sizeof order[0]; i++) {
		source_init_memory(&fresh, "t", data, sizeof data - 1);
		pos = source_position(&src, order[i]);
		want = source_position(&fresh, order[i]);
		assert_int_equal(pos.line, want.line);
		assert_int_equal(pos.column, want.column);
		source_release(&fresh);
		source_init_memory(&fresh, "t", data, sizeof data - 1);
		pos.column = (uint32_t)(order[i] % 7 + 1);
		assert_int_equal(source_offset(&src, pos),
		    source_offset(&fresh, pos));
		source_release(&fresh);
	}
	source_release(&src);
}

static void
test_source_has_bom(void **state)
{
	static const struct {
		const char	*data;
		size_t		 len;
		bool		 bom;
	} rows[] = {
		{ "", 0, false },
		{ "\xEF\xBB\xBF", 3, true },
		{ "\xEF\xBB\xBF" "a: 1\n", 8, true },
		{ "\xEF\xBB", 2, false },
		{ "\xEF\xBB\xBE", 3, false },
		{ "a\xEF\xBB\xBF", 4, false },
		{ "\xFF\xFE", 2, false },                 /* UTF-16 */
		{ "abc", 3, false },
	};
	struct source src;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		source_init_memory(&src, "t", rows[i].data, rows[i].len);
		assert_int_equal(source_has_bom(&src), rows[i].bom);
		source_release(&src);
	}
}

/* The copy is independent and NUL-terminated. */
static void
test_source_init_memory(void **state)
{
	char data[] = "a\0b";
	struct source src;

	(void)state;
	source_init_memory(&src, "mem.yaml", data, 3);
	data[0] = 'X';
	assert_string_equal(src.name, "mem.yaml");
	assert_int_equal(src.len, 3);
	assert_memory_equal(src.data, "a\0b", 4);
	assert_false(src.too_big);
	assert_false(src.yaml_breaks);
	source_release(&src);
	assert_null(src.data);
	assert_null(src.name);
}

/* Writes len bytes to a new temporary file; its path is in path. */
static void
write_temp(char *path, size_t size, const char *data, size_t len)
{
	int fd;

	snprintf(path, size, "/tmp/targs-test-source-XXXXXX");
	fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, data, len), (ssize_t)len);
	assert_int_equal(close(fd), 0);
}

static void
test_source_read_file(void **state)
{
	char path[64], *error = (char *)1;
	struct source src;

	(void)state;
	write_temp(path, sizeof path, "a: 1\nb: 2\n", 10);
	assert_int_equal(source_read(&src, path, NULL, 1024, &error),
	    SOURCE_READ_OK);
	assert_null(error);
	assert_string_equal(src.name, path);
	assert_int_equal(src.len, 10);
	assert_memory_equal(src.data, "a: 1\nb: 2\n", 11);
	assert_false(src.too_big);
	source_release(&src);

	/* a display name is for standard input only; a path keeps its name */
	assert_int_equal(source_read(&src, path, "shown.yaml", 1024, &error),
	    SOURCE_READ_OK);
	assert_string_equal(src.name, path);
	source_release(&src);

	/* exactly max_size bytes is not too big */
	assert_int_equal(source_read(&src, path, NULL, 10, &error),
	    SOURCE_READ_OK);
	assert_false(src.too_big);
	assert_int_equal(src.len, 10);
	source_release(&src);
	unlink(path);
}

static void
test_source_read_empty(void **state)
{
	char path[64], *error;
	struct source src;

	(void)state;
	write_temp(path, sizeof path, "", 0);
	assert_int_equal(source_read(&src, path, NULL, 1024, &error),
	    SOURCE_READ_OK);
	assert_int_equal(src.len, 0);
	assert_non_null(src.data);
	assert_string_equal(src.data, "");
	assert_false(src.too_big);
	source_release(&src);
	unlink(path);
}

/* A regular file over the bound is refused from its size, unread. */
static void
test_source_read_too_big(void **state)
{
	static const size_t sizes[] = { 0, 1, 5, 99, 65535, 65536, 65537,
	    100000, 199999 };
	char path[64], *error, *data;
	struct source src;
	size_t i, len = 200000;

	(void)state;
	data = malloc(len);
	assert_non_null(data);
	for (i = 0; i < len; i++)
		data[i] = (char)('a' + i % 26);
	write_temp(path, sizeof path, data, len);
	for (i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
		error = NULL;
		assert_int_equal(source_read(&src, path, "big.yaml", sizes[i],
		    &error), SOURCE_READ_OK);
		assert_null(error);
		if (!src.too_big)
			fail_msg("max_size %zu: not too big", sizes[i]);
		assert_string_equal(src.name, path);
		assert_non_null(src.data);
		assert_int_equal(src.len, 0);
		assert_string_equal(src.data, "");
		source_release(&src);
	}
	/* a bound of the size, or above, reads it all */
	assert_int_equal(source_read(&src, path, NULL, len, &error),
	    SOURCE_READ_OK);
	assert_false(src.too_big);
	assert_int_equal(src.len, len);
	assert_memory_equal(src.data, data, len);
	assert_int_equal(src.data[len], '\0');
	source_release(&src);
	assert_int_equal(source_read(&src, path, NULL, 3 * len, &error),
	    SOURCE_READ_OK);
	assert_false(src.too_big);
	assert_int_equal(src.len, len);
	source_release(&src);
	unlink(path);
	free(data);
}

/*
 * Reads "-" with standard input on a pipe holding len bytes of data.
 * The pipe holds them all at once (len is kept under its 4 KiB minimum).
 */
static enum source_read
read_pipe(struct source *src, const char *data, size_t len, size_t max_size,
    char **error)
{
	enum source_read result;
	int fds[2], saved;

	assert_true(len <= 4096);
	assert_int_equal(pipe(fds), 0);
	assert_int_equal(write(fds[1], data, len), (ssize_t)len);
	assert_int_equal(close(fds[1]), 0);
	saved = dup(STDIN_FILENO);
	assert_true(saved >= 0);
	assert_true(dup2(fds[0], STDIN_FILENO) == STDIN_FILENO);
	assert_int_equal(close(fds[0]), 0);
	result = source_read(src, "-", NULL, max_size, error);
	assert_true(dup2(saved, STDIN_FILENO) == STDIN_FILENO);
	assert_int_equal(close(saved), 0);
	return result;
}

/* A pipe cannot be measured: it is read up to max_size + 1 bytes. */
static void
test_source_read_pipe(void **state)
{
	static const size_t sizes[] = { 0, 1, 10, 999 };
	char data[1000], *error;
	struct source src;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof data; i++)
		data[i] = (char)('A' + i % 26);
	for (i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
		assert_int_equal(read_pipe(&src, data, sizeof data, sizes[i],
		    &error), SOURCE_READ_OK);
		assert_true(src.too_big);
		assert_int_equal(src.len, sizes[i] + 1);
		assert_memory_equal(src.data, data, src.len);
		assert_int_equal(src.data[src.len], '\0');
		assert_string_equal(src.name, "<stdin>");
		source_release(&src);
	}
	/* exactly max_size bytes fit */
	assert_int_equal(read_pipe(&src, data, sizeof data, sizeof data,
	    &error), SOURCE_READ_OK);
	assert_false(src.too_big);
	assert_int_equal(src.len, sizeof data);
	assert_memory_equal(src.data, data, sizeof data);
	source_release(&src);
	/* and an empty pipe is an empty file */
	assert_int_equal(read_pipe(&src, data, 0, 10, &error), SOURCE_READ_OK);
	assert_false(src.too_big);
	assert_int_equal(src.len, 0);
	assert_string_equal(src.data, "");
	source_release(&src);
}

static void
test_source_read_missing(void **state)
{
	const char *path = "/nonexistent/targs-test/missing.yaml";
	struct source src;
	char *error = NULL;

	(void)state;
	assert_int_equal(source_read(&src, path, NULL, 1024, &error),
	    SOURCE_READ_FAILED);
	assert_non_null(error);
	assert_string_equal(error, "cannot open "
	    "'/nonexistent/targs-test/missing.yaml': "
	    "No such file or directory");
	free(error);
	source_release(&src);
}

static void
test_source_read_directory(void **state)
{
	struct source src;
	char *error = NULL;

	(void)state;
	assert_int_equal(source_read(&src, "/tmp", NULL, 1024, &error),
	    SOURCE_READ_FAILED);
	assert_non_null(error);
	assert_string_equal(error, "cannot read '/tmp': Is a directory");
	assert_null(src.data);
	free(error);
	source_release(&src);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_source_invalid_utf8),
		cmocka_unit_test(test_source_position),
		cmocka_unit_test(test_source_position_many_lines),
		cmocka_unit_test(test_source_line),
		cmocka_unit_test(test_source_offset),
		cmocka_unit_test(test_source_offset_inverse),
		cmocka_unit_test(test_source_memo_order),
		cmocka_unit_test(test_source_has_bom),
		cmocka_unit_test(test_source_init_memory),
		cmocka_unit_test(test_source_read_file),
		cmocka_unit_test(test_source_read_empty),
		cmocka_unit_test(test_source_read_too_big),
		cmocka_unit_test(test_source_read_pipe),
		cmocka_unit_test(test_source_read_missing),
		cmocka_unit_test(test_source_read_directory),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
