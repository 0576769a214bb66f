/*
 * profile-hf-examples.c: the example scripts of huggingface/transformers
 * (examples/pytorch/NAME/run_NAME.py) as profiles (data only).
 *
 * Each script parses (ModelArguments, DataTrainingArguments,
 * TrainingArguments) and reads a config file only when it is the single
 * argument and ends in .json: HfArgumentParser.parse_json_file, which
 * converts nothing and raises on a key no dataclass has. Read from
 * examples/pytorch/language-modeling/run_clm.py at 00d481d1 (4.57.0.dev0)
 * and examples/pytorch/summarization/run_summarization.py at 00e6a185
 * (4.52.0.dev0). The keys of every script are one set here: a file names
 * the script it is for nowhere.
 */
#include <stddef.h>

#include "targs/profile-rules.h"

/* run_clm.py ModelArguments */
static const struct profile_key hf_clm_model[] = {
	{ "model_name_or_path", PROFILE_STR, true, 0, 0, NULL },
	{ "model_type", PROFILE_STR, true, 0, 0, NULL },
	{ "config_overrides", PROFILE_STR, true, 0, 0, NULL },
	{ "config_name", PROFILE_STR, true, 0, 0, NULL },
	{ "tokenizer_name", PROFILE_STR, true, 0, 0, NULL },
	{ "cache_dir", PROFILE_STR, true, 0, 0, NULL },
	{ "use_fast_tokenizer", PROFILE_BOOL, false, 0, 0, NULL },
	{ "model_revision", PROFILE_STR, false, 0, 0, NULL },
	{ "token", PROFILE_STR, true, 0, 0, NULL },
	{ "trust_remote_code", PROFILE_BOOL, false, 0, 0, NULL },
	{ "dtype", PROFILE_STR, true, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* run_clm.py DataTrainingArguments */
static const struct profile_key hf_clm_data[] = {
	{ "dataset_name", PROFILE_STR, true, 0, 0, NULL },
	{ "dataset_config_name", PROFILE_STR, true, 0, 0, NULL },
	{ "train_file", PROFILE_STR, true, 0, 0, NULL },
	{ "validation_file", PROFILE_STR, true, 0, 0, NULL },
	{ "max_train_samples", PROFILE_INT, true, 0, 0, NULL },
	{ "max_eval_samples", PROFILE_INT, true, 0, 0, NULL },
	{ "streaming", PROFILE_BOOL, false, 0, 0, NULL },
	{ "block_size", PROFILE_INT, true, 0, 0, NULL },
	{ "overwrite_cache", PROFILE_BOOL, false, 0, 0, NULL },
	{ "validation_split_percentage", PROFILE_INT, true, 0, 0, NULL },
	{ "preprocessing_num_workers", PROFILE_INT, true, 0, 0, NULL },
	{ "keep_linebreaks", PROFILE_BOOL, false, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/* run_summarization.py ModelArguments and DataTrainingArguments */
static const struct profile_key hf_summarization[] = {
	{ "resize_position_embeddings", PROFILE_BOOL, true, 0, 0, NULL },
	{ "use_auth_token", PROFILE_BOOL, false, 0, 0, "token" },
	{ "lang", PROFILE_STR, true, 0, 0, NULL },
	{ "text_column", PROFILE_STR, true, 0, 0, NULL },
	{ "summary_column", PROFILE_STR, true, 0, 0, NULL },
	{ "test_file", PROFILE_STR, true, 0, 0, NULL },
	{ "max_source_length", PROFILE_INT, true, 0, 0, NULL },
	{ "max_target_length", PROFILE_INT, true, 0, 0, NULL },
	{ "val_max_target_length", PROFILE_INT, true, 0, 0, NULL },
	{ "pad_to_max_length", PROFILE_BOOL, false, 0, 0, NULL },
	{ "max_predict_samples", PROFILE_INT, true, 0, 0, NULL },
	{ "num_beams", PROFILE_INT, true, 0, 0, NULL },
	{ "ignore_pad_token_for_loss", PROFILE_BOOL, false, 0, 0, NULL },
	{ "source_prefix", PROFILE_STR, true, 0, 0, NULL },
	{ "forced_bos_token", PROFILE_STR, true, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

static const struct profile_keyset hf_set_clm_model = {
	"ModelArguments",
	"examples/pytorch/language-modeling/run_clm.py", hf_clm_model, NULL,
};
static const struct profile_keyset hf_set_clm_data = {
	"DataTrainingArguments",
	"examples/pytorch/language-modeling/run_clm.py", hf_clm_data, NULL,
};
static const struct profile_keyset hf_set_summarization = {
	"DataTrainingArguments",
	"examples/pytorch/summarization/run_summarization.py",
	hf_summarization, NULL,
};

static const struct profile_keyset *const hf_sets[] = {
	&hf_set_clm_model, &hf_set_clm_data, NULL,
};
static const struct profile_keyset *const hf_sets_seq2seq[] = {
	&hf_set_clm_model, &hf_set_clm_data, &hf_set_summarization, NULL,
};

/* The scripts move with transformers: their release is transformers'. */
static const int hf_releases[] = { FV(5, 18, 0), 0 };

static const struct profile_framework hf_framework = {
	.name = "hf-examples",
	.title = "transformers example scripts",
	.repo = "huggingface/transformers",
	.releases = hf_releases,
	.typing = PROFILE_TYPING_PLAIN,
	.unknown = PROFILE_UNKNOWN_RAISES,
	.unknown_says = "HfArgumentParser.parse_json_file raises 'Some keys "
	    "are not used by the HfArgumentParser'",
	/* no script calls parse_yaml_file */
	.json_only = true,
};

const struct profile profile_hf_examples = {
	.name = "hf-examples",
	.fw = &hf_framework,
	.class_name = "TrainingArguments",
	.cls = SCHEMA_CLASS_TRAINING,
	.sets = hf_sets,
	.doc = "examples/pytorch run_*.py FILE.json (run_clm, run_mlm, ...)",
};

const struct profile profile_hf_examples_seq2seq = {
	.name = "hf-examples-seq2seq",
	.fw = &hf_framework,
	.class_name = "Seq2SeqTrainingArguments",
	.cls = SCHEMA_CLASS_SEQ2SEQ,
	.sets = hf_sets_seq2seq,
	.doc = "examples/pytorch run_summarization.py, run_translation.py, "
	    "... FILE.json",
};
