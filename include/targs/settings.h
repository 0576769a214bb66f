/*
 * settings.h: what a run is set to, and where each setting came from.
 *
 * Precedence, highest first: the command line; $TARGS_TRANSFORMERS (for
 * the release only); the project configuration file; the built-in
 * defaults. The configuration file is --config FILE, or else the nearest
 * .targs.yaml found going up from each checked file's directory, stopping
 * at the top of a git work tree (the directory holding .git) or at /.
 * --isolated reads none. docs/configuration.md has the format.
 */
#ifndef TARGS_SETTINGS_H
#define TARGS_SETTINGS_H

#include <stdbool.h>
#include <stdio.h>

#include "targs/cmd.h"
#include "targs/env.h"
#include "targs/rule-select.h"

#define SETTINGS_FILE_NAME ".targs.yaml"

struct settings_file;

/* Where a setting's value came from. */
struct settings_origin {
	const char	*what;   /* "default", "--env", "$TARGS_TRANSFORMERS", */
	                         /* or a configuration file's path */
	unsigned	 line;   /* in that file, or 0 */
	unsigned	 column;
};

struct settings {
	const struct settings_file	*file;  /* NULL: none in force */
	struct cmd_schema_choice	 choice;
	struct settings_origin		 version_from, class_from;
	struct settings_origin		 profile_from;
	const struct env		*env;
	struct settings_origin		 env_from;
	struct rule_selection		 rules;
	bool				 warn_as_error;
	struct settings_origin		 warn_from;
	bool				 report_unused;
	struct settings_origin		 unused_from;
};

/* The configuration files read in one run, each read once. */
struct settings_cache {
	/* directory -> the file in force there: every directory passed */
	struct settings_dir	**dirs;    /* owned, in the order found */
	size_t			 dir_count, dir_cap;
	void			*dir_tree; /* tsearch(3) over dirs, by name */
	struct settings_file	**files;
	size_t			 file_count;
	bool			 config_bad;  /* --config FILE was refused */
	/* the directory part of the last path asked about, and its answer */
	char			*last_dir;
	struct settings_file	*last_file;
	bool			 last_bad;
};

/* --config FILE and --isolated, for every command that reads files. */
#define SETTINGS_OPTIONS \
	{ .name = "show-settings", \
	  .help = "print the settings in force for the (first) FILE, and " \
	  "where each came from, and do nothing else" }, \
	{ .name = "config", .arg = "FILE", \
	  .help = "read settings from FILE instead of the nearest " \
	  SETTINGS_FILE_NAME }, \
	{ .name = "isolated", \
	  .help = "read no configuration file" }

void settings_cache_init(struct settings_cache *cache);
void settings_cache_release(struct settings_cache *cache);

/*
 * The settings for checking path ("-": standard input, placed by
 * --stdin-filename or else in the working directory). allow_auto as for
 * cmd_schema_select. On a problem (an unreadable or invalid
 * configuration file, a bad option value) says why on stderr and returns
 * false.
 */
bool settings_for(const struct args *args, struct settings_cache *cache,
    const char *path, bool allow_auto, struct settings *out);

/*
 * Checks --select and --ignore once, before any file; says why and
 * returns false when one names no code.
 */
bool settings_check_options(const struct args *args);

/*
 * For the commands that read one file (resolve, plan): the release,
 * class and machine in force for path.
 */
bool settings_choice_for(const struct args *args, const char *path,
    bool allow_auto, struct cmd_schema_choice *choice,
    const struct env **env);

/* --show-settings: prints the settings for path; TROUBLE on a bad one. */
enum cmd_exit settings_show(const struct args *args, const char *path,
    FILE *out);

/* Prints out's settings, one a line, with their origins. */
void settings_print(FILE *out, const char *path, const struct settings *s,
    const struct args *args);

#endif
