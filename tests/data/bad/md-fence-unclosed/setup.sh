# A code fence never closed (a "```" typed for a quote, or the closing
# one of a different length): CommonMark runs it to the end of the
# chapter, so the text after it, directives too, became code without a
# word. Now an error at the fence, like an unclosed "<!--".
printf 'Pendahuluan.\n\n```\ncontoh kode\n\nTeks penting dengan {{tahun}}.\n' > contoh-2024/bab/10-pendahuluan.md
printf 'Perencanaan.\n\n~~~~\nkode\n~~~\n\n## Sasaran\n\nTeks {{instansi}}.\n' > contoh-2024/bab/20-perencanaan.md
