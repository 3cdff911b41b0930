# An unclosed flow mapping: the error is where libyaml gave up, and says
# where the mapping started.
printf 'bab: {bab-1: bab/10-pendahuluan.md,\n  bab-2: bab/20-perencanaan.md\n' >> contoh-2024/laporan.yaml
