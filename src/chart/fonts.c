/* Private fontconfig setup shared by the charts and the PDF backend. */
#include "chart/fonts.h"

#include <dirent.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

#include "util/path.h"

/* fonts_init takes an argument, so pthread_once alone cannot carry it: a
 * mutex makes the first successful call win and later calls (from any
 * thread) return its result. Two steps: the fonts' configuration (enough
 * for fonts_has_char, which every build asks), then Pango's font map,
 * paid only when something is drawn. */
static pthread_mutex_t fonts_lock = PTHREAD_MUTEX_INITIALIZER;
static bool config_done, map_done;
/* The vendored fonts' configuration and its font set (set once, under
 * fonts_lock, kept for the process's life; the font map holds a reference
 * too). Their character sets are asked one by one: a merged copy of its
 * own would be a leak valgrind cannot follow (fontconfig links by
 * offsets). */
static FcConfig *fonts_config;
static FcFontSet *fonts_set;

static int font_file(const struct dirent *d)
{
	size_t n = strlen(d->d_name);
	return n > 4 && (strcasecmp(d->d_name + n - 4, ".ttf") == 0 ||
		strcasecmp(d->d_name + n - 4, ".otf") == 0);
}

static bool config_load(const char *dir)
{
	char buf[4096];
	if (dir == NULL) {
		snprintf(buf, sizeof buf, "%s/fonts", lkjip_data_dir());
		dir = buf;
	}
	FcConfig *config = FcConfigCreate();
	if (config == NULL)
		return false;
	/* No FcConfigParseAndLoad: the system fonts.conf, its font dirs and
	 * its substitution rules stay out, so only our files can match.
	 * Files are added one by one, in name order: FcConfigAppFontAddDir
	 * would try to write a cache and, with no cache folder configured,
	 * print "No writable cache directories" to stderr. */
	struct dirent **names = NULL;
	int n = scandir(dir, &names, font_file, alphasort);
	if (n < 0) {
		FcConfigDestroy(config);
		return false;
	}
	char path[4096];
	for (int i = 0; i < n; i++) {
		if (snprintf(path, sizeof path, "%s/%s", dir, names[i]->d_name) <
				(int)sizeof path)
			FcConfigAppFontAddFile(config, (const FcChar8 *)path);
		free(names[i]);
	}
	free(names);
	FcFontSet *set = FcConfigGetFonts(config, FcSetApplication);
	if (set == NULL || set->nfont == 0) {
		FcConfigDestroy(config);
		return false;
	}
	fonts_config = config;
	fonts_set = set;
	return true;
}

static bool map_load(void)
{
	/* Pango's font map runs FcInit in a thread, which would load the
	 * system's whole configuration and font cache (24 M instructions,
	 * waited for before the first layout); with ours current there is
	 * nothing left for it to load. Anything else asking fontconfig
	 * (cairo, poppler for an annex's unembedded font) then sees only
	 * the vendored fonts, as Pango does. */
	if (!FcConfigSetCurrent(fonts_config))
		return false;
	PangoFontMap *fm =
		pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
	if (fm == NULL)
		return false;
	pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(fm), fonts_config);
	/* Points in, user units out: 1 pt of font size = 1 Cairo unit. */
	pango_cairo_font_map_set_resolution(PANGO_CAIRO_FONT_MAP(fm), 72.0);
	pango_cairo_font_map_set_default(PANGO_CAIRO_FONT_MAP(fm));
	g_object_unref(fm); /* set_default keeps a reference */
	return true;
}

/* The configuration, loaded on first use; call under fonts_lock. */
static bool config_ready(const char *dir)
{
	if (!config_done)
		config_done = config_load(dir);
	return config_done;
}

bool fonts_init(const char *fonts_dir)
{
	pthread_mutex_lock(&fonts_lock);
	if (config_ready(fonts_dir) && !map_done)
		map_done = map_load();
	bool ok = map_done;
	pthread_mutex_unlock(&fonts_lock);
	return ok;
}

/* Deterministic metrics at any scale (fonts.h). */
static void fonts_setup_context(PangoContext *pc)
{
	cairo_font_options_t *fo = cairo_font_options_create();
	cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
	cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
	cairo_font_options_set_antialias(fo, CAIRO_ANTIALIAS_GRAY);
	pango_cairo_context_set_font_options(pc, fo);
	cairo_font_options_destroy(fo);
	/* Unrounded positions: the same layout at any scale or resolution. */
	pango_context_set_round_glyph_positions(pc, FALSE);
}

PangoLayout *fonts_layout_new(cairo_t *cr)
{
	PangoContext *pc = pango_cairo_create_context(cr);
	fonts_setup_context(pc);
	PangoLayout *l = pango_layout_new(pc);
	g_object_unref(pc);
	return l;
}

bool fonts_has_char(uint32_t cp)
{
	pthread_mutex_lock(&fonts_lock);
	bool ok = config_ready(NULL);
	pthread_mutex_unlock(&fonts_lock);
	if (!ok)
		return true;
	for (int i = 0; i < fonts_set->nfont; i++) {
		FcCharSet *cs;
		if (FcPatternGetCharSet(fonts_set->fonts[i], FC_CHARSET, 0, &cs) ==
				FcResultMatch && FcCharSetHasChar(cs, cp))
			return true;
	}
	return false;
}
