# Every chapter is there, numbered on from XII (not back to I).
f=out/contoh-2024/index.html
grep -q 'Isi bab nomor 17\.' "$f" && grep -q 'BAB XIII' "$f" &&
	grep -q 'BAB XVII' "$f" && ! grep -q 'BAB XVIII' "$f"
