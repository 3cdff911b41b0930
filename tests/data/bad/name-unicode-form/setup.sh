# Files whose names hold "é" as "e" and a combining accent (NFD, as macOS
# writes names) named in the text with "é" typed as one character (NFC):
# the names look the same and the file is "not there". The error now
# names the file that differs only in its Unicode form. Nothing of it is
# read.
png='iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAD0lEQVR4nGNgYPiPhHBxAN1JC/U39qNPAAAAAElFTkSuQmCC'
mkdir -p contoh-2024/gambar contoh-2024/lampiran
printf '%s' "$png" | base64 -d > "$(printf 'contoh-2024/gambar/kafe\314\201.png')"
printf '%s' "$png" | base64 -d > "$(printf 'contoh-2024/lampiran/struktur-kafe\314\201.png')"
printf 'Pendahuluan.\n\n{{gambar gambar/kaf\303\251.png alt="Kafe"}}\n' > contoh-2024/bab/10-pendahuluan.md
printf 'lampiran:\n  - judul: Struktur\n    berkas: lampiran/struktur-kaf\303\251.png\n' >> contoh-2024/laporan.yaml
