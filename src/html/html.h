/* HTML backend: renders document trees through the templates in templates/
 * into a static site. Every value is escaped by construction (escape.c). */
#ifndef LKJIP_HTML_H
#define LKJIP_HTML_H

#include "doc/doc.h"
#include "model/model.h"
#include "util/diag.h"

/* Writes out_dir/<report id>/index.html (and its other pages, chart SVGs,
 * data/ CSV copies). Returns 0, or -1 with a diagnostic. */
int html_render_report(const struct doc *, const char *out_dir,
	struct diag_list *);

/* Writes out_dir/index.html (every report by agency and year), one page per
 * agency with several years, sitemap.xml, and the stylesheet. */
int html_render_site(const struct site *, struct doc *const *docs,
	const char *out_dir, struct diag_list *);

/* Checks the names the site's files will have, before anything is
 * written: every name made from the content (report folder, CSV and
 * tabel/ file names, agency names) fits in a file name, no two sources
 * give the same name, and every CSV file the site copies is a regular
 * file. Returns 0, or -1 with located errors. */
int html_check_names(const struct site *, struct diag_list *);
/* The same for the names one report's tree gives (Markdown images); best
 * called right after doc_build, while the tree is in the cache. */
int html_check_doc_names(const struct doc *, struct diag_list *);

#endif
