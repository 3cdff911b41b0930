#include "util/num.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* Largest magnitude accepted from a cell (exclusive): 10^15. Cells are
 * kept exactly (struct dec), but figures also travel as doubles, which
 * hold every whole rupiah only below about 9 x 10^15. */
#define NUM_MAX ((struct dec){1000000000000000LL, 0})

static void seterr(char *err, size_t len, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void seterr(char *err, size_t len, const char *fmt, ...)
{
	if (err == NULL || len == 0)
		return;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err, len, fmt, ap);
	va_end(ap);
}

/* Skips ASCII blanks and the UTF-8 no-break space. */
static const char *skip_space(const char *p)
{
	for (;;) {
		if (*p == ' ' || *p == '\t')
			p++;
		else if ((unsigned char)p[0] == 0xc2 && (unsigned char)p[1] == 0xa0)
			p += 2;
		else
			return p;
	}
}

/* Reads the digits-and-separators body of a number under one convention.
 * group is the thousands separator, dec the decimal one. Returns the
 * number of bytes consumed, 0 when the body is not valid that way (or has
 * more digits than a struct dec keeps). The value is exact: every digit
 * typed, the decimals as the scale. */
static size_t read_body(const char *s, char group, char dec, struct dec *out)
{
	const char *p = s;
	__int128 m = 0;
	int lead = 0, digits = 0, scale = 0;
	while (isdigit((unsigned char)*p)) {
		if (++digits > DEC_DIGITS)
			return 0;
		m = m * 10 + (*p - '0');
		p++;
		lead++;
	}
	if (lead == 0)
		return 0;
	if (*p == group) {
		/* Grouped: first group 1-3 digits, every next group exactly 3. */
		if (lead > 3)
			return 0;
		while (*p == group) {
			const char *g = p + 1;
			int n = 0;
			while (isdigit((unsigned char)g[n]))
				n++;
			if (n != 3 || (digits += 3) > DEC_DIGITS)
				return 0;
			for (int i = 0; i < 3; i++)
				m = m * 10 + (g[i] - '0');
			p = g + 3;
		}
	}
	if (*p == dec) {
		const char *f = p + 1;
		if (!isdigit((unsigned char)*f))
			return 0;
		while (isdigit((unsigned char)*f)) {
			if (++digits > DEC_DIGITS)
				return 0;
			m = m * 10 + (*f - '0');
			scale++;
			f++;
		}
		p = f;
	}
	/* A separator right after a valid body ("1.234,5,6") is not ours. */
	if (*p == group || *p == dec)
		return 0;
	*out = (struct dec){m, scale};
	return (size_t)(p - s);
}

/* Reads one number at s under conv. Returns bytes consumed or 0; *amb set
 * when, undecided, the two conventions read it differently. */
static size_t read_number(const char *s, enum num_convention conv,
	struct dec *out, bool *amb)
{
	struct dec vi = DEC_NONE, ve = DEC_NONE;
	size_t ni = 0, ne = 0;
	*amb = false;
	if (conv != NUM_EN)
		ni = read_body(s, '.', ',', &vi);
	if (conv != NUM_ID)
		ne = read_body(s, ',', '.', &ve);
	if (conv == NUM_ID) {
		*out = vi;
		return ni;
	}
	if (conv == NUM_EN) {
		*out = ve;
		return ne;
	}
	if (ni && ne) {
		/* "70" or "70.5" in an undecided file: one reading only when
		 * both give the same digits (and the same decimals). */
		if (ni != ne || vi.m != ve.m || vi.scale != ve.scale) {
			*amb = true;
			return ni > ne ? ni : ne;
		}
		*out = vi;
		return ni;
	}
	if (ni) {
		*out = vi;
		return ni;
	}
	*out = ve;
	return ne;
}

enum num_convention num_hint(const char *s)
{
	s = skip_space(s);
	if (*s == '-' || *s == '+')
		s++;
	else if (strncmp(s, NUM_MINUS, 3) == 0)
		s += 3;
	struct dec vi, ve;
	size_t ni = read_body(s, '.', ',', &vi);
	size_t ne = read_body(s, ',', '.', &ve);
	if (ni && !ne)
		return NUM_ID;
	if (ne && !ni)
		return NUM_EN;
	if (ni && ne && ni != ne)
		return ni > ne ? NUM_ID : NUM_EN;
	return NUM_UNDECIDED;
}

static bool is_empty_word(const char *s, size_t n)
{
	if (n == 0)
		return true;
	if (n == 1 && s[0] == '-')
		return true;
	/* En dash and em dash, as Word and Excel autocorrect "-". */
	if (n == 3 && (!memcmp(s, "\xe2\x80\x93", 3) || !memcmp(s, "\xe2\x80\x94", 3)))
		return true;
	if (n == 5 && strncasecmp(s, "nihil", 5) == 0)
		return true;
	return false;
}

/* A grade is a short run of capital letters, maybe with +/- ("BB", "A-"). */
static size_t read_grade(const char *s)
{
	size_t n = 0;
	while (s[n] >= 'A' && s[n] <= 'Z')
		n++;
	if (n == 0 || n > 3)
		return 0;
	/* "A+", "B-", "AA++" at most: a longer run is no grade, and the label
	 * must fit num_value.grade. */
	size_t signs = 0;
	while ((s[n] == '+' || s[n] == '-') && signs < 3) {
		n++;
		signs++;
	}
	if (s[n] == '+' || s[n] == '-')
		return 0;
	return n;
}

static int parse_signed(const char **pp, enum num_convention conv,
	struct dec *v, const char *cell, char *err, size_t errlen)
{
	const char *p = *pp;
	int sign = 1;
	if (*p == '-' || *p == '+') {
		sign = *p == '-' ? -1 : 1;
		p = skip_space(p + 1);
	} else if (strncmp(p, NUM_MINUS, 3) == 0) {
		/* The formatter's own minus: a figure copied from the report
		 * (into terbit.csv, say) reads back. */
		sign = -1;
		p = skip_space(p + 3);
	}
	bool amb;
	size_t n = read_number(p, conv, v, &amb);
	if (amb) {
		seterr(err, errlen,
			"ambiguous number \"%s\": the file does not show whether "
			"'.' groups thousands or marks decimals; write it without "
			"grouping (1525 or 1,525) or declare the convention "
			"(angka: indonesia / internasional)", cell);
		return -1;
	}
	if (n == 0) {
		/* The cell in the file's convention: '.' and ',' swapped. */
		char swap[64];
		size_t k = 0;
		for (const char *c = cell; *c && k + 1 < sizeof swap; c++)
			swap[k++] = *c == '.' ? ',' : *c == ',' ? '.' : *c;
		swap[k] = '\0';
		if (conv == NUM_ID && read_body(p, ',', '.', v))
			seterr(err, errlen,
				"\"%s\" is written the international way but the "
				"file uses the Indonesian convention (1.234,5): "
				"write \"%s\", or declare angka: internasional",
				cell, swap);
		else if (conv == NUM_EN && read_body(p, '.', ',', v))
			seterr(err, errlen,
				"\"%s\" is written the Indonesian way but the file "
				"declares the international convention (1,234.5): "
				"write \"%s\"", cell, swap);
		else if (!strncmp(p, "\xe2\x89\xa5", 3) ||
				!strncmp(p, "\xe2\x89\xa4", 3) || *p == '>' ||
				*p == '<')
			/* "≥ 80 %", as a Renstra table prints a floor. */
			seterr(err, errlen, "expected a number, found \"%s\": "
				"write the number alone; whether it is at least or "
				"at most is the indicator's polaritas (positif or "
				"negatif)", cell);
		else
			seterr(err, errlen, "expected a number, found \"%s\"", cell);
		return -1;
	}
	if (sign < 0)
		*v = dec_neg(*v);
	/* On the whole part's digits: 999.999.999.999.999,5 is below the
	 * limit though its nearest double is not. */
	struct dec whole = dec_round(v->m < 0 ? dec_neg(*v) : *v, 0,
		ROUND_TRUNCATE);
	if (dec_cmp(whole, NUM_MAX) >= 0) {
		seterr(err, errlen, "number too large: \"%s\"", cell);
		return -1;
	}
	*pp = p + n;
	return 0;
}

int num_parse(const char *cell, enum num_convention conv, struct num_value *out,
	char *err, size_t errlen)
{
	memset(out, 0, sizeof *out);
	const char *p = skip_space(cell);
	size_t n = strlen(p);
	while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t' || p[n - 1] == '\r'))
		n--;
	if (is_empty_word(p, n)) {
		out->kind = NUM_EMPTY;
		return 0;
	}
	char buf[256];
	if (n >= sizeof buf) {
		seterr(err, errlen, "expected a number, found a cell of %zu bytes", n);
		return -1;
	}
	memcpy(buf, p, n);
	buf[n] = '\0';
	p = buf;

	/* Grade: "BB (75)" or "BB". */
	size_t g = read_grade(p);
	if (g > 0 && (p[g] == '\0' || p[g] == ' ' || p[g] == '(')) {
		const char *q = skip_space(p + g);
		if (*q == '\0' || *q == '(') {
			out->kind = NUM_GRADE;
			memcpy(out->grade, p, g);
			out->grade[g] = '\0';
			if (*q == '(') {
				q = skip_space(q + 1);
				if (parse_signed(&q, conv, &out->exact, cell,
						err, errlen) < 0)
					return -1;
				out->value = dec_to_double(out->exact);
				q = skip_space(q);
				if (*q != ')') {
					seterr(err, errlen, "expected \")\" after the "
						"grade's score in \"%s\"", cell);
					return -1;
				}
				out->has_score = true;
				q = skip_space(q + 1);
				if (*q != '\0') {
					seterr(err, errlen, "unexpected \"%s\" after "
						"the grade in \"%s\"", q, cell);
					return -1;
				}
			}
			return 0;
		}
	}

	/* "Rp 1.000" / "Rp. 1.000" */
	if (strncasecmp(p, "rp", 2) == 0) {
		p += 2;
		if (*p == '.')
			p++;
		p = skip_space(p);
	}
	if (parse_signed(&p, conv, &out->exact, cell, err, errlen) < 0)
		return -1;
	out->value = dec_to_double(out->exact);
	out->kind = NUM_VALUE;
	p = skip_space(p);
	if (*p == '%') {
		out->percent = true;
		p = skip_space(p + 1);
	}
	/* Range: "60 - 80", "60 s.d. 80", "60 s/d 80", "60 sampai 80". */
	const char *seps[] = {"s.d.", "s.d", "s/d", "sampai", "-", "\xe2\x80\x93"};
	for (size_t i = 0; i < sizeof seps / sizeof *seps; i++) {
		size_t sl = strlen(seps[i]);
		if (strncasecmp(p, seps[i], sl) != 0)
			continue;
		const char *q = skip_space(p + sl);
		if (!isdigit((unsigned char)*q))
			break;
		if (parse_signed(&q, conv, &out->exact_upper, cell, err,
				errlen) < 0)
			return -1;
		out->upper = dec_to_double(out->exact_upper);
		if (dec_cmp(out->exact_upper, out->exact) < 0) {
			seterr(err, errlen, "range \"%s\" has its upper bound "
				"below its lower bound", cell);
			return -1;
		}
		out->kind = NUM_RANGE;
		p = skip_space(q);
		if (*p == '%') {
			out->percent = true;
			p = skip_space(p + 1);
		}
		break;
	}
	/* A unit after the number: a word of letters, then letters, spaces,
	 * '/', '.', and digits past the first word ("UM", "per 100.000 KH":
	 * a rate as the report prints it, so a figure copied from the PDF
	 * reads back; "1e400" stays no number). */
	if (*p != '\0') {
		size_t ul = strlen(p);
		bool later_word = false;
		for (size_t i = 0; i < ul; i++) {
			unsigned char c = (unsigned char)p[i];
			later_word |= c == ' ';
			if (!(isalpha(c) || (isdigit(c) && later_word) ||
					c == ' ' || c == '/' || c == '.' ||
					c >= 0x80)) {
				seterr(err, errlen, "expected a number, found \"%s\"",
					cell);
				return -1;
			}
		}
		if (!isalpha((unsigned char)p[0]) || ul >= sizeof out->unit) {
			seterr(err, errlen, "expected a number, found \"%s\"", cell);
			return -1;
		}
		memcpy(out->unit, p, ul + 1);
	}
	return 0;
}

double num_round(double v, int decimals, enum num_rounding mode)
{
	if (isnan(v) || isinf(v))
		return v;
	return dec_to_double(dec_round(dec_from_double(v), decimals, mode));
}

char *num_format_dec(char *buf, size_t len, struct dec d, struct num_style st)
{
	if (len == 0)
		return buf;
	int decimals = st.decimals < 0 ? 0 : st.decimals > 9 ? 9 : st.decimals;
	struct dec r = dec_round(d, decimals, st.rounding);
	if (!dec_ok(r)) {
		snprintf(buf, len, "-");
		return buf;
	}
	if (st.trim_zeros)
		r = dec_trim(r);
	char plain[64]; /* "-1234.50" */
	dec_str(plain, sizeof plain, r);
	const char *digits = plain[0] == '-' ? plain + 1 : plain;
	const char *dot = strchr(digits, '.');
	size_t intlen = dot ? (size_t)(dot - digits) : strlen(digits);
	char out[96];
	size_t o = 0;
	/* A true minus sign (U+2212), as wide as a digit and level with
	 * the "+" of a table: the hyphen is shorter and sits low. A value
	 * rounded to zero reads "0", not "-0". */
	if (dec_sign(r) < 0) {
		memcpy(out + o, NUM_MINUS, 3);
		o += 3;
	}
	for (size_t i = 0; i < intlen; i++) {
		if (i > 0 && (intlen - i) % 3 == 0)
			out[o++] = '.';
		out[o++] = digits[i];
	}
	if (dot != NULL) {
		out[o++] = ',';
		for (const char *f = dot + 1; *f; f++)
			out[o++] = *f;
	}
	out[o] = '\0';
	snprintf(buf, len, "%s", out);
	return buf;
}

char *num_ascii_minus(char *s)
{
	char *w = s;
	for (const char *r = s; *r;) {
		if (strncmp(r, NUM_MINUS, 3) == 0) {
			*w++ = '-';
			r += 3;
		} else {
			*w++ = *r++;
		}
	}
	*w = '\0';
	return s;
}

char *num_format_range_dec(char *buf, size_t len, struct dec lo,
	struct dec hi, struct num_style st)
{
	char a[96], b[96];
	num_format_dec(a, sizeof a, lo, st);
	num_format_dec(b, sizeof b, hi, st);
	/* "60–80"; spaced when a bound has a sign, so "−5 – 5" does not
	 * read as one run of dashes. */
	bool spaced = dec_sign(lo) < 0 || dec_sign(hi) < 0;
	snprintf(buf, len, "%s%s%s", a, spaced ? NUM_NBSP NUM_EN_DASH " " :
		NUM_RANGE_DASH, b);
	return buf;
}

char *num_format_years(char *buf, size_t len, int from, int to)
{
	snprintf(buf, len, "%d" NUM_RANGE_DASH "%d", from, to);
	return buf;
}

char *num_format(char *buf, size_t len, double v, struct num_style st)
{
	return num_format_dec(buf, len, dec_from_double(v), st);
}

char *num_format_percent_dec(char *buf, size_t len, struct dec d,
	struct num_style st)
{
	char n[96];
	num_format_dec(n, sizeof n, d, st);
	if (!dec_ok(d))
		snprintf(buf, len, "%s", n);
	else
		snprintf(buf, len, "%s" NUM_NBSP "%%", n);
	return buf;
}

char *num_format_percent(char *buf, size_t len, double v, struct num_style st)
{
	return num_format_percent_dec(buf, len, dec_from_double(v), st);
}

char *num_format_rupiah_dec(char *buf, size_t len, struct dec d,
	struct num_style st)
{
	char n[96];
	num_format_dec(n, sizeof n, d, st);
	if (!dec_ok(d))
		snprintf(buf, len, "%s", n);
	else
		snprintf(buf, len, "Rp" NUM_NBSP "%s", n);
	return buf;
}

char *num_format_rupiah(char *buf, size_t len, double v, struct num_style st)
{
	return num_format_rupiah_dec(buf, len, dec_from_double(v), st);
}

/* ---- terbilang ---- */

static const char *const SATUAN[] = {"", "satu", "dua", "tiga", "empat",
	"lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"};

struct sbuf {
	char *p;
	size_t len, used;
	bool overflow;
};

static void sput(struct sbuf *b, const char *w)
{
	size_t wl = strlen(w);
	size_t need = wl + (b->used ? 1 : 0);
	if (b->used + need + 1 > b->len) {
		b->overflow = true;
		return;
	}
	if (b->used)
		b->p[b->used++] = ' ';
	memcpy(b->p + b->used, w, wl);
	b->used += wl;
	b->p[b->used] = '\0';
}

/* 1..999 */
static void words_999(struct sbuf *b, unsigned n)
{
	unsigned ratus = n / 100, sisa = n % 100;
	if (ratus == 1)
		sput(b, "seratus");
	else if (ratus > 1) {
		sput(b, SATUAN[ratus]);
		sput(b, "ratus");
	}
	if (sisa == 0)
		return;
	if (sisa < 12)
		sput(b, SATUAN[sisa]);
	else if (sisa < 20) {
		sput(b, SATUAN[sisa % 10]);
		sput(b, "belas");
	} else {
		sput(b, SATUAN[sisa / 10]);
		sput(b, "puluh");
		if (sisa % 10)
			sput(b, SATUAN[sisa % 10]);
	}
}

int num_terbilang(char *buf, size_t len, unsigned long long n)
{
	static const char *const SKALA[] = {"", "ribu", "juta", "miliar",
		"triliun"};
	struct sbuf b = {buf, len, 0, false};
	if (len == 0)
		return -1;
	buf[0] = '\0';
	if (n > 999999999999999ULL)
		return -1;
	if (n == 0) {
		sput(&b, "nol");
		return b.overflow ? -1 : 0;
	}
	unsigned groups[5];
	for (int i = 0; i < 5; i++) {
		groups[i] = (unsigned)(n % 1000);
		n /= 1000;
	}
	for (int i = 4; i >= 0; i--) {
		unsigned g = groups[i];
		if (g == 0)
			continue;
		if (i == 1 && g == 1)
			sput(&b, "seribu"); /* not "satu ribu" */
		else {
			words_999(&b, g);
			if (i > 0)
				sput(&b, SKALA[i]);
		}
	}
	return b.overflow ? -1 : 0;
}

int num_terbilang_rupiah(char *buf, size_t len, double amount)
{
	if (!(amount >= 0) || amount >= 1e15)
		return -1;
	unsigned long long sen_total = (unsigned long long)llround(amount * 100);
	unsigned long long rupiah = sen_total / 100;
	unsigned sen = (unsigned)(sen_total % 100);
	if (num_terbilang(buf, len, rupiah) < 0)
		return -1;
	size_t used = strlen(buf);
	int w = snprintf(buf + used, len - used, " rupiah");
	if (w < 0 || (size_t)w >= len - used)
		return -1;
	if (sen) {
		used += (size_t)w;
		char s[64];
		num_terbilang(s, sizeof s, sen);
		w = snprintf(buf + used, len - used, " %s sen", s);
		if (w < 0 || (size_t)w >= len - used)
			return -1;
	}
	return 0;
}

int num_terbilang_dec(char *buf, size_t len, struct dec d,
	struct num_style st)
{
	/* The formatter's own text, read back: the words say the digits
	 * the page shows, rounded once. */
	char s[96];
	if (len == 0 || !dec_ok(d))
		return -1;
	buf[0] = '\0';
	num_format_dec(s, sizeof s, d, st);
	const char *p = s;
	bool minus = strncmp(p, NUM_MINUS, 3) == 0;
	if (minus)
		p += 3;
	unsigned long long n = 0;
	for (; *p && *p != ','; p++) {
		if (*p == '.')
			continue;
		if (n > 99999999999999ULL)
			return -1;
		n = n * 10 + (unsigned long long)(*p - '0');
	}
	char w[512];
	if (num_terbilang(w, sizeof w, n) < 0)
		return -1;
	struct sbuf b = {buf, len, 0, false};
	if (minus)
		sput(&b, "minus");
	sput(&b, w);
	if (*p == ',') {
		/* "koma lima tujuh": decimals are read digit by digit. */
		static const char *const ANGKA[] = {"nol", "satu", "dua", "tiga",
			"empat", "lima", "enam", "tujuh", "delapan", "sembilan"};
		sput(&b, "koma");
		for (p++; *p >= '0' && *p <= '9'; p++)
			sput(&b, ANGKA[*p - '0']);
	}
	return b.overflow ? -1 : 0;
}

char *num_format_rupiah_singkat_dec(char *buf, size_t len, struct dec d,
	struct num_style st)
{
	static const struct {
		long long satu;
		const char *nama;
	} SKALA[] = {
		{1000000000000LL, "triliun"},
		{1000000000LL, "miliar"},
		{1000000LL, "juta"},
	};
	for (size_t i = 0; dec_ok(d) && i < sizeof SKALA / sizeof *SKALA;
			i++) {
		/* One decimal, half-up, "4,0" written "4"; the scale is the
		 * largest the rounded amount reaches (999.950.000 is "Rp 1
		 * miliar", not "Rp 1.000 juta"). */
		struct num_style st1 = {1, ROUND_HALF_UP, true};
		struct dec q = dec_round(dec_div(d, dec_int(SKALA[i].satu)), 1,
			ROUND_HALF_UP);
		if (dec_cmp(dec_sign(q) < 0 ? dec_neg(q) : q, dec_int(1)) < 0)
			continue;
		char n[96];
		num_format_dec(n, sizeof n, q, st1);
		snprintf(buf, len, "Rp" NUM_NBSP "%s %s", n, SKALA[i].nama);
		return buf;
	}
	return num_format_rupiah_dec(buf, len, d, st);
}

int num_roman(char *buf, size_t len, int n, bool upper)
{
	static const struct { int v; const char *s; } R[] = {
		{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"},
		{90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"},
		{5, "V"}, {4, "IV"}, {1, "I"},
	};
	if (len > 0)
		buf[0] = '\0';
	if (n < 1 || n > 3999)
		return -1;
	size_t at = 0;
	for (size_t i = 0; i < sizeof R / sizeof R[0]; i++)
		for (; n >= R[i].v; n -= R[i].v)
			for (const char *p = R[i].s; *p; p++) {
				if (at + 1 >= len) {
					if (len > 0)
						buf[0] = '\0';
					return -1;
				}
				buf[at++] = upper ? *p : (char)tolower(
					(unsigned char)*p);
			}
	buf[at] = '\0';
	return 0;
}
