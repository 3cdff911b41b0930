#!/usr/bin/env python3
"""Writes the small workbooks of tests/model/test_workbook.c and the seeds
of fuzz/corpus/fuzz_workbook/ (standard library only). Run from the repo
root after changing it: python3 tests/data/model/workbook/make.py

cells.xlsx, sheet "kinerja" (what each cell holds, what the test expects):
  A1:E1 header indikator, tahun, target, realisasi, keterangan
  row 2: IKU1 (shared, rich runs + a phonetic run to skip), 2024 (number),
         0.30000000000000004 (binary noise -> 0.3), formula =B2/10 with
         cached 202.4, "Capaian 98,95 %" (inline string)
  row 3: IKU2, 2024, "1.525,50" (text, Indonesian), "1,525.50" (text,
         international: reported under the Indonesian convention),
         45657 with format 14 (date -> 2024-12-31)
  row 4: IKU3, 2024, 0.85 with format 9 (percent -> 85 %), 1234567.5
         with format 4 (#,##0.00 -> shown 1.234.567,5), 45292 with the
         custom format dd/mm/yyyy (-> 2024-01-01)
  row 5: A5:A6 merged holding IKU4 (so A6 is IKU4 too), 2023, TRUE (b)
  row 6: (merged), 2024, a formula giving "" (an empty <v>: no error)
sheet "rahasia" is hidden (a note, not read).
nocache.xlsx: a formula cell D2 without a cached value (an error).
nocache-empty.xlsx: the same with an empty <v></v>, as openpyxl writes a
formula (an error too: only a text formula, t="str", caches "").
prefixed.xlsx: cells.xlsx as the OpenXML SDK writes it, every element
with the prefix x: and the relationship id as rel:id.
libreoffice-cells.xlsx, libreoffice-cells.ods: cells.xlsx opened and saved
by LibreOffice 7.4 (soffice --headless --convert-to xlsx / ods); not made
here (LibreOffice is no build dependency): make them again by hand after
changing cells.xlsx.
negatif.xlsx, sheet tabel-negatif: -1234567.5 in format #,##0.00 and -12:
shown "-1.234.567,5" and "-12", with the hyphen-minus a CSV has.
dates.xlsx, sheet tabel-tanggal, column A in date format 14: serials 1,
59, 60 (the 29 February 1900 Excel counts), 61, 45657.5 (noon), 2958465
(9999-12-31); dates1904.xlsx: serial 0 and 1 in the 1904 system.
cells.ods: the same as cells.xlsx, the ODF way (number-rows-spanned for
the merge, a percentage, a date, a formula with its office:value, a
repeated empty row, a covered cell and a comment on cell A1, which is not
its text; D4's grouping comes from column D's default cell style, whose
number style is in styles.xml, as LibreOffice writes them).
"""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..', '..'))
NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
RNS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
PNS = 'http://schemas.openxmlformats.org/package/2006/relationships'

SHEET1 = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<worksheet xmlns="%s"><sheetData>'
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
    '<c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>'
    '<row r="2"><c r="A2" t="s"><v>5</v></c><c r="B2"><v>2024</v></c>'
    '<c r="C2"><v>0.30000000000000004</v></c><c r="D2"><f>B2/10</f><v>202.4</v></c>'
    '<c r="E2" t="inlineStr"><is><t>Capaian 98,95 %%</t></is></c></row>'
    '<row r="3"><c r="A3" t="s"><v>6</v></c><c r="B3"><v>2024</v></c>'
    '<c r="C3" t="inlineStr"><is><t>1.525,50</t></is></c>'
    '<c r="D3" t="inlineStr"><is><t>1,525.50</t></is></c>'
    '<c r="E3" s="1"><v>45657</v></c></row>'
    '<row r="4"><c r="A4" t="s"><v>7</v></c><c r="B4"><v>2024</v></c>'
    '<c r="C4" s="2"><v>0.85</v></c><c r="D4" s="3"><v>1234567.5</v></c>'
    '<c r="E4" s="4"><v>45292</v></c></row>'
    '<row r="5"><c r="A5" t="s"><v>8</v></c><c r="B5"><v>2023</v></c>'
    '<c r="E5" t="b"><v>1</v></c></row>'
    '<row r="6"><c r="A6" s="0"/><c r="B6"><v>2024</v></c><c r="E6" t="str"><f>""</f><v></v></c></row>'
    '</sheetData><mergeCells count="1"><mergeCell ref="A5:A6"/></mergeCells></worksheet>' % NS)

SHEET_HIDDEN = ('<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="%s"><sheetData>'
    '<row r="1"><c r="A1" t="inlineStr"><is><t>rahasia</t></is></c></row></sheetData></worksheet>' % NS)

SST = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<sst xmlns="%s" count="9" uniqueCount="9">'
    '<si><t>indikator</t></si><si><t>tahun</t></si><si><t>target</t></si>'
    '<si><t>realisasi</t></si><si><t>keterangan</t></si>'
    '<si><r><rPr><b/></rPr><t>IK</t></r><r><t>U1</t></r><rPh sb="0" eb="1"><t>x</t></rPh></si>'
    '<si><t>IKU2</t></si><si><t xml:space="preserve">IKU3</t></si><si><t>IKU4</t></si>'
    '</sst>' % NS)

STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<styleSheet xmlns="%s"><numFmts count="1"><numFmt numFmtId="165" formatCode="dd/mm/yyyy;@"/></numFmts>'
    '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="9"/>'
    '<xf numFmtId="4"/><xf numFmtId="165"/></cellXfs></styleSheet>' % NS)


def xlsx(sheets, sst=SST, styles=STYLES, compress=zipfile.ZIP_DEFLATED):
    """sheets: list of (name, xml, hidden)."""
    parts = {}
    parts['xl/workbook.xml'] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="%s" xmlns:r="%s"><workbookPr/><sheets>%s</sheets></workbook>' % (
            NS, RNS, ''.join('<sheet name="%s" sheetId="%d"%s r:id="rId%d"/>' % (
                n, i, ' state="hidden"' if h else '', i) for i, (n, _, h) in enumerate(sheets, 1))))
    rels = ''.join('<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>'
                   % (i, RNS, i) for i in range(1, len(sheets) + 1))
    rels += ('<Relationship Id="rIdS" Type="%s/sharedStrings" Target="sharedStrings.xml"/>'
             '<Relationship Id="rIdT" Type="%s/styles" Target="/xl/styles.xml"/>' % (RNS, RNS))
    parts['xl/_rels/workbook.xml.rels'] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="%s">%s</Relationships>' % (PNS, rels))
    parts['xl/sharedStrings.xml'] = sst
    parts['xl/styles.xml'] = styles
    for i, (_, x, _) in enumerate(sheets, 1):
        parts['xl/worksheets/sheet%d.xml' % i] = x
    # not read by lkjip, but a spreadsheet program needs them to open it
    ct = 'application/vnd.openxmlformats-officedocument.spreadsheetml'
    parts['[Content_Types].xml'] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="%s.sheet.main+xml"/>'
        '%s<Override PartName="/xl/sharedStrings.xml" ContentType="%s.sharedStrings+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="%s.styles+xml"/></Types>' % (
            ct, ''.join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="%s.worksheet+xml"/>'
                        % (i, ct) for i in range(1, len(sheets) + 1)), ct, ct))
    parts['_rels/.rels'] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="%s"><Relationship Id="rId1" Type="%s/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>' % (PNS, RNS))
    return parts


def write_zip(path, parts, compress=zipfile.ZIP_DEFLATED, first=None):
    with zipfile.ZipFile(path, 'w', compress) as z:
        if first:
            z.writestr(zipfile.ZipInfo(first[0], (1980, 1, 1, 0, 0, 0)), first[1],
                       compress_type=zipfile.ZIP_STORED)
        for n in sorted(parts):
            z.writestr(zipfile.ZipInfo(n, (1980, 1, 1, 0, 0, 0)), parts[n], compress_type=compress)


def zip_bytes(parts, compress=zipfile.ZIP_DEFLATED, first=None):
    import io
    b = io.BytesIO()
    write_zip(b, parts, compress, first)
    return b.getvalue()


ODS = ('<?xml version="1.0" encoding="UTF-8"?>\n'
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
    'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.3">'
    '<office:automatic-styles>'
    '<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>'
    '<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>'
    '<style:style style:name="ce4" style:family="table-cell" style:data-style-name="N4"/>'
    '</office:automatic-styles><office:body><office:spreadsheet>'
    '<table:table table:name="kinerja" table:style-name="ta1">'
    '<table:table-column table:number-columns-repeated="3"/>'
    '<table:table-column table:default-cell-style-name="ce4"/><table:table-column/>'
    '<table:table-row><table:table-cell office:value-type="string"><office:annotation><text:p>kode indikator</text:p>'
    '</office:annotation><text:p>indikator</text:p></table:table-cell>'
    '<table:table-cell office:value-type="string"><text:p>tahun</text:p></table:table-cell>'
    '<table:table-cell office:value-type="string"><text:p>target</text:p></table:table-cell>'
    '<table:table-cell office:value-type="string"><text:p>realisasi</text:p></table:table-cell>'
    '<table:table-cell office:value-type="string"><text:p>keterangan</text:p></table:table-cell>'
    '<table:table-cell table:number-columns-repeated="1019"/></table:table-row>'
    '<table:table-row><table:table-cell office:value-type="string"><text:p><text:span>IK</text:span>U1</text:p></table:table-cell>'
    '<table:table-cell office:value-type="float" office:value="2024"><text:p>2024</text:p></table:table-cell>'
    '<table:table-cell office:value-type="float" office:value="0.30000000000000004"><text:p>0,3</text:p></table:table-cell>'
    '<table:table-cell table:formula="of:=[.B2]/10" office:value-type="float" office:value="202.4"><text:p>202,4</text:p></table:table-cell>'
    '<table:table-cell office:value-type="string"><text:p>Capaian  98,95 %</text:p></table:table-cell></table:table-row>'
    '<table:table-row><table:table-cell office:value-type="string"><text:p>IKU2</text:p></table:table-cell>'
    '<table:table-cell office:value-type="float" office:value="2024"><text:p>2024</text:p></table:table-cell>'
    '<table:table-cell office:value-type="string"><text:p>1.525,50</text:p></table:table-cell>'
    '<table:table-cell office:value-type="string"><text:p>1,525.50</text:p></table:table-cell>'
    '<table:table-cell office:value-type="date" office:date-value="2024-12-31"><text:p>31/12/24</text:p></table:table-cell></table:table-row>'
    '<table:table-row><table:table-cell office:value-type="string"><text:p>IKU3</text:p></table:table-cell>'
    '<table:table-cell office:value-type="float" office:value="2024"><text:p>2024</text:p></table:table-cell>'
    '<table:table-cell office:value-type="percentage" office:value="0.85"><text:p>85%</text:p></table:table-cell>'
    '<table:table-cell office:value-type="float" office:value="1234567.5"><text:p>1.234.567,50</text:p></table:table-cell>'
    '<table:table-cell office:value-type="date" office:date-value="2024-01-01T00:00:00"><text:p>01/01/24</text:p></table:table-cell></table:table-row>'
    '<table:table-row><table:table-cell table:number-rows-spanned="2" office:value-type="string"><text:p>IKU4</text:p></table:table-cell>'
    '<table:table-cell office:value-type="float" office:value="2023"><text:p>2023</text:p></table:table-cell>'
    '<table:table-cell table:number-columns-repeated="2"/>'
    '<table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell></table:table-row>'
    '<table:table-row><table:covered-table-cell/>'
    '<table:table-cell office:value-type="float" office:value="2024"><text:p>2024</text:p></table:table-cell></table:table-row>'
    '<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
    '</table:table>'
    '<table:table table:name="rahasia" table:style-name="ta2"><table:table-row><table:table-cell office:value-type="string">'
    '<text:p>rahasia</text:p></table:table-cell></table:table-row></table:table>'
    '</office:spreadsheet></office:body></office:document-content>')


STYLES_ODS = ('<?xml version="1.0" encoding="UTF-8"?>\n'
    '<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"><office:styles>'
    '<number:number-style style:name="N4"><number:number number:decimal-places="2" number:grouping="true"/></number:number-style>'
    '</office:styles></office:document-styles>')


def ods(content):
    return {'content.xml': content, 'styles.xml': STYLES_ODS, 'META-INF/manifest.xml':
            '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest='
            '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'}


MIME = ('mimetype', 'application/vnd.oasis.opendocument.spreadsheet')


def dates_sheet(serials):
    rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>tanggal</t></is></c></row>'
    for i, v in enumerate(serials, 2):
        rows += '<row r="%d"><c r="A%d" s="1"><v>%s</v></c></row>' % (i, i, v)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="%s"><sheetData>%s'
            '</sheetData></worksheet>' % (NS, rows))


def main():
    cells = xlsx([('kinerja', SHEET1, False), ('rahasia', SHEET_HIDDEN, True)])
    write_zip(os.path.join(HERE, 'cells.xlsx'), cells)
    nocache = SHEET1.replace('<f>B2/10</f><v>202.4</v>', '<f>B2/10</f>')
    write_zip(os.path.join(HERE, 'nocache.xlsx'), xlsx([('kinerja', nocache, False)]))
    nocache = SHEET1.replace('<f>B2/10</f><v>202.4</v>', '<f>B2/10</f><v></v>')
    write_zip(os.path.join(HERE, 'nocache-empty.xlsx'), xlsx([('kinerja', nocache, False)]))
    write_zip(os.path.join(HERE, 'cells.ods'), ods(ODS), first=MIME)
    import re
    pre = {}
    for n, x in cells.items():
        x = re.sub(r'<(/?)(?!\?)([A-Za-z]+)([ />])', r'<\1x:\2\3', x)
        x = x.replace('xmlns="%s"' % NS, 'xmlns:x="%s"' % NS)
        x = x.replace('xmlns="%s"' % PNS, 'xmlns:x="%s"' % PNS)
        x = x.replace('xmlns:r="%s"' % RNS, 'xmlns:rel="%s"' % RNS).replace(' r:id=', ' rel:id=')
        pre[n] = x
    write_zip(os.path.join(HERE, 'prefixed.xlsx'), pre)
    neg = ('<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="%s"><sheetData>'
           '<row r="1"><c r="A1" t="inlineStr"><is><t>nilai</t></is></c></row>'
           '<row r="2"><c r="A2" s="3"><v>-1234567.5</v></c></row>'
           '<row r="3"><c r="A3"><v>-12</v></c></row></sheetData></worksheet>' % NS)
    write_zip(os.path.join(HERE, 'negatif.xlsx'), xlsx([('tabel-negatif', neg, False)]))
    write_zip(os.path.join(HERE, 'dates.xlsx'), xlsx([('tabel-tanggal', dates_sheet(
        ['1', '59', '60', '61', '45657.5', '2958465']), False)]))
    d1904 = xlsx([('tabel-tanggal', dates_sheet(['0', '1']), False)])
    d1904['xl/workbook.xml'] = d1904['xl/workbook.xml'].replace('<workbookPr/>', '<workbookPr date1904="1"/>')
    write_zip(os.path.join(HERE, 'dates1904.xlsx'), d1904)
    # fuzz seeds: whole files (modes 0, 1) and NUL-separated parts (2, 3)
    seeds = os.path.join(ROOT, 'fuzz', 'corpus', 'fuzz_workbook')
    os.makedirs(seeds, exist_ok=True)
    with open(os.path.join(seeds, 'cells-xlsx'), 'wb') as f:
        f.write(b'\x00' + zip_bytes(cells, zipfile.ZIP_STORED))
    with open(os.path.join(seeds, 'cells-ods'), 'wb') as f:
        f.write(b'\x01' + zip_bytes(ods(ODS), zipfile.ZIP_STORED, MIME))
    order = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml',
             'xl/styles.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']
    with open(os.path.join(seeds, 'parts-xlsx'), 'wb') as f:
        f.write(b'\x02' + b'\x00'.join(cells[p].encode() for p in order))
    with open(os.path.join(seeds, 'parts-ods'), 'wb') as f:
        f.write(b'\x03' + ODS.encode())


if __name__ == '__main__':
    main()
