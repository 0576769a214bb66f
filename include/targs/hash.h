/*
 * hash.h: the string hash of targs's fixed lookup tables (FNV-1a): the
 * schema's rows and a release's fields by name. Only the table's own
 * names are ever inserted; a file's keys are only looked up.
 */
#ifndef TARGS_HASH_H
#define TARGS_HASH_H

#include <stddef.h>
#include <stdint.h>

uint32_t hash_string(const char *s);

#endif
