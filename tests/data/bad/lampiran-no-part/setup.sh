# Annexes listed, but the report's skeleton has no lampiran part to hold
# them: an error at lampiran:, not documents silently left out.
grep -v -e 'jenis: lampiran' -e 'id: lampiran' -e 'judul: LAMPIRAN' \
	-e 'berkas: bab/50-lampiran.md' -e 'wajib: tidak' \
	"$LKJIP_SRC/templates/kerangka.yaml" > contoh-2024/kerangka.yaml
mkdir -p contoh-2024/lampiran
cp "$LKJIP_SRC/content/magetan-diskopukm-2024/lampiran/perjanjian-kinerja-2024.pdf" contoh-2024/lampiran/pk.pdf
cat >> contoh-2024/laporan.yaml <<'YAML'
kerangka: kerangka.yaml
lampiran:
  - judul: Perjanjian Kinerja
    berkas: lampiran/pk.pdf
YAML
