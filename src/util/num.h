/* Numbers the Indonesian way: one parser for every input cell, one formatter
 * for every figure that reaches a table, a sentence or a chart axis. */
#ifndef LKJIP_NUM_H
#define LKJIP_NUM_H

#include <stdbool.h>
#include <stddef.h>

#include "util/dec.h"

/* How a file writes its numbers. NUM_ID: 1.234.567,89 (the default once a
 * file's cells show it). NUM_EN: 1,234,567.89 (only where a file declares
 * it). A loader starts a file at its declared convention, or NUM_UNDECIDED
 * and then settles it from the cells that only one convention can read
 * (num_hint); only when nothing settles it is "1.525" an error. */
enum num_convention {
	NUM_UNDECIDED, /* not declared: a cell valid both ways is an error */
	NUM_ID,
	NUM_EN,
};

enum num_kind {
	NUM_EMPTY,  /* "", "-", "NIHIL": no value */
	NUM_VALUE,  /* a number, maybe with % or a unit after it */
	NUM_RANGE,  /* "60 - 80", "60 s.d. 80", "60 s/d 80" */
	NUM_GRADE,  /* "BB (75)" or a bare grade "BB": text + optional score */
};

struct num_value {
	enum num_kind kind;
	double value;      /* NUM_VALUE; NUM_RANGE lower bound; grade score */
	double upper;      /* NUM_RANGE upper bound */
	struct dec exact;  /* value with the digits typed: "1,10" is 110/10^2 */
	struct dec exact_upper;
	bool percent;      /* a '%' followed the number */
	bool has_score;    /* NUM_GRADE with "(score)" */
	char unit[32];     /* text after the number ("UM", "orang"), or "" */
	char grade[16];    /* NUM_GRADE label ("BB") */
};

/* Parses one cell. Returns 0 on success; on failure returns -1 and writes a
 * message (English, no position) into err, e.g.
 * "ambiguous number \"1.525\": write 1525 or 1,525". */
int num_parse(const char *s, enum num_convention, struct num_value *out,
	char *err, size_t errlen);

/* Which convention a cell proves: NUM_ID for "98,95" or "1.234.567",
 * NUM_EN for "85.14" or "1,449,077,200", NUM_UNDECIDED when the cell reads
 * the same both ways ("70") or differently both ways ("1.525"). */
enum num_convention num_hint(const char *s);

/* Rounding at presentation only (enum num_rounding: util/dec.h);
 * everything is computed in full precision. */
struct num_style {
	int decimals;           /* digits after the comma */
	enum num_rounding rounding;
	bool trim_zeros;        /* 108,50 -> 108,5; 100,00 -> 100 */
};

/* v rounded on its decimal digits: v is read as the shortest decimal that
 * is v (dec_from_double), so 96,548 is 96,548, not 96,54799999..., and
 * no epsilon is needed (or allowed: it invents digits on large values). */
double num_round(double v, int decimals, enum num_rounding);

/* The one formatter: every figure that becomes text (document, chart,
 * export, site, diagnostics) comes through here. Writes d as
 * "1.234.567,89" into buf and returns buf; DEC_NONE writes "-". A
 * negative number starts with the minus sign U+2212 (NUM_MINUS), which
 * num_parse reads back; no output of lkjip that a program reads (CSV,
 * manifests) is written through it. */
char *num_format_dec(char *buf, size_t len, struct dec d, struct num_style);
/* The same for a double (read as dec_from_double reads it). NaN: "-". */
char *num_format(char *buf, size_t len, double v, struct num_style);
/* s with every U+2212 turned back into an ASCII '-' (in place; returns
 * s): for text a user types back into a CSV cell or a shell, such as a
 * diagnostic about a cell (angka_teks). */
char *num_ascii_minus(char *s);
/* A range of values as the report prints it: "60–80" (NUM_RANGE_DASH),
 * spaced when a bound is negative ("−5 – 5"). */
char *num_format_range_dec(char *buf, size_t len, struct dec lo,
	struct dec hi, struct num_style);
/* A span of years: "2024–2026" (NUM_RANGE_DASH). */
char *num_format_years(char *buf, size_t len, int from, int to);
/* "108,57 %" (non-breaking space before %). */
char *num_format_percent(char *buf, size_t len, double v, struct num_style);
char *num_format_percent_dec(char *buf, size_t len, struct dec,
	struct num_style);
/* "Rp 1.234.567" / "Rp 1.234.567,89" (non-breaking space after Rp). */
char *num_format_rupiah(char *buf, size_t len, double v, struct num_style);
char *num_format_rupiah_dec(char *buf, size_t len, struct dec,
	struct num_style);

/* The non-breaking space used between a number and its sign or unit. */
#define NUM_NBSP "\xc2\xa0"
/* U+2212 MINUS SIGN and U+2013 EN DASH (ranges: 2024–2026, 60–80). */
#define NUM_MINUS "\xe2\x88\x92"
#define NUM_EN_DASH "\xe2\x80\x93"
/* An en dash that keeps its range on one line: a line may break after an
 * en dash (Unicode line breaking, class BA), so "2024–" would end a line
 * of the daftar tabel with "2026" on the next; U+2060 WORD JOINER after
 * it forbids that and draws nothing (the hyphen-minus it replaces never
 * broke before a digit). */
#define NUM_RANGE_DASH NUM_EN_DASH "\xe2\x81\xa0"

/* Written-out whole number in Indonesian (terbilang): 2956000 ->
 * "dua juta sembilan ratus lima puluh enam ribu"; 0 -> "nol". Up to
 * 999.999.999.999.999 (trillions); larger returns -1. */
int num_terbilang(char *buf, size_t len, unsigned long long n);
/* An amount of money: "dua puluh delapan juta rupiah", with sen when it
 * has a fraction: "seribu rupiah lima puluh sen". Negative: -1. */
int num_terbilang_rupiah(char *buf, size_t len, double amount);

/* A figure in words as num_format_dec prints it in style st: "108,57"
 * -> "seratus delapan koma lima tujuh" (decimals digit by digit), "726"
 * -> "tujuh ratus dua puluh enam", "−12" -> "minus dua belas"; no unit.
 * -1 for DEC_NONE, beyond num_terbilang, or buf too small. */
int num_terbilang_dec(char *buf, size_t len, struct dec, struct num_style);
/* An amount the short way: "Rp 4,6 miliar" (triliun, miliar, juta; one
 * decimal, half-up, "Rp 5 miliar" for 5,0); below a million as
 * num_format_rupiah_dec in style st. */
char *num_format_rupiah_singkat_dec(char *buf, size_t len, struct dec,
	struct num_style);

/* Roman numeral of 1..3999, upper case ("XIV") or lower ("xiv", page
 * numbers). Returns 0, or -1 (buf "") when n is out of range or buf is
 * too small (16 bytes hold every numeral up to 3999). */
int num_roman(char *buf, size_t len, int n, bool upper);

#endif
