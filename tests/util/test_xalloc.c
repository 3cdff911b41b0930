/* util/xalloc.h: the x* family gives what it is asked for, and every way
 * of running out (here: sizes that overflow, which fail before any
 * allocation, so the test needs no real exhaustion) goes to the one
 * out-of-memory hook. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util/arena.h"
#include "util/xalloc.h"

static jmp_buf back;
static int oom_calls;

static void hook(void)
{
	oom_calls++;
	longjmp(back, 1);
}

static void test_gives(void **state)
{
	(void)state;
	char *s = xasprintf("%s %d,%02d %%", "capaian", 108, 57);
	assert_string_equal(s, "capaian 108,57 %");
	free(s);
	s = xstrdup("realisasi");
	assert_string_equal(s, "realisasi");
	free(s);
	assert_null(xstrdup(NULL));
	s = xstrndup("serapan anggaran", 7);
	assert_string_equal(s, "serapan");
	free(s);
	int *v = xcalloc(4, sizeof *v);
	assert_int_equal(v[0] + v[1] + v[2] + v[3], 0);
	v = xreallocarray(v, 1000, sizeof *v);
	v[999] = 7;
	assert_int_equal(v[999], 7);
	free(v);
	/* Zero bytes is still a pointer to free, never NULL. */
	void *z = xmalloc(0);
	assert_non_null(z);
	free(z);
	char *buf = NULL;
	size_t len = 0;
	FILE *f = xopen_memstream(&buf, &len);
	fputs("pagu", f);
	fclose(f);
	assert_string_equal(buf, "pagu");
	assert_int_equal(len, 4);
	free(buf);
}

static void test_overflow_is_oom(void **state)
{
	(void)state;
	xalloc_set_oom(hook);
	oom_calls = 0;
	if (setjmp(back) == 0)
		xcalloc(SIZE_MAX / 2 + 2, 2);
	assert_int_equal(oom_calls, 1);
	if (setjmp(back) == 0)
		xreallocarray(NULL, SIZE_MAX / 8 + 1, 8);
	assert_int_equal(oom_calls, 2);
	/* An arena asked for more than any block can hold. */
	struct arena *a = arena_new();
	if (setjmp(back) == 0)
		arena_alloc(a, SIZE_MAX - 8);
	assert_int_equal(oom_calls, 3);
	arena_free(a);
	xalloc_set_oom(NULL);
}

/* Without a hook (a library user, a test) out of memory aborts: nothing
 * below src/cli prints. */
static void test_default_aborts(void **state)
{
	(void)state;
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		xalloc_set_oom(NULL);
		/* No core file for an abort that is the expected result. */
		struct rlimit none = {0, 0};
		setrlimit(RLIMIT_CORE, &none);
		xalloc_oom();
	}
	int st;
	assert_int_equal(waitpid(pid, &st, 0), pid);
	assert_true(WIFSIGNALED(st));
	assert_int_equal(WTERMSIG(st), SIGABRT);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_gives),
		cmocka_unit_test(test_overflow_is_oom),
		cmocka_unit_test(test_default_aborts),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
