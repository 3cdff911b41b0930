# lampiran: entries laporan.yaml itself gets wrong: a path leaving the
# report folder, an unknown ukuran, an entry without berkas, a key typo.
cat >> contoh-2024/laporan.yaml <<'YAML'
lampiran:
  - judul: Di Luar
    berkas: ../luar.pdf
  - judul: Ukuran
    berkas: lampiran/a.pdf
    ukuran: besar
  - judul: Tanpa Berkas
  - judul: Salah Kunci
    berkass: lampiran/a.pdf
YAML
