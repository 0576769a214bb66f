/*
 * env.c: the machines targs can assume a configuration runs on; see env.h
 * and docs/environments.md.
 */
#include <stdlib.h>
#include <string.h>

#include "targs/env.h"
#include "targs/version.h"

static const char *const env_no_integrations[] = { NULL };

const struct env env_table[] = {
	{
		.name = "gpu",
		.summary = "a training machine: torch 2.8, accelerate, a "
		    "bf16-capable CUDA GPU, no logging integration installed",
		.torch = true, .torch_version = TV(2, 8), .accelerate = true,
		.cuda = true, .bf16_gpu = true, .tf32 = true,
		.integrations = env_no_integrations,
	},
	{
		.name = "cpu",
		.summary = "torch 2.8 and accelerate without a GPU, no logging "
		    "integration installed",
		.torch = true, .torch_version = TV(2, 8), .accelerate = true,
		.integrations = env_no_integrations,
	},
	{
		.name = "bare",
		.summary = "transformers alone: no torch, no accelerate, no "
		    "GPU, no integration, HOME=/home/user (the conformance "
		    "data's environment)",
		.home = "/home/user",
		.integrations = env_no_integrations,
	},
	{ .name = NULL },
};

const struct env *
env_find(const char *name)
{
	const struct env *e;

	for (e = env_table; e->name != NULL; e++)
		if (strcmp(e->name, name) == 0)
			return e;
	return NULL;
}

const char *
env_home(const struct env *env)
{
	const char *home;

	if (env->home != NULL)
		return env->home;
	home = getenv("HOME");
	return home != NULL && *home != '\0' ? home : "/root";
}
