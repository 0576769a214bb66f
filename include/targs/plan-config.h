/*
 * plan-config.h: what plan needs from a resolved config and from the
 * command line (the dataset and the launch), and the warnings a plan
 * gives before the GPUs start.
 */
#ifndef TARGS_PLAN_CONFIG_H
#define TARGS_PLAN_CONFIG_H

#include <stdbool.h>
#include <stdint.h>

#include "targs/config.h"
#include "targs/plan.h"

/* The run's facts the config does not hold. */
struct plan_facts {
	bool		 has_length;
	int64_t		 train_samples;
	int64_t		 steps_per_epoch;  /* batches per epoch, 0: from N */
	int64_t		 world_size;
	int64_t		 n_gpu;
};

/* Fills in; false with *error (caller frees) on a value not a number. */
bool plan_config_input(struct config *cfg, const struct plan_facts *facts,
    struct plan_input *in, char **error);
/* lr_scheduler_type, lr_scheduler_kwargs and learning_rate. */
bool plan_config_schedule(struct config *cfg, const char **name,
    const struct pyval **kwargs, double *lr, char **error);

/*
 * The whole plan of cfg: its input, plan_compute and the warnings. When
 * the Trainer could not start, adds TA512 to cfg->diags and returns
 * false. Release plan with plan_release either way.
 */
bool plan_config_run(struct config *cfg, const struct plan_facts *facts,
    struct plan_input *in, struct plan *plan);

/*
 * Adds the plan's warnings (TA501-TA512) to cfg->diags, each at the
 * parameter it is about.
 */
void plan_warn(struct config *cfg, const struct plan_input *in,
    const struct plan *plan);

#endif
