/*
 * test-profile.c: the profile tables and what is asked of them: names,
 * releases, keys by release, detection from a file's keys, the loaders'
 * conversions (argparse for TRL, pydantic for axolotl, OmegaConf's
 * typing for LLaMA-Factory), the defaults a class changes, and the
 * framework rules, each on a small file written here.
 */
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "targs/config.h"
#include "targs/profile.h"
#include "targs/resolve.h"

/* Every profile is found by its name, and names are unique. */
static void
test_profile_names(void **state)
{
	const struct profile *const *p, *const *q;

	(void)state;
	for (p = profile_list(); *p != NULL; p++) {
		assert_ptr_equal(profile_find((*p)->name), *p);
		for (q = p + 1; *q != NULL; q++)
			assert_string_not_equal((*p)->name, (*q)->name);
		/* a framework's profile names its source and releases */
		if ((*p)->fw != NULL) {
			assert_non_null((*p)->fw->repo);
			assert_true(profile_newest((*p)->fw) > 0);
		}
	}
	assert_null(profile_find("trl-sfft"));
	assert_ptr_equal(profile_find("transformers"), &profile_transformers);
}

/*
 * The TrainingArguments facts stay the schema table's: every field a
 * profile changes the default of, or maps a key onto, is a row of it.
 */
static void
test_profile_fields_in_schema(void **state)
{
	const struct profile *const *p;
	const struct profile_default *d;
	const struct profile_map *m;

	(void)state;
	for (p = profile_list(); *p != NULL; p++) {
		for (d = (*p)->defaults; d != NULL && d->field != NULL; d++)
			if (schema_find(d->field) == NULL)
				fail_msg("%s: default of '%s', no parameter",
				    (*p)->name, d->field);
		for (m = (*p)->map; m != NULL && m->key != NULL; m++)
			if (schema_find(m->field) == NULL)
				fail_msg("%s: '%s' maps onto '%s', no parameter",
				    (*p)->name, m->key, m->field);
	}
}

/* Releases sorted, so that the newest is the last one. */
static void
test_profile_releases_sorted(void **state)
{
	const struct profile *const *p;
	size_t i;

	(void)state;
	for (p = profile_list(); *p != NULL; p++)
		for (i = 0; (*p)->fw != NULL && (*p)->fw->releases[i + 1] != 0;
		    i++)
			assert_true((*p)->fw->releases[i] <
			    (*p)->fw->releases[i + 1]);
}

static void
test_profile_versions(void **state)
{
	const struct profile *trl = profile_find("trl-sft");
	char buf[FV_TEXT_MAX];
	int v;

	(void)state;
	assert_true(profile_version_parse("1.9", &v));
	assert_int_equal(v, FV(1, 9, 0));
	assert_true(profile_version_parse("0.18.2", &v));
	assert_int_equal(v, FV(0, 18, 2));
	assert_string_equal(profile_version_format(v, buf), "0.18.2");
	assert_false(profile_version_parse("1", &v));
	assert_false(profile_version_parse("1.x", &v));
	assert_false(profile_version_parse("1.9.0.1", &v));
	assert_false(profile_version_parse("", &v));
	assert_false(profile_version_parse("100.1", &v));
	assert_true(profile_version_known(trl->fw, FV(0, 19, 0)));
	assert_false(profile_version_known(trl->fw, FV(9, 9, 0)));
	assert_int_equal(profile_newest(trl->fw), FV(1, 9, 0));
	/* open-r1 pins trl 0.18.0 */
	assert_int_equal(profile_default_release(
	    profile_find("trl-open-r1-grpo")), FV(0, 18, 0));
}

/* A renamed key: the old one until its removal, the new one after. */
static void
test_profile_key_releases(void **state)
{
	const struct profile *p = profile_find("trl-sft");
	const struct profile_keyset *set;
	const struct profile_key *k;

	(void)state;
	k = profile_key_find(p, "max_seq_length", FV(1, 9, 0), &set);
	assert_non_null(k);
	assert_false(profile_key_in(k, FV(1, 9, 0)));
	assert_true(profile_key_in(k, FV(0, 19, 1)));
	assert_int_equal(k->removed, FV(0, 20, 0));
	assert_string_equal(k->replaced_by, "max_length");
	assert_string_equal(set->name, "SFTConfig");
	k = profile_key_find(p, "torch_dtype", FV(0, 26, 0), NULL);
	assert_non_null(k);
	assert_true(profile_key_in(k, FV(0, 26, 2)));
	assert_string_equal(k->replaced_by, "dtype");
	/* trust_remote_code: ModelConfig's until 1.7, SFTConfig's since */
	k = profile_key_find(p, "trust_remote_code", FV(1, 5, 0), &set);
	assert_true(profile_key_in(k, FV(1, 5, 0)));
	assert_string_equal(set->name, "ModelConfig");
	k = profile_key_find(p, "trust_remote_code", FV(1, 9, 0), &set);
	assert_true(profile_key_in(k, FV(1, 9, 0)));
	assert_string_equal(set->name, "SFTConfig");
	assert_null(profile_key_find(p, "learning_rate", FV(1, 9, 0), NULL));
	assert_null(profile_key_find(p, "cutoff_len", FV(1, 9, 0), NULL));
	assert_true(profile_knows(profile_find("llamafactory"), "cutoff_len"));
	assert_false(profile_knows(&profile_transformers, "cutoff_len"));
}

static void
test_profile_release_behaviour(void **state)
{
	const struct profile_framework *trl = profile_find("trl-sft")->fw;
	const struct profile_framework *lf = profile_find("llamafactory")->fw;

	(void)state;
	assert_int_equal(profile_unknown_in(trl, FV(0, 18, 2)),
	    PROFILE_UNKNOWN_DROPS);
	assert_int_equal(profile_unknown_in(trl, FV(0, 19, 0)),
	    PROFILE_UNKNOWN_RAISES);
	assert_int_equal(profile_typing_in(lf, FV(0, 9, 3)),
	    PROFILE_TYPING_PLAIN);
	assert_int_equal(profile_typing_in(lf, FV(0, 9, 4)),
	    PROFILE_TYPING_OMEGACONF);
	assert_int_equal(profile_unknown_in(profile_find("axolotl")->fw,
	    FV(0, 18, 0)), PROFILE_UNKNOWN_DROPS);
	assert_string_equal(profile_map_field(profile_find("axolotl"),
	    "micro_batch_size"), "per_device_train_batch_size");
	assert_null(profile_map_field(profile_find("trl-sft"),
	    "micro_batch_size"));
}

struct detect_row {
	const char	*yaml;
	const char	*profile;
	const char	*first_evidence;  /* NULL: none */
};

static const struct detect_row detect_rows[] = {
	/* nothing but TrainingArguments */
	{ "learning_rate: 1.0e-5\noutput_dir: out\n", "transformers", NULL },
	/* one key every framework shares is no evidence */
	{ "model_name_or_path: m\nlearning_rate: 1.0e-5\n", "transformers",
	  NULL },
	{ "model_name_or_path: m\ndataset_name: d\nmax_length: 512\n"
	  "packing: true\n", "trl-sft", "dataset_name" },
	{ "model_name_or_path: m\nbeta: 0.1\nmax_prompt_length: 256\n"
	  "loss_type: sigmoid\n", "trl-dpo", NULL },
	{ "model_name_or_path: m\nnum_generations: 8\nuse_vllm: true\n"
	  "max_completion_length: 256\n", "trl-grpo", NULL },
	{ "model_name_or_path: m\nstage: sft\nfinetuning_type: lora\n"
	  "template: qwen3\ncutoff_len: 2048\n", "llamafactory", NULL },
	{ "base_model: m\nmicro_batch_size: 2\nnum_epochs: 1\n"
	  "sequence_len: 2048\n", "axolotl", "base_model" },
	{ "model_name_or_path: m\ndataset_mixer:\n  a: 1.0\n"
	  "dataset_splits: [train]\n", "trl-handbook-sft", NULL },
	{ "model_name_or_path: m\nreward_funcs: [accuracy]\n"
	  "system_prompt: s\nnum_generations: 8\n", "trl-open-r1-grpo",
	  NULL },
	{ "model: Qwen/Qwen3-4B\nmodel_class: llm\ntrain_dataset: d.yaml\n"
	  "micro_batch_size: 1\nlearning_rate: 1.0e-4\n", "llamafactory-v1",
	  NULL },
	/* more keys of another program than of any framework */
	{ "model_name_or_path: m\nmax_seq_length: 512\nlora_rank: 8\n"
	  "train_file: t\ntemplate_name: x\ntrain_mode: qlora\n",
	  "transformers", NULL },
};

static void
test_profile_detect(void **state)
{
	const char *evidence[PROFILE_EVIDENCE_MAX];
	const struct profile *p;
	struct loaded l;
	size_t i, n;

	(void)state;
	for (i = 0; i < sizeof detect_rows / sizeof detect_rows[0]; i++) {
		loaded_yaml(&l, detect_rows[i].yaml);
		assert_true(l.ok);
		p = profile_detect(l.doc.root, SCHEMA_CLASS_TRAINING, false,
		    evidence, &n);
		assert_string_equal(p->name, detect_rows[i].profile);
		if (p->fw == NULL)
			assert_int_equal(n, 0);
		else
			assert_true(n > 0 && n <= PROFILE_EVIDENCE_MAX);
		if (detect_rows[i].first_evidence != NULL)
			assert_string_equal(evidence[0],
			    detect_rows[i].first_evidence);
		loaded_release(&l);
	}
	/* no framework key: the class asked for */
	loaded_yaml(&l, "predict_with_generate: true\n");
	p = profile_detect(l.doc.root, SCHEMA_CLASS_SEQ2SEQ, false, evidence,
	    &n);
	assert_ptr_equal(p, &profile_seq2seq);
	loaded_release(&l);
}

/* A file resolved the way check does it, with a named profile or none. */
struct checked {
	struct source		src;
	struct diag_list	diags;
	struct value_doc	doc;
	struct config		cfg;
	bool			resolved;
};

static void
check_text(struct checked *c, const char *name, const char *text,
    const char *profile, int framework_version)
{
	struct load_options options;
	struct resolve_request req = { TV(5, 18), SCHEMA_CLASS_TRAINING,
		env_find("gpu"), NULL, framework_version, NULL, false };

	if (profile != NULL)
		req.profile = profile_find(profile);
	load_options_init(&options);
	source_init_memory(&c->src, name, text, strlen(text));
	diag_list_init(&c->diags, name);
	c->resolved = resolve_source(&c->src, &options, &req, &c->doc,
	    &c->cfg, &c->diags);
}

static void
checked_release(struct checked *c)
{
	if (c->resolved)
		config_release(&c->cfg);
	value_doc_release(&c->doc);
	diag_list_release(&c->diags);
	source_release(&c->src);
}

static const struct diag *
checked_find(const struct checked *c, enum diag_id id)
{
	size_t i;

	for (i = 0; i < c->diags.len; i++)
		if (c->diags.items[i].id == id)
			return &c->diags.items[i];
	return NULL;
}

static const char trl_text[] =
    "model_name_or_path: m\n"
    "dataset_name: d\n"
    "max_length: 1024\n"
    "learning_rate: 1e-4\n"
    "gradient_checkpointing: \"no\"\n";

/* argparse converts str values: 1e-4 is a float there, "no" False. */
static void
test_profile_trl_typing(void **state)
{
	struct checked c;
	struct pyval *v;

	(void)state;
	check_text(&c, "a.yaml", trl_text, NULL, 0);
	assert_true(c.resolved);
	assert_string_equal(c.diags.profile, "trl-sft");
	assert_non_null(checked_find(&c, DIAG_PROFILE_DETECTED));
	assert_null(checked_find(&c, DIAG_WRONG_TYPE));
	assert_null(checked_find(&c, DIAG_UNKNOWN_KEY));
	v = config_get(&c.cfg, "learning_rate");
	assert_int_equal(v->kind, PY_FLOAT);
	assert_true(v->real == 1e-4);
	v = config_get(&c.cfg, "gradient_checkpointing");
	assert_int_equal(v->kind, PY_BOOL);
	assert_false(v->boolean);
	/* SFTConfig's defaults, and TRL's bf16 = not fp16 */
	assert_true(config_get(&c.cfg, "logging_steps")->integer == 10);
	assert_true(config_get(&c.cfg, "bf16")->boolean);
	checked_release(&c);
	/* the same file as plain TrainingArguments */
	check_text(&c, "a.yaml", trl_text, "transformers", 0);
	assert_non_null(checked_find(&c, DIAG_WRONG_TYPE));
	assert_non_null(checked_find(&c, DIAG_UNKNOWN_KEY));
	assert_null(checked_find(&c, DIAG_PROFILE_DETECTED));
	checked_release(&c);
}

static void
test_profile_trl_refused(void **state)
{
	struct checked c;
	const struct diag *d;

	(void)state;
	check_text(&c, "a.yaml", "model_name_or_path: m\ndataset_name: d\n"
	    "max_length: 8\nmax_steps: 1e3\n", NULL, 0);
	d = checked_find(&c, DIAG_FRAMEWORK_CONVERSION);
	assert_non_null(d);
	assert_string_equal(d->key, "max_steps");
	assert_int_equal(d->upstream, DIAG_UPSTREAM_RAISES);
	checked_release(&c);
}

/* Before 0.19 TrlParser drops unknown keys: targs is stricter there. */
static void
test_profile_trl_old_release(void **state)
{
	struct checked c;
	const struct diag *d;

	(void)state;
	check_text(&c, "a.yaml", "model_name_or_path: m\nmax_seq_length: 8\n"
	    "lerning_rate: 1.0e-5\n", "trl-sft", FV(0, 18, 0));
	assert_null(checked_find(&c, DIAG_FRAMEWORK_KEY_NOT_IN_RELEASE));
	d = checked_find(&c, DIAG_UNKNOWN_KEY);
	assert_non_null(d);
	assert_int_equal(d->upstream, DIAG_UPSTREAM_ACCEPTS);
	/* no logging_steps override before 0.19 */
	assert_true(config_get(&c.cfg, "logging_steps")->integer == 500);
	checked_release(&c);
	check_text(&c, "a.yaml", "model_name_or_path: m\nmax_seq_length: 8\n",
	    "trl-sft", 0);
	d = checked_find(&c, DIAG_FRAMEWORK_KEY_NOT_IN_RELEASE);
	assert_non_null(d);
	assert_int_equal(d->upstream, DIAG_UPSTREAM_RAISES);
	checked_release(&c);
}

/* OmegaConf's typing: 1e-4 a float, a duplicate key an error. */
static void
test_profile_llamafactory(void **state)
{
	static const char text[] =
	    "model_name_or_path: m\nstage: rm\nfinetuning_type: freeze\n"
	    "template: t\ndataset: d\ncutoff_len: 1024\n"
	    "learning_rate: 1e-4\nuse_dora: true\n"
	    "predict_with_generate: true\n";
	struct checked c;
	const struct diag *d;

	(void)state;
	check_text(&c, "lf.yaml", text, NULL, 0);
	assert_string_equal(c.diags.profile, "llamafactory");
	assert_int_equal(config_get(&c.cfg, "learning_rate")->kind, PY_FLOAT);
	assert_int_equal(c.cfg.cls, SCHEMA_CLASS_SEQ2SEQ);
	/* LLaMA-Factory allows transformers 5.8 at most */
	assert_int_equal(c.cfg.version, TV(5, 8));
	assert_non_null(checked_find(&c, DIAG_LF_SFT_ONLY));
	assert_non_null(checked_find(&c, DIAG_LF_LORA_ONLY));
	assert_false(config_get(&c.cfg, "remove_unused_columns")->boolean);
	checked_release(&c);
	check_text(&c, "lf.yaml", "stage: sft\nfinetuning_type: lora\n"
	    "template: t\ncutoff_len: 1\ncutoff_len: 2\n", NULL, 0);
	d = checked_find(&c, DIAG_DUPLICATE_KEY);
	assert_non_null(d);
	assert_int_equal(d->severity, DIAG_ERROR);
	checked_release(&c);
}

/* axolotl's keys become fields; its own checks run. */
static void
test_profile_axolotl(void **state)
{
	static const char text[] =
	    "base_model: m\nmicro_batch_size: \"4\"\n"
	    "gradient_accumulation_steps: 2\nnum_epochs: 2\n"
	    "learning_rate: 2e-4\nlr_scheduler: one_cycle\n"
	    "saves_per_epoch: 4\nsave_steps: 10\nadam_eps: 1.0e-8\n";
	struct checked c;
	const struct diag *d;
	struct pyval *v;

	(void)state;
	check_text(&c, "ax.yml", text, NULL, 0);
	assert_string_equal(c.diags.profile, "axolotl");
	v = config_get(&c.cfg, "per_device_train_batch_size");
	assert_int_equal(v->kind, PY_INT);  /* pydantic: "4" -> 4 */
	assert_int_equal(v->integer, 4);
	assert_true(config_get(&c.cfg, "learning_rate")->real == 2e-4);
	assert_true(py_str_is(config_get(&c.cfg, "lr_scheduler_type"),
	    "cosine"));
	assert_true(config_get(&c.cfg, "save_total_limit")->integer == 4);
	assert_non_null(checked_find(&c, DIAG_AXOLOTL_EXCLUSIVE));
	d = checked_find(&c, DIAG_UNKNOWN_KEY);
	assert_non_null(d);
	assert_string_equal(d->key, "adam_eps");
	assert_int_equal(d->upstream, DIAG_UPSTREAM_ACCEPTS);
	checked_release(&c);
	/* a custom optimizer goes to the Trainer; optim keeps its default */
	check_text(&c, "ax.yml", "base_model: m\nmicro_batch_size: 1\n"
	    "gradient_accumulation_steps: 1\nlearning_rate: 1.0e-4\n"
	    "optimizer: muon\nfp16:\n", NULL, 0);
	assert_null(checked_find(&c, DIAG_NOT_ALLOWED_VALUE));
	assert_null(checked_find(&c, DIAG_WRONG_TYPE));
	assert_false(py_str_is(config_get(&c.cfg, "optim"), "muon"));
	checked_release(&c);
}

/* v1: keys checked, nothing resolved, its own rules run. */
static void
test_profile_llamafactory_v1(void **state)
{
	struct checked c;

	(void)state;
	check_text(&c, "v1.yaml", "model: m\nmodel_class: llm\n"
	    "train_dataset: d.yaml\nflash_attn: fa2\ndist_config:\n"
	    "  fsdp: 2\nlerning_rate: 1.0e-4\n", NULL, 0);
	assert_false(c.resolved);
	assert_string_equal(c.diags.profile, "llamafactory-v1");
	assert_non_null(checked_find(&c, DIAG_KEYS_ONLY));
	assert_non_null(checked_find(&c, DIAG_LF_V1_PLUGIN));
	assert_non_null(checked_find(&c, DIAG_LF_V1_VALUE));
	assert_non_null(checked_find(&c, DIAG_UNKNOWN_KEY));
	checked_release(&c);
}

static void
test_profile_nesting(void **state)
{
	struct checked c;

	(void)state;
	check_text(&c, "n.yaml", "data: x\ntraining_args:\n  output_dir: o\n"
	    "  learning_rate: 1.0e-5\n  max_steps: 10\n", NULL, 0);
	assert_non_null(checked_find(&c, DIAG_NESTED_BLOCK));
	assert_null(checked_find(&c, DIAG_UNKNOWN_KEY));
	assert_true(config_get(&c.cfg, "max_steps")->integer == 10);
	checked_release(&c);
}

struct typing_row {
	const char	*text;
	enum scalar_tag	 pyyaml;
	enum scalar_tag	 omegaconf;
};

/* OmegaConf's loader: PyYAML's resolvers, its float, no timestamps. */
static const struct typing_row typing_rows[] = {
	{ "1e-4", SCALAR_TAG_STR, SCALAR_TAG_FLOAT },
	{ "5E-5", SCALAR_TAG_STR, SCALAR_TAG_FLOAT },
	{ "1.0e4", SCALAR_TAG_STR, SCALAR_TAG_FLOAT },
	{ "1.0e-4", SCALAR_TAG_FLOAT, SCALAR_TAG_FLOAT },
	{ "1_000", SCALAR_TAG_INT, SCALAR_TAG_INT },
	{ "0x10", SCALAR_TAG_INT, SCALAR_TAG_INT },
	{ "1_e4", SCALAR_TAG_STR, SCALAR_TAG_STR },
	{ "2024-01-01", SCALAR_TAG_TIMESTAMP, SCALAR_TAG_STR },
	{ "yes", SCALAR_TAG_BOOL, SCALAR_TAG_BOOL },
	{ "e4", SCALAR_TAG_STR, SCALAR_TAG_STR },
	{ "1e", SCALAR_TAG_STR, SCALAR_TAG_STR },
};

static void
test_profile_omegaconf_typing(void **state)
{
	struct value node;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof typing_rows / sizeof typing_rows[0]; i++) {
		memset(&node, 0, sizeof node);
		node.kind = VALUE_SCALAR;
		node.style = VALUE_STYLE_PLAIN;
		node.text = typing_rows[i].text;
		node.len = strlen(typing_rows[i].text);
		assert_int_equal(scalar_resolve(&node, SCALAR_SCHEMA_PYYAML),
		    typing_rows[i].pyyaml);
		assert_int_equal(scalar_resolve(&node,
		    SCALAR_SCHEMA_OMEGACONF), typing_rows[i].omegaconf);
	}
}

/* Python's float() and int() on a str, as argparse calls them. */
static void
test_profile_python_numbers(void **state)
{
	double x;
	int64_t i;

	(void)state;
	assert_true(scalar_python_float(" 1e-4 ", 6, &x));
	assert_true(x == 1e-4);
	assert_true(scalar_python_float("1_0.5", 5, &x));
	assert_true(x == 10.5);
	assert_true(scalar_python_float("-Infinity", 9, &x));
	assert_false(scalar_python_float("1__0", 4, &x));
	assert_false(scalar_python_float("_1", 2, &x));
	assert_false(scalar_python_float("0x10", 4, &x));
	assert_false(scalar_python_float("fast", 4, &x));
	assert_true(scalar_python_int("-12", 3, &i));
	assert_int_equal(i, -12);
	assert_true(scalar_python_int("1_000", 5, &i));
	assert_int_equal(i, 1000);
	assert_false(scalar_python_int("1e3", 3, &i));
	assert_false(scalar_python_int("1.0", 3, &i));
	assert_false(scalar_python_int("99999999999999999999", 20, &i));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_profile_names),
		cmocka_unit_test(test_profile_fields_in_schema),
		cmocka_unit_test(test_profile_releases_sorted),
		cmocka_unit_test(test_profile_versions),
		cmocka_unit_test(test_profile_key_releases),
		cmocka_unit_test(test_profile_release_behaviour),
		cmocka_unit_test(test_profile_detect),
		cmocka_unit_test(test_profile_trl_typing),
		cmocka_unit_test(test_profile_trl_refused),
		cmocka_unit_test(test_profile_trl_old_release),
		cmocka_unit_test(test_profile_llamafactory),
		cmocka_unit_test(test_profile_axolotl),
		cmocka_unit_test(test_profile_llamafactory_v1),
		cmocka_unit_test(test_profile_nesting),
		cmocka_unit_test(test_profile_omegaconf_typing),
		cmocka_unit_test(test_profile_python_numbers),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
