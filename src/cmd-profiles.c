/*
 * cmd-profiles.c: `targs profiles [NAME]`: the programs targs knows that
 * read configuration files, from the profile tables: one line each, or
 * one profile in full (its loader, key sets, changed defaults, releases).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "targs/cmd.h"
#include "targs/profile.h"

static const char *const cmd_profiles_typing[] = {
	[PROFILE_TYPING_PLAIN] = "yaml.safe_load / json.loads, values as "
	    "loaded",
	[PROFILE_TYPING_ARGPARSE] = "yaml.safe_load, then argparse converts "
	    "str values through each field's type",
	[PROFILE_TYPING_OMEGACONF] = "OmegaConf's YAML loader (1e-4 is a "
	    "float), values as loaded",
	[PROFILE_TYPING_PYDANTIC] = "yaml.safe_load, then pydantic's lax "
	    "conversion of each field",
};

static const struct cmd_option cmd_profiles_options[] = {
	{ 0 },
};

/* "TRL 0.14.0-1.9.0", or the plain profiles' transformers. */
static void
cmd_profiles_releases(const struct profile *p, char *buf, size_t len)
{
	char first[FV_TEXT_MAX], last[FV_TEXT_MAX];

	if (p->fw == NULL || p->fw->releases[1] == 0) {
		snprintf(buf, len, "%s", p->fw == NULL ? "transformers" :
		    p->fw->title);
		return;
	}
	profile_version_format(p->fw->releases[0], first);
	profile_version_format(profile_newest(p->fw), last);
	if (strcmp(first, last) == 0)
		snprintf(buf, len, "%s %s", p->fw->title, last);
	else
		snprintf(buf, len, "%s %s-%s", p->fw->title, first, last);
}

static void
cmd_profiles_list(void)
{
	const struct profile *const *p;
	char releases[64];

	printf("%-24s %-27s %s\n", "PROFILE", "CLASS", "RELEASES");
	for (p = profile_list(); *p != NULL; p++) {
		cmd_profiles_releases(*p, releases, sizeof releases);
		printf("%-24s %-27s %s%s\n", (*p)->name, (*p)->class_name,
		    releases, (*p)->manual ? " (by name only)" : "");
	}
}

static size_t
cmd_profiles_count(const struct profile_key *k)
{
	size_t n = 0;

	for (; k->name != NULL; k++)
		n++;
	return n;
}

static void
cmd_profiles_show(const struct profile *p)
{
	const struct profile_default *d;
	char releases[64], version[FV_TEXT_MAX];
	size_t i;

	cmd_profiles_releases(p, releases, sizeof releases);
	printf("profile      %s\n", p->name);
	printf("reads        %s\n", p->doc);
	printf("class        %s\n", p->class_name);
	printf("releases     %s\n", releases);
	if (p->fw == NULL) {
		printf("loader       %s\n",
		    cmd_profiles_typing[PROFILE_TYPING_PLAIN]);
		printf("unknown keys raise ValueError\n");
		return;
	}
	if (p->framework_default != 0)
		printf("checked with %s %s unless --framework-version says "
		    "otherwise\n", p->fw->title,
		    profile_version_format(p->framework_default, version));
	printf("loader       %s\n", cmd_profiles_typing[p->fw->typing]);
	printf("unknown keys %s\n", p->fw->unknown_says);
	printf("source       %s\n", p->fw->repo);
	printf("keys beside TrainingArguments:\n");
	for (i = 0; p->sets != NULL && p->sets[i] != NULL; i++)
		printf("  %-44s %4zu keys  %s%s%s\n", p->sets[i]->name,
		    cmd_profiles_count(p->sets[i]->keys), p->sets[i]->source,
		    p->sets[i]->owner != NULL ? ", " : "",
		    p->sets[i]->owner != NULL ? p->sets[i]->owner : "");
	if (p->defaults == NULL || p->defaults->field == NULL)
		return;
	printf("TrainingArguments defaults it changes:\n");
	for (d = p->defaults; d->field != NULL; d++) {
		printf("  %-30s %s", d->field, d->value);
		if (d->since != 0)
			printf("  from %s", profile_version_format(d->since,
			    version));
		if (d->removed != 0)
			printf("  until %s", profile_version_format(
			    d->removed, version));
		putchar('\n');
	}
}

static enum cmd_exit
cmd_profiles_exec(const struct args *args)
{
	const struct profile *p;

	if (args->argc == 0) {
		cmd_profiles_list();
		return CMD_EXIT_OK;
	}
	if ((p = profile_find(args->argv[0])) == NULL) {
		fprintf(stderr, "targs profiles: no profile '%s' (targs "
		    "profiles lists them)\n", args->argv[0]);
		return CMD_EXIT_TROUBLE;
	}
	cmd_profiles_show(p);
	return CMD_EXIT_OK;
}

const struct cmd_entry cmd_profiles_entry = {
	.name = "profiles",
	.summary = "list the programs whose config files targs checks",
	.usage = "[NAME]",
	.description =
	    "List the profiles: each program that reads training\n"
	    "configuration files (plain HfArgumentParser, the transformers\n"
	    "example scripts, TRL's trainers and the recipes built on them,\n"
	    "LLaMA-Factory, axolotl), with the framework releases targs knows\n"
	    "and the TrainingArguments class it builds. With NAME, show one:\n"
	    "how it loads a file, what it does with an unknown key, its keys\n"
	    "beside TrainingArguments and the defaults it changes. check,\n"
	    "resolve, plan and diff take --profile NAME; without it the\n"
	    "profile is detected from the keys (docs/profiles.md).",
	.options = cmd_profiles_options,
	.min_args = 0,
	.max_args = 1,
	.operands = CMD_COMPLETE_PROFILE,
	.exec = cmd_profiles_exec,
};
