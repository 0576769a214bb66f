/*
 * output-resolve.h: the writers of `targs resolve`.
 */
#ifndef TARGS_OUTPUT_RESOLVE_H
#define TARGS_OUTPUT_RESOLVE_H

#include <stdbool.h>
#include <stdio.h>

#include "targs/config.h"

struct cJSON;

/* to_dict() as json.dumps(indent=2) writes it; caller frees. */
char *output_resolve_json(const struct config *cfg);
/* name, value and origin per parameter, aligned; file names positions. */
void output_resolve_text(FILE *out, const struct config *cfg,
    const char *file, bool changed_only, bool color);
/* The chain of values of name; false when the release has no such field. */
bool output_resolve_why(FILE *out, const struct config *cfg,
    const char *file, const char *name);
/* A value as one line of JSON, as resolve writes it; caller frees. */
char *output_resolve_pyval_text(const struct pyval *v);
/* A slot's value as one line of JSON, tokens masked; caller frees. */
char *output_resolve_value(const struct config_slot *slot);
/* The same for one step of its chain. */
char *output_resolve_step_value(const struct config_slot *slot,
    const struct config_step *step);
/* A step's value as a cJSON item, as to_dict() writes it. */
struct cJSON *output_resolve_value_json(const struct config_slot *slot,
    const struct config_step *step);
/*
 * Where step of slot's chain came from: "default", "default on --env
 * gpu", "file:line:col", or "CODE rule-name". Caller frees.
 */
char *output_resolve_origin(const struct config *cfg,
    const struct config_slot *slot, const struct config_step *step,
    const char *file);
/* YAML that PyYAML loads back to the same values. */
bool output_resolve_yaml(FILE *out, const struct config *cfg,
    bool changed_only);

#endif
