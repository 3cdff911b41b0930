/* Private font setup: the PDF and the charts use only the fonts vendored in
 * fonts/, loaded by path through a private fontconfig configuration, so the
 * machine's installed fonts never change the output. */
#ifndef LKJIP_FONTS_H
#define LKJIP_FONTS_H

#include <stdbool.h>
#include <stdint.h>

#include <cairo.h>
#include <pango/pango.h>

/* Family names to use in Pango font descriptions. */
#define FONT_SERIF "Liberation Serif"
#define FONT_SANS "Liberation Sans"

/* Points Pango's default font map at a fontconfig configuration that holds
 * only the fonts in fonts_dir (NULL: the fonts/ folder found via
 * lkjip_data_dir()). Idempotent; returns false when the folder holds no
 * usable font. Call before any Pango layout. */
bool fonts_init(const char *fonts_dir);

/* The default font map is set to 72 dpi, so a Pango size in points equals
 * that many Cairo user units. fonts_layout_new() is
 * pango_cairo_create_layout() on a context with resolution-independent,
 * deterministic metrics: no hinting, no metrics hinting, no glyph-position
 * rounding, grey antialiasing (raster only). Callers must have called
 * fonts_init() first. */
PangoLayout *fonts_layout_new(cairo_t *cr);

/* True when a vendored font has a glyph for code point cp (or the fonts
 * cannot be loaded: then nothing is drawn at all). Text the fonts lack is
 * drawn as an empty box in the PDF and charts; doc_build warns about it.
 * Loads the fonts' configuration only, not Pango's font map. */
bool fonts_has_char(uint32_t cp);

#endif
