#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Hearth developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Differential test: every cell Hearth reads from an .xlsx equals what openpyxl reads.

Usage: xlsx_vs_openpyxl.py XLSXDUMP FILE.xlsx...
XLSXDUMP prints Hearth's reading as JSON. openpyxl's values are written the way Hearth writes
cells (whole numbers without a fraction, 15 significant digits, dates by what their number
format shows, booleans as TRUE/FALSE); trailing empty rows and cells are not compared.
Exits 77 (skipped) when openpyxl is not installed.
"""
import datetime
import json
import re
import subprocess
import sys

try:
    import openpyxl
except ImportError:
    print('SKIP: python3-openpyxl is not installed; the differential check needs it')
    sys.exit(77)


def date_kind(number_format):
    """Date, time or both, as Hearth decides it from the format's first section."""
    first = number_format.split(';')[0]
    first = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.|_.|\*.', '', first).lower().replace('general', '')
    date = 'd' in first or 'y' in first
    time = 'h' in first or 's' in first
    if date and time:
        return 'datetime'
    if date or 'm' in first:
        return 'date'
    return 'time'


def text(cell):
    value = cell.value
    if value is None:
        return ''
    if isinstance(value, bool):
        return 'TRUE' if value else 'FALSE'
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        kind = date_kind(cell.number_format)
        if isinstance(value, datetime.time):
            value = datetime.datetime.combine(datetime.date(1899, 12, 30), value)
        if kind == 'date':
            return value.strftime('%Y-%m-%d')
        if kind == 'time':
            return value.strftime('%H:%M:%S')
        return value.strftime('%Y-%m-%d %H:%M:%S')
    if isinstance(value, (int, float)):
        if float(value).is_integer() and abs(value) < 9.0e15:
            return str(int(value))
        return '%.15g' % value
    return str(value)


def trimmed(rows):
    rows = [list(row) for row in rows]
    for row in rows:
        while row and row[-1] == '':
            row.pop()
    while rows and not rows[-1]:
        rows.pop()
    return rows


def main():
    dump, files = sys.argv[1], sys.argv[2:]
    failures = 0
    for path in files:
        hearth = json.loads(subprocess.run([dump, path], check=True, capture_output=True,
                                           text=True).stdout)
        book = openpyxl.load_workbook(path, data_only=True)
        names = [sheet['name'] for sheet in hearth['sheets']]
        if names != book.sheetnames:
            print(f'{path}: sheets differ: Hearth {names}, openpyxl {book.sheetnames}')
            failures += 1
            continue
        cells = 0
        for sheet in hearth['sheets']:
            ours = trimmed(sheet['rows'])
            theirs = trimmed([text(c) for c in row] for row in book[sheet['name']].iter_rows())
            if ours != theirs:
                failures += 1
                for r in range(max(len(ours), len(theirs))):
                    a = ours[r] if r < len(ours) else None
                    b = theirs[r] if r < len(theirs) else None
                    if a != b:
                        print(f'{path}: sheet "{sheet["name"]}" row {r + 1}:\n'
                              f'  Hearth   {a}\n  openpyxl {b}')
            cells += sum(len(row) for row in ours)
        print(f'{path}: {len(names)} sheet(s), {cells} cells compared')
    sys.exit(1 if failures else 0)


if __name__ == '__main__':
    main()
