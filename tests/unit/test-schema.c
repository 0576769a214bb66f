/*
 * test-schema.c: the schema table walked row by row, and compared with
 * the field sets the real classes report (tests/data/fields, copied from
 * the conformance data: transformers 4.38.2, 4.57.6, 5.0.0 and 5.5.0).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "targs/schema.h"
#include "targs/version.h"
#include "targs/xalloc.h"

/* Loads `{"v": TEXT}` and returns the value, or NULL when it is not JSON. */
static const struct value *
load_wrapped(struct loaded *l, const char *text)
{
	char *doc = xasprintf("{\"v\": %s}", text);

	loaded_json(l, doc);
	free(doc);
	return l->ok ? value_get(l->doc.root, "v") : NULL;
}

static void
test_versions(void **state)
{
	char buf[VERSION_TEXT_MAX], range[2 * VERSION_TEXT_MAX], *text;
	int v = 0;
	size_t i;

	(void)state;
	assert_int_equal(version_parse("4.38", &v), VERSION_PARSE_OK);
	assert_int_equal(v, TV(4, 38));
	assert_int_equal(version_parse("4.57.6", &v), VERSION_PARSE_OK);
	assert_int_equal(v, TV(4, 57));
	assert_int_equal(version_parse("5.0.0", &v), VERSION_PARSE_OK);
	assert_int_equal(v, TV(5, 0));
	assert_int_equal(version_parse("4.58", &v), VERSION_PARSE_UNKNOWN);
	assert_int_equal(version_parse("4.37.2", &v), VERSION_PARSE_UNKNOWN);
	assert_int_equal(version_parse("9.1", &v), VERSION_PARSE_UNKNOWN);
	assert_int_equal(version_parse("5", &v), VERSION_PARSE_BAD);
	assert_int_equal(version_parse("5.x", &v), VERSION_PARSE_BAD);
	assert_int_equal(version_parse("5.1.", &v), VERSION_PARSE_BAD);
	assert_int_equal(version_parse("5.1.2.3", &v), VERSION_PARSE_BAD);
	assert_int_equal(version_parse("v5.1", &v), VERSION_PARSE_BAD);
	assert_int_equal(version_parse("", &v), VERSION_PARSE_BAD);
	assert_int_equal(version_next(TV(4, 57)), TV(5, 0));
	assert_int_equal(version_prev(TV(5, 0)), TV(4, 57));
	assert_int_equal(version_next(VERSION_NEWEST), 0);
	assert_int_equal(version_prev(VERSION_OLDEST), 0);
	assert_string_equal(version_format(TV(5, 0), buf), "5.0");
	assert_string_equal(version_format_range(TV(4, 41), TV(4, 50),
	    range), "4.41-4.50");
	assert_string_equal(version_format_range(TV(5, 2), VERSION_NEWEST,
	    range), "5.2+");
	assert_int_equal(version_count(), 39);
	text = version_format_known();
	assert_string_equal(text, "4.38 to 4.57 and 5.0 to 5.18");
	free(text);
	for (i = 0; i < version_count(); i++)
		assert_int_equal(version_index(version_at(i)), i);
	assert_int_equal(version_at(20), TV(5, 0));
	assert_int_equal(version_at(39), 0);
	assert_int_equal(version_index(TV(4, 58)), (size_t)-1);
	assert_int_equal(version_index(TV(5, 19)), (size_t)-1);
}

static void
check_variant_default(const struct schema_row *row,
    const struct schema_variant *v)
{
	struct loaded l;
	const struct value *def;

	def = load_wrapped(&l, v->def);
	if (def == NULL)
		fail_msg("%s: default %s is not JSON", row->name, v->def);
	if (!v->required && !schema_value_fits(v, v->since, def,
	    SCALAR_SCHEMA_PYYAML))
		fail_msg("%s: default %s does not fit %s", row->name, v->def,
		    schema_type_name(v->type));
	loaded_release(&l);
}

static void
check_row(const struct schema_row *row)
{
	const struct schema_variant *v;
	const struct schema_row *to;
	char *root;
	size_t i;

	assert_non_null(row->doc);
	assert_true(strlen(row->doc) > 20);
	assert_true(version_known(row->since));
	assert_true(row->removed == 0 || (row->removed > row->since &&
	    version_known(row->removed)));
	assert_true(row->deprecated == 0 || version_known(row->deprecated));
	assert_int_equal(row->variants[0].since, row->since);
	for (i = 0; i < SCHEMA_MAX_VARIANTS && row->variants[i].since; i++) {
		v = &row->variants[i];
		if (i > 0)
			assert_true(v->since > row->variants[i - 1].since);
		assert_true(v->type < SCHEMA_TYPE_COUNT);
		if (v->type == SCHEMA_ENUM || v->type == SCHEMA_WORDS ||
		    v->type == SCHEMA_WORDS_OR_BOOL)
			assert_non_null(v->values);
		check_variant_default(row, v);
	}
	if ((row->bounds.flags & SCHEMA_MIN) && (row->bounds.flags & SCHEMA_MAX))
		assert_true(row->bounds.min < row->bounds.max);
	if (row->replaced_by != NULL) {
		/* A key path's first part is a row, alive beside or after it. */
		root = xstrdup(row->replaced_by);
		root[strcspn(root, ".")] = '\0';
		to = schema_find(root);
		if (to == NULL)
			fail_msg("%s: replaced by unknown %s", row->name, root);
		assert_true(to->since <= schema_row_last(row) + 1 ||
		    to->since == row->removed);
		assert_true(to->removed == 0 || to->removed >= row->removed);
		free(root);
	}
	if (row->removed != 0 && row->replaced_by == NULL)
		assert_non_null(row->migration);
	if (row->cls == SCHEMA_CLASS_TRAINING && row->since < SCHEMA_REGROUPED_SINCE)
		assert_true(row->legacy_position > 0);
}

static void
test_table_rows(void **state)
{
	size_t i, j;

	(void)state;
	assert_true(schema_table_len > 140);
	for (i = 0; i < schema_table_len; i++) {
		check_row(&schema_table[i]);
		for (j = i + 1; j < schema_table_len; j++) {
			assert_string_not_equal(schema_table[i].name,
			    schema_table[j].name);
			if (schema_table[i].legacy_position != 0)
				assert_int_not_equal(
				    schema_table[i].legacy_position,
				    schema_table[j].legacy_position);
		}
	}
}

static void
test_table_enums(void **state)
{
	const struct schema_member *m, *n;
	size_t i;

	(void)state;
	for (i = 0; schema_enums[i] != NULL; i++) {
		assert_non_null(schema_enums[i]->members[0].name);
		for (m = schema_enums[i]->members; m->name != NULL; m++) {
			assert_true(m->since == 0 || version_known(m->since));
			assert_true(m->removed == 0 || m->removed > m->since);
			for (n = m + 1; n->name != NULL; n++)
				assert_string_not_equal(m->name, n->name);
		}
	}
}

/* The parser type a conformance "type_repr" names, and its Enum class. */
static enum schema_parser
conformance_parser(const char *repr, char *enum_name, size_t size)
{
	static const struct {
		const char		*repr;
		enum schema_parser	 parser;
	} plain[] = {
		{ "<class 'bool'>", SCHEMA_PARSER_BOOL },
		{ "typing.Optional[bool]", SCHEMA_PARSER_OPTIONAL_BOOL },
		{ "bool | None", SCHEMA_PARSER_OPTIONAL_BOOL },
		{ "<class 'int'>", SCHEMA_PARSER_INT },
		{ "<class 'float'>", SCHEMA_PARSER_FLOAT },
		{ "<class 'str'>", SCHEMA_PARSER_STR },
		{ "typing.List[str]", SCHEMA_PARSER_LIST_STR },
		{ "list[str]", SCHEMA_PARSER_LIST_STR },
		{ "typing.Dict", SCHEMA_PARSER_DICT },
		{ "<class 'dict'>", SCHEMA_PARSER_DICT },
		{ "dict[str, bool]", SCHEMA_PARSER_DICT },
		{ "typing.Any", SCHEMA_PARSER_ANY },
	};
	const char *dot;
	size_t i;

	enum_name[0] = '\0';
	for (i = 0; i < sizeof plain / sizeof plain[0]; i++)
		if (strcmp(repr, plain[i].repr) == 0)
			return plain[i].parser;
	if (sscanf(repr, "<enum '%63[A-Za-z]'>", enum_name) == 1)
		return SCHEMA_PARSER_ENUM;
	if ((strncmp(repr, "typing.List[", 12) == 0 ||
	    strncmp(repr, "list[", 5) == 0) &&
	    (dot = strrchr(repr, '.')) != NULL) {
		snprintf(enum_name, size, "%.*s", (int)strcspn(dot + 1, "]"),
		    dot + 1);
		return SCHEMA_PARSER_LIST_ENUM;
	}
	fail_msg("unexpected type_repr %s", repr);
	return SCHEMA_PARSER_DERIVED;
}

/* The text of a JSON value as json.dumps wrote it, for [], {} and scalars. */
static char *
json_text(const struct value *v)
{
	if (v->kind == VALUE_SEQUENCE && v->len == 0)
		return xstrdup("[]");
	if (v->kind == VALUE_MAPPING && v->len == 0)
		return xstrdup("{}");
	assert_int_equal(v->kind, VALUE_SCALAR);
	if (v->style == VALUE_STYLE_DOUBLE_QUOTED)
		return xasprintf("\"%s\"", v->text);
	return xstrdup(v->text);
}

static void
check_choices(const struct schema_row *row, const struct value *choices,
    const struct schema_variant *v, int version)
{
	const struct schema_member *m;
	size_t n = 0;

	if (value_text_is(choices, "null")) {
		assert_true(v->values == NULL || !v->values->choices);
		return;
	}
	if (v->values == NULL || !v->values->choices)
		fail_msg("%s: upstream has choices", row->name);
	for (m = v->values->members; m->name != NULL; m++) {
		if (!schema_member_in(m, version))
			continue;
		if (n >= choices->len)
			fail_msg("%s: extra member %s", row->name, m->name);
		if (!value_text_is(choices->items[n], m->name))
			fail_msg("%s: member %zu is %s, upstream %s", row->name,
			    n, m->name, choices->items[n]->text);
		n++;
	}
	assert_int_equal(n, choices->len);
}

static void
check_field(const struct schema_row *row, const struct value *field,
    int version)
{
	const struct schema_variant *v = schema_variant_at(row, version);
	char enum_name[64], *ours, *theirs;
	enum schema_parser parser;

	parser = conformance_parser(value_get(field, "type_repr")->text,
	    enum_name, sizeof enum_name);
	if (schema_parser_of(v) != parser)
		fail_msg("%s: parser type %d, upstream %s", row->name,
		    schema_parser_of(v), value_get(field, "type_repr")->text);
	if (enum_name[0] != '\0')
		assert_string_equal(v->values->name, enum_name);
	theirs = json_text(value_get(field, "default"));
	ours = xstrdup(v->def);
	if (strcmp(ours, theirs) != 0)
		fail_msg("%s: default %s, upstream %s", row->name, ours, theirs);
	free(ours);
	free(theirs);
	assert_int_equal(v->required,
	    value_text_is(value_get(field, "default_kind"), "required"));
	check_choices(row, value_get(field, "choices"), v, version);
}

static void
check_conformance(const char *release)
{
	const struct schema_row **rows;
	const struct value *fields;
	struct loaded l;
	char *path, *data;
	size_t len, n, i;
	int version;

	path = xasprintf("%s/fields/%s.json", TARGS_TEST_DATA, release);
	data = read_file(path, &len);
	assert_non_null(data);
	loaded_init(&l, path, data, len, NULL);
	assert_true(l.ok);
	assert_int_equal(version_parse(release, &version), VERSION_PARSE_OK);
	fields = value_get(l.doc.root, "fields");
	n = schema_fields(version, SCHEMA_CLASS_TRAINING, &rows);
	for (i = 0; i < fields->len && i < n; i++) {
		const char *name = value_get(fields->items[i], "name")->text;
		if (strcmp(rows[i]->name, name) != 0)
			fail_msg("%s field %zu: %s, upstream %s", release, i,
			    rows[i]->name, name);
		check_field(rows[i], fields->items[i], version);
	}
	assert_int_equal(n, fields->len);
	free(rows);
	loaded_release(&l);
	free(data);
	free(path);
}

static void test_conformance_4_38(void **state) { (void)state; check_conformance("4.38.2"); }
static void test_conformance_4_57(void **state) { (void)state; check_conformance("4.57.6"); }
static void test_conformance_5_0(void **state) { (void)state; check_conformance("5.0.0"); }
static void test_conformance_5_5(void **state) { (void)state; check_conformance("5.5.0"); }

/*
 * Where targs' nullable deliberately differs from the annotation: the
 * annotation allows None, but None makes __post_init__ raise.
 */
static bool
history_null_raises(const char *name, int version)
{
	/* `"full_shard" in None`: a TypeError up to 4.56 (reference R52). */
	return strcmp(name, "fsdp") == 0 && version < TV(4, 57);
}

static void
check_history_field(int version, const struct schema_row *row,
    const char *line)
{
	const struct schema_variant *v = schema_variant_at(row, version);
	char name[128], def[256];
	int nullable;

	if (sscanf(line, "%127[^\t]\t%d\t%255[^\n]", name, &nullable,
	    def) != 3)
		fail_msg("bad history line %s", line);
	if (strcmp(name, row->name) != 0)
		fail_msg("%d: field %s, upstream %s", version, row->name, name);
	if (history_null_raises(name, version))
		nullable = 0;
	if (v->nullable != (nullable != 0))
		fail_msg("%d %s: nullable %d, upstream %d", version, name,
		    v->nullable, nullable);
	if (strcmp(def, "required") == 0)
		assert_true(v->required);
	else if (strcmp(def, "?") != 0 && strcmp(def, v->def) != 0)
		fail_msg("%d %s: default %s, upstream %s", version, name,
		    v->def, def);
}

/* tests/data/fields-history: 4.38 to 4.56 as upstream declared them. */
static void
test_history(void **state)
{
	const struct schema_row **rows;
	char *path, *data, *line, *save = NULL;
	size_t len, n, i;
	int version;

	(void)state;
	for (version = TV(4, 38); version <= TV(4, 56); version++) {
		path = xasprintf("%s/fields-history/4.%d.tsv", TARGS_TEST_DATA,
		    version % 100);
		data = read_file(path, &len);
		assert_non_null(data);
		n = schema_fields(version, SCHEMA_CLASS_TRAINING, &rows);
		i = 0;
		for (line = strtok_r(data, "\n", &save); line != NULL;
		    line = strtok_r(NULL, "\n", &save)) {
			if (line[0] == '#')
				continue;
			if (i >= n)
				fail_msg("%d: upstream has more fields: %s",
				    version, line);
			check_history_field(version, rows[i++], line);
		}
		assert_int_equal(i, n);
		free(rows);
		free(data);
		free(path);
	}
}

static bool
fits(const char *name, int version, const char *json)
{
	const struct schema_row *row = schema_find(name);
	struct loaded l;
	const struct value *v;
	bool ok;

	assert_non_null(row);
	v = load_wrapped(&l, json);
	assert_non_null(v);
	ok = schema_value_fits(schema_variant_at(row, version), version, v,
	    SCALAR_SCHEMA_PYYAML);
	loaded_release(&l);
	return ok;
}

static void
test_value_fits(void **state)
{
	(void)state;
	assert_true(fits("learning_rate", VERSION_NEWEST, "5e-05"));
	assert_true(fits("learning_rate", VERSION_NEWEST, "1"));
	assert_false(fits("learning_rate", VERSION_NEWEST, "\"5e-5\""));
	assert_false(fits("learning_rate", VERSION_NEWEST, "true"));
	assert_false(fits("max_steps", VERSION_NEWEST, "1.5"));
	assert_false(fits("max_steps", VERSION_NEWEST, "false"));
	assert_true(fits("warmup_steps", TV(5, 0), "0.1"));
	assert_false(fits("warmup_steps", TV(4, 57), "0.1"));
	assert_true(fits("eval_strategy", VERSION_NEWEST, "\"steps\""));
	assert_false(fits("eval_strategy", VERSION_NEWEST, "false"));
	assert_false(fits("eval_strategy", VERSION_NEWEST, "\"Steps\""));
	assert_true(fits("save_strategy", TV(4, 47), "\"best\""));
	assert_false(fits("save_strategy", TV(4, 46), "\"best\""));
	assert_true(fits("optim", TV(4, 49), "\"adamw_hf\""));
	assert_false(fits("optim", TV(4, 50), "\"adamw_hf\""));
	assert_true(fits("debug", VERSION_NEWEST, "\" underflow_overflow  tpu_metrics_debug\""));
	assert_true(fits("debug", VERSION_NEWEST, "\"\""));
	assert_false(fits("debug", VERSION_NEWEST, "\"underflow\""));
	assert_true(fits("debug", VERSION_NEWEST, "[\"underflow_overflow\"]"));
	assert_true(fits("fsdp", TV(5, 0), "\"full_shard auto_wrap\""));
	assert_true(fits("fsdp", TV(5, 0), "true"));
	assert_true(fits("fsdp", TV(5, 0), "null"));
	assert_false(fits("fsdp", TV(4, 38), "null"));
	assert_true(fits("report_to", VERSION_NEWEST, "\"wandb\""));
	assert_true(fits("report_to", VERSION_NEWEST, "[\"wandb\", \"tensorboard\"]"));
	assert_false(fits("report_to", VERSION_NEWEST, "[\"wandb\", 1]"));
	assert_true(fits("lr_scheduler_kwargs", VERSION_NEWEST, "{\"power\": 2}"));
	assert_true(fits("lr_scheduler_kwargs", VERSION_NEWEST, "\"{\\\"power\\\": 2}\""));
	assert_false(fits("lr_scheduler_kwargs", VERSION_NEWEST, "\"power=2\""));
	assert_false(fits("lr_scheduler_kwargs", VERSION_NEWEST, "\"{oops\""));
	assert_false(fits("lr_scheduler_kwargs", VERSION_NEWEST, "\"{} []\""));
	assert_true(fits("deepspeed", VERSION_NEWEST, "\"ds_config.json\""));
	assert_true(fits("include_num_input_tokens_seen", VERSION_NEWEST, "true"));
	assert_true(fits("include_num_input_tokens_seen", VERSION_NEWEST, "\"non_padding\""));
	assert_false(fits("include_num_input_tokens_seen", TV(4, 56), "\"all\""));
	assert_true(fits("include_num_input_tokens_seen", TV(4, 57), "\"all\""));
	assert_true(fits("parallelism_config", VERSION_NEWEST, "null"));
	assert_false(fits("parallelism_config", VERSION_NEWEST, "{}"));
	assert_false(fits("output_dir", TV(4, 48), "null"));
	assert_true(fits("output_dir", TV(4, 49), "null"));
}

/* Every name once, sorted: removed ones and Seq2Seq's own included. */
static void
test_names(void **state)
{
	const char **names;
	size_t n, i;

	(void)state;
	n = schema_names(&names);
	assert_int_equal(n, schema_table_len);
	assert_null(names[n]);
	for (i = 0; i + 1 < n; i++)
		assert_true(strcmp(names[i], names[i + 1]) < 0);
	for (i = 0; i < n; i++)
		assert_non_null(schema_find(names[i]));
	for (i = 0; i < n && strcmp(names[i], "evaluation_strategy"); i++)
		continue;
	assert_true(i < n);
	for (i = 0; i < n && strcmp(names[i], "predict_with_generate"); i++)
		continue;
	assert_true(i < n);
	free(names);
}

static void
test_fields_by_class(void **state)
{
	const struct schema_row **base, **seq;
	size_t nb, ns, i;

	(void)state;
	nb = schema_fields(VERSION_NEWEST, SCHEMA_CLASS_TRAINING, &base);
	ns = schema_fields(VERSION_NEWEST, SCHEMA_CLASS_SEQ2SEQ, &seq);
	assert_int_equal(ns, nb + 5);
	for (i = 0; i < nb; i++)
		assert_ptr_equal(base[i], seq[i]);
	assert_string_equal(seq[nb]->name, "sortish_sampler");
	assert_string_equal(seq[ns - 1]->name, "generation_config");
	free(base);
	free(seq);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_versions),
		cmocka_unit_test(test_table_rows),
		cmocka_unit_test(test_table_enums),
		cmocka_unit_test(test_conformance_4_38),
		cmocka_unit_test(test_conformance_4_57),
		cmocka_unit_test(test_conformance_5_0),
		cmocka_unit_test(test_conformance_5_5),
		cmocka_unit_test(test_history),
		cmocka_unit_test(test_value_fits),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_fields_by_class),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
