/*
 * env.h: the machine a configuration will run on, as far as
 * TrainingArguments' own code asks about it.
 *
 * A few rules of __post_init__ and a few defaults depend on what is
 * installed (torch and its version, accelerate, logging integrations) and
 * on the hardware (a bf16-capable GPU). targs cannot look at the training
 * machine, so --env names a preset; docs/environments.md says what each
 * one assumes. "bare" is exactly the environment the conformance data was
 * produced in.
 */
#ifndef TARGS_ENV_H
#define TARGS_ENV_H

#include <stdbool.h>

struct env {
	const char	*name;
	const char	*summary;
	bool		 torch;        /* PyTorch is installed */
	int		 torch_version;/* TV(major, minor) of it */
	bool		 accelerate;   /* accelerate is installed */
	bool		 cuda;         /* a CUDA GPU is visible */
	bool		 bf16_gpu;     /* ... with bf16 (Ampere or newer) */
	bool		 tf32;         /* ... and has TF32 */
	const char	*home;         /* what ~ expands to; NULL: $HOME */
	const char *const *integrations; /* report_to: all installs these */
};

extern const struct env env_table[];  /* ends with a NULL name */
#define ENV_DEFAULT "gpu"

/* The preset named name, or NULL. */
const struct env *env_find(const char *name);
/* The home directory ~ expands to under env. */
const char *env_home(const struct env *env);

#endif
