/*
 * helpers.h: what several unit tests share: cmocka's includes in the
 * order old cmocka releases need, and loading a string as a file.
 */
#ifndef TARGS_TEST_HELPERS_H
#define TARGS_TEST_HELPERS_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdbool.h>

#include "targs/diag.h"
#include "targs/load.h"
#include "targs/source.h"
#include "targs/value.h"

/* A loaded string: the source, its diagnostics and the tree. */
struct loaded {
	struct source		src;
	struct diag_list	diags;
	struct value_doc	doc;
	bool			ok;       /* load_source's result */
};

/* Loads len bytes named name (the extension picks the format). */
void loaded_init(struct loaded *l, const char *name, const char *data,
    size_t len, const struct load_options *options);
/* Loads a NUL-terminated YAML string with the default options. */
void loaded_yaml(struct loaded *l, const char *text);
void loaded_json(struct loaded *l, const char *text);
void loaded_release(struct loaded *l);

/* The first diagnostic with this id, or NULL. */
const struct diag *loaded_find(const struct loaded *l, enum diag_id id);

/* A position, for building diagnostics by hand. */
struct source_pos at(uint32_t line, uint32_t column);

/* Reads a whole file; caller frees. NULL when it cannot. */
char *read_file(const char *path, size_t *len);



#include "targs/scalar.h"

/*
 * The oracle's name for a scalar's type ("null", "int", ...) and its value
 * as tests/data/README.md writes it (caller frees *value). Ints that do
 * not fit int64_t are written "BIG".
 */
void canon_scalar(const struct scalar *s, const char **type, char **value);
#endif
