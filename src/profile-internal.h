/*
 * profile-internal.h: the tables the profile files share: TRL's key sets
 * and defaults, which the profiles of projects built on TRL reuse
 * (profile-trl-recipes.c), and every file's profiles for profile.c.
 */
#ifndef TARGS_PROFILE_INTERNAL_H
#define TARGS_PROFILE_INTERNAL_H

#include "targs/profile.h"

extern const struct profile_framework profile_trl_framework;
extern const struct profile_keyset trl_set_sft, trl_set_dpo, trl_set_grpo,
    trl_set_orpo, trl_set_script, trl_set_script_grpo, trl_set_model,
    trl_set_mixture, trl_set_launch;
extern const struct profile_default trl_defaults_sft[], trl_defaults_dpo[],
    trl_defaults_grpo[], trl_defaults_orpo[];

extern const struct profile *const profile_trl_table[];
extern const struct profile *const profile_trl_recipe_table[];
extern const struct profile profile_llamafactory, profile_llamafactory_v1;
extern const struct profile profile_axolotl;
extern const struct profile profile_hf_examples, profile_hf_examples_seq2seq;

#endif
