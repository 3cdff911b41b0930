# 50,000 nested lists, then lists and quotes mixed: one error each at the
# 33rd level, nothing written.
awk 'BEGIN { for (i = 0; i < 50000; i++) printf "- "; print "x"; print "";
	for (i = 0; i < 20000; i++) printf "> 1. "; print "y" }' \
	> contoh-2024/bab/10-pendahuluan.md
