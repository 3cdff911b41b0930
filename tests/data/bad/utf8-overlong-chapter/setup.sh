# An overlong "/" (C0 AF) in a chapter: Cairo refused it when drawing the
# PDF, after check had passed.
printf 'Pendahuluan.\n\nJalur a\300\257b.\n' > contoh-2024/bab/10-pendahuluan.md
