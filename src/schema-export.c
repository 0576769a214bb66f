/*
 * schema-export.c: `targs schema --format json|json-schema`. Both are
 * built with cJSON; defaults are the table's JSON text, inserted as it is
 * so that 500 stays 500 and 3.0 stays 3.0, as to_dict() writes them.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "targs/schema-export.h"
#include "targs/xalloc.h"

static const char *const schema_parser_names[] = {
	[SCHEMA_PARSER_DERIVED] = "str",
	[SCHEMA_PARSER_BOOL] = "bool",
	[SCHEMA_PARSER_OPTIONAL_BOOL] = "Optional[bool]",
	[SCHEMA_PARSER_INT] = "int",
	[SCHEMA_PARSER_FLOAT] = "float",
	[SCHEMA_PARSER_STR] = "str",
	[SCHEMA_PARSER_ENUM] = "enum",
	[SCHEMA_PARSER_LIST_STR] = "list[str]",
	[SCHEMA_PARSER_LIST_ENUM] = "list[enum]",
	[SCHEMA_PARSER_DICT] = "dict",
	[SCHEMA_PARSER_ANY] = "Any",
};

static void
export_add_version(cJSON *object, const char *key, int version)
{
	char buf[VERSION_TEXT_MAX];

	if (version == 0)
		cJSON_AddNullToObject(object, key);
	else
		cJSON_AddStringToObject(object, key,
		    version_format(version, buf));
}

static void
export_add_text(cJSON *object, const char *key, const char *text)
{
	if (text == NULL)
		cJSON_AddNullToObject(object, key);
	else
		cJSON_AddStringToObject(object, key, text);
}

/* The members of e in version, as a JSON array of strings. */
static cJSON *
export_members(const struct schema_enum *e, int version)
{
	const struct schema_member *m;
	cJSON *array = cJSON_CreateArray();

	for (m = e->members; m->name != NULL; m++)
		if (schema_member_in(m, version))
			cJSON_AddItemToArray(array, cJSON_CreateString(m->name));
	return array;
}

static cJSON *
export_bounds(const struct schema_bounds *b)
{
	cJSON *object;

	if (b->flags == 0)
		return cJSON_CreateNull();
	object = cJSON_CreateObject();
	if (b->flags & SCHEMA_MIN) {
		cJSON_AddNumberToObject(object, "min", b->min);
		cJSON_AddBoolToObject(object, "min_exclusive",
		    (b->flags & SCHEMA_MIN_OPEN) != 0);
	}
	if (b->flags & SCHEMA_MAX) {
		cJSON_AddNumberToObject(object, "max", b->max);
		cJSON_AddBoolToObject(object, "max_exclusive",
		    (b->flags & SCHEMA_MAX_OPEN) != 0);
	}
	return object;
}

static cJSON *
export_field(const struct schema_row *row, int version)
{
	const struct schema_variant *v = schema_variant_at(row, version);
	cJSON *f = cJSON_CreateObject();

	cJSON_AddStringToObject(f, "name", row->name);
	cJSON_AddStringToObject(f, "group", schema_group_name(row->group));
	cJSON_AddStringToObject(f, "type", schema_type_name(v->type));
	cJSON_AddBoolToObject(f, "nullable", v->nullable);
	cJSON_AddBoolToObject(f, "required", v->required);
	cJSON_AddItemToObject(f, "default", cJSON_CreateRaw(v->def));
	export_add_text(f, "default_note", v->note);
	if (v->values != NULL) {
		cJSON_AddItemToObject(f, "values",
		    export_members(v->values, version));
		cJSON_AddStringToObject(f, "values_checked",
		    schema_check_name(v->values->check));
	} else {
		cJSON_AddNullToObject(f, "values");
		cJSON_AddNullToObject(f, "values_checked");
	}
	cJSON_AddItemToObject(f, "bounds", export_bounds(&row->bounds));
	cJSON_AddStringToObject(f, "parser_type",
	    schema_parser_names[schema_parser_of(v)]);
	export_add_version(f, "since", row->since);
	export_add_version(f, "removed", row->removed);
	export_add_version(f, "deprecated", row->deprecated != 0 &&
	    version >= row->deprecated ? row->deprecated : 0);
	export_add_text(f, "replaced_by", row->replaced_by);
	export_add_text(f, "migration", row->migration);
	cJSON_AddStringToObject(f, "doc", row->doc);
	return f;
}

static char *
export_print(cJSON *root)
{
	char *text = cJSON_Print(root);

	if (text == NULL)
		xalloc_oom();
	cJSON_Delete(root);
	return text;
}

char *
schema_export_json(int version, enum schema_class cls)
{
	const struct schema_row **rows;
	cJSON *root = cJSON_CreateObject(), *fields;
	size_t n, i;

	export_add_version(root, "transformers", version);
	cJSON_AddStringToObject(root, "class", schema_class_name(cls));
	fields = cJSON_AddArrayToObject(root, "fields");
	n = schema_fields(version, cls, &rows);
	for (i = 0; i < n; i++)
		cJSON_AddItemToArray(fields, export_field(rows[i], version));
	free(rows);
	return export_print(root);
}

/* { "type": name } */
static cJSON *
export_type(const char *name)
{
	cJSON *s = cJSON_CreateObject();

	cJSON_AddStringToObject(s, "type", name);
	return s;
}

static cJSON *
export_enum(const struct schema_enum *e, int version)
{
	cJSON *s = cJSON_CreateObject();

	cJSON_AddItemToObject(s, "enum", export_members(e, version));
	return s;
}

/* A string, or one of e's members when e is given. */
static cJSON *
export_string(const struct schema_enum *e, int version)
{
	return e != NULL ? export_enum(e, version) : export_type("string");
}

static cJSON *
export_array_of(cJSON *items)
{
	cJSON *s = export_type("array");

	cJSON_AddItemToObject(s, "items", items);
	return s;
}

/* A string of e's members separated by white space. */
static cJSON *
export_words(const struct schema_enum *e, int version)
{
	const struct schema_member *m;
	cJSON *s = export_type("string");
	char *alternatives = xstrdup(""), *next, *pattern;

	for (m = e->members; m->name != NULL; m++) {
		if (!schema_member_in(m, version))
			continue;
		next = xasprintf("%s%s%s", alternatives, *alternatives ? "|" :
		    "", m->name);
		free(alternatives);
		alternatives = next;
	}
	pattern = xasprintf("^\\s*(?:(?:%s)(?:\\s+|$))*$", alternatives);
	cJSON_AddStringToObject(s, "pattern", pattern);
	free(pattern);
	free(alternatives);
	return s;
}

/* The alternatives a value of v may be, null aside. */
static void
export_alternatives(const struct schema_variant *v, int version,
    cJSON *any)
{
	cJSON *s;

	switch (v->type) {
	case SCHEMA_BOOL:
		cJSON_AddItemToArray(any, export_type("boolean"));
		break;
	case SCHEMA_INT:
		cJSON_AddItemToArray(any, export_type("integer"));
		break;
	case SCHEMA_FLOAT:
	case SCHEMA_NUM:
		cJSON_AddItemToArray(any, export_type("number"));
		break;
	case SCHEMA_STR:
		cJSON_AddItemToArray(any, export_type("string"));
		break;
	case SCHEMA_ENUM:
		cJSON_AddItemToArray(any, export_enum(v->values, version));
		break;
	case SCHEMA_LIST_STR:
		cJSON_AddItemToArray(any, export_array_of(
		    export_string(v->values, version)));
		break;
	case SCHEMA_DICT:
	case SCHEMA_DICT_JSON_PATH:
		cJSON_AddItemToArray(any, export_type("object"));
		if (v->type == SCHEMA_DICT_JSON_PATH)
			cJSON_AddItemToArray(any, export_type("string"));
		break;
	case SCHEMA_DICT_JSON:
		cJSON_AddItemToArray(any, export_type("object"));
		s = export_type("string");
		cJSON_AddStringToObject(s, "pattern", "^\\{");
		cJSON_AddItemToArray(any, s);
		break;
	case SCHEMA_STR_OR_LIST:
		cJSON_AddItemToArray(any, export_string(v->values, version));
		cJSON_AddItemToArray(any, export_array_of(
		    export_string(v->values, version)));
		break;
	case SCHEMA_STR_OR_BOOL:
		cJSON_AddItemToArray(any, export_type("boolean"));
		cJSON_AddItemToArray(any, export_string(v->values, version));
		break;
	case SCHEMA_WORDS_OR_BOOL:
		cJSON_AddItemToArray(any, export_type("boolean"));
		/* FALLTHROUGH */
	case SCHEMA_WORDS:
		cJSON_AddItemToArray(any, export_words(v->values, version));
		cJSON_AddItemToArray(any, export_array_of(
		    export_enum(v->values, version)));
		break;
	case SCHEMA_OBJECT:
	case SCHEMA_TYPE_COUNT:
		break;
	}
}

static void
export_schema_bounds(cJSON *s, const struct schema_bounds *b)
{
	if (b->flags & SCHEMA_MIN)
		cJSON_AddNumberToObject(s, b->flags & SCHEMA_MIN_OPEN ?
		    "exclusiveMinimum" : "minimum", b->min);
	if (b->flags & SCHEMA_MAX)
		cJSON_AddNumberToObject(s, b->flags & SCHEMA_MAX_OPEN ?
		    "exclusiveMaximum" : "maximum", b->max);
}

/* True when every alternative is a bare {"type": ...}. */
static bool
export_only_types(const cJSON *any)
{
	const cJSON *item;

	cJSON_ArrayForEach(item, any)
		if (cJSON_GetArraySize(item) != 1 ||
		    !cJSON_HasObjectItem(item, "type"))
			return false;
	return true;
}

static cJSON *
export_type_list(const cJSON *any)
{
	const cJSON *item;
	cJSON *list = cJSON_CreateArray();

	cJSON_ArrayForEach(item, any)
		cJSON_AddItemToArray(list, cJSON_CreateString(
		    cJSON_GetObjectItem(item, "type")->valuestring));
	return list;
}

static cJSON *
export_property(const struct schema_row *row, int version)
{
	const struct schema_variant *v = schema_variant_at(row, version);
	cJSON *s = cJSON_CreateObject(), *any = cJSON_CreateArray();
	char *description;

	export_alternatives(v, version, any);
	if (v->nullable || v->type == SCHEMA_OBJECT)
		cJSON_AddItemToArray(any, export_type("null"));
	if (cJSON_GetArraySize(any) == 1) {
		cJSON_Delete(s);
		s = cJSON_DetachItemFromArray(any, 0);
		cJSON_Delete(any);
	} else if (export_only_types(any)) {
		/* {"type": ["integer", "null"]}: bounds then apply to a type. */
		cJSON_AddItemToObject(s, "type", export_type_list(any));
		cJSON_Delete(any);
	} else
		cJSON_AddItemToObject(s, "anyOf", any);
	description = row->replaced_by != NULL && row->deprecated != 0 &&
	    version >= row->deprecated ? xasprintf("%s Deprecated: use `%s`.",
	    row->doc, row->replaced_by) : xstrdup(row->doc);
	cJSON_AddStringToObject(s, "description", description);
	free(description);
	if (!v->required)
		cJSON_AddItemToObject(s, "default", cJSON_CreateRaw(v->def));
	if (row->deprecated != 0 && version >= row->deprecated)
		cJSON_AddTrueToObject(s, "deprecated");
	export_schema_bounds(s, &row->bounds);
	return s;
}

char *
schema_export_json_schema(int version, enum schema_class cls)
{
	const struct schema_row **rows;
	cJSON *root = cJSON_CreateObject(), *properties, *required;
	char buf[VERSION_TEXT_MAX], *title;
	size_t n, i;

	version_format(version, buf);
	cJSON_AddStringToObject(root, "$schema",
	    "https://json-schema.org/draft/2020-12/schema");
	title = xasprintf("%s of transformers %s", schema_class_name(cls), buf);
	cJSON_AddStringToObject(root, "title", title);
	free(title);
	cJSON_AddStringToObject(root, "description",
	    "Generated by targs from its schema table. Types are as Python "
	    "sees them after yaml.safe_load or json.loads; run targs check "
	    "for what a schema cannot say (PyYAML typing, __post_init__ "
	    "rules).");
	cJSON_AddStringToObject(root, "type", "object");
	properties = cJSON_AddObjectToObject(root, "properties");
	required = cJSON_CreateArray();
	n = schema_fields(version, cls, &rows);
	for (i = 0; i < n; i++) {
		cJSON_AddItemToObject(properties, rows[i]->name,
		    export_property(rows[i], version));
		if (schema_variant_at(rows[i], version)->required)
			cJSON_AddItemToArray(required,
			    cJSON_CreateString(rows[i]->name));
	}
	free(rows);
	if (cJSON_GetArraySize(required) > 0)
		cJSON_AddItemToObject(root, "required", required);
	else
		cJSON_Delete(required);
	cJSON_AddFalseToObject(root, "additionalProperties");
	return export_print(root);
}
