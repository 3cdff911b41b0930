# Nothing was written beside or above the work folder, nor in /tmp.
for f in ../lkjip-zip-slip.xml ../../lkjip-zip-slip.xml ../../../lkjip-zip-slip.xml /tmp/lkjip-zip-abs.xml ../up.xml up.xml; do
	[ ! -e "$f" ] || { echo "$f written"; exit 1; }
done
unzip -l content/contoh-2024/data.xlsx | grep -qF '../../../lkjip-zip-slip.xml' || { echo "the zip lacks the hostile entry"; exit 1; }
grep -qF 'Persentase koperasi sehat' out/contoh-2024/index.html || { echo "the workbook's indicator is not on the page"; exit 1; }
