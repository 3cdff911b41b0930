# Struck text stays struck on the site and in the export (as plain text,
# "pagu 100 120" read as two valid figures); the PDF strikes it with Pango.
html=out/contoh-2024/index.html
grep -qF 'pagu <del>100</del> 120 dan <strong><del>x <em>y</em></del></strong>.' $html || { echo "strikethrough lost in the HTML"; exit 1; }
"$LKJIP_BIN" export content/contoh-2024 | grep -qF 'pagu ~~100~~ 120 dan **~~x *y*~~**.' || { echo "strikethrough lost in the export"; exit 1; }
