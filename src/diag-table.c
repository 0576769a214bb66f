/*
 * diag-table.c: every diagnostic code targs reports. Data only; the code
 * that uses it is in diag.c. Codes are stable once released: a code is
 * never reused for another problem.
 *
 * TA1xx: reading the file (encoding, syntax, structure, limits).
 * TA2xx: the file against the schema of a transformers release.
 */
#include "targs/diag.h"

const struct diag_code diag_code_table[DIAG_ID_COUNT] = {
	[DIAG_INVALID_UTF8] = {
		.code = "TA101", .name = "invalid-utf8",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "The file is not valid UTF-8, so Python cannot decode it.",
	},
	[DIAG_FORBIDDEN_CHARACTER] = {
		.code = "TA102", .name = "forbidden-character",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "The file holds a character its format does not allow, such as a NUL byte or a control character.",
	},
	[DIAG_YAML_SYNTAX] = {
		.code = "TA103", .name = "yaml-syntax",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "The file is not valid YAML.",
	},
	[DIAG_TAB_INDENT] = {
		.code = "TA104", .name = "tab-indent",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "A tab where PyYAML allows only spaces: in indentation or between tokens.",
	},
	[DIAG_JSON_SYNTAX] = {
		.code = "TA105", .name = "json-syntax",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "The file is not valid JSON as Python's json module reads it.",
	},
	[DIAG_EMPTY_DOCUMENT] = {
		.code = "TA106", .name = "empty-document",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "The file holds no document, only white space or comments.",
	},
	[DIAG_MULTIPLE_DOCUMENTS] = {
		.code = "TA107", .name = "multiple-documents",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "The file holds more than one YAML document; yaml.safe_load reads exactly one.",
	},
	[DIAG_NOT_A_MAPPING] = {
		.code = "TA108", .name = "not-a-mapping",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "The top level is not a mapping of parameter names to values.",
	},
	[DIAG_JSON_BOM] = {
		.code = "TA109", .name = "json-bom",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "The JSON file starts with a UTF-8 byte order mark, which Python's json.loads rejects.",
	},
	[DIAG_JSON_NONSTANDARD] = {
		.code = "TA110", .name = "json-nonstandard-number",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_ACCEPTS,
		.summary = "NaN, Infinity or -Infinity: Python's json module reads them, but they are not JSON.",
	},
	[DIAG_DUPLICATE_KEY] = {
		.code = "TA111", .name = "duplicate-key",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_ACCEPTS,
		.summary = "A key appears twice in one mapping; the last value wins silently.",
	},
	[DIAG_UNDEFINED_ALIAS] = {
		.code = "TA112", .name = "undefined-alias",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "An alias names an anchor that is not defined before it.",
	},
	[DIAG_DUPLICATE_ANCHOR] = {
		.code = "TA113", .name = "duplicate-anchor",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "The same anchor name is defined twice in one document.",
	},
	[DIAG_RECURSIVE_ALIAS] = {
		.code = "TA114", .name = "recursive-alias",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_ACCEPTS,
		.summary = "An alias refers to a node that contains it, making a structure that has no end.",
	},
	[DIAG_UNKNOWN_TAG] = {
		.code = "TA115", .name = "unknown-tag",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "A tag that yaml.safe_load cannot construct, such as !!python/object or a local tag.",
	},
	[DIAG_BAD_TAGGED_VALUE] = {
		.code = "TA116", .name = "bad-tagged-value",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "A value that its tag or its implicit type cannot construct, such as !!int abc or the date 2024-13-01.",
	},
	[DIAG_UNHASHABLE_KEY] = {
		.code = "TA117", .name = "unhashable-key",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "A sequence or mapping is used as a mapping key, which Python cannot hash.",
	},
	[DIAG_BAD_MERGE] = {
		.code = "TA118", .name = "bad-merge",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "A merge key (<<) whose value is not a mapping or a list of mappings.",
	},
	[DIAG_INTEGER_TOO_LONG] = {
		.code = "TA119", .name = "integer-too-long",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_RAISES,
		.summary = "A decimal integer of more than 4300 digits, which Python refuses to convert.",
	},
	[DIAG_OVER_LIMIT] = {
		.code = "TA120", .name = "over-limit",
		.severity = DIAG_ERROR, .upstream = DIAG_UPSTREAM_NONE,
		.summary = "The file exceeds one of targs' fixed limits on size, nesting, nodes, alias expansion or scalar length.",
	},
	[DIAG_VERSION_INFERRED] = {
		.code = "TA201", .name = "version-inferred",
		.severity = DIAG_INFO, .upstream = DIAG_UPSTREAM_NONE,
		.summary = "With --transformers auto: the release the file is checked against, and the keys that decided it.",
	},
	[DIAG_VERSION_CONFLICT] = {
		.code = "TA202", .name = "version-conflict",
		.severity = DIAG_WARNING, .upstream = DIAG_UPSTREAM_NONE,
		.summary = "With --transformers auto: no transformers release has all of the file's keys and values.",
	},
};
