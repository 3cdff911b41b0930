# A PDF annex of 101 pages (the limit is 100), and a skeleton without a
# lampiran part to hold the annexes.
mkdir -p contoh-2024/lampiran
python3 "$LKJIP_SRC/tests/bad/tiny_pdf.py" contoh-2024/lampiran tebal:101
cat >> contoh-2024/laporan.yaml <<'YAML'
lampiran:
  - judul: Tebal
    berkas: lampiran/tebal.pdf
YAML
