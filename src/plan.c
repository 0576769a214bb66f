/*
 * plan.c: the Trainer's schedule from plain numbers (see plan.h).
 *
 * Facts from huggingface/transformers trainer.py (_inner_training_loop,
 * set_initial_training_values), trainer_callback.py (DefaultFlowCallback,
 * TrainerState.compute_steps) and training_args.py (get_warmup_steps),
 * 4.38 to 5.0, and accelerate's BatchSamplerShard; docs/plan.md says
 * which release does what.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "targs/plan.h"
#include "targs/version.h"
#include "targs/xalloc.h"

/* Beyond this many batches or steps doubles stop being exact. */
#define PLAN_LIMIT ((int64_t)1 << 53)
/* The most checkpoint steps listed, and steps searched for the best. */
#define PLAN_KEPT_MAX 100000
#define PLAN_SEARCH_MAX 100000

static int64_t
plan_ceil_div(int64_t a, int64_t b)
{
	return a / b + (a % b != 0);
}

static int64_t
plan_gcd(int64_t a, int64_t b)
{
	while (b != 0) {
		int64_t t = a % b;
		a = b;
		b = t;
	}
	return a;
}

/* a * b, or false when it passes PLAN_LIMIT. */
static bool
plan_mul(int64_t a, int64_t b, int64_t *out)
{
	if (__builtin_mul_overflow(a, b, out) || *out > PLAN_LIMIT)
		return false;
	return true;
}

/*
 * Batches per process and epoch: the DataLoader's batches, then
 * accelerate's shard of them (even_batches pads the last one; drop_last
 * drops it).
 */
static int64_t
plan_batches(const struct plan_input *in, int64_t batch)
{
	int64_t n = in->drop_last ? in->train_samples / batch :
	    plan_ceil_div(in->train_samples, batch);

	if (in->world_size <= 1)
		return n;
	return in->drop_last ? n / in->world_size :
	    plan_ceil_div(n, in->world_size);
}

/* num_update_steps_per_epoch: floor up to 4.51, ceil from 4.52. */
static int64_t
plan_updates_per_epoch(int version, int64_t batches, int64_t ga)
{
	int64_t u = version >= TV(4, 52) ? plan_ceil_div(batches, ga) :
	    batches / ga;

	return u > 1 ? u : 1;
}

/*
 * The batches an epoch reads from 4.46 to 4.51: GA-sized chunks, the
 * last one num_examples % GA long (GA when that is 0), so a dataset size
 * that does not match the batches leaves some unread.
 */
static int64_t
plan_chunk_consumed(const struct plan_input *in, int64_t s, int64_t ga)
{
	int64_t r = in->train_samples > 0 ? in->train_samples % ga : 0;
	int64_t tail = s % ga;

	if (r == 0)
		r = ga;
	return s / ga * ga + (r < tail ? r : tail);
}

/*
 * Updates done after e whole epochs. Up to 4.46 the accumulation counter
 * runs across epochs (an update every GA batches read), and an epoch of
 * at most GA batches also steps on its last one; later releases count
 * per epoch.
 */
static int64_t
plan_updates_after(const struct plan *plan, int64_t e)
{
	int64_t c = plan->consumed_per_epoch, s = plan->batches_per_epoch;
	int64_t ga = plan->grad_accum, read = e * c, lcm;

	if (plan->loop != PLAN_LOOP_GLOBAL)
		return e * plan->updates_done;
	if (c == 0)
		return 0;
	if (c == s && s <= ga) {
		lcm = c / plan_gcd(c, ga) * ga;
		return read / ga + e - read / lcm;
	}
	return read / ga;
}

int64_t
plan_epoch_end(const struct plan *plan, int64_t e)
{
	if (e >= plan->epochs)
		return plan->total_steps;
	return plan_updates_after(plan, e);
}

/* The first epoch whose end reaches step, or epochs + 1. */
static int64_t
plan_epoch_reaching(const struct plan *plan, int64_t step)
{
	int64_t lo = 1, hi = plan->epochs + 1, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (plan_epoch_end(plan, mid) >= step)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

/*
 * The loop: how many updates and epochs run. Training stops after the
 * update that reaches state.max_steps (at least one update: with
 * max_steps 0 from 4.49 the check comes after the first), or when the
 * epochs run out.
 */
static void
plan_run(struct plan *plan)
{
	int64_t target = plan->max_steps > 1 ? plan->max_steps : 1;
	int64_t e, within, batch;

	plan->epochs = plan->epochs_planned;
	if (plan->epochs <= 0 || plan_updates_after(plan, plan->epochs) == 0) {
		plan->total_steps = 0;
		plan->epoch_at_end = plan->epochs > 0 ?
		    (double)plan->epochs : 0;
		return;
	}
	plan->total_steps = plan_updates_after(plan, plan->epochs);
	if (plan->total_steps < target) {
		plan->epoch_at_end = (double)plan->epochs;
		return;
	}
	plan->total_steps = target;
	e = plan_epoch_reaching(plan, target);
	plan->epochs = e;
	/* state.epoch = e - 1 + batches read / batches in the epoch */
	within = target - plan_updates_after(plan, e - 1);
	batch = plan->loop == PLAN_LOOP_GLOBAL ?
	    target * plan->grad_accum - (e - 1) * plan->consumed_per_epoch :
	    within * plan->grad_accum;
	if (batch > plan->consumed_per_epoch ||
	    target == plan_updates_after(plan, e))
		batch = plan->consumed_per_epoch;
	if (batch < 1)
		batch = 1;
	plan->epoch_at_end = (double)(e - 1) +
	    (double)batch / (double)plan->batches_per_epoch;
}

/*
 * Events.
 */

static bool
plan_is_extra(const struct plan_events *ev, int64_t step)
{
	size_t i;

	for (i = 0; i < 3; i++)
		if (ev->extra[i] >= 0 && ev->extra[i] == step)
			return true;
	return false;
}

static void
plan_add_extra(struct plan_events *ev, int64_t step)
{
	size_t i;

	for (i = 0; i < 3; i++)
		if (ev->extra[i] < 0 || ev->extra[i] == step) {
			ev->extra[i] = step;
			return;
		}
}

/* The epochs whose ends are events: [first_epoch, *last]. */
static bool
plan_epoch_range(const struct plan *plan, const struct plan_events *ev,
    int64_t *last)
{
	*last = ev->last_epoch ? plan->epochs : plan->epochs - 1;
	return ev->by == PLAN_EPOCH && ev->first_epoch <= *last;
}

static bool
plan_periodic_has(const struct plan *plan, const struct plan_events *ev,
    int64_t step)
{
	int64_t last, e;

	if (ev->by == PLAN_STEPS)
		return ev->interval > 0 && step >= ev->lowest && step >= 1 &&
		    step <= plan->total_steps && step % ev->interval == 0;
	if (!plan_epoch_range(plan, ev, &last) || step < 1)
		return false;
	e = plan_epoch_reaching(plan, step);
	return e >= ev->first_epoch && e <= last &&
	    plan_epoch_end(plan, e) == step;
}

bool
plan_events_has(const struct plan *plan, const struct plan_events *ev,
    int64_t step)
{
	return plan_is_extra(ev, step) || plan_periodic_has(plan, ev, step);
}

static int64_t
plan_periodic_before(const struct plan *plan, const struct plan_events *ev,
    int64_t step)
{
	int64_t last, e, m;

	if (step > plan->total_steps + 1)
		step = plan->total_steps + 1;
	if (ev->by == PLAN_STEPS) {
		if (ev->interval <= 0 || step <= 1)
			return -1;
		m = (step - 1) / ev->interval * ev->interval;
		return m >= 1 && m >= ev->lowest ? m : -1;
	}
	if (!plan_epoch_range(plan, ev, &last))
		return -1;
	e = plan_epoch_reaching(plan, step) - 1;
	if (e > last)
		e = last;
	return e >= ev->first_epoch ? plan_epoch_end(plan, e) : -1;
}

int64_t
plan_events_before(const struct plan *plan, const struct plan_events *ev,
    int64_t step)
{
	int64_t best = plan_periodic_before(plan, ev, step);
	size_t i;

	for (i = 0; i < 3; i++)
		if (ev->extra[i] >= 0 && ev->extra[i] < step &&
		    ev->extra[i] > best)
			best = ev->extra[i];
	return best;
}

static int64_t
plan_periodic_count(const struct plan *plan, const struct plan_events *ev)
{
	int64_t last, low;

	if (ev->by == PLAN_STEPS) {
		if (ev->interval <= 0)
			return 0;
		low = ev->lowest > 1 ? ev->lowest : 1;
		if (low > plan->total_steps)
			return 0;
		return plan->total_steps / ev->interval -
		    (low - 1) / ev->interval;
	}
	if (!plan_epoch_range(plan, ev, &last))
		return 0;
	return last - ev->first_epoch + 1;
}

/* The first periodic event, or -1. */
static int64_t
plan_periodic_first(const struct plan *plan, const struct plan_events *ev)
{
	int64_t low = ev->lowest > 1 ? ev->lowest : 1;

	if (plan_periodic_count(plan, ev) == 0)
		return -1;
	if (ev->by == PLAN_EPOCH)
		return plan_epoch_end(plan, ev->first_epoch);
	return plan_ceil_div(low, ev->interval) * ev->interval;
}

/* count, first and last, from the periodic steps and the extra ones. */
static void
plan_events_finish(const struct plan *plan, struct plan_events *ev)
{
	size_t i;

	ev->count = plan_periodic_count(plan, ev);
	ev->first = plan_periodic_first(plan, ev);
	for (i = 0; i < 3; i++) {
		if (ev->extra[i] < 0)
			continue;
		if (!plan_periodic_has(plan, ev, ev->extra[i]))
			ev->count++;
		if (ev->first < 0 || ev->extra[i] < ev->first)
			ev->first = ev->extra[i];
	}
	ev->last = plan_events_before(plan, ev, plan->total_steps + 1);
}

/* state.X_steps: a value below 1 is a share of max_steps, rounded up. */
static int64_t
plan_state_steps(double value, int64_t max_steps)
{
	if (value < 1)
		return (int64_t)ceil((double)max_steps * value);
	return (int64_t)value;
}

static void
plan_events_init(struct plan_events *ev, enum plan_strategy strategy)
{
	memset(ev, 0, sizeof *ev);
	ev->strategy = strategy;
	ev->by = strategy;
	ev->first_epoch = 1;
	ev->last_epoch = true;
	ev->lowest = 1;
	ev->extra[0] = ev->extra[1] = ev->extra[2] = -1;
}

static bool
plan_logging(struct plan *plan, const struct plan_input *in)
{
	struct plan_events *ev = &plan->logging;

	plan_events_init(ev, in->logging);
	if (in->logging == PLAN_STEPS) {
		ev->interval = plan_state_steps(in->logging_steps,
		    plan->max_steps);
		if (ev->interval == 0 && plan->total_steps > 0) {
			plan->error = xstrdup("logging_steps resolves to 0 "
			    "steps: the first update divides by zero "
			    "(ZeroDivisionError)");
			return false;
		}
		ev->interval = llabs(ev->interval);
	}
	if (in->logging_first_step && plan->total_steps >= 1)
		plan_add_extra(ev, 1);
	plan_events_finish(plan, ev);
	return true;
}

static bool
plan_evaluation(struct plan *plan, const struct plan_input *in)
{
	struct plan_events *ev = &plan->evaluation;
	double delay = in->eval_delay > 0 ? in->eval_delay : 0;

	plan_events_init(ev, in->eval);
	if (in->eval == PLAN_STEPS) {
		ev->interval = plan_state_steps(in->eval_steps,
		    plan->max_steps);
		if (ev->interval == 0 && plan->total_steps > 0) {
			plan->error = xstrdup("eval_steps resolves to 0 "
			    "steps: the first update divides by zero "
			    "(ZeroDivisionError)");
			return false;
		}
		ev->interval = llabs(ev->interval);
		ev->lowest = (int64_t)ceil(delay);
	} else if (in->eval == PLAN_EPOCH) {
		/* eval_delay <= state.epoch, a float at the last epoch */
		ev->first_epoch = (int64_t)ceil(delay);
		if (ev->first_epoch < 1)
			ev->first_epoch = 1;
		ev->last_epoch = delay <= plan->epoch_at_end;
	}
	if (in->eval_on_start)
		plan_add_extra(ev, 0);
	plan_events_finish(plan, ev);
	return true;
}

/* The final update forces a save: 4.42+, narrowed in 4.47 and 4.50. */
static bool
plan_forced_save(const struct plan_input *in)
{
	if (in->version < TV(4, 42) || in->save == PLAN_NO)
		return false;
	if (in->version < TV(4, 47))
		return true;
	if (in->version < TV(4, 50))
		return in->save != PLAN_BEST;
	return in->save == PLAN_STEPS;
}

static void
plan_saving(struct plan *plan, const struct plan_input *in)
{
	struct plan_events *ev = &plan->saving;
	int64_t state;

	plan_events_init(ev, in->save);
	if (in->save == PLAN_STEPS) {
		state = plan_state_steps(in->save_steps, plan->max_steps);
		ev->interval = state > 0 ? state : 0;  /* save_steps > 0 */
	} else if (in->save == PLAN_BEST) {
		/* every evaluation that improves: at most every one */
		*ev = plan->evaluation;
		ev->strategy = PLAN_BEST;
		ev->extra[0] = ev->extra[1] = ev->extra[2] = -1;
	}
	plan->saves_at_end = plan_forced_save(in) && plan->total_steps >= 1 &&
	    plan->total_steps >= plan->max_steps;
	if (plan->saves_at_end)
		plan_add_extra(ev, plan->total_steps);
	plan_events_finish(plan, ev);
}

/*
 * Checkpoints.
 */

size_t
plan_evaluated_saves(const struct plan *plan, int64_t *steps, size_t max)
{
	int64_t step = plan->total_steps + 1;
	size_t found = 0;
	int n;

	for (n = 0; n < PLAN_SEARCH_MAX && found < max; n++) {
		step = plan_events_before(plan, &plan->saving, step);
		if (step < 1)
			break;
		if (plan_events_has(plan, &plan->evaluation, step))
			steps[found++] = step;
	}
	return found;
}

/*
 * state.best_model_checkpoint at the end, if the metric improves at
 * every evaluation. Up to 4.46 it is set when a save evaluates; 4.47 to
 * 4.49 at every evaluation, saved or not; from 4.50 only for steps and
 * epoch saves, again where a save evaluated.
 */
static void
plan_best(struct plan *plan, const struct plan_input *in)
{
	int64_t last_eval, latest;

	plan->best_step = -1;
	if (!in->tracks_best || in->eval == PLAN_NO || in->save == PLAN_NO)
		return;
	if (in->version >= TV(4, 47) && in->version < TV(4, 50)) {
		last_eval = plan_events_before(plan, &plan->evaluation,
		    plan->total_steps + 1);
		if (last_eval < 1)
			return;
		plan->best_step = last_eval;
		plan->best_missing = !plan_events_has(plan, &plan->saving,
		    last_eval);
		return;
	}
	if (in->version >= TV(4, 50) && in->save == PLAN_BEST)
		return;
	if (plan_evaluated_saves(plan, &latest, 1) == 1)
		plan->best_step = latest;
}

static int
plan_step_order(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;

	return (x > y) - (x < y);
}

/*
 * _rotate_checkpoints after the last save, then the end-of-training
 * cleanup: with save_total_limit 1 and a best, only the best remains.
 */
static void
plan_retention(struct plan *plan, const struct plan_input *in)
{
	int64_t limit = in->save_total_limit, want, step, *list;
	size_t n = 0, i, keep, bi;
	bool has_best = plan->best_step >= 1 && !plan->best_missing;

	want = limit > 0 ? limit + 2 : PLAN_KEPT_MAX;
	if (want > plan->saving.count)
		want = plan->saving.count;
	list = xcalloc((size_t)want + 1, sizeof *list);
	step = plan->total_steps + 1;
	while ((int64_t)n < want &&
	    (step = plan_events_before(plan, &plan->saving, step)) >= 1)
		list[n++] = step;
	if (has_best && limit > 0) {
		for (i = 0; i < n && list[i] != plan->best_step; i++)
			;
		if (i == n)
			list[n++] = plan->best_step;
	}
	qsort(list, n, sizeof *list, plan_step_order);
	plan->peak_checkpoints = plan->saving.count;
	if (limit > 0 && (int64_t)n > limit) {
		/* the best moves just before the newest */
		for (bi = 0; has_best && bi + 2 < n; bi++)
			if (list[bi] == plan->best_step) {
				list[bi] = list[bi + 1];
				list[bi + 1] = plan->best_step;
			}
		keep = (size_t)limit;
		if (has_best && limit == 1 && list[n - 1] != plan->best_step)
			keep = 2;
		memmove(list, list + (n - keep), keep * sizeof *list);
		n = keep;
		qsort(list, n, sizeof *list, plan_step_order);
		if (plan->peak_checkpoints > (int64_t)keep + 1)
			plan->peak_checkpoints = (int64_t)keep + 1;
	}
	if (limit == 1 && has_best) {
		list[0] = plan->best_step;
		n = 1;
	}
	plan->kept = list;
	plan->kept_count = n;
}

/*
 * Warm-up: v4 takes warmup_steps when positive, else the ratio of the
 * total; v5 takes warmup_steps >= 1 as steps (truncated) and below 1 as
 * the ratio.
 */
static int64_t
plan_warmup(const struct plan_input *in, int64_t total)
{
	if (in->version < TV(5, 0))
		return in->warmup_steps > 0 ? (int64_t)in->warmup_steps :
		    (int64_t)ceil((double)total * in->warmup_ratio);
	if (in->warmup_steps >= 1)
		return (int64_t)in->warmup_steps;
	return (int64_t)ceil((double)total * in->warmup_steps);
}

/* batches_per_epoch, consumed_per_epoch, updates_per_epoch, the loop. */
static bool
plan_epochs(struct plan *plan, const struct plan_input *in)
{
	int64_t s, ga = in->grad_accum, r;

	if (!in->has_length) {
		/* a stream: one epoch of max_steps updates */
		if (in->max_steps <= 0) {
			plan->error = xasprintf("a dataset without a length "
			    "needs max_steps > 0: the Trainer raises "
			    "ValueError: args.max_steps must be set to a "
			    "positive value if dataloader does not have a "
			    "length, was %lld", (long long)in->max_steps);
			return false;
		}
		plan->loop = PLAN_LOOP_CEIL;
		if (!plan_mul(in->max_steps, ga, &plan->batches_per_epoch))
			return false;
		plan->consumed_per_epoch = plan->batches_per_epoch;
		plan->updates_per_epoch = in->max_steps;
		plan->updates_done = in->max_steps;
		plan->max_steps = in->max_steps;
		plan->epochs_planned = 1;
		return true;
	}
	s = in->batches_per_epoch > 0 ? in->batches_per_epoch :
	    plan_batches(in, plan->train_batch_size);
	if (s <= 0) {
		plan->error = xasprintf("%lld samples make no batch of %lld "
		    "on each of %lld processes: the Trainer stops at step "
		    "0", (long long)in->train_samples,
		    (long long)plan->train_batch_size,
		    (long long)in->world_size);
		return false;
	}
	plan->batches_per_epoch = s;
	plan->updates_per_epoch = plan_updates_per_epoch(in->version, s, ga);
	plan->consumed_per_epoch = s;
	plan->updates_done = plan->updates_per_epoch;
	plan->loop = in->version >= TV(4, 52) ? PLAN_LOOP_CEIL :
	    in->version >= TV(4, 47) ? PLAN_LOOP_CHUNKED : PLAN_LOOP_GLOBAL;
	if (in->version >= TV(4, 46) && in->version <= TV(4, 51))
		plan->consumed_per_epoch = plan_chunk_consumed(in, s, ga);
	if (plan->loop == PLAN_LOOP_CHUNKED) {
		r = plan->consumed_per_epoch - s / ga * ga;
		/* the tail chunk steps only when it reaches the last batch */
		plan->updates_done = s / ga + (s % ga > 0 && r == s % ga);
	}
	return true;
}

/*
 * state.max_steps and the epoch loop's length. Up to 4.48 max_steps 0
 * means "by epochs"; from 4.49 only a negative one does, and 0 stays 0.
 */
static bool
plan_totals(struct plan *plan, const struct plan_input *in)
{
	bool by_epochs = in->version < TV(4, 49) ? in->max_steps <= 0 :
	    in->max_steps < 0;
	double total;

	if (!in->has_length)
		return true;
	if (by_epochs) {
		total = ceil(in->num_train_epochs *
		    (double)plan->updates_per_epoch);
		if (!(total <= (double)PLAN_LIMIT) ||
		    !(ceil(in->num_train_epochs) <= (double)PLAN_LIMIT))
			return false;
		plan->max_steps = (int64_t)total;
	} else
		plan->max_steps = in->max_steps;
	if (in->max_steps > 0)
		plan->epochs_planned = plan_ceil_div(in->max_steps,
		    plan->updates_per_epoch);
	else
		plan->epochs_planned = (int64_t)ceil(in->num_train_epochs);
	return true;
}

static bool
plan_too_large(struct plan *plan)
{
	plan->error = xasprintf("the run is beyond %lld steps or batches, "
	    "more than targs plans", (long long)PLAN_LIMIT);
	return false;
}

bool
plan_compute(struct plan *plan, const struct plan_input *in,
    const char *scheduler, const struct pyval *kwargs, double lr)
{
	int64_t devices = in->n_gpu > 1 ? in->n_gpu : 1, read;

	memset(plan, 0, sizeof *plan);
	plan->best_step = -1;
	plan->grad_accum = in->grad_accum;
	if (in->batch_size < 1 || in->grad_accum < 1 || in->world_size < 1) {
		plan->error = xstrdup("the batch size, gradient accumulation "
		    "and world size must be at least 1");
		return false;
	}
	if (!plan_mul(in->batch_size, devices, &plan->train_batch_size) ||
	    !plan_mul(plan->train_batch_size, in->grad_accum,
	    &plan->total_batch_size) || !plan_mul(plan->total_batch_size,
	    in->world_size, &plan->total_batch_size) ||
	    in->train_samples > PLAN_LIMIT ||
	    in->batches_per_epoch > PLAN_LIMIT || in->max_steps > PLAN_LIMIT)
		return plan_too_large(plan);
	if (!plan_epochs(plan, in)) {
		if (plan->error == NULL)
			return plan_too_large(plan);
		return false;
	}
	if (!plan_totals(plan, in) || !plan_mul(plan->epochs_planned > 0 ?
	    plan->epochs_planned : 0, plan->consumed_per_epoch, &read))
		return plan_too_large(plan);
	plan_run(plan);
	if (!plan_mul(plan->total_steps, plan->total_batch_size,
	    &plan->samples_seen))
		plan->samples_seen = PLAN_LIMIT;
	plan->warmup_steps = plan_warmup(in, plan->max_steps);
	if (!plan_logging(plan, in) || !plan_evaluation(plan, in))
		return false;
	plan_saving(plan, in);
	plan_best(plan, in);
	plan_retention(plan, in);
	/* lr_error says when the Trainer raises building the scheduler */
	(void)plan_lr_build(&plan->lr, scheduler, kwargs, in->version, lr,
	    plan->warmup_steps, plan->max_steps, &plan->lr_error,
	    &plan->lr_note);
	return true;
}

void
plan_release(struct plan *plan)
{
	free(plan->kept);
	free(plan->lr_error);
	free(plan->lr_note);
	free(plan->error);
	memset(plan, 0, sizeof *plan);
}
