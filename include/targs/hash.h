/*
 * hash.h: the one string hash targs's lookup tables share (FNV-1a):
 * field names by name, and dict keys while a mapping is built.
 */
#ifndef TARGS_HASH_H
#define TARGS_HASH_H

#include <stddef.h>
#include <stdint.h>

uint32_t hash_bytes(const char *s, size_t len);
uint32_t hash_string(const char *s);

#endif
