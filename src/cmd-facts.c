/*
 * cmd-facts.c: the dataset and launch options of plan and diff, and the
 * amounts with units they take.
 */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "targs/cmd-facts.h"

struct cmd_unit {
	const char	*suffix;
	double		 factor;
};

/* Counts: 50k, 1.2M, 7B; sizes add bytes: 500MB, 14GiB. */
static const struct cmd_unit cmd_count_units[] = {
	{ "", 1 }, { "k", 1e3 }, { "K", 1e3 }, { "M", 1e6 }, { "B", 1e9 },
	{ "G", 1e9 }, { "T", 1e12 }, { NULL, 0 },
};
static const struct cmd_unit cmd_size_units[] = {
	{ "", 1 }, { "B", 1 }, { "kB", 1e3 }, { "KB", 1e3 }, { "MB", 1e6 },
	{ "GB", 1e9 }, { "TB", 1e12 }, { "KiB", 1024.0 },
	{ "MiB", 1048576.0 }, { "GiB", 1073741824.0 },
	{ "TiB", 1099511627776.0 }, { NULL, 0 },
};

/* A number with one of units' suffixes; false when it is none. */
static bool
cmd_amount(const char *text, const struct cmd_unit *units, double *out)
{
	char *end;
	double x;
	size_t i;

	if (text == NULL || !isdigit((unsigned char)text[0]))
		return false;
	errno = 0;
	x = strtod(text, &end);
	if (errno != 0 || !isfinite(x))
		return false;
	for (i = 0; units[i].suffix != NULL; i++)
		if (strcmp(end, units[i].suffix) == 0) {
			*out = x * units[i].factor;
			return *out < 9e15;
		}
	return false;
}

bool
cmd_amount_count(const char *text, double *out)
{
	return cmd_amount(text, cmd_count_units, out);
}

bool
cmd_amount_size(const char *text, double *out)
{
	return cmd_amount(text, cmd_size_units, out);
}

/* A whole count of at least min from option name, or its default. */
static bool
cmd_count_option(const struct args *args, const char *name, int64_t min,
    int64_t def, int64_t *out)
{
	const char *text = args_get(args, name);
	double x;

	if (text == NULL) {
		*out = def;
		return true;
	}
	if (!cmd_amount_count(text, &x) || x != floor(x) || x < (double)min) {
		fprintf(stderr, "targs %s: --%s: '%s' is not a whole number "
		    "of at least %lld (such as 10000, 50k or 1.2M)\n",
		    args->cmd->name, name, text, (long long)min);
		return false;
	}
	*out = (int64_t)x;
	return true;
}

bool
cmd_plan_facts(const struct args *args, bool required,
    struct plan_facts *facts, bool *wanted)
{
	int given = args_has(args, "train-samples") +
	    args_has(args, "steps-per-epoch") + args_has(args, "no-length");

	memset(facts, 0, sizeof *facts);
	*wanted = given > 0;
	if (given > 1 || (given == 0 && required)) {
		fprintf(stderr, "targs %s: give %s one of --train-samples N, "
		    "--steps-per-epoch K and --no-length\n", args->cmd->name,
		    required ? "exactly" : "at most");
		return false;
	}
	facts->has_length = !args_has(args, "no-length");
	return cmd_count_option(args, "train-samples", 0, 0,
	    &facts->train_samples) && cmd_count_option(args,
	    "steps-per-epoch", 1, 0, &facts->steps_per_epoch) &&
	    cmd_count_option(args, "world-size", 1, 1, &facts->world_size) &&
	    cmd_count_option(args, "n-gpu", 0, 1, &facts->n_gpu);
}
