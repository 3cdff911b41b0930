# Inline nesting, one paragraph each: 50,000 "*" on each side (strong in
# strong), emphasis and strong mixed, images in images (alt text), links
# around images, strikethrough with emphasis, and in a table cell. One
# error per paragraph at its 33rd level. 50,000 "[" is no nesting at all
# (no link is closed) and passes.
awk 'function rep(s, n,   r) { r = ""; while (n-- > 0) r = r s; return r }
BEGIN {
	print rep("*", 50000) "x" rep("*", 50000); print "";
	print rep("**a _b ", 10000) "x" rep("_ b**", 10000); print "";
	print rep("![a ", 20000) "x" rep("](logo.png)", 20000); print "";
	print rep("[![", 5000) "x" rep("](logo.png)](#bab-1)", 5000); print "";
	print rep("~a *", 20000) "x" rep("*~", 20000); print "";
	print rep("[", 50000) "x"; print "";
	print "| a | b |"; print "|---|---|";
	print "| " rep("_", 100) "x" rep("_", 100) " | y |"
}' > contoh-2024/bab/10-pendahuluan.md
cp "$LKJIP_SRC/tests/data/pdf/logo.png" contoh-2024/logo.png
