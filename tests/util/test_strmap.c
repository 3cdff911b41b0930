/* The string hash table behind the kode lookups and the YAML duplicate-key
 * check. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>

#include "util/strmap.h"

static void test_put_get(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	struct strmap *m = strmap_new(a);
	int x = 1, y = 2;
	assert_null(strmap_get(m, "IKU1"));
	assert_null(strmap_put(m, "IKU1", &x));
	/* A second put keeps the first value and returns it. */
	assert_ptr_equal(strmap_put(m, "IKU1", &y), &x);
	assert_ptr_equal(strmap_get(m, "IKU1"), &x);
	assert_null(strmap_get(m, "IKU"));
	assert_null(strmap_get(m, ""));
	assert_null(strmap_get(NULL, "IKU1"));
	assert_int_equal(strmap_count(m), 1);
	arena_free(a);
}

/* Many keys: the table grows and still finds every one. */
static void test_grow(void **state)
{
	(void)state;
	struct arena *a = arena_new();
	struct strmap *m = strmap_new(a);
	enum { N = 20000 };
	static int v[N];
	for (int i = 0; i < N; i++)
		assert_null(strmap_put(m, arena_printf(a, "k%d", i), &v[i]));
	assert_int_equal(strmap_count(m), N);
	for (int i = 0; i < N; i++) {
		char k[16];
		snprintf(k, sizeof k, "k%d", i);
		assert_ptr_equal(strmap_get(m, k), &v[i]);
	}
	assert_null(strmap_get(m, "k20000"));
	arena_free(a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_put_get),
		cmocka_unit_test(test_grow),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
