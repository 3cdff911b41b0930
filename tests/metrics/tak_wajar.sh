#!/bin/sh
# Implausible capaian (issue 13, item 4), on the small report of
# tests/data/bad/_base (IKU1: 76 / 70 = 108,571 %) with IKU2 of S1:
# target 2, realisasi 13 -> 650,00 %, above ambang_wajar 300: marked
# "**)" with a note to check the units; the averages by
# perhitungan.capaian_tak_wajar:
#   sertakan (default): (108,571 + 650) / 2 = 379,29 %
#   kecualikan:          108,571 / 1       = 108,57 %
#   batasi:             (108,571 + 300) / 2 = 204,29 %
set -eu
. tests/common.sh
mkdir "$T/c"
cp -R tests/data/bad/_base/contoh-2024 "$T/c/"
R=$T/c/contoh-2024
echo 'IKU2,indikator,S1,Jumlah koperasi baru,unit,positif,absolut' >> "$R/indikator.csv"
echo 'IKU2,2024,2,13,' >> "$R/kinerja.csv"
printf '\n{{tabel ringkasan}}\n\nRata-rata {{capaian}}.\n\nKoperasi baru {{capaian IKU2}}, koperasi sehat {{capaian IKU1}}.\n' >> "$R/bab/30-akuntabilitas.md"
cp "$R/laporan.yaml" "$T/laporan.yaml"
for cara in "" sertakan kecualikan batasi; do
	cp "$T/laporan.yaml" "$R/laporan.yaml"
	[ -z "$cara" ] || printf 'perhitungan:\n  capaian_tak_wajar: %s\n' "$cara" >> "$R/laporan.yaml"
	"$BIN" check "$R" 2>"$T/err" || fail "$cara: check: $(cat "$T/err")"
	grep -q 'kinerja.csv:6:4: warning: column "realisasi": indicator IKU2, 2024: capaian 650,00 % is above the plausibility threshold 300 %' "$T/err" ||
		fail "$cara: warning: $(cat "$T/err")"
	"$BIN" export "$R" -o "$T/m.md" 2>"$T/err" || fail "$cara: export: $(cat "$T/err")"
	grep -qF "| Jumlah koperasi baru | 2${N}unit | 13${N}unit | 650,00${N}% \\*\\*) |" "$T/m.md" ||
		fail "$cara: mark: $(grep 'koperasi baru' "$T/m.md")"
	case $cara in
	""|sertakan) mean=379,29 rata="tetap dihitung dalam rata-rata" ;;
	kecualikan) mean=108,57 rata="tidak dihitung dalam rata-rata" ;;
	batasi) mean=204,29 rata="dihitung 300,00${N}% dalam rata-rata" ;;
	esac
	grep -qF "Rata-rata ${mean}${N}%." "$T/m.md" || fail "$cara: mean: $(grep '^Rata-rata' "$T/m.md")"
	# In a sentence: the same mark, and its note after the paragraph.
	grep -qF "Koperasi baru 650,00${N}% \\*\\*), koperasi sehat 108,57${N}%." "$T/m.md" ||
		fail "$cara: inline mark: $(grep '^Koperasi baru' "$T/m.md")"
	grep -A2 '^Koperasi baru' "$T/m.md" | grep -qxF "*\\*\\*) capaian di atas ambang kewajaran 300,00${N}%: satuan target dan realisasi perlu diperiksa; $rata*" ||
		fail "$cara: inline note: $(grep -A2 '^Koperasi baru' "$T/m.md")"
	grep -qF "| Rata-rata Capaian Kinerja |  |  |  |  | ${mean}${N}% |" "$T/m.md" || fail "$cara: total row"
	grep -qF "\\*\\*) capaian di atas ambang kewajaran 300,00${N}%: satuan target dan realisasi perlu diperiksa; $rata" "$T/m.md" ||
		fail "$cara: note: $(grep 'Sumber' "$T/m.md")"
done
"$BIN" build "$R" -o "$T/out" >/dev/null 2>"$T/err" || fail "build: $(cat "$T/err")"
grep -qF "650,00${N}% **)" "$T/out/contoh-2024/index.html" || fail "HTML mark"
grep -qF 'satuan target dan realisasi perlu diperiksa' "$T/out/contoh-2024/index.html" || fail "HTML note"
# Nor the report's own summary.
grep -qF '<span class="tak-wajar">(capaian di atas ambang kewajaran dihitung sebesar ambang)</span>' "$T/out/contoh-2024/index.html" ||
	fail "summary"
# The site's index never shows such a mean as if it were sound.
grep -qF ">204,29${N}% (capaian di atas ambang kewajaran dihitung sebesar ambang)<" "$T/out/index.html" ||
	fail "index: $(grep -o '>[0-9,]*.% [^<]*<' "$T/out/index.html")"
cp "$T/laporan.yaml" "$R/laporan.yaml"
"$BIN" build "$R" -o "$T/out2" >/dev/null 2>"$T/err" || fail "build sertakan: $(cat "$T/err")"
grep -qF ">379,29${N}% (termasuk capaian di atas ambang kewajaran: periksa satuan)<" "$T/out2/index.html" ||
	fail "index sertakan: $(grep -o '>[0-9,]*.% [^<]*<' "$T/out2/index.html")"
if command -v pdftotext >/dev/null; then
	pdftotext "$T/out/contoh-2024/contoh-2024.pdf" "$T/p.txt"
	grep -qF 'perlu diperiksa' "$T/p.txt" || fail "PDF note"
	grep -qF '204,29' "$T/p.txt" || fail "PDF mean"
else
	echo "SKIPPED (LOUDLY): pdftotext missing, the PDF is not checked" >&2
fi
echo "ok: implausible capaian marked, averages as the report says"
