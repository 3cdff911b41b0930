# The name wraps into two lines of like length (41 and 32 characters),
# not "... DAERAH" + "PROVINSI"; the year is the cover's last line; the
# site's cover says the same and carries the band's class.
r=out/contoh-2024
t=$(pdftotext -f 1 -l 1 $r/contoh-2024.pdf - | tr -d '\f' | sed '/^$/d')
printf '%s\n' "$t" | grep -qx 'BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN' &&
	printf '%s\n' "$t" | grep -qx 'DAN PENGEMBANGAN DAERAH PROVINSI' &&
	[ "$(printf '%s\n' "$t" | tail -n 1)" = 2025 ] &&
	grep -qF '<section class="sampul pita" id="sampul">' $r/index.html &&
	grep -qF '<p class="terbit">2025</p>' $r/index.html || {
	echo "sampul-ok:"; printf '%s\n' "$t"; exit 1; }
