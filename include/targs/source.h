/*
 * source.h: the bytes of one input file, and positions within them.
 *
 * Lines and columns are 1-based. A column counts characters (Unicode code
 * points), not bytes, as libyaml does; a byte that is not part of valid
 * UTF-8 counts as one character; a UTF-8 byte order mark at the start is
 * not counted.
 */
#ifndef TARGS_SOURCE_H
#define TARGS_SOURCE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct source_pos {
	uint32_t	line;
	uint32_t	column;
};

struct source {
	char		*name;        /* shown in messages: the path or "<stdin>" */
	char		*data;        /* the bytes, NUL-terminated; owned */
	size_t		 len;
	bool		 too_big;     /* over max_size: data is not the file */
	bool		 yaml_breaks; /* NEL, LS and PS end lines too, as in YAML 1.1 */
	size_t		*line_starts; /* byte offset of each line; built on demand */
	size_t		 line_count;
	/* source_position's last answer: the next one on its line counts on */
	size_t		 last_offset;
	size_t		 last_start;  /* where the counting started */
	struct source_pos last_pos;
};

enum source_read {
	SOURCE_READ_OK,
	SOURCE_READ_FAILED,   /* could not open or read; *error says why */
};

/*
 * Reads path ("-" is standard input, shown as display_name or "<stdin>";
 * display_name is used for "-" only).
 * A file larger than max_size sets too_big and its data is then not the
 * file (a regular file is not read at all, a pipe only up to max_size + 1
 * bytes). On failure *error is a message the caller frees. Either way the
 * caller releases src with source_release.
 */
enum source_read source_read(struct source *src, const char *path,
    const char *display_name, size_t max_size, char **error);
/* Wraps len bytes of memory (copied) as a source named name. */
void source_init_memory(struct source *src, const char *name,
    const char *data, size_t len);
void source_release(struct source *src);

/* True when the data starts with a UTF-8 byte order mark. */
bool source_has_bom(const struct source *src);
/*
 * Bytes of the well-formed UTF-8 character at s (of n bytes), or 0 when
 * the bytes there are not one.
 */
size_t source_utf8_len(const char *s, size_t n);
/*
 * Bytes of the character at s, as columns count them: a well-formed UTF-8
 * character, or else a single byte.
 */
size_t source_char_len(const char *s, size_t n);
/* Byte offset of the first invalid UTF-8 sequence, or src->len if none. */
size_t source_find_invalid_utf8(const struct source *src);
/* The line and column of a byte offset (clamped to the end). */
struct source_pos source_position(struct source *src, size_t offset);
/* Byte offset where a character position starts (clamped to the line). */
size_t source_offset(struct source *src, struct source_pos pos);
/*
 * A place in the data counted both in characters (as libyaml's marks
 * count, a leading byte order mark not counted) and in bytes. Seeking
 * forward is linear overall; seeking back starts again from the top.
 */
struct source_cursor {
	size_t	chars;
	size_t	bytes;
};
void source_cursor_init(const struct source *src, struct source_cursor *c);
/* Moves c to character index chars and returns its byte offset. */
size_t source_cursor_seek(const struct source *src, struct source_cursor *c,
    size_t chars);
/* The text of a line without its line break; NULL past the end. */
const char *source_line(struct source *src, uint32_t line, size_t *len);

#endif
