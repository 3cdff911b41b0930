/* libFuzzer harness: the "{{name arg key=value}}" directive parser on the
 * text between the braces. */
#include <stdint.h>

#include "doc/directive.h"
#include "doc/internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena *a = arena_new();
	struct directive d = {0};
	char err[256];
	size_t at = 0;
	if (directive_parse(a, (const char *)data, size, &d, err, sizeof err,
			&at) == 0) {
		/* The helpers every block builder calls on a parsed directive. */
		(void)directive_opt(&d, "tahun");
		(void)directive_opt(&d, "nama");
	} else if (at > size) {
		__builtin_trap(); /* the error offset must point into the text */
	}
	arena_free(a);
	return 0;
}
