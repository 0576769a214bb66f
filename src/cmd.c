/*
 * cmd.c: the command table, dispatch from argv, and help text. What each
 * command does is in its own cmd-NAME.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>
#include <cjson/cJSON.h>

#include "targs/cmd.h"
#include "targs/profile.h"
#include "targs/resolve.h"
#include "targs/schema.h"
#include "targs/suggest.h"
#include "targs/xalloc.h"

const struct cmd_entry *const cmd_table[] = {
	&cmd_check_entry,
	&cmd_explain_entry,
	&cmd_resolve_entry,
	&cmd_plan_entry,
	&cmd_diff_entry,
	&cmd_schema_entry,
	&cmd_profiles_entry,
	&cmd_completion_entry,
	&cmd_help_entry,
	NULL,
};

const char cmd_purpose[] =
    "check and resolve transformers TrainingArguments files";

const char *const cmd_exit_meanings[] = {
	[CMD_EXIT_OK] = "no problems",
	[CMD_EXIT_PROBLEMS] = "problems found in an input",
	[CMD_EXIT_TROUBLE] = "targs could not do its job",
};

const struct cmd_option cmd_help_option = {
	.name = "help", .short_name = 'h', .help = "show this help",
};

/* cmd_main tells them apart by their letters. */
const struct cmd_option cmd_global_options[] = {
	{ .name = "help", .short_name = 'h', .help = "show the commands" },
	{ .name = "version", .short_name = 'V',
	  .help = "show the version of targs, libyaml and cJSON" },
	{ 0 },
};

const struct cmd_option *
cmd_option_at(const struct cmd_entry *cmd, size_t i)
{
	size_t n = 0;

	while (cmd->options[n].name != NULL)
		n++;
	if (i < n)
		return &cmd->options[i];
	return i == n ? &cmd_help_option : NULL;
}

const char *const cmd_class_choices[] = { "training", "seq2seq", NULL };
const char *const cmd_env_choices[] = { "gpu", "cpu", "bare", NULL };

bool
cmd_release_parse(const struct args *args, const char *from,
    const char *text, bool allow_auto, int *version)
{
	char newest[VERSION_TEXT_MAX], *known;

	version_format(VERSION_NEWEST, newest);
	switch (version_parse(text, version)) {
	case VERSION_PARSE_OK:
		return true;
	case VERSION_PARSE_BAD:
		fprintf(stderr, "targs %s: %s '%s' is not a release: write "
		    "X.Y or X.Y.Z (such as %s)%s\n", args->cmd->name, from,
		    text, newest, allow_auto ? ", or auto" : "");
		return false;
	case VERSION_PARSE_UNKNOWN:
		break;
	}
	if (*version > VERSION_NEWEST)
		fprintf(stderr, "targs %s: %s '%s' is newer than the newest "
		    "release targs knows, %s; name %s to check against that\n",
		    args->cmd->name, from, text, newest, newest);
	else {
		known = version_format_known();
		fprintf(stderr, "targs %s: %s '%s' is not a release targs "
		    "knows: it knows %s\n", args->cmd->name, from, text, known);
		free(known);
	}
	return false;
}

bool
cmd_schema_select(const struct args *args, bool allow_auto,
    struct cmd_schema_choice *choice)
{
	const char *text = args_get(args, "transformers"), *from;
	const char *cls = args_get(args, "class");
	char newest[VERSION_TEXT_MAX];

	from = "--transformers";
	if (text == NULL) {
		from = "$" VERSION_ENV;
		if ((text = getenv(VERSION_ENV)) != NULL && *text == '\0')
			text = NULL;
	}
	choice->cls = cls != NULL && strcmp(cls, "seq2seq") == 0 ?
	    SCHEMA_CLASS_SEQ2SEQ : SCHEMA_CLASS_TRAINING;
	choice->automatic = false;
	choice->version = VERSION_NEWEST;
	choice->named = text != NULL;
	if (!cmd_profile_select(args, choice))
		return false;
	if (text == NULL)
		return true;
	if (strcmp(text, "auto") == 0) {
		/* Exported for check, auto means the newest to the others. */
		if (!allow_auto && from[0] == '$')
			return true;
		if (!allow_auto) {
			fprintf(stderr, "targs %s: %s auto needs a file to "
			    "infer the release from; name a release such as "
			    "%s\n", args->cmd->name, from,
			    version_format(VERSION_NEWEST, newest));
			return false;
		}
		choice->automatic = true;
		choice->version = 0;
		return true;
	}
	return cmd_release_parse(args, from, text, allow_auto,
	    &choice->version);
}

bool
cmd_profile_select(const struct args *args, struct cmd_schema_choice *choice)
{
	const char *name = args_get(args, "profile");
	const char *release = args_get(args, "framework-version");
	const struct profile *p = NULL;
	char newest[FV_TEXT_MAX];

	choice->profile = NULL;
	choice->framework_version = 0;
	choice->path = args_get(args, "path");
	if (name != NULL && strcmp(name, "auto") != 0 &&
	    (p = profile_find(name)) == NULL) {
		fprintf(stderr, "targs %s: --profile: no profile '%s' (targs "
		    "profiles lists them)\n", args->cmd->name, name);
		return false;
	}
	choice->profile = p;
	if (release == NULL)
		return true;
	if (p == NULL || p->fw == NULL) {
		fprintf(stderr, "targs %s: --framework-version needs "
		    "--profile naming a framework's profile\n",
		    args->cmd->name);
		return false;
	}
	if (!profile_version_parse(release, &choice->framework_version) ||
	    !profile_version_known(p->fw, choice->framework_version)) {
		fprintf(stderr, "targs %s: --framework-version: %s knows no "
		    "release '%s' (the newest it knows is %s)\n",
		    args->cmd->name, p->fw->title, release,
		    profile_version_format(profile_newest(p->fw), newest));
		return false;
	}
	return true;
}

const struct cmd_entry *
cmd_find(const char *name)
{
	size_t i;

	for (i = 0; cmd_table[i] != NULL; i++)
		if (strcmp(cmd_table[i]->name, name) == 0)
			return cmd_table[i];
	return NULL;
}

void
cmd_print_choices(FILE *out, const char *const *choices)
{
	const char *const *c;

	for (c = choices; *c != NULL; c++)
		fprintf(out, "%s%s", c == choices ? "" : ", ", *c);
}

void
cmd_print_overview(FILE *out)
{
	size_t i;

	fprintf(out, "targs: %s\n"
	    "\n"
	    "usage: targs <command> [options] [operands]\n"
	    "       targs --help | --version\n"
	    "\n"
	    "commands:\n", cmd_purpose);
	for (i = 0; cmd_table[i] != NULL; i++)
		fprintf(out, "  %-10s %s\n", cmd_table[i]->name,
		    cmd_table[i]->summary);
	fputs("\n"
	    "Run 'targs help <command>' for a command's options.\n"
	    "Exit status:", out);
	for (i = CMD_EXIT_OK; i <= CMD_EXIT_TROUBLE; i++)
		fprintf(out, "%s %zu %s", i == CMD_EXIT_OK ? "" : ",", i,
		    cmd_exit_meanings[i]);
	fputs(".\n", out);
}

static void
cmd_print_option(FILE *out, const struct cmd_option *o)
{
	char left[64];

	if (o->arg != NULL)
		snprintf(left, sizeof left, "%c%c%s --%s=%s",
		    o->short_name ? '-' : ' ', o->short_name ? o->short_name : ' ',
		    o->short_name ? "," : " ", o->name, o->arg);
	else
		snprintf(left, sizeof left, "%c%c%s --%s",
		    o->short_name ? '-' : ' ', o->short_name ? o->short_name : ' ',
		    o->short_name ? "," : " ", o->name);
	fprintf(out, "  %-28s %s", left, o->help);
	if (o->choices != NULL) {
		fputs(": ", out);
		cmd_print_choices(out, o->choices);
	}
	if (o->def != NULL)
		fprintf(out, " (default: %s)", o->def);
	fputc('\n', out);
}

void
cmd_print_help(FILE *out, const struct cmd_entry *cmd)
{
	const struct cmd_option *o;
	size_t i;

	fprintf(out, "usage: targs %s %s\n\n%s\n", cmd->name, cmd->usage,
	    cmd->description);
	if (cmd->operand_choices != NULL) {
		fputs("\noperands: one of ", out);
		cmd_print_choices(out, cmd->operand_choices);
		fputc('\n', out);
	}
	fputs("\noptions:\n", out);
	for (i = 0; (o = cmd_option_at(cmd, i)) != NULL; i++)
		cmd_print_option(out, o);
}

static void
cmd_print_version(FILE *out)
{
	int major, minor, patch;

	yaml_get_version(&major, &minor, &patch);
	fprintf(out, "targs %s (libyaml %d.%d.%d, cJSON %s)\n", TARGS_VERSION,
	    major, minor, patch, cJSON_Version());
}

enum cmd_exit
cmd_unknown(const char *name)
{
	const char **names;
	size_t i, n = 0;

	while (cmd_table[n] != NULL)
		n++;
	names = xcalloc(n + 1, sizeof *names);
	for (i = 0; i < n; i++)
		names[i] = cmd_table[i]->name;
	fprintf(stderr, "targs: '%s' is not a targs command; see 'targs "
	    "--help'\n", name);
	suggest_print(stderr, name, names);
	free(names);
	return CMD_EXIT_TROUBLE;
}

/* The letter of the global option arg is (-V, --version), or 0. */
static int
cmd_global_option(const char *arg)
{
	const struct cmd_option *o;

	for (o = cmd_global_options; o->name != NULL; o++)
		if ((arg[0] == '-' && arg[1] == o->short_name &&
		    arg[2] == '\0') || (strncmp(arg, "--", 2) == 0 &&
		    strcmp(arg + 2, o->name) == 0))
			return o->short_name;
	return 0;
}

static enum cmd_exit
cmd_unknown_global_option(const char *arg)
{
	enum { N = sizeof cmd_global_options / sizeof cmd_global_options[0] };
	const char *options[N];
	char *spelled[N];
	size_t i;

	for (i = 0; cmd_global_options[i].name != NULL; i++)
		options[i] = spelled[i] = xasprintf("--%s",
		    cmd_global_options[i].name);
	options[i] = NULL;
	fprintf(stderr, "targs: unknown option '%s'; see 'targs --help'\n",
	    arg);
	suggest_print(stderr, arg, options);
	while (i-- > 0)
		free(spelled[i]);
	return CMD_EXIT_TROUBLE;
}

enum cmd_exit
cmd_main(int argc, char **argv)
{
	const struct cmd_entry *cmd;
	enum cmd_exit result;
	struct args args;
	bool done;

	if (argc < 2) {
		cmd_print_overview(stderr);
		return CMD_EXIT_TROUBLE;
	}
	switch (cmd_global_option(argv[1])) {
	case 'h':
		cmd_print_overview(stdout);
		return CMD_EXIT_OK;
	case 'V':
		cmd_print_version(stdout);
		return CMD_EXIT_OK;
	}
	if (argv[1][0] == '-')
		return cmd_unknown_global_option(argv[1]);
	cmd = cmd_find(argv[1]);
	if (cmd == NULL)
		return cmd_unknown(argv[1]);
	result = args_parse(cmd, argc - 1, argv + 1, &args, &done, stdout,
	    stderr);
	if (result == CMD_EXIT_OK && !done)
		result = cmd->exec(&args);
	args_release(&args);
	return result;
}

/* Resolves f->src, already read, for choice and env. */
static void
cmd_resolve_read(const struct cmd_schema_choice *choice,
    const struct env *env, const struct load_options *options,
    struct cmd_resolved *f)
{
	struct resolve_request req;

	req.version = choice->version;
	req.cls = (enum schema_class)choice->cls;
	req.env = env;
	req.profile = choice->profile;
	req.version_named = choice->named;
	req.framework_version = choice->framework_version;
	req.path = choice->path;
	diag_list_init(&f->diags, f->src.name);
	f->resolved = resolve_source(&f->src, options, &req, &f->doc,
	    &f->cfg, &f->diags);
}

bool
cmd_resolve_file(const struct args *args, const char *path,
    const struct cmd_schema_choice *choice, const struct env *env,
    struct cmd_resolved *f)
{
	struct load_options options;
	char *error;

	load_options_init(&options);
	if (source_read(&f->src, path, args_get(args, "stdin-filename"),
	    options.limits.max_file_size, &error) != SOURCE_READ_OK) {
		fprintf(stderr, "targs: %s\n", error);
		free(error);
		source_release(&f->src);
		return false;
	}
	cmd_resolve_read(choice, env, &options, f);
	return true;
}

void
cmd_resolve_again(const struct cmd_resolved *first,
    const struct cmd_schema_choice *choice, const struct env *env,
    struct cmd_resolved *f)
{
	struct load_options options;

	load_options_init(&options);
	source_init_memory(&f->src, first->src.name, first->src.data,
	    first->src.len);
	f->src.too_big = first->src.too_big;
	cmd_resolve_read(choice, env, &options, f);
}

void
cmd_resolved_release(struct cmd_resolved *f)
{
	if (f->resolved)
		config_release(&f->cfg);
	value_doc_release(&f->doc);
	diag_list_release(&f->diags);
	source_release(&f->src);
}
