/*
 * schema.c: the questions asked of the schema table (schema-table.c):
 * which fields a release has and in what order, which variant of a field
 * is in force, whether a loaded value fits it, and which releases a file's
 * keys point to.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "targs/hash.h"
#include "targs/schema.h"
#include "targs/strbuf.h"
#include "targs/xalloc.h"

static const char *const schema_type_names[SCHEMA_TYPE_COUNT] = {
	[SCHEMA_BOOL] = "bool",
	[SCHEMA_INT] = "int",
	[SCHEMA_FLOAT] = "float",
	[SCHEMA_NUM] = "int-or-float",
	[SCHEMA_STR] = "str",
	[SCHEMA_ENUM] = "enum",
	[SCHEMA_LIST_STR] = "list of str",
	[SCHEMA_DICT] = "dict",
	[SCHEMA_DICT_JSON] = "dict-or-JSON-string",
	[SCHEMA_DICT_JSON_PATH] = "dict-or-JSON-string-or-path",
	[SCHEMA_STR_OR_LIST] = "str-or-list of str",
	[SCHEMA_STR_OR_BOOL] = "str-or-bool",
	[SCHEMA_WORDS] = "words",
	[SCHEMA_WORDS_OR_BOOL] = "words-or-bool",
	[SCHEMA_OBJECT] = "object",
};

static const char *const schema_group_names[SCHEMA_GROUP_COUNT] = {
	[SCHEMA_GROUP_TRAINING] = "training",
	[SCHEMA_GROUP_SCHEDULE] = "schedule",
	[SCHEMA_GROUP_OPTIMIZER] = "optimizer",
	[SCHEMA_GROUP_STABILITY] = "stability",
	[SCHEMA_GROUP_PRECISION] = "precision",
	[SCHEMA_GROUP_COMPILE] = "compile",
	[SCHEMA_GROUP_RUNTIME] = "runtime",
	[SCHEMA_GROUP_LOGGING] = "logging",
	[SCHEMA_GROUP_TRACKING] = "tracking",
	[SCHEMA_GROUP_EVALUATION] = "evaluation",
	[SCHEMA_GROUP_CHECKPOINTING] = "checkpointing",
	[SCHEMA_GROUP_HUB] = "hub",
	[SCHEMA_GROUP_BEST_MODEL] = "best-model",
	[SCHEMA_GROUP_DATA] = "data",
	[SCHEMA_GROUP_DISTRIBUTED] = "distributed",
	[SCHEMA_GROUP_DEBUG] = "debug",
	[SCHEMA_GROUP_GENERATION] = "generation",
};

const char *
schema_type_name(enum schema_type type)
{
	return schema_type_names[type];
}

const char *
schema_group_name(enum schema_group group)
{
	return schema_group_names[group];
}

const char *
schema_class_name(enum schema_class cls)
{
	return cls == SCHEMA_CLASS_SEQ2SEQ ? "Seq2SeqTrainingArguments" :
	    "TrainingArguments";
}

const char *
schema_check_name(enum schema_check check)
{
	switch (check) {
	case SCHEMA_CHECK_CLASS:
		return "raises";
	case SCHEMA_CHECK_TRAINER:
		return "trainer";
	case SCHEMA_CHECK_ARGPARSE:
	case SCHEMA_CHECK_NONE:
		break;
	}
	return "accepts";
}

const struct schema_row *
schema_find(const char *name)
{
	static uint32_t *table;  /* row index + 1, or 0; built once */
	static size_t mask;
	size_t i, size = 16;
	uint32_t k;

	if (table == NULL) {
		while (size < 2 * schema_table_len)
			size *= 2;
		table = xcalloc(size, sizeof *table);
		mask = size - 1;
		/* in table order, so a name's first row is found first */
		for (k = 0; k < schema_table_len; k++) {
			i = hash_string(schema_table[k].name) & mask;
			while (table[i] != 0)
				i = (i + 1) & mask;
			table[i] = k + 1;
		}
	}
	for (i = hash_string(name) & mask; (k = table[i]) != 0;
	    i = (i + 1) & mask)
		if (strcmp(schema_table[k - 1].name, name) == 0)
			return &schema_table[k - 1];
	return NULL;
}

static int
schema_name_order(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

size_t
schema_names(const char ***names)
{
	const char **list = xcalloc(schema_table_len + 1, sizeof *list);
	size_t i;

	/* a row per name, for both classes and every release (test-schema) */
	for (i = 0; i < schema_table_len; i++)
		list[i] = schema_table[i].name;
	qsort(list, schema_table_len, sizeof *list, schema_name_order);
	*names = list;
	return schema_table_len;
}

bool
schema_row_in(const struct schema_row *row, int version,
    enum schema_class cls)
{
	if (row->cls == SCHEMA_CLASS_SEQ2SEQ && cls != SCHEMA_CLASS_SEQ2SEQ)
		return false;
	return version >= row->since &&
	    (row->removed == 0 || version < row->removed);
}

const struct schema_variant *
schema_variant_at(const struct schema_row *row, int version)
{
	const struct schema_variant *v = &row->variants[0];
	size_t i;

	for (i = 1; i < SCHEMA_MAX_VARIANTS && row->variants[i].since != 0; i++)
		if (row->variants[i].since <= version)
			v = &row->variants[i];
	return v;
}

int
schema_row_last(const struct schema_row *row)
{
	return row->removed == 0 ? VERSION_NEWEST : version_prev(row->removed);
}

static int
schema_legacy_position(const struct schema_row *row, int version)
{
	const struct schema_variant *v = schema_variant_at(row, version);

	return v->legacy_position != 0 ? v->legacy_position :
	    row->legacy_position;
}

/* Sorts rows into the declaration order of a release before 5.2. */
static void
schema_sort_legacy(const struct schema_row **rows, size_t n, int version)
{
	const struct schema_row *row;
	size_t i, j;

	for (i = 1; i < n; i++) {
		row = rows[i];
		for (j = i; j > 0 && schema_legacy_position(rows[j - 1],
		    version) > schema_legacy_position(row, version); j--)
			rows[j] = rows[j - 1];
		rows[j] = row;
	}
}

size_t
schema_fields(int version, enum schema_class cls,
    const struct schema_row ***rows)
{
	size_t i, n = 0;

	*rows = xcalloc(schema_table_len, sizeof **rows);
	for (i = 0; i < schema_table_len; i++)
		if (schema_table[i].cls == SCHEMA_CLASS_TRAINING &&
		    schema_row_in(&schema_table[i], version, cls))
			(*rows)[n++] = &schema_table[i];
	if (version < SCHEMA_REGROUPED_SINCE)
		schema_sort_legacy(*rows, n, version);
	/* A subclass's own fields follow all of its base class's. */
	for (i = 0; i < schema_table_len; i++)
		if (schema_table[i].cls != SCHEMA_CLASS_TRAINING &&
		    schema_row_in(&schema_table[i], version, cls))
			(*rows)[n++] = &schema_table[i];
	return n;
}

bool
schema_member_in(const struct schema_member *member, int version)
{
	int since = member->since == 0 ? VERSION_OLDEST : member->since;

	return version >= since &&
	    (member->removed == 0 || version < member->removed);
}

int
schema_member_last(const struct schema_member *member)
{
	return member->removed == 0 ? VERSION_NEWEST :
	    version_prev(member->removed);
}

const struct schema_member *
schema_member_find(const struct schema_enum *e, const char *name)
{
	const struct schema_member *m;

	for (m = e->members; m->name != NULL; m++)
		if (strcmp(m->name, name) == 0)
			return m;
	return NULL;
}

bool
schema_member_named(const struct schema_enum *e, int version,
    const char *name)
{
	const struct schema_member *m = schema_member_find(e, name);

	return m != NULL && schema_member_in(m, version);
}

char *
schema_member_list(const struct schema_enum *e, int version)
{
	const struct schema_member *m;
	struct strbuf b = STRBUF_INIT;

	for (m = e->members; m->name != NULL; m++) {
		if (!schema_member_in(m, version))
			continue;
		strbuf_adds(&b, b.len > 0 ? ", '" : "'");
		strbuf_adds(&b, m->name);
		strbuf_adds(&b, "'");
	}
	return strbuf_take(&b);
}

enum schema_parser
schema_parser_of(const struct schema_variant *v)
{
	if (v->parser != SCHEMA_PARSER_DERIVED)
		return v->parser;
	switch (v->type) {
	case SCHEMA_BOOL:
		return v->nullable ? SCHEMA_PARSER_OPTIONAL_BOOL :
		    SCHEMA_PARSER_BOOL;
	case SCHEMA_INT:
		return SCHEMA_PARSER_INT;
	case SCHEMA_FLOAT:
	case SCHEMA_NUM:
		return SCHEMA_PARSER_FLOAT;
	case SCHEMA_ENUM:
		return v->values->check == SCHEMA_CHECK_CLASS ?
		    SCHEMA_PARSER_ENUM : SCHEMA_PARSER_STR;
	case SCHEMA_LIST_STR:
		return SCHEMA_PARSER_LIST_STR;
	case SCHEMA_DICT:
		return SCHEMA_PARSER_DICT;
	case SCHEMA_WORDS:
		return SCHEMA_PARSER_LIST_ENUM;
	case SCHEMA_OBJECT:
		return SCHEMA_PARSER_ANY;
	case SCHEMA_STR:
	case SCHEMA_DICT_JSON:
	case SCHEMA_DICT_JSON_PATH:
	case SCHEMA_STR_OR_LIST:
	case SCHEMA_STR_OR_BOOL:
	case SCHEMA_WORDS_OR_BOOL:
	case SCHEMA_TYPE_COUNT:
		break;
	}
	return SCHEMA_PARSER_STR;
}

/* The Python type node loads as; false when loading it would raise. */
static bool
schema_scalar(const struct value *node, enum scalar_schema schema,
    struct scalar *s)
{
	char *message = NULL;
	enum scalar_error error;

	if (node->kind != VALUE_SCALAR)
		return false;
	error = scalar_construct(node, schema, s, &message);
	free(message);
	return error == SCALAR_OK;
}

static bool
schema_is_type(const struct value *node, enum scalar_schema schema,
    enum scalar_type type)
{
	struct scalar s;

	return schema_scalar(node, schema, &s) && s.type == type;
}

/* A string, and a member of e in version when e is given. */
static bool
schema_is_member(const struct schema_enum *e, int version,
    const struct value *node, enum scalar_schema schema)
{
	if (!schema_is_type(node, schema, SCALAR_STR))
		return false;
	if (e == NULL)
		return true;
	if (memchr(node->text, '\0', node->len) != NULL)
		return false;
	return schema_member_named(e, version, node->text);
}

static bool
schema_is_member_list(const struct schema_enum *e, int version,
    const struct value *node, enum scalar_schema schema)
{
	size_t i;

	if (node->kind != VALUE_SEQUENCE)
		return false;
	for (i = 0; i < node->len; i++)
		if (!schema_is_member(e, version, node->items[i], schema))
			return false;
	return true;
}

/* The ASCII white space str.split() splits on. */
static bool
schema_is_space(char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

/* A string of members separated by white space, as str.split() splits. */
static bool
schema_is_words(const struct schema_enum *e, int version,
    const struct value *node, enum scalar_schema schema)
{
	const char *p, *end, *start;
	const struct schema_member *m;
	size_t len;

	if (!schema_is_type(node, schema, SCALAR_STR))
		return false;
	p = node->text;
	end = node->text + node->len;
	while (p < end) {
		while (p < end && schema_is_space(*p))
			p++;
		start = p;
		while (p < end && !schema_is_space(*p))
			p++;
		len = (size_t)(p - start);
		if (len == 0)
			break;
		for (m = e->members; m->name != NULL; m++)
			if (strlen(m->name) == len &&
			    memcmp(m->name, start, len) == 0)
				break;
		if (m->name == NULL || !schema_member_in(m, version))
			return false;
	}
	return true;
}

/*
 * A string that transformers (4.40+) turns into a dict: it starts with
 * '{' and json.loads reads an object from it. cJSON stands in for
 * json.loads; they differ only on NaN and Infinity inside the object.
 */
static bool
schema_is_json_object(const struct value *node, enum scalar_schema schema)
{
	cJSON *parsed;
	bool object;

	if (!schema_is_type(node, schema, SCALAR_STR) || node->text[0] != '{' ||
	    memchr(node->text, '\0', node->len) != NULL)
		return false;
	/* Like json.loads, nothing but white space may follow the object. */
	parsed = cJSON_ParseWithLengthOpts(node->text, node->len + 1, NULL,
	    true);
	object = cJSON_IsObject(parsed);
	cJSON_Delete(parsed);
	return object;
}

static bool
schema_is_number(const struct value *node, enum scalar_schema schema)
{
	struct scalar s;

	return schema_scalar(node, schema, &s) &&
	    (s.type == SCALAR_INT || s.type == SCALAR_FLOAT);
}

bool
schema_value_fits(const struct schema_variant *v, int version,
    const struct value *node, enum scalar_schema schema)
{
	const struct schema_enum *e = v->values;

	if (schema_is_type(node, schema, SCALAR_NULL))
		return v->nullable;
	switch (v->type) {
	case SCHEMA_BOOL:
		return schema_is_type(node, schema, SCALAR_BOOL);
	case SCHEMA_INT:
		return schema_is_type(node, schema, SCALAR_INT);
	case SCHEMA_FLOAT:
	case SCHEMA_NUM:
		return schema_is_number(node, schema);
	case SCHEMA_STR:
		return schema_is_type(node, schema, SCALAR_STR);
	case SCHEMA_ENUM:
		return schema_is_member(e, version, node, schema);
	case SCHEMA_LIST_STR:
		return schema_is_member_list(e, version, node, schema);
	case SCHEMA_DICT:
		return node->kind == VALUE_MAPPING;
	case SCHEMA_DICT_JSON:
		return node->kind == VALUE_MAPPING ||
		    schema_is_json_object(node, schema);
	case SCHEMA_DICT_JSON_PATH:
		return node->kind == VALUE_MAPPING ||
		    schema_is_type(node, schema, SCALAR_STR);
	case SCHEMA_STR_OR_LIST:
		return schema_is_member(e, version, node, schema) ||
		    schema_is_member_list(e, version, node, schema);
	case SCHEMA_STR_OR_BOOL:
		return schema_is_type(node, schema, SCALAR_BOOL) ||
		    schema_is_member(e, version, node, schema);
	case SCHEMA_WORDS_OR_BOOL:
		if (schema_is_type(node, schema, SCALAR_BOOL))
			return true;
		/* FALLTHROUGH */
	case SCHEMA_WORDS:
		return schema_is_words(e, version, node, schema) ||
		    schema_is_member_list(e, version, node, schema);
	case SCHEMA_OBJECT:
	case SCHEMA_TYPE_COUNT:
		break;
	}
	return false;
}

char *
schema_row_advice(const struct schema_row *row)
{
	if (row->migration != NULL)
		return xstrdup(row->migration);
	if (row->replaced_by != NULL)
		return xasprintf("use '%s' instead", row->replaced_by);
	return xstrdup("delete it; nothing replaces it");
}
