# laporan.yaml: a tag, which lkjip ignored (it read "!!binary" text as the
# text typed). site.yaml: a value of 32,768 characters (a 10 MB place name
# took 50 s and 1 GB to lay out); 32,767 "é" (65,534 bytes) pass.
sed -i 's/^  pemerintah: Kabupaten Contoh$/  pemerintah: !!binary S2FidXBhdGVu/' contoh-2024/laporan.yaml
{ printf 'judul: '; head -c 32767 /dev/zero | sed 's/\x0/\xc3\xa9/g'; printf '\nurl_dasar: https://lkjip.example.go.id/\ndeskripsi: '
  head -c 32768 /dev/zero | tr '\0' 'x'; echo; } > site.yaml
