/*
 * test-arena.c: the allocator value trees live in: zeroed, aligned memory,
 * exact copies of byte strings (NUL bytes included), large requests, and
 * release that leaves the arena reusable (ASan checks for leaks).
 */
#include <stdalign.h>
#include <string.h>

#include "helpers.h"
#include "targs/arena.h"

static void
test_alloc_zeroed_and_aligned(void **state)
{
	struct arena arena = ARENA_INIT;
	unsigned char *p;
	size_t i, k;

	(void)state;
	for (k = 1; k < 200; k += 7) {
		p = arena_alloc(&arena, k);
		/* aligned for what trees hold: pointers, int64, double */
		assert_int_equal((uintptr_t)p % alignof(void *), 0);
		assert_int_equal((uintptr_t)p % alignof(int64_t), 0);
		assert_int_equal((uintptr_t)p % alignof(double), 0);
		for (i = 0; i < k; i++)
			assert_int_equal(p[i], 0);
		memset(p, 0xAB, k);
	}
	assert_true(arena.used >= 1 + 8 + 15);
	arena_release(&arena);
	assert_null(arena.head);
	assert_int_equal(arena.used, 0);
}

static void
test_large_and_many(void **state)
{
	struct arena arena = ARENA_INIT;
	char *big, *small;
	size_t i;

	(void)state;
	big = arena_alloc(&arena, 3 << 20);
	memset(big, 1, 3 << 20);
	for (i = 0; i < 100000; i++) {
		small = arena_alloc(&arena, 24);
		small[23] = 'x';
	}
	assert_int_equal(big[(3 << 20) - 1], 1);
	arena_release(&arena);
	/* reusable after release */
	small = arena_alloc(&arena, 8);
	assert_non_null(small);
	arena_release(&arena);
}

static void
test_strndup_keeps_bytes(void **state)
{
	struct arena arena = ARENA_INIT;
	char *s;

	(void)state;
	s = arena_strndup(&arena, "a\0b", 3);
	assert_memory_equal(s, "a\0b", 4);
	s = arena_strndup(&arena, "", 0);
	assert_string_equal(s, "");
	s = arena_strndup(&arena, "abcdef", 3);
	assert_string_equal(s, "abc");
	arena_release(&arena);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_alloc_zeroed_and_aligned),
		cmocka_unit_test(test_large_and_many),
		cmocka_unit_test(test_strndup_keeps_bytes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
