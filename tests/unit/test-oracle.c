/*
 * test-oracle.c: every file of a data set in tests/data (yaml-docs,
 * json-docs, corpus) loads to exactly what Python loaded: same keys in the
 * same order, same types, same values; and where Python raised, targs
 * reports an error. The expected results were produced by PyYAML and
 * Python's json (tests/gen). Usage: test-oracle DIR.
 */
#define _DEFAULT_SOURCE /* d_type */
#include <cjson/cJSON.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "targs/xalloc.h"

static const char *oracle_dir;

/*
 * Where targs differs from Python on purpose (docs/loading.md): it refuses
 * structures that contain themselves, and strings it cannot hold.
 */
static const struct {
	const char	*name;
	enum diag_id	 id;
} oracle_deviations[] = {
	{ "recursive-alias-mapping.yaml", DIAG_RECURSIVE_ALIAS },
	{ "recursive-alias-sequence.yaml", DIAG_RECURSIVE_ALIAS },
	{ "recursive-alias-top-level.yaml", DIAG_RECURSIVE_ALIAS },
	{ "recursive-merge-self.yaml", DIAG_RECURSIVE_ALIAS },
	{ "bom-at-line-start-is-key-content.yaml", DIAG_YAML_SYNTAX },
	{ "double-quoted-lone-surrogate.yaml", DIAG_YAML_SYNTAX },
	{ "escaped-nul.json", DIAG_JSON_SYNTAX },
	{ "lone-high-surrogate.json", DIAG_JSON_SYNTAX },
	{ "lone-low-surrogate.json", DIAG_JSON_SYNTAX },
	{ "reversed-surrogate-pair.json", DIAG_JSON_SYNTAX },
};

static cJSON *oracle_canon(const struct value *v);

static cJSON *
oracle_tagged(const char *type, cJSON *inner)
{
	cJSON *o = cJSON_CreateObject();

	cJSON_AddItemToObject(o, type, inner);
	return o;
}

static cJSON *
oracle_scalar(const struct value *v)
{
	struct scalar s;
	const char *type;
	char *value, *message;
	cJSON *inner;

	if (scalar_construct(v, SCALAR_SCHEMA_PYYAML, &s, &message) != SCALAR_OK) {
		free(message);
		return oracle_tagged("error", cJSON_CreateString("construct"));
	}
	canon_scalar(&s, &type, &value);
	if (s.type == SCALAR_NULL)
		inner = cJSON_CreateNull();
	else if (s.type == SCALAR_BOOL)
		inner = cJSON_CreateBool(s.boolean);
	else
		inner = cJSON_CreateString(value);
	free(value);
	return oracle_tagged(type, inner);
}

static int
oracle_sort_by_text(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* !!set: the keys, sorted by their canonical JSON text. */
static cJSON *
oracle_set(const struct value *v)
{
	char **texts = xcalloc(v->len + 1, sizeof *texts);
	cJSON *array = cJSON_CreateArray(), *item;
	size_t i;

	for (i = 0; i < v->len; i++) {
		item = oracle_canon(v->pairs[i].key);
		texts[i] = cJSON_PrintUnformatted(item);
		cJSON_Delete(item);
	}
	qsort(texts, v->len, sizeof *texts, oracle_sort_by_text);
	for (i = 0; i < v->len; i++) {
		cJSON_AddItemToArray(array, cJSON_Parse(texts[i]));
		free(texts[i]);
	}
	free(texts);
	return oracle_tagged("set", array);
}

static bool
oracle_has_tag(const struct value *v, enum scalar_tag tag)
{
	return v->tag != NULL && scalar_tag_of(v->tag) == tag;
}

static cJSON *
oracle_canon(const struct value *v)
{
	cJSON *array, *pair;
	size_t i;

	switch (v->kind) {
	case VALUE_SCALAR:
		return oracle_scalar(v);
	case VALUE_SEQUENCE:
		array = cJSON_CreateArray();
		for (i = 0; i < v->len; i++) {
			const struct value *item = v->items[i];

			if (oracle_has_tag(v, SCALAR_TAG_OMAP) ||
			    oracle_has_tag(v, SCALAR_TAG_PAIRS)) {
				pair = cJSON_CreateArray();
				cJSON_AddItemToArray(pair,
				    oracle_canon(item->pairs[0].key));
				cJSON_AddItemToArray(pair,
				    oracle_canon(item->pairs[0].value));
				cJSON_AddItemToArray(array,
				    oracle_tagged("tuple", pair));
			} else
				cJSON_AddItemToArray(array, oracle_canon(item));
		}
		return oracle_tagged("seq", array);
	case VALUE_MAPPING:
		if (oracle_has_tag(v, SCALAR_TAG_SET))
			return oracle_set(v);
		array = cJSON_CreateArray();
		for (i = 0; i < v->len; i++) {
			pair = cJSON_CreateArray();
			cJSON_AddItemToArray(pair, oracle_canon(v->pairs[i].key));
			cJSON_AddItemToArray(pair, oracle_canon(v->pairs[i].value));
			cJSON_AddItemToArray(array, pair);
		}
		return oracle_tagged("map", array);
	}
	return NULL;
}

/* Python's ints past int64_t become "BIG", as canon_scalar writes them. */
static void
oracle_mark_big(cJSON *item)
{
	cJSON *child, *i = cJSON_GetObjectItemCaseSensitive(item, "int");
	long long v;

	if (cJSON_IsString(i)) {
		errno = 0;
		v = strtoll(i->valuestring, NULL, 10);
		(void)v;
		if (errno == ERANGE)
			cJSON_SetValuestring(i, "BIG");
	}
	for (child = item->child; child != NULL; child = child->next)
		oracle_mark_big(child);
}

static const struct diag *
oracle_first_error(const struct loaded *l)
{
	size_t i;

	for (i = 0; i < l->diags.len; i++)
		if (l->diags.items[i].severity == DIAG_ERROR)
			return &l->diags.items[i];
	return NULL;
}

static int
oracle_deviation(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof oracle_deviations / sizeof *oracle_deviations; i++)
		if (strcmp(oracle_deviations[i].name, name) == 0)
			return (int)i;
	return -1;
}

/* Checks one file against its .expected.json; returns 0 when it agrees. */
static int
oracle_check(const char *dir, const char *name)
{
	char *path = xasprintf("%s/%s", dir, name), *want_path, *text, *got_text;
	char *want_text, *want_printed;
	size_t len, want_len;
	struct loaded l;
	cJSON *want, *got;
	const struct diag *err;
	int failed = 0, deviation = oracle_deviation(name);

	/* NAME.yaml pairs with NAME.expected.json, or with NAME.yaml.expected.json */
	want_path = xasprintf("%.*s.expected.json",
	    (int)(strrchr(path, '.') - path), path);
	text = read_file(path, &len);
	want_text = read_file(want_path, &want_len);
	if (want_text == NULL) {
		free(want_path);
		want_path = xasprintf("%s.expected.json", path);
		want_text = read_file(want_path, &want_len);
	}
	assert_non_null(text);
	assert_non_null(want_text);
	loaded_init(&l, name, text, len, NULL);
	err = oracle_first_error(&l);
	want = deviation >= 0 ? NULL : cJSON_Parse(want_text);
	if (deviation >= 0) {
		if (loaded_find(&l, oracle_deviations[deviation].id) == NULL) {
			printf("FAIL %s: expected targs' deliberate %s error\n",
			    name, diag_code_table[oracle_deviations[deviation].id].code);
			failed = 1;
		}
	} else if (want == NULL) {
		printf("FAIL %s: cannot read the expected result\n", name);
		failed = 1;
	} else if (cJSON_GetObjectItem(want, "error") != NULL) {
		if (err == NULL || l.doc.root != NULL) {
			printf("FAIL %s: Python raised (%s), targs loaded it\n", name,
			    cJSON_GetObjectItem(want, "error")->valuestring);
			failed = 1;
		}
	} else if (l.doc.root == NULL) {
		if (!cJSON_IsNull(cJSON_GetObjectItem(want, "null")) ||
		    loaded_find(&l, DIAG_EMPTY_DOCUMENT) == NULL) {
			printf("FAIL %s: Python loaded it, targs: %s\n", name,
			    err ? err->message : "no root and no error");
			failed = 1;
		}
	} else {
		got = oracle_canon(l.doc.root);
		oracle_mark_big(want);
		/* printed texts, as cJSON_Compare is exponential in the depth */
		got_text = cJSON_PrintUnformatted(got);
		want_printed = cJSON_PrintUnformatted(want);
		if (strcmp(got_text, want_printed) != 0) {
			printf("FAIL %s:\n  python: %.400s\n  targs:  %.400s\n", name,
			    want_printed, got_text);
			failed = 1;
		}
		free(got_text);
		free(want_printed);
		cJSON_Delete(got);
	}
	fflush(stdout);
	loaded_release(&l);
	cJSON_Delete(want);
	free(text);
	free(want_text);
	free(want_path);
	free(path);
	return failed;
}

static bool
oracle_is_case(const char *name)
{
	size_t n = strlen(name);

	if (name[0] == '.' || n < 5)
		return false;
	if (n > 14 && strcmp(name + n - 14, ".expected.json") == 0)
		return false;
	return strcmp(name + n - 5, ".yaml") == 0 ||
	    strcmp(name + n - 4, ".yml") == 0 ||
	    strcmp(name + n - 5, ".json") == 0;
}

static int
oracle_compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Collects the case files below dir (and one level of folders). */
static void
oracle_collect(const char *dir, const char *prefix, char ***names, size_t *n)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char *sub;

	assert_non_null(d);
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		if (prefix == NULL && e->d_type == DT_DIR) {
			sub = xasprintf("%s/%s", dir, e->d_name);
			oracle_collect(sub, e->d_name, names, n);
			free(sub);
			continue;
		}
		if (!oracle_is_case(e->d_name))
			continue;
		*names = xreallocarray(*names, *n + 1, sizeof **names);
		(*names)[(*n)++] = prefix ? xasprintf("%s/%s", prefix, e->d_name) :
		    xstrdup(e->d_name);
	}
	closedir(d);
}

static void
test_oracle_directory(void **state)
{
	char **names = NULL;
	size_t n = 0, i;
	int failures = 0;

	(void)state;
	oracle_collect(oracle_dir, NULL, &names, &n);
	qsort(names, n, sizeof *names, oracle_compare_names);
	for (i = 0; i < n; i++) {
		failures += oracle_check(oracle_dir, names[i]);
		free(names[i]);
	}
	free(names);
	printf("%zu files, %d disagree with Python\n", n, failures);
	assert_true(n > 0);
	assert_int_equal(failures, 0);
}

int
main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_oracle_directory),
	};

	if (argc != 2) {
		fprintf(stderr, "usage: test-oracle DIR\n");
		return 2;
	}
	oracle_dir = argv[1];
	return cmocka_run_group_tests(tests, NULL, NULL);
}
