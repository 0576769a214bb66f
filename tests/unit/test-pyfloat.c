/*
 * test-pyfloat.c: pyfloat_repr against what Python's repr() prints for
 * the same doubles: the shortest round-trip digits, positional notation
 * for decimal exponents -4 to 15 with ".0" on integral values, scientific
 * with a two-digit exponent otherwise, and inf, -inf and nan.
 */
#include "helpers.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "targs/pyfloat.h"

struct pyfloat_row {
	double		 x;
	const char	*repr;
};

static const struct pyfloat_row pyfloat_rows[] = {
	{ 0x0.0p+0, "0.0" },
	{ -0x0.0p+0, "-0.0" },
	{ 0x1p+0, "1.0" },
	{ -0x1p+0, "-1.0" },
	{ 0x1.999999999999ap-4, "0.1" },
	{ 0x1p-1, "0.5" },
	{ 0x1.a36e2eb1c432dp-15, "5e-05" },
	{ 0x1.4f8b588e368f1p-16, "2e-05" },
	{ 0x1.a36e2eb1c432dp-14, "0.0001" },
	{ 0x1.4f8b588e368f1p-17, "1e-05" },
	{ 0x1.8p+0, "1.5" },
	{ 0x1.8p+1, "3.0" },
	{ 0x1.9p+6, "100.0" },
	{ 0x1.c6bf526340000p+49, "1000000000000000.0" },
	{ 0x1.1c37937e08000p+53, "1e+16" },
	{ 0x1.aa535d3d0c000p+53, "1.5e+16" },
	{ 0x1.b69b4ba630f35p+56, "1.2345678901234568e+17" },
	{ 0x1.0f0cf064dd592p+73, "1e+22" },
	{ 0x1.ad7f29abcaf48p-24, "1e-07" },
	{ 0x1.12e0be826d695p-32, "2.5e-10" },
	{ 0x1.3333333333333p-2, "0.3" },
	{ 0x1.5555555555555p-2, "0.3333333333333333" },
	{ 0x1.5555555555555p-1, "0.6666666666666666" },
	{ 0x1.fde9f10a8d361p+78, "6.02e+23" },
	{ 0x1.7e43c8800759cp+996, "1e+300" },
	{ 0x0.0000000000001p-1022, "5e-324" },
	{ 0x1.fffffffffffffp+1023, "1.7976931348623157e+308" },
	{ 0x1.edd2f1a9fbe77p+6, "123.456" },
	{ 0x1.1c37937e07fffp+53, "9999999999999998.0" },
	{ 0x1.0624dd2f1a9fcp-10, "0.001" },
	{ 0x1.81cd6c8b43958p+13, "12345.678" },
	{ 0x1.3333333333334p-2, "0.30000000000000004" },
	{ 0x1.a36e2eb1c432bp-14, "9.999999999999998e-05" },
	{ 0x1.fffffffffffffp+52, "9007199254740991.0" },
	{ 0x1p-1022, "2.2250738585072014e-308" },
	/* the same, negated: only a '-' in front */
	{ -0x1.a36e2eb1c432dp-15, "-5e-05" },
	{ -0x1.fffffffffffffp+1023, "-1.7976931348623157e+308" },
	{ -0x1.0624dd2f1a9fcp-10, "-0.001" },
	{ -0x1.81cd6c8b43958p+13, "-12345.678" },
};

static void
test_pyfloat_table(void **state)
{
	char buf[PYFLOAT_BUFSIZE];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof pyfloat_rows / sizeof pyfloat_rows[0]; i++) {
		memset(buf, 'X', sizeof buf);
		assert_string_equal(pyfloat_repr(pyfloat_rows[i].x, buf),
		    pyfloat_rows[i].repr);
	}
}

static void
test_pyfloat_returns_buf(void **state)
{
	char buf[PYFLOAT_BUFSIZE];

	(void)state;
	assert_ptr_equal(pyfloat_repr(0.5, buf), buf);
	assert_ptr_equal(pyfloat_repr(INFINITY, buf), buf);
	assert_ptr_equal(pyfloat_repr(NAN, buf), buf);
	assert_ptr_equal(pyfloat_repr(-0.0, buf), buf);
}

static void
test_pyfloat_special(void **state)
{
	char buf[PYFLOAT_BUFSIZE];

	(void)state;
	assert_string_equal(pyfloat_repr(INFINITY, buf), "inf");
	assert_string_equal(pyfloat_repr(-INFINITY, buf), "-inf");
	assert_string_equal(pyfloat_repr(NAN, buf), "nan");
	/* Python writes a negative NaN as plain "nan" too */
	assert_string_equal(pyfloat_repr(-NAN, buf), "nan");
}

/* Every repr reads back to the same double and fits the buffer. */
static void
test_pyfloat_round_trip(void **state)
{
	static const double values[] = {
		0x1.999999999999ap-4, 0x1.5555555555555p-2, 0x1p-1074,
		0x1.fffffffffffffp+1023, 0x1p-1022, 0x1.fffffffffffffp-1,
		0x1.b69b4ba630f35p+56, 0x1.23456789abcdep-300, 7e22, 1e-4,
		9.999999999999999e-05, 1e16, 9999999999999999.0,
	};
	char buf[PYFLOAT_BUFSIZE];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof values / sizeof values[0]; i++) {
		pyfloat_repr(values[i], buf);
		assert_true(strlen(buf) < PYFLOAT_BUFSIZE);
		assert_true(strtod(buf, NULL) == values[i]);
		pyfloat_repr(-values[i], buf);
		assert_true(strtod(buf, NULL) == -values[i]);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pyfloat_table),
		cmocka_unit_test(test_pyfloat_returns_buf),
		cmocka_unit_test(test_pyfloat_special),
		cmocka_unit_test(test_pyfloat_round_trip),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
