#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Hearth developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the LinkedIn .xls fixtures with writers Hearth did not write (see README.md here):
#   ../linkedin_poi.xls          Apache POI's HSSF (Debian libapache-poi-java)
#   ../linkedin_libreoffice.xls  LibreOffice Calc saving as "MS Excel 97" (libreoffice-calc-nogui)
# and small seeds for the fuzz targets (tests/fuzz/corpus/xls, xls_stream).
# Both from LinkedInContentExport.java, so they hold the same cells.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
classpath="$work:/usr/share/java/poi.jar:/usr/share/java/commons-collections4.jar:/usr/share/java/commons-math3.jar:/usr/share/java/commons-codec.jar"
javac -d "$work" -cp /usr/share/java/poi.jar "$here/LinkedInContentExport.java"
java -cp "$classpath" LinkedInContentExport poi "$here/../linkedin_poi.xls"
java -cp "$classpath" LinkedInContentExport poi-seed "$here/../../../fuzz/corpus/xls/linkedin_poi_small.xls"
java -cp "$classpath" LinkedInContentExport fods "$work/linkedin_libreoffice.fods"
# A profile of its own, so a running LibreOffice does not take the conversion over.
soffice --headless "-env:UserInstallation=file://$work/profile" \
    --convert-to 'xls:MS Excel 97' --outdir "$work" "$work/linkedin_libreoffice.fods" >/dev/null
cp "$work/linkedin_libreoffice.xls" "$here/../linkedin_libreoffice.xls"
# The seed of fuzz_xls_stream is the small workbook's stream without its compound file.
/usr/bin/python3 - "$here/../../../fuzz/corpus/xls/linkedin_poi_small.xls" \
    "$here/../../../fuzz/corpus/xls_stream/linkedin_poi_small.biff" <<'PYTHON'
import sys
from xlrd import compdoc
stream = compdoc.CompDoc(open(sys.argv[1], 'rb').read()).get_named_stream('Workbook')
open(sys.argv[2], 'wb').write(stream)
PYTHON
echo "wrote linkedin_poi.xls, linkedin_libreoffice.xls and the fuzzing seeds"
