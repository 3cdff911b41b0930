# File names with a line break (a Markdown image, "c%0Ad.png") and a tab
# (an annex named in laporan.yaml with "\t"): published under that name,
# the line break split the build's line-based records (the workers'
# reports, the manifest), so the file was written but never listed, and
# never removed when the image went. Now an error at the reference.
png='iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAD0lEQVR4nGNgYPiPhHBxAN1JC/U39qNPAAAAAElFTkSuQmCC'
printf '%s' "$png" | base64 -d > "contoh-2024/c
d.png"
mkdir -p contoh-2024/lampiran
printf '%s' "$png" | base64 -d > "$(printf 'contoh-2024/lampiran/a\tb.png')"
printf 'Pendahuluan.\n\n![bagan](c%%0Ad.png)\n' > contoh-2024/bab/10-pendahuluan.md
cat >> contoh-2024/laporan.yaml <<'YAML'
lampiran:
  - judul: Bagan
    berkas: "lampiran/a\tb.png"
YAML
