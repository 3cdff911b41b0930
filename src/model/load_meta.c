/* laporan.yaml -> struct report_meta, and site.yaml. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "model/load.h"
#include "model/yaml.h"
#include "util/date.h"

static bool parse_rounding(const struct ynode *map, const char *key,
	struct num_style *st, struct diag_list *dl)
{
	struct ynode *n = ynode_get(map, key);
	if (n == NULL)
		return true;
	if (n->type != YNODE_MAP) {
		diag_add(dl, DIAG_ERROR, n->pos, "\"%s\": expected "
			"{ desimal: 2, cara: potong }", key);
		return false;
	}
	static const char *const keys[] = {"desimal", "cara", NULL};
	bool ok = ynode_check_keys(n, keys, dl);
	int d;
	if (ynode_int(n, "desimal", &d, false, dl)) {
		if (d < 0 || d > 6) {
			diag_add(dl, DIAG_ERROR, ynode_get(n, "desimal")->pos,
				"\"desimal\" must be 0 to 6");
			ok = false;
		} else
			st->decimals = d;
	}
	struct ynode *c = ynode_get(n, "cara");
	if (c != NULL) {
		if (c->type == YNODE_SCALAR && !strcmp(c->scalar, "potong"))
			st->rounding = ROUND_TRUNCATE;
		else if (c->type == YNODE_SCALAR && !strcmp(c->scalar, "setengah-naik"))
			st->rounding = ROUND_HALF_UP;
		else {
			diag_add(dl, DIAG_ERROR, c->pos, "\"cara\" must be potong or "
				"setengah-naik, found \"%s\"",
				c->type == YNODE_SCALAR ? c->scalar : "?");
			ok = false;
		}
	}
	return ok;
}

/* One condition of a band: ">= 75", "< 100", "> 90,1". */
static bool parse_cond(const char *s, char *op, double *v)
{
	while (*s == ' ')
		s++;
	size_t ol = 0;
	while (s[ol] == '<' || s[ol] == '>' || s[ol] == '=')
		ol++;
	if (ol == 0 || ol > 2)
		return false;
	memcpy(op, s, ol);
	op[ol] = '\0';
	if (strcmp(op, ">=") && strcmp(op, ">") && strcmp(op, "<=") &&
			strcmp(op, "<"))
		return false;
	struct num_value nv;
	char err[128];
	if (num_parse(s + ol, NUM_ID, &nv, err, sizeof err) < 0 ||
			nv.kind != NUM_VALUE || nv.unit[0])
		return false;
	*v = nv.value;
	return true;
}

static bool parse_band(struct arena *a, const struct ynode *n,
	struct predikat_band *b, struct diag_list *dl)
{
	static const char *const keys[] = {"nama", "rentang", "kelas", "teks",
		NULL};
	if (n->type != YNODE_MAP) {
		diag_add(dl, DIAG_ERROR, n->pos, "a band is written "
			"{ nama: ..., rentang: \">= 75 dan < 100\" }");
		return false;
	}
	bool ok = ynode_check_keys(n, keys, dl);
	b->pos = n->pos;
	b->nama = ynode_str(a, n, "nama", true, dl);
	b->kelas = ynode_str(a, n, "kelas", false, dl);
	/* A CSS class name: the site dropped anything else silently
	 * ("sangat baik" became "sangatbaik", colourless). */
	if (b->kelas && (b->kelas[0] == '\0' || b->kelas[strspn(b->kelas,
			"abcdefghijklmnopqrstuvwxyz0123456789-")] != '\0')) {
		diag_add(dl, DIAG_ERROR, ynode_get(n, "kelas")->pos, "kelas must "
			"be lower-case letters, digits and '-', found \"%s\"",
			b->kelas);
		b->kelas = NULL;
	}
	b->teks = ynode_str(a, n, "teks", false, dl);
	const char *r = ynode_str(a, n, "rentang", true, dl);
	if (b->nama == NULL || r == NULL)
		return false;
	char *dup = arena_strdup(a, r);
	int nc = 0;
	for (char *part = dup; part != NULL && ok; nc++) {
		char *dan = strstr(part, " dan ");
		if (dan)
			*dan = '\0';
		char op[3];
		double v;
		if (nc >= 2 || !parse_cond(part, op, &v)) {
			diag_add(dl, DIAG_ERROR, ynode_get(n, "rentang")->pos,
				"rentang \"%s\": expected one or two conditions such as "
				"\">= 75 dan < 100\"", r);
			return false;
		}
		if (op[0] == '>') {
			if (b->has_min)
				ok = false;
			b->has_min = true;
			b->min = v;
			b->min_inklusif = op[1] == '=';
		} else {
			if (b->has_max)
				ok = false;
			b->has_max = true;
			b->maks = v;
			b->maks_inklusif = op[1] == '=';
		}
		part = dan ? dan + 5 : NULL;
	}
	if (!ok || (b->has_min && b->has_max && b->min >= b->maks)) {
		diag_add(dl, DIAG_ERROR, ynode_get(n, "rentang")->pos,
			"rentang \"%s\" is empty or names a bound twice", r);
		return false;
	}
	if (b->kelas == NULL)
		b->kelas = "kustom";
	return true;
}

static bool parse_scale(struct arena *a, const struct ynode *p,
	struct predikat_skala *s, struct diag_list *dl)
{
	static const char *const keys[] = {"preset", "skala", "celah", NULL};
	if (p == NULL) {
		model_skala_preset(a, "magetan", s);
		return true;
	}
	s->pos = p->pos;
	/* Many reports grade nothing: no predicate column, no words. */
	if (p->type == YNODE_SCALAR && !strcmp(p->scalar, "tidak ada")) {
		s->nama = "tidak ada";
		return true;
	}
	if (p->type == YNODE_SCALAR) {
		diag_add(dl, DIAG_ERROR, p->pos, "predikat: expected \"tidak "
			"ada\", a preset or a skala, found \"%s\"", p->scalar);
		return false;
	}
	if (!ynode_check_keys(p, keys, dl))
		return false;
	bool celah = false;
	if (ynode_get(p, "celah") != NULL &&
			!ynode_bool(p, "celah", &celah, dl))
		return false;
	if (celah && ynode_get(p, "skala") == NULL) {
		diag_add(dl, DIAG_ERROR, ynode_get(p, "celah")->pos, "celah "
			"belongs to a report's own skala (a preset has no gaps)");
		return false;
	}
	s->celah = celah;
	struct ynode *preset = ynode_get(p, "preset");
	struct ynode *skala = ynode_get(p, "skala");
	if (preset && skala) {
		diag_add(dl, DIAG_ERROR, skala->pos, "give either \"preset\" or "
			"\"skala\", not both");
		return false;
	}
	if (preset) {
		if (preset->type != YNODE_SCALAR ||
				!model_skala_preset(a, preset->scalar, s)) {
			diag_add(dl, DIAG_ERROR, preset->pos, "unknown preset \"%s\" "
				"(expected magetan, permendagri or jombang)",
				preset->type == YNODE_SCALAR ? preset->scalar : "?");
			return false;
		}
		return true;
	}
	if (skala == NULL || skala->type != YNODE_SEQ || skala->n == 0) {
		diag_add(dl, DIAG_ERROR, p->pos, "\"predikat\" needs a \"preset\" "
			"or a \"skala\" list of bands");
		return false;
	}
	s->nama = "kustom";
	s->nband = skala->n;
	s->band = arena_alloc(a, skala->n * sizeof *s->band);
	bool ok = true;
	for (size_t i = 0; i < skala->n; i++)
		ok &= parse_band(a, skala->items[i], &s->band[i], dl);
	if (ok)
		ok = model_skala_check(s, dl);
	return ok;
}

/* A year a report can be about (util/date.h): "tahun: 0" is a typo. */
static bool check_year(const struct ynode *map, const char *key, int y,
	struct diag_list *dl)
{
	if (y >= TAHUN_MIN && y <= TAHUN_MAX)
		return true;
	diag_add(dl, DIAG_ERROR, ynode_get(map, key)->pos, "\"%s\": the year "
		"%d is outside %d to %d", key, y, TAHUN_MIN, TAHUN_MAX);
	return false;
}

static void load_lampiran(struct arena *, struct report_meta *,
	const struct ynode *, struct diag_list *);
static void load_sampul(struct arena *, struct report_meta *,
	const struct ynode *, struct diag_list *);

bool load_meta(struct report *r, const char *path, struct diag_list *dl)
{
	struct arena *a = r->arena;
	struct report_meta *m = &r->meta;
	size_t before = diag_errors(dl);
	struct ynode *root = yaml_load(a, r->dir, path, dl);
	if (root == NULL)
		return false;
	m->pos = root->pos;
	static const char *const top[] = {"laporan", "instansi", "renstra",
		"kepala", "penandatanganan", "predikat", "perhitungan",
		"pembulatan", "angka", "html_mentah", "kerangka", "bab", "lampiran",
		"sampul", NULL};
	ynode_check_keys(root, top, dl);

	/* Defaults (docs/content-format.md). */
	m->judul = "Laporan Kinerja Instansi Pemerintah";
	m->fmt_capaian = (struct num_style){2, ROUND_HALF_UP, false};
	m->fmt_anggaran = (struct num_style){2, ROUND_HALF_UP, false};
	m->fmt_efisiensi = (struct num_style){2, ROUND_HALF_UP, false};
	m->fmt_nilai = (struct num_style){2, ROUND_HALF_UP, true};
	m->efisiensi = EFISIENSI_SELISIH;
	m->rata_rata = RATA_PENUH;
	m->ambang_wajar = 300;
	m->angka = NUM_UNDECIDED;

	struct ynode *lap = ynode_get(root, "laporan");
	static const char *const k_lap[] = {"judul", "singkatan", "tahun", NULL};
	if (lap == NULL)
		diag_add(dl, DIAG_ERROR, root->pos, "missing section \"laporan\"");
	ynode_check_keys(lap, k_lap, dl);
	const char *j = ynode_str(a, lap, "judul", false, dl);
	if (j)
		m->judul = j;
	m->singkatan_laporan = ynode_str(a, lap, "singkatan", false, dl);
	if (m->singkatan_laporan == NULL)
		m->singkatan_laporan = "LKjIP";
	if (ynode_int(lap, "tahun", &m->tahun, true, dl))
		check_year(lap, "tahun", m->tahun, dl);

	struct ynode *ins = ynode_get(root, "instansi");
	static const char *const k_ins[] = {"nama", "singkatan", "pemerintah",
		"alamat", "telepon", "email", "laman", "logo", NULL};
	if (ins == NULL)
		diag_add(dl, DIAG_ERROR, root->pos, "missing section \"instansi\"");
	ynode_check_keys(ins, k_ins, dl);
	m->instansi = ynode_str(a, ins, "nama", true, dl);
	if (ins != NULL)
		m->pos_instansi = ynode_get(ins, "nama") ?
			ynode_get(ins, "nama")->pos : ins->pos;
	m->singkatan = ynode_str(a, ins, "singkatan", false, dl);
	m->pemerintah = ynode_str(a, ins, "pemerintah", true, dl);
	m->alamat = ynode_str(a, ins, "alamat", false, dl);
	m->telepon = ynode_str(a, ins, "telepon", false, dl);
	m->email = ynode_str(a, ins, "email", false, dl);
	m->laman = ynode_str(a, ins, "laman", false, dl);
	/* Printed as text, never as a link: only a plausible address is
	 * taken, so a typo does not reach the cover. */
	if (m->email && (strchr(m->email, '@') == NULL ||
			strpbrk(m->email, " <>\"") != NULL))
		diag_add(dl, DIAG_ERROR, ynode_get(ins, "email")->pos, "email: "
			"expected an address such as diskop@magetan.go.id, found "
			"\"%s\"", m->email);
	if (m->laman && strpbrk(m->laman, " <>\"") != NULL)
		diag_add(dl, DIAG_ERROR, ynode_get(ins, "laman")->pos, "laman: "
			"expected a web address such as diskop.magetan.go.id, "
			"found \"%s\"", m->laman);
	m->logo = ynode_str(a, ins, "logo", false, dl);
	if (m->logo)
		m->pos_logo = ynode_get(ins, "logo")->pos;
	if (m->logo && !path_is_contained(m->logo)) {
		diag_add(dl, DIAG_ERROR, ynode_get(ins, "logo")->pos, "logo \"%s\" "
			"must be a path inside the report folder", m->logo);
		m->logo = NULL;
	}

	struct ynode *ren = ynode_get(root, "renstra");
	static const char *const k_ren[] = {"awal", "akhir", NULL};
	if (ren == NULL)
		diag_add(dl, DIAG_ERROR, root->pos, "missing section \"renstra\"");
	ynode_check_keys(ren, k_ren, dl);
	bool ren_ok = ynode_int(ren, "awal", &m->renstra_awal, true, dl) &&
		check_year(ren, "awal", m->renstra_awal, dl);
	ren_ok &= ynode_int(ren, "akhir", &m->renstra_akhir, true, dl) &&
		check_year(ren, "akhir", m->renstra_akhir, dl);
	if (ren && ren_ok && m->renstra_akhir < m->renstra_awal)
		diag_add(dl, DIAG_ERROR, ren->pos, "renstra: akhir %d is before "
			"awal %d", m->renstra_akhir, m->renstra_awal);
	/* A Renstra is five years (six in a transition); 2024-2099 is a
	 * typo that would give the Renstra table 76 year columns. */
	else if (ren && ren_ok && m->renstra_akhir - m->renstra_awal + 1 > 6)
		diag_add(dl, DIAG_WARNING, ynode_get(ren, "akhir")->pos,
			"renstra %d-%d is %d years long: a Renstra is 5 (is a "
			"year mistyped?)", m->renstra_awal, m->renstra_akhir,
			m->renstra_akhir - m->renstra_awal + 1);

	struct ynode *kep = ynode_get(root, "kepala");
	static const char *const k_kep[] = {"nama", "jabatan", "pangkat",
		"golongan", "nip", "status", NULL};
	if (kep == NULL)
		diag_add(dl, DIAG_ERROR, root->pos, "missing section \"kepala\"");
	ynode_check_keys(kep, k_kep, dl);
	/* Optional: a report signed before the name is known, or whose
	 * head signs by hand above a blank. */
	m->kepala_nama = ynode_str(a, kep, "nama", false, dl);
	if (m->kepala_nama && m->kepala_nama[strspn(m->kepala_nama,
			" \t")] == '\0')
		m->kepala_nama = NULL;
	const char *st = ynode_str(a, kep, "status", false, dl);
	if (st && !strcasecmp(st, "plt"))
		m->kepala_status = "Plt.";
	else if (st && !strcasecmp(st, "plh"))
		m->kepala_status = "Plh.";
	else if (st && !strcasecmp(st, "definitif"))
		m->kepala_status = NULL;
	else if (st)
		diag_add(dl, DIAG_ERROR, ynode_get(kep, "status")->pos, "status "
			"must be plt (pelaksana tugas), plh (pelaksana harian) or "
			"definitif, found \"%s\"", st);
	m->kepala_jabatan = ynode_str(a, kep, "jabatan", true, dl);
	m->kepala_pangkat = ynode_str(a, kep, "pangkat", false, dl);
	m->kepala_golongan = ynode_str(a, kep, "golongan", false, dl);
	m->kepala_nip = ynode_str(a, kep, "nip", false, dl);
	/* The NIP as the signature prints it, "19720314 199803 1 007"
	 * (copied from a signed document), is the same 18 digits. */
	if (m->kepala_nip && strchr(m->kepala_nip, ' ') != NULL) {
		char *d = arena_strdup(a, m->kepala_nip);
		size_t n = 0;
		for (const char *c = m->kepala_nip; *c; c++)
			if (*c != ' ')
				d[n++] = *c;
		d[n] = '\0';
		if (n == 18 && strspn(d, "0123456789") == 18)
			m->kepala_nip = d;
	}
	if (m->kepala_nip && (strlen(m->kepala_nip) != 18 ||
			strspn(m->kepala_nip, "0123456789") != 18))
		diag_add(dl, DIAG_ERROR, ynode_get(kep, "nip")->pos, "nip must be "
			"18 digits, found \"%s\"", m->kepala_nip);

	struct ynode *ttd = ynode_get(root, "penandatanganan");
	static const char *const k_ttd[] = {"tempat", "tanggal", "bentuk",
		NULL};
	ynode_check_keys(ttd, k_ttd, dl);
	m->tempat = ynode_str(a, ttd, "tempat", ttd != NULL, dl);
	m->tanggal = ynode_str(a, ttd, "tanggal", ttd != NULL, dl);
	const char *bentuk = ynode_str(a, ttd, "bentuk", false, dl);
	if (bentuk && !strcmp(bentuk, "ditetapkan"))
		m->ditetapkan = true;
	else if (bentuk && strcmp(bentuk, "tempat-tanggal"))
		diag_add(dl, DIAG_ERROR, ynode_get(ttd, "bentuk")->pos, "bentuk "
			"must be tempat-tanggal (\"Magetan, 14 Februari 2025\") "
			"or ditetapkan (\"Ditetapkan di ... / Pada tanggal "
			"...\"), found \"%s\"", bentuk);
	if (m->tanggal) {
		int y, mo, d;
		/* "Januari 2025": many reports are dated by month only. */
		bool bulan = date_parse_bulan(m->tanggal, &y, &mo);
		if (bulan)
			m->tanggal = arena_printf(a, "%04d-%02d", y, mo);
		/* "20 Februari 2025", as the signature prints it: the day,
		 * then the month and year; checked as the ISO date it is. */
		char *end;
		long hari = strtol(m->tanggal, &end, 10);
		if (!bulan && end != m->tanggal && end - m->tanggal <= 2 &&
				*end == ' ' && hari >= 1 && hari <= 31 &&
				date_parse_bulan(end + strspn(end, " "), &y, &mo)) {
			const char *iso = arena_printf(a, "%04d-%02d-%02ld", y,
				mo, hari);
			if (date_parse_iso(iso, &y, &mo, &d))
				m->tanggal = iso;
		}
		if (!bulan && !date_parse_iso(m->tanggal, &y, &mo, &d))
			diag_add(dl, DIAG_ERROR, ynode_get(ttd, "tanggal")->pos,
				"tanggal: expected a real date written YYYY-MM-DD "
				"or as \"14 Februari 2025\", or a month and year "
				"such as \"Januari 2025\", found \"%s\"",
				m->tanggal);
		else if (y < TAHUN_MIN || y > TAHUN_MAX)
			diag_add(dl, DIAG_ERROR, ynode_get(ttd, "tanggal")->pos,
				"tanggal: the year %d is outside %d to %d", y,
				TAHUN_MIN, TAHUN_MAX);
	}

	parse_scale(a, ynode_get(root, "predikat"), &m->skala, dl);

	struct ynode *hit = ynode_get(root, "perhitungan");
	static const char *const k_hit[] = {"rata_rata", "batas_capaian",
		"efisiensi", "ambang_wajar", "capaian_tak_wajar",
		"dasar_capaian", "nilai_kualitatif", NULL};
	ynode_check_keys(hit, k_hit, dl);
	const char *rr = ynode_str(a, hit, "rata_rata", false, dl);
	if (rr && !strcmp(rr, "tampilan"))
		m->rata_rata = RATA_TAMPILAN;
	else if (rr && strcmp(rr, "penuh"))
		diag_add(dl, DIAG_ERROR, ynode_get(hit, "rata_rata")->pos,
			"rata_rata must be penuh or tampilan, found \"%s\"", rr);
	if (ynode_num(hit, "batas_capaian", &m->batas_capaian, dl))
		m->has_batas_capaian = true;
	ynode_num(hit, "ambang_wajar", &m->ambang_wajar, dl);
	/* A cap or threshold of 0 or below would cap every capaian to it or
	 * flag every one. */
	if (m->has_batas_capaian && m->batas_capaian <= 0)
		diag_add(dl, DIAG_ERROR, ynode_get(hit, "batas_capaian")->pos,
			"batas_capaian must be above 0 (a capaian cap such as "
			"120), found %g", m->batas_capaian);
	if (m->ambang_wajar <= 0)
		diag_add(dl, DIAG_ERROR, ynode_get(hit, "ambang_wajar")->pos,
			"ambang_wajar must be above 0 (a capaian such as 300), "
			"found %g", m->ambang_wajar);
	const char *dc = ynode_str(a, hit, "dasar_capaian", false, dl);
	if (dc && !strcmp(dc, "tampilan"))
		m->capaian_tampilan = true;
	else if (dc && strcmp(dc, "penuh"))
		diag_add(dl, DIAG_ERROR, ynode_get(hit, "dasar_capaian")->pos,
			"dasar_capaian must be penuh (full precision) or tampilan "
			"(the target and realisasi as displayed), found \"%s\"",
			dc);
	const char *tw = ynode_str(a, hit, "capaian_tak_wajar", false, dl);
	if (tw && !strcmp(tw, "kecualikan"))
		m->tak_wajar = TAK_WAJAR_KECUALIKAN;
	else if (tw && !strcmp(tw, "batasi"))
		m->tak_wajar = TAK_WAJAR_BATASI;
	else if (tw && strcmp(tw, "sertakan"))
		diag_add(dl, DIAG_ERROR, ynode_get(hit, "capaian_tak_wajar")->pos,
			"capaian_tak_wajar must be sertakan (include), kecualikan "
			"(leave out of averages) or batasi (count as "
			"ambang_wajar), found \"%s\"", tw);
	const char *ef = ynode_str(a, hit, "efisiensi", false, dl);
	if (ef) {
		if (!strcmp(ef, "selisih"))
			m->efisiensi = EFISIENSI_SELISIH;
		else if (!strcmp(ef, "rasio"))
			m->efisiensi = EFISIENSI_RASIO;
		else if (!strcmp(ef, "pmk214"))
			m->efisiensi = EFISIENSI_PMK214;
		else if (!strcmp(ef, "sisa"))
			m->efisiensi = EFISIENSI_SISA;
		else
			diag_add(dl, DIAG_ERROR, ynode_get(hit, "efisiensi")->pos,
				"efisiensi must be selisih, rasio, pmk214 or sisa, "
				"found \"%s\"", ef);
	}
	struct ynode *nk = ynode_get(hit, "nilai_kualitatif");
	if (nk != NULL) {
		if (nk->type != YNODE_MAP)
			diag_add(dl, DIAG_ERROR, nk->pos, "nilai_kualitatif: expected "
				"grade: score pairs");
		else {
			m->grade = arena_alloc(a, (nk->n ? nk->n : 1) * sizeof *m->grade);
			for (size_t i = 0; i < nk->n; i++) {
				double v;
				if (!ynode_num(nk, nk->keys[i], &v, dl))
					continue;
				m->grade[m->ngrade].grade = nk->keys[i];
				m->grade[m->ngrade].skor = v;
				m->ngrade++;
			}
		}
	}

	struct ynode *pb = ynode_get(root, "pembulatan");
	static const char *const k_pb[] = {"capaian", "anggaran", "efisiensi",
		"nilai", NULL};
	ynode_check_keys(pb, k_pb, dl);
	parse_rounding(pb, "capaian", &m->fmt_capaian, dl);
	parse_rounding(pb, "anggaran", &m->fmt_anggaran, dl);
	parse_rounding(pb, "efisiensi", &m->fmt_efisiensi, dl);
	parse_rounding(pb, "nilai", &m->fmt_nilai, dl);
	m->fmt_nilai.trim_zeros = true;

	const char *angka = ynode_str(a, root, "angka", false, dl);
	if (angka && !strcmp(angka, "indonesia"))
		m->angka = NUM_ID;
	else if (angka && !strcmp(angka, "internasional"))
		m->angka = NUM_EN;
	else if (angka)
		diag_add(dl, DIAG_ERROR, ynode_get(root, "angka")->pos, "angka must "
			"be indonesia or internasional, found \"%s\"", angka);
	/* Raw HTML of a chapter is always shown as text: user content cannot
	 * inject script or markup. The key stays accepted as false, which
	 * older laporan.yaml files hold. */
	bool mentah = false;
	if (ynode_bool(root, "html_mentah", &mentah, dl) && mentah)
		diag_add(dl, DIAG_ERROR, ynode_get(root, "html_mentah")->pos,
			"html_mentah: raw HTML in a chapter is always shown as "
			"text (content cannot publish script or markup); remove "
			"the key or set it to false");
	m->kerangka = ynode_str(a, root, "kerangka", false, dl);
	if (m->kerangka && !path_is_contained(m->kerangka)) {
		diag_add(dl, DIAG_ERROR, ynode_get(root, "kerangka")->pos,
			"kerangka \"%s\" must be a path inside the report folder",
			m->kerangka);
		m->kerangka = NULL;
	}
	struct ynode *bab = ynode_get(root, "bab");
	if (bab != NULL) {
		if (bab->type != YNODE_MAP)
			diag_add(dl, DIAG_ERROR, bab->pos, "bab: expected part: file "
				"pairs");
		else {
			size_t cap = bab->n ? bab->n : 1;
			m->bab_bagian = arena_alloc(a, cap * sizeof *m->bab_bagian);
			m->bab_file = arena_alloc(a, cap * sizeof *m->bab_file);
			m->bab_pos = arena_alloc(a, cap * sizeof *m->bab_pos);
			for (size_t i = 0; i < bab->n; i++) {
				const char *f = ynode_str(a, bab, bab->keys[i], true, dl);
				if (f && !path_is_contained(f)) {
					diag_add(dl, DIAG_ERROR, bab->items[i]->pos,
						"\"%s\" must be a path inside the report "
						"folder", f);
					continue;
				}
				if (f == NULL)
					continue;
				m->bab_bagian[m->nbab_file] = bab->keys[i];
				m->bab_pos[m->nbab_file] = bab->key_pos[i];
				m->bab_file[m->nbab_file++] = f;
			}
		}
	}
	load_sampul(a, m, ynode_get(root, "sampul"), dl);
	load_lampiran(a, m, ynode_get(root, "lampiran"), dl);
	return diag_errors(dl) == before;
}

/* sampul: { templat: polos | pita, tahun_terbit: 2025 }: the cover's
 * layout and its optional publication-year line. */
static void load_sampul(struct arena *a, struct report_meta *m,
	const struct ynode *s, struct diag_list *dl)
{
	static const char *const keys[] = {"templat", "tahun_terbit", NULL};
	if (s == NULL)
		return;
	ynode_check_keys(s, keys, dl);
	const char *t = ynode_str(a, s, "templat", false, dl);
	if (t && !strcmp(t, "pita"))
		m->sampul_templat = SAMPUL_PITA;
	else if (t && strcmp(t, "polos"))
		diag_add(dl, DIAG_ERROR, ynode_get(s, "templat")->pos, "templat "
			"must be polos or pita, found \"%s\"", t);
	if (ynode_int(s, "tahun_terbit", &m->tahun_terbit, false, dl))
		check_year(s, "tahun_terbit", m->tahun_terbit, dl);
}

/* lampiran: a list of { judul, berkas, ukuran }. The files are read and
 * checked where the tree is built (src/doc/annex.c). */
static void load_lampiran(struct arena *a, struct report_meta *m,
	const struct ynode *l, struct diag_list *dl)
{
	if (l == NULL)
		return;
	m->pos_lampiran = l->pos;
	if (l->type != YNODE_SEQ) {
		diag_add(dl, DIAG_ERROR, l->pos, "lampiran: expected a list of "
			"entries, each with judul and berkas");
		return;
	}
	static const char *const keys[] = {"judul", "berkas", "ukuran", NULL};
	m->lampiran = arena_alloc(a, (l->n ? l->n : 1) * sizeof *m->lampiran);
	for (size_t i = 0; i < l->n; i++) {
		const struct ynode *e = l->items[i];
		if (e->type != YNODE_MAP) {
			diag_add(dl, DIAG_ERROR, e->pos, "lampiran: expected an "
				"entry with judul and berkas");
			continue;
		}
		if (!ynode_check_keys(e, keys, dl))
			continue;
		struct lampiran x = {0};
		x.judul = ynode_str(a, e, "judul", true, dl);
		x.berkas = ynode_str(a, e, "berkas", true, dl);
		const char *u = ynode_str(a, e, "ukuran", false, dl);
		if (u && !strcmp(u, "halaman"))
			x.ukuran = LAMPIRAN_HALAMAN;
		else if (u && strcmp(u, "teks")) {
			diag_add(dl, DIAG_ERROR, ynode_get(e, "ukuran")->pos,
				"ukuran must be teks or halaman, found \"%s\"", u);
			continue;
		}
		if (x.judul == NULL || x.berkas == NULL)
			continue;
		x.pos_berkas = ynode_get(e, "berkas")->pos;
		if (!path_is_contained(x.berkas)) {
			diag_add(dl, DIAG_ERROR, x.pos_berkas, "lampiran \"%s\" "
				"must be a path inside the report folder", x.berkas);
			continue;
		}
		m->lampiran[m->nlampiran++] = x;
	}
}

bool load_site_yaml(struct site *s, const char *path, struct diag_list *dl)
{
	struct ynode *root = yaml_load(s->arena, s->dir, path, dl);
	if (root == NULL)
		return false;
	static const char *const keys[] = {"judul", "url_dasar", "deskripsi",
		NULL};
	bool ok = ynode_check_keys(root, keys, dl);
	s->judul = ynode_str(s->arena, root, "judul", true, dl);
	s->base_url = ynode_str(s->arena, root, "url_dasar", true, dl);
	s->deskripsi = ynode_str(s->arena, root, "deskripsi", false, dl);
	if (s->base_url && strncmp(s->base_url, "https://", 8) &&
			strncmp(s->base_url, "http://", 7)) {
		diag_add(dl, DIAG_ERROR, ynode_get(root, "url_dasar")->pos,
			"url_dasar must start with https:// or http://");
		ok = false;
	} else if (s->base_url) {
		/* The sitemap and the pages' links are this text followed by a
		 * path: a space, quote, bracket or control character would
		 * publish a broken address (escaped, but broken), and an empty
		 * host one to nowhere. Characters of RFC 3986 only, and no
		 * query or fragment: page paths are appended to it. */
		const char *host = s->base_url + (s->base_url[4] == 's' ? 8 : 7);
		size_t bad = strspn(s->base_url, "abcdefghijklmnopqrstuvwxyz"
			"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/[]@!$&'()*+,;=%");
		struct src_pos pos = ynode_get(root, "url_dasar")->pos;
		if (s->base_url[bad] != '\0') {
			/* The whole character (the text is valid UTF-8). */
			unsigned char b = (unsigned char)s->base_url[bad];
			int len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
			/* A quote is named in words: quoted, it reads """. */
			const char *what = b == '"' ? "a double quote" : NULL;
			if (b == '?' || b == '#')
				diag_add(dl, DIAG_ERROR, pos, "url_dasar: \"%c\": a "
					"base address has no query or fragment (page "
					"paths are added after it)", b);
			else if (what != NULL)
				diag_add(dl, DIAG_ERROR, pos, "url_dasar: %s cannot "
					"be in a web address; percent-encode it (a "
					"space is %%20)", what);
			else
				diag_add(dl, DIAG_ERROR, pos, "url_dasar: \"%.*s\" "
					"cannot be in a web address; percent-encode "
					"it (a space is %%20)", len, s->base_url + bad);
			ok = false;
		} else if (*host == '\0' || *host == '/') {
			diag_add(dl, DIAG_ERROR, pos, "url_dasar has no host name "
				"after //");
			ok = false;
		}
	}
	return ok && s->judul && s->base_url;
}
