# Good annexes: a PDF of the sample (one page) scaled to the page, and a
# PNG organisation chart whose name holds a space and an ampersand. The
# report has no bab/50-lampiran.md: the LAMPIRAN part holds them alone.
mkdir -p "contoh-2024/lampiran"
cp "$LKJIP_SRC/content/magetan-diskopukm-2024/lampiran/perjanjian-kinerja-2024.pdf" contoh-2024/lampiran/pk.pdf
printf '%s' 'iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAD0lEQVR4nGNgYPiPhHBxAN1JC/U39qNPAAAAAElFTkSuQmCC' |
	base64 -d > "contoh-2024/lampiran/bagan & struktur.png"
cat >> contoh-2024/laporan.yaml <<'YAML'
lampiran:
  - judul: Perjanjian Kinerja <Tahun 2024>
    berkas: lampiran/pk.pdf
    ukuran: halaman
  - judul: Struktur Organisasi
    berkas: lampiran/bagan & struktur.png
YAML
