# An image and an annex whose names hold a quote, '<', '>' and '&': each
# published under its own name, its URL %-encoded, its name escaped in
# the page (never markup).
png='iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAD0lEQVR4nGNgYPiPhHBxAN1JC/U39qNPAAAAAElFTkSuQmCC'
printf '%s' "$png" | base64 -d > 'contoh-2024/a"<b>&x.png'
mkdir -p contoh-2024/lampiran
printf '%s' "$png" | base64 -d > "contoh-2024/lampiran/<i>'q'.png"
printf 'Pendahuluan.\n\n![bagan <b>](a%%22%%3Cb%%3E%%26x.png)\n' > contoh-2024/bab/10-pendahuluan.md
cat >> contoh-2024/laporan.yaml <<'YAML'
lampiran:
  - judul: Bagan
    berkas: "lampiran/<i>'q'.png"
YAML
