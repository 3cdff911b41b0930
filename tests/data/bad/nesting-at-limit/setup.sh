# Nesting at the limits (32 lists and quotes, 32 inlines; no Markdown image while its path is joined twice, issue 11 class 5), with a table in
# the deepest item and a directive: built into HTML, PDF and export.
awk 'function rep(s, n,   r) { r = ""; while (n-- > 0) r = r s; return r }
BEGIN {
	print "Pendahuluan {{instansi}}."; print "";
	print rep("> - ", 16) rep("**a _b ", 15) "[tautan *dalam*](#bab-1) " \
		"{{capaian IKU1}} dalam" rep("_ b**", 15);
	print "";
	print rep("- ", 32) "butir"; print ""; print "Pemisah."; print "";
	ind = rep("  ", 32);
	print rep("- ", 32) "tabel:"; print "";
	print ind "| kolom | nilai |"; print ind "|---|--:|";
	print ind "| " rep("*", 32) "sel" rep("*", 32) " | 1 |"
}' > contoh-2024/bab/10-pendahuluan.md
