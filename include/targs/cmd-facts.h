/*
 * cmd-facts.h: the run's facts a config does not hold (the dataset, the
 * launch), as plan and diff read them from the command line, and the
 * amounts with units those options take (50k, 1.2M, 14GiB).
 */
#ifndef TARGS_CMD_FACTS_H
#define TARGS_CMD_FACTS_H

#include <stdbool.h>

#include "targs/cmd.h"
#include "targs/plan-config.h"

/* The options of the facts, for every command that plans a run. */
#define CMD_PLAN_FACT_OPTIONS \
	{ .name = "train-samples", .short_name = 'n', .arg = "N", \
	  .complete = CMD_COMPLETE_NONE, \
	  .help = "samples in the training dataset (10000, 50k, 1.2M)" }, \
	{ .name = "steps-per-epoch", .arg = "K", \
	  .complete = CMD_COMPLETE_NONE, \
	  .help = "batches per epoch per process, when known instead of N" }, \
	{ .name = "no-length", .help = "the dataset is a stream without a " \
	  "length (max_steps must be > 0)" }, \
	{ .name = "world-size", .short_name = 'w', .arg = "W", .def = "1", \
	  .complete = CMD_COMPLETE_NONE, \
	  .help = "processes (GPUs under torchrun or accelerate)" }, \
	{ .name = "n-gpu", .arg = "G", .def = "1", \
	  .complete = CMD_COMPLETE_NONE, \
	  .help = "GPUs of one process under DataParallel" }

/* A count: 10000, 50k, 1.2M, 7B. False when text is none. */
bool cmd_amount_count(const char *text, double *out);
/* A size in bytes: 500MB, 14GiB. False when text is none. */
bool cmd_amount_size(const char *text, double *out);

/*
 * Reads the facts. With none of --train-samples, --steps-per-epoch and
 * --no-length, *wanted is false (an error when required); more than one
 * is an error. Errors are printed to stderr; then returns false.
 */
bool cmd_plan_facts(const struct args *args, bool required,
    struct plan_facts *facts, bool *wanted);

#endif
