/* Export backend: the document tree as one plain Markdown (GFM) file, for
 * anyone who works with other tools (pandoc, a CMS, a diff). A third
 * walker over the same tree as the HTML and PDF backends: every figure is
 * already computed and formatted, computed tables become GFM pipe tables
 * under their caption, and a chart becomes its caption and its data as a
 * table. */
#ifndef LKJIP_EXPORT_H
#define LKJIP_EXPORT_H

#include <stdio.h>

#include "doc/doc.h"

/* Writes the whole report to out. Returns 0, or -1 on a write error. */
int export_markdown(const struct doc *, FILE *out);

#endif
