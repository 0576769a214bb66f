/*
 * test-plan.c: plan_compute's formulas against cases worked by hand from
 * the Trainer's code of each release: batches per epoch (drop_last,
 * processes), floor and ceil updates per epoch, the updates each epoch
 * really does (the 4.45 global counter, the 4.46-4.51 chunks), max_steps
 * 0, warm-up by release, fractional intervals, eval_delay, the final
 * save, and the checkpoints that remain. And the scheduler formulas
 * against values computed from optimization.py.
 */
#include "helpers.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "targs/plan.h"
#include "targs/version.h"

/* The defaults of TrainingArguments, for N samples in batches of B. */
static struct plan_input
plan_case(int version, int64_t n, int64_t b, int64_t ga, double epochs)
{
	struct plan_input in;

	memset(&in, 0, sizeof in);
	in.version = version;
	in.has_length = true;
	in.train_samples = n;
	in.world_size = 1;
	in.n_gpu = 1;
	in.batch_size = b;
	in.grad_accum = ga;
	in.max_steps = -1;
	in.num_train_epochs = epochs;
	in.logging = PLAN_STEPS;
	in.logging_steps = 500;
	in.eval = PLAN_NO;
	in.save = PLAN_STEPS;
	in.save_steps = 500;
	return in;
}

static void
plan_ok(struct plan *plan, const struct plan_input *in)
{
	assert_true(plan_compute(plan, in, "linear", NULL, 5e-5));
	assert_null(plan->error);
}

/* Updates in each epoch, from the epoch ends. */
static void
assert_epochs(const struct plan *plan, const int64_t *updates, size_t n)
{
	size_t e;

	assert_int_equal(plan->epochs, n);
	for (e = 1; e <= n; e++)
		assert_int_equal(plan_epoch_end(plan, (int64_t)e) -
		    plan_epoch_end(plan, (int64_t)e - 1), updates[e - 1]);
}

static void
test_plan_batches(void **state)
{
	struct plan_input in = plan_case(TV(4, 57), 1000, 8, 1, 1);
	struct plan plan;

	(void)state;
	plan_ok(&plan, &in);     /* ceil(1000 / 8) */
	assert_int_equal(plan.batches_per_epoch, 125);
	plan_release(&plan);
	in.train_samples = 1001;
	plan_ok(&plan, &in);
	assert_int_equal(plan.batches_per_epoch, 126);
	plan_release(&plan);
	in.drop_last = true;
	plan_ok(&plan, &in);
	assert_int_equal(plan.batches_per_epoch, 125);
	plan_release(&plan);
	/* 4 processes: ceil(ceil(1001 / 8) / 4), floor with drop_last */
	in.world_size = 4;
	in.drop_last = false;
	plan_ok(&plan, &in);
	assert_int_equal(plan.batches_per_epoch, 32);
	assert_int_equal(plan.total_batch_size, 32);
	plan_release(&plan);
	in.drop_last = true;
	plan_ok(&plan, &in);
	assert_int_equal(plan.batches_per_epoch, 31);
	plan_release(&plan);
	/* DataParallel over 2 GPUs doubles the batch of one process */
	in = plan_case(TV(4, 57), 1000, 8, 4, 1);
	in.n_gpu = 2;
	plan_ok(&plan, &in);
	assert_int_equal(plan.train_batch_size, 16);
	assert_int_equal(plan.total_batch_size, 64);
	assert_int_equal(plan.batches_per_epoch, 63);
	plan_release(&plan);
}

/* floor(len / GA) up to 4.51, ceil from 4.52, at least 1. */
static void
test_plan_updates_per_epoch(void **state)
{
	struct plan_input in = plan_case(TV(4, 51), 81, 8, 4, 3);
	struct plan plan;

	(void)state;
	plan_ok(&plan, &in);
	assert_int_equal(plan.batches_per_epoch, 11);
	assert_int_equal(plan.updates_per_epoch, 2);
	assert_int_equal(plan.max_steps, 6);
	plan_release(&plan);
	in.version = TV(4, 52);
	plan_ok(&plan, &in);
	assert_int_equal(plan.updates_per_epoch, 3);
	assert_int_equal(plan.max_steps, 9);
	assert_int_equal(plan.total_steps, 9);
	plan_release(&plan);
	in = plan_case(TV(4, 52), 16, 8, 4, 3);
	plan_ok(&plan, &in);       /* 2 batches, GA 4: still 1 update */
	assert_int_equal(plan.updates_per_epoch, 1);
	assert_int_equal(plan.total_steps, 3);
	plan_release(&plan);
}

/*
 * The updates each epoch does (simulated from the releases' loops):
 * N=81, B=8, GA=4, 3 epochs: 4.45 [2,3,1], 4.46 and 4.47 [2,2,2],
 * 4.52 [3,3,3]; N=100: 4.47 [4,4,1]; N=24: 4.45 [1,2], 4.47 [1,1,1];
 * N=100, 2.5 epochs: 4.45 [3,3,2], 4.47 [4,4], 4.52 [4,4,2].
 */
static void
test_plan_epoch_updates(void **state)
{
	static const int64_t global_81[] = { 2, 3, 1 };
	static const int64_t even_81[] = { 2, 2, 2 };
	static const int64_t chunked_100[] = { 4, 4, 1 };
	static const int64_t global_24[] = { 1, 2 };
	static const int64_t chunked_24[] = { 1, 1, 1 };
	static const int64_t global_half[] = { 3, 3, 2 };
	static const int64_t chunked_half[] = { 4, 4 };
	static const int64_t ceil_half[] = { 4, 4, 2 };
	struct plan_input in;
	struct plan plan;

	(void)state;
	in = plan_case(TV(4, 45), 81, 8, 4, 3);
	plan_ok(&plan, &in);
	assert_epochs(&plan, global_81, 3);
	assert_int_equal(plan.total_steps, 6);
	plan_release(&plan);
	in.version = TV(4, 46);
	plan_ok(&plan, &in);
	assert_epochs(&plan, even_81, 3);
	plan_release(&plan);
	in.version = TV(4, 47);
	plan_ok(&plan, &in);
	assert_epochs(&plan, even_81, 3);
	plan_release(&plan);
	in = plan_case(TV(4, 47), 100, 8, 4, 3);
	plan_ok(&plan, &in);
	assert_int_equal(plan.max_steps, 9);
	assert_epochs(&plan, chunked_100, 3);
	assert_true(plan.epoch_at_end > 2 && plan.epoch_at_end < 3);
	plan_release(&plan);
	in = plan_case(TV(4, 45), 24, 8, 4, 3);
	plan_ok(&plan, &in);
	assert_epochs(&plan, global_24, 2);
	plan_release(&plan);
	in.version = TV(4, 47);
	plan_ok(&plan, &in);
	assert_epochs(&plan, chunked_24, 3);
	plan_release(&plan);
	in = plan_case(TV(4, 45), 100, 8, 4, 2.5);
	plan_ok(&plan, &in);
	assert_int_equal(plan.max_steps, 8);
	assert_epochs(&plan, global_half, 3);
	plan_release(&plan);
	in.version = TV(4, 47);
	plan_ok(&plan, &in);
	assert_epochs(&plan, chunked_half, 2);
	plan_release(&plan);
	in.version = TV(4, 52);
	plan_ok(&plan, &in);
	assert_int_equal(plan.max_steps, 10);
	assert_epochs(&plan, ceil_half, 3);
	/* state.epoch: 2 + 8 batches read of 13 */
	assert_true(plan.epoch_at_end == 2 + 8.0 / 13);
	plan_release(&plan);
}

/* max_steps 0: by epochs up to 4.48; from 4.49 one update, then stop. */
static void
test_plan_max_steps(void **state)
{
	struct plan_input in = plan_case(TV(4, 48), 1000, 10, 1, 3);
	struct plan plan;

	(void)state;
	in.max_steps = 0;
	plan_ok(&plan, &in);
	assert_int_equal(plan.max_steps, 300);
	assert_int_equal(plan.total_steps, 300);
	plan_release(&plan);
	in.version = TV(4, 49);
	plan_ok(&plan, &in);
	assert_int_equal(plan.max_steps, 0);
	assert_int_equal(plan.total_steps, 1);
	plan_release(&plan);
	/* max_steps wins over the epochs: ceil(250 / 100) epochs */
	in.max_steps = 250;
	plan_ok(&plan, &in);
	assert_int_equal(plan.total_steps, 250);
	assert_int_equal(plan.epochs_planned, 3);
	assert_int_equal(plan.epochs, 3);
	plan_release(&plan);
	/* a stream needs max_steps > 0 */
	in.has_length = false;
	in.max_steps = -1;
	assert_false(plan_compute(&plan, &in, "linear", NULL, 5e-5));
	assert_non_null(strstr(plan.error, "max_steps must be set"));
	plan_release(&plan);
	in.max_steps = 40;
	plan_ok(&plan, &in);
	assert_int_equal(plan.total_steps, 40);
	assert_int_equal(plan.epochs, 1);
	plan_release(&plan);
}

/* v4: steps if > 0 else ceil(T x ratio); v5: int(steps) or ceil. */
static void
test_plan_warmup(void **state)
{
	struct plan_input in = plan_case(TV(4, 57), 1000, 10, 1, 1);
	struct plan plan;

	(void)state;
	in.warmup_ratio = 0.03;
	plan_ok(&plan, &in);
	assert_int_equal(plan.warmup_steps, 3);   /* ceil(100 x 0.03) */
	plan_release(&plan);
	in.warmup_steps = 7;
	plan_ok(&plan, &in);
	assert_int_equal(plan.warmup_steps, 7);   /* steps win in v4 */
	plan_release(&plan);
	in = plan_case(TV(5, 0), 1000, 10, 1, 1);
	in.warmup_steps = 0.1;
	plan_ok(&plan, &in);
	assert_int_equal(plan.warmup_steps, 10);
	plan_release(&plan);
	in.warmup_steps = 10.9;
	plan_ok(&plan, &in);
	assert_int_equal(plan.warmup_steps, 10);
	plan_release(&plan);
	in.warmup_steps = 1.0;    /* a warmup_ratio of 1.0 copied over */
	plan_ok(&plan, &in);
	assert_int_equal(plan.warmup_steps, 1);
	plan_release(&plan);
	in.warmup_steps = 0.001;  /* rounds up, never to 0 */
	plan_ok(&plan, &in);
	assert_int_equal(plan.warmup_steps, 1);
	plan_release(&plan);
}

/* Fractions of max_steps, rounded up; eval_delay; the final save. */
static void
test_plan_intervals(void **state)
{
	struct plan_input in = plan_case(TV(4, 57), 1000, 10, 1, 3);
	struct plan plan;

	(void)state;
	in.logging_steps = 0.1;
	in.logging_first_step = true;
	in.eval = PLAN_STEPS;
	in.eval_steps = 0.15;     /* ceil(300 x 0.15) = 45 */
	in.eval_delay = 100;
	in.save_steps = 0.25;     /* 75 */
	plan_ok(&plan, &in);
	assert_int_equal(plan.logging.interval, 30);
	assert_int_equal(plan.logging.count, 11);  /* step 1 and 10 more */
	assert_int_equal(plan.logging.first, 1);
	assert_int_equal(plan.logging.last, 300);
	assert_int_equal(plan.evaluation.interval, 45);
	assert_int_equal(plan.evaluation.first, 135);
	assert_int_equal(plan.evaluation.last, 270);
	assert_int_equal(plan.evaluation.count, 4);
	assert_int_equal(plan.saving.interval, 75);
	assert_int_equal(plan.saving.count, 4);
	assert_true(plan.saves_at_end);
	plan_release(&plan);
	/* no forced final save before 4.42: 310 is no multiple of 100 */
	in = plan_case(TV(4, 41), 1000, 10, 1, 3.1);
	in.save_steps = 100;
	plan_ok(&plan, &in);
	assert_int_equal(plan.total_steps, 310);
	assert_int_equal(plan.saving.count, 3);
	assert_int_equal(plan.saving.last, 300);
	plan_release(&plan);
	in.version = TV(4, 42);
	plan_ok(&plan, &in);
	assert_int_equal(plan.saving.count, 4);
	assert_int_equal(plan.saving.last, 310);
	plan_release(&plan);
	/* epoch strategy: every epoch end, the cut last one included */
	in.save = PLAN_EPOCH;
	in.eval = PLAN_EPOCH;
	in.eval_on_start = true;
	in.eval_delay = 3.05;
	in.version = TV(4, 57);
	plan_ok(&plan, &in);
	assert_int_equal(plan.epochs, 4);
	assert_int_equal(plan.saving.count, 4);
	assert_int_equal(plan.saving.first, 100);
	assert_int_equal(plan.saving.last, 310);
	assert_int_equal(plan.evaluation.count, 2);   /* start, epoch 3.1 */
	assert_int_equal(plan.evaluation.first, 0);
	assert_int_equal(plan.evaluation.last, 310);
	assert_false(plan.saves_at_end);
	plan_release(&plan);
}

static void
assert_kept(const struct plan *plan, const int64_t *steps, size_t n)
{
	size_t i;

	assert_int_equal(plan->kept_count, n);
	for (i = 0; i < n; i++)
		assert_int_equal(plan->kept[i], steps[i]);
}

/*
 * The newest save_total_limit checkpoints remain; the best moves before
 * the newest; with a limit of 1 the run keeps best and newest, and the
 * end of training deletes all but the best.
 */
static void
test_plan_retention(void **state)
{
	static const int64_t all[] = { 100, 200, 300 };
	static const int64_t newest[] = { 200, 300 };
	static const int64_t best_and_newest[] = { 300, 310 };
	static const int64_t best_only[] = { 300 };
	static const int64_t last_only[] = { 310 };
	struct plan_input in = plan_case(TV(4, 57), 1000, 10, 1, 3);
	struct plan plan;

	(void)state;
	in.save_steps = 100;
	plan_ok(&plan, &in);
	assert_kept(&plan, all, 3);
	plan_release(&plan);
	in.save_total_limit = 2;
	plan_ok(&plan, &in);
	assert_kept(&plan, newest, 2);
	assert_int_equal(plan.peak_checkpoints, 3);
	plan_release(&plan);
	/* 3.1 epochs: the final save at 310 evaluates nothing */
	in.num_train_epochs = 3.1;
	in.eval = PLAN_STEPS;
	in.eval_steps = 100;
	in.tracks_best = true;
	in.load_best = true;
	plan_ok(&plan, &in);
	assert_int_equal(plan.best_step, 300);
	assert_kept(&plan, best_and_newest, 2);
	plan_release(&plan);
	in.save_total_limit = 1;
	plan_ok(&plan, &in);
	assert_kept(&plan, best_only, 1);
	assert_int_equal(plan.peak_checkpoints, 3);
	plan_release(&plan);
	in.tracks_best = false;
	in.load_best = false;
	plan_ok(&plan, &in);
	assert_kept(&plan, last_only, 1);
	assert_int_equal(plan.peak_checkpoints, 2);
	plan_release(&plan);
	/* 4.47-4.49 record the last evaluation even when it did not save */
	in = plan_case(TV(4, 48), 1000, 10, 1, 3);
	in.save_steps = 100;
	in.eval = PLAN_STEPS;
	in.eval_steps = 50;
	in.tracks_best = true;
	in.save_total_limit = 1;
	in.max_steps = 250;
	plan_ok(&plan, &in);
	assert_int_equal(plan.best_step, 250);
	assert_false(plan.best_missing);   /* 250 is the final save */
	plan_release(&plan);
	in.version = TV(4, 50);           /* only steps both saved */
	plan_ok(&plan, &in);
	assert_int_equal(plan.best_step, 250);
	plan_release(&plan);
	in.max_steps = 260;    /* 260 saved unevaluated, 250 not saved */
	plan_ok(&plan, &in);
	assert_int_equal(plan.best_step, 200);
	plan_release(&plan);
	in.eval_steps = 30;               /* 240 is the last eval */
	in.version = TV(4, 48);
	plan_ok(&plan, &in);
	assert_int_equal(plan.best_step, 240);
	assert_true(plan.best_missing);
	plan_release(&plan);
}

static void
test_plan_huge(void **state)
{
	struct plan_input in = plan_case(TV(5, 0), INT64_MAX, 1, 1, 1e30);
	struct plan plan;

	(void)state;
	assert_false(plan_compute(&plan, &in, "linear", NULL, 5e-5));
	assert_non_null(plan.error);
	plan_release(&plan);
	in = plan_case(TV(5, 0), 0, 8, 1, 1);
	assert_false(plan_compute(&plan, &in, "linear", NULL, 5e-5));
	assert_non_null(strstr(plan.error, "no batch"));
	plan_release(&plan);
}

/* lambda(t) for T=10, W=3, from optimization.py's functions. */
static void
assert_factors(const char *name, const struct pyval *kwargs, int version,
    const double *want)
{
	struct plan_lr lr;
	char *error, *note;
	int t;

	assert_true(plan_lr_build(&lr, name, kwargs, version, 1.0, 3, 10,
	    &error, &note));
	assert_null(error);
	assert_null(note);
	for (t = 0; t <= 10; t++)
		assert_true(fabs(plan_lr_factor(&lr, t) - want[t]) < 1e-6);
}

static void
test_plan_lr(void **state)
{
	static const double linear[] = { 0, .333333, .666667, 1, .857143,
		.714286, .571429, .428571, .285714, .142857, 0 };
	static const double cosine[] = { 0, .333333, .666667, 1, .950484,
		.811745, .611260, .388740, .188255, .049516, 0 };
	static const double wsd[] = { .1, .4, .7, 1, 1, 1, 1, 1, .775, .325,
		.1 };
	static const double warmup_min[] = { .333333, .666667, 1, .955436,
		.830570, .650134, .449866, .269430, .144564, .1, .144564 };
	struct arena arena = ARENA_INIT;
	struct pyval *kw;
	struct plan_lr lr;
	char *error, *note;

	(void)state;
	assert_factors("linear", NULL, TV(5, 0), linear);
	assert_factors("cosine", NULL, TV(5, 0), cosine);
	kw = py_dict(&arena, 0);
	kw = py_dict_set(&arena, kw, "num_stable_steps", py_int(&arena, 4));
	kw = py_dict_set(&arena, kw, "num_decay_steps", py_int(&arena, 3));
	kw = py_dict_set(&arena, kw, "min_lr_ratio", py_float(&arena, .1));
	assert_factors("warmup_stable_decay", kw, TV(4, 49), wsd);
	kw = py_dict_set(&arena, py_dict(&arena, 0), "min_lr_rate",
	    py_float(&arena, .1));
	assert_factors("cosine_warmup_with_min_lr", kw, TV(4, 54),
	    warmup_min);
	/* inverse_sqrt without warm-up: timescale 10000 from 4.39 */
	assert_true(plan_lr_build(&lr, "inverse_sqrt", NULL, TV(4, 39), 1, 0,
	    10, &error, &note));
	assert_true(fabs(plan_lr_factor(&lr, 100) - .995037) < 1e-6);
	assert_false(plan_lr_build(&lr, "inverse_sqrt", NULL, TV(4, 38), 1,
	    0, 10, &error, &note));
	assert_string_equal(error, "ZeroDivisionError: division by zero");
	free(error);
	/* the errors building a schedule raises */
	assert_false(plan_lr_build(&lr, "polynomial", NULL, TV(4, 39), 1e-8,
	    0, 10, &error, &note));
	assert_string_equal(error, "ValueError: lr_end (1e-07) must be be "
	    "smaller than initial lr (1e-08)");
	free(error);
	assert_false(plan_lr_build(&lr, "cosine_with_min_lr", NULL,
	    TV(4, 40), 1, 0, 10, &error, &note));
	assert_string_equal(error, "ValueError: One of min_lr or min_lr_rate "
	    "should be set through the `lr_scheduler_kwargs`");
	free(error);
	kw = py_dict_set(&arena, py_dict(&arena, 0), "num_decay_steps",
	    py_int(&arena, 3));
	assert_false(plan_lr_build(&lr, "warmup_stable_decay", kw, TV(4, 45),
	    1, 0, 10, &error, &note));
	assert_string_equal(error, "TypeError: get_wsd_schedule() missing 1 "
	    "required positional argument: 'num_stable_steps'");
	free(error);
	kw = py_dict_set(&arena, py_dict(&arena, 0), "min_lr",
	    py_float(&arena, 1e-6));
	assert_false(plan_lr_build(&lr, "linear", kw, TV(5, 0), 1, 0, 10,
	    &error, &note));
	assert_string_equal(error, "TypeError: get_linear_schedule_with_"
	    "warmup() got an unexpected keyword argument 'min_lr'");
	free(error);
	/* constant ignores its kwargs; plateau has no formula */
	assert_true(plan_lr_build(&lr, "constant", kw, TV(5, 0), 1, 0, 10,
	    &error, &note));
	assert_true(plan_lr_closed_form(&lr));
	assert_true(plan_lr_build(&lr, "reduce_lr_on_plateau", NULL, TV(5, 0),
	    1, 0, 10, &error, &note));
	assert_false(plan_lr_closed_form(&lr));
	assert_non_null(note);
	free(note);
	/* update g uses lambda(g - 1) */
	assert_true(plan_lr_build(&lr, "linear", NULL, TV(5, 0), 2, 3, 10,
	    &error, &note));
	assert_true(plan_lr_at_update(&lr, 1) == 0);
	assert_true(plan_lr_at_update(&lr, 4) == 2);
	arena_release(&arena);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plan_batches),
		cmocka_unit_test(test_plan_updates_per_epoch),
		cmocka_unit_test(test_plan_epoch_updates),
		cmocka_unit_test(test_plan_max_steps),
		cmocka_unit_test(test_plan_warmup),
		cmocka_unit_test(test_plan_intervals),
		cmocka_unit_test(test_plan_retention),
		cmocka_unit_test(test_plan_huge),
		cmocka_unit_test(test_plan_lr),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
