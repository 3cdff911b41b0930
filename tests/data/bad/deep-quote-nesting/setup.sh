# 50,000 nested block quotes (once a stack overflow in the builder and the
# backends): one error at the 33rd, and nothing written. Also over many
# lines (lazy continuation keeps them in one quote).
awk 'BEGIN { for (i = 0; i < 50000; i++) printf "> "; print "x";
	print "";
	for (l = 0; l < 5; l++) { for (i = 0; i < 30000; i++) printf ">";
	print " y" } }' > contoh-2024/bab/10-pendahuluan.md
