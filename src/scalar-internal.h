/*
 * scalar-internal.h: the helpers scalar.c (typing) and scalar-key.c (dict
 * keys) share. Not part of the core's interface.
 */
#ifndef TARGS_SCALAR_INTERNAL_H
#define TARGS_SCALAR_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

/* A copy of s with PyYAML's replace('_', ''); caller frees. */
char *scalar_copy_without_underscores(const char *s, size_t len,
    size_t *out_len);
/* White space as Python's str.strip() takes it (the ASCII part). */
bool scalar_is_py_space(char c);
/* The value of a digit in bases up to 36; 99 for anything else. */
int scalar_digit_value(char c);
/*
 * Where Python's int(s, base) finds its digits in s[0..len): white space
 * around stripped, a sign (*negative), for base 2, 8 or 16 an optional
 * 0b/0o/0x prefix. Used by construction and again by the dict key.
 */
void scalar_py_int_digits(const char *s, size_t len, int base,
    size_t *start, size_t *end, bool *negative);
int scalar_days_in_month(int year, int month);

#endif
