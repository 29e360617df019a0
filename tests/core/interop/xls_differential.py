#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Hearth developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Differential test of Hearth's .xls reader: for every workbook given, the cells
`hearth-xls-reader --dump` prints equal those xlrd (Debian python3-xlrd), an independent reader,
reads from the same file, written as Hearth writes them (numbers without a fraction as integers,
others with 15 significant digits, dates as YYYY-MM-DD [HH:MM:SS]).

Run: xls_differential.py HEARTH-XLS-READER FILE.xls... Exits 77 (skipped) without xlrd.
"""
import json
import math
import subprocess
import sys

SKIPPED = 77

try:
    import xlrd
except ImportError:
    print('SKIPPED: python3-xlrd is not installed; the differential test needs it '
          '(apt-get install python3-xlrd)')
    sys.exit(SKIPPED)


def number_text(value):
    if math.isfinite(value) and value == math.floor(value) and abs(value) < 9.0e15:
        return str(int(value))
    return '%.15g' % value


def date_text(value, datemode):
    try:
        year, month, day, hour, minute, second = xlrd.xldate_as_tuple(value, datemode)
    except xlrd.xldate.XLDateError:
        return number_text(value)
    time = '%02d:%02d:%02d' % (hour, minute, second)
    if (year, month, day) == (0, 0, 0):
        return time
    date = '%04d-%02d-%02d' % (year, month, day)
    return date if (hour, minute, second) == (0, 0, 0) else date + ' ' + time


def cell_text(cell, datemode):
    if cell.ctype == xlrd.XL_CELL_TEXT:
        return cell.value
    if cell.ctype == xlrd.XL_CELL_NUMBER:
        return number_text(cell.value)
    if cell.ctype == xlrd.XL_CELL_DATE:
        return date_text(cell.value, datemode)
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return 'TRUE' if cell.value else 'FALSE'
    if cell.ctype == xlrd.XL_CELL_ERROR:
        return xlrd.error_text_from_code.get(cell.value, '#ERROR!')
    return ''


def trimmed(rows):
    """Rows without trailing empty cells and without trailing empty rows."""
    rows = [list(row) for row in rows]
    for row in rows:
        while row and row[-1] == '':
            row.pop()
    while rows and not rows[-1]:
        rows.pop()
    return rows


def xlrd_sheets(path):
    book = xlrd.open_workbook(path, on_demand=False)
    return [(sheet.name, trimmed([[cell_text(c, book.datemode) for c in sheet.row(r)]
                                  for r in range(sheet.nrows)]))
            for sheet in book.sheets()]


def hearth_sheets(reader, path):
    out = subprocess.run([reader, '--dump', '--', path], capture_output=True, check=True)
    book = json.loads(out.stdout)
    if 'failure' in book:
        raise RuntimeError('Hearth refused it: %r' % book['failure'])
    for sheet in book['sheets']:
        if 'failure' in sheet:
            raise RuntimeError('Hearth refused sheet %r: %r' % (sheet['name'], sheet['failure']))
    return [(sheet['name'], trimmed(sheet['rows'])) for sheet in book['sheets']]


def compare(reader, path):
    ours = hearth_sheets(reader, path)
    theirs = xlrd_sheets(path)
    problems = []
    if [name for name, _ in ours] != [name for name, _ in theirs]:
        return ['sheets %r, xlrd %r' % ([n for n, _ in ours], [n for n, _ in theirs])]
    cells = 0
    for (name, rows), (_, expected) in zip(ours, theirs):
        for r in range(max(len(rows), len(expected))):
            got = rows[r] if r < len(rows) else []
            want = expected[r] if r < len(expected) else []
            for c in range(max(len(got), len(want))):
                a = got[c] if c < len(got) else ''
                b = want[c] if c < len(want) else ''
                cells += 1
                if a != b:
                    problems.append('%s!R%dC%d: Hearth %r, xlrd %r' % (name, r + 1, c + 1,
                                                                      a[:80], b[:80]))
    print('%s: %d sheets, %d cells, %d differences' % (path, len(ours), cells, len(problems)))
    return problems


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    failed = False
    for path in sys.argv[2:]:
        try:
            problems = compare(sys.argv[1], path)
        except Exception as error:  # a reader that refuses the file fails the test
            problems = ['%s' % error]
        for problem in problems[:20]:
            print('  %s: %s' % (path, problem))
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
