#!/bin/sh
# Signature and cover as agencies write them (issue 13, items 15-16), on
# the small report of tests/data/bad/_base:
#   kepala: status plt, no nama       -> "Plt. KEPALA DINAS CONTOH", no
#                                        name line
#   penandatanganan: tanggal "Januari 2025", bentuk ditetapkan
#                                     -> "Ditetapkan di Contoh" /
#                                        "Pada tanggal Januari 2025"
#   instansi: alamat, telepon, email, laman -> four lines on the cover
#   laporan: singkatan ""             -> the cover prints no "()"
#   kepala: nip "19740428 199901 2 001" (grouped, as a signature prints
#           it)                       -> the same 18 digits
# in the HTML page, the PDF's text and the Markdown export.
set -eu
. tests/common.sh
mkdir "$T/c"
cp -R tests/data/bad/_base/contoh-2024 "$T/c/"
R=$T/c/contoh-2024
cat > "$R/laporan.yaml" <<'Y'
laporan:
  tahun: 2024
  singkatan: ""
instansi:
  nama: Dinas Contoh
  pemerintah: Kabupaten Contoh
  alamat: Jl. Tripandita No. 17, Contoh
  telepon: (0351) 895123
  email: dinas@contoh.go.id
  laman: dinas.contoh.go.id
renstra:
  awal: 2024
  akhir: 2026
kepala:
  jabatan: Kepala Dinas Contoh
  status: plt
  pangkat: Pembina
  golongan: IV/a
  nip: "19740428 199901 2 001"
penandatanganan:
  tempat: Contoh
  tanggal: Januari 2025
  bentuk: ditetapkan
Y
"$BIN" check "$R" 2>"$T/err" || fail "check: $(cat "$T/err")"
[ ! -s "$T/err" ] || fail "check printed: $(cat "$T/err")"
"$BIN" export "$R" -o "$T/m.md" 2>"$T/err" || fail "export: $(cat "$T/err")"
"$BIN" build "$R" -o "$T/out" >/dev/null 2>"$T/err" || fail "build: $(cat "$T/err")"
H=$T/out/contoh-2024/index.html

# Export: the signature, line by line, then the cover.
sed -n '/^Ditetapkan di/,/^NIP/p' "$T/m.md" > "$T/ttd"
printf 'Ditetapkan di Contoh  \nPada tanggal Januari 2025  \nPlt. KEPALA DINAS CONTOH  \nPembina (IV/a)  \nNIP. 19740428 199901 2 001\n' > "$T/ttd.want"
diff -u "$T/ttd.want" "$T/ttd" || fail "export signature"
grep -q '^# LAPORAN KINERJA INSTANSI PEMERINTAH$' "$T/m.md" || fail "export cover title has more than the title"
grep -q '^Jl. Tripandita No. 17, Contoh  $' "$T/m.md" || fail "export alamat"
grep -q '^Telepon (0351) 895123  $' "$T/m.md" || fail "export telepon"
grep -q '^Email dinas@contoh.go.id  $' "$T/m.md" || fail "export email"
grep -q '^Laman dinas.contoh.go.id$' "$T/m.md" || fail "export laman"
if grep -q '()' "$T/m.md"; then fail "export prints ()"; fi

# HTML
for s in '<p class="tempat">Ditetapkan di Contoh</p>' \
	'<p class="tempat">Pada tanggal Januari 2025</p>' \
	'<p class="jabatan">Plt. KEPALA DINAS CONTOH</p>' \
	'<p class="alamat">Jl. Tripandita No. 17, Contoh</p>' \
	'<p class="kontak">Telepon (0351) 895123</p>' \
	'<p class="kontak">Email dinas@contoh.go.id</p>' \
	'<p class="kontak">Laman dinas.contoh.go.id</p>'; do
	grep -qF "$s" "$H" || fail "HTML lacks $s"
done
if grep -q 'class="nama"\|()' "$H"; then fail "HTML: a name line or ()"; fi

# PDF
if command -v pdftotext >/dev/null; then
	pdftotext -layout "$T/out/contoh-2024/contoh-2024.pdf" "$T/p.txt"
	for s in 'Ditetapkan di Contoh' 'Pada tanggal Januari 2025' \
		'Plt. KEPALA DINAS CONTOH' 'Telepon (0351) 895123' \
		'Email dinas@contoh.go.id' 'Laman dinas.contoh.go.id' \
		'Jl. Tripandita No. 17, Contoh'; do
		grep -qF "$s" "$T/p.txt" || fail "PDF lacks $s"
	done
	if grep -q '()' "$T/p.txt"; then fail "PDF prints ()"; fi
else
	echo "SKIPPED (LOUDLY): pdftotext missing, the PDF is not checked" >&2
fi
echo "ok: signature (Plt., no name, Januari 2025, ditetapkan) and cover contacts"
