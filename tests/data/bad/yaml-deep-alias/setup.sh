# laporan.yaml nested 100,000 flow sequences deep (a stack overflow for a
# recursive reader), site.yaml expanding an alias (a "billion laughs" of
# YAML: each alias may stand for a tree): both refused at their place.
python3 - <<'PY'
open('contoh-2024/laporan.yaml', 'a').write('sampul:\n  x: ' + '[' * 100000 + ']' * 100000 + '\n')
PY
cat >> site.yaml <<'YAML'
a: &a [x, x, x, x, x, x, x, x, x, x]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
c: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
YAML
