/* PDF backend: lays the document tree out on A4 pages with Cairo + Pango. */
#ifndef LKJIP_PDF_H
#define LKJIP_PDF_H

#include "doc/doc.h"
#include "util/diag.h"

/* Typesets doc into the file at path (written atomically). Returns 0, or -1
 * with a diagnostic. */
int pdf_render(const struct doc *, const char *path, struct diag_list *);

#endif
