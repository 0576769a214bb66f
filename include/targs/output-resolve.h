/*
 * output-resolve.h: the writers of `targs resolve`.
 */
#ifndef TARGS_OUTPUT_RESOLVE_H
#define TARGS_OUTPUT_RESOLVE_H

#include <stdbool.h>
#include <stdio.h>

#include "targs/config.h"

/* to_dict() as json.dumps(indent=2) writes it; caller frees. */
char *output_resolve_json(const struct config *cfg);
/* name, value and origin per parameter, aligned; file names positions. */
void output_resolve_text(FILE *out, const struct config *cfg,
    const char *file, bool changed_only, bool color);
/* The chain of values of name; false when the release has no such field. */
bool output_resolve_why(FILE *out, const struct config *cfg,
    const char *file, const char *name);
/* YAML that PyYAML loads back to the same values. */
bool output_resolve_yaml(FILE *out, const struct config *cfg,
    bool changed_only);

#endif
