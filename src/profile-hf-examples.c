/*
 * profile-hf-examples.c: the example scripts of huggingface/transformers
 * (examples/pytorch/TASK/run_TASK.py) as profiles (data only).
 *
 * Each script parses (ModelArguments, DataTrainingArguments, TA class)
 * and reads a config file only when it is the single argument and ends
 * in .json: HfArgumentParser.parse_json_file, which converts nothing and
 * raises on a key no dataclass has. No script reads YAML, and none
 * changes a TrainingArguments default. Read at 049d2bf1
 * (check_min_version 5.8.0), every script's dataclasses; a file names
 * the script it is for nowhere, so each profile knows the keys of all
 * the scripts of its class.
 */
#include <stddef.h>

#include "targs/profile-rules.h"

/*
 * The scripts on TrainingArguments (run_xnli reads no file):
 * run_clm, run_mlm, run_plm, run_fim, run_glue, run_classification,
 * run_ner, run_qa, run_swag, run_image_classification, run_mim,
 * run_audio_classification, run_speech_recognition_ctc,
 * run_semantic_segmentation, run_object_detection,
 * run_instance_segmentation
 */
static const struct profile_key hf_keys_training[] = {
	{ "activation_dropout", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "add_adapter", PROFILE_BOOL, true, 0, 0, NULL },
	{ "attention_dropout", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "attention_mask", PROFILE_BOOL, false, 0, 0, NULL },
	{ "attn_implementation", PROFILE_STR, true, 0, 0, NULL },
	{ "audio_column_name", PROFILE_STR, false, 0, 0, NULL },
	{ "block_size", PROFILE_INT, true, 0, 0, NULL },
	{ "cache_dir", PROFILE_STR, true, 0, 0, NULL },
	{ "chars_to_ignore", PROFILE_LIST, true, 0, 0, NULL },
	{ "config_name", PROFILE_STR, true, 0, 0, NULL },
	{ "config_name_or_path", PROFILE_STR, true, 0, 0, NULL },
	{ "config_overrides", PROFILE_STR, true, 0, 0, NULL },
	{ "ctc_loss_reduction", PROFILE_STR, true, 0, 0, NULL },
	{ "ctc_zero_infinity", PROFILE_BOOL, true, 0, 0, NULL },
	{ "dataset_config_name", PROFILE_STR, true, 0, 0, NULL },
	{ "dataset_name", PROFILE_STR, true, 0, 0, NULL },
	{ "do_reduce_labels", PROFILE_BOOL, true, 0, 0, NULL },
	{ "do_regression", PROFILE_BOOL, false, 0, 0, NULL },
	{ "doc_stride", PROFILE_INT, false, 0, 0, NULL },
	{ "dtype", PROFILE_STR, true, 0, 0, NULL },
	{ "encoder_stride", PROFILE_INT, true, 0, 0, NULL },
	{ "eval_file", PROFILE_STR, true, 0, 0, NULL },
	{ "eval_metrics", PROFILE_LIST, false, 0, 0, NULL },
	{ "eval_split_name", PROFILE_STR, false, 0, 0, NULL },
	{ "feat_proj_dropout", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "feature_extractor_name", PROFILE_STR, true, 0, 0, NULL },
	{ "fim_middle_token", PROFILE_STR, true, 0, 0, NULL },
	{ "fim_prefix_token", PROFILE_STR, true, 0, 0, NULL },
	{ "fim_rate", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "fim_spm_rate", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "fim_suffix_token", PROFILE_STR, true, 0, 0, NULL },
	{ "final_dropout", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "freeze_feature_encoder", PROFILE_BOOL, false, 0, 0, NULL },
	{ "hidden_dropout", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "ignore_mismatched_sizes", PROFILE_BOOL, false, 0, 0, NULL },
	{ "image_column_name", PROFILE_STR, false, 0, 0, NULL },
	{ "image_height", PROFILE_INT, true, 0, 0, NULL },
	{ "image_processor_name", PROFILE_STR, false, 0, 0, NULL },
	{ "image_size", PROFILE_INT, true, 0, 0, NULL },
	{ "image_square_size", PROFILE_INT, true, 0, 0, NULL },
	{ "image_width", PROFILE_INT, true, 0, 0, NULL },
	{ "keep_linebreaks", PROFILE_BOOL, false, 0, 0, NULL },
	{ "label_all_tokens", PROFILE_BOOL, false, 0, 0, NULL },
	{ "label_column_name", PROFILE_STR, true, 0, 0, NULL },
	{ "layerdrop", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "line_by_line", PROFILE_BOOL, false, 0, 0, NULL },
	{ "mask_feature_length", PROFILE_INT, false, 0, 0, NULL },
	{ "mask_feature_prob", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "mask_patch_size", PROFILE_INT, false, 0, 0, NULL },
	{ "mask_ratio", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "mask_time_length", PROFILE_INT, false, 0, 0, NULL },
	{ "mask_time_prob", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "max_answer_length", PROFILE_INT, false, 0, 0, NULL },
	{ "max_duration_in_seconds", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "max_eval_samples", PROFILE_INT, true, 0, 0, NULL },
	{ "max_length_seconds", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "max_predict_samples", PROFILE_INT, true, 0, 0, NULL },
	{ "max_seq_length", PROFILE_INT, true, 0, 0, NULL },
	{ "max_span_length", PROFILE_INT, false, 0, 0, NULL },
	{ "max_train_samples", PROFILE_INT, true, 0, 0, NULL },
	{ "metric_name", PROFILE_STR, true, 0, 0, NULL },
	{ "min_duration_in_seconds", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "mlm_probability", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "model_name_or_path", PROFILE_STR, true, 0, 0, NULL },
	{ "model_revision", PROFILE_STR, false, 0, 0, NULL },
	{ "model_type", PROFILE_STR, true, 0, 0, NULL },
	{ "n_best_size", PROFILE_INT, false, 0, 0, NULL },
	{ "null_score_diff_threshold", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "overwrite_cache", PROFILE_BOOL, false, 0, 0, NULL },
	{ "pad_to_max_length", PROFILE_BOOL, false, 0, 0, NULL },
	{ "pad_to_multiple_of", PROFILE_BOOL, false, 0, 0, NULL },
	{ "pad_token", PROFILE_STR, true, 0, 0, NULL },
	{ "patch_size", PROFILE_INT, true, 0, 0, NULL },
	{ "phoneme_language", PROFILE_STR, true, 0, 0, NULL },
	{ "plm_probability", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "preprocessing_num_workers", PROFILE_INT, true, 0, 0, NULL },
	{ "preprocessing_only", PROFILE_BOOL, false, 0, 0, NULL },
	{ "remove_columns", PROFILE_STR, true, 0, 0, NULL },
	{ "remove_splits", PROFILE_STR, true, 0, 0, NULL },
	{ "return_entity_level_metrics", PROFILE_BOOL, false, 0, 0, NULL },
	{ "shuffle_seed", PROFILE_INT, false, 0, 0, NULL },
	{ "shuffle_train_dataset", PROFILE_BOOL, false, 0, 0, NULL },
	{ "streaming", PROFILE_BOOL, false, 0, 0, NULL },
	{ "task_name", PROFILE_STR, true, 0, 0, NULL },
	{ "test_file", PROFILE_STR, true, 0, 0, NULL },
	{ "test_split_name", PROFILE_STR, true, 0, 0, NULL },
	{ "text_column_delimiter", PROFILE_STR, true, 0, 0, NULL },
	{ "text_column_name", PROFILE_STR, true, 0, 0, NULL },
	{ "text_column_names", PROFILE_STR, true, 0, 0, NULL },
	{ "token", PROFILE_STR, false, 0, 0, NULL },
	{ "tokenizer_name", PROFILE_STR, true, 0, 0, NULL },
	{ "tokenizer_name_or_path", PROFILE_STR, true, 0, 0, NULL },
	{ "train_dir", PROFILE_STR, true, 0, 0, NULL },
	{ "train_file", PROFILE_STR, true, 0, 0, NULL },
	{ "train_split_name", PROFILE_STR, true, 0, 0, NULL },
	{ "train_val_split", PROFILE_FLOAT, true, 0, 0, NULL },
	{ "truncate_or_pad", PROFILE_BOOL, true, 0, 0, NULL },
	{ "trust_remote_code", PROFILE_BOOL, false, 0, 0, NULL },
	{ "unk_token", PROFILE_STR, false, 0, 0, NULL },
	{ "use_fast", PROFILE_BOOL, true, 0, 0, NULL },
	{ "use_fast_tokenizer", PROFILE_BOOL, false, 0, 0, NULL },
	{ "validation_dir", PROFILE_STR, true, 0, 0, NULL },
	{ "validation_file", PROFILE_STR, true, 0, 0, NULL },
	{ "validation_split_name", PROFILE_STR, true, 0, 0, NULL },
	{ "validation_split_percentage", PROFILE_INT, true, 0, 0, NULL },
	{ "version_2_with_negative", PROFILE_BOOL, false, 0, 0, NULL },
	{ "word_delimiter_token", PROFILE_STR, false, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

/*
 * The scripts on Seq2SeqTrainingArguments:
 * run_seq2seq_qa, run_summarization, run_translation,
 * run_speech_recognition_seq2seq
 */
static const struct profile_key hf_keys_seq2seq[] = {
	{ "answer_column", PROFILE_STR, true, 0, 0, NULL },
	{ "apply_spec_augment", PROFILE_BOOL, false, 0, 0, NULL },
	{ "audio_column_name", PROFILE_STR, false, 0, 0, NULL },
	{ "cache_dir", PROFILE_STR, true, 0, 0, NULL },
	{ "config_name", PROFILE_STR, true, 0, 0, NULL },
	{ "context_column", PROFILE_STR, true, 0, 0, NULL },
	{ "dataset_config_name", PROFILE_STR, true, 0, 0, NULL },
	{ "dataset_name", PROFILE_STR, true, 0, 0, NULL },
	{ "do_lower_case", PROFILE_BOOL, false, 0, 0, NULL },
	{ "doc_stride", PROFILE_INT, false, 0, 0, NULL },
	{ "eval_split_name", PROFILE_STR, false, 0, 0, NULL },
	{ "feature_extractor_name", PROFILE_STR, true, 0, 0, NULL },
	{ "forced_bos_token", PROFILE_STR, true, 0, 0, NULL },
	{ "freeze_encoder", PROFILE_BOOL, false, 0, 0, NULL },
	{ "freeze_feature_encoder", PROFILE_BOOL, false, 0, 0, NULL },
	{ "ignore_pad_token_for_loss", PROFILE_BOOL, false, 0, 0, NULL },
	{ "lang", PROFILE_STR, true, 0, 0, NULL },
	{ "language", PROFILE_STR, false, 0, 0, NULL },
	{ "max_answer_length", PROFILE_INT, false, 0, 0, NULL },
	{ "max_duration_in_seconds", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "max_eval_samples", PROFILE_INT, true, 0, 0, NULL },
	{ "max_predict_samples", PROFILE_INT, true, 0, 0, NULL },
	{ "max_seq_length", PROFILE_INT, false, 0, 0, NULL },
	{ "max_source_length", PROFILE_INT, true, 0, 0, NULL },
	{ "max_target_length", PROFILE_INT, true, 0, 0, NULL },
	{ "max_train_samples", PROFILE_INT, true, 0, 0, NULL },
	{ "min_duration_in_seconds", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "model_name_or_path", PROFILE_STR, false, 0, 0, NULL },
	{ "model_revision", PROFILE_STR, false, 0, 0, NULL },
	{ "n_best_size", PROFILE_INT, false, 0, 0, NULL },
	{ "null_score_diff_threshold", PROFILE_FLOAT, false, 0, 0, NULL },
	{ "num_beams", PROFILE_INT, true, 0, 0, NULL },
	{ "overwrite_cache", PROFILE_BOOL, false, 0, 0, NULL },
	{ "pad_to_max_length", PROFILE_BOOL, false, 0, 0, NULL },
	{ "preprocessing_num_workers", PROFILE_INT, true, 0, 0, NULL },
	{ "preprocessing_only", PROFILE_BOOL, false, 0, 0, NULL },
	{ "question_column", PROFILE_STR, true, 0, 0, NULL },
	{ "source_lang", PROFILE_STR, false, 0, 0, NULL },
	{ "source_prefix", PROFILE_STR, true, 0, 0, NULL },
	{ "summary_column", PROFILE_STR, true, 0, 0, NULL },
	{ "target_lang", PROFILE_STR, false, 0, 0, NULL },
	{ "task", PROFILE_STR, false, 0, 0, NULL },
	{ "test_file", PROFILE_STR, true, 0, 0, NULL },
	{ "text_column", PROFILE_STR, true, 0, 0, NULL },
	{ "text_column_name", PROFILE_STR, false, 0, 0, NULL },
	{ "token", PROFILE_STR, true, 0, 0, NULL },
	{ "tokenizer_name", PROFILE_STR, true, 0, 0, NULL },
	{ "train_file", PROFILE_STR, true, 0, 0, NULL },
	{ "train_split_name", PROFILE_STR, false, 0, 0, NULL },
	{ "trust_remote_code", PROFILE_BOOL, false, 0, 0, NULL },
	{ "use_fast_tokenizer", PROFILE_BOOL, false, 0, 0, NULL },
	{ "val_max_answer_length", PROFILE_INT, true, 0, 0, NULL },
	{ "val_max_target_length", PROFILE_INT, true, 0, 0, NULL },
	{ "validation_file", PROFILE_STR, true, 0, 0, NULL },
	{ "version_2_with_negative", PROFILE_BOOL, false, 0, 0, NULL },
	{ NULL, PROFILE_ANY, false, 0, 0, NULL },
};

static const struct profile_keyset hf_set_training = {
	"ModelArguments/DataTrainingArguments", "examples/pytorch",
	hf_keys_training, NULL,
};
static const struct profile_keyset hf_set_seq2seq = {
	"ModelArguments/DataTrainingArguments", "examples/pytorch",
	hf_keys_seq2seq, NULL,
};

static const struct profile_keyset *const hf_sets[] = {
	&hf_set_training, NULL,
};
static const struct profile_keyset *const hf_sets_seq2seq[] = {
	&hf_set_seq2seq, NULL,
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
	.doc = "examples/pytorch run_clm.py, run_glue.py, ... FILE.json",
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
