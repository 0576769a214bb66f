/*
 * test-diff.c: what diff calls a difference: values compared as Python
 * compares them after the rules, aliases that spell one setting, values
 * only the preset makes equal, parameters of one release only, keys
 * beside the parameters, problems one side has, and plan numbers.
 */
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "targs/diff.h"

struct side {
	struct loaded	l;
	struct config	cfg;
};

static void
side_resolve(struct side *s, const char *text, bool json, int version)
{
	if (json)
		loaded_json(&s->l, text);
	else
		loaded_yaml(&s->l, text);
	assert_true(s->l.ok);
	config_bind(&s->cfg, s->l.doc.root, version, SCHEMA_CLASS_TRAINING,
	    env_find("gpu"), SCALAR_SCHEMA_PYYAML,
	    &s->l.diags);
	config_resolve(&s->cfg);
	config_report_dead(&s->cfg);
}

static void
side_release(struct side *s)
{
	config_release(&s->cfg);
	loaded_release(&s->l);
}

/* The diff of two YAML texts (b may be JSON) under va and vb. */
static void
diff_texts(struct diff *d, struct side s[2], const char *a, const char *b,
    bool b_json, int va, int vb)
{
	side_resolve(&s[0], a, false, va);
	side_resolve(&s[1], b, b_json, vb);
	diff_init(d);
	diff_configs(d, &s[0].cfg, &s[1].cfg);
	diff_other_keys(d, &s[0].cfg, &s[1].cfg);
	diff_problems(d, &s[0].l.diags, &s[1].l.diags);
}

static void
diff_done(struct diff *d, struct side s[2])
{
	diff_release(d);
	side_release(&s[0]);
	side_release(&s[1]);
}

static const struct diff_param *
shown_param(const struct diff *d, const char *name)
{
	size_t i;

	for (i = 0; i < d->param_count; i++)
		if (strcmp(d->params[i].row->name, name) == 0)
			return d->params[i].shown ? &d->params[i] : NULL;
	return NULL;
}

/* Formatting, order, explicit defaults and normalised spellings. */
static void
test_same_config_written_differently(void **state)
{
	struct side s[2];
	struct diff d;

	(void)state;
	diff_texts(&d, s,
	    "output_dir: out\nlearning_rate: 5.0e-5\nreport_to: none\n"
	    "num_train_epochs: 3\nlr_scheduler_kwargs: {a: 1, b: 2}\n",
	    "{\"lr_scheduler_kwargs\": {\"b\": 2, \"a\": 1.0}, "
	    "\"report_to\": [], \"num_train_epochs\": 3.0, "
	    "\"learning_rate\": 0.00005, \"output_dir\": \"out\", "
	    "\"seed\": 42}", true, TV(5, 5), TV(5, 5));
	assert_int_equal(diff_total(&d), 0);
	diff_done(&d, s);
}

/* An alias the rules copy is one setting; the copy is compared. */
static void
test_alias_spells_the_same_setting(void **state)
{
	struct side s[2];
	struct diff d;

	(void)state;
	diff_texts(&d, s, "output_dir: o\nevaluation_strategy: steps\n",
	    "output_dir: o\neval_strategy: steps\n", false, TV(4, 45),
	    TV(4, 45));
	assert_int_equal(d.changed, 0);
	/* the deprecation warning is the one difference */
	assert_int_equal(d.problem_count, 1);
	assert_int_equal(d.problems[0].side, 'a');
	diff_done(&d, s);
}

static void
test_values_and_origins(void **state)
{
	const struct diff_param *p;
	struct side s[2];
	struct diff d;

	(void)state;
	diff_texts(&d, s, "output_dir: o\nlearning_rate: 0.0001\n",
	    "output_dir: o\nlogging_steps: 50\neval_strategy: steps\n",
	    false, TV(5, 5), TV(5, 5));
	p = shown_param(&d, "learning_rate");
	assert_non_null(p);
	assert_int_equal(p->kind, DIFF_CHANGED);
	assert_int_equal(p->sa->origin, CONFIG_ORIGIN_FILE);
	assert_int_equal(p->sb->origin, CONFIG_ORIGIN_DEFAULT);
	/* eval_steps falls back to logging_steps: a rule's value */
	p = shown_param(&d, "eval_steps");
	assert_non_null(p);
	assert_int_equal(p->sb->origin, CONFIG_ORIGIN_RULE);
	assert_null(shown_param(&d, "output_dir"));
	assert_null(shown_param(&d, "seed"));
	diff_done(&d, s);
}

/* "all" is [] on a preset without integrations, but not "none". */
static void
test_machine_dependent_equal_value_differs(void **state)
{
	const struct diff_param *p;
	struct side s[2];
	struct diff d;

	(void)state;
	diff_texts(&d, s, "output_dir: o\nreport_to: all\n",
	    "output_dir: o\nreport_to: none\n", false, TV(5, 5), TV(5, 5));
	p = shown_param(&d, "report_to");
	assert_non_null(p);
	assert_true(py_str_is(p->sa->value, "all"));
	assert_int_equal(p->a->value->kind, PY_LIST);
	diff_done(&d, s);
	/* "all" and ["all"] are one setting on every machine */
	diff_texts(&d, s, "output_dir: o\nreport_to: all\n",
	    "output_dir: o\nreport_to: [all]\n", false, TV(5, 5), TV(5, 5));
	assert_int_equal(diff_total(&d), 0);
	diff_done(&d, s);
}

/* One file, two releases: removed keys, the rename, default changes. */
static void
test_release_diff(void **state)
{
	const struct diff_param *p;
	struct side s[2];
	struct diff d;
	const char *file = "output_dir: o\noverwrite_output_dir: true\n"
	    "warmup_ratio: 0.1\nevaluation_strategy: epoch\n";

	(void)state;
	diff_texts(&d, s, file, file, false, TV(4, 40), TV(5, 5));
	p = shown_param(&d, "overwrite_output_dir");
	assert_non_null(p);
	assert_int_equal(p->kind, DIFF_ONLY_A);
	assert_non_null(shown_param(&d, "evaluation_strategy"));
	/* its replacement differs ("epoch" against "no"): shown with it */
	p = shown_param(&d, "eval_strategy");
	assert_non_null(p);
	assert_int_equal(p->kind, DIFF_ONLY_B);
	assert_non_null(shown_param(&d, "report_to"));
	assert_non_null(shown_param(&d, "warmup_steps"));
	/* a parameter new in 5.5 at its default is no difference */
	assert_null(shown_param(&d, "use_cache"));
	/* the keys 5.5 rejects are said by the parameters, not twice */
	assert_int_equal(d.problem_count, 1);
	assert_int_equal(d.problems[0].diag->id, DIAG_WARMUP_RATIO_ALIAS);
	diff_done(&d, s);
}

static void
test_other_keys(void **state)
{
	struct side s[2];
	struct diff d;

	(void)state;
	diff_texts(&d, s, "model_name_or_path: a\noutput_dir: o\n"
	    "cutoff_len: 1024\nlora_rank: 8\n", "lora_rank: 8\n"
	    "model_name_or_path: b\noutput_dir: o\ntemplate: llama3\n",
	    false, TV(5, 5), TV(5, 5));
	assert_int_equal(d.key_count, 4);
	assert_string_equal(d.keys[0].name, "model_name_or_path");
	assert_true(d.keys[0].shown);
	assert_string_equal(d.keys[1].name, "cutoff_len");
	assert_null(d.keys[1].b);
	assert_string_equal(d.keys[2].name, "lora_rank");
	assert_false(d.keys[2].shown);
	assert_string_equal(d.keys[3].name, "template");
	assert_null(d.keys[3].a);
	assert_int_equal(d.keys_changed, 3);
	/* unknown-key errors are the keys' business, not problems */
	assert_int_equal(d.problem_count, 0);
	diff_done(&d, s);
}

static void
test_plan_numbers(void **state)
{
	struct plan a, b;
	struct diff d;

	(void)state;
	memset(&a, 0, sizeof a);
	memset(&b, 0, sizeof b);
	a.total_steps = b.total_steps = 100;
	a.warmup_steps = 10;
	b.warmup_steps = 6;
	a.epoch_at_end = b.epoch_at_end = 3.0;
	diff_init(&d);
	diff_plans(&d, &a, &b);
	assert_int_equal(d.plan_changed, 1);
	assert_int_equal(diff_total(&d), 1);
	diff_release(&d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_same_config_written_differently),
		cmocka_unit_test(test_alias_spells_the_same_setting),
		cmocka_unit_test(test_values_and_origins),
		cmocka_unit_test(test_machine_dependent_equal_value_differs),
		cmocka_unit_test(test_release_diff),
		cmocka_unit_test(test_other_keys),
		cmocka_unit_test(test_plan_numbers),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
