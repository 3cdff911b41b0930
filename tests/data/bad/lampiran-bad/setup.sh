# Annexes that cannot be attached, each reported at the line naming it:
# a missing file, a damaged PDF, HTML under a .pdf name, a link to a file
# outside the content folder.
mkdir -p contoh-2024/lampiran
printf '%%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage\n' > contoh-2024/lampiran/rusak.pdf
printf '<html><script>alert(1)</script></html>\n' > contoh-2024/lampiran/halaman.pdf
printf '%%PDF-1.4 outside\n' > ../luar.pdf
ln -s ../../../luar.pdf contoh-2024/lampiran/tautan.pdf
cat >> contoh-2024/laporan.yaml <<'YAML'
lampiran:
  - judul: Tidak Ada
    berkas: lampiran/tidak-ada.pdf
  - judul: Rusak
    berkas: lampiran/rusak.pdf
  - judul: Halaman Web
    berkas: lampiran/halaman.pdf
  - judul: Tautan
    berkas: lampiran/tautan.pdf
YAML
# A reference to an annex that could not be attached says nothing more
# (its error is above); one to an annex never listed is still an error.
printf '\nRincian pada {{ref lampiran-2}} dan {{ref lampiran-9}}.\n' >> contoh-2024/bab/30-akuntabilitas.md
