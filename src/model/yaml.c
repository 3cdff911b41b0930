#include "model/yaml.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <yaml.h>

#include "util/path.h"
#include "util/strmap.h"
#include "util/utf8.h"

struct yparse {
	struct arena *a;
	yaml_parser_t p;
	const char *path;
	struct diag_list *dl;
	const char *text;   /* the file, for a hint about the problem's line */
	size_t len;
};

/* Does line (0-based) start with blanks holding a tab? libyaml names a
 * tab in the indentation in several ways ("found character that cannot
 * start any token", "found a tab character that violates
 * indentation"). */
static bool tab_in_indent(const struct yparse *y, size_t line)
{
	size_t i = 0;
	for (size_t l = 0; l < line && i < y->len; i++)
		if (y->text[i] == '\n')
			l++;
	for (; i < y->len && (y->text[i] == ' ' || y->text[i] == '\t'); i++)
		if (y->text[i] == '\t')
			return true;
	return false;
}

static struct src_pos mark_pos(struct yparse *y, yaml_mark_t m)
{
	return (struct src_pos){y->path, (int)m.line + 1, (int)m.column + 1, NULL};
}

/* libyaml's reader (bad UTF-8, control characters) gives only a byte
 * offset. Reports the problem at its line and column (in characters, as
 * libyaml's marks count), read from the file itself. */
static void reader_error(struct yparse *y)
{
	const yaml_parser_t *p = &y->p;
	const char *problem = p->problem ? p->problem : "unreadable text";
	size_t len, off = p->problem_offset;
	char *buf = file_read(y->path, &len);
	const unsigned char *u = (const unsigned char *)buf;
	if (buf == NULL || off > len) {
		free(buf);
		diag_add(y->dl, DIAG_ERROR, (struct src_pos){y->path, 0, 0, NULL},
			"YAML: %s", problem);
		return;
	}
	bool utf8 = strstr(problem, "UTF-8") != NULL;
	/* A bad trailing byte is reported at itself: point at the byte
	 * that began the sequence (Latin-1 "\xf6" of "Möntoh", not "n"). */
	if (utf8 && strstr(problem, "trailing") != NULL) {
		while (off > 0 && (u[off - 1] & 0xc0) == 0x80)
			off--;
		if (off > 0)
			off--; /* the leading byte */
	}
	struct src_pos at = {y->path, 1, 1, NULL};
	for (size_t i = 0; i < off; i++) {
		if (u[i] == '\n') {
			at.line++;
			at.column = 1;
		} else if ((u[i] & 0xc0) != 0x80) {
			at.column++; /* not a UTF-8 continuation byte */
		}
	}
	if (utf8)
		diag_add(y->dl, DIAG_ERROR, at, "the file is not UTF-8 (byte "
			"0x%02x; Latin-1/Windows-1252?); save it as UTF-8",
			off < len ? u[off] : 0);
	else
		diag_add(y->dl, DIAG_ERROR, at, "YAML: %s (U+%04X)", problem,
			(unsigned)p->problem_value);
	free(buf);
}

static bool next(struct yparse *y, yaml_event_t *ev)
{
	if (yaml_parser_parse(&y->p, ev))
		return true;
	const yaml_parser_t *p = &y->p;
	const char *problem = p->problem ? p->problem : "syntax error";
	if (p->error == YAML_READER_ERROR) {
		reader_error(y);
		return false;
	}
	struct src_pos at = mark_pos(y, p->problem_mark);
	/* libyaml's words for a tab say what is wrong, not what to do. */
	const char *hint = strstr(problem, "tab character") ||
		tab_in_indent(y, p->problem_mark.line) ? ": indent with spaces, "
		"not tabs" : "";
	if (p->context == NULL)
		diag_add(y->dl, DIAG_ERROR, at, "YAML: %s%s", problem, hint);
	else if (p->context_mark.line == p->problem_mark.line)
		diag_add(y->dl, DIAG_ERROR, at, "YAML: %s %s%s", problem,
			p->context, hint);
	else /* say where the unfinished construct began */
		diag_add(y->dl, DIAG_ERROR, at, "YAML: %s %s (started at line %d, "
			"column %d)%s", problem, p->context,
			(int)p->context_mark.line + 1,
			(int)p->context_mark.column + 1, hint);
	return false;
}

static void push(struct arena *a, struct ynode *n, const char *key,
	struct src_pos kp, struct ynode *item)
{
	/* Grow by doubling; old arrays stay in the arena. */
	size_t cap = 1;
	while (cap < n->n)
		cap *= 2;
	if (n->n == 0 || n->n == cap) {
		size_t nc = n->n == 0 ? 4 : cap * 2;
		struct ynode **items = arena_alloc(a, nc * sizeof *items);
		const char **keys = arena_alloc(a, nc * sizeof *keys);
		struct src_pos *kps = arena_alloc(a, nc * sizeof *kps);
		if (n->n) {
			memcpy(items, n->items, n->n * sizeof *items);
			memcpy(keys, n->keys, n->n * sizeof *keys);
			memcpy(kps, n->key_pos, n->n * sizeof *kps);
		}
		n->items = items;
		n->keys = keys;
		n->key_pos = kps;
	}
	n->keys[n->n] = key;
	n->key_pos[n->n] = kp;
	n->items[n->n++] = item;
}

static struct ynode *parse_node(struct yparse *y, yaml_event_t *ev, int depth);

/* Characters in one value (a name, a title, a path): as a spreadsheet
 * cell (CSV_MAX_CELL). A 10 MB place name took 50 s and 1 GB to lay
 * out. */
#define YAML_MAX_SCALAR 32767

/* A tag (!!binary, !!float, !custom) asks for a reading lkjip does not
 * do: every value is read as the text typed, so a tagged one would be
 * read differently from what its tag says, without a word. */
static bool plain(struct yparse *y, struct src_pos at, const yaml_char_t *tag)
{
	if (tag == NULL)
		return true;
	diag_add(y->dl, DIAG_ERROR, at, "a YAML tag (%.60s): lkjip reads "
		"every value as the text typed; remove the tag",
		(const char *)tag);
	return false;
}

static struct ynode *parse_node(struct yparse *y, yaml_event_t *ev, int depth)
{
	struct ynode *n = arena_alloc(y->a, sizeof *n);
	n->pos = mark_pos(y, ev->start_mark);
	if (depth > 64) {
		diag_add(y->dl, DIAG_ERROR, n->pos, "YAML nested too deeply");
		return NULL;
	}
	/* (int): another library's enum, whose every value we need not
	 * name (-Wswitch-enum is for ours). */
	switch ((int)ev->type) {
	case YAML_SCALAR_EVENT:
		if (!plain(y, n->pos, ev->data.scalar.tag))
			return NULL;
		n->type = YNODE_SCALAR;
		n->scalar = arena_strndup(y->a, (const char *)ev->data.scalar.value,
			ev->data.scalar.length);
		size_t chars = utf8_chars(n->scalar);
		if (chars > YAML_MAX_SCALAR) {
			diag_add(y->dl, DIAG_ERROR, n->pos, "a value of %zu "
				"characters: the limit is %d", chars,
				YAML_MAX_SCALAR);
			return NULL;
		}
		return n;
	case YAML_ALIAS_EVENT:
		diag_add(y->dl, DIAG_ERROR, n->pos, "YAML aliases are not "
			"supported");
		return NULL;
	case YAML_SEQUENCE_START_EVENT:
		if (!plain(y, n->pos, ev->data.sequence_start.tag))
			return NULL;
		n->type = YNODE_SEQ;
		for (;;) {
			yaml_event_t e;
			if (!next(y, &e))
				return NULL;
			if (e.type == YAML_SEQUENCE_END_EVENT) {
				yaml_event_delete(&e);
				return n;
			}
			struct ynode *c = parse_node(y, &e, depth + 1);
			yaml_event_delete(&e);
			if (c == NULL)
				return NULL;
			push(y->a, n, NULL, c->pos, c);
		}
	case YAML_MAPPING_START_EVENT:
		if (!plain(y, n->pos, ev->data.mapping_start.tag))
			return NULL;
		n->type = YNODE_MAP;
		/* The keys seen so far: a scan per key was quadratic (100,000
		 * keys took 32 s). */
		struct strmap *seen = strmap_new(y->a);
		for (;;) {
			yaml_event_t k;
			if (!next(y, &k))
				return NULL;
			if (k.type == YAML_MAPPING_END_EVENT) {
				yaml_event_delete(&k);
				return n;
			}
			struct src_pos kp = mark_pos(y, k.start_mark);
			if (k.type != YAML_SCALAR_EVENT) {
				diag_add(y->dl, DIAG_ERROR, kp, "expected a key");
				yaml_event_delete(&k);
				return NULL;
			}
			if (k.data.scalar.length > YAML_MAX_SCALAR * 4 ||
					!plain(y, kp, k.data.scalar.tag)) {
				if (k.data.scalar.length > YAML_MAX_SCALAR * 4)
					diag_add(y->dl, DIAG_ERROR, kp, "a key of "
						"%zu bytes", k.data.scalar.length);
				yaml_event_delete(&k);
				return NULL;
			}
			const char *key = arena_strndup(y->a,
				(const char *)k.data.scalar.value,
				k.data.scalar.length);
			yaml_event_delete(&k);
			struct src_pos *here = arena_alloc(y->a, sizeof *here);
			*here = kp;
			struct src_pos *first = strmap_put(seen, key, here);
			if (first != NULL) {
				diag_add(y->dl, DIAG_ERROR, kp, "key \"%s\" appears "
					"twice (first at line %d, column %d)", key,
					first->line, first->column);
				return NULL;
			}
			yaml_event_t v;
			if (!next(y, &v))
				return NULL;
			struct ynode *c = parse_node(y, &v, depth + 1);
			yaml_event_delete(&v);
			if (c == NULL)
				return NULL;
			push(y->a, n, key, kp, c);
		}
	default:
		diag_add(y->dl, DIAG_ERROR, n->pos, "unexpected YAML event");
		return NULL;
	}
}

/* libyaml refuses invalid UTF-8 too, but without saying where: check
 * first with the validator every text input shares. */
static bool valid_utf8(const char *path, const char *text, size_t len,
	struct diag_list *dl)
{
	struct utf8_error ue;
	if (utf8_valid(text, len, &ue))
		return true;
	struct src_pos at = {path, ue.line, ue.column, NULL};
	if (ue.legacy)
		diag_add(dl, DIAG_ERROR, at, "the file is not UTF-8 (byte 0x%02x; "
			"Latin-1/Windows-1252?); save it as UTF-8",
			(unsigned char)text[ue.offset]);
	else
		diag_add(dl, DIAG_ERROR, at, "the file is not valid UTF-8: %s "
			"(bytes %s); save it as UTF-8", ue.why, ue.bytes);
	return false;
}

struct ynode *yaml_load(struct arena *a, const char *dir, const char *path,
	struct diag_list *dl)
{
	int fd = dir ? path_open_under(dir, path) :
		open(path, O_RDONLY | O_CLOEXEC);
	size_t len = 0;
	char *text = fd < 0 ? NULL : file_read_fd_max(fd, FILE_MAX_TEXT, &len);
	if (text == NULL) {
		int e = errno;
		if (fd >= 0)
			close(fd);
		diag_add(dl, DIAG_ERROR, (struct src_pos){path, 0, 0, NULL},
			"%s", path_refusal(e));
		return NULL;
	}
	close(fd);
	if (!valid_utf8(path, text, len, dl)) {
		free(text);
		return NULL;
	}
	struct yparse y = {.a = a, .path = path, .dl = dl, .text = text,
		.len = len};
	yaml_parser_initialize(&y.p);
	yaml_parser_set_input_string(&y.p, (const unsigned char *)text, len);
	struct ynode *root = NULL;
	yaml_event_t ev;
	bool ok = true;
	/* stream start, document start */
	while (ok && (ok = next(&y, &ev))) {
		yaml_event_type_t t = ev.type;
		if (t == YAML_STREAM_START_EVENT || t == YAML_DOCUMENT_START_EVENT) {
			yaml_event_delete(&ev);
			continue;
		}
		if (t == YAML_STREAM_END_EVENT || t == YAML_DOCUMENT_END_EVENT) {
			yaml_event_delete(&ev);
			break;
		}
		root = parse_node(&y, &ev, 0);
		yaml_event_delete(&ev);
		if (root == NULL)
			ok = false;
		break;
	}
	/* One file, one document: a second "---" would otherwise be dropped
	 * unread, with everything in it. */
	while (ok && !y.p.stream_end_produced && (ok = next(&y, &ev))) {
		yaml_event_type_t t = ev.type;
		struct src_pos at = mark_pos(&y, ev.start_mark);
		yaml_event_delete(&ev);
		if (t == YAML_STREAM_END_EVENT || t == YAML_NO_EVENT)
			break;
		if (t == YAML_DOCUMENT_START_EVENT) {
			diag_add(dl, DIAG_ERROR, at, "a second YAML document: "
				"a file holds one document (remove this \"---\")");
			ok = false;
		}
	}
	yaml_parser_delete(&y.p);
	free(text);
	if (!ok)
		return NULL;
	if (root == NULL) {
		root = arena_alloc(a, sizeof *root);
		root->type = YNODE_MAP;
		root->pos = (struct src_pos){path, 1, 1, NULL};
	}
	if (root->type != YNODE_MAP) {
		diag_add(dl, DIAG_ERROR, root->pos, "expected keys (key: value) "
			"at the top of the file");
		return NULL;
	}
	return root;
}

struct ynode *ynode_get(const struct ynode *m, const char *key)
{
	if (m == NULL || m->type != YNODE_MAP)
		return NULL;
	for (size_t i = 0; i < m->n; i++)
		if (strcmp(m->keys[i], key) == 0)
			return m->items[i];
	return NULL;
}

bool ynode_check_keys(const struct ynode *m, const char *const *allowed,
	struct diag_list *dl)
{
	bool ok = true;
	if (m == NULL || m->type != YNODE_MAP)
		return true;
	for (size_t i = 0; i < m->n; i++) {
		bool found = false;
		for (const char *const *a = allowed; *a; a++)
			if (strcmp(*a, m->keys[i]) == 0)
				found = true;
		if (!found) {
			char list[512] = "";
			for (const char *const *a = allowed; *a; a++) {
				if (list[0])
					strncat(list, ", ", sizeof list - strlen(list) - 1);
				strncat(list, *a, sizeof list - strlen(list) - 1);
			}
			diag_add(dl, DIAG_ERROR, m->key_pos[i], "unknown key \"%s\" "
				"(expected one of: %s)", m->keys[i], list);
			ok = false;
		}
	}
	return ok;
}

static struct ynode *scalar_of(const struct ynode *m, const char *key,
	bool required, struct diag_list *dl)
{
	struct ynode *v = ynode_get(m, key);
	if (v == NULL) {
		if (required && m != NULL)
			diag_add(dl, DIAG_ERROR, m->pos, "missing key \"%s\"", key);
		return NULL;
	}
	if (v->type != YNODE_SCALAR) {
		diag_add(dl, DIAG_ERROR, v->pos, "\"%s\" must be a single value",
			key);
		return NULL;
	}
	return v;
}

const char *ynode_str(struct arena *a, const struct ynode *m, const char *key,
	bool required, struct diag_list *dl)
{
	struct ynode *v = scalar_of(m, key, required, dl);
	if (v == NULL)
		return NULL;
	/* "   " (quoted) is as empty as "": a name, title or place of blanks
	 * would be published as nothing. */
	if (required && v->scalar[strspn(v->scalar, " \t\r\n")] == '\0') {
		diag_add(dl, DIAG_ERROR, v->pos, "\"%s\" is empty", key);
		return NULL;
	}
	return arena_strdup(a, v->scalar);
}

bool ynode_int(const struct ynode *m, const char *key, int *out, bool required,
	struct diag_list *dl)
{
	struct ynode *v = scalar_of(m, key, required, dl);
	if (v == NULL)
		return false;
	char *end;
	long x = strtol(v->scalar, &end, 10);
	if (end == v->scalar || *end != '\0' || x < -100000 || x > 100000) {
		diag_add(dl, DIAG_ERROR, v->pos, "\"%s\": expected a whole number, "
			"found \"%s\"", key, v->scalar);
		return false;
	}
	*out = (int)x;
	return true;
}

bool ynode_num(const struct ynode *m, const char *key, double *out,
	struct diag_list *dl)
{
	struct ynode *v = scalar_of(m, key, false, dl);
	if (v == NULL)
		return false;
	struct num_value nv;
	char err[256];
	/* Settings are typed by people: Indonesian "90,1" and plain "90". */
	if (num_parse(v->scalar, NUM_ID, &nv, err, sizeof err) < 0 ||
			nv.kind != NUM_VALUE) {
		diag_add(dl, DIAG_ERROR, v->pos, "\"%s\": expected a number, "
			"found \"%s\"", key, v->scalar);
		return false;
	}
	*out = nv.value;
	return true;
}

bool ynode_bool(const struct ynode *m, const char *key, bool *out,
	struct diag_list *dl)
{
	struct ynode *v = scalar_of(m, key, false, dl);
	if (v == NULL)
		return false;
	const char *s = v->scalar;
	if (!strcmp(s, "true") || !strcmp(s, "ya") || !strcmp(s, "yes"))
		*out = true;
	else if (!strcmp(s, "false") || !strcmp(s, "tidak") || !strcmp(s, "no"))
		*out = false;
	else {
		diag_add(dl, DIAG_ERROR, v->pos, "\"%s\": expected ya or tidak, "
			"found \"%s\"", key, s);
		return false;
	}
	return true;
}
