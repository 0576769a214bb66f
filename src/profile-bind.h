/*
 * profile-bind.h: what bind.c asks of the profile in force
 * (profile-bind.c). Internal to the two.
 */
#ifndef TARGS_PROFILE_BIND_H
#define TARGS_PROFILE_BIND_H

#include <stdbool.h>

#include "targs/config.h"

/* Appends a step to slot's chain (bind.c). */
void config_push_step(struct config *cfg, struct config_slot *slot,
    struct pyval *value, enum config_origin origin, const char *code,
    const char *why);

/*
 * A default from a table's JSON text (a literal, or a list or dict
 * json.loads reads), in cfg's arena (bind.c).
 */
struct pyval *config_value_of_json(struct config *cfg, const char *json);

/*
 * The name of names a key is a near-miss of (close for its length, or a
 * cut-off name), or NULL (bind.c).
 */
const char *config_near_key(const char *word, const char *const *names);

/* The TrainingArguments defaults the profile's class changes. */
void profile_bind_defaults(struct config *cfg);
/*
 * The profile's loader applied to a field's value from the file (a new
 * step when it converts it). False when the loader refuses the value,
 * which is then reported.
 */
bool profile_bind_convert(struct config *cfg, struct config_slot *slot);
/*
 * key (no field of the release) as a key of the profile: true when it
 * is one, its type and release then checked.
 */
bool profile_bind_key(struct config *cfg, const struct value *key,
    const struct value *value);
/*
 * Finishes d, the report of an unknown key, for the framework: who
 * raises, did-you-mean over its keys too, what it does with the key.
 * False for the plain profiles, whose report bind.c finishes itself.
 */
bool profile_bind_unknown(struct config *cfg, const struct value *key,
    struct diag *d);

#endif
