/*
 * args.c: the one place options are parsed, for every command, with
 * getopt_long. Commands declare options in their cmd_entry; here they are
 * matched and checked against their choices, operands are counted and
 * checked against theirs, and mistakes get a "did you mean" and the usage
 * line.
 */
#define _GNU_SOURCE /* getopt_long */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "targs/cmd.h"
#include "targs/suggest.h"
#include "targs/xalloc.h"

enum {
	ARGS_HELP = 256,       /* getopt_long's value for --help */
	ARGS_OPTION_BASE = 512 /* + index for long options without a letter */
};

static size_t
args_option_count(const struct cmd_entry *cmd)
{
	size_t n = 0;

	while (cmd->options[n].name != NULL)
		n++;
	return n;
}

static void
args_usage_line(FILE *err, const struct cmd_entry *cmd)
{
	fprintf(err, "usage: targs %s %s\n", cmd->name, cmd->usage);
}

/* Suggests the nearest long option to a mistyped "--name[=value]". */
static void
args_suggest_option(FILE *err, const struct cmd_entry *cmd, const char *arg)
{
	size_t n = args_option_count(cmd), i, len;
	const char **names = xcalloc(n + 2, sizeof *names);
	const char *best;
	char *word;

	for (i = 0; i < n; i++)
		names[i] = cmd->options[i].name;
	names[n] = "help";
	len = strcspn(arg + 2, "=");
	word = xstrndup(arg + 2, len);
	best = suggest_nearest(word, names);
	if (best != NULL)
		fprintf(err, "did you mean '--%s'?\n", best);
	free(word);
	free(names);
}

static bool
args_is_choice(const char *const *choices, const char *value)
{
	const char *const *c;

	for (c = choices; *c != NULL; c++)
		if (strcmp(*c, value) == 0)
			return true;
	return false;
}

/* Ends the message that value is not allowed: what is, and the nearest. */
static void
args_expected(FILE *err, const char *const *choices, const char *value)
{
	fputs(": expected one of ", err);
	cmd_print_choices(err, choices);
	fputc('\n', err);
	suggest_print(err, value, choices);
}

static int
args_check_choice(const struct cmd_entry *cmd, const struct cmd_option *opt,
    const char *value, FILE *err)
{
	if (opt->choices == NULL || args_is_choice(opt->choices, value))
		return 0;
	fprintf(err, "targs %s: invalid value '%s' for '--%s'", cmd->name,
	    value, opt->name);
	args_expected(err, opt->choices, value);
	return -1;
}

static void
args_build_getopt(const struct cmd_entry *cmd, struct option *longopts,
    char *shortopts)
{
	size_t n = args_option_count(cmd), i, s = 0;
	const struct cmd_option *o;

	shortopts[s++] = ':'; /* report a missing value as ':' */
	shortopts[s++] = 'h';
	for (i = 0; i < n; i++) {
		o = &cmd->options[i];
		longopts[i].name = o->name;
		longopts[i].has_arg = o->arg ? required_argument : no_argument;
		longopts[i].flag = NULL;
		longopts[i].val = o->short_name ? o->short_name :
		    ARGS_OPTION_BASE + (int)i;
		if (o->short_name) {
			shortopts[s++] = (char)o->short_name;
			if (o->arg)
				shortopts[s++] = ':';
		}
	}
	longopts[n] = (struct option){ "help", no_argument, NULL, ARGS_HELP };
	longopts[n + 1] = (struct option){ NULL, 0, NULL, 0 };
	shortopts[s] = '\0';
}

/* The index of the option getopt_long returned c for, or -1. */
static int
args_index_of(const struct cmd_entry *cmd, int c)
{
	size_t n = args_option_count(cmd), i;

	if (c >= ARGS_OPTION_BASE)
		return c - ARGS_OPTION_BASE;
	for (i = 0; i < n; i++)
		if (cmd->options[i].short_name == c)
			return (int)i;
	return -1;
}

static enum cmd_exit
args_fail(const struct cmd_entry *cmd, FILE *err)
{
	args_usage_line(err, cmd);
	return CMD_EXIT_TROUBLE;
}

/*
 * Whether getopt_long's error is about the long option arg: argv[optind-1]
 * may be an earlier element while a bundle of short options is read, so
 * the option arg names must be the one optopt stands for (getopt_long
 * sets optopt to 0 for an unknown long option, else to the option's val).
 */
static bool
args_error_is_long(const struct cmd_entry *cmd, const char *arg)
{
	size_t len = strcspn(arg + 2, "="), i;
	const struct cmd_option *o;

	if (strncmp(arg, "--", 2) != 0 || len == 0)
		return false;
	if (optopt == 0)
		return true;
	if (optopt == ARGS_HELP)
		return strncmp(arg + 2, "help", len) == 0;
	for (i = 0; cmd->options[i].name != NULL; i++) {
		o = &cmd->options[i];
		if (strncmp(o->name, arg + 2, len) == 0 && (o->short_name ?
		    o->short_name : ARGS_OPTION_BASE + (int)i) == optopt)
			return true;
	}
	return false;
}

static enum cmd_exit
args_bad_option(const struct cmd_entry *cmd, char **argv, int c, FILE *err)
{
	const char *arg = argv[optind - 1];
	int name = (int)strcspn(arg, "=");

	if (!args_error_is_long(cmd, arg)) {
		fprintf(err, c == ':' ? "targs %s: option '-%c' needs a value\n" :
		    "targs %s: unknown option '-%c'\n", cmd->name, optopt);
		return args_fail(cmd, err);
	}
	if (c == ':')
		fprintf(err, "targs %s: option '%s' needs a value\n", cmd->name,
		    arg);
	else if (optopt != 0)
		fprintf(err, "targs %s: option '%.*s' takes no value\n",
		    cmd->name, name, arg);
	else {
		fprintf(err, "targs %s: unknown option '%.*s'\n", cmd->name,
		    name, arg);
		args_suggest_option(err, cmd, arg);
	}
	return args_fail(cmd, err);
}

static enum cmd_exit
args_check_operands(const struct cmd_entry *cmd, const struct args *args,
    FILE *err)
{
	int i;

	if (args->argc < cmd->min_args) {
		fprintf(err, "targs %s: %s\n", cmd->name, cmd->min_args == 1 ?
		    "expected an operand" : "expected more operands");
		return args_fail(cmd, err);
	}
	if (cmd->max_args >= 0 && args->argc > cmd->max_args) {
		fprintf(err, "targs %s: unexpected operand '%s'\n", cmd->name,
		    args->argv[cmd->max_args]);
		return args_fail(cmd, err);
	}
	for (i = 0; cmd->operand_choices != NULL && i < args->argc; i++) {
		if (args_is_choice(cmd->operand_choices, args->argv[i]))
			continue;
		fprintf(err, "targs %s: invalid operand '%s'", cmd->name,
		    args->argv[i]);
		args_expected(err, cmd->operand_choices, args->argv[i]);
		return args_fail(cmd, err);
	}
	return CMD_EXIT_OK;
}

enum cmd_exit
args_parse(const struct cmd_entry *cmd, int argc, char **argv,
    struct args *args, bool *done, FILE *out, FILE *err)
{
	size_t n = args_option_count(cmd);
	struct option *longopts = xcalloc(n + 2, sizeof *longopts);
	char *shortopts = xmalloc(3 * n + 4);
	enum cmd_exit result = CMD_EXIT_OK;
	int c, index;

	memset(args, 0, sizeof *args);
	args->cmd = cmd;
	args->values = xcalloc(n + 1, sizeof *args->values);
	*done = false;
	args_build_getopt(cmd, longopts, shortopts);
	optind = 0; /* GNU: start afresh, also when called again */
	opterr = 0;
	while (result == CMD_EXIT_OK &&
	    (c = getopt_long(argc, argv, shortopts, longopts, NULL)) != -1) {
		if (c == 'h' || c == ARGS_HELP) {
			cmd_print_help(out, cmd);
			*done = true;
			break;
		}
		index = args_index_of(cmd, c);
		if (c == '?' || c == ':' || index < 0) {
			result = args_bad_option(cmd, argv, c, err);
			break;
		}
		args->values[index] = cmd->options[index].arg ? optarg : "";
		if (optarg != NULL && cmd->options[index].arg &&
		    args_check_choice(cmd, &cmd->options[index], optarg, err) < 0)
			result = args_fail(cmd, err);
	}
	if (result == CMD_EXIT_OK && !*done) {
		args->argv = argv + optind;
		args->argc = argc - optind;
		result = args_check_operands(cmd, args, err);
	}
	free(longopts);
	free(shortopts);
	return result;
}

void
args_release(struct args *args)
{
	free(args->values);
	memset(args, 0, sizeof *args);
}

const char *
args_get(const struct args *args, const char *name)
{
	size_t i;

	for (i = 0; args->cmd->options[i].name != NULL; i++)
		if (strcmp(args->cmd->options[i].name, name) == 0)
			return args->values[i];
	return NULL;
}

bool
args_has(const struct args *args, const char *name)
{
	return args_get(args, name) != NULL;
}
