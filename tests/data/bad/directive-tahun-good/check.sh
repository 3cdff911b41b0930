# Each year's figure, not the reporting year's: 2023 is 65/60 = 108,33 %,
# 2024 is 76/70 = 108,57 %.
# The page without the figures' provenance (span.jejak and its tooltip).
html=out/contoh-2024/tanpa-jejak.html
sed -e 's|<span class="jejak-asal"[^>]*>[^<]*\(<a [^>]*>[^<]*</a>[^<]*\)*</span></span>||g' \
	-e 's|<span class="jejak"[^>]*>||g' out/contoh-2024/index.html >$html
grep -q jejak $html && exit 1
grep -qF "Capaian tahun lalu 108,33$(printf '\302\240')% (Sangat Berhasil)" $html &&
	grep -qF "sasaran 108,33$(printf '\302\240')%, indikator 108,33$(printf '\302\240')%" $html &&
	grep -qF "tahun ini 108,57$(printf '\302\240')%" $html
