/*
 * cmd-diff.c: `targs diff A B`: what really differs between two runs'
 * configs once both are resolved for one release; `targs diff --from X
 * --to Y FILE`: what changes for one file between two releases. With
 * the dataset's size, the two plans are compared too.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "targs/cmd-facts.h"
#include "targs/diff.h"
#include "targs/output-diff.h"
#include "targs/term.h"

static const char *const cmd_diff_formats[] = { "text", "json", NULL };
static const char *const cmd_diff_colors[] = { "auto", "always", "never",
	NULL };

static const struct cmd_option cmd_diff_options[] = {
	{ .name = "from", .arg = "VERSION", .complete = CMD_COMPLETE_RELEASE,
	  .help = "with --to: compare one FILE under two releases" },
	{ .name = "to", .arg = "VERSION", .complete = CMD_COMPLETE_RELEASE,
	  .help = "the release to compare FILE under, after --from" },
	{ .name = "all", .help = "list equal parameters too" },
	{ .name = "format", .short_name = 'f', .arg = "FORMAT",
	  .choices = cmd_diff_formats, .def = "text",
	  .help = "aligned text, or JSON for scripts" },
	{ .name = "color", .arg = "WHEN", .choices = cmd_diff_colors,
	  .def = "auto", .help = "colour the text output" },
	{ .name = "stdin-filename", .arg = "NAME",
	  .help = "name to show for '-' (its extension picks YAML or JSON)" },
	CMD_PLAN_FACT_OPTIONS,
	CMD_SCHEMA_OPTIONS,
	CMD_PROFILE_OPTIONS,
	CMD_ENV_OPTION,
	{ 0 },
};

/* What the command line asks to compare. */
struct cmd_diff_request {
	const char			*path[2];
	struct cmd_schema_choice	 choice[2];
	bool				 versions;  /* one file, two releases */
};

/* --from and --to: both, with one FILE and without --transformers. */
static bool
cmd_diff_versions(const struct args *args, struct cmd_diff_request *req)
{
	const char *from = args_get(args, "from"), *to = args_get(args, "to");

	if ((from == NULL) != (to == NULL)) {
		fprintf(stderr, "targs diff: --from and --to go together: "
		    "give both releases to compare a file under\n");
		return false;
	}
	if (args_has(args, "transformers")) {
		fprintf(stderr, "targs diff: --transformers names one release "
		    "for both files; --from and --to name two for one file\n");
		return false;
	}
	if (args->argc != 1) {
		fprintf(stderr, "targs diff: --from and --to compare one FILE "
		    "under two releases; %d files given\n", args->argc);
		return false;
	}
	req->versions = true;
	req->path[0] = req->path[1] = args->argv[0];
	return cmd_release_parse(args, "--from", from, false,
	    &req->choice[0].version) && cmd_release_parse(args, "--to", to,
	    false, &req->choice[1].version);
}

/* Two files: one release for both, as --transformers names it. */
static bool
cmd_diff_files(const struct args *args, struct cmd_diff_request *req)
{
	const char *text = args_get(args, "transformers");

	if (args->argc != 2) {
		fprintf(stderr, "targs diff: give two files to compare, or one "
		    "with --from and --to\n");
		return false;
	}
	if (strcmp(args->argv[0], "-") == 0 &&
	    strcmp(args->argv[1], "-") == 0) {
		fprintf(stderr, "targs diff: only one side can be read from "
		    "standard input\n");
		return false;
	}
	if (text != NULL && strcmp(text, "auto") == 0) {
		fprintf(stderr, "targs diff: --transformers auto: diff "
		    "resolves both files with one release; name it, or "
		    "compare releases with --from and --to\n");
		return false;
	}
	req->versions = false;
	req->path[0] = args->argv[0];
	req->path[1] = args->argv[1];
	return cmd_schema_select(args, false, &req->choice[0]);
}

static bool
cmd_diff_request(const struct args *args, struct cmd_diff_request *req)
{
	struct cmd_schema_choice schema;
	int i, version;

	memset(req, 0, sizeof *req);
	if (args_has(args, "from") || args_has(args, "to")) {
		if (!cmd_schema_select(args, false, &schema) ||
		    !cmd_diff_versions(args, req))
			return false;
		/* the options but the release, which --from and --to name */
		for (i = 0; i < 2; i++) {
			version = req->choice[i].version;
			req->choice[i] = schema;
			req->choice[i].version = version;
			req->choice[i].named = true;
		}
		return true;
	}
	if (!cmd_diff_files(args, req))
		return false;
	req->choice[1] = req->choice[0];
	return true;
}

/*
 * A side's values are compared only when upstream builds the object:
 * keys a release does not accept raise after that, and are differences
 * of their own.
 */
static struct config *
cmd_diff_config(struct cmd_resolved *f)
{
	return f->resolved && f->cfg.built ? &f->cfg : NULL;
}

/*
 * Says on stderr what keeps a side from being clean or compared; planned
 * sides may have plan errors, which plan lists rather than check.
 */
static void
cmd_diff_note(const struct diff_side *side, bool planned)
{
	char release[VERSION_TEXT_MAX];
	size_t errors = diag_count(side->diags, DIAG_ERROR);

	version_format(side->version, release);
	if (side->cfg == NULL && !side->loaded)
		fprintf(stderr, "targs diff: %s: does not load; its parameters "
		    "are not compared (see targs check)\n", side->file);
	else if (side->cfg == NULL)
		fprintf(stderr, "targs diff: %s: transformers %s raises on it; "
		    "its parameters are not compared (see targs check)\n",
		    side->file, release);
	else if (errors > 0)
		fprintf(stderr, "targs diff: %s: %zu error%s under "
		    "transformers %s (see targs check%s)\n", side->file,
		    errors, errors == 1 ? "" : "s", release,
		    planned ? " and targs plan" : "");
}

/* Both plans, when both sides were compared and the facts given. */
static void
cmd_diff_plans(struct diff *d, struct diff_report *r,
    const struct plan_facts *facts)
{
	struct plan_input in[2];
	struct plan plan[2];
	bool ok;

	if (r->a.cfg == NULL || r->b.cfg == NULL)
		return;
	ok = plan_config_run(r->a.cfg, facts, &in[0], &plan[0]);
	ok = plan_config_run(r->b.cfg, facts, &in[1], &plan[1]) && ok;
	if (ok)
		diff_plans(d, &plan[0], &plan[1]);
	plan_release(&plan[0]);
	plan_release(&plan[1]);
}

static void
cmd_diff_print(const struct args *args, const struct diff_report *r)
{
	const char *format = args_get(args, "format");
	char *json;

	if (format != NULL && strcmp(format, "json") == 0) {
		json = output_diff_json(r);
		printf("%s\n", json);
		free(json);
	} else
		output_diff_text(stdout, r,
		    term_use_color(args_get(args, "color"), stdout));
}

static enum cmd_exit
cmd_diff_compare(const struct args *args, struct cmd_resolved f[2],
    const struct cmd_diff_request *req, const struct plan_facts *facts)
{
	struct diff_report r;
	struct diff d;
	bool dirty;

	memset(&r, 0, sizeof r);
	r.env = args_get(args, "env") != NULL ? args_get(args, "env") :
	    ENV_DEFAULT;
	r.all = args_has(args, "all");
	r.facts = facts;
	r.diff = &d;
	r.a = (struct diff_side){ f[0].src.name, req->choice[0].version,
	    cmd_diff_config(&f[0]), f[0].resolved, &f[0].diags };
	r.b = (struct diff_side){ f[1].src.name, req->choice[1].version,
	    cmd_diff_config(&f[1]), f[1].resolved, &f[1].diags };
	diff_init(&d);
	if (r.a.cfg != NULL && r.b.cfg != NULL) {
		diff_configs(&d, r.a.cfg, r.b.cfg);
		diff_other_keys(&d, r.a.cfg, r.b.cfg);
	}
	if (facts != NULL)
		cmd_diff_plans(&d, &r, facts);
	diff_problems(&d, &f[0].diags, &f[1].diags);
	cmd_diff_print(args, &r);
	/* The notes follow the report on a terminal too. */
	fflush(stdout);
	cmd_diff_note(&r.a, facts != NULL);
	cmd_diff_note(&r.b, facts != NULL);
	dirty = diff_total(&d) > 0 || r.a.cfg == NULL || r.b.cfg == NULL ||
	    diag_count(r.a.diags, DIAG_ERROR) > 0 ||
	    diag_count(r.b.diags, DIAG_ERROR) > 0;
	diff_release(&d);
	return dirty ? CMD_EXIT_PROBLEMS : CMD_EXIT_OK;
}

static enum cmd_exit
cmd_diff_exec(const struct args *args)
{
	const struct env *env = env_find(args_get(args, "env") != NULL ?
	    args_get(args, "env") : ENV_DEFAULT);
	struct cmd_diff_request req;
	struct cmd_resolved f[2];
	struct plan_facts facts;
	enum cmd_exit status;
	bool wanted;

	if (!cmd_diff_request(args, &req) ||
	    !cmd_plan_facts(args, false, &facts, &wanted) ||
	    !cmd_resolve_file(args, req.path[0], &req.choice[0], env, &f[0]))
		return CMD_EXIT_TROUBLE;
	if (req.versions)
		cmd_resolve_again(&f[0], &req.choice[1], env, &f[1]);
	else if (!cmd_resolve_file(args, req.path[1], &req.choice[1], env,
	    &f[1])) {
		cmd_resolved_release(&f[0]);
		return CMD_EXIT_TROUBLE;
	}
	status = cmd_diff_compare(args, f, &req, wanted ? &facts : NULL);
	cmd_resolved_release(&f[0]);
	cmd_resolved_release(&f[1]);
	return status;
}

const struct cmd_entry cmd_diff_entry = {
	.name = "diff",
	.summary = "show what really differs: two configs, or one under two "
	    "releases",
	.usage = "[options] A B | --from VERSION --to VERSION FILE",
	.description =
	    "Resolve A and B (YAML or JSON in any mix; '-' reads one of them\n"
	    "from standard input) for one release and machine, as `targs\n"
	    "resolve` does, and show each parameter whose effective value\n"
	    "differs, grouped as the schema groups them: A's value and origin\n"
	    "on a - line, B's on a + line. Formatting, key order, defaults\n"
	    "written out and spellings the rules make equal do not show.\n"
	    "\n"
	    "With --from and --to, FILE is resolved under two releases: keys\n"
	    "one of them does not accept, defaults that change, values the\n"
	    "rules derive differently. Errors and warnings only one side has\n"
	    "are listed too. With --train-samples (or --steps-per-epoch, or\n"
	    "--no-length) the two plans are compared: updates, warm-up,\n"
	    "evaluations, saves, checkpoints kept.\n"
	    "\n"
	    "Exit status: 0 no effective difference; 1 differences, or a side\n"
	    "with errors (upstream raising on a side leaves its parameters\n"
	    "uncompared); 2 targs could not do its job. docs/diff.md\n"
	    "describes the output and the JSON names.",
	.options = cmd_diff_options,
	.min_args = 1,
	.max_args = 2,
	.exec = cmd_diff_exec,
};
