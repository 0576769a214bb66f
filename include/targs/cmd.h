/*
 * cmd.h: subcommands, registered in one table (cmd_table, in cmd.c), and
 * their parsed arguments. Each subcommand lives in its own cmd-NAME.c and
 * only reads what args.c has already parsed and checked.
 */
#ifndef TARGS_CMD_H
#define TARGS_CMD_H

#include <stdbool.h>
#include <stdio.h>

#include "targs/config.h"
#include "targs/load.h"

/* The exit codes of every command. */
enum cmd_exit {
	CMD_EXIT_OK = 0,        /* clean */
	CMD_EXIT_PROBLEMS = 1,  /* problems found in an input */
	CMD_EXIT_TROUBLE = 2,   /* targs could not do its job */
};

/* What each exit code means, for the overview and the manual page. */
extern const char *const cmd_exit_meanings[];

/* What targs is, in one line: the overview and the manual page say it. */
extern const char cmd_purpose[];

/*
 * What a shell offers to complete a value without choices: an option's
 * value, or a command's operands (completion.c). Tables say it so
 * that the completion scripts are printed from them, not written.
 */
enum cmd_complete {
	CMD_COMPLETE_FILE,      /* a path: what a value is unless said */
	CMD_COMPLETE_NONE,      /* a number or free text: nothing to offer */
	CMD_COMPLETE_RELEASE,   /* a transformers release targs knows */
	CMD_COMPLETE_RELEASE_OR_AUTO, /* the same, or auto */
	CMD_COMPLETE_PARAMETER, /* a parameter name of any release */
	CMD_COMPLETE_EXPLAIN,   /* a parameter name or a diagnostic code */
	CMD_COMPLETE_COMMAND,   /* a targs command */
	CMD_COMPLETE_CODE,      /* a diagnostic code, or ALL */
	CMD_COMPLETE_PROFILE,   /* a profile name, or auto */
};

struct cmd_option {
	const char		*name;        /* long name, without dashes */
	int			 short_name;  /* a letter, or 0 */
	const char		*arg;         /* value placeholder; NULL: a flag */
	const char *const	*choices;     /* allowed values, or NULL: any */
	const char		*def;         /* the default, shown in help */
	const char		*help;
	enum cmd_complete	 complete;    /* without choices: what fits */
};

struct args;

struct cmd_entry {
	const char		*name;
	const char		*summary;     /* one line, for the overview */
	const char		*usage;       /* after "targs NAME " */
	const char		*description; /* paragraphs for help */
	const struct cmd_option	*options;     /* ends with a zeroed row */
	int			 min_args;
	int			 max_args;    /* -1: no limit */
	/* The operands allowed, or NULL: any. */
	const char *const	*operand_choices;
	enum cmd_complete	 operands;    /* without choices: what fits */
	enum cmd_exit		(*exec)(const struct args *args);
};

struct args {
	const struct cmd_entry	*cmd;
	const char		**values;  /* per option: its value, "" for a set
					    * flag, NULL when absent */
	char			**argv;    /* operands */
	int			 argc;
};

extern const struct cmd_entry cmd_check_entry;
extern const struct cmd_entry cmd_completion_entry;
extern const struct cmd_entry cmd_diff_entry;
extern const struct cmd_entry cmd_explain_entry;
extern const struct cmd_entry cmd_help_entry;
extern const struct cmd_entry cmd_plan_entry;
extern const struct cmd_entry cmd_resolve_entry;
extern const struct cmd_entry cmd_schema_entry;
extern const struct cmd_entry cmd_profiles_entry;

/*
 * The options that pick the schema: --transformers and --class. Every
 * command that reads the schema lists them with CMD_SCHEMA_OPTIONS.
 */
extern const char *const cmd_class_choices[];
#define CMD_SCHEMA_OPTIONS \
	{ .name = "transformers", .arg = "VERSION", \
	  .complete = CMD_COMPLETE_RELEASE_OR_AUTO, \
	  .help = "transformers release: X.Y[.Z]; check, resolve and plan " \
	  "also take auto, to infer it from each file (also " \
	  "$TARGS_TRANSFORMERS)", \
	  .def = "the newest known" }, \
	{ .name = "class", .arg = "CLASS", .choices = cmd_class_choices, \
	  .def = "training", \
	  .help = "the dataclass (seq2seq adds Seq2SeqTrainingArguments' fields)" }

/*
 * Who reads the file: --profile, --framework-version and --path, for the
 * commands that read configuration files (docs/profiles.md).
 */
#define CMD_PROFILE_OPTIONS \
	{ .name = "profile", .arg = "NAME", \
	  .complete = CMD_COMPLETE_PROFILE, \
	  .help = "the program that reads the file (targs profiles lists " \
	  "them), or auto", \
	  .def = "detected from the keys" }, \
	{ .name = "framework-version", .arg = "VERSION", \
	  .help = "the release of the profile's framework (TRL, " \
	  "LLaMA-Factory, axolotl)", \
	  .def = "the newest known" }, \
	{ .name = "path", .arg = "KEY[.KEY...]", \
	  .help = "read the parameters from this mapping below the top " \
	  "level", \
	  .def = "training_args, args or training_arguments when one " \
	  "holds them" }

/* The release and class the options (or $TARGS_TRANSFORMERS) pick. */
struct cmd_schema_choice {
	int	version;     /* 0 with auto: infer it from each file */
	bool	automatic;   /* `auto` was asked for */
	bool	named;       /* an option, variable or file named the release */
	int	cls;         /* enum schema_class */
	const struct profile *profile;  /* NULL: detect it */
	int	framework_version;      /* 0: the newest known */
	const char *path;               /* --path, or NULL */
};

/*
 * Reads --profile, --framework-version and --path into choice; on a bad
 * value prints why and returns false.
 */
bool cmd_profile_select(const struct args *args,
    struct cmd_schema_choice *choice);

/*
 * Reads --transformers (else $TARGS_TRANSFORMERS, else the newest) and
 * --class. `auto` is refused unless allow_auto. On a bad value prints why
 * to stderr and returns false.
 */
bool cmd_schema_select(const struct args *args, bool allow_auto,
    struct cmd_schema_choice *choice);

/*
 * Reads a release the user named with from (an option or variable) into
 * *version; when it is none targs knows, prints why and returns false.
 */
bool cmd_release_parse(const struct args *args, const char *from,
    const char *text, bool allow_auto, int *version);

/* --env: the machine the configuration runs on (env.h). */
extern const char *const cmd_env_choices[];
#define CMD_ENV_OPTION \
	{ .name = "env", .arg = "ENV", .choices = cmd_env_choices, \
	  .def = "gpu", .help = "the machine it runs on " \
	  "(docs/environments.md)" }

/* One file read and resolved, for resolve, plan and diff. */
struct cmd_resolved {
	struct source		src;
	struct diag_list	diags;
	struct value_doc	doc;
	struct config		cfg;       /* diagnostics go to diags */
	bool			resolved;  /* cfg holds a configuration */
};

/*
 * Reads path (named by --stdin-filename for '-') and resolves it for
 * choice and env. When it cannot be read, says why on stderr and
 * returns false; otherwise release f with cmd_resolved_release.
 */
bool cmd_resolve_file(const struct args *args, const char *path,
    const struct cmd_schema_choice *choice, const struct env *env,
    struct cmd_resolved *f);
/*
 * Resolves the bytes first has read once more, for another choice (a
 * file read from standard input cannot be read twice).
 */
void cmd_resolve_again(const struct cmd_resolved *first,
    const struct cmd_schema_choice *choice, const struct env *env,
    struct cmd_resolved *f);
void cmd_resolved_release(struct cmd_resolved *f);

/* Every command, ending with NULL. */
extern const struct cmd_entry *const cmd_table[];
/* -h, --help, which every command takes besides its own options. */
extern const struct cmd_option cmd_help_option;
/* The i-th option cmd takes: its own, then -h/--help; NULL past them. */
const struct cmd_option *cmd_option_at(const struct cmd_entry *cmd,
    size_t i);
/* What targs takes instead of a command: --help, --version; ends zeroed. */
extern const struct cmd_option cmd_global_options[];

const struct cmd_entry *cmd_find(const char *name);
/* Says name is no command, suggests the nearest; returns TROUBLE. */
enum cmd_exit cmd_unknown(const char *name);
/* Runs targs with argv as main() gets it; returns the exit code. */
enum cmd_exit cmd_main(int argc, char **argv);

void cmd_print_overview(FILE *out);
void cmd_print_help(FILE *out, const struct cmd_entry *cmd);
/*
 * What `targs explain CODE` prints for a diagnostic code: the code, name,
 * severity and upstream behaviour, the summary, the rules behind it.
 */
void cmd_explain_code(FILE *out, enum diag_id id);
/* "a, b, c": the values of a NULL-ended list, for help and errors. */
void cmd_print_choices(FILE *out, const char *const *choices);

/*
 * Parses argv (argv[0] is the command's name) against cmd's options.
 * Errors (unknown option, missing or bad value, wrong operand count) are
 * printed to err with a suggestion and the usage; then returns
 * CMD_EXIT_TROUBLE. A -h/--help prints help to out and sets *done.
 */
enum cmd_exit args_parse(const struct cmd_entry *cmd, int argc, char **argv,
    struct args *args, bool *done, FILE *out, FILE *err);
void args_release(struct args *args);

/* The value of option name, or NULL when it was not given. */
const char *args_get(const struct args *args, const char *name);
bool args_has(const struct args *args, const char *name);

#endif
