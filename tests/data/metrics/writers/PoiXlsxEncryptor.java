// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Encrypts an .xlsx with a password as Excel 2007 did (ECMA-376 standard encryption, Apache
// POI): the result is an OLE2 compound file holding EncryptionInfo and EncryptedPackage streams.
// Usage: java PoiXlsxEncryptor IN.xlsx OUT.xlsx PASSWORD (run through make_xlsx_fixtures.sh).
// Debian's POI 4.0.1 cannot write a workbook with XSSF (its poi-ooxml-schemas lacks the XMLBeans
// type system), nor agile encryption (same cause); standard encryption needs only POIFS.
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Paths;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

public final class PoiXlsxEncryptor {
    private PoiXlsxEncryptor() {}

    public static void main(String[] args) throws Exception {
        byte[] workbook = Files.readAllBytes(Paths.get(args[0]));
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
            encryptor.confirmPassword(args[2]);
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(workbook);
            }
            try (OutputStream out = new FileOutputStream(args[1])) {
                fs.writeFilesystem(out);
            }
        }
    }
}
