#!/usr/bin/env python3
"""Writes the hostile input corpus (tests/data/hostile) and its manifest README.md.

Every file is made here, by hand-written rules, so the corpus can be rebuilt and reviewed:
run `python3 make_hostile.py` next to this script. Large inputs (50 MB fields, millions of
columns, 100k events, deep nesting) are NOT committed; tst_hostileinput generates them into a
temporary folder at test time. The expected outcome of every file is asserted in
tests/core/tst_hostileinput.cpp; the table in README.md says the same in words.
"""
import os
import sqlite3
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
MANIFEST = []  # (file, importer, what is wrong, expected outcome)


def write(name, data, importer, wrong, outcome):
    if isinstance(data, str):
        data = data.encode('utf-8')
    with open(os.path.join(HERE, name), 'wb') as f:
        f.write(data)
    MANIFEST.append((name, importer, wrong, outcome))


BOM = '\ufeff'
FB_HEADER = ('"Post ID","Page ID","Page name",Title,Description,"Duration (sec)","Publish time",'
             '"Caption type",Permalink,"Is crosspost","Is share","Post type",Languages,'
             '"Custom labels","Funded content status","Data comment",Date,Views,Reach,'
             '"Reactions, comments and shares",Reactions,Comments,Shares,"Total clicks",'
             '"Link Clicks","Other Clicks"')


def fb_row(n, desc='Fresh bread', when='03/14/2025 09:30', views='100', reach='80',
           reactions='5', comments='1', shares='0'):
    q = '"' + desc.replace('"', '""') + '"'
    return (f'613168031534769_{n:016d},613168031534769,"Hearth Bakery",,{q},,"{when}",,'
            f'https://www.facebook.com/613168031534769/posts/pfbid{n:06d},No,No,Photos,,,,,'
            f'Lifetime,{views},{reach},7,{reactions},{comments},{shares},3,2,1')


def fb(rows, bom=True, eol='\n'):
    text = (BOM if bom else '') + FB_HEADER + eol + eol.join(rows) + eol
    return text


YT_HEADER = ('Content,Video title,Video publish time,Duration,Views,Watch time (hours),'
             'Subscribers,Impressions')


def png_bytes():
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data))
    raw = b''.join(b'\0' + bytes([(x * 31 + y * 7) % 256 for x in range(16)]) for y in range(16))
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 16, 16, 8, 0, 0, 0, 0)) +
            chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))


def junk(size, seed):
    out = bytearray()
    x = seed
    for _ in range(size):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        out.append((x >> 16) & 0xff)
    return bytes(out)


# ---------------------------------------------------------------------------------------------
# Metric imports (core/metricimporter.*): CSV layouts.
M = 'metrics'
good = fb([fb_row(1), fb_row(2, 'Rye is back', '03/01/2025 12:00')])
write('m_empty.csv', b'', M, 'zero bytes', 'error: the file is empty')
write('m_only_bom.csv', BOM, M, 'a UTF-8 BOM and nothing else', 'error: no header row')
write('m_png_renamed.csv', png_bytes(), M, 'a PNG image renamed .csv', 'error: binary data (NUL bytes), line 3 (after the PNG signature\'s line ends)')
write('m_binary_junk.csv', junk(3000, 7).replace(b'\0', b'\x01'), M,
      'random bytes without NUL', 'error: not UTF-8, with the line')
write('m_utf16le_bom.csv', BOM.encode('utf-16-le') + good[1:].encode('utf-16-le'), M,
      'UTF-16 LE with BOM', 'error: UTF-16, save as CSV UTF-8')
write('m_utf16be_bom.csv', BOM.encode('utf-16-be') + good[1:].encode('utf-16-be'), M,
      'UTF-16 BE with BOM', 'error: UTF-16, save as CSV UTF-8')
write('m_utf16le_nobom.csv', good[1:].encode('utf-16-le'), M,
      'UTF-16 LE without BOM', 'error: UTF-16, save as CSV UTF-8')
latin = fb([fb_row(1), fb_row(2, 'Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e')], bom=False)
write('m_latin1.csv', latin.encode('latin-1'), M, 'Latin-1 text (é at line 3)',
      'error: line 3 not UTF-8, offers Windows-1252; clean import (2 posts) when confirmed')
write('m_utf8_surrogates.csv', fb([fb_row(1)]).encode() + fb_row(2).encode().replace(b'Fresh', b'Fr\xed\xa0\x80sh') + b'\n',
      M, 'CESU surrogate bytes (ED A0 80) on line 3', 'error: line 3 not UTF-8')
write('m_overlong_utf8.csv', fb([fb_row(1)]).encode() + fb_row(2).encode().replace(b'Fresh', b'\xc0\xafFresh') + b'\n',
      M, 'overlong UTF-8 (C0 AF) on line 3', 'error: line 3 not UTF-8')
t = fb([fb_row(1), fb_row(2, 'A long\nmulti-line text that is cut')])
write('m_truncated_in_quote.csv', t[: t.index('multi-line') + 5], M,
      'cut off inside a quoted field that starts on line 3', 'error: line 3, a " is missing')
t = fb([fb_row(1), fb_row(2), fb_row(3)])
write('m_truncated_mid_row.csv', t[: t.rindex('03/14/2025') + 6], M,
      'cut off inside the quoted publish time of the last row (line 4)',
      'error: line 4, a " is missing')
write('m_unterminated_header_quote.csv', BOM + '"Post ID,Page ID,Reach\n1,2,3\n', M,
      'the header opens a quote that never closes', 'error: line 1, a " is missing')
deep = '"' * 2001
write('m_deep_quotes.csv', fb([fb_row(1, deep + 'quoted' + deep), fb_row(2, '""""')]), M,
      'a text of 2001 quote characters around a word (4002+ doubled quotes in the file)',
      'clean: 2 posts, the quotes kept')
write('m_stray_quotes.csv', fb([fb_row(1)]) .replace('"Hearth Bakery"', 'Hearth "Bakery" x', 1), M,
      'quote characters inside an unquoted field', 'clean: 1 post')
rows = [fb_row(1), ','.join(fb_row(2).split(',')[:9]), fb_row(3) + ',extra,cells,here']
write('m_mismatched_columns.csv', fb(rows), M,
      'line 3 has 9 cells, line 4 has 3 extra cells',
      'clean: 3 posts, line 4 warned (extra cells ignored)')
write('m_header_only.csv', fb([]), M, 'a header and no rows', 'clean: nothing imported, warned that no row holds data')
rows = [fb_row(1, 'ok', '03/14/2025 09:30'), fb_row(2, 'feb30', '02/30/2025 10:00'),
        fb_row(3, 'month13', '13/01/2025 10:00'), fb_row(4, 'year0', '01/01/0000 10:00'),
        fb_row(5, 'hour25', '03/01/2025 25:61'), fb_row(6, 'year9999', '12/31/9999 23:59'),
        fb_row(7, 'ampm13', '03/01/2025 13:00:00 PM'), fb_row(8, 'words', 'yesterday')]
write('m_dates_out_of_range.csv', fb(rows), M,
      'publish times Feb 30, month 13, year 0, 25:61, 13 PM, "yesterday"; one in 9999',
      'clean: 2 posts (09:30 and year 9999), lines 3-5, 7-9 skipped naming the time')
rows = [fb_row(1, reach='99999999999999999999'), fb_row(2, reach='9223372036854775808'),
        fb_row(3, reach='9223372036854775807'), fb_row(4, reach='1e400'),
        fb_row(5, reach='12')]
write('m_counts_overflow.csv', fb(rows), M,
      'counts over 2^63, exactly 2^63-1, and 1e400',
      'clean: 1 post (line 6), lines 2-5 skipped naming the Reach column')
rows = [fb_row(1, reach='NaN'), fb_row(2, views='inf'), fb_row(3, reactions='-Infinity'),
        fb_row(4, comments='0x1F'), fb_row(5, shares='12.5'), fb_row(6)]
write('m_nan_inf.csv', fb(rows), M, 'counts NaN, inf, -Infinity, 0x1F, 12.5',
      'clean: 1 post, lines 2-6 skipped naming the column')
yt = (YT_HEADER + '\n' + 'Total,,,,10,1,0,5\n' + 'vid_nan,NaN hours,"Apr 29, 2020",1,5,NaN,0,5\n'
      'vid_inf,Inf hours,"Apr 29, 2020",1,5,inf,0,5\n' 'vid_big,Huge hours,"Apr 29, 2020",1,5,1e309,0,5\n'
      'vid_ok,Fine,"Apr 30, 2020",1,5,0.5,-3,5\n')
write('m_youtube_nan_watch.csv', yt, M, 'YouTube watch hours NaN, inf, 1e309 (and the Total row)',
      'clean: 1 post, lines 3-5 skipped, Total row skipped')
rows = [fb_row(1, reach='-5'), fb_row(2, views='-100'), fb_row(3, reactions='-1'), fb_row(4)]
write('m_negative_counts.csv', fb(rows), M, 'negative reach, views and reactions',
      'clean: 1 post, lines 2-4 skipped (cannot be negative)')
rows = [fb_row(1, '=HYPERLINK("http://evil.example","click")'), fb_row(2, "+cmd|' /C calc'!A0"),
        fb_row(3, '@SUM(1+1)*cmd|\' /C calc\'!A0'), fb_row(4, '-2+3+cmd|x'),
        fb_row(5, "'); DROP TABLE posts;--")]
write('m_formula_cells.csv', fb(rows), M,
      'texts that are spreadsheet formulas (=HYPERLINK, +cmd, @SUM, -2+3) and SQL',
      'clean: 5 posts, texts kept verbatim, neutralised on CSV export')
nul = fb([fb_row(1)]).encode() + fb_row(2, 'nul').encode().replace(b'nul', b'n\0l') + b'\n'
write('m_nul_early.csv', nul, M, 'a NUL byte in line 3', 'error: binary data (NUL), line 3')
pad = ''.join(fb_row(i, 'padding row %d' % i) + '\n' for i in range(1, 40))
late = (BOM + FB_HEADER + '\n' + pad).encode() + fb_row(99, 'nul').encode().replace(b'nul', b'n\0l') + b'\n'
write('m_nul_late.csv', late, M, 'a NUL byte in line 41, after the first 4 KiB',
      'error: binary data (NUL), line 41')
write('m_crlf.csv', fb([fb_row(1, 'two\r\nlines'), fb_row(2)], eol='\r\n'), M,
      'CRLF line ends, CRLF inside a quoted field', 'clean: 2 posts')
write('m_cr_only.csv', fb([fb_row(1, 'two\rlines'), fb_row(2)], eol='\r'), M,
      'classic Mac CR-only line ends', 'clean: 2 posts')
write('m_mixed_eol.csv', BOM + FB_HEADER + '\r\n' + fb_row(1) + '\r' + fb_row(2) + '\n' + fb_row(3) + '\r\n',
      M, 'CRLF, CR and LF mixed', 'clean: 3 posts')
write('m_xlsx_renamed.csv', b'PK\x03\x04' + junk(600, 3), M,
      'a zip signature followed by junk, named .csv',
      'error: the zip archive is damaged; save it again as .xlsx or CSV')
write('m_html_page.csv', '<!DOCTYPE html>\n<html><head><title>Error 502</title></head>\n'
      '<body><p>Bad gateway, try again, later</p></body></html>\n', M,
      'an HTML error page saved as .csv', 'no import: needs a column mapping; nothing written')
write('m_bom_twice.csv', BOM + fb([fb_row(1)]), M, 'two BOMs before the header', 'clean: 1 post')
write('m_control_chars.csv', fb([fb_row(1, 'bell\x07 esc\x1b[31mred\x1b[0m rtl\u202egnp.exe'),
                                 fb_row(2, 'tab\tvtab\x0b ff\x0c')]), M,
      'control characters, ANSI escapes and a right-to-left override in texts',
      'clean: 2 posts, texts kept')
write('m_scientific_ids.csv', fb([fb_row(1)]).replace('613168031534769_0000000000000001', '6.13168E+29', 1),
      M, 'a post id a spreadsheet turned into 6.13168E+29', 'clean: 1 post, warned, not matched by id')
write('m_same_post_twice.csv', fb([fb_row(1), fb_row(1, reach='9')]), M,
      'the same post id on lines 2 and 3', 'clean: 1 post, line 3 skipped (same post as line 2)')
gm = ('id,url,created_at,content,favourites,boosts,replies,network\n'
      '1,https://m.example/1,2025-03-02T10:00:00Z,ok,1,2,3,mastodon\n'
      '2,https://m.example/2,2025-03-02T11:00:00Z,unknown net,1,2,3,myspace\n'
      '3,https://m.example/3,2025-03-02T12:00:00Z,empty net,1,2,3,\n')
write('m_generic_bad_network.csv', gm, 'metrics (generic mapping, network column)',
      'a network column naming "myspace" and nothing',
      'clean: 1 post, lines 3-4 skipped (unknown network / no network)')
write('m_semicolon_formula_bomb.csv', BOM + 'a;b;c\n' + ('=1+1;@x;+y\n' * 50), M,
      'semicolon file of formulas only, no known header', 'no import: needs a column mapping')

# ---------------------------------------------------------------------------------------------
# LinkedIn .xls through hearth-xls-reader (core/interop/xlsworkbook.*, app/xlsreader).
X = 'metrics (.xls)'
linkedin = open(os.path.join(HERE, '..', 'metrics', 'linkedin.xls'), 'rb').read()
write('x_truncated.xls', linkedin[:3000], X, 'linkedin.xls cut at 3000 of 6144 bytes',
      'error: the Excel file is damaged')
write('x_ole_header_only.xls', linkedin[:512], X, 'only the 512-byte OLE2 header',
      'error: the Excel file is damaged')
write('x_csv_renamed.xls', good, X, 'a Meta Facebook CSV named .xls', 'clean: 2 posts (read as CSV)')
write('x_png_renamed.xls', png_bytes(), X, 'a PNG named .xls', 'error: binary data')
garbled = bytearray(linkedin)
for i in range(1024, 1024 + 700):
    garbled[i] = (garbled[i] * 7 + 13) & 0xff
write('x_garbled_records.xls', bytes(garbled), X, 'BIFF records overwritten with junk',
      'error: the Excel file cannot be read')

exec(open(os.path.join(HERE, '..', 'metrics', 'make_linkedin_xls.py')).read().split('metrics = [')[0])
LI_HEADER = ['Post title', 'Post link', 'Post type', 'Campaign name', 'Posted by', 'Created date',
             'Campaign start date', 'Campaign end date', 'Audience', 'Impressions',
             'Views (Excluding offsite video views)', 'Offsite Views', 'Clicks',
             'Click through rate (CTR)', 'Likes', 'Comments', 'Reposts', 'Follows',
             'Engagement rate', 'Content Type']


def li_row(n, date='03/02/2025', impressions=100):
    return ['Post %d' % n, 'https://www.linkedin.com/feed/update/urn:li:activity:71000000000000%02d' % n,
            'Organic', '', 'Hearth', date, '', '', 'All followers', impressions, 50, 0, 4, 0.04, 3, 1,
            0, 0, 0.05, 'Text']


def xls(sheets):
    # A stream under 4096 bytes belongs in the mini stream, which compound_file does not write.
    short = max(0, 4200 - len(workbook(sheets, padding=3000)))
    return compound_file(workbook(sheets, padding=3000 + short))


write('x_bogus_sheet.xls', xls([('Metrics', [['a', 'b'], [1, 2]]), ('Junk', [['hello', 'world'], ['x', 'y']])]),
      X, 'two sheets, neither is "All posts"; the second holds junk',
      'no import: needs a column mapping; the other sheet is named in a warning')
write('x_no_sheets.xls', compound_file(bof(0x0005) + record(0x0042, struct.pack('<H', 0x04B0)) +
                                       record(0x005C, b' ' * 4200) + record(0x000A, b'')), X,
      'a workbook with no sheet at all', 'error: no sheet')
write('x_bad_values.xls', xls([('All posts', [LI_HEADER, li_row(1), li_row(2, '02/30/2025'),
                                              li_row(3, impressions=float('nan')),
                                              li_row(4, impressions=1e300),
                                              li_row(5, impressions=-7),
                                              li_row(6, impressions='lots')])]), X,
      'LinkedIn rows with Feb 30, a NaN, 1e300, -7 and a word as impressions',
      'clean: 1 post, rows 3-7 skipped naming the row')
wb = workbook([('All posts', [LI_HEADER, li_row(1)])], padding=3000)
bs_at = wb.index(struct.pack('<HH', 0x0085, 8 + len('All posts')))
wb = wb[:bs_at + 4] + struct.pack('<I', 0x7FFFFFF0) + wb[bs_at + 8:]
write('x_sheet_offset_out_of_range.xls', compound_file(wb), X,
      'the sheet record points 2 GB past the end of the workbook stream',
      'error: the Excel file or its sheet cannot be read')
wb = workbook([('All posts', [LI_HEADER, li_row(1)])], padding=3000)
bof_len = len(bof(0x0005))
wb = wb[:bof_len] + record(0x002F, struct.pack('<HHH', 0, 0x1234, 0x5678)) + wb[bof_len:]
write('x_password.xls', compound_file(wb), X, 'a FILEPASS (password) record in the workbook globals',
      'error: password-protected or damaged')
wb = workbook([('All posts', [LI_HEADER, li_row(1)])], padding=3000)
lab = label(1, 0, 'Post 1')
at = wb.index(lab)
wb = wb[:at] + struct.pack('<HH', 0x0204, 0xFFFF) + wb[at + 4:]
write('x_record_length_lies.xls', compound_file(wb), X,
      'a LABEL record whose length field says 65535 bytes (it swallows the only post row)',
      'error: the file is damaged, save it again (the record runs past the workbook stream)')
# A DIMENSIONS record claiming the BIFF8 maximum (65536 x 256) over a sheet of two rows.
big = workbook([('All posts', [LI_HEADER, li_row(1)])], padding=3000)
dim_at = big.index(struct.pack('<HH', 0x0200, 14))
big = big[:dim_at] + record(0x0200, struct.pack('<IIHHH', 0, 65536, 0, 256, 0)) + big[dim_at + 18:]
write('x_huge_dimensions.xls', compound_file(big), X,
      'a sheet claiming 65536 rows x 256 columns holding two rows',
      'error: the sheet claims 65536 rows of 256 columns, more than Hearth reads (2 million cells)')

# ---------------------------------------------------------------------------------------------
# Bulk post import (core/bulkpostparser.* + core/postimport.*), every layout.
B = 'bulk'
write('b_hootsuite_png.csv', png_bytes(), B + ' hootsuite', 'a PNG renamed .csv', 'error: binary data, line 1')
write('b_hootsuite_bad_dates.csv',
      '02/30/2031 10:00,Feb thirty\n12/31/9999 25:61,Hour 25\n00/00/0000 00:00,Zero\n'
      '13/13/2031 10:00,Month 13\n01/02/2031,No time\n1/2/31 10:00,Short year\n'
      '99999999999999999999/1/2031 10:00,Huge\n03/30/2031 02:30,Clocks skip in Berlin\n', B + ' hootsuite',
      'Feb 30, 25:61, zeros, month 13, no time, two-digit year, a 20-digit day, a DST gap',
      'error: lines 1-8 each name the date field; nothing written')
write('b_hootsuite_far_future.csv', '12/31/9999 23:59,The last minute\n01/01/2031 00:00,New year\n',
      B + ' hootsuite', 'a post on 9999-12-31 23:59', 'clean: 2 posts')
write('b_buffer_missing_columns.csv', 'Text,Image URL,Tags\nHello,,\n', B + ' buffer',
      'Buffer header without "Posting Time"', 'error: line 1 names "Posting Time"')
write('b_buffer_formulas.csv',
      'Text,Image URL,Tags,Posting Time\n"=HYPERLINK(""http://evil.example"",""x"")",,,2031-02-10 12:00\n'
      "\"+cmd|' /C calc'!A0\",,,2031-02-10 13:00\n@SUM(1+1),,,2031-02-10 14:00\n"
      '-2+3,,,2031-02-10 15:00\n"\'); DROP TABLE posts;--",,,2031-02-10 16:00\n',
      B + ' buffer', 'formula and SQL texts', 'clean: 5 posts, texts verbatim')
write('b_buffer_latin1.csv', 'Text,Image URL,Tags,Posting Time\nCaf\u00e9,,,2031-02-10 12:00\n'.encode('latin-1'),
      B + ' buffer', 'Latin-1 é on line 2', 'error: line 2 not UTF-8')
write('b_buffer_utf16.csv', ('\ufeffText,Image URL,Tags,Posting Time\nHi,,,2031-02-10 12:00\n').encode('utf-16-le'),
      B + ' buffer', 'UTF-16 LE with BOM', 'error: UTF-16, save as CSV UTF-8')
write('b_buffer_unterminated.csv', 'Text,Image URL,Tags,Posting Time\n"Never closed,,,2031-02-10 12:00\n'
      'Second,,,2031-02-11 12:00\n', B + ' buffer', 'a quote opened on line 2 never closes',
      'error: line 2, a " is missing')
write('b_publer_short_rows.csv',
      'Date,Text,Link(s),Media URL(s),Title,Label(s),Alt text(s),Comment(s),Board/Album,Post subtype,CTA,Reminder\n'
      '2031-03-01 10:00,Full row,,,,,,,,,,\n2031-03-02 10:00\n2031-03-03 10:00,Short but fine\n',
      B + ' publer', 'rows with 1 and 2 of 12 cells; line 3 has no text', 'error: line 3, field Text')
write('b_publer_separator_soup.csv',
      'Date,Text,Link(s),Media URL(s),Title,Label(s),Alt text(s),Comment(s),Board/Album,Post subtype,CTA,Reminder\n'
      '2031-03-01 10:00,Soup,||||||||,|| || ||,,' + '||' * 200 + ',,,,,,\n',
      B + ' publer', 'cells of nothing but || separators', 'clean: 1 post, no empty links or labels')
write('b_metricool_bad_bools.csv',
      'Text,Date,Time,Draft,Facebook,Twitter/X,Instagram\nHi,2031-04-05,09:30:00,MAYBE,TRUE,yes,FALSE\n'
      'Time bad,2031-04-05,25:00:00,FALSE,TRUE,FALSE,FALSE\n',
      B + ' metricool', 'Draft MAYBE, network "yes", time 25:00:00',
      'error: line 2 fields Draft and Twitter/X, line 3 field Time')
write('b_sprout_recased.csv', 'Date,Time_24hr,Message_Text\n2031-05-20,17:45,Hi\n', B + ' sprout',
      'Sprout headers re-cased', 'error: line 1, headers are case-sensitive')
write('b_generic_mismatched.csv', 'when,what,where\n2031-06-01 10:00,One,x\n2031-06-02 10:00\n'
      '2031-06-03 10:00,Three,bluesky,extra,extra\n', B + ' generic',
      'mapped file: line 3 lacks the text, line 4 has extra cells', 'error: line 3, field what')
write('b_generic_bad_networks.csv', 'when,what,where\n2031-06-01 10:00,One,myspace||friendster\n',
      B + ' generic', 'networks no plan has', 'error: line 2 names "myspace"')
write('b_hootsuite_blank_bomb.csv', '\n' * 200000 + ' , , \n' * 1000 + '01/02/2031 09:00,After the blanks\n',
      B + ' hootsuite', '200,000 empty lines and 1000 lines of blanks before one post',
      'clean: 1 post, line 201001')

# ---------------------------------------------------------------------------------------------
# iCalendar import (core/icsimporter.*).
I = 'ics'
CAL = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Hostile//EN\r\n%sEND:VCALENDAR\r\n'


def event(uid, start='DTSTART:20310801T100000Z', extra=''):
    return ('BEGIN:VEVENT\r\nUID:%s\r\nDTSTAMP:20310101T000000Z\r\n%s\r\nSUMMARY:%s\r\n%sEND:VEVENT\r\n'
            % (uid, start, uid, extra))


write('i_empty.ics', b'', I, 'zero bytes', 'error: not an iCalendar file')
write('i_png_renamed.ics', png_bytes(), I, 'a PNG renamed .ics', 'error: not an iCalendar file')
write('i_vcard.ics', 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Someone\r\nEND:VCARD\r\n', I, 'a vCard',
      'error: not an iCalendar file')
full = CAL % (event('one') + event('two', 'DTSTART:20310802T100000Z'))
write('i_truncated.ics', full[: full.index('two') + 20], I, 'cut off inside the second event',
      'error: line 12, inside BEGIN:VEVENT of line 10, the file was cut off')
write('i_garbage_components.ics', CAL % (
    'BEGIN:VFOO\r\nX:1\r\nEND:VFOO\r\nBEGIN:\r\nEND:\r\nnot a property line\r\n;;;:::\r\n' +
    event('kept', extra='BEGIN:VALARM\r\nBEGIN:VALARM\r\nEND:VALARM\r\nEND:VALARM\r\nGARBAGE LINE\r\n')),
    I, 'unknown and nameless components, lines without a colon, alarms inside alarms',
    'clean: 1 post, libical complaints shown as warnings')
write('i_mismatched_end.ics', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20310801T100000Z\r\n'
      'END:VTODO\r\nEND:VCALENDAR\r\nEND:VEVENT\r\n', I, 'END lines in the wrong order',
      'clean: 1 post (the event is whole: UID and DTSTART)')
write('i_rrule_nonsense.ics', CAL % (
    event('r1', extra='RRULE:FREQ=SECONDLY;COUNT=-1;INTERVAL=0;BYDAY=XX;BYMONTH=13\r\n') +
    event('r2', 'DTSTART:20310803T100000Z', 'RRULE:FREQ=YEARLY;BYSETPOS=-9999;UNTIL=00000000\r\n') +
    event('r3', 'DTSTART:20310804T100000Z', 'RRULE:;;;=;\r\nEXDATE:garbage\r\nRDATE:99999999T999999Z\r\n')),
    I, 'RRULE/EXDATE/RDATE nonsense (COUNT=-1, INTERVAL=0, BYMONTH=13, empty)',
    'clean: 3 posts, each warned (only the first occurrence)')
write('i_unknown_tzid.ics', CAL % (event('tz', 'DTSTART;TZID=Mars/Olympus_Mons:20310801T100000') +
                                   event('tz2', 'DTSTART;TZID=:20310802T100000')),
      I, 'TZID=Mars/Olympus_Mons and an empty TZID', 'clean: 2 posts, warned (unknown zone)')
write('i_dates_out_of_range.ics', CAL % (
    event('ok', 'DTSTART:20310801T100000Z') + event('feb30', 'DTSTART:20310230T100000Z') +
    event('hour25', 'DTSTART:20310801T256100Z') + event('year0', 'DTSTART:00000101T000000Z') +
    event('month13', 'DTSTART:20311301T100000Z') + event('nostart', 'DTSTART:') +
    event('year9999', 'DTSTART:99991231T235959Z')),
    I, 'DTSTART Feb 30, 25:61, year 0, month 13, empty; one in 9999',
    'error: lines 10, 16, 22, 28, 34, 40 each say DTSTART is not valid (libical refuses years over 3000); nothing written')
write('i_latin1.ics', (CAL % event('caf\u00e9')).encode('latin-1'), I,
      'Latin-1 é in a UID and SUMMARY (line 5)', 'error: not UTF-8, line 5')
write('i_utf16.ics', ('\ufeff' + CAL % event('u16')).encode('utf-16-le'), I, 'UTF-16 LE with BOM',
      'error: UTF-16, save as UTF-8')
write('i_nul.ics', (CAL % (event('a') + event('b', 'DTSTART:20310802T100000Z'))).encode().replace(b'UID:b', b'UID:\0b'),
      I, 'a NUL byte in the second event (line 11)', 'error: NUL byte, line 11')
write('i_no_events.ics', CAL % 'BEGIN:VTODO\r\nUID:t\r\nSUMMARY:todo\r\nEND:VTODO\r\n', I,
      'a calendar with only a VTODO', 'clean: nothing imported, "no events" warning')
write('i_formula_summary.ics', CAL % (event('=HYPERLINK("http://evil")') + event('+cmd|x', 'DTSTART:20310802T100000Z')),
      I, 'SUMMARY/UID spreadsheet formulas', 'clean: 2 posts, texts verbatim')
write('i_many_calendars.ics', ''.join(CAL % event('c%d' % i, 'DTSTART:203108%02dT100000Z' % (i + 1)) for i in range(5)),
      I, 'five VCALENDARs concatenated in one file', 'clean: 5 posts')
write('i_broken_folding.ics', ('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n\r\n \r\n' + event('fold', extra=
      'DESCRIPTION:' + 'x' * 70 + '\r\n \r\n \r\n\t' + 'y' * 500 + '\r\n') + 'END:VCALENDAR\r\n'),
      I, 'empty lines, folds of only whitespace, a 500-character folded line', 'clean: 1 post')

# ---------------------------------------------------------------------------------------------
# The database open path (core/database.*); tst_database covers random bytes, a text file, another
# application's database, another application_id, a corrupt page, a truncated file and a newer
# schema; these are the cases it does not.
D = 'database'


def sqlite_file(name, statements, page_size=1024):
    path = os.path.join(HERE, name)
    if os.path.exists(path):
        os.remove(path)
    con = sqlite3.connect(path)
    con.execute('PRAGMA page_size = %d' % page_size)
    for s in statements:
        con.execute(s)
    con.commit()
    con.close()
    return open(path, 'rb').read()


data = sqlite_file('d_negative_version.sqlite', ['CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)',
                                                 'INSERT INTO invoices (total) VALUES (12.5)',
                                                 'PRAGMA user_version = -1'])
MANIFEST.append(('d_negative_version.sqlite', D, "another application's database with user_version -1",
                 'error: not a Hearth database; file unchanged'))
hdr = sqlite_file('d_header_only.sqlite', ['CREATE TABLE t (x)'])[:100]
write('d_header_only.sqlite', hdr, D, 'only the 100-byte SQLite header', 'error: damaged; file unchanged')
write('d_magic_then_junk.sqlite', b'SQLite format 3\0' + junk(4080, 11), D,
      'the SQLite magic followed by junk', 'error: damaged or not a database; file unchanged')
page = bytearray(sqlite_file('d_bad_page_size.sqlite', ['CREATE TABLE t (x)']))
page[16:18] = struct.pack('>H', 3)
write('d_bad_page_size.sqlite', bytes(page), D, 'a header with page size 3',
      'error: damaged or not a database; file unchanged')
write('d_png.sqlite', png_bytes(), D, 'a PNG renamed .sqlite', 'error: not an SQLite file; file unchanged')
write('d_zero_bytes.sqlite', b'', D, 'an empty file', 'clean: becomes a new, empty plan')

# ---------------------------------------------------------------------------------------------
GENERATED = [
    ('gen:huge_field.csv', M, 'one 50 MB field', 'error: line 2, a field longer than 1 Mi characters (CSV reader limit)'),
    ('gen:million_columns.csv', M, 'a header of 2 million columns', 'error: line 1, more than 10000 columns (CSV reader limit)'),
    ('gen:wide_header.csv', M, 'a Meta Facebook header with 1500 extra columns',
     'clean: 1 post, every column kept as a raw value'),
    ('gen:blank_bomb.csv', M, 'a header, 1 million empty lines, one row', 'clean: 1 post'),
    ('gen:separator_bomb.csv', B + ' buffer', '2000 lines of 9,999 commas',
     'error: line 2, more than 256 columns (bulk limit)'),
    ('gen:many_rows.csv', B + ' buffer', '1 million Buffer rows (33 MB)',
     'error: line 10002, more than 10000 posts (bulk limit), refused while reading'),
    ('gen:huge_field.ics', I, 'a 50 MB DESCRIPTION', 'error: more than 32 MB (.ics limit), refused before reading'),
    ('gen:many_events.ics', I, '100,000 VEVENTs', 'error: line of event 10001, more than 10000 events (.ics limit), before libical parses'),
    ('gen:deep_nesting.ics', I, '200,000 nested BEGIN:VEVENT', 'error: nested 200001 deep (.ics limit 16), before libical parses'),
    ('gen:wal_garbage.sqlite', D, 'a Hearth database with a -wal file of junk next to it',
     'clean: opens, data intact'),
]

with open(os.path.join(HERE, 'README.md'), 'w') as f:
    f.write('# Hostile input corpus\n\n'
            'Hand-made bad files for every importer. `tests/core/tst_hostileinput.cpp` feeds each one to\n'
            'its importer against a database holding some posts, snapshots and ideas, and asserts: a\n'
            'clear error (naming the file, and the line or field where one applies) or a clean import;\n'
            'never a crash or a hang (each case has a time limit); never a partial import (row counts of\n'
            'every table unchanged after an error).\n\n'
            'Some files also go through the CSV reader on its own, which checks the exact fields\n'
            '(2001 doubled quotes undone, CR and CRLF kept inside quotes) and the line of an error.\n\n'
            'The files are written by `make_hostile.py` (run it to rebuild them). Rows named `gen:` are\n'
            'generated by the test into a temporary folder, because they are large.\n\n'
            '## Limits the importers enforce\n\n'
            'Each is far above any real export and refuses a bomb quickly, with a message naming the\n'
            'line:\n\n'
            '- CSV reader (`CsvReader::Limits`): a field of at most 1 Mi characters, at most 10000\n'
            '  columns; NUL bytes anywhere and UTF-16 text are refused with their line.\n'
            '- Bulk post import (`BulkPostParser`): at most 10000 rows, 256 columns and 64 MB.\n'
            '- iCalendar import (`IcsImporter`): at most 32 MB, 10000 events and 16 levels of\n'
            '  nested components, checked before libical parses; a file cut off inside a component,\n'
            '  NUL bytes and text that is not UTF-8 are refused with their line.\n'
            '- Metric import: counts above 10^15, and negative counts other than follows, are skipped\n'
            '  with a reason; `.xls` sheets claiming more than 2 million cells are refused.\n\n'
            '## Files\n\n'
            '| File | Importer | What is wrong | Expected outcome |\n|---|---|---|---|\n')
    for name, importer, wrong, outcome in MANIFEST + GENERATED:
        f.write('| `%s` | %s | %s | %s |\n' % (name, importer, wrong.replace('|', '\\|'), outcome.replace('|', '\\|')))
print(len(MANIFEST), 'files,', len(GENERATED), 'generated at test time')
