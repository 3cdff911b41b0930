# JPEGs of kinds most browsers do not show (12-bit extended, arithmetic
# coded, lossless), whose frames the PDF's readers draw: the site would
# lack an image the PDF has, without a word. Refused from the frame
# header; an 8-bit progressive one (SOF2) passes.
mk() { # $1 file, $2 the frame header segment
	printf '\377\330\377\333\000\103\000' > "$1"
	i=0; while [ $i -lt 64 ]; do printf '\001' >> "$1"; i=$((i + 1)); done
	printf "$2" >> "$1"
	printf '\377\304\000\024\000\001\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000' >> "$1"
	printf '\377\304\000\024\020\001\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000' >> "$1"
	printf '\377\332\000\010\001\001\000\000\077\000\077\377\331' >> "$1"
}
mk contoh-2024/dua-belas.jpg '\377\301\000\013\014\000\010\000\010\001\001\021\000'
mk contoh-2024/aritmetika.jpg '\377\311\000\013\010\000\010\000\010\001\001\021\000'
mk contoh-2024/lossless.jpg '\377\303\000\013\010\000\010\000\010\001\001\021\000'
mk contoh-2024/progresif.jpg '\377\302\000\013\010\000\010\000\010\001\001\021\000'
printf 'Pendahuluan.\n\n{{gambar dua-belas.jpg alt="a"}}\n\n{{gambar aritmetika.jpg alt="b"}}\n\n![c](lossless.jpg)\n\n{{gambar progresif.jpg alt="d"}}\n' > contoh-2024/bab/10-pendahuluan.md
