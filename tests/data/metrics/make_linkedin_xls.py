#!/usr/bin/env python3
"""Writes linkedin.xls: a LinkedIn page "Content" export as a legacy Excel (BIFF8) workbook.

No tool on the build machine writes .xls, so this is a minimal writer of our own: an OLE2
compound file holding one "Workbook" stream with two sheets, "Metrics" (daily totals) and
"All posts" (one row per post), each with a description sentence above the header, as
formats.md describes. Text cells are LABEL records, figures NUMBER records.
Run: python3 make_linkedin_xls.py (writes linkedin.xls next to this script).
"""
import os
import struct

def record(kind, data):
    return struct.pack('<HH', kind, len(data)) + data

def bof(sheet_type):
    return record(0x0809, struct.pack('<HHHHII', 0x0600, sheet_type, 0x0DBB, 0x07CC, 0, 0x06))

def label(row, col, text):
    encoded = text.encode('utf-16-le')
    # The character count is in UTF-16 code units: an emoji counts twice.
    return record(0x0204, struct.pack('<HHHHB', row, col, 0, len(encoded) // 2, 1) + encoded)

def number(row, col, value):
    return record(0x0203, struct.pack('<HHHd', row, col, 0, float(value)))

def sheet(rows):
    width = max(len(r) for r in rows)
    out = bof(0x0010) + record(0x0200, struct.pack('<IIHHH', 0, len(rows), 0, width, 0))
    for r, cells in enumerate(rows):
        for c, value in enumerate(cells):
            if value is None or value == '':
                continue
            out += number(r, c, value) if isinstance(value, (int, float)) else label(r, c, value)
    return out + record(0x000A, b'')

def boundsheet(offset, name):
    return record(0x0085, struct.pack('<IBBBB', offset, 0, 0, len(name), 0) + name.encode('latin-1'))

def workbook(sheets, padding=0):
    # Streams under 4096 bytes would belong in the mini stream, which this writer does not
    # produce; a WRITEACCESS record (the user name, ignored by readers) pads the stream.
    globals_head = (bof(0x0005) + record(0x0042, struct.pack('<H', 0x04B0)) +
                    record(0x005C, b' ' * padding))
    globals_len = len(globals_head) + sum(len(boundsheet(0, n)) for n, _ in sheets) + 4
    offset = globals_len
    bounds = b''
    bodies = b''
    for name, rows in sheets:
        bounds += boundsheet(offset, name)
        body = sheet(rows)
        bodies += body
        offset += len(body)
    return globals_head + bounds + record(0x000A, b'') + bodies

def compound_file(stream):
    sector = 512
    # At least 4096 bytes, so the stream lives in normal sectors, not the mini stream.
    size = len(stream)
    padded = stream + b'\0' * (max(4096, -(-size // sector) * sector) - size)
    stream_sectors = len(padded) // sector
    fat_sector, first_stream, dir_sector = 0, 1, 1 + stream_sectors
    end, free, fatsect = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
    fat = [fatsect] + [first_stream + i + 1 for i in range(stream_sectors - 1)] + [end, end]
    fat += [free] * (128 - len(fat))
    header = (bytes.fromhex('d0cf11e0a1b11ae1') + b'\0' * 16 +
              struct.pack('<HHHHH', 0x3E, 3, 0xFFFE, 9, 6) + b'\0' * 6 +
              struct.pack('<IIIIIIIII', 0, 1, dir_sector, 0, 4096, end, 0, end, 0) +
              struct.pack('<I', fat_sector) + struct.pack('<I', free) * 108)
    def entry(name, kind, child, start, length):
        encoded = (name + '\0').encode('utf-16-le') if name else b''
        return (encoded.ljust(64, b'\0') + struct.pack('<HBB', len(encoded), kind, 1) +
                struct.pack('<III', free, free, child) + b'\0' * 16 + struct.pack('<I', 0) +
                b'\0' * 16 + struct.pack('<IQ', start, length))
    directory = (entry('Root Entry', 5, 1, end, 0) + entry('Workbook', 2, free, first_stream, size) +
                 entry('', 0, free, free, 0) + entry('', 0, free, free, 0))
    return header + struct.pack('<128I', *fat) + padded + directory

metrics = [
    ['Aggregated metrics for Hearth Bakery, 03/01/2025 - 03/15/2025. Times are in UTC.'],
    ['Date', 'Impressions (organic)', 'Impressions (sponsored)', 'Clicks (total)', 'Reactions (total)'],
    ['03/01/2025', 410, 0, 12, 30],
    ['03/02/2025', 380, 0, 9, 22],
]
posts = [
    ['Individual post metrics for Hearth Bakery. Engagement rates are fractions.'],
    ['Post title', 'Post link', 'Post type', 'Campaign name', 'Posted by', 'Created date',
     'Campaign start date', 'Campaign end date', 'Audience', 'Impressions',
     'Views (Excluding offsite video views)', 'Offsite Views', 'Clicks', 'Click through rate (CTR)',
     'Likes', 'Comments', 'Reposts', 'Follows', 'Engagement rate', 'Content Type'],
    ['We are hiring a morning baker – join our team! 🥖',
     'https://www.linkedin.com/feed/update/urn:li:activity:7301234567890123456', 'Organic', '',
     'Ada Baker', '03/04/2025', '', '', 'All followers', 2950, '', '', 88, 0.0298, 61, 9, 7, 5,
     0.0576, 'Text'],
    ['Behind the oven: how we keep 200 loaves warm',
     'https://www.linkedin.com/feed/update/urn:li:activity:7309999999999999999', 'Organic', '',
     'Ada Baker', '03/11/2025', '', '', 'All followers', 1200, 340, '', 15, 0.0125, 20, 0, 1, -1,
     0.0300, 'Video'],
]
here = os.path.dirname(os.path.abspath(__file__))
book = [('Metrics', metrics), ('All posts', posts)]
stream = workbook(book)
stream = workbook(book, max(0, 4200 - len(stream)))
with open(os.path.join(here, 'linkedin.xls'), 'wb') as f:
    f.write(compound_file(stream))
