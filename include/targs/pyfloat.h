/*
 * pyfloat.h: floats written as Python's repr() writes them.
 *
 * Resolved values must read as TrainingArguments.to_json_string() prints
 * them: the shortest text that reads back to the same double, "5e-05",
 * "3.0", "1e+16", "inf", "nan".
 */
#ifndef TARGS_PYFLOAT_H
#define TARGS_PYFLOAT_H

/* Enough for any double's repr, with its NUL. */
#define PYFLOAT_BUFSIZE 32

/* Writes repr(x) into buf (PYFLOAT_BUFSIZE bytes) and returns buf. */
char *pyfloat_repr(double x, char *buf);

#endif
