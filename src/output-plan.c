/*
 * output-plan.c: `targs plan` as text (a table, the checkpoints, and a
 * plot of the learning rate in block characters) and as JSON.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "targs/output.h"
#include "targs/output-plan.h"
#include "targs/profile.h"
#include "targs/strbuf.h"
#include "targs/term.h"
#include "targs/version.h"
#include "targs/xalloc.h"

/* The plot: columns, rows of eighth blocks. */
#define PLOT_WIDTH 48
#define PLOT_ROWS 4

static const char *const plot_blocks[] = { " ", "\u2581", "\u2582",
	"\u2583", "\u2584", "\u2585", "\u2586", "\u2587", "\u2588" };

static const char *
plan_strategy_name(enum plan_strategy s)
{
	switch (s) {
	case PLAN_STEPS:
		return "steps";
	case PLAN_EPOCH:
		return "epoch";
	case PLAN_BEST:
		return "best";
	case PLAN_NO:
		break;
	}
	return "no";
}

/* "every 500 steps", "every epoch from 2", "on a better metric". */
static char *
plan_when(const struct plan_events *ev)
{
	struct strbuf b = STRBUF_INIT;
	char buf[96];

	if (ev->strategy == PLAN_BEST)
		strbuf_adds(&b, "when the metric improves");
	else if (ev->by == PLAN_STEPS && ev->interval > 0) {
		if (ev->interval == 1)
			snprintf(buf, sizeof buf, "every step");
		else
			snprintf(buf, sizeof buf, "every %lld steps",
			    (long long)ev->interval);
		strbuf_adds(&b, buf);
		if (ev->lowest > ev->interval) {
			snprintf(buf, sizeof buf, " from %lld",
			    (long long)ev->lowest);
			strbuf_adds(&b, buf);
		}
	} else if (ev->by == PLAN_EPOCH) {
		strbuf_adds(&b, "every epoch");
		if (ev->first_epoch > 1) {
			snprintf(buf, sizeof buf, " from %lld",
			    (long long)ev->first_epoch);
			strbuf_adds(&b, buf);
		}
	} else
		strbuf_adds(&b, ev->by == PLAN_STEPS ? "steps: never" :
		    "never");
	return strbuf_take(&b);
}

static void
plan_text_step(FILE *out, int64_t step)
{
	if (step < 0)
		fprintf(out, " %6s", "-");
	else
		fprintf(out, " %6lld", (long long)step);
}

static void
plan_text_events(FILE *out, const char *label, const struct plan_events *ev,
    const char *extra)
{
	char *when = plan_when(ev);

	fprintf(out, "  %-12s %-22s %6lld", label, when,
	    (long long)ev->count);
	plan_text_step(out, ev->first);
	plan_text_step(out, ev->last);
	fprintf(out, "%s%s\n", extra[0] != '\0' ? "  " : "", extra);
	free(when);
}

/* 1.5 GB: decimal units, as disks are sold. */
static void
plan_text_bytes(FILE *out, double bytes)
{
	static const char *const units[] = { "B", "kB", "MB", "GB", "TB",
		"PB" };
	size_t u = 0;

	while (bytes >= 1000 && u + 1 < sizeof units / sizeof units[0]) {
		bytes /= 1000;
		u++;
	}
	fprintf(out, u == 0 ? "%.0f %s" : "%.1f %s", bytes, units[u]);
}

static void
plan_text_checkpoints(FILE *out, const struct plan_report *r)
{
	const struct plan *plan = r->plan;
	size_t i, shown = plan->kept_count;

	fprintf(out, "\n  %-12s ", "checkpoints");
	if (plan->kept_count == 0) {
		fprintf(out, "none\n");
		return;
	}
	fprintf(out, "kept at the end:");
	if (shown > 8)
		shown = 8;
	for (i = 0; i < shown; i++)
		fprintf(out, " %lld", (long long)plan->kept[i]);
	if (shown < plan->kept_count)
		fprintf(out, " ... %lld (%zu in all)",
		    (long long)plan->kept[plan->kept_count - 1],
		    plan->kept_count);
	fprintf(out, "\n  %-12s at most %lld on disk at once\n", "",
	    (long long)plan->peak_checkpoints);
	if (plan->best_step >= 1)
		fprintf(out, "  %-12s (if the metric keeps improving; an "
		    "older best takes the oldest's place)\n", "");
	if (r->checkpoint_bytes >= 0) {
		fprintf(out, "  %-12s ", "disk");
		plan_text_bytes(out, r->checkpoint_bytes);
		fprintf(out, " per checkpoint, ");
		plan_text_bytes(out, r->checkpoint_bytes *
		    (double)plan->peak_checkpoints);
		fprintf(out, " at the peak\n  %-12s (%s)\n", "",
		    r->checkpoint_basis);
	}
}

/* The update at plot column c of n: from 1 to the last, evenly. */
static int64_t
plan_plot_step(const struct plan *plan, int c, int n)
{
	if (n <= 1)
		return 1;
	return 1 + (int64_t)((double)(plan->total_steps - 1) * c / (n - 1) +
	    0.5);
}

/* Eighths of a block in row (0 at the top) for a share of the top. */
static int
plan_plot_level(double share, int row)
{
	int level = (int)lround(share * 8 * PLOT_ROWS) -
	    (PLOT_ROWS - 1 - row) * 8;

	return level < 0 ? 0 : level > 8 ? 8 : level;
}

static void
plan_text_plot(FILE *out, const struct plan *plan)
{
	double values[PLOT_WIDTH], top = 0;
	int n = PLOT_WIDTH, c, row, end, levels[PLOT_WIDTH];
	char label[32];

	if (plan->total_steps < n)
		n = (int)plan->total_steps;
	for (c = 0; c < n; c++) {
		values[c] = plan_lr_at_update(&plan->lr,
		    plan_plot_step(plan, c, n));
		if (values[c] > top)
			top = values[c];
	}
	if (!(top > 0) || n < 2)
		return;   /* nothing to draw */
	if (plan->lr.lr > top)
		top = plan->lr.lr;   /* the peak, when the plot misses it */
	fputc('\n', out);
	for (row = 0; row < PLOT_ROWS; row++) {
		snprintf(label, sizeof label, "%.3g", top);
		fprintf(out, "  %10s \u2502", row == 0 ? label :
		    row == PLOT_ROWS - 1 ? "0" : "");
		for (c = 0; c < n; c++)
			levels[c] = plan_plot_level(values[c] / top, row);
		for (end = n; end > 0 && levels[end - 1] == 0; end--)
			;  /* no trailing blanks */
		for (c = 0; c < end; c++)
			fputs(plot_blocks[levels[c]], out);
		fputc('\n', out);
	}
	fprintf(out, "  %10s  1%*lld\n", "update", n - 1,
	    (long long)plan->total_steps);
}

static void
plan_text_lr_point(FILE *out, const struct plan *plan, const char *what,
    int64_t step)
{
	fprintf(out, "  %-12s update %lld: %.3g\n", what, (long long)step,
	    plan_lr_at_update(&plan->lr, step));
}

/* The update that starts after warm-up, the middle one, the last. */
static void
plan_lr_points(const struct plan *plan, int64_t *warm, int64_t *mid,
    int64_t *last)
{
	*last = plan->total_steps;
	*warm = plan->warmup_steps + 1 < *last ? plan->warmup_steps + 1 :
	    *last;
	*mid = (*last + 1) / 2;
}

static void
plan_text_lr(FILE *out, const struct plan *plan)
{
	int64_t warm, mid, last;

	fprintf(out, "\n  %-12s %s, learning_rate %.3g\n", "schedule",
	    plan->lr.name, plan->lr.lr);
	if (plan->lr_error != NULL || plan->total_steps < 1)
		return;
	if (!plan_lr_closed_form(&plan->lr)) {
		fprintf(out, "  %-12s %s\n", "", plan->lr_note);
		return;
	}
	plan_lr_points(plan, &warm, &mid, &last);
	if (plan->warmup_steps > 0 && plan->warmup_steps < last)
		plan_text_lr_point(out, plan, "warmed up", warm);
	plan_text_lr_point(out, plan, "midpoint", mid);
	plan_text_lr_point(out, plan, "last", last);
	plan_text_plot(out, plan);
}

void
output_plan_text(FILE *out, const struct plan_report *r, bool color)
{
	const struct term_style *st = term_style(color);
	const struct plan *plan = r->plan;
	const struct plan_input *in = r->in;
	char vbuf[16];

	/* a framework's profile is named; the plain ones go without saying */
	fprintf(out, "%splan for %s%s (transformers %s%s%s, --env %s)\n\n",
	    st->bold, r->file, st->reset, version_format(r->version, vbuf),
	    profile_is_framework(r->profile) ? ", profile " : "",
	    profile_is_framework(r->profile) ? r->profile : "", r->env);
	if (in->has_length)
		fprintf(out, "  %-12s %lld batches per process per epoch, "
		    "%lld updates per epoch\n", "data",
		    (long long)plan->batches_per_epoch,
		    (long long)plan->updates_per_epoch);
	else
		fprintf(out, "  %-12s a stream without a length: max_steps "
		    "decides\n", "data");
	fprintf(out, "  %-12s %lld samples per update (%lld per batch x "
	    "%lld accumulated x %lld process%s)\n", "batch",
	    (long long)plan->total_batch_size,
	    (long long)plan->train_batch_size, (long long)in->grad_accum,
	    (long long)in->world_size, in->world_size == 1 ? "" : "es");
	fprintf(out, "  %-12s %lld update%s", "steps",
	    (long long)plan->total_steps, plan->total_steps == 1 ? "" : "s");
	if (plan->max_steps != plan->total_steps)
		fprintf(out, " (the schedule is built for %lld)",
		    (long long)plan->max_steps);
	fprintf(out, ", %lld epoch%s (ends at epoch %.2f), about %lld "
	    "samples\n", (long long)plan->epochs, plan->epochs == 1 ? "" :
	    "s", plan->epoch_at_end, (long long)plan->samples_seen);
	fprintf(out, "  %-12s %lld step%s\n\n", "warm-up",
	    (long long)plan->warmup_steps, plan->warmup_steps == 1 ? "" : "s");
	fprintf(out, "  %-12s %-22s %6s %6s %6s\n", "", "when", "count",
	    "first", "last");
	plan_text_events(out, "logging", &plan->logging,
	    in->logging_first_step ? "and step 1" : "");
	plan_text_events(out, "evaluation", &plan->evaluation,
	    in->eval_on_start ? "and at the start (0)" : "");
	plan_text_events(out, "saving", &plan->saving,
	    plan->saves_at_end ? "and the last update" : "");
	plan_text_checkpoints(out, r);
	plan_text_lr(out, plan);
}

/*
 * JSON.
 */

static void
plan_json_step(cJSON *obj, const char *name, int64_t step)
{
	if (step < 0)
		cJSON_AddNullToObject(obj, name);
	else
		cJSON_AddNumberToObject(obj, name, (double)step);
}

static cJSON *
plan_json_events(const struct plan_events *ev, bool saving, bool at_end)
{
	cJSON *obj = cJSON_CreateObject();

	cJSON_AddStringToObject(obj, "strategy",
	    plan_strategy_name(ev->strategy));
	if (ev->by == PLAN_STEPS && ev->interval > 0 &&
	    ev->strategy != PLAN_BEST)
		cJSON_AddNumberToObject(obj, "interval", (double)ev->interval);
	else
		cJSON_AddNullToObject(obj, "interval");
	cJSON_AddNumberToObject(obj, "count", (double)ev->count);
	plan_json_step(obj, "first", ev->first);
	plan_json_step(obj, "last", ev->last);
	if (saving)
		cJSON_AddBoolToObject(obj, "final_save", at_end);
	return obj;
}

static cJSON *
plan_json_point(const struct plan *plan, int64_t step)
{
	cJSON *obj = cJSON_CreateObject();

	cJSON_AddNumberToObject(obj, "step", (double)step);
	cJSON_AddNumberToObject(obj, "value",
	    plan_lr_at_update(&plan->lr, step));
	return obj;
}

static cJSON *
plan_json_lr(const struct plan *plan)
{
	cJSON *obj = cJSON_CreateObject();
	bool closed = plan_lr_closed_form(&plan->lr) &&
	    plan->lr_error == NULL && plan->total_steps >= 1;
	int64_t warm, mid, last;

	cJSON_AddStringToObject(obj, "scheduler", plan->lr.name);
	cJSON_AddNumberToObject(obj, "learning_rate", plan->lr.lr);
	cJSON_AddBoolToObject(obj, "closed_form", closed);
	if (closed) {
		plan_lr_points(plan, &warm, &mid, &last);
		cJSON_AddItemToObject(obj, "first", plan_json_point(plan, 1));
		if (plan->warmup_steps < last)
			cJSON_AddItemToObject(obj, "warmup_end",
			    plan_json_point(plan, warm));
		else  /* warm-up outlasts the run */
			cJSON_AddNullToObject(obj, "warmup_end");
		cJSON_AddItemToObject(obj, "midpoint",
		    plan_json_point(plan, mid));
		cJSON_AddItemToObject(obj, "last", plan_json_point(plan, last));
	}
	if (plan->lr_error != NULL)
		cJSON_AddStringToObject(obj, "error", plan->lr_error);
	else if (plan->lr_note != NULL)
		cJSON_AddStringToObject(obj, "note", plan->lr_note);
	return obj;
}

static cJSON *
plan_json_warnings(const struct diag_list *diags)
{
	cJSON *list = cJSON_CreateArray(), *item;
	size_t i;

	for (i = 0; diags != NULL && i < diags->len; i++) {
		const struct diag *d = &diags->items[i];
		item = cJSON_CreateObject();
		cJSON_AddStringToObject(item, "code",
		    diag_code_table[d->id].code);
		cJSON_AddStringToObject(item, "name",
		    diag_code_table[d->id].name);
		cJSON_AddStringToObject(item, "severity",
		    diag_severity_name(d->severity));
		cJSON_AddStringToObject(item, "message", d->message);
		cJSON_AddItemToArray(list, item);
	}
	return list;
}

static void
plan_json_checkpoints(cJSON *root, const struct plan_report *r)
{
	const struct plan *plan = r->plan;
	cJSON *kept = cJSON_CreateArray();
	size_t i;

	for (i = 0; i < plan->kept_count; i++)
		cJSON_AddItemToArray(kept,
		    cJSON_CreateNumber((double)plan->kept[i]));
	cJSON_AddItemToObject(root, "checkpoints_kept", kept);
	cJSON_AddNumberToObject(root, "checkpoints_peak",
	    (double)plan->peak_checkpoints);
	plan_json_step(root, "best_checkpoint", plan->best_step);
	if (r->checkpoint_bytes >= 0) {
		cJSON_AddNumberToObject(root, "checkpoint_bytes",
		    r->checkpoint_bytes);
		cJSON_AddNumberToObject(root, "disk_peak_bytes",
		    r->checkpoint_bytes * (double)plan->peak_checkpoints);
	} else {
		cJSON_AddNullToObject(root, "checkpoint_bytes");
		cJSON_AddNullToObject(root, "disk_peak_bytes");
	}
}

char *
output_plan_json(const struct plan_report *r)
{
	const struct plan *plan = r->plan;
	cJSON *root = cJSON_CreateObject();
	char vbuf[16], *out;

	cJSON_AddStringToObject(root, "file", r->file);
	cJSON_AddStringToObject(root, "transformers",
	    version_format(r->version, vbuf));
	if (r->profile != NULL)
		cJSON_AddStringToObject(root, "profile", r->profile);
	else
		cJSON_AddNullToObject(root, "profile");
	cJSON_AddStringToObject(root, "env", r->env);
	if (r->in->has_length)
		cJSON_AddNumberToObject(root, "batches_per_epoch",
		    (double)plan->batches_per_epoch);
	else
		cJSON_AddNullToObject(root, "batches_per_epoch");
	cJSON_AddNumberToObject(root, "updates_per_epoch",
	    (double)plan->updates_per_epoch);
	cJSON_AddNumberToObject(root, "max_steps", (double)plan->max_steps);
	cJSON_AddNumberToObject(root, "total_steps",
	    (double)plan->total_steps);
	cJSON_AddNumberToObject(root, "epochs", (double)plan->epochs);
	cJSON_AddNumberToObject(root, "epoch_at_end", plan->epoch_at_end);
	cJSON_AddNumberToObject(root, "train_batch_size",
	    (double)plan->train_batch_size);
	cJSON_AddNumberToObject(root, "total_batch_size",
	    (double)plan->total_batch_size);
	cJSON_AddNumberToObject(root, "samples_seen",
	    (double)plan->samples_seen);
	cJSON_AddNumberToObject(root, "warmup_steps",
	    (double)plan->warmup_steps);
	cJSON_AddItemToObject(root, "logging",
	    plan_json_events(&plan->logging, false, false));
	cJSON_AddItemToObject(root, "evaluation",
	    plan_json_events(&plan->evaluation, false, false));
	cJSON_AddItemToObject(root, "saving",
	    plan_json_events(&plan->saving, true,
	    plan->saves_at_end));
	plan_json_checkpoints(root, r);
	cJSON_AddItemToObject(root, "learning_rate", plan_json_lr(plan));
	cJSON_AddItemToObject(root, "warnings", plan_json_warnings(r->diags));
	out = output_json_indented(root);
	cJSON_Delete(root);
	return out;
}
