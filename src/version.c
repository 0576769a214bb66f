/*
 * version.c: the known transformers releases (see version.h).
 *
 * The list is the minor releases 4.38 to 4.57 (the last v4) and 5.0 to
 * 5.18, the newest whose fields are known. v4 ended at 4.57, so 4.58 and
 * above are not releases.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "targs/version.h"
#include "targs/xalloc.h"

/* Each major's first and last minor known to targs. */
static const struct version_span {
	int	major;
	int	first_minor;
	int	last_minor;
} version_spans[] = {
	{ 4, 38, 57 },
	{ 5, 0, 18 },
};

#define VERSION_SPAN_COUNT (sizeof version_spans / sizeof version_spans[0])

bool
version_known(int version)
{
	size_t i;
	int major = version / 100, minor = version % 100;

	for (i = 0; i < VERSION_SPAN_COUNT; i++)
		if (version_spans[i].major == major &&
		    minor >= version_spans[i].first_minor &&
		    minor <= version_spans[i].last_minor)
			return true;
	return false;
}

int
version_next(int version)
{
	size_t i;

	if (version_known(version + 1))
		return version + 1;
	for (i = 0; i < VERSION_SPAN_COUNT; i++) {
		int first = TV(version_spans[i].major,
		    version_spans[i].first_minor);
		if (first > version)
			return first;
	}
	return 0;
}

int
version_prev(int version)
{
	size_t i;

	if (version_known(version - 1))
		return version - 1;
	for (i = VERSION_SPAN_COUNT; i > 0; i--) {
		int last = TV(version_spans[i - 1].major,
		    version_spans[i - 1].last_minor);
		if (last < version)
			return last;
	}
	return 0;
}

size_t
version_count(void)
{
	size_t i, n = 0;

	for (i = 0; i < VERSION_SPAN_COUNT; i++)
		n += (size_t)(version_spans[i].last_minor -
		    version_spans[i].first_minor + 1);
	return n;
}

size_t
version_index(int version)
{
	size_t i, n = 0;

	if (!version_known(version))
		return (size_t)-1;
	for (i = 0; i < VERSION_SPAN_COUNT; i++) {
		if (version / 100 == version_spans[i].major)
			return n + (size_t)(version % 100 -
			    version_spans[i].first_minor);
		n += (size_t)(version_spans[i].last_minor -
		    version_spans[i].first_minor + 1);
	}
	return n;
}

int
version_at(size_t index)
{
	size_t i, len;

	for (i = 0; i < VERSION_SPAN_COUNT; i++) {
		len = (size_t)(version_spans[i].last_minor -
		    version_spans[i].first_minor + 1);
		if (index < len)
			return TV(version_spans[i].major,
			    version_spans[i].first_minor + (int)index);
		index -= len;
	}
	return 0;
}

/* Reads a run of at most four digits; NULL when there is none. */
static const char *
version_number(const char *s, int *out)
{
	int n = 0, digits = 0;

	while (*s >= '0' && *s <= '9' && digits < 4) {
		n = n * 10 + (*s - '0');
		s++;
		digits++;
	}
	if (digits == 0 || (*s >= '0' && *s <= '9'))
		return NULL;
	*out = n;
	return s;
}

enum version_parse
version_parse(const char *text, int *out)
{
	int major, minor, patch;
	const char *s = text;

	if ((s = version_number(s, &major)) == NULL || *s++ != '.')
		return VERSION_PARSE_BAD;
	if ((s = version_number(s, &minor)) == NULL)
		return VERSION_PARSE_BAD;
	if (*s == '.' && (s = version_number(s + 1, &patch)) == NULL)
		return VERSION_PARSE_BAD;
	if (*s != '\0' || minor > 99 || major > 99)
		return VERSION_PARSE_BAD;
	*out = TV(major, minor);
	return version_known(*out) ? VERSION_PARSE_OK : VERSION_PARSE_UNKNOWN;
}

char *
version_format(int version, char *buf)
{
	snprintf(buf, VERSION_TEXT_MAX, "%d.%d", (version / 100) % 100,
	    version % 100);
	return buf;
}

char *
version_format_known(void)
{
	char *text = xstrdup(""), *next;
	size_t i;

	for (i = 0; i < VERSION_SPAN_COUNT; i++) {
		next = xasprintf("%s%s%d.%d to %d.%d", text, i > 0 ? " and " : "",
		    version_spans[i].major, version_spans[i].first_minor,
		    version_spans[i].major, version_spans[i].last_minor);
		free(text);
		text = next;
	}
	return text;
}

char *
version_format_range(int first, int last, char *buf)
{
	char a[VERSION_TEXT_MAX], b[VERSION_TEXT_MAX];

	version_format(first, a);
	if (first == last)
		snprintf(buf, 2 * VERSION_TEXT_MAX, "%s", a);
	else if (last == VERSION_NEWEST)
		snprintf(buf, 2 * VERSION_TEXT_MAX, "%s+", a);
	else
		snprintf(buf, 2 * VERSION_TEXT_MAX, "%s-%s", a,
		    version_format(last, b));
	return buf;
}
