/*
 * pyfloat.c: Python's float repr (see pyfloat.h). The shortest round-trip
 * digits come from the C library (the first precision whose %e text reads
 * back equal); the layout is Python's float_repr_style 'short': positional
 * for decimal exponents from -4 to 15, scientific with at least two
 * exponent digits otherwise, and ".0" on integral values.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "targs/pyfloat.h"

/* Shortest digits (no dot) and the decimal exponent of x > 0. */
static void
pyfloat_digits(double x, char *digits, int *exponent)
{
	char text[40], *e;
	int precision, n = 0;
	const char *p;

	for (precision = 1; precision <= 17; precision++) {
		snprintf(text, sizeof text, "%.*e", precision - 1, x);
		if (strtod(text, NULL) == x)
			break;
	}
	e = strchr(text, 'e');
	*exponent = atoi(e + 1);
	for (p = text; p < e; p++)
		if (*p != '.')
			digits[n++] = *p;
	/* drop trailing zeros, keeping one digit */
	while (n > 1 && digits[n - 1] == '0')
		n--;
	digits[n] = '\0';
}

char *
pyfloat_repr(double x, char *buf)
{
	char digits[24], *out = buf;
	int exponent, n, k;

	if (isnan(x))
		return strcpy(buf, "nan");
	if (isinf(x))
		return strcpy(buf, x < 0 ? "-inf" : "inf");
	if (signbit(x))
		*out++ = '-';
	if (x == 0) {
		strcpy(out, "0.0");
		return buf;
	}
	pyfloat_digits(fabs(x), digits, &exponent);
	n = (int)strlen(digits);
	if (exponent < -4 || exponent >= 16) {
		*out++ = digits[0];
		if (n > 1) {
			*out++ = '.';
			memcpy(out, digits + 1, (size_t)n - 1);
			out += n - 1;
		}
		sprintf(out, "e%c%02d", exponent < 0 ? '-' : '+', abs(exponent));
		return buf;
	}
	if (exponent < 0) {
		*out++ = '0';
		*out++ = '.';
		for (k = -1; k > exponent; k--)
			*out++ = '0';
		memcpy(out, digits, (size_t)n);
		out[n] = '\0';
		return buf;
	}
	for (k = 0; k <= exponent; k++)
		*out++ = k < n ? digits[k] : '0';
	*out++ = '.';
	if (n > exponent + 1) {
		memcpy(out, digits + exponent + 1, (size_t)(n - exponent - 1));
		out += n - exponent - 1;
	} else
		*out++ = '0';
	*out = '\0';
	return buf;
}
