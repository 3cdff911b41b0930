# The logo's coloured pixels on page 1 (at 36 dpi: the page is 298 px wide)
# have their centre within a pixel of the page's centre; centred on the
# text frame it would be 7 px right of it.
pdftoppm -r 36 -f 1 -singlefile out/contoh-2024/contoh-2024.pdf cover || exit 1
python3 - cover.ppm <<'PY' || exit 1
import sys
d = open(sys.argv[1], "rb").read()
f = d.split(maxsplit=4)
w, h, px = int(f[1]), int(f[2]), f[4]
xs = [x for y in range(h) for x in range(w)
      if len(set(px[(y * w + x) * 3:(y * w + x) * 3 + 3])) > 1]
if not xs:
    sys.exit("no logo on the cover")
mid = (min(xs) + max(xs) + 1) / 2
if abs(mid - w / 2) > 1:
    sys.exit("logo centred at %.1f px, the page at %.1f" % (mid, w / 2))
PY
