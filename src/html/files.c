/* Writing and copying files for the site; every write is atomic. */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "html/internal.h"
#include "util/path.h"

int html_write(const char *path, const void *data, size_t len,
	struct diag_list *diags)
{
	if (file_write_atomic(path, data, len) == 0)
		return 0;
	diag_add(diags, DIAG_ERROR, (struct src_pos){path, 0, 0, NULL},
		"cannot write: %s", strerror(errno));
	return -1;
}

int html_copy(const char *from, const char *to, struct diag_list *diags)
{
	size_t len;
	char *data = file_read(from, &len);
	if (data == NULL) {
		diag_add(diags, DIAG_ERROR, (struct src_pos){from, 0, 0, NULL},
			"cannot read: %s", strerror(errno));
		return -1;
	}
	int rc = html_write(to, data, len, diags);
	free(data);
	return rc;
}

int html_copy_in(const char *root, const char *from, const char *to,
	struct diag_list *diags)
{
	int fd = path_open_under(root, from);
	size_t len;
	char *data = fd >= 0 ? file_read_fd(fd, &len) : NULL;
	int e = errno;
	if (fd >= 0)
		close(fd);
	if (data == NULL) {
		diag_add(diags, DIAG_ERROR, (struct src_pos){from, 0, 0, NULL},
			"%s", path_refusal(e));
		return -1;
	}
	int rc = html_write(to, data, len, diags);
	free(data);
	return rc;
}

int html_copy_asset(const char *out_dir, const char *name,
	struct diag_list *diags)
{
	char from[4096], to[4096];
	snprintf(from, sizeof from, "%s/templates/%s", lkjip_data_dir(), name);
	snprintf(to, sizeof to, "%s/%s", out_dir, name);
	return html_copy(from, to, diags);
}

int html_copy_css(const char *out_dir, struct diag_list *diags)
{
	char from[4096], to[4096];
	snprintf(from, sizeof from, "%s/templates/lkjip.css", lkjip_data_dir());
	snprintf(to, sizeof to, "%s/lkjip.css", out_dir);
	return html_copy(from, to, diags);
}

char *html_slug(struct arena *a, const char *s)
{
	size_t n = s ? strlen(s) : 0;
	char *out = arena_alloc(a, n + 1), *p = out;
	bool dash = false;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (isalnum(c) && c < 0x80) {
			if (dash && p != out)
				*p++ = '-';
			*p++ = (char)tolower(c);
			dash = false;
		} else {
			dash = true;
		}
	}
	*p = '\0';
	return out;
}

const char *html_ext(struct arena *a, const char *path)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	const char *dot = strrchr(base, '.');
	if (dot == NULL || dot == base)
		return "";
	char *slug = html_slug(a, dot + 1);
	return *slug ? arena_printf(a, ".%s", slug) : "";
}

int html_write_page(const char *path, const struct html_page *pg,
	struct diag_list *diags)
{
	struct tpl_vars vs = {0};
	tpl_set(&vs, "lang", pg->lang ? pg->lang : "id", TPL_TEXT);
	tpl_set(&vs, "judul", pg->judul, TPL_TEXT);
	tpl_set(&vs, "deskripsi", pg->deskripsi, TPL_TEXT);
	tpl_set(&vs, "kelas", pg->kelas, TPL_TEXT);
	/* akar is "" or a run of "../": built here, never from input. */
	char css[256], beranda[256];
	snprintf(css, sizeof css, "%slkjip.css", pg->akar);
	snprintf(beranda, sizeof beranda, "%sindex.html", pg->akar);
	tpl_set(&vs, "css", css, TPL_URL);
	tpl_set(&vs, "beranda", beranda, TPL_URL);
	tpl_set(&vs, "konten", pg->konten, TPL_HTML);
	tpl_set(&vs, "url", pg->url, TPL_URL);
	tpl_set(&vs, "situs", pg->situs, TPL_TEXT);
	tpl_set(&vs, "og_jenis", pg->url || pg->situs ? "website" : "article",
		TPL_TEXT);
	struct hbuf out = {0};
	int rc = tpl_render("halaman.html", &vs, &out, diags);
	if (rc == 0)
		rc = html_write(path, out.data, out.len, diags);
	hbuf_free(&out);
	return rc;
}
