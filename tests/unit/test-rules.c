/*
 * test-rules.c: the rules at the release boundaries the conformance set
 * (4.38.2, 4.57.6, 5.0.0, 5.5.0) does not reach, and the rules that read
 * the --env preset, which the set's bare environment cannot exercise.
 */
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "targs/config.h"
#include "targs/pyval.h"

struct resolved {
	struct loaded	l;
	struct config	cfg;
};

static void
resolve_yaml(struct resolved *r, const char *text, int version,
    const char *env)
{
	loaded_yaml(&r->l, text);
	assert_true(r->l.ok);
	config_bind(&r->cfg, r->l.doc.root, version, SCHEMA_CLASS_TRAINING,
	    env_find(env), SCALAR_SCHEMA_PYYAML, &r->l.diags);
	config_resolve(&r->cfg);
	config_report_dead(&r->cfg);
}

static void
resolved_release(struct resolved *r)
{
	config_release(&r->cfg);
	loaded_release(&r->l);
}

/* The error with this code upstream raises on, or NULL. */
static const struct diag *
raised(const struct resolved *r, enum diag_id id)
{
	size_t i;

	for (i = 0; i < r->l.diags.len; i++)
		if (r->l.diags.items[i].id == id &&
		    r->l.diags.items[i].upstream == DIAG_UPSTREAM_RAISES)
			return &r->l.diags.items[i];
	return NULL;
}

static bool
raises(const char *text, int version, const char *env, enum diag_id id)
{
	struct resolved r;
	bool found;

	resolve_yaml(&r, text, version, env);
	found = raised(&r, id) != NULL;
	resolved_release(&r);
	return found;
}

/* The resolved value of name, as one line of JSON. */
static char *
value_json(const char *text, int version, const char *env, const char *name)
{
	struct resolved r;
	char *s;

	resolve_yaml(&r, text, version, env);
	s = py_repr(config_get(&r.cfg, name));
	resolved_release(&r);
	return s;
}

static void
assert_value(const char *text, int version, const char *name,
    const char *want)
{
	char *got = value_json(text, version, "bare", name);

	assert_string_equal(got, want);
	free(got);
}

static void
test_warmup_steps_by_release(void **state)
{
	(void)state;
	/* 4.42-4.43: "either 0 or > 1" */
	assert_true(raises("output_dir: o\nwarmup_steps: 1\n", TV(4, 42),
	    "bare", DIAG_WARMUP));
	assert_false(raises("output_dir: o\nwarmup_steps: 1\n", TV(4, 41),
	    "bare", DIAG_WARMUP));
	/* 4.44-4.57: an int 0 or above */
	assert_false(raises("output_dir: o\nwarmup_steps: 1\n", TV(4, 44),
	    "bare", DIAG_WARMUP));
	assert_true(raises("output_dir: o\nwarmup_steps: 0.5\n", TV(4, 44),
	    "bare", DIAG_WARMUP));
	/* 5.0: fractions allowed, negatives not */
	assert_false(raises("warmup_steps: 0.5\n", TV(5, 0), "bare",
	    DIAG_WARMUP));
	assert_true(raises("warmup_steps: -1\n", TV(5, 0), "bare",
	    DIAG_WARMUP));
	/* 5.0: warmup_ratio replaces warmup_steps, range-checked there */
	assert_value("warmup_ratio: 0.1\nwarmup_steps: 10\n", TV(5, 0),
	    "warmup_steps", "0.1");
	assert_true(raises("warmup_ratio: -0.1\n", TV(5, 0), "bare",
	    DIAG_WARMUP));
}

static void
test_empty_cache_steps_quirk(void **state)
{
	(void)state;
	/* 4.43-4.49 wrote `or`: ints pass, as do non-ints above 0 */
	assert_false(raises("output_dir: o\ntorch_empty_cache_steps: -3\n",
	    TV(4, 45), "bare", DIAG_EMPTY_CACHE_STEPS));
	assert_false(raises("output_dir: o\ntorch_empty_cache_steps: 0.5\n",
	    TV(4, 45), "bare", DIAG_EMPTY_CACHE_STEPS));
	assert_true(raises("output_dir: o\ntorch_empty_cache_steps: -0.5\n",
	    TV(4, 45), "bare", DIAG_EMPTY_CACHE_STEPS));
	assert_true(raises("output_dir: o\ntorch_empty_cache_steps: -3\n",
	    TV(4, 50), "bare", DIAG_EMPTY_CACHE_STEPS));
	/* True is the int 1 */
	assert_false(raises("output_dir: o\ntorch_empty_cache_steps: true\n",
	    TV(4, 50), "bare", DIAG_EMPTY_CACHE_STEPS));
}

static void
test_derived_defaults_by_release(void **state)
{
	const char *metric = "output_dir: o\nmetric_for_best_model: "
	    "eval_val_loss\n";

	(void)state;
	assert_value(metric, TV(4, 41), "greater_is_better", "True");
	assert_value(metric, TV(4, 42), "greater_is_better", "False");
	assert_value("output_dir: o\n", TV(4, 54), "run_name", "'o'");
	assert_value("output_dir: o\n", TV(4, 55), "run_name", "None");
	assert_value("output_dir: o\ninclude_num_input_tokens_seen: true\n",
	    TV(4, 56), "include_num_input_tokens_seen", "True");
	assert_value("output_dir: o\ninclude_num_input_tokens_seen: true\n",
	    TV(4, 57), "include_num_input_tokens_seen", "'all'");
	assert_value("output_dir: o\nreport_to: null\n", TV(4, 57),
	    "report_to", "[]");
	assert_value("report_to: null\n", TV(5, 0), "report_to", "[None]");
	assert_value("output_dir: '~/x'\n", TV(5, 5), "output_dir",
	    "'/home/user/x'");
}

static void
test_json_string_dicts(void **state)
{
	(void)state;
	/* digits become ints however long; "1e-5" and "-1" stay strings */
	assert_value("lr_scheduler_kwargs: '{\"a\": \"123456789012345678901\", "
	    "\"b\": \"1e-5\", \"c\": \"-1\", \"d\": \"2.5\", \"e\": \"TRUE\"}'\n",
	    TV(5, 5), "lr_scheduler_kwargs", "{'a': 123456789012345678901, "
	    "'b': '1e-5', 'c': '-1', 'd': 2.5, 'e': True}");
	/* 4.38 has no such rule: the string stays */
	assert_value("output_dir: o\nlr_scheduler_kwargs: '{\"a\": \"1\"}'\n",
	    TV(4, 38), "lr_scheduler_kwargs", "'{\"a\": \"1\"}'");
}

static void
test_ratio_steps_fall_through(void **state)
{
	const char *text = "output_dir: o\neval_strategy: steps\n"
	    "eval_steps: 0.1\nsave_steps: 0.3\nload_best_model_at_end: true\n";

	(void)state;
	/*
	 * 0.3 % 0.1 is not 0 in floating point, 300000 % 100000 is: 4.52
	 * raised all the same (#38217, fixed in 4.53).
	 */
	assert_true(raises(text, TV(4, 52), "bare",
	    DIAG_BEST_MODEL_STRATEGIES));
	assert_false(raises(text, TV(4, 53), "bare",
	    DIAG_BEST_MODEL_STRATEGIES));
}

static void
test_machine_checks(void **state)
{
	(void)state;
	/* bf16 on a machine without a GPU: only from 4.52 */
	assert_false(raises("output_dir: o\nbf16: true\n", TV(4, 51), "cpu",
	    DIAG_BF16_HARDWARE));
	assert_true(raises("output_dir: o\nbf16: true\n", TV(4, 52), "cpu",
	    DIAG_BF16_HARDWARE));
	assert_false(raises("output_dir: o\nbf16: true\n", TV(4, 52), "gpu",
	    DIAG_BF16_HARDWARE));
	assert_false(raises("output_dir: o\nbf16: true\n", TV(4, 52), "bare",
	    DIAG_BF16_HARDWARE));
	/* fp16 on a CPU: up to 4.41 */
	assert_true(raises("output_dir: o\nfp16: true\n", TV(4, 41), "cpu",
	    DIAG_FP16_DEVICE));
	assert_false(raises("output_dir: o\nfp16: true\n", TV(4, 42), "cpu",
	    DIAG_FP16_DEVICE));
	assert_true(raises("tf32: true\n", TV(5, 5), "cpu",
	    DIAG_TF32_HARDWARE));
	assert_true(raises("lr_scheduler_type: reduce_lr_on_plateau\n"
	    "eval_strategy: epoch\n", TV(5, 5), "bare",
	    DIAG_SCHEDULER_NEEDS_EVAL));
	assert_false(raises("lr_scheduler_type: reduce_lr_on_plateau\n"
	    "eval_strategy: epoch\n", TV(5, 5), "gpu",
	    DIAG_SCHEDULER_NEEDS_EVAL));
	/* deepspeed needs accelerate up to 5.1; 5.2 no longer checks it */
	assert_true(raises("deepspeed: ds.json\n", TV(5, 1), "bare",
	    DIAG_DEEPSPEED));
	assert_false(raises("deepspeed: ds.json\n", TV(5, 2), "bare",
	    DIAG_DEEPSPEED));
	assert_false(raises("deepspeed: ds.json\n", TV(5, 1), "gpu",
	    DIAG_DEEPSPEED));
}

static void
test_env_defaults(void **state)
{
	char *s;

	(void)state;
	s = value_json("output_dir: o\n", TV(4, 54), "gpu", "optim");
	assert_string_equal(s, "'adamw_torch_fused'");
	free(s);
	s = value_json("output_dir: o\n", TV(4, 53), "gpu", "optim");
	assert_string_equal(s, "'adamw_torch'");
	free(s);
	s = value_json("accelerator_config: {even_batches: false}\n", TV(5, 5),
	    "gpu", "accelerator_config");
	assert_string_equal(s, "{'split_batches': False, 'dispatch_batches': "
	    "None, 'even_batches': False, 'use_seedable_sampler': True, "
	    "'non_blocking': False, 'gradient_accumulation_kwargs': None}");
	free(s);
	assert_true(raises("accelerator_config: {nope: 1}\n", TV(5, 5), "gpu",
	    DIAG_ACCELERATOR_CONFIG));
}

static void
test_fsdp_words(void **state)
{
	(void)state;
	assert_value("fsdp: full_shard offload\n", TV(5, 5), "fsdp",
	    "['full_shard', 'offload']");
	assert_value("fsdp: true\n", TV(5, 5), "fsdp", "['full_shard']");
	assert_true(raises("fsdp: offload\n", TV(5, 5), "bare",
	    DIAG_FSDP_OFFLOAD_ALONE));
	assert_true(raises("fsdp: full_shard shard_grad_op\n", TV(5, 5),
	    "bare", DIAG_FSDP_SHARDING_CONFLICT));
	assert_true(raises("fsdp: bogus\n", TV(5, 5), "bare",
	    DIAG_FSDP_OPTIONS));
	/* 4.56 and older crash on an explicit null */
	assert_true(raises("output_dir: o\nfsdp: null\n", TV(4, 56), "bare",
	    DIAG_FSDP_OPTIONS));
	assert_value("fsdp: true\n", TV(5, 10), "fsdp", "True");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_warmup_steps_by_release),
		cmocka_unit_test(test_empty_cache_steps_quirk),
		cmocka_unit_test(test_derived_defaults_by_release),
		cmocka_unit_test(test_json_string_dicts),
		cmocka_unit_test(test_ratio_steps_fall_through),
		cmocka_unit_test(test_machine_checks),
		cmocka_unit_test(test_env_defaults),
		cmocka_unit_test(test_fsdp_words),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
