#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Hearth developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the .xlsx and .zip fixtures of the metric import with writers that are not Hearth.

- xlsxwriter_linkedin.xlsx: XlsxWriter (python3-xlsxwriter) writes a LinkedIn page "Content"
  export, sheets "Metrics" and "All posts", shared strings, numbers, dates as date numbers and
  as text. (Apache POI's XSSF, the first choice, cannot write in Debian 12: its
  poi-ooxml-schemas lacks the XMLBeans type system.)
- libreoffice_meta_facebook.xlsx: LibreOffice (soffice --headless --convert-to xlsx) converts a
  flat OpenDocument spreadsheet written here: a Meta Facebook "Content" export on sheet
  "Content" and a "Notes" sheet after it; multi-line texts, a publish time as a date number and
  one as text, post ids as text.
- libreoffice_meta_instagram_1904.xlsx: the same from LibreOffice, a Meta Instagram export in
  a workbook of the 1904 date system.
- youtube_studio.zip: `zip` packs Table data.csv (YouTube Studio's layout, Total row first),
  Chart data.csv and Totals.csv, as YouTube Studio's download holds them.
- ../hostile/z_*: a zip bomb, an entry whose size lies, a DOCTYPE with entities, a truncated
  workbook, a workbook named .csv, a zip without Table data.csv, and an encrypted workbook
  (PoiXlsxEncryptor.java, Apache POI).

Needs python3-xlsxwriter, libreoffice-calc-nogui, zip, default-jdk and libapache-poi-java.
Run: python3 make_xlsx_fixtures.py (writes next to this script and into ../hostile).
"""
import datetime
import glob
import os
import shutil
import struct
import subprocess
import tempfile
import zipfile
from xml.sax.saxutils import escape

import xlsxwriter

HERE = os.path.dirname(os.path.abspath(__file__))
HOSTILE = os.path.join(HERE, '..', 'hostile')
FIXED_TIME = (2025, 3, 16, 8, 0, 0)


class Day:
    """A date written as a date number with a date format."""

    def __init__(self, year, month, day, hour=0, minute=0):
        self.value = datetime.datetime(year, month, day, hour, minute)


LINKEDIN_METRICS = [
    ['Aggregated metrics for Hearth Bakery, 03/01/2025 - 03/15/2025. Times are in UTC.'],
    ['Date', 'Impressions (organic)', 'Impressions (sponsored)', 'Clicks (total)',
     'Reactions (total)'],
    [Day(2025, 3, 1), 410, 0, 12, 30],
    [Day(2025, 3, 2), 380, 0, 9, 22],
]
LINKEDIN_POSTS = [
    ['Individual post metrics for Hearth Bakery. Engagement rates are fractions.'],
    ['Post title', 'Post link', 'Post type', 'Campaign name', 'Posted by', 'Created date',
     'Campaign start date', 'Campaign end date', 'Audience', 'Impressions',
     'Views (Excluding offsite video views)', 'Offsite Views', 'Clicks',
     'Click through rate (CTR)', 'Likes', 'Comments', 'Reposts', 'Follows', 'Engagement rate',
     'Content Type'],
    # Created date as LinkedIn writes it: text.
    ['We are hiring a morning baker – join our team! 🥖',
     'https://www.linkedin.com/feed/update/urn:li:activity:7301234567890123456', 'Organic', None,
     'Ada Baker', '03/04/2025', None, None, 'All followers', 2950, None, None, 88, 0.0298, 61, 9,
     7, 5, 0.0576, 'Text'],
    # Created date as a spreadsheet stores a date someone typed: a date number.
    ['Behind the oven: how we keep 200 loaves warm',
     'https://www.linkedin.com/feed/update/urn:li:activity:7309999999999999999', 'Organic', None,
     'Ada Baker', Day(2025, 3, 11), None, None, 'All followers', 1200, 340, None, 15, 0.0125, 20,
     0, 1, 3, 0.03, 'Video'],
    ['Rye or spelt? Tell us in the comments',
     'https://www.linkedin.com/feed/update/urn:li:activity:7305555555555555555', 'Organic', None,
     'Ada Baker', Day(2025, 3, 13), None, None, 'All followers', 870, None, None, 31, 0.0356, 44,
     23, 2, 1, 0.1149, 'Text'],
]

FACEBOOK_HEADER = ['Post ID', 'Page ID', 'Page name', 'Title', 'Description', 'Duration (sec)',
                   'Publish time', 'Caption type', 'Permalink', 'Is crosspost', 'Is share',
                   'Post type', 'Languages', 'Custom labels', 'Funded content status',
                   'Data comment', 'Date', 'Views', 'Reach', 'Reactions, comments and shares',
                   'Reactions', 'Comments', 'Shares', 'Total clicks', 'Link Clicks',
                   'Other Clicks']
FACEBOOK_ROWS = [
    ['613168031534769_1122334455667788', '613168031534769', 'Hearth Bakery', None,
     'Fresh sourdough today 🍞\nCome by before noon!\n"Best in town" – our regulars', None,
     Day(2025, 3, 14, 9, 30), None,
     'https://www.facebook.com/613168031534769/posts/pfbid02abcXYZ7sKq', 'No', 'No', 'Photos',
     None, None, None, None, 'Lifetime', 1520, 1204, 87, 61, 14, 12, 43, None, 31],
    # The publish time as text, the way Meta writes it in the CSV.
    ['613168031534769_2233445566778899', '613168031534769', 'Hearth Bakery', 'Winter hours',
     'Winter hours: we open at 8 ☕', None, '02/03/2025 18:05', None,
     'https://www.facebook.com/613168031534769/posts/pfbid0xyzQ9', 'No', 'No', 'Text', None,
     None, None, None, 'Lifetime', 300, None, 5, 5, 0, 0, 2, 1, 1],
    ['613168031534769_3344556677889900', '613168031534769', 'Hearth Bakery', None,
     'Croissant Saturday 🥐', 12, Day(2025, 3, 8, 7, 45), None,
     'https://www.facebook.com/613168031534769/videos/pfbid0croissant', 'No', 'No', 'Reels',
     None, None, None, None, 'Lifetime', 5400, 4100, 390, 300, 52, 38, 120, 3, 117],
]
INSTAGRAM_HEADER = ['Post ID', 'Account ID', 'Account username', 'Account name', 'Description',
                    'Duration (sec)', 'Publish time', 'Permalink', 'Post type', 'Data comment',
                    'Date', 'Views', 'Likes', 'Shares', 'Comments', 'Saves', 'Reach', 'Follows']
INSTAGRAM_ROWS = [
    ['18045612345678901', '17841400000000001', 'hearthbakery', 'Hearth Bakery',
     'Morning bake 🍞 #sourdough', None, Day(2025, 3, 10, 8, 15),
     'https://www.instagram.com/p/DAbCdEfGhIj/', 'IG image', None, 'Lifetime', 2300, 180, 12,
     9, 31, 1900, 4],
    ['18045698765432109', '17841400000000001', 'hearthbakery', 'Hearth Bakery',
     'How we shape a loaf', 38, '03/12/2025 17:40', 'https://www.instagram.com/reel/DXyZ12345/',
     'IG reel', None, 'Lifetime', 8800, 640, 75, 41, 96, 7100, 22],
]
NOTES = [
    ['Notes on this export'],
    ['Exported from Meta Business Suite', Day(2025, 3, 15)],
    ['Posts counted', 3],
    ['Share of reach from video', 0.7625],
]


def write_xlsxwriter(path):
    book = xlsxwriter.Workbook(path)
    book.set_properties({'created': datetime.datetime(*FIXED_TIME)})
    date_format = book.add_format({'num_format': 'mm/dd/yyyy'})
    for name, rows in (('Metrics', LINKEDIN_METRICS), ('All posts', LINKEDIN_POSTS)):
        sheet = book.add_worksheet(name)
        for r, cells in enumerate(rows):
            for c, value in enumerate(cells):
                if isinstance(value, Day):
                    sheet.write_datetime(r, c, value.value, date_format)
                elif isinstance(value, str):
                    sheet.write_string(r, c, value)
                elif value is not None:
                    sheet.write_number(r, c, value)
    book.close()


def fods_cell(value):
    if value is None:
        return '<table:table-cell/>'
    if isinstance(value, Day):
        return ('<table:table-cell table:style-name="when" office:value-type="date" '
                f'office:date-value="{value.value.isoformat()}"><text:p/></table:table-cell>')
    if isinstance(value, str):
        paragraphs = ''.join(f'<text:p>{escape(line)}</text:p>' for line in value.split('\n'))
        return f'<table:table-cell office:value-type="string">{paragraphs}</table:table-cell>'
    return f'<table:table-cell office:value-type="float" office:value="{value}"/>'


def write_fods(path, sheets, null_date=None):
    tables = ''
    for name, rows in sheets:
        body = ''.join('<table:table-row>' + ''.join(fods_cell(v) for v in row) +
                       '</table:table-row>' for row in rows)
        tables += f'<table:table table:name="{escape(name)}">{body}</table:table>'
    settings = ''
    if null_date:
        settings = ('<table:calculation-settings><table:null-date '
                    f'table:date-value="{null_date}"/></table:calculation-settings>')
    document = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<number:date-style style:name="N1"><number:month number:style="long"/><number:text>/</number:text><number:day number:style="long"/><number:text>/</number:text><number:year number:style="long"/><number:text> </number:text><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/></number:date-style>
<style:style style:name="when" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N1"/>
</office:automatic-styles>
<office:body><office:spreadsheet>{settings}{tables}</office:spreadsheet></office:body>
</office:document>
'''
    with open(path, 'w', encoding='utf-8') as f:
        f.write(document)


def libreoffice(fods, out_dir):
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(['soffice', f'-env:UserInstallation=file://{profile}', '--headless',
                        '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out_dir,
                        fods], check=True, stdout=subprocess.DEVNULL)


def write_youtube_zip(path, work):
    files = {
        'Table data.csv':
            'Content,Video title,Video publish time,Duration,Views,Watch time (hours),'
            'Subscribers,Impressions,Impressions click-through rate (%)\n'
            'Total,,,,12345,456.789,35,99999,4.1\n'
            'abc123XYZ_0,Sourdough 101,"Apr 29, 2020",612,5400,220.5,-2,40000,5.2\n'
            ' -dEf456uvw,Behind the oven,"May 3, 2021",305,3100,80.25,12,21000,4.4\n'
            'ghi789JKL-q,Unlisted test,,45,7,0.01,,,\n',
        'Chart data.csv':
            'Date,Content,Video title,Video publish time,Duration,Views\n'
            '2025-03-01,abc123XYZ_0,Sourdough 101,"Apr 29, 2020",612,120\n'
            '2025-03-02,abc123XYZ_0,Sourdough 101,"Apr 29, 2020",612,98\n',
        'Totals.csv': 'Date,Views\n2025-03-01,410\n2025-03-02,377\n',
    }
    for name, text in files.items():
        with open(os.path.join(work, name), 'w', encoding='utf-8') as f:
            f.write(text)
        os.utime(os.path.join(work, name), (1742112000, 1742112000))
    if os.path.exists(path):
        os.remove(path)
    subprocess.run(['zip', '-q', '-X', path] + list(files), cwd=work, check=True)


def zip_entries(path, entries):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)


def write_hostile(valid_xlsx):
    with zipfile.ZipFile(valid_xlsx) as archive:
        parts = [(name, archive.read(name)) for name in archive.namelist()]
    # A zip bomb: the first sheet padded with 20 MB of spaces, about 1000 times its stored size.
    bomb = [(n, d.replace(b'<sheetData>', b'<sheetData>' + b' ' * 20_000_000, 1)
             if n == 'xl/worksheets/sheet1.xml' else d) for n, d in parts]
    zip_entries(os.path.join(HOSTILE, 'z_zip_bomb.xlsx'), bomb)
    # Entities that would expand a billion times, behind a DOCTYPE.
    laughs = (b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE sst [\n<!ENTITY a "lol">\n' +
              b''.join(b'<!ENTITY %c "%s">\n' % (ord('b') + i, (b'&%c;' % (ord('a') + i)) * 10)
                       for i in range(9)) +
              b']>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
              b'count="1" uniqueCount="1"><si><t>&j;</t></si></sst>')
    doctype = [(n, laughs if n == 'xl/sharedStrings.xml' else d) for n, d in parts]
    zip_entries(os.path.join(HOSTILE, 'z_doctype_entities.xlsx'), doctype)
    with open(valid_xlsx, 'rb') as f:
        data = f.read()
    with open(os.path.join(HOSTILE, 'z_truncated.xlsx'), 'wb') as f:
        f.write(data[:len(data) // 2])
    shutil.copyfile(os.path.join(HERE, 'xlsxwriter_linkedin.xlsx'),
                    os.path.join(HOSTILE, 'z_xlsx_renamed.csv'))
    # Table data.csv stated as 10 bytes in both headers, but it unpacks to far more.
    lies = os.path.join(HOSTILE, 'z_size_lies.zip')
    zip_entries(lies, [('Table data.csv', b'Content,Views\n' + b'abc,1\n' * 5000)])
    with open(lies, 'rb') as f:
        raw = bytearray(f.read())
    struct.pack_into('<I', raw, 22, 10)  # the local header's uncompressed size
    central = raw.rfind(b'PK\x01\x02')
    struct.pack_into('<I', raw, central + 24, 10)  # the central directory's
    with open(lies, 'wb') as f:
        f.write(raw)
    zip_entries(os.path.join(HOSTILE, 'z_no_table_data.zip'),
                [('Export/Chart data.csv', b'Date,Views\n2025-03-01,120\n'),
                 ('Export/Totals.csv', b'Date,Views\n2025-03-01,410\n')])
    jars = ':'.join(f'/usr/share/java/{j}.jar' for j in (
        'poi', 'poi-ooxml', 'poi-ooxml-schemas', 'xmlbeans', 'commons-collections4',
        'commons-compress', 'commons-codec', 'commons-math3', 'curvesapi'))
    with tempfile.TemporaryDirectory() as classes:
        subprocess.run(['javac', '-d', classes, '-cp', jars,
                        os.path.join(HERE, 'writers', 'PoiXlsxEncryptor.java')], check=True)
        subprocess.run(['java', '-cp', f'{classes}:{jars}', 'PoiXlsxEncryptor', valid_xlsx,
                        os.path.join(HOSTILE, 'z_encrypted.xlsx'), 'hearth'], check=True)


def main():
    write_xlsxwriter(os.path.join(HERE, 'xlsxwriter_linkedin.xlsx'))
    with tempfile.TemporaryDirectory() as work:
        facebook = os.path.join(work, 'libreoffice_meta_facebook.fods')
        write_fods(facebook, [('Content', [FACEBOOK_HEADER] + FACEBOOK_ROWS), ('Notes', NOTES)])
        instagram = os.path.join(work, 'libreoffice_meta_instagram_1904.fods')
        write_fods(instagram, [('Instagram', [INSTAGRAM_HEADER] + INSTAGRAM_ROWS)],
                   null_date='1904-01-01')
        for fods in (facebook, instagram):
            libreoffice(fods, work)
        for made in glob.glob(os.path.join(work, '*.xlsx')):
            shutil.copyfile(made, os.path.join(HERE, os.path.basename(made)))
        write_youtube_zip(os.path.join(HERE, 'youtube_studio.zip'), work)
    write_hostile(os.path.join(HERE, 'libreoffice_meta_facebook.xlsx'))


if __name__ == '__main__':
    main()
