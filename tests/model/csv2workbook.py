#!/usr/bin/env python3
"""Turns a report folder's CSV files into one workbook, for the tests of
the workbook reader (standard library only: zipfile and hand-written XML).

    python3 tests/model/csv2workbook.py REPORT_DIR OUT.xlsx|OUT.ods

Every NAME.csv becomes the sheet NAME, tabel/NAME.csv the sheet tabel-NAME,
row for row (sheet row N is CSV row N). A comment row ("# ...") is one
cell, as written. A cell becomes a numeric cell when the number it holds,
shown the way lkjip shows a workbook's number (decimal comma, '.' grouping
when the cell's format groups), gives back exactly the CSV text: "83,05",
"2.992.759.325", "2024"; anything else stays text ("100,00", "73 %",
"01"). Text cells alternate between shared and inline strings (xlsx), so
both are read. Numbers are written as Python's shortest repr of the
double, like Excel. The CSV files are not touched: the caller removes
them.
"""
import csv
import io
import os
import re
import sys
import zipfile
from decimal import Decimal
from xml.sax.saxutils import escape, quoteattr

ID_NUM = re.compile(r'^-?(0|[1-9][0-9]{0,2}(\.[0-9]{3})+|[1-9][0-9]*)(,[0-9]*[1-9])?$')
EN_NUM = re.compile(r'^-?(0|[1-9][0-9]{0,2}(,[0-9]{3})+|[1-9][0-9]*)(\.[0-9]*[1-9])?$')


def read_csv(path):
    """Rows of cells (a comment row is one cell, as written)."""
    with open(path, encoding='utf-8-sig', newline='') as f:
        text = f.read()
    lines = text.split('\n')
    if text[:4].lower() == 'sep=':
        sep = text[4]
        text = text[text.index('\n') + 1:]
        lines = lines[1:]
    else:
        first = next((l for l in lines if not l.startswith('#')), '')
        sep = ';' if first.count(';') > first.count(',') else ','
    rows = []
    rd = csv.reader(io.StringIO(text, newline=''), delimiter=sep)
    prev = 0
    for rec in rd:
        if rec and rec[0].startswith('#'):
            raw = lines[prev].rstrip('\r \t' + sep)
            # a quoted comment cell is read whole, as lkjip reads it
            rows.append([raw if raw.startswith('#') else rec[0]])
        else:
            rows.append(rec)
        prev = rd.line_num
    conv = 'id'
    for r in rows:
        if r and r[0].startswith('#') and ':' in r[0]:
            k, v = r[0][1:].split(':', 1)
            if k.strip() == 'angka' and v.strip() == 'internasional':
                conv = 'en'
    return rows, conv


def as_number(s, conv):
    """(value text for <v>, grouped) when s can be a numeric cell."""
    s = s.strip()
    m = (ID_NUM if conv == 'id' else EN_NUM).match(s)
    if not m:
        return None
    grouped = m.group(2) is not None
    if conv == 'id':
        plain = s.replace('.', '').replace(',', '.')
    else:
        plain = s.replace(',', '')
    d = Decimal(plain)
    if len(d.as_tuple().digits) > 15:
        return None
    # lkjip shows an ungrouped whole number as typed, a grouped one with
    # '.' every three digits: both are what was typed here.
    return repr(float(d)), grouped


def col_letters(n):
    s = ''
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def sheets_of(report):
    out = []
    for name in sorted(os.listdir(report)):
        if name.endswith('.csv') and not name.startswith('.'):
            out.append((name[:-4], os.path.join(report, name)))
    tdir = os.path.join(report, 'tabel')
    if os.path.isdir(tdir):
        for name in sorted(os.listdir(tdir)):
            if name.endswith('.csv') and not name.startswith('.'):
                out.append(('tabel-' + name[:-4], os.path.join(tdir, name)))
    return out


def write_xlsx(sheets, out):
    sst, sst_index = [], {}
    parts = {}
    n_text = 0
    for i, (name, rows, conv) in enumerate(sheets, 1):
        x = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<sheetData>']
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row, 1):
                if v == '':
                    continue
                ref = '%s%d' % (col_letters(c), r)
                num = None if v.startswith('#') else as_number(v, conv)
                if num is not None:
                    val, grouped = num
                    cells.append('<c r="%s"%s><v>%s</v></c>' % (
                        ref, ' s="1"' if grouped else '', val))
                    continue
                n_text += 1
                if n_text % 3 == 0:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                                 % (ref, escape(v)))
                else:
                    if v not in sst_index:
                        sst_index[v] = len(sst)
                        sst.append(v)
                    cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, sst_index[v]))
            if cells:
                x.append('<row r="%d">%s</row>' % (r, ''.join(cells)))
        x.append('</sheetData></worksheet>')
        parts['xl/worksheets/sheet%d.xml' % i] = ''.join(x)
    ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
    rns = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
    parts['xl/workbook.xml'] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="%s" xmlns:r="%s"><sheets>%s</sheets></workbook>' % (
            ns, rns, ''.join('<sheet name=%s sheetId="%d" r:id="rId%d"/>' % (
                quoteattr(n), i, i) for i, (n, _, _) in enumerate(sheets, 1))))
    rels = ''.join('<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>'
                   % (i, rns, i) for i in range(1, len(sheets) + 1))
    k = len(sheets)
    rels += ('<Relationship Id="rId%d" Type="%s/sharedStrings" Target="sharedStrings.xml"/>'
             '<Relationship Id="rId%d" Type="%s/styles" Target="styles.xml"/>' % (k + 1, rns, k + 2, rns))
    parts['xl/_rels/workbook.xml.rels'] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % rels)
    parts['xl/sharedStrings.xml'] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>' % (
            ns, len(sst), len(sst), ''.join('<si><t xml:space="preserve">%s</t></si>' % escape(s) for s in sst)))
    parts['xl/styles.xml'] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<styleSheet xmlns="%s"><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.###############"/></numFmts>'
        '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>' % ns)
    parts['[Content_Types].xml'] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        + ''.join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i
                  for i in range(1, len(sheets) + 1)) +
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '</Types>')
    parts['_rels/.rels'] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>' % rns)
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name in ['[Content_Types].xml', '_rels/.rels'] + sorted(p for p in parts if p not in ('[Content_Types].xml', '_rels/.rels')):
            z.writestr(name, parts[name])


def ods_text(v):
    """A cell's text as text:p paragraphs; runs of spaces as text:s."""
    out = []
    for para in v.split('\n'):
        p = []
        for m in re.finditer(r' {2,}|^ |\t|[^ \t]+| ', para):
            t = m.group(0)
            if t == '\t':
                p.append('<text:tab/>')
            elif t.startswith(' ') and (len(t) > 1 or m.start() == 0):
                p.append('<text:s text:c="%d"/>' % len(t))
            else:
                p.append(escape(t))
        out.append('<text:p>%s</text:p>' % ''.join(p))
    return ''.join(out)


def write_ods(sheets, out):
    body = []
    for name, rows, conv in sheets:
        body.append('<table:table table:name=%s>' % quoteattr(name))
        empty = 0
        for row in rows:
            if not any(row):
                empty += 1
                continue
            if empty:
                body.append('<table:table-row table:number-rows-repeated="%d"><table:table-cell/></table:table-row>' % empty)
                empty = 0
            cells = []
            for v in row:
                if v == '':
                    cells.append('<table:table-cell/>')
                    continue
                num = None if v.startswith('#') else as_number(v, conv)
                if num is not None:
                    val, grouped = num
                    cells.append('<table:table-cell%s office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>'
                                 % (' table:style-name="ce1"' if grouped else '', val, escape(v)))
                else:
                    cells.append('<table:table-cell office:value-type="string">%s</table:table-cell>' % ods_text(v))
            body.append('<table:table-row>%s</table:table-row>' % ''.join(cells))
        body.append('</table:table>')
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" office:version="1.3">'
        '<office:automatic-styles>'
        '<number:number-style style:name="N3"><number:number number:min-integer-digits="1" number:grouping="true"/></number:number-style>'
        '<style:style style:name="ce1" style:family="table-cell" style:data-style-name="N3"/>'
        '</office:automatic-styles>'
        '<office:body><office:spreadsheet>%s</office:spreadsheet></office:body></office:document-content>' % ''.join(body))
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '</manifest:manifest>')
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo('mimetype'), 'application/vnd.oasis.opendocument.spreadsheet',
                   compress_type=zipfile.ZIP_STORED)
        z.writestr('META-INF/manifest.xml', manifest)
        z.writestr('content.xml', content)


def main():
    report, out = sys.argv[1], sys.argv[2]
    sheets = []
    for name, path in sheets_of(report):
        rows, conv = read_csv(path)
        sheets.append((name, rows, conv))
    if out.endswith('.ods'):
        write_ods(sheets, out)
    else:
        write_xlsx(sheets, out)
    print('%s: %d sheets' % (out, len(sheets)))


if __name__ == '__main__':
    main()
