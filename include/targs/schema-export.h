/*
 * schema-export.h: the schema table of one release written out: as JSON
 * for scripts, as a JSON Schema (draft 2020-12) for editors, and as
 * Markdown for people (docs/parameters.md is this output).
 */
#ifndef TARGS_SCHEMA_EXPORT_H
#define TARGS_SCHEMA_EXPORT_H

#include <stdio.h>

#include "targs/schema.h"

/* Both return a NUL-terminated document the caller frees. */
char *schema_export_json(int version, enum schema_class cls);
char *schema_export_json_schema(int version, enum schema_class cls);

void schema_export_markdown(FILE *out, int version, enum schema_class cls);

#endif
