/*
 * cmd-plan.c: `targs plan FILE --train-samples N`: the schedule the
 * Trainer will follow for a resolved configuration and a dataset size:
 * steps, warm-up, logs, evaluations, saves, the checkpoints that remain,
 * the learning rate, and warnings before the GPUs start.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "targs/cmd-facts.h"
#include "targs/output.h"
#include "targs/output-plan.h"
#include "targs/plan-config.h"
#include "targs/settings.h"
#include "targs/term.h"
#include "targs/xalloc.h"

static const char *const cmd_plan_formats[] = { "text", "json", NULL };
static const char *const cmd_plan_colors[] = { "auto", "always", "never",
	NULL };
static const char *const cmd_plan_dtypes[] = { "fp32", "bf16", "fp16",
	NULL };

static const struct cmd_option cmd_plan_options[] = {
	CMD_PLAN_FACT_OPTIONS,
	{ .name = "checkpoint-size", .arg = "SIZE",
	  .complete = CMD_COMPLETE_NONE,
	  .help = "bytes per checkpoint (500MB, 14GiB) for the disk estimate" },
	{ .name = "model-params", .arg = "N", .complete = CMD_COMPLETE_NONE,
	  .help = "parameters (7B, 125M), to size checkpoints with --dtype" },
	{ .name = "dtype", .arg = "DTYPE", .choices = cmd_plan_dtypes,
	  .def = "fp32", .help = "the dtype the weights are saved in" },
	{ .name = "format", .short_name = 'f', .arg = "FORMAT",
	  .choices = cmd_plan_formats, .def = "text",
	  .help = "a text report, or JSON for scripts" },
	{ .name = "color", .arg = "WHEN", .choices = cmd_plan_colors,
	  .def = "auto", .help = "colour the text report" },
	{ .name = "stdin-filename", .arg = "NAME",
	  .help = "name to show for '-' (its extension picks YAML or JSON)" },
	CMD_SCHEMA_OPTIONS,
	CMD_PROFILE_OPTIONS,
	CMD_ENV_OPTION,
	SETTINGS_OPTIONS,
	{ 0 },
};

/*
 * Bytes of optimizer state per parameter: AdamW keeps two moments in
 * the parameters' dtype, 8-bit variants two bytes, Lion and RMSprop one
 * moment; SGD (momentum 0 by default) and Adafactor's factored moments
 * next to nothing. -1: not known to targs.
 */
static double
cmd_plan_optimizer_bytes(const char *optim, double dtype_bytes)
{
	if (strstr(optim, "8bit") != NULL)
		return 2;
	if (strncmp(optim, "adam", 4) == 0)
		return 2 * dtype_bytes;
	if (strncmp(optim, "lion", 4) == 0 || strcmp(optim, "rmsprop") == 0 ||
	    strcmp(optim, "adagrad") == 0)
		return dtype_bytes;
	if (strcmp(optim, "sgd") == 0 || strcmp(optim, "adafactor") == 0)
		return 0;
	return -1;
}

/* Bytes per checkpoint from --checkpoint-size or --model-params. */
static bool
cmd_plan_disk(const struct args *args, struct config *cfg,
    struct plan_report *r, char *basis, size_t size)
{
	const char *dtype = args_get(args, "dtype");
	struct pyval *optim = config_get(cfg, "optim");
	double params, per_param, state;

	r->checkpoint_bytes = -1;
	r->checkpoint_basis = basis;
	if (args_has(args, "checkpoint-size")) {
		if (!cmd_amount_size(args_get(args, "checkpoint-size"),
		    &r->checkpoint_bytes)) {
			fprintf(stderr, "targs plan: --checkpoint-size: '%s' "
			    "is no size (such as 500MB or 14GiB)\n",
			    args_get(args, "checkpoint-size"));
			return false;
		}
		snprintf(basis, size, "as given");
		return true;
	}
	if (!args_has(args, "model-params"))
		return true;
	if (!cmd_amount_count(args_get(args, "model-params"), &params)) {
		fprintf(stderr, "targs plan: --model-params: '%s' is no count "
		    "(such as 125M or 7B)\n", args_get(args, "model-params"));
		return false;
	}
	per_param = dtype == NULL || strcmp(dtype, "fp32") == 0 ? 4 : 2;
	state = optim != NULL && optim->kind == PY_STR ?
	    cmd_plan_optimizer_bytes(optim->text, per_param) : -1;
	if (config_get(cfg, "save_only_model") != NULL &&
	    py_truthy(config_get(cfg, "save_only_model")))
		snprintf(basis, size, "weights only: save_only_model");
	else if (state < 0)
		snprintf(basis, size, "weights; %s's state not counted",
		    optim != NULL && optim->kind == PY_STR ? optim->text :
		    "the optimizer");
	else {
		snprintf(basis, size, "weights %g bytes + %s state %g bytes "
		    "per parameter", per_param, optim->text, state);
		per_param += state;
	}
	r->checkpoint_bytes = params * per_param;
	return true;
}

/* Only errors upstream or the Trainer raise on leave no schedule. */
static bool
cmd_plan_runs(const struct diag_list *diags)
{
	size_t i;

	for (i = 0; i < diags->len; i++)
		if (diags->items[i].severity == DIAG_ERROR &&
		    diags->items[i].upstream != DIAG_UPSTREAM_ACCEPTS)
			return false;
	return true;
}

static void
cmd_plan_print(const struct args *args, struct plan_report *r)
{
	const char *format = args_get(args, "format");
	char *json;

	if (format != NULL && strcmp(format, "json") == 0) {
		json = output_plan_json(r);
		printf("%s\n", json);
		free(json);
	} else
		output_plan_text(stdout, r,
		    term_use_color(args_get(args, "color"), stdout));
}

/*
 * The plan of a resolved config: problems go to cfg->diags (TA512 when
 * the Trainer cannot run it); prints the report when there is one.
 */
static enum cmd_exit
cmd_plan_config(const struct args *args, struct config *cfg,
    const struct plan_facts *facts, struct plan_report *r)
{
	struct plan_input in;
	struct plan plan;
	char basis[160];
	bool planned;

	if (!cmd_plan_disk(args, cfg, r, basis, sizeof basis))
		return CMD_EXIT_TROUBLE;
	planned = plan_config_run(cfg, facts, &in, &plan);
	if (planned) {
		r->in = &in;
		r->plan = &plan;
		r->version = cfg->version;
		cmd_plan_print(args, r);
	}
	plan_release(&plan);
	return !planned || diag_count(cfg->diags, DIAG_ERROR) > 0 ?
	    CMD_EXIT_PROBLEMS : CMD_EXIT_OK;
}

static enum cmd_exit
cmd_plan_exec(const struct args *args)
{
	const struct env *env;
	struct cmd_schema_choice choice;
	struct plan_report report;
	struct plan_facts facts;
	struct cmd_resolved f;
	enum cmd_exit status = CMD_EXIT_OK, planned;
	bool wanted;

	if (args_has(args, "show-settings"))
		return settings_show(args, args->argv[0], stdout);
	if (!settings_choice_for(args, args->argv[0], true, &choice, &env) ||
	    !cmd_plan_facts(args, true, &facts, &wanted) ||
	    !cmd_resolve_file(args, args->argv[0], &choice, env, &f))
		return CMD_EXIT_TROUBLE;
	memset(&report, 0, sizeof report);
	report.file = f.src.name;
	report.profile = f.diags.profile;
	report.env = env->name;
	report.diags = &f.diags;
	if (diag_count(&f.diags, DIAG_ERROR) > 0)
		status = CMD_EXIT_PROBLEMS;
	if (f.resolved && cmd_plan_runs(&f.diags)) {
		planned = cmd_plan_config(args, &f.cfg, &facts, &report);
		if (planned > status)
			status = planned;
	}
	diag_sort(&f.diags);
	if (f.diags.len > 0)
		output_text_diags(stderr, &f.diags, &f.src,
		    term_use_color(args_get(args, "color"), stderr));
	cmd_resolved_release(&f);
	return status;
}

const struct cmd_entry cmd_plan_entry = {
	.name = "plan",
	.summary = "show the schedule the Trainer will follow: steps, "
	    "warm-up, evaluations, saves",
	.usage = "[options] FILE (--train-samples N | --steps-per-epoch K | "
	    "--no-length)",
	.description =
	    "Resolve FILE as `targs resolve` does, then compute what the\n"
	    "Trainer of that release computes inside train(): batches and\n"
	    "updates per epoch, total steps, warm-up steps, when it logs,\n"
	    "evaluates and saves, which checkpoints remain at the end, and\n"
	    "the learning rate at each update, with a plot. Warnings name\n"
	    "what usually surprises: no evaluation, only the final save, a\n"
	    "warm-up as long as the run. docs/plan.md describes every number\n"
	    "and the JSON names.\n"
	    "\n"
	    "Diagnostics go to standard error. A configuration transformers\n"
	    "or the Trainer would reject gets no plan, and the exit status\n"
	    "is 1, as with check.",
	.options = cmd_plan_options,
	.min_args = 1,
	.max_args = 1,
	.exec = cmd_plan_exec,
};
