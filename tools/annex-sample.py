#!/usr/bin/env python3
"""Writes the sample annexes of content/*/lampiran/: a one-page Perjanjian
Kinerja per sample report, standing in for the scan of the signed document
an agency attaches. The figures are those of the report's own PK table
(kinerja.csv target_pk); the page says it is a sample copy. The page is
HTML printed to PDF by headless Chromium (tools/deps.sh installs it), so
its fonts are embedded, as an agency's exported PDF has them.

Run from the repository root: python3 tools/annex-sample.py"""

import html
import os
import subprocess
import tempfile

def esc(s):
    return html.escape(s)


def pk(r):
    rows = "".join(
        "<tr><td class=c>%d</td><td>%s</td><td>%s</td><td class=c>%s</td>"
        "<td class=r>%s</td></tr>" % (i, esc(a), esc(b), esc(c), esc(d))
        for i, (a, b, c, d) in enumerate(r["baris"], 1))
    return """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<style>
@page { size: A4; margin: 2.5cm 2.5cm 2cm 2.5cm; }
body { font-family: "Liberation Serif", serif; font-size: 11pt; }
h1 { font-size: 13pt; text-align: center; margin: 0 0 1.2em; }
table.pk { border-collapse: collapse; width: 100%%; margin: 1em 0; }
table.pk th, table.pk td { border: 0.6pt solid #000; padding: 3pt 5pt;
  vertical-align: top; font-size: 10pt; }
.c { text-align: center; } .r { text-align: right; }
table.id td { padding: 1pt 6pt; }
.ttd { display: flex; justify-content: space-between; margin-top: 2.5em;
  text-align: center; }
.ttd div { width: 45%%; } .ttd b { display: block; margin-top: 5em; }
.catatan { position: fixed; bottom: 0; width: 100%%; text-align: center;
  font-size: 8pt; }
</style></head><body>
<h1>PERJANJIAN KINERJA TAHUN 2024<br>%s<br>%s</h1>
<p>Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan
dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di
bawah ini:</p>
<table class=id><tr><td>Nama</td><td>: %s</td></tr>
<tr><td>Jabatan</td><td>: %s</td></tr></table>
<p>selanjutnya disebut pihak pertama,</p>
<table class=id><tr><td>Nama</td><td>: %s</td></tr>
<tr><td>Jabatan</td><td>: Bupati %s</td></tr></table>
<p>selaku atasan pihak pertama, selanjutnya disebut pihak kedua.</p>
<p>Pihak pertama berjanji akan mewujudkan target kinerja berikut dalam
rangka mencapai target kinerja jangka menengah seperti yang telah
ditetapkan dalam dokumen perencanaan:</p>
<table class=pk><tr><th>No</th><th>Sasaran Strategis</th>
<th>Indikator Kinerja</th><th>Satuan</th><th>Target</th></tr>%s</table>
<div class=ttd><div><br>PIHAK KEDUA,<b>%s</b></div>
<div>%s<br>PIHAK PERTAMA,<b>%s</b></div></div>
<p class=catatan>Salinan contoh untuk sampel lkjip, disusun dari tabel
Perjanjian Kinerja laporan; bukan dokumen resmi.</p>
</body></html>""" % (esc(r["instansi"].upper()), esc(r["pemerintah"].upper()),
                     esc(r["kepala"]), esc(r["jabatan"]), esc(r["bupati"]),
                     esc(r["kab"]), rows, esc(r["bupati"]), esc(r["tempat"]),
                     esc(r["kepala"]))


REPORTS = {
    "content/magetan-diskopukm-2024": {
        "instansi": "Dinas Koperasi Usaha Kecil dan Menengah",
        "pemerintah": "Kabupaten Magetan", "kab": "Magetan",
        "kepala": "Sukartini, S.Sos., M.Si.",
        "jabatan": "Kepala Dinas Koperasi Usaha Kecil dan Menengah",
        "bupati": "Bupati Magetan",
        "tempat": "Magetan, 23 Januari 2024",
        "baris": [
            ("Meningkatnya Produktivitas Koperasi",
             "Persentase Koperasi Sehat", "%", "70"),
            ("Meningkatnya Produktivitas Usaha Mikro",
             "Jumlah Usaha Mikro yang Naik Kelas", "UM", "2"),
            ("Meningkatnya kualitas Pelayanan Publik pada urusan "
             "Koperasi dan UKM", "Indeks Kepuasan Masyarakat pada urusan "
             "Koperasi dan UKM", "Skor", "83"),
        ],
    },
    "content/jombang-diskopum-2024": {
        "instansi": "Dinas Koperasi dan Usaha Mikro",
        "pemerintah": "Kabupaten Jombang", "kab": "Jombang",
        "kepala": "GATUT WIJAYA, SH, M.Hum",
        "jabatan": "Plt. Kepala Dinas Koperasi dan Usaha Mikro",
        "bupati": "Bupati Jombang",
        "tempat": "Jombang, Januari 2024",
        "baris": [
            ("Meningkatnya Koperasi Aktif",
             "Persentase peningkatan koperasi aktif", "%", "1"),
            ("Meningkatnya pertumbuhan aset koperasi",
             "Persentase pertumbuhan aset koperasi", "%", "20"),
            ("Meningkatnya usaha mikro yang berkembang",
             "Persentase usaha mikro yang mempunyai legalitas usaha", "%",
             "5"),
            ("Meningkatnya Akuntabilitas dan Kinerja Birokrasi",
             "Nilai evaluasi SAKIP", "Nilai", "78"),
        ],
    },
}

if __name__ == "__main__":
    for d, r in REPORTS.items():
        os.makedirs(d + "/lampiran", exist_ok=True)
        with tempfile.TemporaryDirectory() as t:
            src = os.path.join(t, "pk.html")
            with open(src, "w", encoding="utf-8") as f:
                f.write(pk(r))
            subprocess.run(["chromium", "--headless", "--no-sandbox",
                            "--disable-gpu", "--no-pdf-header-footer",
                            "--print-to-pdf=" + os.path.abspath(
                                d + "/lampiran/perjanjian-kinerja-2024.pdf"),
                            "file://" + src], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
