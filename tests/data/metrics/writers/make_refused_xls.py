#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Hearth developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes compound files Hearth's .xls reader refuses with a named reason (tst_xlsworkbook):
xls_excel95_book.xls, an Excel 5/95 (BIFF5) workbook in a "Book" stream, and
xls_word_document.xls, a compound file holding no workbook at all, and
xls_shared_strings_cut_short.xls, Apache POI's small workbook (the fuzzing seed) cut inside the
CONTINUE record of its shared strings (the reader once waited forever on that record).
Run: python3 make_refused_xls.py (writes next to ../linkedin.xls)."""
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))
METRICS = os.path.join(HERE, '..')
source = open(os.path.join(METRICS, 'make_linkedin_xls.py')).read().split('metrics = [')[0]
exec(source)


def biff5(padding):
    # BOF version 0x0500 for the globals, CODEPAGE, padding, EOF.
    return (record(0x0809, struct.pack('<HHHH', 0x0500, 0x0005, 0x0DBB, 0x07CC)) +
            record(0x0042, struct.pack('<H', 1252)) + record(0x005C, b' ' * padding) +
            record(0x000A, b''))


def named(stream, name):
    data = compound_file(stream)
    old = 'Workbook\0'.encode('utf-16-le').ljust(64, b'\0') + struct.pack('<H', 18)
    new = (name + '\0').encode('utf-16-le').ljust(64, b'\0') + struct.pack('<H', 2 * len(name) + 2)
    assert data.count(old) == 1
    return data.replace(old, new)


with open(os.path.join(METRICS, 'xls_excel95_book.xls'), 'wb') as f:
    f.write(named(biff5(4200), 'Book'))
with open(os.path.join(METRICS, 'xls_word_document.xls'), 'wb') as f:
    f.write(named(b'\xec\xa5' + b'\0' * 4400, 'WordDocument'))

seed = open(os.path.join(HERE, '..', '..', '..', 'fuzz', 'corpus', 'xls_stream',
                         'linkedin_poi_small.biff'), 'rb').read()
at = 0
while struct.unpack_from('<H', seed, at)[0] != 0x003C:
    at += 4 + struct.unpack_from('<H', seed, at + 2)[0]
with open(os.path.join(METRICS, 'xls_shared_strings_cut_short.xls'), 'wb') as f:
    f.write(compound_file(seed[:at + 100]))
