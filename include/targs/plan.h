/*
 * plan.h: the schedule the Trainer follows for a resolved configuration
 * and a dataset size: batches and updates per epoch, total steps, warm-up,
 * when it logs, evaluates and saves, which checkpoints remain, and the
 * learning rate (reference §5).
 *
 * plan_compute works on plain numbers (struct plan_input), so every
 * formula is tested without a file; plan-config.c fills the input from a
 * resolved config.
 */
#ifndef TARGS_PLAN_H
#define TARGS_PLAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "targs/plan-lr.h"

enum plan_strategy {
	PLAN_NO,
	PLAN_STEPS,
	PLAN_EPOCH,
	PLAN_BEST,   /* save_strategy only */
};

struct plan_input {
	int		 version;
	/* The data and the launch. */
	bool		 has_length;        /* false: a stream (--no-length) */
	int64_t		 train_samples;     /* N, 0 when unknown */
	int64_t		 batches_per_epoch; /* --steps-per-epoch, 0: from N */
	int64_t		 world_size;
	int64_t		 n_gpu;
	/* The arguments, resolved. */
	int64_t		 batch_size;        /* per device (per_gpu wins) */
	int64_t		 grad_accum;
	bool		 drop_last;
	int64_t		 max_steps;
	double		 num_train_epochs;
	double		 warmup_steps;
	double		 warmup_ratio;      /* v4 only */
	enum plan_strategy logging, eval, save;
	double		 logging_steps, eval_steps, save_steps;
	bool		 logging_first_step;
	bool		 eval_on_start;
	double		 eval_delay;
	int64_t		 save_total_limit;  /* <= 0: none */
	bool		 tracks_best;       /* metric_for_best_model is set */
	bool		 load_best;
};

/*
 * One of logging, evaluation and saving: the global steps it happens at
 * (0 is before the first update: eval_on_start).
 */
struct plan_events {
	enum plan_strategy strategy;  /* as configured */
	enum plan_strategy by;        /* where they fall: steps or epochs */
	int64_t		 interval;  /* state.X_steps; 0: not by steps */
	int64_t		 count;
	int64_t		 first;     /* -1: none */
	int64_t		 last;      /* -1: none */
	/* How to find them (plan.c). */
	int64_t		 lowest;    /* steps: the first step allowed */
	int64_t		 first_epoch;  /* epoch: the first epoch allowed */
	bool		 last_epoch;   /* epoch: the final epoch qualifies */
	int64_t		 extra[3];  /* single steps besides, -1: unused */
};

/* How updates fall into epochs in the release (see plan.c). */
enum plan_loop {
	PLAN_LOOP_GLOBAL,    /* <= 4.46: a batch counter across epochs */
	PLAN_LOOP_CHUNKED,   /* 4.47-4.51: per epoch, chunks by N % GA */
	PLAN_LOOP_CEIL,      /* 4.52+: ceil(batches / GA) per epoch */
};

struct plan {
	enum plan_loop	 loop;
	int64_t		 batches_per_epoch;  /* per process: len_dataloader */
	int64_t		 consumed_per_epoch; /* batches each epoch reads */
	int64_t		 grad_accum;
	int64_t		 updates_per_epoch;  /* what the Trainer computes */
	int64_t		 updates_done;       /* what an epoch does (4.47+) */
	int64_t		 max_steps;          /* state.max_steps: the schedule */
	int64_t		 total_steps;        /* updates that happen */
	int64_t		 epochs_planned;     /* the epoch loop's length */
	int64_t		 epochs;             /* epochs that start */
	double		 epoch_at_end;       /* state.epoch at the end */
	int64_t		 train_batch_size;   /* per process, per batch */
	int64_t		 total_batch_size;   /* samples per update */
	int64_t		 samples_seen;       /* about: updates x total batch */
	int64_t		 warmup_steps;
	struct plan_events logging, evaluation, saving;
	bool		 saves_at_end;       /* the last update saves */
	/* Checkpoints, if the metric improves at every evaluation. */
	int64_t		 best_step;          /* -1: no best is tracked */
	bool		 best_missing;       /* best names a step never saved */
	int64_t		*kept;               /* ascending */
	size_t		 kept_count;
	int64_t		 peak_checkpoints;   /* most on disk at once */
	/* The learning rate. */
	struct plan_lr	 lr;
	char		*lr_error;           /* building the scheduler raises */
	char		*lr_note;            /* why there is no formula */
	char		*error;              /* the Trainer cannot start */
};

/*
 * Computes the plan of in, with the learning-rate schedule named
 * scheduler (lr_scheduler_kwargs kwargs, learning_rate lr). Returns
 * false with plan->error set when the Trainer raises before training
 * (no length without max_steps, no batches) or the numbers are beyond
 * what targs computes; release the plan either way.
 */
bool plan_compute(struct plan *plan, const struct plan_input *in,
    const char *scheduler, const struct pyval *kwargs, double lr);
void plan_release(struct plan *plan);

/* True when step is one of the events' steps. */
bool plan_events_has(const struct plan *plan, const struct plan_events *ev,
    int64_t step);
/* The greatest event step below step, or -1. */
int64_t plan_events_before(const struct plan *plan,
    const struct plan_events *ev, int64_t step);

/*
 * The newest saves that also evaluated (where a best is recorded), up to
 * max of them, newest first, into steps; returns how many.
 */
size_t plan_evaluated_saves(const struct plan *plan, int64_t *steps,
    size_t max);

/* Global step at the end of epoch e (1-based). */
int64_t plan_epoch_end(const struct plan *plan, int64_t e);

#endif
