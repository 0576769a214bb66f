/*
 * profile-rules.h: what a profile does to a bound config beyond the
 * tables: the framework's steps before upstream's __post_init__ (TRL's
 * bf16 default, axolotl's computed fields) and its own checks after it
 * (profile-rules-*.c, one small function per rule, each with a TA7xx
 * code). Included by the profile tables, which point at these.
 */
#ifndef TARGS_PROFILE_RULES_H
#define TARGS_PROFILE_RULES_H

#include "targs/config.h"
#include "targs/profile.h"

void profile_trl_prepare(struct config *cfg);
void profile_trl_rules(struct config *cfg);
void profile_llamafactory_prepare(struct config *cfg);
void profile_llamafactory_rules(struct config *cfg);
void profile_llamafactory_v1_rules(struct config *cfg);
void profile_axolotl_prepare(struct config *cfg);

/* Helpers the rules share (profile-bind.c). */

/* The file's value of a framework key (top level), or NULL. */
const struct value *profile_file_value(const struct config *cfg,
    const char *key);
/* That value as Python holds it after the profile's typing, or NULL. */
struct pyval *profile_file_pyval(struct config *cfg, const char *key);

#endif
