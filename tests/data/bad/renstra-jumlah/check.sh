# The typed figures are printed (30.000.000 in 2024, 90.000.000 over the
# period); the urusan above adds up what is printed (30 + 29 + 30 juta).
"$LKJIP_BIN" export content/contoh-2024 -o renstra.md 2>/dev/null &&
grep -qF '| 2.17 | URUSAN KOPERASI | - | - | - | - | 30.000.000 | - | 29.000.000 | - | 30.000.000 | - | 89.000.000 |' renstra.md &&
grep -qF '| 2.17.05 | Program Penilaian Kesehatan KSP/USP | - | - | 30 | 35 | 30.000.000 | 35 | 29.000.000 | 35 | 30.000.000 | 35 | 90.000.000 |' renstra.md &&
grep -qF '| 2.17.05.2.01 | Penilaian Kesehatan | Jumlah koperasi dinilai | koperasi | 20 | 20 | 28.000.000 | 20 | 29.000.000 | 20 | 30.000.000 | 60 | 87.000.000 |' renstra.md &&
grep -qF '| Program Penilaian Kesehatan KSP/USP | 35 | - | - | 29.000.000 |' renstra.md
