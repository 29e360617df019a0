<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CatalogRepository</name>
    <message>
        <source>&quot;%1&quot; is not a known network. Known networks are listed by &quot;hearth-cli network list&quot;.</source>
        <translation>„%1“ ist kein bekanntes Netzwerk. Die bekannten Netzwerke listet „hearth-cli network list“ auf.</translation>
    </message>
    <message>
        <source>A network needs a name.</source>
        <translation>Ein Netzwerk braucht einen Namen.</translation>
    </message>
    <message>
        <source>The character limit of &quot;%1&quot; must be a positive number.</source>
        <translation>Die Zeichengrenze von „%1“ muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <source>A network named &quot;%1&quot; exists already.</source>
        <translation>Ein Netzwerk namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>The character limit must be a positive number.</source>
        <translation>Die Zeichengrenze muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known network.</source>
        <translation>„%1“ ist kein bekanntes Netzwerk.</translation>
    </message>
    <message>
        <source>A pillar needs a name.</source>
        <translation>Eine Themensäule braucht einen Namen.</translation>
    </message>
    <message>
        <source>The target share of &quot;%1&quot; must be between 0 and 100 %.</source>
        <translation>Der Zielanteil von „%1“ muss zwischen 0 und 100 % liegen.</translation>
    </message>
    <message>
        <source>A pillar named &quot;%1&quot; exists already.</source>
        <translation>Eine Themensäule namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>There is no pillar %1.</source>
        <translation>Es gibt keine Themensäule %1.</translation>
    </message>
    <message>
        <source>A target share must be between 0 and 100 %.</source>
        <translation>Ein Zielanteil muss zwischen 0 und 100 % liegen.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: the file contains binary data (NUL bytes); it is not a CSV text file. Export the data again as CSV.</source>
        <translation>Zeile %1: Die Datei enthält Binärdaten (NUL-Bytes); sie ist keine CSV-Textdatei. Exportieren Sie die Daten erneut als CSV.</translation>
    </message>
    <message>
        <source>line %1: the text is not UTF-8. Save the file as &quot;CSV UTF-8&quot; in your spreadsheet program and try again.</source>
        <translation>Zeile %1: Der Text ist nicht UTF-8. Speichern Sie die Datei in Ihrer Tabellenkalkulation als „CSV UTF-8“ und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>line %1: the record has more than %2 columns; this does not look like a real export.</source>
        <translation>Zeile %1: Der Datensatz hat mehr als %2 Spalten; das sieht nicht nach einem echten Export aus.</translation>
    </message>
    <message>
        <source>line %1: a quoted field starts here and never ends (a &quot; is missing). Check the file around this line.</source>
        <translation>Zeile %1: Hier beginnt ein Feld in Anführungszeichen, das nie endet (ein &quot; fehlt). Prüfen Sie die Datei um diese Zeile.</translation>
    </message>
    <message>
        <source>line %1: a field is longer than %2 characters; the file is probably damaged.</source>
        <translation>Zeile %1: Ein Feld ist länger als %2 Zeichen; die Datei ist wahrscheinlich beschädigt.</translation>
    </message>
    <message>
        <source>line 1: the text is UTF-16, not UTF-8. Save the file as &quot;CSV UTF-8&quot; in your spreadsheet program and try again.</source>
        <translation>Zeile 1: Der Text ist UTF-16, nicht UTF-8. Speichern Sie die Datei in Ihrer Tabellenkalkulation als „CSV UTF-8“ und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1. Check that you may write there, or choose another file with --db.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden. Prüfen Sie, ob Sie dort schreiben dürfen, oder wählen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <source>Cannot create the database file %1: %2. Check the folder&apos;s permissions and free space.</source>
        <translation>Die Datenbankdatei %1 kann nicht angelegt werden: %2. Prüfen Sie die Rechte des Ordners und den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>The database %1 does not exist. Check the path, or run &quot;hearth-cli --db %1 init&quot; to create it.</source>
        <translation>Die Datenbank %1 existiert nicht. Prüfen Sie den Pfad oder legen Sie sie mit „hearth-cli --db %1 init“ an.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file. Give the path of a file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei. Geben Sie den Pfad einer Datei an.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check its permissions.</source>
        <translation>%1 kann nicht gelesen werden: %2. Prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>%1 is not a Hearth database (it is not an SQLite file at all). Hearth left it untouched. Open another file with --db, or restore one of your backups.</source>
        <translation>%1 ist keine Hearth-Datenbank (überhaupt keine SQLite-Datei). Hearth hat sie nicht verändert. Öffnen Sie mit --db eine andere Datei oder stellen Sie eine Ihrer Sicherungen wieder her.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is not installed. Install the package libqt6sql6-sqlite.</source>
        <translation>Der SQLite-Treiber von Qt ist nicht installiert. Installieren Sie das Paket libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>You may not write to %1.</source>
        <translation>Sie dürfen %1 nicht beschreiben.</translation>
    </message>
    <message>
        <source>Opened read-only on request.</source>
        <translation>Auf Wunsch schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>Öffnen von %1</translation>
    </message>
    <message>
        <source>opening an in-memory database</source>
        <translation>Öffnen einer Datenbank im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a database. Hearth left it untouched. Restore one of your backups, or open another file with --db.</source>
        <translation>%1 ist beschädigt oder keine Datenbank. Hearth hat sie nicht verändert. Stellen Sie eine Ihrer Sicherungen wieder her oder öffnen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application. Hearth left it untouched. Open a Hearth database with --db.</source>
        <translation>%1 ist eine SQLite-Datenbank einer anderen Anwendung. Hearth hat sie nicht verändert. Öffnen Sie mit --db eine Hearth-Datenbank.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Hearth (schema %2; this version knows up to %3). Hearth left it untouched. Install the newer Hearth to open it.</source>
        <translation>%1 wurde von einer neueren Hearth-Version geschrieben (Schema %2; diese Version kennt bis %3). Hearth hat sie nicht verändert. Installieren Sie die neuere Hearth-Version, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Hearth database. Hearth left it untouched. Open a Hearth database with --db.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber keine Hearth-Datenbank. Hearth hat sie nicht verändert. Öffnen Sie mit --db eine Hearth-Datenbank.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Hearth left it untouched. Restore the newest backup (File &gt; Restore Backup, or &quot;hearth-cli restore&quot;).</source>
        <translation>%1 ist beschädigt (%2). Hearth hat sie nicht verändert. Stellen Sie die neueste Sicherung wieder her (Datei &gt; Sicherung wiederherstellen oder „hearth-cli restore“).</translation>
    </message>
    <message>
        <source>The system&apos;s SQLite library lacks JSON support. Install SQLite 3.38 or newer (package libsqlite3-0).</source>
        <translation>Die SQLite-Bibliothek des Systems unterstützt kein JSON. Installieren Sie SQLite 3.38 oder neuer (Paket libsqlite3-0).</translation>
    </message>
    <message>
        <source>The system&apos;s SQLite library lacks full-text search (FTS5). Install an SQLite built with FTS5 (package libsqlite3-0).</source>
        <translation>Die SQLite-Bibliothek des Systems unterstützt keine Volltextsuche (FTS5). Installieren Sie ein SQLite mit FTS5 (Paket libsqlite3-0).</translation>
    </message>
    <message>
        <source>FTS5 probe cleanup failed</source>
        <translation>Aufräumen nach der FTS5-Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>No schema migrations were given.</source>
        <translation>Es wurden keine Schemamigrationen angegeben.</translation>
    </message>
    <message>
        <source>%1 uses an older schema (%2) and must be upgraded, but it is opened read-only. Open it read-write once to upgrade it.</source>
        <translation>%1 hat ein älteres Schema (%2) und muss aktualisiert werden, ist aber schreibgeschützt geöffnet. Öffnen Sie es einmal mit Schreibzugriff, um es zu aktualisieren.</translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it, so it was not upgraded: %2</source>
        <translation>%1 konnte vor der Aktualisierung nicht gesichert werden und wurde daher nicht aktualisiert: %2</translation>
    </message>
    <message>
        <source>could not set the schema version</source>
        <translation>Die Schemaversion konnte nicht gesetzt werden</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed; nothing was changed. %3</source>
        <translation>Die Aktualisierung von %1 auf Schema %2 ist fehlgeschlagen; es wurde nichts geändert. %3</translation>
    </message>
    <message>
        <source>The database %1 is in use by another program and did not become free in time. Close the other Hearth window or program and try again.</source>
        <translation>Die Datenbank %1 wird von einem anderen Programm benutzt und wurde nicht rechtzeitig frei. Schließen Sie das andere Hearth-Fenster oder Programm und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is read-only, so the change was not saved. %2</source>
        <translation>%1 ist schreibgeschützt, daher wurde die Änderung nicht gespeichert. %2</translation>
    </message>
    <message>
        <source>%1 is damaged. Restore the newest backup.</source>
        <translation>%1 ist beschädigt. Stellen Sie die neueste Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Datenbankfehler (%1): %2</translation>
    </message>
    <message>
        <source>%1 is open read-only, so this change cannot be saved. %2</source>
        <translation>%1 ist schreibgeschützt geöffnet, daher kann diese Änderung nicht gespeichert werden. %2</translation>
    </message>
    <message>
        <source>row %1 of table %2 points to a missing row in %3</source>
        <translation>Zeile %1 der Tabelle %2 verweist auf eine fehlende Zeile in %3</translation>
    </message>
    <message>
        <source>The SQLite handle is not available.</source>
        <translation>Das SQLite-Handle ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2</source>
        <translation>Die Sicherung %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not move the backup into place at %1.</source>
        <translation>Die Sicherung konnte nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Hearth database (its schema version is %2). Hearth left it untouched. Open a Hearth database with --db.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber keine Hearth-Datenbank (ihre Schemaversion ist %2). Hearth hat sie nicht verändert. Öffnen Sie mit --db eine Hearth-Datenbank.</translation>
    </message>
    <message>
        <source>The disk is full: the change to %1 was not saved. Nothing was changed; free some space and try again.</source>
        <translation>Der Datenträger ist voll: Die Änderung an %1 wurde nicht gespeichert. Es wurde nichts geändert; schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The disk is full: the backup %1 was not written. Free some space and try again; the plan and any older file there are unchanged.</source>
        <translation>Der Datenträger ist voll: Die Sicherung %1 wurde nicht geschrieben. Schaffen Sie Platz und versuchen Sie es erneut; der Plan und eine ältere Datei dort sind unverändert.</translation>
    </message>
    <message>
        <source>%1: SQLite did not switch its reference checks as asked. Close Hearth and open it again.</source>
        <translation>%1: SQLite hat seine Verweisprüfungen nicht wie verlangt umgeschaltet. Schließen Sie Hearth und öffnen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>IdeaSearch</name>
    <message>
        <source>The search needs Qt&apos;s SQLite driver.</source>
        <translation>Die Suche braucht den SQLite-Treiber von Qt.</translation>
    </message>
    <message>
        <source>The search could not set up its ranking in SQLite.</source>
        <translation>Die Suche konnte ihre Rangfolge in SQLite nicht einrichten.</translation>
    </message>
</context>
<context>
    <name>PlanLock</name>
    <message>
        <source>This plan (%1) is open in another Hearth window.</source>
        <translation>Dieser Plan (%1) ist in einem anderen Hearth-Fenster geöffnet.</translation>
    </message>
    <message>
        <source>This plan (%1) is open in another Hearth window (pid %2 on %3).</source>
        <translation>Dieser Plan (%1) ist in einem anderen Hearth-Fenster geöffnet (PID %2 auf %3).</translation>
    </message>
    <message>
        <source>This plan (%1) is open in another Hearth window (pid %2).</source>
        <translation>Dieser Plan (%1) ist in einem anderen Hearth-Fenster geöffnet (PID %2).</translation>
    </message>
</context>
<context>
    <name>PlanRecovery</name>
    <message>
        <source>There is no usable backup in %1.</source>
        <translation>In %1 gibt es keine brauchbare Sicherung.</translation>
    </message>
    <message>
        <source>The newest backup is %1 (%2); restore it with &quot;hearth-cli --db %3 restore %1&quot; (the damaged file is kept aside).</source>
        <translation>Die neueste Sicherung ist %1 (%2); stellen Sie sie mit „hearth-cli --db %3 restore %1“ wieder her (die beschädigte Datei wird aufbewahrt).</translation>
    </message>
</context>
<context>
    <name>PostRepository</name>
    <message>
        <source>There is no post %1.</source>
        <translation>Es gibt keinen Beitrag %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known network.</source>
        <translation>„%1“ ist kein bekanntes Netzwerk.</translation>
    </message>
    <message>
        <source>Only a post that was stored can be restored.</source>
        <translation>Nur ein gespeicherter Beitrag kann wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Post %1 exists already; it cannot be restored twice.</source>
        <translation>Beitrag %1 existiert bereits; er kann nicht zweimal wiederhergestellt werden.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n Beitrag</numerusform>
            <numerusform>%n Beiträge</numerusform>
        </translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
</context>
<context>
    <name>StartupGuard</name>
    <message>
        <source>Opened read-only.</source>
        <translation>Schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Restored the backup of %1. The damaged plan was kept at %2.</source>
        <translation>Die Sicherung von %1 wurde wiederhergestellt. Der beschädigte Plan liegt unter %2.</translation>
    </message>
    <message>
        <source>Plan in use</source>
        <translation>Plan wird verwendet</translation>
    </message>
    <message>
        <source>Two windows writing the same plan would overwrite each other&apos;s changes. Open it read-only here, or quit and switch to the other window.</source>
        <translation>Zwei Fenster, die in denselben Plan schreiben, würden gegenseitig ihre Änderungen überschreiben. Öffnen Sie ihn hier schreibgeschützt oder beenden Sie und wechseln Sie zum anderen Fenster.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>The plan cannot be opened</source>
        <translation>Der Plan kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Hearth cannot open %1.</source>
        <translation>Hearth kann %1 nicht öffnen.</translation>
    </message>
    <message>
        <source>The newest backup is from %1. Restoring it replaces the plan with that copy; the damaged file is kept in %2, never deleted.</source>
        <translation>Die neueste Sicherung ist vom %1. Beim Wiederherstellen wird der Plan durch diese Kopie ersetzt; die beschädigte Datei wird in %2 aufbewahrt, nie gelöscht.</translation>
    </message>
    <message>
        <source>Restore the Newest Backup (%1)</source>
        <translation>Neueste Sicherung wiederherstellen (%1)</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>Open it in a spreadsheet program and save it again as .xlsx or CSV.</source>
        <translation>Öffnen Sie sie in einer Tabellenkalkulation und speichern Sie sie erneut als .xlsx oder CSV.</translation>
    </message>
    <message>
        <source>%1: the Excel workbook is damaged and cannot be read: %2. %3</source>
        <translation>%1: Die Excel-Arbeitsmappe ist beschädigt und kann nicht gelesen werden: %2. %3</translation>
    </message>
    <message>
        <source>%1: reading the Excel workbook took more than %2 seconds of processor time; it is far larger or more tangled than an export. %3</source>
        <translation>%1: Das Lesen der Excel-Arbeitsmappe hat mehr als %2 Sekunden Prozessorzeit gebraucht; sie ist weit größer oder verschachtelter als ein Export. %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; inside the workbook declares a DOCTYPE, which spreadsheet programs never write; Hearth refuses it, so no entity in it can expand. %3</source>
        <translation>%1: „%2“ in der Arbeitsmappe deklariert einen DOCTYPE, den Tabellenkalkulationen nie schreiben; Hearth lehnt ihn ab, sodass sich keine Entität darin auflösen kann. %3</translation>
    </message>
    <message>
        <source>a text holds more than %1 characters, more than an Excel cell can</source>
        <translation>ein Text enthält mehr als %1 Zeichen, mehr als eine Excel-Zelle fassen kann</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not well-formed XML (line %2: %3)</source>
        <translation>„%1“ ist kein wohlgeformtes XML (Zeile %2: %3)</translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; it refers to is missing</source>
        <translation>der Teil „%1“, auf den verwiesen wird, fehlt</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot; refers to shared text %2, which the workbook does not hold</source>
        <translation>Blatt „%1“ verweist auf den gemeinsamen Text %2, den die Arbeitsmappe nicht enthält</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot; names a row &quot;%2&quot; no sheet has</source>
        <translation>Blatt „%1“ nennt eine Zeile „%2“, die es in keinem Blatt gibt</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot; names a cell &quot;%2&quot; no sheet has</source>
        <translation>Blatt „%1“ nennt eine Zelle „%2“, die es in keinem Blatt gibt</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot; has a cell past the last column an Excel sheet has</source>
        <translation>Blatt „%1“ hat eine Zelle jenseits der letzten Spalte eines Excel-Blatts</translation>
    </message>
    <message>
        <source>%1: the sheet &quot;%2&quot; reaches row %3 and column %4, more than Hearth reads (%5 cells). Open it in a spreadsheet program, delete the empty rows and columns, and save it again.</source>
        <translation>%1: Das Blatt „%2“ reicht bis Zeile %3 und Spalte %4, mehr als Hearth liest (%5 Zellen). Öffnen Sie es in einer Tabellenkalkulation, löschen Sie die leeren Zeilen und Spalten und speichern Sie es erneut.</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;, row %2: a cell holds more than %3 characters, more than an Excel cell can</source>
        <translation>Blatt „%1“, Zeile %2: Eine Zelle enthält mehr als %3 Zeichen, mehr als eine Excel-Zelle fassen kann</translation>
    </message>
    <message>
        <source>%1: the Excel workbook is encrypted (password-protected); Hearth cannot read it. Open it in a spreadsheet program, remove the password, and save it again as .xlsx or CSV.</source>
        <translation>%1: Die Excel-Arbeitsmappe ist verschlüsselt (kennwortgeschützt); Hearth kann sie nicht lesen. Öffnen Sie sie in einer Tabellenkalkulation, entfernen Sie das Kennwort und speichern Sie sie erneut als .xlsx oder CSV.</translation>
    </message>
    <message>
        <source>%1: this zip archive is not an Excel workbook (.xlsx): it holds no workbook part.</source>
        <translation>%1: Dieses ZIP-Archiv ist keine Excel-Arbeitsmappe (.xlsx): Es enthält keinen Arbeitsmappen-Teil.</translation>
    </message>
    <message>
        <source>it has no sheet</source>
        <translation>sie hat kein Blatt</translation>
    </message>
    <message>
        <source>it holds more than %1 texts, more than Hearth reads</source>
        <translation>sie enthält mehr als %1 Texte, mehr als Hearth liest</translation>
    </message>
    <message>
        <source>it holds more than %1 cell styles</source>
        <translation>sie enthält mehr als %1 Zellformate</translation>
    </message>
    <message>
        <source>%1: there is no sheet %2.</source>
        <translation>%1: Es gibt kein Blatt %2.</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; has no part behind it</source>
        <translation>zum Blatt „%1“ gibt es keinen Teil</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the archive is %2 MB, more than Hearth reads (%3 MB).</source>
        <translation>%1: Das Archiv ist %2 MB groß, mehr als Hearth liest (%3 MB).</translation>
    </message>
    <message>
        <source>%1: the archive is larger than Hearth reads (%2 MB).</source>
        <translation>%1: Das Archiv ist größer, als Hearth liest (%2 MB).</translation>
    </message>
    <message>
        <source>%1: the zip archive is damaged and cannot be read: %2.</source>
        <translation>%1: Das ZIP-Archiv ist beschädigt und kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>it is not a zip archive, or its end is missing (it may have been cut off)</source>
        <translation>es ist kein ZIP-Archiv oder sein Ende fehlt (es wurde vielleicht abgeschnitten)</translation>
    </message>
    <message>
        <source>its table of contents cannot be read</source>
        <translation>sein Inhaltsverzeichnis kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: the archive holds %2 files, more than Hearth reads (%3); it is not an export or a workbook.</source>
        <translation>%1: Das Archiv enthält %2 Dateien, mehr als Hearth liest (%3); es ist kein Export und keine Arbeitsmappe.</translation>
    </message>
    <message>
        <source>file %1 of its table of contents cannot be read</source>
        <translation>Datei %1 seines Inhaltsverzeichnisses kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; states more compressed bytes than the archive holds</source>
        <translation>„%1“ gibt mehr komprimierte Bytes an, als das Archiv enthält</translation>
    </message>
    <message>
        <source>%1: the archive unpacks to more than %2 MB, more than Hearth reads; it may be a zip bomb.</source>
        <translation>%1: Das Archiv entpackt sich auf mehr als %2 MB, mehr als Hearth liest; es könnte eine ZIP-Bombe sein.</translation>
    </message>
    <message>
        <source>%1: the archive has no file %2.</source>
        <translation>%1: Das Archiv enthält keine Datei %2.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; inside the archive is encrypted (password-protected); Hearth cannot read it. Save it again without a password.</source>
        <translation>%1: „%2“ im Archiv ist verschlüsselt (kennwortgeschützt); Hearth kann es nicht lesen. Speichern Sie es erneut ohne Kennwort.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; inside the archive unpacks to %3 MB, more than Hearth reads (%4 MB).</source>
        <translation>%1: „%2“ im Archiv entpackt sich auf %3 MB, mehr als Hearth liest (%4 MB).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; inside the archive unpacks %3 times larger than it is stored (%4 MB from %5 bytes), more than real data does (at most %6 times); it looks like a zip bomb.</source>
        <translation>%1: „%2“ im Archiv entpackt sich auf das %3-Fache seiner gespeicherten Größe (%4 MB aus %5 Bytes), mehr als echte Daten (höchstens das %6-Fache); es sieht nach einer ZIP-Bombe aus.</translation>
    </message>
    <message>
        <source>%1: reading &quot;%2&quot; would unpack more than %3 MB from the archive, more than Hearth reads.</source>
        <translation>%1: Das Lesen von „%2“ würde mehr als %3 MB aus dem Archiv entpacken, mehr als Hearth liest.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; inside the archive cannot be opened: %3.</source>
        <translation>%1: „%2“ im Archiv kann nicht geöffnet werden: %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; inside the archive is damaged and cannot be read: %3.</source>
        <translation>%1: „%2“ im Archiv ist beschädigt und kann nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; inside the archive unpacks to more than the %3 bytes the archive states; it is damaged or made to mislead (a zip bomb).</source>
        <translation>%1: „%2“ im Archiv entpackt sich auf mehr als die %3 Bytes, die das Archiv angibt; es ist beschädigt oder soll täuschen (eine ZIP-Bombe).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; inside the archive unpacks to %3 bytes, not the %4 the archive states; it is damaged.</source>
        <translation>%1: „%2“ im Archiv entpackt sich auf %3 Bytes, nicht auf die %4, die das Archiv angibt; es ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>The idea “%1” was changed after this step, so it was kept as it is now.</source>
        <translation>Die Idee „%1“ wurde nach diesem Schritt geändert und daher im jetzigen Zustand belassen.</translation>
    </message>
</context>
<context>
    <name>hearth::cli</name>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>pillar</source>
        <translation>Themensäule</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>used</source>
        <translation>Verwendet</translation>
    </message>
    <message>
        <source>last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>The calendar feed was not updated: %1</source>
        <translation>Der Kalender-Feed wurde nicht aktualisiert: %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>already planned as post %1</source>
        <translation>bereits als Beitrag %1 geplant</translation>
    </message>
    <message>
        <source>repeats line %1</source>
        <translation>wiederholt Zeile %1</translation>
    </message>
    <message>
        <source>line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>%1: %2 row(s), %3 new, %4 duplicate(s), %5 error(s), %6 warning(s); %7 created.</source>
        <translation>%1: %2 Zeile(n), %3 neu, %4 Duplikat(e), %5 Fehler, %6 Warnung(en); %7 angelegt.</translation>
    </message>
    <message>
        <source>nothing was imported; %1</source>
        <translation>Es wurde nichts importiert; %1</translation>
    </message>
    <message>
        <source>Only this network (repeat for several).</source>
        <translation>Nur dieses Netzwerk (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD, local) or ISO date-time.</source>
        <translation>Erster Tag (JJJJ-MM-TT, lokal) oder ISO-Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <source>Last day (inclusive) or ISO date-time (exclusive).</source>
        <translation>Letzter Tag (einschließlich) oder ISO-Datum mit Uhrzeit (ausschließlich).</translation>
    </message>
    <message>
        <source>CSV: start with a byte order mark for spreadsheets.</source>
        <translation>CSV: mit einer Bytereihenfolge-Markierung (BOM) für Tabellenkalkulationen beginnen.</translation>
    </message>
    <message>
        <source>ics or csv</source>
        <translation>ics oder csv</translation>
    </message>
    <message>
        <source>The file to write (replaced only when complete).</source>
        <translation>Die zu schreibende Datei (wird erst ersetzt, wenn sie vollständig ist).</translation>
    </message>
    <message>
        <source>Export the plan as an iCalendar file or as CSV with current metrics.</source>
        <translation>Den Plan als iCalendar-Datei oder als CSV mit aktuellen Kennzahlen exportieren.</translation>
    </message>
    <message>
        <source>give the kind (ics or csv) and the file, e.g. &quot;hearth-cli export ics plan.ics&quot;.</source>
        <translation>Geben Sie die Art (ics oder csv) und die Datei an, z. B. „hearth-cli export ics plan.ics“.</translation>
    </message>
    <message>
        <source>--from &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>--from „%1“ ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>--to &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>--to „%1“ ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>events</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>hootsuite, buffer, publer, metricool, sprout or generic.</source>
        <translation>hootsuite, buffer, publer, metricool, sprout oder generic.</translation>
    </message>
    <message>
        <source>How to read 03/04/2031: mdy, dmy or ymd.</source>
        <translation>So wird 03/04/2031 gelesen: mdy, dmy oder ymd.</translation>
    </message>
    <message>
        <source>Network for every post (repeat for several; Metricool rows name their own).</source>
        <translation>Netzwerk für jeden Beitrag (für mehrere wiederholen; Metricool-Zeilen nennen ihr eigenes).</translation>
    </message>
    <message>
        <source>Zone of the file&apos;s times (default: this computer&apos;s).</source>
        <translation>Zeitzone der Zeiten in der Datei (Standard: die dieses Computers).</translation>
    </message>
    <message>
        <source>generic: FIELD=Column, FIELD one of datetime, date, time, text, title, link, networks, tags, pillar, status (repeat).</source>
        <translation>generic: FIELD=Spalte, FIELD ist eines von datetime, date, time, text, title, link, networks, tags, pillar, status (wiederholbar).</translation>
    </message>
    <message>
        <source>generic: a date format such as dd.MM.yyyy HH:mm.</source>
        <translation>generic: ein Datumsformat wie dd.MM.yyyy HH:mm.</translation>
    </message>
    <message>
        <source>Only check the file and show what would happen.</source>
        <translation>Die Datei nur prüfen und zeigen, was geschehen würde.</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>Die CSV-Datei.</translation>
    </message>
    <message>
        <source>Import planned posts from another scheduler&apos;s bulk-upload CSV. All rows or none; rows already in the plan are skipped.</source>
        <translation>Geplante Beiträge aus der Massen-Upload-CSV eines anderen Planungsdienstes importieren. Alle Zeilen oder keine; Zeilen, die schon im Plan sind, werden übersprungen.</translation>
    </message>
    <message>
        <source>give one CSV file.</source>
        <translation>Geben Sie eine CSV-Datei an.</translation>
    </message>
    <message>
        <source>--layout must be hootsuite, buffer, publer, metricool, sprout or generic.</source>
        <translation>--layout muss hootsuite, buffer, publer, metricool, sprout oder generic sein.</translation>
    </message>
    <message>
        <source>--date-order must be mdy, dmy or ymd.</source>
        <translation>--date-order muss mdy, dmy oder ymd sein.</translation>
    </message>
    <message>
        <source>--time-zone &quot;%1&quot; is unknown; use an id such as Europe/Berlin.</source>
        <translation>--time-zone „%1“ ist unbekannt; verwenden Sie eine Kennung wie Europe/Berlin.</translation>
    </message>
    <message>
        <source>--map &quot;%1&quot; is not FIELD=Column with a known field.</source>
        <translation>--map „%1“ hat nicht die Form FIELD=Spalte mit einem bekannten Feld.</translation>
    </message>
    <message>
        <source>file (from the events), draft or scheduled.</source>
        <translation>file (aus den Terminen), draft oder scheduled.</translation>
    </message>
    <message>
        <source>Network for events that name none (repeat for several).</source>
        <translation>Netzwerk für Termine, die keines nennen (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>Zone for floating times and all-day events.</source>
        <translation>Zeitzone für unverankerte Zeiten und ganztägige Termine.</translation>
    </message>
    <message>
        <source>The .ics file.</source>
        <translation>Die .ics-Datei.</translation>
    </message>
    <message>
        <source>Import a content calendar (.ics) as posts. All events or none; events already in the plan are skipped.</source>
        <translation>Einen Redaktionskalender (.ics) als Beiträge importieren. Alle Termine oder keiner; Termine, die schon im Plan sind, werden übersprungen.</translation>
    </message>
    <message>
        <source>give one .ics file.</source>
        <translation>Geben Sie eine .ics-Datei an.</translation>
    </message>
    <message>
        <source>--status must be file, draft or scheduled.</source>
        <translation>--status muss file, draft oder scheduled sein.</translation>
    </message>
    <message>
        <source>--time-zone &quot;%1&quot; is unknown.</source>
        <translation>--time-zone „%1“ ist unbekannt.</translation>
    </message>
    <message>
        <source>Keep this many backups of each kind from now on.</source>
        <translation>Ab jetzt so viele Sicherungen jeder Art behalten.</translation>
    </message>
    <message>
        <source>Write the whole plan to FILE instead of the backups folder.</source>
        <translation>Den ganzen Plan in FILE statt in den Sicherungsordner schreiben.</translation>
    </message>
    <message>
        <source>Back up the plan with SQLite&apos;s backup API, into the backups folder beside the database (or to FILE).</source>
        <translation>Den Plan mit der Backup-API von SQLite sichern, in den Sicherungsordner neben der Datenbank (oder in FILE).</translation>
    </message>
    <message>
        <source>give at most one file.</source>
        <translation>Geben Sie höchstens eine Datei an.</translation>
    </message>
    <message>
        <source>--keep needs a number.</source>
        <translation>--keep braucht eine Zahl.</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>The backup (or whole-plan file) to restore.</source>
        <translation>Die Sicherung (oder Gesamtplan-Datei), die wiederhergestellt werden soll.</translation>
    </message>
    <message>
        <source>Replace the plan with a backup after checking its integrity and schema. The current plan is kept aside; restore that file to undo.</source>
        <translation>Den Plan nach Prüfung von Integrität und Schema durch eine Sicherung ersetzen. Der aktuelle Plan wird aufbewahrt; stellen Sie diese Datei wieder her, um es rückgängig zu machen.</translation>
    </message>
    <message>
        <source>give the backup file to restore.</source>
        <translation>Geben Sie die wiederherzustellende Sicherung an.</translation>
    </message>
    <message>
        <source>restore replaces the plan; it cannot run with --read-only.</source>
        <translation>restore ersetzt den Plan; es kann nicht mit --read-only laufen.</translation>
    </message>
    <message>
        <source>restored from</source>
        <translation>wiederhergestellt aus</translation>
    </message>
    <message>
        <source>previous plan kept at</source>
        <translation>vorheriger Plan aufbewahrt unter</translation>
    </message>
    <message>
        <source>import metrics takes exactly one FILE; run &quot;hearth-cli import --help&quot;.</source>
        <translation>import metrics erwartet genau eine Datei (FILE); siehe „hearth-cli import --help“.</translation>
    </message>
    <message>
        <source>--source must be one of auto, meta-facebook, meta-instagram, facebook-legacy, x, linkedin, youtube, generic (not &quot;%1&quot;).</source>
        <translation>--source muss eines von auto, meta-facebook, meta-instagram, facebook-legacy, x, linkedin, youtube, generic sein (nicht „%1“).</translation>
    </message>
    <message>
        <source>--encoding must be utf-8 or windows-1252 (not &quot;%1&quot;).</source>
        <translation>--encoding muss utf-8 oder windows-1252 sein (nicht „%1“).</translation>
    </message>
    <message>
        <source>--time-zone &quot;%1&quot; is not a known time zone (try e.g. Europe/Berlin).</source>
        <translation>--time-zone „%1“ ist keine bekannte Zeitzone (versuchen Sie z. B. Europe/Berlin).</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2).</source>
        <translation>%1: kein JSON-Objekt (%2).</translation>
    </message>
    <message>
        <source>%1: the columns match no known export (Meta, X, LinkedIn, YouTube) and no mapping is remembered for them; pass --mapping FILE (a JSON object naming the columns).</source>
        <translation>%1: Die Spalten passen zu keinem bekannten Export (Meta, X, LinkedIn, YouTube), und für sie ist keine Zuordnung gespeichert; geben Sie --mapping FILE an (ein JSON-Objekt, das die Spalten benennt).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <source>created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>what</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>line %1 skipped: %2</source>
        <translation>Zeile %1 übersprungen: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The %1 figure (a whole number, may be negative).</source>
        <translation>Die Kennzahl %1 (eine ganze Zahl, darf negativ sein).</translation>
    </message>
    <message>
        <source>Watch time in seconds.</source>
        <translation>Wiedergabezeit in Sekunden.</translation>
    </message>
    <message>
        <source>The export&apos;s layout: auto (default), meta-facebook, meta-instagram, facebook-legacy, x, linkedin, youtube or generic.</source>
        <translation>Das Format des Exports: auto (Standard), meta-facebook, meta-instagram, facebook-legacy, x, linkedin, youtube oder generic.</translation>
    </message>
    <message>
        <source>JSON column mapping for a generic CSV; remembered for its header.</source>
        <translation>JSON-Spaltenzuordnung für eine generische CSV; wird für deren Kopfzeile gespeichert.</translation>
    </message>
    <message>
        <source>Show what would happen; write nothing.</source>
        <translation>Zeigen, was geschehen würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>utf-8 (default) or windows-1252 to convert a Latin-1 file you checked.</source>
        <translation>utf-8 (Standard) oder windows-1252, um eine geprüfte Latin-1-Datei umzuwandeln.</translation>
    </message>
    <message>
        <source>Time zone of times written without one (default: this computer&apos;s).</source>
        <translation>Zeitzone für Zeiten ohne Zeitzone (Standard: die dieses Computers).</translation>
    </message>
    <message>
        <source>Import an analytics export: figures per post, matched to the planned posts.</source>
        <translation>Einen Statistik-Export importieren: Kennzahlen je Beitrag, den geplanten Beiträgen zugeordnet.</translation>
    </message>
    <message>
        <source>set (record figures typed by hand) or show (history).</source>
        <translation>set (von Hand eingegebene Kennzahlen speichern) oder show (Verlauf).</translation>
    </message>
    <message>
        <source>The post.</source>
        <translation>Der Beitrag.</translation>
    </message>
    <message>
        <source>The network the figures belong to.</source>
        <translation>Das Netzwerk, zu dem die Kennzahlen gehören.</translation>
    </message>
    <message>
        <source>Record or show a post&apos;s figures on one network.</source>
        <translation>Die Kennzahlen eines Beitrags in einem Netzwerk speichern oder anzeigen.</translation>
    </message>
    <message>
        <source>Usage: hearth-cli metrics set|show POST_ID --network NETWORK [--reach N …]</source>
        <translation>Aufruf: hearth-cli metrics set|show POST_ID --network NETWORK [--reach N …]</translation>
    </message>
    <message>
        <source>--network is required (e.g. --network instagram).</source>
        <translation>--network ist erforderlich (z. B. --network instagram).</translation>
    </message>
    <message>
        <source>captured</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>--watch-time-seconds needs a number of seconds, not &quot;%1&quot;.</source>
        <translation>--watch-time-seconds braucht eine Anzahl Sekunden, nicht „%1“.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 braucht eine ganze Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>scheduled_at</source>
        <translation>scheduled_at</translation>
    </message>
    <message>
        <source>local_time</source>
        <translation>local_time</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>when</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>(draft tray)</source>
        <translation>(Entwürfe)</translation>
    </message>
    <message>
        <source>text on %1</source>
        <translation>Text für %1</translation>
    </message>
    <message>
        <source>link on %1</source>
        <translation>Link für %1</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date and time; write it as &quot;YYYY-MM-DD HH:MM&quot; in local time.</source>
        <translation>%1 „%2“ ist kein Datum mit Uhrzeit; schreiben Sie es als „JJJJ-MM-TT HH:MM“ in Ortszeit.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>%1 „%2“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Name at least one network with --network.</source>
        <translation>Nennen Sie mit --network mindestens ein Netzwerk.</translation>
    </message>
    <message>
        <source>post add needs --text and --network.</source>
        <translation>post add braucht --text und --network.</translation>
    </message>
    <message>
        <source>--variant &quot;%1&quot; must be NETWORK=TEXT for a network named in --network.</source>
        <translation>--variant „%1“ muss NETWORK=TEXT für ein in --network genanntes Netzwerk sein.</translation>
    </message>
    <message>
        <source>There is no pillar &quot;%1&quot;; known pillars: %2.</source>
        <translation>Es gibt keine Themensäule „%1“; bekannte Themensäulen: %2.</translation>
    </message>
    <message>
        <source>hearth-cli: warning: %1</source>
        <translation>hearth-cli: Warnung: %1</translation>
    </message>
    <message>
        <source>--drafts lists the undated drafts; it takes no --from or --to.</source>
        <translation>--drafts listet die undatierten Entwürfe; es nimmt kein --from oder --to.</translation>
    </message>
    <message>
        <source>post move needs exactly one of --at, --day or --unschedule.</source>
        <translation>post move braucht genau eines von --at, --day oder --unschedule.</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>add, list, show, move or delete</source>
        <translation>add, list, show, move oder delete</translation>
    </message>
    <message>
        <source>The post&apos;s id (show, move, delete).</source>
        <translation>Die ID des Beitrags (show, move, delete).</translation>
    </message>
    <message>
        <source>Plan posts.
  post add --text T --network x[,linkedin] [--at &quot;YYYY-MM-DD HH:MM&quot;]
           [--pillar P] [--tag T]… [--variant NETWORK=TEXT]…
           (--text - reads the text from standard input)
  post list [--from YYYY-MM-DD] [--to YYYY-MM-DD] | post list --drafts
  post show ID
  post move ID --at &quot;YYYY-MM-DD HH:MM&quot; | --day YYYY-MM-DD | --unschedule
  post delete ID [--following]</source>
        <translation>Beiträge planen.
  post add --text T --network x[,linkedin] [--at &quot;JJJJ-MM-TT HH:MM&quot;]
           [--pillar P] [--tag T]… [--variant NETWORK=TEXT]…
           (--text - liest den Text von der Standardeingabe)
  post list [--from JJJJ-MM-TT] [--to JJJJ-MM-TT] | post list --drafts
  post show ID
  post move ID --at &quot;JJJJ-MM-TT HH:MM&quot; | --day JJJJ-MM-TT | --unschedule
  post delete ID [--following]</translation>
    </message>
    <message>
        <source>post needs an action: add, list, show, move or delete.</source>
        <translation>post braucht eine Aktion: add, list, show, move oder delete.</translation>
    </message>
    <message>
        <source>Unknown post action &quot;%1&quot;; use add, list, show, move or delete.</source>
        <translation>Unbekannte post-Aktion „%1“; verwenden Sie add, list, show, move oder delete.</translation>
    </message>
    <message>
        <source>post %1 takes no id.</source>
        <translation>post %1 nimmt keine ID.</translation>
    </message>
    <message>
        <source>post %1 needs one post id (a positive number).</source>
        <translation>post %1 braucht eine Beitrags-ID (eine positive Zahl).</translation>
    </message>
    <message>
        <source>Network ids, comma-separated (see &quot;hearth-cli network list&quot;).</source>
        <translation>Netzwerk-IDs, durch Kommas getrennt (siehe „hearth-cli network list“).</translation>
    </message>
    <message>
        <source>The text to check.</source>
        <translation>Der zu prüfende Text.</translation>
    </message>
    <message>
        <source>Which text: body (default), title or comment.</source>
        <translation>Welcher Text: body (Standard), title oder comment.</translation>
    </message>
    <message>
        <source>Count a text the way each network counts it and say whether it fits. Exits 0 when the check ran, whatever its verdict.</source>
        <translation>Einen Text so zählen, wie jedes Netzwerk ihn zählt, und sagen, ob er passt. Endet mit 0, wenn die Prüfung lief, unabhängig vom Ergebnis.</translation>
    </message>
    <message>
        <source>text-check needs --network and --text.</source>
        <translation>text-check braucht --network und --text.</translation>
    </message>
    <message>
        <source>Unknown --field &quot;%1&quot;; use body, title or comment.</source>
        <translation>Unbekanntes --field „%1“; verwenden Sie body, title oder comment.</translation>
    </message>
    <message>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>The networks posts can go to, with their limits and counting rules.</source>
        <translation>Die Netzwerke, an die Beiträge gehen können, mit ihren Grenzen und Zählregeln.</translation>
    </message>
    <message>
        <source>network needs the action &quot;list&quot;.</source>
        <translation>network braucht die Aktion „list“.</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>eigenes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Group by post, week, pillar, network or slot (local weekday and hour).</source>
        <translation>Nach Beitrag, Woche, Themensäule, Netzwerk oder Zeitfenster gruppieren (lokaler Wochentag und Stunde).</translation>
    </message>
    <message>
        <source>Only posts from this local day on.</source>
        <translation>Nur Beiträge ab diesem lokalen Tag.</translation>
    </message>
    <message>
        <source>Only posts up to and including this local day.</source>
        <translation>Nur Beiträge bis einschließlich dieses lokalen Tages.</translation>
    </message>
    <message>
        <source>Only this network (its id, e.g. x).</source>
        <translation>Nur dieses Netzwerk (seine ID, z. B. x).</translation>
    </message>
    <message>
        <source>With --by slot: posts a slot needs before its mean counts (default 3).</source>
        <translation>Mit --by slot: Beiträge, die ein Zeitfenster braucht, bevor sein Mittelwert zählt (Standard 3).</translation>
    </message>
    <message>
        <source>Community response from the current metrics. </source>
        <translation>Community-Resonanz aus den aktuellen Kennzahlen. </translation>
    </message>
    <message>
        <source>--by &quot;%1&quot; is not one of post, week, pillar, network, slot.</source>
        <translation>--by „%1“ ist keines von post, week, pillar, network, slot.</translation>
    </message>
    <message>
        <source>--from &quot;%1&quot; is not a date like 2026-11-23.</source>
        <translation>--from „%1“ ist kein Datum wie 2026-11-23.</translation>
    </message>
    <message>
        <source>--to &quot;%1&quot; is not a date like 2026-11-23.</source>
        <translation>--to „%1“ ist kein Datum wie 2026-11-23.</translation>
    </message>
    <message>
        <source>--from is after --to; swap them.</source>
        <translation>--from liegt nach --to; vertauschen Sie sie.</translation>
    </message>
    <message>
        <source>--min-posts needs a whole number of at least 1.</source>
        <translation>--min-posts braucht eine ganze Zahl von mindestens 1.</translation>
    </message>
    <message>
        <source>post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>reach</source>
        <translation>Reichweite</translation>
    </message>
    <message>
        <source>impressions</source>
        <translation>Impressionen</translation>
    </message>
    <message>
        <source>views</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>shares</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>saves</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>follows</source>
        <translation>Neue Follower</translation>
    </message>
    <message>
        <source>community rate</source>
        <translation>Community-Rate</translation>
    </message>
    <message>
        <source>basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>too few posts</source>
        <translation>zu wenige Beiträge</translation>
    </message>
    <message>
        <source>weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>mean community rate</source>
        <translation>Mittlere Community-Rate</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>rated</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>Publikum</translation>
    </message>
    <message>
        <source>Use the database FILE instead of the default one.</source>
        <translation>Die Datenbank FILE statt der Standarddatenbank verwenden.</translation>
    </message>
    <message>
        <source>Open the database read-only.</source>
        <translation>Die Datenbank schreibgeschützt öffnen.</translation>
    </message>
    <message>
        <source>Output as table, json or csv.</source>
        <translation>Ausgabe als table, json oder csv.</translation>
    </message>
    <message>
        <source>Show help for this command.</source>
        <translation>Hilfe zu diesem Befehl anzeigen.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <source>integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>%1 has problems: %2</source>
        <translation>%1 hat Probleme: %2</translation>
    </message>
    <message>
        <source>create the database, or upgrade its schema</source>
        <translation>die Datenbank anlegen oder ihr Schema aktualisieren</translation>
    </message>
    <message>
        <source>Create the database (or upgrade it to this version&apos;s schema).</source>
        <translation>Die Datenbank anlegen (oder auf das Schema dieser Version aktualisieren).</translation>
    </message>
    <message>
        <source>verify integrity, schema version and counts</source>
        <translation>Integrität, Schemaversion und Anzahlen prüfen</translation>
    </message>
    <message>
        <source>Check the database: integrity, schema version and counts. Exits 0 when healthy, 1 when not.</source>
        <translation>Die Datenbank prüfen: Integrität, Schemaversion und Anzahlen. Endet mit 0, wenn sie in Ordnung ist, sonst mit 1.</translation>
    </message>
    <message>
        <source>There is no pillar &quot;%1&quot;. Known pillars: %2.</source>
        <translation>Es gibt keine Themensäule „%1“. Bekannte Themensäulen: %2.</translation>
    </message>
    <message>
        <source>Give the idea&apos;s title, e.g. hearth-cli idea add &quot;Meet the team&quot;.</source>
        <translation>Geben Sie den Titel der Idee an, z. B. hearth-cli idea add &quot;Das Team vorstellen&quot;.</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit braucht eine positive Zahl.</translation>
    </message>
    <message>
        <source>match</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Give the text to search for, e.g. &quot;hearth-cli idea search cafe&quot;.</source>
        <translation>Geben Sie den Suchtext an, z. B. „hearth-cli idea search cafe“.</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>from post</source>
        <translation>Aus Beitrag</translation>
    </message>
    <message>
        <source>unlinked posts</source>
        <translation>Getrennte Beiträge</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295.</source>
        <translation>--seed braucht eine ganze Zahl von 0 bis 4294967295.</translation>
    </message>
    <message>
        <source>--week &quot;%1&quot; is not a date like 2026-11-23.</source>
        <translation>--week „%1“ ist kein Datum wie 2026-11-23.</translation>
    </message>
    <message>
        <source>The idea bank has no idea to suggest; add one with &quot;hearth-cli idea add&quot;.</source>
        <translation>Die Ideensammlung hat keine Idee zum Vorschlagen; legen Sie eine mit „hearth-cli idea add“ an.</translation>
    </message>
    <message>
        <source>why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>(no idea left)</source>
        <translation>(keine Idee übrig)</translation>
    </message>
    <message>
        <source>slot</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Give the idea&apos;s id (a number, as &quot;hearth-cli idea list&quot; shows it).</source>
        <translation>Geben Sie die ID der Idee an (eine Zahl, wie „hearth-cli idea list“ sie zeigt).</translation>
    </message>
    <message>
        <source>add, list, search, suggest, show or delete ideas</source>
        <translation>Ideen hinzufügen, auflisten, durchsuchen, vorschlagen, zeigen oder löschen</translation>
    </message>
    <message>
        <source>Work with the idea bank.</source>
        <translation>Mit der Ideensammlung arbeiten.</translation>
    </message>
    <message>
        <source>add: the prompt or notes.</source>
        <translation>add: der Impuls oder die Notizen.</translation>
    </message>
    <message>
        <source>add: the idea&apos;s pillar; list, search: only this pillar.</source>
        <translation>add: die Themensäule der Idee; list, search: nur diese Themensäule.</translation>
    </message>
    <message>
        <source>add: tags (repeat or separate with commas); list, search: only this tag.</source>
        <translation>add: Schlagwörter (wiederholen oder mit Kommas trennen); list, search: nur dieses Schlagwort.</translation>
    </message>
    <message>
        <source>add: mark the idea as a favourite.</source>
        <translation>add: die Idee als Favorit markieren.</translation>
    </message>
    <message>
        <source>list, search: only ideas never used in a post.</source>
        <translation>list, search: nur Ideen, die noch in keinem Beitrag verwendet wurden.</translation>
    </message>
    <message>
        <source>list, search: only favourites.</source>
        <translation>list, search: nur Favoriten.</translation>
    </message>
    <message>
        <source>list, search: only archived ideas.</source>
        <translation>list, search: nur archivierte Ideen.</translation>
    </message>
    <message>
        <source>list, search: archived ideas too.</source>
        <translation>list, search: auch archivierte Ideen.</translation>
    </message>
    <message>
        <source>list, search: at most N ideas.</source>
        <translation>list, search: höchstens N Ideen.</translation>
    </message>
    <message>
        <source>suggest: repeat the suggestions of this seed.</source>
        <translation>suggest: die Vorschläge dieses Startwerts wiederholen.</translation>
    </message>
    <message>
        <source>suggest: the week holding this date (default: this week).</source>
        <translation>suggest: die Woche mit diesem Datum (Standard: diese Woche).</translation>
    </message>
    <message>
        <source>suggest: one idea (&quot;Surprise me&quot;) instead of filling the week.</source>
        <translation>suggest: eine Idee („Zufallsidee“) statt die Woche zu füllen.</translation>
    </message>
    <message>
        <source>add TITLE | list | search TEXT | suggest | show ID | delete ID</source>
        <translation>add TITLE | list | search TEXT | suggest | show ID | delete ID</translation>
    </message>
    <message>
        <source>The title, search text or idea id.</source>
        <translation>Der Titel, der Suchtext oder die Ideen-ID.</translation>
    </message>
    <message>
        <source>Say what to do: add, list, search, suggest, show or delete. Run &quot;hearth-cli idea --help&quot; for usage.</source>
        <translation>Sagen Sie, was zu tun ist: add, list, search, suggest, show oder delete. „hearth-cli idea --help“ zeigt die Verwendung.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;; use add, list, search, suggest, show or delete.</source>
        <translation>Unbekannte Aktion „%1“; verwenden Sie add, list, search, suggest, show oder delete.</translation>
    </message>
    <message>
        <source>import posts (scheduler CSV), ics (calendar) or metrics (analytics)</source>
        <translation>Beiträge (CSV eines Planungsdienstes), ics (Kalender) oder metrics (Statistik) importieren</translation>
    </message>
    <message>
        <source>Usage: hearth-cli import KIND FILE [OPTIONS]

Kinds:
</source>
        <translation>Aufruf: hearth-cli import KIND FILE [OPTIONS]

Arten:
</translation>
    </message>
    <message>
        <source>
Run &quot;hearth-cli import KIND --help&quot; for its options.
</source>
        <translation>
„hearth-cli import KIND --help“ zeigt ihre Optionen.
</translation>
    </message>
    <message>
        <source>hearth-cli: import knows no kind &quot;%1&quot;.
</source>
        <translation>hearth-cli: import kennt keine Art „%1“.
</translation>
    </message>
    <message>
        <source>export posts as ics (calendar) or csv (with metrics)</source>
        <translation>Beiträge als ics (Kalender) oder csv (mit Kennzahlen) exportieren</translation>
    </message>
    <message>
        <source>planned posts from a scheduler&apos;s bulk CSV</source>
        <translation>geplante Beiträge aus der Massen-CSV eines Planungsdienstes</translation>
    </message>
    <message>
        <source>a calendar (.ics) made elsewhere, as drafts or scheduled posts</source>
        <translation>einen anderswo erstellten Kalender (.ics) als Entwürfe oder geplante Beiträge</translation>
    </message>
    <message>
        <source>back up the plan, or export it whole to FILE</source>
        <translation>den Plan sichern oder ganz in FILE exportieren</translation>
    </message>
    <message>
        <source>replace the plan with a checked backup (undoable)</source>
        <translation>den Plan durch eine geprüfte Sicherung ersetzen (rückgängig zu machen)</translation>
    </message>
    <message>
        <source>set or show a post&apos;s figures on one network</source>
        <translation>die Kennzahlen eines Beitrags in einem Netzwerk setzen oder zeigen</translation>
    </message>
    <message>
        <source>list the networks with their limits</source>
        <translation>die Netzwerke mit ihren Grenzen auflisten</translation>
    </message>
    <message>
        <source>add, list, show, move or delete planned posts</source>
        <translation>geplante Beiträge hinzufügen, auflisten, zeigen, verschieben oder löschen</translation>
    </message>
    <message>
        <source>community response per post, week, pillar, network or slot</source>
        <translation>Community-Resonanz pro Beitrag, Woche, Themensäule, Netzwerk oder Zeitfenster</translation>
    </message>
    <message>
        <source>count a text the way a network counts it</source>
        <translation>einen Text so zählen, wie ein Netzwerk ihn zählt</translation>
    </message>
    <message>
        <source>There is no enabled network &quot;%1&quot;. Known networks: %2.</source>
        <translation>Es gibt kein aktiviertes Netzwerk „%1“. Bekannte Netzwerke: %2.</translation>
    </message>
    <message>
        <source>You have no posting slots yet, so these use Monday to Friday at the best hour your figures show, else at your default time.</source>
        <translation>Sie haben noch keine Zeitfenster, daher liegen diese Vorschläge Montag bis Freitag zur besten Stunde laut Ihren Kennzahlen, sonst zu Ihrer Standardzeit.</translation>
    </message>
    <message>
        <source>suggest: the network whose best times to propose (repeat or separate with commas; default: your default networks).</source>
        <translation>suggest: das Netzwerk, dessen beste Zeiten vorgeschlagen werden (mehrfach angeben oder durch Kommas trennen; Standard: Ihre Standardnetzwerke).</translation>
    </message>
    <message>
        <source>(--date-order mdy, dmy or ymd changes it.)</source>
        <translation>(--date-order mdy, dmy oder ymd ändert sie.)</translation>
    </message>
    <message>
        <source>an analytics export (.csv, .xls, .xlsx or .zip), matched to your posts</source>
        <translation>ein Statistik-Export (.csv, .xls, .xlsx oder .zip), Ihren Beiträgen zugeordnet</translation>
    </message>
    <message>
        <source>How to read 08-05-2020: mdy, dmy or ymd (default: as the format documents it, else as the file shows, else this computer&apos;s order).</source>
        <translation>Wie 08-05-2020 zu lesen ist: mdy, dmy oder ymd (Standard: wie das Format es festlegt, sonst wie die Datei es zeigt, sonst in der Reihenfolge dieses Computers).</translation>
    </message>
    <message>
        <source>The analytics export (.csv, .xls, .xlsx or YouTube Studio&apos;s .zip).</source>
        <translation>Der Statistik-Export (.csv, .xls, .xlsx oder die .zip von YouTube Studio).</translation>
    </message>
    <message>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>posts with figures</source>
        <translation>Beiträge mit Kennzahlen</translation>
    </message>
    <message>
        <source>the four weeks before</source>
        <translation>Die vier Wochen davor</translation>
    </message>
    <message>
        <source>best post</source>
        <translation>Bester Beitrag</translation>
    </message>
    <message>
        <source>quietest post</source>
        <translation>Ruhigster Beitrag</translation>
    </message>
    <message>
        <source>without figures</source>
        <translation>Ohne Kennzahlen</translation>
    </message>
    <message>
        <source>the weekly review: a week&apos;s community rate against the four weeks before</source>
        <translation>der Wochenrückblick: die Community-Rate einer Woche im Vergleich zu den vier Wochen davor</translation>
    </message>
    <message>
        <source>How a week&apos;s posts did: their mean community rate against the four weeks before, the best and the quietest post, and the posts still without figures.</source>
        <translation>Wie die Beiträge einer Woche abgeschnitten haben: ihre mittlere Community-Rate im Vergleich zu den vier Wochen davor, der beste und der ruhigste Beitrag und die Beiträge, die noch keine Kennzahlen haben.</translation>
    </message>
    <message>
        <source>The week holding this date (default: last week).</source>
        <translation>Die Woche mit diesem Datum (Standard: letzte Woche).</translation>
    </message>
</context>
<context>
    <name>hearth::cli::CliContext</name>
    <message>
        <source>Run &quot;hearth-cli %1 --help&quot; for usage.</source>
        <translation>„hearth-cli %1 --help“ zeigt die Verwendung.</translation>
    </message>
    <message>
        <source>Unknown --format &quot;%1&quot;; use table, json or csv.</source>
        <translation>Unbekanntes --format „%1“; verwenden Sie table, json oder csv.</translation>
    </message>
</context>
<context>
    <name>hearth::cli::Command</name>
    <message>
        <source>%1 %2 does not take --%3.</source>
        <translation>%1 %2 nimmt --%3 nicht an.</translation>
    </message>
</context>
<context>
    <name>hearth::cli::PostOptions</name>
    <message>
        <source>The post&apos;s text.</source>
        <translation>Der Text des Beitrags.</translation>
    </message>
    <message>
        <source>An optional title.</source>
        <translation>Ein optionaler Titel.</translation>
    </message>
    <message>
        <source>Networks, comma-separated or repeated (see &quot;hearth-cli network list&quot;).</source>
        <translation>Netzwerke, durch Kommas getrennt oder wiederholt (siehe „hearth-cli network list“).</translation>
    </message>
    <message>
        <source>Local date and time, &quot;YYYY-MM-DD HH:MM&quot;.</source>
        <translation>Lokales Datum und Uhrzeit, „JJJJ-MM-TT HH:MM“.</translation>
    </message>
    <message>
        <source>Content pillar by name.</source>
        <translation>Themensäule nach Name.</translation>
    </message>
    <message>
        <source>A tag; repeat for more.</source>
        <translation>Ein Schlagwort; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>A link that goes with the post.</source>
        <translation>Ein Link, der zum Beitrag gehört.</translation>
    </message>
    <message>
        <source>First local day, YYYY-MM-DD (default: today).</source>
        <translation>Erster lokaler Tag, JJJJ-MM-TT (Standard: heute).</translation>
    </message>
    <message>
        <source>Last local day, YYYY-MM-DD (default: six days after --from).</source>
        <translation>Letzter lokaler Tag, JJJJ-MM-TT (Standard: sechs Tage nach --from).</translation>
    </message>
    <message>
        <source>List the unscheduled drafts instead.</source>
        <translation>Stattdessen die undatierten Entwürfe auflisten.</translation>
    </message>
    <message>
        <source>Move to this local day, keeping the time of day.</source>
        <translation>Auf diesen lokalen Tag verschieben, die Uhrzeit bleibt.</translation>
    </message>
    <message>
        <source>Take the date away (back to the drafts tray).</source>
        <translation>Das Datum entfernen (zurück zu den Entwürfen).</translation>
    </message>
    <message>
        <source>Also delete the later posts of its evergreen series.</source>
        <translation>Auch die späteren Beiträge seiner Dauerbrenner-Reihe löschen.</translation>
    </message>
    <message>
        <source>Own text for one of the networks; repeat for more.</source>
        <translation>Eigener Text für eines der Netzwerke; für mehrere wiederholen.</translation>
    </message>
</context>
<context>
    <name>hearth::core</name>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>vor einem Import</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <source>mapped</source>
        <translation>eigene Zuordnung</translation>
    </message>
    <message>
        <source>The header lacks the column(s) %1 that a %2 file has. Found: %3. Is this the right layout?</source>
        <translation>In der Kopfzeile fehlen die Spalte(n) %1, die eine %2-Datei hat. Gefunden: %3. Ist das das richtige Format?</translation>
    </message>
    <message>
        <source>Hootsuite&apos;s bulk composer takes at most %1 posts; this is post %2. Split the file into parts of %1 rows.</source>
        <translation>Der Massen-Editor von Hootsuite nimmt höchstens %1 Beiträge; dies ist Beitrag %2. Teilen Sie die Datei in Teile zu %1 Zeilen.</translation>
    </message>
    <message>
        <source>%1 columns; Hootsuite files have three (date, message, link), the rest was ignored.</source>
        <translation>%1 Spalten; Hootsuite-Dateien haben drei (Datum, Nachricht, Link), der Rest wurde ignoriert.</translation>
    </message>
    <message>
        <source>date (column 1)</source>
        <translation>Datum (Spalte 1)</translation>
    </message>
    <message>
        <source>message (column 2)</source>
        <translation>Nachricht (Spalte 2)</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Bild: %1</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Link: %1</translation>
    </message>
    <message>
        <source>Media: %1</source>
        <translation>Medien: %1</translation>
    </message>
    <message>
        <source>Alt text: %1</source>
        <translation>Alternativtext: %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <source>No network columns (Facebook, Twitter/X, Instagram …) were found; the networks you chose are used.</source>
        <translation>Es wurden keine Netzwerkspalten (Facebook, Twitter/X, Instagram …) gefunden; die von Ihnen gewählten Netzwerke werden verwendet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time; Metricool writes HH:MM:SS, e.g. 18:30:00.</source>
        <translation>„%1“ ist keine Uhrzeit; Metricool schreibt HH:MM:SS, z. B. 18:30:00.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be TRUE or FALSE.</source>
        <translation>„%1“ muss TRUE oder FALSE sein.</translation>
    </message>
    <message>
        <source>%1 is not a network in this plan; the post goes to the other networks of the row.</source>
        <translation>%1 ist kein Netzwerk dieses Plans; der Beitrag geht an die anderen Netzwerke der Zeile.</translation>
    </message>
    <message>
        <source>The row is marked only for networks this plan does not have; add them first or mark another network TRUE.</source>
        <translation>Die Zeile ist nur für Netzwerke markiert, die dieser Plan nicht hat; legen Sie sie zuerst an oder markieren Sie ein anderes Netzwerk mit TRUE.</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Bild: %1</translation>
    </message>
    <message>
        <source>Sprout Social headers are case-sensitive: write &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>Die Kopfzeilen von Sprout Social unterscheiden Groß- und Kleinschreibung: Schreiben Sie „%1“, nicht „%2“.</translation>
    </message>
    <message>
        <source>The header lacks the column &quot;%1&quot; that a Sprout Social file has. Found: %2.</source>
        <translation>In der Kopfzeile fehlt die Spalte „%1“, die eine Sprout-Social-Datei hat. Gefunden: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 24-hour time such as 18:30.</source>
        <translation>„%1“ ist keine 24-Stunden-Uhrzeit wie 18:30.</translation>
    </message>
    <message>
        <source>A mapped import needs at least the text column and the date (or date-time) column.</source>
        <translation>Ein Import mit eigener Zuordnung braucht mindestens die Textspalte und die Datumsspalte (oder Datum-mit-Uhrzeit-Spalte).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the date format &quot;%2&quot;.</source>
        <translation>„%1“ passt nicht zum Datumsformat „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network in this plan.</source>
        <translation>„%1“ ist kein Netzwerk dieses Plans.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a pillar; use one of %2.</source>
        <translation>„%1“ ist keine Themensäule; verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status for a planned post; use draft, scheduled or skipped.</source>
        <translation>„%1“ ist kein Status für einen geplanten Beitrag; verwenden Sie draft, scheduled oder skipped.</translation>
    </message>
    <message>
        <source>an all-day event; it was placed at 09:00</source>
        <translation>ein ganztägiger Termin; er wurde auf 09:00 gelegt</translation>
    </message>
    <message>
        <source>the time zone &quot;%1&quot; is unknown; the time was read as %2</source>
        <translation>die Zeitzone „%1“ ist unbekannt; die Zeit wurde als %2 gelesen</translation>
    </message>
    <message>
        <source>An idea needs a title; write a few words.</source>
        <translation>Eine Idee braucht einen Titel; schreiben Sie ein paar Wörter.</translation>
    </message>
    <message>
        <source>The title of an idea may have at most %1 characters; move the rest into the notes.</source>
        <translation>Der Titel einer Idee darf höchstens %1 Zeichen haben; verschieben Sie den Rest in die Notizen.</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <source>An evergreen post needs a first date; schedule it before making it come back.</source>
        <translation>Ein Dauerbrenner braucht ein erstes Datum; planen Sie ihn ein, bevor er wiederkehren kann.</translation>
    </message>
    <message>
        <source>An evergreen post needs an end: a last date or a number of times.</source>
        <translation>Ein Dauerbrenner braucht ein Ende: ein letztes Datum oder eine Anzahl von Wiederholungen.</translation>
    </message>
    <message>
        <source>An evergreen post must go out at least once.</source>
        <translation>Ein Dauerbrenner muss mindestens einmal erscheinen.</translation>
    </message>
    <message>
        <source>The evergreen post&apos;s last date is before its first date.</source>
        <translation>Das letzte Datum des Dauerbrenners liegt vor seinem ersten Datum.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a LinkedIn post address; paste the post&apos;s link, e.g. https://www.linkedin.com/feed/update/urn:li:activity:…</source>
        <translation>„%1“ ist keine LinkedIn-Beitragsadresse; fügen Sie den Link des Beitrags ein, z. B. https://www.linkedin.com/feed/update/urn:li:activity:…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address; paste the post&apos;s link as the network shows it, starting with https://.</source>
        <translation>„%1“ ist keine Webadresse; fügen Sie den Link des Beitrags so ein, wie das Netzwerk ihn zeigt, beginnend mit https://.</translation>
    </message>
    <message>
        <source>A posting slot&apos;s weekday must be 1 (Monday) to 7 (Sunday).</source>
        <translation>Der Wochentag eines Zeitfensters muss 1 (Montag) bis 7 (Sonntag) sein.</translation>
    </message>
    <message>
        <source>A posting slot needs a time of day.</source>
        <translation>Ein Zeitfenster braucht eine Uhrzeit.</translation>
    </message>
    <message>
        <source>A network of the post has no id.</source>
        <translation>Ein Netzwerk des Beitrags hat keine ID.</translation>
    </message>
    <message>
        <source>The post lists the network &quot;%1&quot; twice.</source>
        <translation>Der Beitrag nennt das Netzwerk „%1“ zweimal.</translation>
    </message>
    <message>
        <source>A scheduled post needs a date and time; give one or keep it a draft.</source>
        <translation>Ein geplanter Beitrag braucht Datum und Uhrzeit; geben Sie sie an oder lassen Sie ihn als Entwurf.</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; must be a non-empty text.</source>
        <translation>%1: Das Feld „%2“ muss ein nicht leerer Text sein.</translation>
    </message>
    <message>
        <source>%1 counts each link as %2 characters, whatever its length.</source>
        <translation>%1 zählt jeden Link als %2 Zeichen, unabhängig von seiner Länge.</translation>
    </message>
    <message>
        <source>%1 counts each emoji as 2 characters.</source>
        <translation>%1 zählt jedes Emoji als 2 Zeichen.</translation>
    </message>
    <message>
        <source>%1 counts Chinese, Japanese, Korean and some other characters as 2 each.</source>
        <translation>%1 zählt chinesische, japanische, koreanische und einige andere Zeichen als je 2.</translation>
    </message>
    <message>
        <source>%1 counts a mention of another server&apos;s account (@user@server) only as @user.</source>
        <translation>%1 zählt die Erwähnung eines Kontos auf einem anderen Server (@user@server) nur als @user.</translation>
    </message>
    <message>
        <source>%1 counts what you see as one character, so an emoji counts 1.</source>
        <translation>%1 zählt, was Sie als ein Zeichen sehen, also zählt ein Emoji 1.</translation>
    </message>
    <message>
        <source>%1 allows at most %2 bytes of UTF-8; this text has %3.</source>
        <translation>%1 erlaubt höchstens %2 Bytes UTF-8; dieser Text hat %3.</translation>
    </message>
    <message>
        <source>%1 allows at most %2 tags; this text has %3.</source>
        <translation>%1 erlaubt höchstens %2 Tags; dieser Text hat %3.</translation>
    </message>
    <message>
        <source>%1 counts each emoji as its size in bytes (usually 4).</source>
        <translation>%1 zählt jedes Emoji mit seiner Größe in Bytes (meist 4).</translation>
    </message>
    <message>
        <source>%1 allows at most %2 links; this text has %3.</source>
        <translation>%1 erlaubt höchstens %2 Links; dieser Text hat %3.</translation>
    </message>
    <message>
        <source>%1 turns only %2 hashtag into a topic tag; the other %3 stay plain text.</source>
        <translation>%1 macht nur %2 Hashtag zum Themen-Tag; die übrigen %3 bleiben normaler Text.</translation>
    </message>
    <message>
        <source>%1 hashtags is above your cap of %2 for %3.</source>
        <translation>%1 Hashtags liegen über Ihrer Obergrenze von %2 für %3.</translation>
    </message>
    <message>
        <source>%1 allows %2 characters; this text has %3.</source>
        <translation>%1 erlaubt %2 Zeichen; dieser Text hat %3.</translation>
    </message>
    <message>
        <source>Cannot copy %1 beside the plan; nothing was restored. Free some space and try again.</source>
        <translation>%1 kann nicht neben den Plan kopiert werden; nichts wurde wiederhergestellt. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Restoring %1 failed (%2); the plan is unchanged.</source>
        <translation>Die Wiederherstellung von %1 ist fehlgeschlagen (%2); der Plan ist unverändert.</translation>
    </message>
    <message>
        <source>Open it in a spreadsheet program and save it again as .xls or CSV.</source>
        <translation>Öffnen Sie sie in einer Tabellenkalkulation und speichern Sie sie erneut als .xls oder CSV.</translation>
    </message>
    <message>
        <source>%1: the Excel file is damaged and cannot be read: %2. %3</source>
        <translation>%1: Die Excel-Datei ist beschädigt und kann nicht gelesen werden: %2. %3</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>a length stated inside it does not fit its data</source>
        <translation>eine darin angegebene Länge passt nicht zu ihren Daten</translation>
    </message>
    <message>
        <source>a sheet states more cells than any Excel sheet can hold (65536 rows by 256 columns)</source>
        <translation>ein Tabellenblatt gibt mehr Zellen an, als ein Excel-Blatt fassen kann (65536 Zeilen mal 256 Spalten)</translation>
    </message>
    <message>
        <source>%1: the sheet &quot;%2&quot; claims %3 rows of %4 columns, more than Hearth reads (%5 cells). Open it in a spreadsheet program, delete the empty rows and columns, and save it again.</source>
        <translation>%1: Das Blatt „%2“ gibt %3 Zeilen mal %4 Spalten an, mehr als Hearth liest (%5 Zellen). Öffnen Sie es in einer Tabellenkalkulation, löschen Sie die leeren Zeilen und Spalten und speichern Sie es erneut.</translation>
    </message>
    <message>
        <source>an unknown problem</source>
        <translation>ein unbekanntes Problem</translation>
    </message>
    <message>
        <source>%1: cannot be read: Hearth&apos;s Excel reader (hearth-xls-reader) is missing; it was looked for as %2. Reinstall Hearth, or save the file as CSV and import that.</source>
        <translation>%1: kann nicht gelesen werden: Hearths Excel-Leser (hearth-xls-reader) fehlt; gesucht wurde er als %2. Installieren Sie Hearth neu oder speichern Sie die Datei als CSV und importieren Sie diese.</translation>
    </message>
    <message>
        <source>%1: cannot be read: Hearth&apos;s Excel reader %2 cannot be started: %3. Reinstall Hearth, or save the file as CSV and import that.</source>
        <translation>%1: kann nicht gelesen werden: Hearths Excel-Leser %2 kann nicht gestartet werden: %3. Installieren Sie Hearth neu oder speichern Sie die Datei als CSV und importieren Sie diese.</translation>
    </message>
    <message>
        <source>%1: the Excel file holds more than Hearth reads (%2 MB of cells). Open it in a spreadsheet program, delete what is not needed, and save it again as .xls or CSV.</source>
        <translation>%1: Die Excel-Datei enthält mehr, als Hearth liest (%2 MB an Zellen). Öffnen Sie sie in einer Tabellenkalkulation, löschen Sie, was nicht gebraucht wird, und speichern Sie sie erneut als .xls oder CSV.</translation>
    </message>
    <message>
        <source>Hearth&apos;s Excel reader did not finish with it within %1 seconds</source>
        <translation>Hearths Excel-Leser ist damit nicht innerhalb von %1 Sekunden fertig geworden</translation>
    </message>
    <message>
        <source>Hearth&apos;s Excel reader stopped unexpectedly on it</source>
        <translation>Hearths Excel-Leser ist dabei unerwartet abgebrochen</translation>
    </message>
    <message>
        <source>Hearth&apos;s Excel reader failed on it (exit code %1)</source>
        <translation>Hearths Excel-Leser ist daran gescheitert (Exit-Code %1)</translation>
    </message>
    <message>
        <source>Hearth plan</source>
        <translation>Hearth-Plan</translation>
    </message>
    <message>
        <source>libical wrote an unexpected calendar header.</source>
        <translation>libical hat einen unerwarteten Kalenderkopf geschrieben.</translation>
    </message>
    <message>
        <source>The calendar is %1 MB; Hearth imports calendars of at most %2 MB. Export a shorter period.</source>
        <translation>Der Kalender ist %1 MB groß; Hearth importiert Kalender bis höchstens %2 MB. Exportieren Sie einen kürzeren Zeitraum.</translation>
    </message>
    <message>
        <source>The calendar is UTF-16 text; iCalendar files are UTF-8. Export it again as UTF-8.</source>
        <translation>Der Kalender ist UTF-16-Text; iCalendar-Dateien sind UTF-8. Exportieren Sie ihn erneut als UTF-8.</translation>
    </message>
    <message>
        <source>The calendar contains a NUL byte (binary data); it is damaged. Export it again.</source>
        <translation>Der Kalender enthält ein NUL-Byte (Binärdaten); er ist beschädigt. Exportieren Sie ihn erneut.</translation>
    </message>
    <message>
        <source>This is not an iCalendar file (it holds binary data).</source>
        <translation>Dies ist keine iCalendar-Datei (sie enthält Binärdaten).</translation>
    </message>
    <message>
        <source>This is not an iCalendar file (it does not begin with BEGIN:VCALENDAR).</source>
        <translation>Dies ist keine iCalendar-Datei (sie beginnt nicht mit BEGIN:VCALENDAR).</translation>
    </message>
    <message>
        <source>The text is not UTF-8 (iCalendar files are); it may be Latin-1. Export the calendar again as UTF-8.</source>
        <translation>Der Text ist nicht UTF-8 (wie iCalendar-Dateien es sind); vielleicht ist er Latin-1. Exportieren Sie den Kalender erneut als UTF-8.</translation>
    </message>
    <message>
        <source>Components are nested %1 deep here (BEGIN without END); a calendar nests a few levels at most. The file is damaged.</source>
        <translation>Komponenten sind hier %1 Ebenen tief verschachtelt (BEGIN ohne END); ein Kalender verschachtelt höchstens wenige Ebenen. Die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>The calendar ends here, inside BEGIN:%1 of line %2 (no END:%1): the file was cut off. Export it again.</source>
        <translation>Der Kalender endet hier, innerhalb von BEGIN:%1 aus Zeile %2 (kein END:%1): Die Datei wurde abgeschnitten. Exportieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>The calendar has %1 events; Hearth imports at most %2 at a time. Export a shorter period.</source>
        <translation>Der Kalender hat %1 Termine; Hearth importiert höchstens %2 auf einmal. Exportieren Sie einen kürzeren Zeitraum.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; holds totals per day, not per post; it was not imported.</source>
        <translation>Das Blatt „%1“ enthält Summen pro Tag, nicht pro Beitrag; es wurde nicht importiert.</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252 (Latin-1), as you chose.</source>
        <translation>Die Datei ist nicht UTF-8; sie wurde wie gewählt als Windows-1252 (Latin-1) gelesen.</translation>
    </message>
    <message>
        <source>There is no posting slot %1.</source>
        <translation>Es gibt kein Zeitfenster %1.</translation>
    </message>
    <message>
        <source>Post %1 also goes to %2 at %3, less than an hour apart.</source>
        <translation>Beitrag %1 geht auch um %3 an %2, weniger als eine Stunde entfernt.</translation>
    </message>
    <message>
        <source>Post %1 at %2 has the same text, less than three days apart.</source>
        <translation>Beitrag %1 am %2 hat denselben Text, weniger als drei Tage entfernt.</translation>
    </message>
    <message>
        <source>its compound-file structure (the container of every .xls file) is broken</source>
        <translation>ihre Verbunddatei-Struktur (der Container jeder .xls-Datei) ist defekt</translation>
    </message>
    <message>
        <source>%1: not an Excel 97–2003 workbook: it was saved by Excel 5 or 95, which Hearth does not read. %2</source>
        <translation>%1: keine Excel-97–2003-Arbeitsmappe: Sie wurde mit Excel 5 oder 95 gespeichert, das Hearth nicht liest. %2</translation>
    </message>
    <message>
        <source>%1: not an Excel 97–2003 workbook: it holds no workbook (another kind of Office document?). %2</source>
        <translation>%1: keine Excel-97–2003-Arbeitsmappe: Sie enthält keine Arbeitsmappe (eine andere Art von Office-Dokument?). %2</translation>
    </message>
    <message>
        <source>%1: the Excel file is encrypted (password-protected); remove the password and try again.</source>
        <translation>%1: Die Excel-Datei ist verschlüsselt (kennwortgeschützt); entfernen Sie das Kennwort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; is not where the workbook says it is</source>
        <translation>das Blatt „%1“ liegt nicht dort, wo die Arbeitsmappe es angibt</translation>
    </message>
    <message>
        <source>a cell refers to text number %1, which the file does not hold</source>
        <translation>eine Zelle verweist auf Text Nummer %1, den die Datei nicht enthält</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; was not imported; Hearth reads one sheet per file, here &quot;%2&quot;.</source>
        <translation>Das Blatt „%1“ wurde nicht importiert; Hearth liest ein Blatt pro Datei, hier „%2“.</translation>
    </message>
    <message>
        <source>Hearth reads .xlsx workbooks and YouTube Studio&apos;s .zip download; open the file in a spreadsheet program and save it again as .xlsx or CSV (UTF-8), or download the export again.</source>
        <translation>Hearth liest .xlsx-Arbeitsmappen und den .zip-Download von YouTube Studio; öffnen Sie die Datei in einer Tabellenkalkulation und speichern Sie sie erneut als .xlsx oder CSV (UTF-8), oder laden Sie den Export erneut herunter.</translation>
    </message>
    <message>
        <source>%1: this is an OpenDocument spreadsheet (.ods), which Hearth does not read. Save it as .xlsx or CSV (UTF-8) and import that.</source>
        <translation>%1: Dies ist eine OpenDocument-Tabelle (.ods), die Hearth nicht liest. Speichern Sie sie als .xlsx oder CSV (UTF-8) und importieren Sie diese.</translation>
    </message>
    <message>
        <source>%1: the .zip contains no &apos;%2&apos;; YouTube Studio&apos;s download has it — choose that .zip or the CSV itself.</source>
        <translation>%1: Die .zip enthält keine Datei „%2“; der Download von YouTube Studio enthält sie – wählen Sie diese .zip oder die CSV selbst.</translation>
    </message>
    <message>
        <source>Read &quot;%1&quot; from the .zip; its other files hold totals, not posts.</source>
        <translation>„%1“ aus der .zip gelesen; die anderen Dateien darin enthalten Summen, keine Beiträge.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>No day yet</source>
        <translation>Noch kein Tag</translation>
    </message>
    <message>
        <source>No network yet</source>
        <translation>Noch kein Netzwerk</translation>
    </message>
    <message>
        <source>Networks: %1</source>
        <translation>Netzwerke: %1</translation>
    </message>
    <message>
        <source>No pillar</source>
        <translation>Keine Themensäule</translation>
    </message>
    <message>
        <source>Pillar: %1</source>
        <translation>Themensäule: %1</translation>
    </message>
    <message>
        <source>%1 needs a picture or a video; this post has none.</source>
        <translation>%1 braucht ein Bild oder ein Video; dieser Beitrag hat keins.</translation>
    </message>
    <message>
        <source>No pillar has community figures yet: import or enter figures in Listen first.</source>
        <translation>Noch keine Themensäule hat Community-Kennzahlen: Importieren oder erfassen Sie zuerst Kennzahlen in Listen.</translation>
    </message>
    <message>
        <source>Your pillars have no target mix to weigh yet.</source>
        <translation>Ihre Themensäulen haben noch keine Zielmischung, die sich gewichten ließe.</translation>
    </message>
    <message>
        <source>%1 built the most community: %2 over %3 post</source>
        <translation>%1 hat die meiste Community aufgebaut: %2 (%3 Beitrag)</translation>
    </message>
    <message>
        <source>%1 built the most community: %2 over %3 posts</source>
        <translation>%1 hat die meiste Community aufgebaut: %2 (%3 Beiträge)</translation>
    </message>
</context>
<context>
    <name>hearth::core::AgendaModel</name>
    <message>
        <source>The agenda needs a first day on or before its last day.</source>
        <translation>Die Agenda braucht einen ersten Tag, der vor oder auf ihrem letzten Tag liegt.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Themensäule</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
</context>
<context>
    <name>hearth::core::BackupService</name>
    <message>
        <source>Keep at least one backup.</source>
        <translation>Behalten Sie mindestens eine Sicherung.</translation>
    </message>
    <message>
        <source>This database has no file, so there is no folder for its backups.</source>
        <translation>Diese Datenbank hat keine Datei, also gibt es keinen Ordner für ihre Sicherungen.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1. Check that you may write there.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden. Prüfen Sie, ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>Cannot delete the old backup %1.</source>
        <translation>Die alte Sicherung %1 kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>Die Sicherung %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation>Die Sicherung %1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged and was not restored: %2</source>
        <translation>Die Sicherung %1 ist beschädigt und wurde nicht wiederhergestellt: %2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged and was not restored (%2). Choose an older backup.</source>
        <translation>Die Sicherung %1 ist beschädigt und wurde nicht wiederhergestellt (%2). Wählen Sie eine ältere Sicherung.</translation>
    </message>
    <message>
        <source>The plan is open read-only, so it cannot be replaced by a backup.</source>
        <translation>Der Plan ist schreibgeschützt geöffnet und kann daher nicht durch eine Sicherung ersetzt werden.</translation>
    </message>
    <message>
        <source>Could not keep the current plan aside, so nothing was restored: %1</source>
        <translation>Der aktuelle Plan konnte nicht aufbewahrt werden, daher wurde nichts wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>The SQLite handle is not available.</source>
        <translation>Das SQLite-Handle ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Restoring %1 failed (%2); the plan is unchanged.</source>
        <translation>Die Wiederherstellung von %1 ist fehlgeschlagen (%2); der Plan ist unverändert.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot copy %1 beside %2.</source>
        <translation>%1 kann nicht neben %2 kopiert werden.</translation>
    </message>
    <message>
        <source>Cannot move %1 aside; nothing was restored.</source>
        <translation>%1 kann nicht beiseitegelegt werden; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Cannot move the restored plan into place at %1; the old plan is at %2.</source>
        <translation>Der wiederhergestellte Plan kann nicht nach %1 verschoben werden; der alte Plan liegt unter %2.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: it was made by a newer Hearth (schema %2; this one uses schema %3). Update Hearth first.</source>
        <translation>Die Sicherung %1 kann nicht wiederhergestellt werden: Sie stammt von einem neueren Hearth (Schema %2; dieses verwendet Schema %3). Aktualisieren Sie zuerst Hearth.</translation>
    </message>
    <message>
        <source>The backup %1 could not be brought up to this Hearth&apos;s schema, so nothing was restored: %2</source>
        <translation>Die Sicherung %1 konnte nicht auf das Schema dieses Hearth gebracht werden, daher wurde nichts wiederhergestellt: %2</translation>
    </message>
</context>
<context>
    <name>hearth::core::BulkMappingStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
</context>
<context>
    <name>hearth::core::BulkPostParser</name>
    <message>
        <source>&quot;%1&quot; is not a date and time; write e.g. %2.</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit; schreiben Sie z. B. %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: write the year with four digits.</source>
        <translation>„%1“: Schreiben Sie das Jahr mit vier Ziffern.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with the year, but the date order is year-month-day; choose the order the file uses (mdy or dmy).</source>
        <translation>„%1“ beginnt nicht mit dem Jahr, aber die Datumsreihenfolge ist Jahr-Monat-Tag; wählen Sie die Reihenfolge, die die Datei verwendet (mdy oder dmy).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no date in %2 order; the file seems to use %3 order. Choose that date order and import again.</source>
        <translation>„%1“ ist kein Datum in der Reihenfolge %2; die Datei scheint die Reihenfolge %3 zu verwenden. Wählen Sie diese Reihenfolge und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no valid date.</source>
        <translation>„%1“ ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid time of day (24-hour clock, 00:00 to 23:59).</source>
        <translation>„%1“ hat keine gültige Uhrzeit (24-Stunden-Format, 00:00 bis 23:59).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a date but no time; write the time too, e.g. 18:30.</source>
        <translation>„%1“ hat ein Datum, aber keine Uhrzeit; schreiben Sie die Uhrzeit dazu, z. B. 18:30.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist in %2 (the clocks skip it).</source>
        <translation>„%1“ gibt es in %2 nicht (die Uhren überspringen diese Zeit).</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>Die Datei hat keine Zeilen.</translation>
    </message>
    <message>
        <source>No network was chosen; the posts are imported without networks.</source>
        <translation>Es wurde kein Netzwerk gewählt; die Beiträge werden ohne Netzwerke importiert.</translation>
    </message>
    <message>
        <source>The file is %1 MB; a bulk upload is at most %2 MB. Split it into smaller files.</source>
        <translation>Die Datei ist %1 MB groß; ein Massen-Upload hat höchstens %2 MB. Teilen Sie sie in kleinere Dateien.</translation>
    </message>
    <message>
        <source>The file has more than %1 posts; Hearth imports at most %1 at a time. Split the file and import the parts one by one.</source>
        <translation>Die Datei hat mehr als %1 Beiträge; Hearth importiert höchstens %1 auf einmal. Teilen Sie die Datei und importieren Sie die Teile nacheinander.</translation>
    </message>
</context>
<context>
    <name>hearth::core::CsvExporter</name>
    <message>
        <source>Writing the CSV file failed: %1</source>
        <translation>Das Schreiben der CSV-Datei ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>hearth::core::EventReader</name>
    <message>
        <source>%1 is in the past</source>
        <translation>%1 liegt in der Vergangenheit</translation>
    </message>
    <message>
        <source>libical: %1</source>
        <translation>libical: %1</translation>
    </message>
    <message>
        <source>a changed occurrence of a repeating event; it was left out</source>
        <translation>ein geänderter Termin einer Terminserie; er wurde ausgelassen</translation>
    </message>
    <message>
        <source>The event %1 has no valid start (DTSTART); give it a date.</source>
        <translation>Der Termin %1 hat keinen gültigen Beginn (DTSTART); geben Sie ihm ein Datum.</translation>
    </message>
    <message>
        <source>without UID</source>
        <translation>ohne UID</translation>
    </message>
    <message>
        <source>a repeating event; only its first occurrence was imported</source>
        <translation>ein wiederkehrender Termin; nur sein erstes Vorkommen wurde importiert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network in this plan; add it under Settings or remove the event.</source>
        <translation>„%1“ ist kein Netzwerk dieses Plans; legen Sie es in den Einstellungen an oder entfernen Sie den Termin.</translation>
    </message>
    <message>
        <source>the description does not end with the post&apos;s link; all of it became the text</source>
        <translation>die Beschreibung endet nicht mit dem Link des Beitrags; sie wurde vollständig zum Text</translation>
    </message>
</context>
<context>
    <name>hearth::core::Export</name>
    <message>
        <source>The disk is full: %1 was not written. Free some space and try again; any older file there is unchanged.</source>
        <translation>Der Datenträger ist voll: %1 wurde nicht geschrieben. Schaffen Sie Platz und versuchen Sie es erneut; eine ältere Datei dort ist unverändert.</translation>
    </message>
    <message>
        <source>%1 was not written (any older file there is unchanged): %2</source>
        <translation>%1 wurde nicht geschrieben (eine ältere Datei dort ist unverändert): %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>hearth::core::IcsExporter</name>
    <message>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <source>Writing the calendar failed: %1</source>
        <translation>Das Schreiben des Kalenders ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>hearth::core::IcsImporter</name>
    <message>
        <source>libical could not read the calendar: %1</source>
        <translation>libical konnte den Kalender nicht lesen: %1</translation>
    </message>
    <message>
        <source>The calendar has no events.</source>
        <translation>Der Kalender hat keine Termine.</translation>
    </message>
    <message>
        <source>libical could not read the calendar; the file is damaged. Export it again.</source>
        <translation>libical konnte den Kalender nicht lesen; die Datei ist beschädigt. Exportieren Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>hearth::core::IdeaRepository</name>
    <message>
        <source>The library prompt &quot;%1&quot; is in the idea bank already.</source>
        <translation>Der Bibliotheksimpuls „%1“ ist bereits in der Ideensammlung.</translation>
    </message>
    <message>
        <source>Idea %1 is not an unedited library prompt; it was left as it is.</source>
        <translation>Idee %1 ist kein unbearbeiteter Bibliotheksimpuls; sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>There is no idea %1.</source>
        <translation>Es gibt keine Idee %1.</translation>
    </message>
    <message>
        <source>The idea &quot;%1&quot; cannot be restored: its place is taken.</source>
        <translation>Die Idee „%1“ kann nicht wiederhergestellt werden: Ihr Platz ist belegt.</translation>
    </message>
    <message>
        <source>There is no idea %1. &quot;hearth-cli idea list&quot; shows the ideas.</source>
        <translation>Es gibt keine Idee %1. „hearth-cli idea list“ zeigt die Ideen.</translation>
    </message>
    <message>
        <source>The comment is empty; give the text the community wrote.</source>
        <translation>Der Kommentar ist leer; geben Sie den Text ein, den die Community geschrieben hat.</translation>
    </message>
</context>
<context>
    <name>hearth::core::IdeaSuggester</name>
    <message>
        <source>never used yet</source>
        <translation>noch nie verwendet</translation>
    </message>
    <message>
        <source>last used yesterday</source>
        <translation>zuletzt gestern verwendet</translation>
    </message>
    <message>
        <source>last used %1 days ago</source>
        <translation>zuletzt vor %1 Tagen verwendet</translation>
    </message>
    <message>
        <source>planned again for %1</source>
        <translation>erneut geplant für %1</translation>
    </message>
    <message>
        <source>this week has no %1 post yet</source>
        <translation>diese Woche hat noch keinen Beitrag zu %1</translation>
    </message>
    <message>
        <source>this week is short of %1 posts</source>
        <translation>diese Woche fehlen noch Beiträge zu %1</translation>
    </message>
    <message>
        <source>its posts averaged a %1 community rate over %2 post</source>
        <translation>ihre Beiträge erreichten im Schnitt eine Community-Rate von %1 (%2 Beitrag)</translation>
    </message>
    <message>
        <source>its posts averaged a %1 community rate over %2 posts</source>
        <translation>ihre Beiträge erreichten im Schnitt eine Community-Rate von %1 (%2 Beiträge)</translation>
    </message>
    <message>
        <source>%1 posts averaged a %2 community rate</source>
        <translation>Beiträge zu %1 erreichten im Schnitt eine Community-Rate von %2</translation>
    </message>
    <message>
        <source>your posting slot</source>
        <translation>Ihr Zeitfenster</translation>
    </message>
</context>
<context>
    <name>hearth::core::ImportCatalog</name>
    <message>
        <source>&quot;%1&quot; is not a network in this plan.</source>
        <translation>„%1“ ist kein Netzwerk dieses Plans.</translation>
    </message>
</context>
<context>
    <name>hearth::core::ImportPreview</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 Zeile %2</translation>
    </message>
    <message>
        <source>, field &quot;%1&quot;</source>
        <translation>, Feld „%1“</translation>
    </message>
</context>
<context>
    <name>hearth::core::ImportPreviewModel</name>
    <message>
        <source>Already planned (post %1): %2</source>
        <translation>Bereits geplant (Beitrag %1): %2</translation>
    </message>
    <message>
        <source>Repeats line %1: %2</source>
        <translation>Wiederholt Zeile %1: %2</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>Text or problem</source>
        <translation>Text oder Problem</translation>
    </message>
</context>
<context>
    <name>hearth::core::ImportRun</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file is not a %1 export: the columns it needs (such as &quot;%2&quot;) are not in the first rows. Choose another source, or &quot;generic&quot; with a column mapping.</source>
        <translation>Die Datei ist kein %1-Export: Die Spalten, die sie braucht (etwa „%2“), stehen nicht in den ersten Zeilen. Wählen Sie eine andere Quelle oder „generic“ mit einer Spaltenzuordnung.</translation>
    </message>
    <message>
        <source>The file holds no header row; there is nothing to import.</source>
        <translation>Die Datei enthält keine Kopfzeile; es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>The mapping names columns this file does not have: %1. Choose the columns again.</source>
        <translation>Die Zuordnung nennt Spalten, die diese Datei nicht hat: %1. Wählen Sie die Spalten erneut.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears %2 times (columns %3); Hearth used the first one and kept every column in the raw values.</source>
        <translation>Die Spalte „%1“ kommt %2-mal vor (Spalten %3); Hearth hat die erste verwendet und alle Spalten in den Rohwerten behalten.</translation>
    </message>
    <message>
        <source>Line %1: the header has no post id or link column, so rows cannot be tied to posts.</source>
        <translation>Zeile %1: Die Kopfzeile hat keine Spalte für Beitrags-ID oder Link, daher können Zeilen keinen Beiträgen zugeordnet werden.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Lines %1: %2</source>
        <translation>Zeilen %1: %2</translation>
    </message>
    <message>
        <source>The file mixes %1 accounts (%2): collaboration posts of other accounts often have no reach or follows; those stay empty, not zero.</source>
        <translation>Die Datei mischt %1 Konten (%2): Kooperationsbeiträge anderer Konten haben oft keine Reichweite oder neuen Follower; diese bleiben leer, nicht null.</translation>
    </message>
    <message>
        <source>the row has more cells than the header has columns; the extra cells were ignored.</source>
        <translation>Die Zeile hat mehr Zellen, als die Kopfzeile Spalten hat; die übrigen Zellen wurden ignoriert.</translation>
    </message>
    <message>
        <source>the Total row sums every post; it is not a post of its own.</source>
        <translation>Die Summenzeile addiert alle Beiträge; sie ist kein eigener Beitrag.</translation>
    </message>
    <message>
        <source>no network: the mapping gives none and the row names none.</source>
        <translation>Kein Netzwerk: Die Zuordnung nennt keines und die Zeile auch nicht.</translation>
    </message>
    <message>
        <source>the network &quot;%1&quot; is not one Hearth knows; add it first or fix the mapping.</source>
        <translation>Das Netzwerk „%1“ kennt Hearth nicht; legen Sie es zuerst an oder korrigieren Sie die Zuordnung.</translation>
    </message>
    <message>
        <source>the publish time &quot;%1&quot; is not a date Hearth understands.</source>
        <translation>Die Veröffentlichungszeit „%1“ ist kein Datum, das Hearth versteht.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; holds &quot;%2&quot;, which is not a whole number.</source>
        <translation>Die Spalte „%1“ enthält „%2“, das ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; holds &quot;%2&quot;, which is not a number.</source>
        <translation>Die Spalte „%1“ enthält „%2“, das ist keine Zahl.</translation>
    </message>
    <message>
        <source>the post id looks like &quot;%1&quot;: a spreadsheet rounded it into scientific notation and the real id is lost, so these rows were not matched by id (only by link, or by time and text). Export the file again and import it without opening it in a spreadsheet.</source>
        <translation>Die Beitrags-ID sieht aus wie „%1“: Eine Tabellenkalkulation hat sie in wissenschaftliche Schreibweise gerundet und die echte ID ist verloren, daher wurden diese Zeilen nicht über die ID zugeordnet (nur über Link oder Zeit und Text). Exportieren Sie die Datei erneut und importieren Sie sie, ohne sie in einer Tabellenkalkulation zu öffnen.</translation>
    </message>
    <message>
        <source>the row has no usable post id, no link and no publish time, so it cannot be tied to a post.</source>
        <translation>Die Zeile hat keine brauchbare Beitrags-ID, keinen Link und keine Veröffentlichungszeit, daher kann sie keinem Beitrag zugeordnet werden.</translation>
    </message>
    <message>
        <source>the same post as line %1; only the first row is used.</source>
        <translation>Derselbe Beitrag wie in Zeile %1; nur die erste Zeile wird verwendet.</translation>
    </message>
    <message>
        <source>post id</source>
        <translation>Beitrags-ID</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>time and text</source>
        <translation>Zeit und Text</translation>
    </message>
    <message>
        <source>matches the same post as line %1; only the first row is used.</source>
        <translation>Passt zum selben Beitrag wie Zeile %1; nur die erste Zeile wird verwendet.</translation>
    </message>
    <message>
        <source>the file gives a date without a time of day; the new posts are placed at the start of that day.</source>
        <translation>Die Datei nennt ein Datum ohne Uhrzeit; die neuen Beiträge werden an den Anfang dieses Tages gelegt.</translation>
    </message>
    <message>
        <source>the stored figures are newer; these are kept as history</source>
        <translation>Die gespeicherten Kennzahlen sind neuer; diese werden als Verlauf behalten</translation>
    </message>
    <message>
        <source>the stored figures are newer than this file; these rows were kept as history and the current figures did not change.</source>
        <translation>Die gespeicherten Kennzahlen sind neuer als diese Datei; diese Zeilen wurden als Verlauf behalten und die aktuellen Kennzahlen haben sich nicht geändert.</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: Die Datei ist leer.</translation>
    </message>
    <message>
        <source>This file was imported before (%1); importing it again changes nothing.</source>
        <translation>Diese Datei wurde bereits importiert (%1); ein erneuter Import ändert nichts.</translation>
    </message>
    <message>
        <source> It looks like Windows-1252 (Latin-1) text; to convert it, confirm the Windows-1252 encoding (hearth-cli: --encoding windows-1252).</source>
        <translation> Es sieht nach Windows-1252-Text (Latin-1) aus; um ihn umzuwandeln, bestätigen Sie die Kodierung Windows-1252 (hearth-cli: --encoding windows-1252).</translation>
    </message>
    <message>
        <source>Line %1 is the header and no row under it holds data: the file has no posts to import.</source>
        <translation>Zeile %1 ist die Kopfzeile und keine Zeile darunter enthält Daten: Die Datei hat keine Beiträge zum Importieren.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; holds %2, but this figure cannot be negative.</source>
        <translation>Die Spalte „%1“ enthält %2, aber diese Kennzahl kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; holds %2, more than any real count; the file is probably damaged.</source>
        <translation>Die Spalte „%1“ enthält %2, mehr als jede echte Anzahl; die Datei ist wahrscheinlich beschädigt.</translation>
    </message>
    <message>
        <source>%1: reading stopped.</source>
        <translation>%1: Das Lesen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 changed since the preview; preview it again before importing.</source>
        <translation>%1 hat sich seit der Vorschau geändert; zeigen Sie die Vorschau vor dem Import erneut an.</translation>
    </message>
    <message>
        <source>This looks like a list of posts, not analytics: use File &gt; Import Posts…</source>
        <translation>Das sieht nach einer Liste von Beiträgen aus, nicht nach Statistik: Verwenden Sie Datei &gt; Beiträge importieren…</translation>
    </message>
    <message>
        <source>(its columns are those of a scheduler&apos;s bulk upload).</source>
        <translation>(ihre Spalten sind die eines Massen-Uploads eines Planungsdienstes).</translation>
    </message>
    <message>
        <source>(its first row holds &quot;%1&quot;, which is data, not a column name).</source>
        <translation>(ihre erste Zeile enthält „%1“, also Daten, keinen Spaltennamen).</translation>
    </message>
    <message>
        <source>Line %1 is the Total row (the sum of every post); it was skipped.</source>
        <translation>Zeile %1 ist die Zeile „Total“ (die Summe aller Beiträge); sie wurde übersprungen.</translation>
    </message>
    <message>
        <source>the publish time &quot;%1&quot; is not a date in the date order used (%2); the file seems to use %3. Change the date order.</source>
        <translation>die Veröffentlichungszeit „%1“ ist in der verwendeten Datumsreihenfolge (%2) kein Datum; die Datei scheint %3 zu verwenden. Ändern Sie die Datumsreihenfolge.</translation>
    </message>
</context>
<context>
    <name>hearth::core::ImportedPostWriter</name>
    <message>
        <source>preparing the import of posts</source>
        <translation>Vorbereiten des Beitrags-Imports</translation>
    </message>
    <message>
        <source>creating imported posts</source>
        <translation>Anlegen importierter Beiträge</translation>
    </message>
    <message>
        <source>adding the networks of imported posts</source>
        <translation>Hinzufügen der Netzwerke importierter Beiträge</translation>
    </message>
    <message>
        <source>linking a post to its published copy</source>
        <translation>Verknüpfen eines Beitrags mit seiner veröffentlichten Fassung</translation>
    </message>
    <message>
        <source>marking a post as published</source>
        <translation>Markieren eines Beitrags als veröffentlicht</translation>
    </message>
</context>
<context>
    <name>hearth::core::ListenAdvisor</name>
    <message>
        <source>your %1 posts at this hour averaged a %2 community rate over %3 post</source>
        <translation>Ihre Beiträge auf %1 zu dieser Stunde erreichten im Schnitt eine Community-Rate von %2 (%3 Beitrag)</translation>
    </message>
    <message>
        <source>your %1 posts at this hour averaged a %2 community rate over %3 posts</source>
        <translation>Ihre Beiträge auf %1 zu dieser Stunde erreichten im Schnitt eine Community-Rate von %2 (%3 Beiträge)</translation>
    </message>
</context>
<context>
    <name>hearth::core::MetricColumnMapping</name>
    <message>
        <source>The mapping names an unknown figure &quot;%1&quot;; use one of reach, impressions, views, reactions, comments, shares, saves, clicks, follows, profile_visits, watch_time_seconds.</source>
        <translation>Die Zuordnung nennt eine unbekannte Kennzahl „%1“; verwenden Sie eine von reach, impressions, views, reactions, comments, shares, saves, clicks, follows, profile_visits, watch_time_seconds.</translation>
    </message>
    <message>
        <source>The mapping for &quot;%1&quot; must be a column name.</source>
        <translation>Die Zuordnung für „%1“ muss ein Spaltenname sein.</translation>
    </message>
    <message>
        <source>The mapping needs a &quot;network&quot; (such as &quot;mastodon&quot;) or a &quot;network_column&quot;.</source>
        <translation>Die Zuordnung braucht ein „network“ (etwa „mastodon“) oder eine „network_column“.</translation>
    </message>
    <message>
        <source>The mapping needs at least one of &quot;post_id&quot;, &quot;permalink&quot; or &quot;published&quot; to tie rows to posts.</source>
        <translation>Die Zuordnung braucht mindestens eines von „post_id“, „permalink“ oder „published“, um Zeilen Beiträgen zuzuordnen.</translation>
    </message>
</context>
<context>
    <name>hearth::core::MetricImportPreview</name>
    <message>
        <source>day-month-year</source>
        <translation>Tag-Monat-Jahr</translation>
    </message>
    <message>
        <source>month-day-year</source>
        <translation>Monat-Tag-Jahr</translation>
    </message>
    <message>
        <source>year-month-day</source>
        <translation>Jahr-Monat-Tag</translation>
    </message>
    <message>
        <source> (%1 is no date in that order)</source>
        <translation> (%1 ist in dieser Reihenfolge kein Datum)</translation>
    </message>
    <message>
        <source>Dates read as %1%2, as chosen.</source>
        <translation>Datumsangaben als %1%2 gelesen, wie gewählt.</translation>
    </message>
    <message>
        <source>Dates read as %1%2: the file&apos;s dates can be read no other way.</source>
        <translation>Datumsangaben als %1%2 gelesen: Anders lassen sich die Datumsangaben der Datei nicht lesen.</translation>
    </message>
    <message>
        <source>Dates read as %1%2, the order of this computer&apos;s settings; every date of the file fits either order.</source>
        <translation>Datumsangaben als %1%2 gelesen, in der Reihenfolge aus den Einstellungen dieses Computers; jedes Datum der Datei passt zu beiden Reihenfolgen.</translation>
    </message>
</context>
<context>
    <name>hearth::core::MetricRepository</name>
    <message>
        <source>A metric snapshot needs a post and a network.</source>
        <translation>Ein Messstand braucht einen Beitrag und ein Netzwerk.</translation>
    </message>
    <message>
        <source>A metric snapshot needs the time it was taken.</source>
        <translation>Ein Messstand braucht den Zeitpunkt, zu dem er erfasst wurde.</translation>
    </message>
    <message>
        <source>Post %1 is not planned for the network &quot;%2&quot;; add the network to the post first.</source>
        <translation>Beitrag %1 ist nicht für das Netzwerk „%2“ geplant; fügen Sie das Netzwerk zuerst dem Beitrag hinzu.</translation>
    </message>
    <message>
        <source>Enter at least one figure.</source>
        <translation>Geben Sie mindestens eine Kennzahl ein.</translation>
    </message>
    <message>
        <source>There is no metric snapshot %1.</source>
        <translation>Es gibt keinen Messstand %1.</translation>
    </message>
    <message>
        <source>The raw columns of metric snapshot %1 are damaged.</source>
        <translation>Die Rohspalten von Messstand %1 sind beschädigt.</translation>
    </message>
</context>
<context>
    <name>hearth::core::MetricSnapshotBulkWriter</name>
    <message>
        <source>preparing the metric import</source>
        <translation>Vorbereiten des Kennzahlen-Imports</translation>
    </message>
    <message>
        <source>storing figures</source>
        <translation>Speichern der Kennzahlen</translation>
    </message>
</context>
<context>
    <name>hearth::core::MetricsAnalysis</name>
    <message>
        <source>Community rate = (comments + shares + saves + follows gained) ÷ reach. Where a network gives no reach, Hearth divides by impressions, else by views, and shows which one it used. A missing figure is left out, never counted as zero; a post without any community figure has no rate. Likes and reactions are not counted: they show attention, not conversation.</source>
        <translation>Community-Rate = (Kommentare + Geteilt + Gespeichert + neue Follower) ÷ Reichweite, ersatzweise ÷ Impressionen oder Aufrufe (Hearth zeigt an, welche). Fehlende Kennzahlen zählen nicht als null; ohne Community-Kennzahl keine Rate. Likes und Reaktionen zählen nicht: Sie zeigen Aufmerksamkeit, kein Gespräch.</translation>
    </message>
    <message>
        <source>(comments + shares + saves + follows) ÷ reach (else impressions, else views)</source>
        <translation>(Kommentare + Geteilt + Gespeichert + neue Follower) ÷ Reichweite (sonst Impressionen, sonst Aufrufe)</translation>
    </message>
    <message>
        <source>No pillar</source>
        <translation>Keine Themensäule</translation>
    </message>
</context>
<context>
    <name>hearth::core::MonthModel</name>
    <message numerus="yes">
        <source>%1, %n post(s)</source>
        <translation>
            <numerusform>%1, %n Beitrag</numerusform>
            <numerusform>%1, %n Beiträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearth::core::PlanningService</name>
    <message>
        <source>An evergreen post can come back at most %1 times; choose an earlier last date or fewer times.</source>
        <translation>Ein Dauerbrenner kann höchstens %1-mal wiederkehren; wählen Sie ein früheres letztes Datum oder weniger Wiederholungen.</translation>
    </message>
    <message>
        <source>This post is a repeat of post %1; change how often it comes back on that first post.</source>
        <translation>Dieser Beitrag ist eine Wiederholung von Beitrag %1; ändern Sie an diesem ersten Beitrag, wie oft er wiederkehrt.</translation>
    </message>
    <message>
        <source>The new day is not a valid date.</source>
        <translation>Der neue Tag ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>The new date and time are not valid.</source>
        <translation>Das neue Datum und die Uhrzeit sind ungültig.</translation>
    </message>
    <message>
        <source>Post %1 is published already; its date is when it went out.</source>
        <translation>Beitrag %1 ist bereits veröffentlicht; sein Datum ist der Zeitpunkt der Veröffentlichung.</translation>
    </message>
    <message>
        <source>Post %1 is published already; it cannot go back to the drafts.</source>
        <translation>Beitrag %1 ist bereits veröffentlicht; er kann nicht zurück zu den Entwürfen.</translation>
    </message>
    <message>
        <source>Post %1 starts an evergreen series; stop the repeats before taking its date away.</source>
        <translation>Beitrag %1 beginnt eine Dauerbrenner-Reihe; beenden Sie die Wiederholungen, bevor Sie sein Datum entfernen.</translation>
    </message>
    <message>
        <source>The range needs a valid first and last day.</source>
        <translation>Der Zeitraum braucht einen gültigen ersten und letzten Tag.</translation>
    </message>
    <message>
        <source>The range ends (%1) before it starts (%2).</source>
        <translation>Der Zeitraum endet (%1), bevor er beginnt (%2).</translation>
    </message>
    <message>
        <source>Post %1 does not go to &quot;%2&quot;; add the network to the post first.</source>
        <translation>Beitrag %1 geht nicht an „%2“; fügen Sie das Netzwerk zuerst dem Beitrag hinzu.</translation>
    </message>
    <message>
        <source>Hearth does not know your Mastodon server yet; enter it (e.g. mastodon.social) in the network settings.</source>
        <translation>Hearth kennt Ihren Mastodon-Server noch nicht; geben Sie ihn in den Netzwerkeinstellungen ein (z. B. mastodon.social).</translation>
    </message>
    <message>
        <source>%1 has no compose page Hearth knows; copy the text and post it there.</source>
        <translation>Für %1 kennt Hearth keine Seite zum Verfassen; kopieren Sie den Text und veröffentlichen Sie ihn dort.</translation>
    </message>
    <message>
        <source>Post %1 does not belong to the evergreen series of post %2.</source>
        <translation>Beitrag %1 gehört nicht zur Dauerbrenner-Reihe von Beitrag %2.</translation>
    </message>
</context>
<context>
    <name>hearth::core::PostImportWriter</name>
    <message numerus="yes">
        <source>%1 has %n problem(s); nothing was imported. Fix the file and import it again. First problem: %2</source>
        <translation>
            <numerusform>%1 hat %n Problem; es wurde nichts importiert. Korrigieren Sie die Datei und importieren Sie sie erneut. Erstes Problem: %2</numerusform>
            <numerusform>%1 hat %n Probleme; es wurde nichts importiert. Korrigieren Sie die Datei und importieren Sie sie erneut. Erstes Problem: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not back up the plan before importing, so nothing was imported: %1</source>
        <translation>Der Plan konnte vor dem Import nicht gesichert werden, daher wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
</context>
<context>
    <name>hearth::core::PostMatcher</name>
    <message>
        <source>preparing the metric import</source>
        <translation>Vorbereiten des Kennzahlen-Imports</translation>
    </message>
    <message>
        <source>reading the posts to match</source>
        <translation>Lesen der zuzuordnenden Beiträge</translation>
    </message>
    <message>
        <source>finding a post by its id</source>
        <translation>Suchen eines Beitrags nach seiner ID</translation>
    </message>
    <message>
        <source>finding a post by its link</source>
        <translation>Suchen eines Beitrags nach seinem Link</translation>
    </message>
    <message>
        <source>finding a post by time</source>
        <translation>Suchen eines Beitrags nach Zeit</translation>
    </message>
    <message>
        <source>reading the current figures</source>
        <translation>Lesen der aktuellen Kennzahlen</translation>
    </message>
</context>
<context>
    <name>hearth::core::PostStatus</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
</context>
<context>
    <name>hearth::core::PostingSlotStore</name>
    <message>
        <source>There is a posting slot at that day and time already.</source>
        <translation>An diesem Tag und zu dieser Uhrzeit gibt es bereits ein Zeitfenster.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known network.</source>
        <translation>„%1“ ist kein bekanntes Netzwerk.</translation>
    </message>
    <message>
        <source>There are two posting slots at %1 %2; keep one.</source>
        <translation>Es gibt zwei Zeitfenster am %1 um %2; behalten Sie eines.</translation>
    </message>
</context>
<context>
    <name>hearth::core::PostingSlotsModel</name>
    <message>
        <source>Choose a day and a time for the slot.</source>
        <translation>Wählen Sie einen Tag und eine Uhrzeit für das Zeitfenster.</translation>
    </message>
    <message>
        <source>There is a slot at that day and time already.</source>
        <translation>An diesem Tag und zu dieser Uhrzeit gibt es bereits ein Zeitfenster.</translation>
    </message>
    <message>
        <source>Choose the slot to change first.</source>
        <translation>Wählen Sie zuerst das Zeitfenster, das Sie ändern möchten.</translation>
    </message>
    <message>
        <source>Any network</source>
        <translation>Beliebiges Netzwerk</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
</context>
<context>
    <name>hearth::core::RowBuilder</name>
    <message>
        <source>The date is empty; every planned post needs one.</source>
        <translation>Das Datum ist leer; jeder geplante Beitrag braucht eines.</translation>
    </message>
    <message>
        <source>The post text is empty.</source>
        <translation>Der Text des Beitrags ist leer.</translation>
    </message>
    <message>
        <source>%1 is in the past; the post is imported as a draft so nothing is due at once.</source>
        <translation>%1 liegt in der Vergangenheit; der Beitrag wird als Entwurf importiert, damit nichts sofort fällig ist.</translation>
    </message>
</context>
<context>
    <name>hearth::core::SqliteStatement</name>
    <message>
        <source>The database connection is not SQLite.</source>
        <translation>Die Datenbankverbindung ist nicht SQLite.</translation>
    </message>
</context>
<context>
    <name>hearth::core::StarterLibrary</name>
    <message>
        <source>%1 is not valid JSON at byte %2: %3.</source>
        <translation>%1 ist bei Byte %2 kein gültiges JSON: %3.</translation>
    </message>
    <message>
        <source>%1 is not a Hearth starter library: the field &quot;format&quot; must be &quot;%2&quot;.</source>
        <translation>%1 ist keine Hearth-Startbibliothek: Das Feld „format“ muss „%2“ sein.</translation>
    </message>
    <message>
        <source>%1: the field &quot;library_version&quot; must be a positive whole number.</source>
        <translation>%1: Das Feld „library_version“ muss eine positive ganze Zahl sein.</translation>
    </message>
    <message>
        <source>%1: the field &quot;prompts&quot; must be a list.</source>
        <translation>%1: Das Feld „prompts“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>%1, prompt %2</source>
        <translation>%1, Impuls %2</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 ist kein Objekt.</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; is used twice; every prompt needs its own key.</source>
        <translation>%1: Der Schlüssel „%2“ wird zweimal verwendet; jeder Impuls braucht seinen eigenen Schlüssel.</translation>
    </message>
    <message>
        <source>%1: the field &quot;tags&quot; must be a list of texts.</source>
        <translation>%1: Das Feld „tags“ muss eine Liste von Texten sein.</translation>
    </message>
    <message>
        <source>The built-in starter library is missing from this build (%1).</source>
        <translation>Die eingebaute Startbibliothek fehlt in diesem Build (%1).</translation>
    </message>
    <message>
        <source>the built-in starter library</source>
        <translation>die eingebaute Startbibliothek</translation>
    </message>
    <message>
        <source>Loading the starter library failed; the idea bank was not changed. %1</source>
        <translation>Das Laden der Startbibliothek ist fehlgeschlagen; die Ideensammlung wurde nicht geändert. %1</translation>
    </message>
    <message>
        <source>Educate</source>
        <translation>Wissen teilen</translation>
    </message>
    <message>
        <source>Entertain</source>
        <translation>Unterhalten</translation>
    </message>
    <message>
        <source>Inspire</source>
        <translation>Inspirieren</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Werben</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Behind the scenes</source>
        <translation>Hinter den Kulissen</translation>
    </message>
</context>
<context>
    <name>hearth::core::TimeAdvisor</name>
    <message>
        <source>not enough figures yet</source>
        <translation>noch nicht genug Kennzahlen</translation>
    </message>
</context>
<context>
    <name>hearth::core::XlsWorkbook</name>
    <message>
        <source>%1: there is no sheet %2.</source>
        <translation>%1: Es gibt kein Blatt %2.</translation>
    </message>
    <message>
        <source>Hearth&apos;s Excel reader gave an incomplete or malformed answer</source>
        <translation>Hearths Excel-Leser hat eine unvollständige oder fehlerhafte Antwort gegeben</translation>
    </message>
    <message>
        <source>%1: the workbook holds no worksheet.</source>
        <translation>%1: Die Arbeitsmappe enthält kein Arbeitsblatt.</translation>
    </message>
    <message>
        <source>%1: no worksheet named &quot;%2&quot;; the workbook holds %3.</source>
        <translation>%1: kein Arbeitsblatt namens „%2“; die Arbeitsmappe enthält %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
</context>
<context>
    <name>hearth::ui</name>
    <message>
        <source>There is no chart to save.</source>
        <translation>Es gibt kein Diagramm zum Speichern.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved from Hearth</source>
        <translation>Gespeichert aus Hearth</translation>
    </message>
    <message>
        <source>Save the chart as .png or .svg; &quot;%1&quot; is neither.</source>
        <translation>Speichern Sie das Diagramm als .png oder .svg; „%1“ ist keines von beiden.</translation>
    </message>
</context>
<context>
    <name>hearth::ui::BulkImportDialog</name>
    <message>
        <source>Hootsuite (no header: date, message, link)</source>
        <translation>Hootsuite (ohne Kopfzeile: Datum, Nachricht, Link)</translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation>Buffer</translation>
    </message>
    <message>
        <source>Publer</source>
        <translation>Publer</translation>
    </message>
    <message>
        <source>Metricool (networks in the file)</source>
        <translation>Metricool (Netzwerke in der Datei)</translation>
    </message>
    <message>
        <source>Sprout Social</source>
        <translation>Sprout Social</translation>
    </message>
    <message>
        <source>Networks for the imported posts</source>
        <translation>Netzwerke für die importierten Beiträge</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Datumsangaben:</translation>
    </message>
    <message>
        <source>&amp;Networks:</source>
        <translation>&amp;Netzwerke:</translation>
    </message>
    <message>
        <source>Date and &amp;time:</source>
        <translation>Datum und &amp;Uhrzeit:</translation>
    </message>
    <message>
        <source>or D&amp;ate:</source>
        <translation>oder D&amp;atum:</translation>
    </message>
    <message>
        <source>and T&amp;ime:</source>
        <translation>und Uhr&amp;zeit:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation>Tite&amp;l:</translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation>Lin&amp;k:</translation>
    </message>
    <message>
        <source>Net&amp;works:</source>
        <translation>Netz&amp;werke:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Schla&amp;gwörter:</translation>
    </message>
    <message>
        <source>&amp;Pillar:</source>
        <translation>&amp;Themensäule:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Import Posts from %1</source>
        <translation>Beiträge aus %1 importieren</translation>
    </message>
    <message>
        <source>Any other file: choose the columns</source>
        <translation>Jede andere Datei: Spalten wählen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Numbers in the order chosen above, or e.g. dd.MM.yyyy HH:mm</source>
        <translation>Zahlen in der oben gewählten Reihenfolge oder z. B. dd.MM.yyyy HH:mm</translation>
    </message>
    <message>
        <source>Date &amp;format:</source>
        <translation>Datums&amp;format:</translation>
    </message>
    <message>
        <source>Rows and problems of the file</source>
        <translation>Zeilen und Probleme der Datei</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) to import</source>
        <translation>
            <numerusform>%n Beitrag zu importieren</numerusform>
            <numerusform>%n Beiträge zu importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the plan</source>
        <translation>
            <numerusform>, %n bereits im Plan</numerusform>
            <numerusform>, %n bereits im Plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n Warnung</numerusform>
            <numerusform>, %n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n error(s) (see the lines below)</source>
        <translation>
            <numerusform>, %n Fehler (siehe die Zeilen unten)</numerusform>
            <numerusform>, %n Fehler (siehe die Zeilen unten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearth::ui::CreateDraftFromIdeaCommand</name>
    <message>
        <source>Draft from &quot;%1&quot;</source>
        <translation>Entwurf aus „%1“</translation>
    </message>
</context>
<context>
    <name>hearth::ui::CreateIdeaCommand</name>
    <message>
        <source>New idea &quot;%1&quot;</source>
        <translation>Neue Idee „%1“</translation>
    </message>
</context>
<context>
    <name>hearth::ui::DateOrderChoice</name>
    <message>
        <source>Month/day/year (12/31/2026)</source>
        <translation>Monat/Tag/Jahr (12/31/2026)</translation>
    </message>
    <message>
        <source>Day/month/year (31/12/2026)</source>
        <translation>Tag/Monat/Jahr (31/12/2026)</translation>
    </message>
    <message>
        <source>Year-month-day (2026-12-31)</source>
        <translation>Jahr-Monat-Tag (2026-12-31)</translation>
    </message>
</context>
<context>
    <name>hearth::ui::DeleteIdeaCommand</name>
    <message>
        <source>Delete idea &quot;%1&quot;</source>
        <translation>Idee „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>hearth::ui::EditIdeaCommand</name>
    <message>
        <source>Edit idea &quot;%1&quot;</source>
        <translation>Idee „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>hearth::ui::ExportFilterDialog</name>
    <message>
        <source>Only posts &amp;between</source>
        <translation>Nur Beiträge &amp;zwischen</translation>
    </message>
    <message>
        <source>What to Export</source>
        <translation>Was exportieren</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Networks to export; none checked means all</source>
        <translation>Zu exportierende Netzwerke; keines angekreuzt bedeutet alle</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Networks (none = all):</source>
        <translation>&amp;Netzwerke (keines = alle):</translation>
    </message>
</context>
<context>
    <name>hearth::ui::FillWeekDialog</name>
    <message>
        <source>Accept all</source>
        <translation>Alle übernehmen</translation>
    </message>
    <message>
        <source>Fill my week</source>
        <translation>Meine Woche füllen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Every slot of this week is taken or already past: nothing to fill.</source>
        <translation>Jedes Zeitfenster dieser Woche ist belegt oder schon vorbei: Es gibt nichts zu füllen.</translation>
    </message>
    <message>
        <source>No idea left to propose</source>
        <translation>Keine Idee mehr zum Vorschlagen</translation>
    </message>
    <message>
        <source>Another</source>
        <translation>Andere Idee</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>No other idea fits this slot; add more ideas in Spark.</source>
        <translation>Keine andere Idee passt zu diesem Zeitfenster; legen Sie in Spark weitere Ideen an.</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Weiter ›</translation>
    </message>
    <message>
        <source>Accept this one</source>
        <translation>Diese übernehmen</translation>
    </message>
    <message>
        <source>Idea and why</source>
        <translation>Idee und Grund</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ideas for the week of %1, one per empty posting slot, following your pillar mix and what built community. Edit them here, then accept them all or one by one.</source>
        <translation>Ideen für die Woche ab %1, eine pro freiem Zeitfenster, passend zu Ihrer Themensäulen-Mischung und zu dem, was Community aufgebaut hat. Bearbeiten Sie sie hier und übernehmen Sie dann alle oder einzeln.</translation>
    </message>
    <message>
        <source>You have no posting slots yet, so Hearth proposes Monday to Friday, each at the hour your figures show worked best, else at %1.</source>
        <translation>Sie haben noch keine Zeitfenster, daher schlägt Hearth Montag bis Freitag vor, jeweils zu der Stunde, die laut Ihren Kennzahlen am besten lief, sonst um %1.</translation>
    </message>
    <message>
        <source>Idea: %1</source>
        <translation>Idee: %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Plan “%1”</source>
        <translation>„%1“ planen</translation>
    </message>
    <message>
        <source>another idea you asked for</source>
        <translation>eine weitere Idee auf Ihren Wunsch</translation>
    </message>
    <message>
        <source>✓ Scheduled</source>
        <translation>✓ Geplant</translation>
    </message>
    <message>
        <source>✓ Draft</source>
        <translation>✓ Entwurf</translation>
    </message>
</context>
<context>
    <name>hearth::ui::HeatmapModel</name>
    <message>
        <source>%1: no posts with a community rate</source>
        <translation>%1: keine Beiträge mit Community-Rate</translation>
    </message>
    <message>
        <source>%1: too few posts to judge (%2)</source>
        <translation>%1: zu wenige Beiträge für ein Urteil (%2)</translation>
    </message>
    <message>
        <source>%1: mean community rate %2 (posts: %3)</source>
        <translation>%1: mittlere Community-Rate %2 (Beiträge: %3)</translation>
    </message>
</context>
<context>
    <name>hearth::ui::HeatmapWidget</name>
    <message>
        <source>Community rate by weekday and hour</source>
        <translation>Community-Rate nach Wochentag und Stunde</translation>
    </message>
    <message>
        <source>Mean community rate by weekday and hour (your local time)</source>
        <translation>Mittlere Community-Rate nach Wochentag und Stunde (Ihre Ortszeit)</translation>
    </message>
    <message>
        <source>No slot has enough posts yet.</source>
        <translation>Noch kein Zeitfenster hat genug Beiträge.</translation>
    </message>
    <message>
        <source>fewer than %1 posts: too few to judge</source>
        <translation>weniger als %1 Beiträge: zu wenige für ein Urteil</translation>
    </message>
</context>
<context>
    <name>hearth::ui::IdeaDelegate</name>
    <message>
        <source>Never used</source>
        <translation>Nie verwendet</translation>
    </message>
    <message numerus="yes">
        <source>Used %n×</source>
        <translation>
            <numerusform>%n× verwendet</numerusform>
            <numerusform>%n× verwendet</numerusform>
        </translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>zuletzt %1</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>%1 community</source>
        <translation>%1 Community</translation>
    </message>
</context>
<context>
    <name>hearth::ui::IdeaEditor</name>
    <message>
        <source>From the starter library, edited by you</source>
        <translation>Aus der Startbibliothek, von Ihnen bearbeitet</translation>
    </message>
    <message>
        <source>From the starter library</source>
        <translation>Aus der Startbibliothek</translation>
    </message>
    <message>
        <source>From a comment on post %1</source>
        <translation>Aus einem Kommentar zu Beitrag %1</translation>
    </message>
    <message>
        <source>From a community comment</source>
        <translation>Aus einem Community-Kommentar</translation>
    </message>
    <message>
        <source>Your own idea</source>
        <translation>Ihre eigene Idee</translation>
    </message>
    <message>
        <source>No pillar</source>
        <translation>Keine Themensäule</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Make a draft</source>
        <translation>Entwurf anlegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>A few words that name the idea</source>
        <translation>Ein paar Wörter, die die Idee benennen</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Themensäule</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Prompt or notes</source>
        <translation>Impuls oder Notizen</translation>
    </message>
    <message>
        <source>The prompt, your notes, a first sentence…</source>
        <translation>Der Impuls, Ihre Notizen, ein erster Satz …</translation>
    </message>
    <message>
        <source>Favourites come first and are suggested a little more often.</source>
        <translation>Favoriten stehen oben und werden etwas öfter vorgeschlagen.</translation>
    </message>
    <message>
        <source>Archived ideas are hidden and never suggested, but kept.</source>
        <translation>Archivierte Ideen sind ausgeblendet und werden nie vorgeschlagen, bleiben aber erhalten.</translation>
    </message>
    <message>
        <source>Create an unscheduled draft post from this idea, prefilled from the prompt.</source>
        <translation>Aus dieser Idee einen undatierten Entwurf anlegen, vorausgefüllt mit dem Impuls.</translation>
    </message>
    <message>
        <source>Pick an idea on the left, or press “New idea” to jot one down.</source>
        <translation>Wählen Sie links eine Idee oder klicken Sie auf „Neue Idee“, um eine zu notieren.</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>hinzugefügt am %1</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ Favorit</translation>
    </message>
    <message>
        <source>☆ Favourite</source>
        <translation>☆ Favorit</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>More like this</source>
        <translation>Ähnliche Ideen</translation>
    </message>
    <message>
        <source>Ideas of the same pillar and tags</source>
        <translation>Ideen mit derselben Themensäule und denselben Schlagwörtern</translation>
    </message>
    <message>
        <source>The mean community rate of the posts made from this idea that have figures.</source>
        <translation>Die mittlere Community-Rate der Beiträge aus dieser Idee, die Kennzahlen haben.</translation>
    </message>
</context>
<context>
    <name>hearth::ui::IdeaPanel</name>
    <message>
        <source>All pillars</source>
        <translation>Alle Themensäulen</translation>
    </message>
    <message>
        <source>Search ideas</source>
        <translation>Ideen durchsuchen</translation>
    </message>
    <message>
        <source>Pillar filter</source>
        <translation>Themensäulen-Filter</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideen</translation>
    </message>
    <message>
        <source>Drag an idea onto a day to make a draft.</source>
        <translation>Ziehen Sie eine Idee auf einen Tag, um einen Entwurf anzulegen.</translation>
    </message>
    <message>
        <source>No idea matches. Try fewer or shorter words.</source>
        <translation>Keine Idee passt. Versuchen Sie es mit weniger oder kürzeren Wörtern.</translation>
    </message>
</context>
<context>
    <name>hearth::ui::ImportPreviewDialog</name>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Rows and problems of the file</source>
        <translation>Zeilen und Probleme der Datei</translation>
    </message>
    <message numerus="yes">
        <source>%n new post(s)</source>
        <translation>
            <numerusform>%n neuer Beitrag</numerusform>
            <numerusform>%n neue Beiträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the plan (skipped)</source>
        <translation>
            <numerusform>, %n bereits im Plan (übersprungen)</numerusform>
            <numerusform>, %n bereits im Plan (übersprungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n Warnung</numerusform>
            <numerusform>, %n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): nothing can be imported until the file is fixed. </source>
        <translation>
            <numerusform>%n Fehler: Es kann nichts importiert werden, bis die Datei korrigiert ist. </numerusform>
            <numerusform>%n Fehler: Es kann nichts importiert werden, bis die Datei korrigiert ist. </numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>hearth::ui::InteropActions</name>
    <message>
        <source>Export i&amp;Calendar…</source>
        <translation>i&amp;Calendar exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>CS&amp;V exportieren…</translation>
    </message>
    <message>
        <source>Calendar &amp;Feed…</source>
        <translation>Kalender-&amp;Feed…</translation>
    </message>
    <message>
        <source>Import &amp;Posts…</source>
        <translation>Beiträge i&amp;mportieren…</translation>
    </message>
    <message>
        <source>Import iCalendar…</source>
        <translation>iCalendar importieren…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Restore Backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Export &amp;Whole Plan…</source>
        <translation>&amp;Gesamten Plan exportieren…</translation>
    </message>
    <message>
        <source>Import Whole P&amp;lan…</source>
        <translation>Gesamten P&amp;lan importieren…</translation>
    </message>
    <message>
        <source>Calendar Feed</source>
        <translation>Kalender-Feed</translation>
    </message>
    <message>
        <source>The calendar feed could not be updated: %1</source>
        <translation>Der Kalender-Feed konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Export iCalendar</source>
        <translation>iCalendar exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Kalender wird geschrieben…</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) written as %1 calendar event(s) to %2.</source>
        <translation>
            <numerusform>%n Beitrag als %1 Kalendertermin(e) nach %2 geschrieben.</numerusform>
            <numerusform>%n Beiträge als %1 Kalendertermin(e) nach %2 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Writing the spreadsheet…</source>
        <translation>Tabelle wird geschrieben…</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) written as %1 row(s) with their current metrics to %2.</source>
        <translation>
            <numerusform>%n Beitrag als %1 Zeile(n) mit den aktuellen Kennzahlen nach %2 geschrieben.</numerusform>
            <numerusform>%n Beiträge als %1 Zeile(n) mit den aktuellen Kennzahlen nach %2 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) imported from %1.</source>
        <translation>
            <numerusform>%n Beitrag aus %1 importiert.</numerusform>
            <numerusform>%n Beiträge aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were already in the plan and were skipped.</source>
        <translation>
            <numerusform>%n Zeile war bereits im Plan und wurde übersprungen.</numerusform>
            <numerusform>%n Zeilen waren bereits im Plan und wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan as it was before is backed up in %1.</source>
        <translation>Der Plan, wie er vorher war, ist in %1 gesichert.</translation>
    </message>
    <message>
        <source>Import Posts</source>
        <translation>Beiträge importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import iCalendar</source>
        <translation>iCalendar importieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar-Dateien (*.ics);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sicherung läuft…</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>The plan is backed up in %1. Hearth keeps the newest %2 backups of each kind.</source>
        <translation>Der Plan ist in %1 gesichert. Hearth behält die neuesten %2 Sicherungen jeder Art.</translation>
    </message>
    <message>
        <source>Replace the whole plan with %1? The current plan is kept aside first, so you can restore it again.</source>
        <translation>Den ganzen Plan durch %1 ersetzen? Der aktuelle Plan wird vorher aufbewahrt, sodass Sie ihn wiederherstellen können.</translation>
    </message>
    <message>
        <source>Checking and restoring…</source>
        <translation>Prüfen und Wiederherstellen…</translation>
    </message>
    <message>
        <source>The plan was restored from %1. The plan as it was is kept in %2; restore that file to undo.</source>
        <translation>Der Plan wurde aus %1 wiederhergestellt. Der vorherige Plan liegt in %2; stellen Sie diese Datei wieder her, um es rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Hearth backups (*.sqlite *.hearth);;All files (*)</source>
        <translation>Hearth-Sicherungen (*.sqlite *.hearth);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Whole Plan</source>
        <translation>Gesamten Plan exportieren</translation>
    </message>
    <message>
        <source>Hearth plans (*.hearth)</source>
        <translation>Hearth-Pläne (*.hearth)</translation>
    </message>
    <message>
        <source>Writing the plan…</source>
        <translation>Plan wird geschrieben…</translation>
    </message>
    <message>
        <source>The whole plan is in %1. Open it on another computer with File &gt; Import Whole Plan.</source>
        <translation>Der ganze Plan ist in %1. Öffnen Sie ihn auf einem anderen Computer mit Datei &gt; Gesamten Plan importieren.</translation>
    </message>
    <message>
        <source>Import Whole Plan</source>
        <translation>Gesamten Plan importieren</translation>
    </message>
    <message>
        <source>Hearth plans (*.hearth *.sqlite);;All files (*)</source>
        <translation>Hearth-Pläne (*.hearth *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Hearth now rewrites %1 after every change. Subscribe to that file in your calendar app.</source>
        <translation>Hearth schreibt %1 jetzt nach jeder Änderung neu. Abonnieren Sie diese Datei in Ihrer Kalender-App.</translation>
    </message>
</context>
<context>
    <name>hearth::ui::ListenPostsPage</name>
    <message>
        <source>Set pillar</source>
        <translation>Themensäule setzen</translation>
    </message>
    <message>
        <source>No pillar</source>
        <translation>Keine Themensäule</translation>
    </message>
    <message>
        <source>Pillar of the selected posts (%1):</source>
        <translation>Themensäule der ausgewählten Beiträge (%1):</translation>
    </message>
    <message>
        <source>Set &amp;pillar…</source>
        <translation>&amp;Themensäule setzen…</translation>
    </message>
    <message>
        <source>Select posts (Shift or Ctrl for several) to give them a pillar in one step.</source>
        <translation>Wählen Sie Beiträge aus (Umschalt oder Strg für mehrere), um ihnen in einem Schritt eine Themensäule zu geben.</translation>
    </message>
    <message>
        <source>Give the selected posts a content pillar</source>
        <translation>Den ausgewählten Beiträgen eine Themensäule geben</translation>
    </message>
    <message>
        <source>Posts with figures in this period</source>
        <translation>Beiträge mit Kennzahlen in diesem Zeitraum</translation>
    </message>
</context>
<context>
    <name>hearth::ui::ListenWorkspace</name>
    <message>
        <source>Listen</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Last 13 weeks</source>
        <translation>Letzte 13 Wochen</translation>
    </message>
    <message>
        <source>Last 26 weeks</source>
        <translation>Letzte 26 Wochen</translation>
    </message>
    <message>
        <source>Last 52 weeks</source>
        <translation>Letzte 52 Wochen</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Best times</source>
        <translation>Beste Zeiten</translation>
    </message>
    <message>
        <source>Posts with the highest community rate</source>
        <translation>Beiträge mit der höchsten Community-Rate</translation>
    </message>
    <message>
        <source>Top posts</source>
        <translation>Top-Beiträge</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>&amp;Enter figures…</source>
        <translation>Kennzahlen &amp;eingeben…</translation>
    </message>
    <message>
        <source>Type in the figures of a post by hand</source>
        <translation>Die Kennzahlen eines Beitrags von Hand eingeben</translation>
    </message>
    <message>
        <source>&amp;Import analytics…</source>
        <translation>Statistik &amp;importieren…</translation>
    </message>
    <message>
        <source>Read an analytics export from Facebook, Instagram, X, LinkedIn, YouTube or any CSV</source>
        <translation>Einen Statistik-Export von Facebook, Instagram, X, LinkedIn, YouTube oder eine beliebige CSV einlesen</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Alle Netzwerke</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image or an SVG drawing</source>
        <translation>Dieses Diagramm als PNG-Bild oder SVG-Zeichnung speichern</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Latest posts: community actions and audience</source>
        <translation>Neueste Beiträge: Community-Aktionen und Publikum</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Publikum</translation>
    </message>
    <message>
        <source>Community actions per post</source>
        <translation>Community-Aktionen pro Beitrag</translation>
    </message>
    <message>
        <source>Community rate by week</source>
        <translation>Community-Rate pro Woche</translation>
    </message>
    <message>
        <source>Mean community rate</source>
        <translation>Mittlere Community-Rate</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Mean of the period</source>
        <translation>Mittelwert des Zeitraums</translation>
    </message>
    <message>
        <source>Mean community rate (%)</source>
        <translation>Mittlere Community-Rate (%)</translation>
    </message>
    <message>
        <source>Community rate by pillar (posts with a rate)</source>
        <translation>Community-Rate nach Themensäule (Beiträge mit Rate)</translation>
    </message>
    <message>
        <source>Community rate by network (posts with a rate)</source>
        <translation>Community-Rate nach Netzwerk (Beiträge mit Rate)</translation>
    </message>
    <message>
        <source>Could not read the figures: %1</source>
        <translation>Die Kennzahlen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No figures in this period yet. Import an analytics export from your network, or enter a post&apos;s figures by hand.</source>
        <translation>In diesem Zeitraum gibt es noch keine Kennzahlen. Importieren Sie einen Statistik-Export Ihres Netzwerks oder geben Sie die Kennzahlen eines Beitrags von Hand ein.</translation>
    </message>
    <message>
        <source>Posts with figures in this period: %1, of which %2 have a community rate. Hover a bar or cell for details; click a bar to open its post.</source>
        <translation>Beiträge mit Kennzahlen in diesem Zeitraum: %1, davon %2 mit Community-Rate. Zeigen Sie auf einen Balken oder eine Zelle für Details; ein Klick auf einen Balken öffnet den Beitrag.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>Neue Follower</translation>
    </message>
    <message>
        <source>Per post: nothing to show yet</source>
        <translation>Pro Beitrag: noch nichts anzuzeigen</translation>
    </message>
    <message>
        <source>Latest posts: community actions (bars) and audience (line)</source>
        <translation>Neueste Beiträge: Community-Aktionen (Balken) und Publikum (Linie)</translation>
    </message>
    <message>
        <source>Community rate, %1 weeks per point</source>
        <translation>Community-Rate, %1 Wochen pro Punkt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Best times to post:&lt;/b&gt; not enough posts yet. A slot needs at least three posts with a community rate before Hearth trusts it.</source>
        <translation>&lt;b&gt;Beste Zeiten zum Posten:&lt;/b&gt; noch nicht genug Beiträge. Ein Zeitfenster braucht mindestens drei Beiträge mit Community-Rate, bevor Hearth ihm vertraut.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Best times to post&lt;/b&gt; (local time, highest mean community rate, at least three posts each):</source>
        <translation>&lt;b&gt;Beste Zeiten zum Posten&lt;/b&gt; (Ortszeit, höchste mittlere Community-Rate, je mindestens drei Beiträge):</translation>
    </message>
    <message>
        <source>%1 %2:00 (%3, %4 posts)</source>
        <translation>%1 %2:00 Uhr (%3, %4 Beiträge)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Diagramm nicht gespeichert</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Click to open the post.</source>
        <translation>Klicken Sie, um den Beitrag zu öffnen.</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Rate (%)</translation>
    </message>
    <message>
        <source>Double-click a post to open it; right-click to plan it again, turn it into an idea or find ideas like it.</source>
        <translation>Doppelklicken Sie auf einen Beitrag, um ihn zu öffnen; mit der rechten Maustaste planen Sie ihn erneut, machen eine Idee daraus oder finden ähnliche Ideen.</translation>
    </message>
</context>
<context>
    <name>hearth::ui::MainWindow</name>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Your calendar of planned posts</source>
        <translation>Ihr Kalender geplanter Beiträge</translation>
    </message>
    <message>
        <source>Spark</source>
        <translation>Spark</translation>
    </message>
    <message>
        <source>Your bank of post ideas</source>
        <translation>Ihre Ideensammlung</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>How your community responds</source>
        <translation>Wie Ihre Community reagiert</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Spark</source>
        <translation>&amp;Spark</translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation>&amp;Listen</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Hearth</source>
        <translation>Ü&amp;ber Hearth</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Plan file: %1</source>
        <translation>Plan-Datei: %1</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>This plan is open read-only; changes cannot be saved.</source>
        <translation>Dieser Plan ist schreibgeschützt geöffnet; Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>About Hearth</source>
        <translation>Über Hearth</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hearth %1&lt;/h3&gt;&lt;p&gt;Plan your week of social posts, beat writer&apos;s block, and see which posts build a community, not only an audience.&lt;/p&gt;&lt;p&gt;Your plan is kept in one SQLite file on this computer:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Hearth never opens a network connection by itself.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hearth %1&lt;/h3&gt;&lt;p&gt;Planen Sie Ihre Woche in den sozialen Netzwerken, überwinden Sie Schreibblockaden und sehen Sie, welche Beiträge eine Community aufbauen, nicht nur ein Publikum.&lt;/p&gt;&lt;p&gt;Ihr Plan liegt in einer SQLite-Datei auf diesem Computer:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Hearth baut nie von sich aus eine Netzwerkverbindung auf.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New Post…</source>
        <translation>&amp;Neuer Beitrag…</translation>
    </message>
    <message>
        <source>Import &amp;Analytics Export…</source>
        <translation>&amp;Statistik-Export importieren…</translation>
    </message>
    <message>
        <source>Enter &amp;Figures for a Post…</source>
        <translation>&amp;Kennzahlen zu einem Beitrag eingeben…</translation>
    </message>
    <message>
        <source>&amp;Idea Panel</source>
        <translation>&amp;Ideenleiste</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideen</translation>
    </message>
    <message>
        <source>Draft from an idea</source>
        <translation>Entwurf aus einer Idee</translation>
    </message>
    <message>
        <source>Posting &amp;Slots…</source>
        <translation>&amp;Zeitfenster…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Weekly &amp;Review…</source>
        <translation>&amp;Wochenrückblick…</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>Benutzer&amp;handbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Show the &amp;Welcome</source>
        <translation>&amp;Willkommen anzeigen</translation>
    </message>
    <message>
        <source>Hearth speaks the chosen language from its next start.</source>
        <translation>Hearth verwendet die gewählte Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Start with a sample week</source>
        <translation>Mit einer Beispielwoche beginnen</translation>
    </message>
</context>
<context>
    <name>hearth::ui::MetricEntryDialog</name>
    <message>
        <source>&amp;Reach:</source>
        <translation>&amp;Reichweite:</translation>
    </message>
    <message>
        <source>&amp;Impressions:</source>
        <translation>&amp;Impressionen:</translation>
    </message>
    <message>
        <source>&amp;Views:</source>
        <translation>&amp;Aufrufe:</translation>
    </message>
    <message>
        <source>Reactions / &amp;likes:</source>
        <translation>Reaktionen / &amp;Likes:</translation>
    </message>
    <message>
        <source>&amp;Comments / replies:</source>
        <translation>&amp;Kommentare / Antworten:</translation>
    </message>
    <message>
        <source>&amp;Shares / reposts:</source>
        <translation>&amp;Geteilt / Reposts:</translation>
    </message>
    <message>
        <source>S&amp;aves:</source>
        <translation>Ge&amp;speichert:</translation>
    </message>
    <message>
        <source>C&amp;licks:</source>
        <translation>Kli&amp;cks:</translation>
    </message>
    <message>
        <source>&amp;Follows gained:</source>
        <translation>Neue &amp;Follower:</translation>
    </message>
    <message>
        <source>&amp;Profile visits:</source>
        <translation>&amp;Profilbesuche:</translation>
    </message>
    <message>
        <source>Enter a post&apos;s figures</source>
        <translation>Kennzahlen eines Beitrags eingeben</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Type the figures the network shows for this post. Leave a field empty when the network does not give that figure: empty means “not available”, not zero.</source>
        <translation>Geben Sie die Kennzahlen ein, die das Netzwerk für diesen Beitrag zeigt. Lassen Sie ein Feld leer, wenn das Netzwerk diese Kennzahl nicht liefert: Leer bedeutet „nicht verfügbar“, nicht null.</translation>
    </message>
    <message>
        <source>P&amp;ost:</source>
        <translation>&amp;Beitrag:</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Netzwerk:</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>Community rate = %1</source>
        <translation>Community-Rate = %1</translation>
    </message>
    <message>
        <source>There are no posts in this period. Plan or import posts first.</source>
        <translation>In diesem Zeitraum gibt es keine Beiträge. Planen oder importieren Sie zuerst Beiträge.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>„%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>Only follows can be negative (people who unfollowed).</source>
        <translation>Nur neue Follower können negativ sein (Personen, die nicht mehr folgen).</translation>
    </message>
    <message>
        <source>Type at least one figure.</source>
        <translation>Geben Sie mindestens eine Kennzahl ein.</translation>
    </message>
    <message>
        <source>Choose a post and a network.</source>
        <translation>Wählen Sie einen Beitrag und ein Netzwerk.</translation>
    </message>
</context>
<context>
    <name>hearth::ui::MetricImportWizard</name>
    <message>
        <source>Import analytics</source>
        <translation>Statistik importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Choose an analytics export</source>
        <translation>Statistik-Export wählen</translation>
    </message>
    <message>
        <source>Meta Business Suite export (Facebook page)</source>
        <translation>Meta-Business-Suite-Export (Facebook-Seite)</translation>
    </message>
    <message>
        <source>Meta Business Suite export (Instagram)</source>
        <translation>Meta-Business-Suite-Export (Instagram)</translation>
    </message>
    <message>
        <source>Facebook Insights post-level export (before 2020)</source>
        <translation>Facebook-Insights-Export auf Beitragsebene (vor 2020)</translation>
    </message>
    <message>
        <source>X / Twitter tweet activity export (legacy)</source>
        <translation>X-/Twitter-Export der Tweet-Aktivität (alt)</translation>
    </message>
    <message>
        <source>X account analytics content export</source>
        <translation>X-Export der Kontostatistik (Inhalte)</translation>
    </message>
    <message>
        <source>LinkedIn page content export (.xls)</source>
        <translation>LinkedIn-Export der Seiteninhalte (.xls)</translation>
    </message>
    <message>
        <source>YouTube Studio table data</source>
        <translation>YouTube-Studio-Tabellendaten</translation>
    </message>
    <message>
        <source>Generic CSV with a column mapping</source>
        <translation>Generische CSV mit Spaltenzuordnung</translation>
    </message>
    <message>
        <source>Unknown format</source>
        <translation>Unbekanntes Format</translation>
    </message>
    <message>
        <source>Choose the export</source>
        <translation>Export wählen</translation>
    </message>
    <message>
        <source>Download the per-post analytics from your network (Meta Business Suite, X, LinkedIn, YouTube Studio) and choose the file. Nothing is imported before you confirm.</source>
        <translation>Laden Sie die Statistik pro Beitrag aus Ihrem Netzwerk herunter (Meta Business Suite, X, LinkedIn, YouTube Studio) und wählen Sie die Datei. Importiert wird erst, wenn Sie bestätigen.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Path of a .csv or .xls file</source>
        <translation>Pfad einer .csv- oder .xls-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Detect from the header</source>
        <translation>Aus der Kopfzeile erkennen</translation>
    </message>
    <message>
        <source>X / Twitter export (legacy or new)</source>
        <translation>X-/Twitter-Export (alt oder neu)</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>The file is not UTF-8: read it as Windows-1252 (Western European)</source>
        <translation>Die Datei ist nicht UTF-8: als Windows-1252 (westeuropäisch) lesen</translation>
    </message>
    <message>
        <source>Check the preview</source>
        <translation>Vorschau prüfen</translation>
    </message>
    <message>
        <source>This is what the import would do. Skipped lines are listed with their reason.</source>
        <translation>Das würde der Import tun. Übersprungene Zeilen werden mit ihrem Grund aufgeführt.</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Zeilen der Datei</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>Welche Spalte was enthält</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Netzwerk:</translation>
    </message>
    <message>
        <source>Post id:</source>
        <translation>Beitrags-ID:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Link:</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Veröffentlicht:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>&amp;Preview with these columns</source>
        <translation>&amp;Vorschau mit diesen Spalten</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>This file was imported before. Importing it again changes nothing.</source>
        <translation>Diese Datei wurde bereits importiert. Ein erneuter Import ändert nichts.</translation>
    </message>
    <message>
        <source>All rows are imported as one step: all of them or none.</source>
        <translation>Alle Zeilen werden in einem Schritt importiert: alle oder keine.</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Gelesene Zeilen: %1</translation>
    </message>
    <message>
        <source>Posts that get newer figures: %1</source>
        <translation>Beiträge mit neueren Kennzahlen: %1</translation>
    </message>
    <message>
        <source>Posts that already have these figures: %1</source>
        <translation>Beiträge, die diese Kennzahlen schon haben: %1</translation>
    </message>
    <message>
        <source>Rows that match no planned post and become imported history: %1</source>
        <translation>Zeilen ohne passenden geplanten Beitrag, die als importierter Verlauf angelegt werden: %1</translation>
    </message>
    <message>
        <source>Lines skipped: %1</source>
        <translation>Übersprungene Zeilen: %1</translation>
    </message>
    <message>
        <source>Detected format: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Erkanntes Format: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (sheet “%1”)</source>
        <translation> (Blatt „%1“)</translation>
    </message>
    <message>
        <source>Rows read: %1 · matched: %2 (updated: %3, unchanged: %4) · new: %5 · skipped: %6</source>
        <translation>Gelesene Zeilen: %1 · zugeordnet: %2 (aktualisiert: %3, unverändert: %4) · neu: %5 · übersprungen: %6</translation>
    </message>
    <message>
        <source>This exact file was imported before; importing it again changes nothing.</source>
        <translation>Genau diese Datei wurde bereits importiert; ein erneuter Import ändert nichts.</translation>
    </message>
    <message>
        <source>Only the first %1 rows are listed; the counts cover the whole file.</source>
        <translation>Nur die ersten %1 Zeilen werden aufgeführt; die Zahlen gelten für die ganze Datei.</translation>
    </message>
    <message>
        <source>This CSV has no layout Hearth knows. Choose below which column holds what, then preview again; Hearth remembers the choice for files with the same columns.</source>
        <translation>Diese CSV hat keinen Aufbau, den Hearth kennt. Wählen Sie unten, welche Spalte was enthält, und zeigen Sie die Vorschau erneut an; Hearth merkt sich die Wahl für Dateien mit denselben Spalten.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Choose the column of at least one figure (comments, shares, reach …).</source>
        <translation>Wählen Sie die Spalte mindestens einer Kennzahl (Kommentare, Geteilt, Reichweite …).</translation>
    </message>
    <message>
        <source>Choose the post id, link or publish time column, so rows can find their posts.</source>
        <translation>Wählen Sie die Spalte für Beitrags-ID, Link oder Veröffentlichungszeit, damit Zeilen ihre Beiträge finden.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Analytics exports (*.csv *.xls *.xlsx *.zip);;All files (*)</source>
        <translation>Statistik-Exporte (*.csv *.xls *.xlsx *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>Datumsreihenfolge</translation>
    </message>
    <message>
        <source>Dates: as the file shows</source>
        <translation>Datum: wie in der Datei</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
</context>
<context>
    <name>hearth::ui::MetricPreviewModel</name>
    <message>
        <source>New post</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1 (über %2)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>hearth::ui::PlanWorkspace</name>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Zurück (Bild auf)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Zu heute (T)</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Weiter (Bild ab)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <source>Plan a new post (Insert)</source>
        <translation>Neuen Beitrag planen (Einfg)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Share of posts per pillar; the mark is your target.</source>
        <translation>Anteil der Beiträge je Themensäule; die Markierung ist Ihr Ziel.</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Posts without a day wait here.
Drag a card here to unschedule it.</source>
        <translation>Beiträge ohne Tag warten hier.
Ziehen Sie eine Karte hierher, um ihr Datum zu entfernen.</translation>
    </message>
    <message>
        <source>Drafts tray</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Drafts (%1)</source>
        <translation>Entwürfe (%1)</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Woche %1</translation>
    </message>
    <message>
        <source>Agenda: %1 – %2</source>
        <translation>Agenda: %1 – %2</translation>
    </message>
    <message>
        <source>Posting slots…</source>
        <translation>Zeitfenster…</translation>
    </message>
    <message>
        <source>The times you like to post each week</source>
        <translation>Die Zeiten, zu denen Sie jede Woche gern posten</translation>
    </message>
    <message>
        <source>Show the week view</source>
        <translation>Wochenansicht anzeigen</translation>
    </message>
    <message>
        <source>Show the month view</source>
        <translation>Monatsansicht anzeigen</translation>
    </message>
    <message>
        <source>Show the agenda list</source>
        <translation>Agenda anzeigen</translation>
    </message>
</context>
<context>
    <name>hearth::ui::PostActions</name>
    <message>
        <source>Mark as published</source>
        <translation>Als veröffentlicht markieren</translation>
    </message>
    <message>
        <source>Link to the post on %1 (optional; it lets Hearth match the metrics later):</source>
        <translation>Link zum Beitrag auf %1 (optional; damit kann Hearth später die Kennzahlen zuordnen):</translation>
    </message>
    <message>
        <source>Duplicate post</source>
        <translation>Beitrag duplizieren</translation>
    </message>
    <message>
        <source>Move post to %1</source>
        <translation>Beitrag auf %1 verschieben</translation>
    </message>
    <message>
        <source>Move post to the drafts</source>
        <translation>Beitrag zu den Entwürfen verschieben</translation>
    </message>
    <message>
        <source>No browser could open %1.</source>
        <translation>Kein Browser konnte %1 öffnen.</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Open &amp;compose page</source>
        <translation>&amp;Beitragsformular öffnen</translation>
    </message>
    <message>
        <source>Mark as &amp;published</source>
        <translation>Als veröffentlicht &amp;markieren</translation>
    </message>
    <message>
        <source>Move to &amp;drafts</source>
        <translation>Zu den &amp;Entwürfen verschieben</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>New evergreen post</source>
        <translation>Neuer Dauerbrenner</translation>
    </message>
    <message>
        <source>Change how an evergreen post comes back</source>
        <translation>Wiederkehr eines Dauerbrenners ändern</translation>
    </message>
    <message>
        <source>Stop an evergreen post</source>
        <translation>Dauerbrenner beenden</translation>
    </message>
    <message>
        <source>Edit post &quot;%1&quot;</source>
        <translation>Beitrag „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Scheduled “%1” for %2.</source>
        <translation>„%1“ für %2 geplant.</translation>
    </message>
    <message>
        <source>Saved “%1” as published.</source>
        <translation>„%1“ als veröffentlicht gespeichert.</translation>
    </message>
    <message>
        <source>Saved “%1” as skipped.</source>
        <translation>„%1“ als übersprungen gespeichert.</translation>
    </message>
    <message>
        <source>Saved “%1” as a draft for %2.</source>
        <translation>„%1“ als Entwurf für %2 gespeichert.</translation>
    </message>
    <message>
        <source>Saved “%1” as a draft in the drafts tray.</source>
        <translation>„%1“ als Entwurf unter „Entwürfe“ gespeichert.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>hearth::ui::PostCardDelegate</name>
    <message>
        <source>No day yet</source>
        <translation>Noch kein Tag</translation>
    </message>
</context>
<context>
    <name>hearth::ui::PostCommands</name>
    <message>
        <source>New post &quot;%1&quot;</source>
        <translation>Neuer Beitrag „%1“</translation>
    </message>
    <message>
        <source>Delete post &quot;%1&quot;</source>
        <translation>Beitrag „%1“ löschen</translation>
    </message>
    <message>
        <source>Change posting slots</source>
        <translation>Zeitfenster ändern</translation>
    </message>
</context>
<context>
    <name>hearth::ui::PostDefaultsWidget</name>
    <message>
        <source>Networks you use</source>
        <translation>Ihre Netzwerke</translation>
    </message>
    <message>
        <source>New posts start at this time when a day has no free posting slot</source>
        <translation>Neue Beiträge beginnen zu dieser Uhrzeit, wenn ein Tag kein freies Zeitfenster hat</translation>
    </message>
    <message>
        <source>Usual posting &amp;time</source>
        <translation>Übliche &amp;Uhrzeit</translation>
    </message>
</context>
<context>
    <name>hearth::ui::PostEditor</name>
    <message>
        <source>New post</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <source>Edit post</source>
        <translation>Beitrag bearbeiten</translation>
    </message>
    <message>
        <source>Title (optional, only for you)</source>
        <translation>Titel (optional, nur für Sie)</translation>
    </message>
    <message>
        <source>What do you want to say? Each network below starts from this text.</source>
        <translation>Was möchten Sie sagen? Jedes Netzwerk unten beginnt mit diesem Text.</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>Beitragstext</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>Post to %1 (limit %2)</source>
        <translation>Auf %1 veröffentlichen (Grenze %2)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Planned for a day</source>
        <translation>Für einen Tag geplant</translation>
    </message>
    <message>
        <source>Without a day the post waits in the drafts tray.</source>
        <translation>Ohne Tag wartet der Beitrag bei den Entwürfen.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>No pillar</source>
        <translation>Keine Themensäule</translation>
    </message>
    <message>
        <source>&amp;Pillar</source>
        <translation>&amp;Themensäule</translation>
    </message>
    <message>
        <source>e.g. bread, winter</source>
        <translation>z. B. Brot, Winter</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>Schlag&amp;wörter</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>Add pictures…</source>
        <translation>Bilder hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Posted as the first reply, e.g. the link or hashtags</source>
        <translation>Als erste Antwort gepostet, z. B. der Link oder Hashtags</translation>
    </message>
    <message>
        <source>First &amp;comment</source>
        <translation>Erster &amp;Kommentar</translation>
    </message>
    <message>
        <source>Only for you</source>
        <translation>Nur für Sie</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Text for %1</source>
        <translation>Text für %1</translation>
    </message>
    <message>
        <source>Use the main text</source>
        <translation>Haupttext verwenden</translation>
    </message>
    <message>
        <source>Replace this network&apos;s text with the main text and follow it again</source>
        <translation>Den Text dieses Netzwerks durch den Haupttext ersetzen und ihm wieder folgen</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left</source>
        <translation>
            <numerusform>Noch %n Zeichen</numerusform>
            <numerusform>Noch %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the text is too long or breaks a rule (%2 / %3).</source>
        <translation>%1: Der Text ist zu lang oder verletzt eine Regel (%2 / %3).</translation>
    </message>
    <message>
        <source>The picture %1 is missing; it was moved or deleted.</source>
        <translation>Das Bild %1 fehlt; es wurde verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Keine Warnungen.</translation>
    </message>
    <message>
        <source>Missing: %1
Hearth does not copy your files; put it back or remove it here.</source>
        <translation>Fehlt: %1
Hearth kopiert Ihre Dateien nicht; legen Sie sie zurück oder entfernen Sie sie hier.</translation>
    </message>
    <message>
        <source>Add pictures or videos</source>
        <translation>Bilder oder Videos hinzufügen</translation>
    </message>
    <message>
        <source>Pictures and videos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.mov);;All files (*)</source>
        <translation>Bilder und Videos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.mov);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Write something first: the post has no text.</source>
        <translation>Schreiben Sie zuerst etwas: Der Beitrag hat keinen Text.</translation>
    </message>
    <message>
        <source>Choose at least one network for this post.</source>
        <translation>Wählen Sie mindestens ein Netzwerk für diesen Beitrag.</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Evergreen: comes back every</source>
        <translation>Dauerbrenner: kommt wieder alle</translation>
    </message>
    <message>
        <source>Plan this post again every few weeks; each time is its own post that you can move or edit.</source>
        <translation>Diesen Beitrag alle paar Wochen erneut planen; jedes Mal ist ein eigener Beitrag, den Sie verschieben oder bearbeiten können.</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>Weeks between repeats</source>
        <translation>Wochen zwischen den Wiederholungen</translation>
    </message>
    <message>
        <source>in all</source>
        <translation>insgesamt</translation>
    </message>
    <message>
        <source> times</source>
        <translation> Mal</translation>
    </message>
    <message>
        <source>How many times the post goes out, this one included</source>
        <translation>Wie oft der Beitrag erscheint, diesen eingeschlossen</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Last day of the repeats</source>
        <translation>Letzter Tag der Wiederholungen</translation>
    </message>
    <message>
        <source>A repeat of an evergreen post; change how often it comes back on the first post of the series (post %1).</source>
        <translation>Eine Wiederholung eines Dauerbrenners; ändern Sie am ersten Beitrag der Reihe (Beitrag %1), wie oft er wiederkehrt.</translation>
    </message>
    <message>
        <source>Give the post a day first; it comes back from there.</source>
        <translation>Geben Sie dem Beitrag zuerst einen Tag; von dort aus kehrt er wieder.</translation>
    </message>
    <message>
        <source>The last day is before the next repeat: the post goes out only once.</source>
        <translation>Der letzte Tag liegt vor der nächsten Wiederholung: Der Beitrag erscheint nur einmal.</translation>
    </message>
    <message>
        <source>%1 posts in all, the last on %2.</source>
        <translation>Insgesamt %1 Beiträge, der letzte am %2.</translation>
    </message>
    <message>
        <source>The evergreen post&apos;s last day is before its first day.</source>
        <translation>Der letzte Tag des Dauerbrenners liegt vor seinem ersten Tag.</translation>
    </message>
</context>
<context>
    <name>hearth::ui::PostMetricsModel</name>
    <message>
        <source>reach</source>
        <translation>Reichweite</translation>
    </message>
    <message>
        <source>impressions</source>
        <translation>Impressionen</translation>
    </message>
    <message>
        <source>views</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>%1 community actions ÷ %2 %3</source>
        <translation>%1 Community-Aktionen ÷ %2 %3</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Themensäule</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Publikum</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>Neue Follower</translation>
    </message>
    <message>
        <source>Community rate</source>
        <translation>Community-Rate</translation>
    </message>
    <message>
        <source>Divided by</source>
        <translation>Bezugsgröße</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Reichweite</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impressionen</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>Profile visits</source>
        <translation>Profilbesuche</translation>
    </message>
    <message>
        <source>Reactions %1 · comments %2 · shares %3 · saves %4 · follows %5</source>
        <translation>Reaktionen %1 · Kommentare %2 · Geteilt %3 · Gespeichert %4 · Neue Follower %5</translation>
    </message>
    <message>
        <source>Community rate %1 (%2 community actions ÷ %3 %4)</source>
        <translation>Community-Rate %1 (%2 Community-Aktionen ÷ %3 %4)</translation>
    </message>
    <message>
        <source>Community rate: – (no reach, impressions or views)</source>
        <translation>Community-Rate: – (keine Reichweite, Impressionen oder Aufrufe)</translation>
    </message>
    <message>
        <source>Pillar: %1</source>
        <translation>Themensäule: %1</translation>
    </message>
    <message>
        <source>Nothing was imported that has a date to show.</source>
        <translation>Es wurde nichts mit einem anzeigbaren Datum importiert.</translation>
    </message>
    <message>
        <source>1 post</source>
        <translation>1 Beitrag</translation>
    </message>
    <message>
        <source>%1 posts</source>
        <translation>%1 Beiträge</translation>
    </message>
    <message>
        <source>%1 from %2 imported</source>
        <translation>%1 vom %2 importiert</translation>
    </message>
    <message>
        <source>%1 from %2 to %3 imported</source>
        <translation>%1 vom %2 bis %3 importiert</translation>
    </message>
    <message>
        <source>Double-click to open the post.</source>
        <translation>Doppelklicken Sie, um den Beitrag zu öffnen.</translation>
    </message>
</context>
<context>
    <name>hearth::ui::PostStore</name>
    <message>
        <source>post %1</source>
        <translation>Beitrag %1</translation>
    </message>
    <message>
        <source>“%1” was changed after this step, so it was kept as it is now.</source>
        <translation>„%1“ wurde nach diesem Schritt geändert und daher im jetzigen Zustand belassen.</translation>
    </message>
</context>
<context>
    <name>hearth::ui::PostingSlotsDialog</name>
    <message>
        <source>Posting Slots</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>The times you like to post each week. The week view offers free slots as “+&#xa0;09:00” invitations, and a new post takes the day&apos;s first free slot.</source>
        <translation>Die Zeiten, zu denen Sie jede Woche gern posten. Die Wochenansicht bietet freie Zeitfenster als „+&#xa0;09:00“ an, und ein neuer Beitrag nimmt das erste freie Zeitfenster des Tages.</translation>
    </message>
    <message>
        <source>Posting slots</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Any network</source>
        <translation>Beliebiges Netzwerk</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a slot at this day and time</source>
        <translation>Ein Zeitfenster an diesem Tag und zu dieser Uhrzeit hinzufügen</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>Ä&amp;ndern</translation>
    </message>
    <message>
        <source>Give the chosen slot this day, time and network</source>
        <translation>Dem gewählten Zeitfenster diesen Tag, diese Uhrzeit und dieses Netzwerk geben</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>hearth::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>This plan is open read-only; the preferences cannot be changed.</source>
        <translation>Dieser Plan ist schreibgeschützt geöffnet; die Einstellungen können nicht geändert werden.</translation>
    </message>
    <message>
        <source>Add your own network</source>
        <translation>Eigenes Netzwerk hinzufügen</translation>
    </message>
    <message>
        <source>e.g. Town Forum</source>
        <translation>z. B. Stadtforum</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source>Add &amp;Network</source>
        <translation>&amp;Netzwerk hinzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Offer it in the post editor</source>
        <translation>Im Beitragseditor anbieten</translation>
    </message>
    <message>
        <source>Posts that already go to this network keep it.</source>
        <translation>Beiträge, die schon an dieses Netzwerk gehen, behalten es.</translation>
    </message>
    <message>
        <source>&amp;Limit</source>
        <translation>&amp;Grenze</translation>
    </message>
    <message>
        <source>e.g. mastodon.social, for “Open compose page”</source>
        <translation>z. B. mastodon.social, für „Beitragsformular öffnen“</translation>
    </message>
    <message>
        <source>Your server, for “Open compose page”</source>
        <translation>Ihr Server, für „Beitragsformular öffnen“</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source> hashtags</source>
        <translation> Hashtags</translation>
    </message>
    <message>
        <source>Instagram allowed 30 hashtags and is moving to 5; the editor warns above this number.</source>
        <translation>Instagram erlaubte 30 Hashtags und geht auf 5 zurück; der Editor warnt oberhalb dieser Zahl.</translation>
    </message>
    <message>
        <source>&amp;Warn above</source>
        <translation>&amp;Warnen ab</translation>
    </message>
    <message>
        <source>The network&apos;s page for writing a post; {text} is replaced by the post&apos;s text.</source>
        <translation>Die Seite des Netzwerks zum Verfassen eines Beitrags; {text} wird durch den Text des Beitrags ersetzt.</translation>
    </message>
    <message>
        <source>&amp;Compose page</source>
        <translation>&amp;Beitragsformular</translation>
    </message>
    <message>
        <source>Limit %1</source>
        <translation>Grenze %1</translation>
    </message>
    <message>
        <source>Not offered in the post editor</source>
        <translation>Im Beitragseditor nicht angeboten</translation>
    </message>
    <message>
        <source>%1 (your network)</source>
        <translation>%1 (Ihr Netzwerk)</translation>
    </message>
    <message>
        <source>Each Mastodon server sets its own limit: 500 on most, 5000 or more on some. Enter your server&apos;s limit.</source>
        <translation>Jeder Mastodon-Server legt seine eigene Grenze fest: 500 auf den meisten, 5000 oder mehr auf manchen. Geben Sie die Grenze Ihres Servers ein.</translation>
    </message>
    <message>
        <source>280 for most accounts; paid accounts may post more.</source>
        <translation>280 für die meisten Konten; bezahlte Konten dürfen mehr posten.</translation>
    </message>
    <message>
        <source>%1 allows %2 characters.</source>
        <translation>%1 erlaubt %2 Zeichen.</translation>
    </message>
    <message>
        <source>Counted in characters.</source>
        <translation>In Zeichen gezählt.</translation>
    </message>
    <message>
        <source>Give the new network a name.</source>
        <translation>Geben Sie dem neuen Netzwerk einen Namen.</translation>
    </message>
    <message>
        <source>There is a network named “%1” already.</source>
        <translation>Es gibt bereits ein Netzwerk namens „%1“.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>New posts</source>
        <translation>Neue Beiträge</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Hearth speaks the new language from its next start.</source>
        <translation>Hearth verwendet die neue Sprache ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>hearth::ui::PublishAssist</name>
    <message>
        <source>Hearth: reminders for your planned posts</source>
        <translation>Hearth: Erinnerungen an Ihre geplanten Beiträge</translation>
    </message>
    <message>
        <source>Time to post on %1: %2</source>
        <translation>Zeit zum Posten auf %1: %2</translation>
    </message>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
</context>
<context>
    <name>hearth::ui::QuickCaptureDialog</name>
    <message>
        <source>No pillar</source>
        <translation>Keine Themensäule</translation>
    </message>
    <message>
        <source>Jot down an idea</source>
        <translation>Idee notieren</translation>
    </message>
    <message>
        <source>What could you post about?</source>
        <translation>Worüber könnten Sie posten?</translation>
    </message>
    <message>
        <source>Notes, a first line, a link… (optional)</source>
        <translation>Notizen, eine erste Zeile, ein Link … (optional)</translation>
    </message>
    <message>
        <source>Tags, separated by commas (optional)</source>
        <translation>Schlagwörter, durch Kommas getrennt (optional)</translation>
    </message>
    <message>
        <source>Save idea</source>
        <translation>Idee speichern</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Themensäule</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>This plan is open read-only; ideas cannot be saved.</source>
        <translation>Dieser Plan ist schreibgeschützt geöffnet; Ideen können nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>hearth::ui::RateGroupModel</name>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>With a rate</source>
        <translation>Mit Rate</translation>
    </message>
    <message>
        <source>Mean community rate</source>
        <translation>Mittlere Community-Rate</translation>
    </message>
    <message>
        <source>Community actions</source>
        <translation>Community-Aktionen</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Publikum</translation>
    </message>
    <message>
        <source>Mean community rate %1</source>
        <translation>Mittlere Community-Rate %1</translation>
    </message>
    <message>
        <source>Posts %1, with a rate %2</source>
        <translation>Beiträge %1, mit Rate %2</translation>
    </message>
    <message>
        <source>Community actions %1 · audience %2</source>
        <translation>Community-Aktionen %1 · Publikum %2</translation>
    </message>
</context>
<context>
    <name>hearth::ui::SetIdeaFlagCommand</name>
    <message>
        <source>Favourite &quot;%1&quot;</source>
        <translation>„%1“ als Favorit markieren</translation>
    </message>
    <message>
        <source>Unfavourite &quot;%1&quot;</source>
        <translation>„%1“ aus den Favoriten entfernen</translation>
    </message>
    <message>
        <source>Archive &quot;%1&quot;</source>
        <translation>„%1“ archivieren</translation>
    </message>
    <message>
        <source>Unarchive &quot;%1&quot;</source>
        <translation>„%1“ reaktivieren</translation>
    </message>
</context>
<context>
    <name>hearth::ui::SetPillarCommand</name>
    <message>
        <source>Set pillar to %1</source>
        <translation>Themensäule auf %1 setzen</translation>
    </message>
</context>
<context>
    <name>hearth::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
</context>
<context>
    <name>hearth::ui::SparkActions</name>
    <message>
        <source>&amp;Jot Down an Idea…</source>
        <translation>&amp;Idee notieren…</translation>
    </message>
    <message>
        <source>Surprise Me</source>
        <translation>Zufallsidee</translation>
    </message>
    <message>
        <source>Fill My Week…</source>
        <translation>Meine Woche füllen…</translation>
    </message>
    <message>
        <source>Pick an idea you have not used in a while, for a pillar this week lacks</source>
        <translation>Eine Idee wählen, die Sie länger nicht verwendet haben, für eine Themensäule, die dieser Woche fehlt</translation>
    </message>
    <message>
        <source>Propose an idea for every empty posting slot of this week</source>
        <translation>Für jedes freie Zeitfenster dieser Woche eine Idee vorschlagen</translation>
    </message>
</context>
<context>
    <name>hearth::ui::SparkWorkspace</name>
    <message>
        <source>Spark</source>
        <translation>Spark</translation>
    </message>
    <message>
        <source>All pillars</source>
        <translation>Alle Themensäulen</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Nie verwendet</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>New idea</source>
        <translation>Neue Idee</translation>
    </message>
    <message>
        <source>Surprise me</source>
        <translation>Zufallsidee</translation>
    </message>
    <message>
        <source>Search titles, prompts and tags (3 letters are enough)</source>
        <translation>Titel, Impulse, Schlagwörter suchen (ab 3 Buchstaben)</translation>
    </message>
    <message>
        <source>Search ideas</source>
        <translation>Ideen durchsuchen</translation>
    </message>
    <message>
        <source>Pillar filter</source>
        <translation>Themensäulen-Filter</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Schlagwort-Filter</translation>
    </message>
    <message>
        <source>Only ideas no post was made from yet</source>
        <translation>Nur Ideen, aus denen noch kein Beitrag entstanden ist</translation>
    </message>
    <message>
        <source>Show archived ideas instead of the active ones</source>
        <translation>Archivierte statt aktiver Ideen anzeigen</translation>
    </message>
    <message>
        <source>Jot down a new idea</source>
        <translation>Neue Idee notieren</translation>
    </message>
    <message>
        <source>Pick an idea you have not used in a while, for a pillar this week lacks</source>
        <translation>Eine Idee wählen, die Sie länger nicht verwendet haben, für eine Themensäule, die dieser Woche fehlt</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideen</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>1 idea in the bank</source>
        <translation>1 Idee in der Sammlung</translation>
    </message>
    <message>
        <source>%1 ideas in the bank</source>
        <translation>%1 Ideen in der Sammlung</translation>
    </message>
    <message>
        <source>%1 never used</source>
        <translation>%1 nie verwendet</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 angezeigt</translation>
    </message>
    <message>
        <source>showing the best %1; search to narrow</source>
        <translation>die besten %1 werden angezeigt; suchen Sie, um einzugrenzen</translation>
    </message>
    <message>
        <source>An idea needs a title; the change was not saved.</source>
        <translation>Eine Idee braucht einen Titel; die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Archived “%1”. Tick “Archived” to see it again; Ctrl+Z undoes.</source>
        <translation>„%1“ archiviert. Kreuzen Sie „Archiviert“ an, um sie wieder zu sehen; Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>“%1” is active again.</source>
        <translation>„%1“ ist wieder aktiv.</translation>
    </message>
    <message>
        <source>Deleted “%1”. Ctrl+Z brings it back.</source>
        <translation>„%1“ gelöscht. Strg+Z holt sie zurück.</translation>
    </message>
    <message>
        <source>Made a draft from “%1”; it waits in Plan&apos;s drafts tray.</source>
        <translation>Entwurf aus „%1“ angelegt; er wartet in Plan bei den Entwürfen.</translation>
    </message>
    <message>
        <source>The idea bank is empty. Press “New idea” to add one.</source>
        <translation>Die Ideensammlung ist leer. Klicken Sie auf „Neue Idee“, um eine anzulegen.</translation>
    </message>
    <message>
        <source>Surprise: “%1” (%2).</source>
        <translation>Zufallsidee: „%1“ (%2).</translation>
    </message>
    <message>
        <source>No other idea shares this idea&apos;s pillar or tags.</source>
        <translation>Keine andere Idee hat dieselbe Themensäule oder dieselben Schlagwörter wie diese.</translation>
    </message>
</context>
<context>
    <name>hearth::ui::SurpriseDialog</name>
    <message>
        <source>Another idea</source>
        <translation>Andere Idee</translation>
    </message>
    <message>
        <source>Make a draft</source>
        <translation>Entwurf anlegen</translation>
    </message>
    <message>
        <source>Open in Spark</source>
        <translation>In Spark öffnen</translation>
    </message>
    <message>
        <source>Surprise me</source>
        <translation>Zufallsidee</translation>
    </message>
    <message>
        <source>Create an unscheduled draft from this idea, prefilled from the prompt.</source>
        <translation>Aus dieser Idee einen undatierten Entwurf anlegen, vorausgefüllt mit dem Impuls.</translation>
    </message>
    <message>
        <source>Your idea bank is empty</source>
        <translation>Ihre Ideensammlung ist leer</translation>
    </message>
    <message>
        <source>Add a few ideas in Spark (Ctrl+Shift+N jots one down) and try again.</source>
        <translation>Legen Sie in Spark ein paar Ideen an (Strg+Umschalt+N notiert eine) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Why this one: %1.</source>
        <translation>Warum diese: %1.</translation>
    </message>
</context>
<context>
    <name>hearth::ui::TopPostActions</name>
    <message>
        <source>Plan Again as a Draft</source>
        <translation>Erneut als Entwurf planen</translation>
    </message>
    <message>
        <source>Plan Again Every 4 Weeks</source>
        <translation>Alle 4 Wochen erneut planen</translation>
    </message>
    <message>
        <source>Turn into an Idea</source>
        <translation>In eine Idee umwandeln</translation>
    </message>
    <message>
        <source>Plan “%1” again every %2 weeks</source>
        <translation>„%1“ alle %2 Wochen erneut planen</translation>
    </message>
    <message>
        <source>Plan “%1” again</source>
        <translation>„%1“ erneut planen</translation>
    </message>
    <message>
        <source>Planned again every %1 weeks.</source>
        <translation>Alle %1 Wochen erneut geplant.</translation>
    </message>
    <message>
        <source>A new draft waits in the drafts tray.</source>
        <translation>Ein neuer Entwurf wartet unter „Entwürfe“.</translation>
    </message>
    <message>
        <source>Idea from “%1”</source>
        <translation>Idee aus „%1“</translation>
    </message>
    <message>
        <source>“%1” is now an idea in Spark.</source>
        <translation>„%1“ ist jetzt eine Idee in Spark.</translation>
    </message>
    <message>
        <source>More Like This</source>
        <translation>Ähnliche Ideen</translation>
    </message>
    <message>
        <source>No idea shares this post&apos;s pillar or tags</source>
        <translation>Keine Idee teilt Themensäule oder Schlagwörter dieses Beitrags</translation>
    </message>
</context>
<context>
    <name>hearth::ui::UndoMessageBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>hearth::ui::UserGuideDialog</name>
    <message>
        <source>Hearth User Guide</source>
        <translation>Hearth-Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>hearth::ui::WeekSummaryWidget</name>
    <message>
        <source>%1: %2 of %3 posts, target %4%</source>
        <translation>%1: %2 von %3 Beiträgen, Ziel %4 %</translation>
    </message>
    <message>
        <source>Week summary</source>
        <translation>Wochenübersicht</translation>
    </message>
    <message>
        <source>Bars: this week&apos;s share of posts per pillar. Marks: your target mix.</source>
        <translation>Balken: Anteil der Beiträge dieser Woche je Themensäule. Markierungen: Ihr Zielmix.</translation>
    </message>
    <message>
        <source>Every day has a post.</source>
        <translation>Jeder Tag hat einen Beitrag.</translation>
    </message>
    <message>
        <source>Nothing planned this week yet.</source>
        <translation>Diese Woche ist noch nichts geplant.</translation>
    </message>
    <message>
        <source>No post on %1.</source>
        <translation>Ohne Beitrag: %1</translation>
    </message>
    <message>
        <source>Target mix from results</source>
        <translation>Zielmischung aus Ergebnissen</translation>
    </message>
    <message>
        <source>Suggest mix from results</source>
        <translation>Mischung aus Ergebnissen vorschlagen</translation>
    </message>
    <message>
        <source>Propose target shares weighted by each pillar&apos;s community rate; nothing changes unless you accept.</source>
        <translation>Schlägt Zielanteile vor, gewichtet nach der Community-Rate jeder Themensäule; nichts ändert sich, solange Sie nicht übernehmen.</translation>
    </message>
    <message>
        <source>Suggested target mix</source>
        <translation>Vorgeschlagene Zielmischung</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Themensäule</translation>
    </message>
    <message>
        <source>Target now</source>
        <translation>Ziel jetzt</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Nothing changes unless you accept; Undo takes it back.</source>
        <translation>Nichts ändert sich, solange Sie nicht übernehmen; Rückgängig nimmt es zurück.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
</context>
<context>
    <name>hearth::ui::WeekView</name>
    <message>
        <source>Nothing planned yet.
Click + or drop an idea here.</source>
        <translation>Noch nichts geplant.
Klicken Sie auf + oder legen Sie hier eine Idee ab.</translation>
    </message>
    <message>
        <source>No posts</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>1 post</source>
        <translation>1 Beitrag</translation>
    </message>
    <message>
        <source>%1 posts</source>
        <translation>%1 Beitr.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Add a post on %1</source>
        <translation>Beitrag am %1 hinzufügen</translation>
    </message>
    <message>
        <source>Posts on %1</source>
        <translation>Beiträge am %1</translation>
    </message>
    <message>
        <source>Free posting slot: add a post on %1 at %2</source>
        <translation>Freies Zeitfenster: Beitrag am %1 um %2 hinzufügen</translation>
    </message>
    <message>
        <source>Free %3 slot: add a post on %1 at %2</source>
        <translation>Freies %3-Zeitfenster: Beitrag am %1 um %2 hinzufügen</translation>
    </message>
    <message>
        <source>Add a post on %1 at %2: %3</source>
        <translation>Beitrag am %1 um %2 hinzufügen: %3</translation>
    </message>
</context>
<context>
    <name>hearth::ui::WeeklyReviewDialog</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 — %2 on %3, %4</source>
        <translation>%1 — %2 auf %3, %4</translation>
    </message>
    <message>
        <source>‹ Week before</source>
        <translation>‹ Woche davor</translation>
    </message>
    <message>
        <source>Week after ›</source>
        <translation>Woche danach ›</translation>
    </message>
    <message>
        <source>Weekly Review</source>
        <translation>Wochenrückblick</translation>
    </message>
    <message>
        <source>Import analytics…</source>
        <translation>Statistik importieren…</translation>
    </message>
    <message>
        <source>Enter figures…</source>
        <translation>Kennzahlen eingeben…</translation>
    </message>
    <message>
        <source>Community rate:</source>
        <translation>Community-Rate:</translation>
    </message>
    <message>
        <source>Best post:</source>
        <translation>Bester Beitrag:</translation>
    </message>
    <message>
        <source>Quietest post:</source>
        <translation>Ruhigster Beitrag:</translation>
    </message>
    <message>
        <source>No figures for this week yet.</source>
        <translation>Für diese Woche gibt es noch keine Kennzahlen.</translation>
    </message>
    <message>
        <source>These posts have figures but no community rate.</source>
        <translation>Diese Beiträge haben Kennzahlen, aber keine Community-Rate.</translation>
    </message>
    <message numerus="yes">
        <source>%1 over %n rated post(s)</source>
        <translation>
            <numerusform>%1 über %n Beitrag mit Rate</numerusform>
            <numerusform>%1 über %n Beiträge mit Rate</numerusform>
        </translation>
    </message>
    <message>
        <source>(nothing to compare with in the four weeks before)</source>
        <translation>(kein Vergleich mit den vier Wochen davor möglich)</translation>
    </message>
    <message>
        <source>up from</source>
        <translation>höher als</translation>
    </message>
    <message>
        <source>down from</source>
        <translation>niedriger als</translation>
    </message>
    <message>
        <source>about the same as</source>
        <translation>etwa gleich wie</translation>
    </message>
    <message numerus="yes">
        <source>— %1 %2 over the four weeks before (%n post(s))</source>
        <translation>
            <numerusform>— %1 %2 in den vier Wochen davor (%n Beitrag)</numerusform>
            <numerusform>— %1 %2 in den vier Wochen davor (%n Beiträge)</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche ab %1</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Every post of this week that went out has figures.</source>
        <translation>Jeder veröffentlichte Beitrag dieser Woche hat Kennzahlen.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) of this week still have no figures. Import your network&apos;s export or type the figures in:</source>
        <translation>
            <numerusform>%n Beitrag dieser Woche hat noch keine Kennzahlen. Importieren Sie den Export Ihres Netzwerks oder geben Sie die Kennzahlen ein:</numerusform>
            <numerusform>%n Beiträge dieser Woche haben noch keine Kennzahlen. Importieren Sie den Export Ihres Netzwerks oder geben Sie die Kennzahlen ein:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearth::ui::WelcomePanel</name>
    <message>
        <source>Welcome to Hearth</source>
        <translation>Willkommen bei Hearth</translation>
    </message>
    <message>
        <source>&lt;b&gt;Plan&lt;/b&gt; is your week: what goes out when, and on which network. &lt;b&gt;Spark&lt;/b&gt; is your bank of ideas for when you do not know what to post. &lt;b&gt;Listen&lt;/b&gt; shows who answers back: import your networks&apos; figures and see which posts build a community.</source>
        <translation>&lt;b&gt;Plan&lt;/b&gt; ist Ihre Woche: was wann und in welchem Netzwerk erscheint. &lt;b&gt;Spark&lt;/b&gt; ist Ihre Ideensammlung für Tage, an denen Sie nicht wissen, was Sie posten sollen. &lt;b&gt;Listen&lt;/b&gt; zeigt, wer antwortet: Importieren Sie die Kennzahlen Ihrer Netzwerke und sehen Sie, welche Beiträge eine Community aufbauen.</translation>
    </message>
    <message>
        <source>A &lt;b&gt;pillar&lt;/b&gt; is a kind of post (%1); mixing them keeps your feed from being all selling.</source>
        <translation>Eine &lt;b&gt;Themensäule&lt;/b&gt; ist eine Art von Beitrag (%1); eine Mischung sorgt dafür, dass Ihr Feed nicht nur aus Werbung besteht.</translation>
    </message>
    <message>
        <source>Start with a sample week</source>
        <translation>Mit einer Beispielwoche beginnen</translation>
    </message>
    <message>
        <source>Drafts for this week from the starter ideas, one per pillar; undo takes them away again</source>
        <translation>Entwürfe für diese Woche aus den Startideen, einer pro Themensäule; Rückgängig entfernt sie wieder</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Leer beginnen</translation>
    </message>
    <message>
        <source>Then try &lt;b&gt;Fill My Week…&lt;/b&gt; on the toolbar. Help › User Guide tells more; Help › Show the Welcome brings this back.</source>
        <translation>Probieren Sie dann &lt;b&gt;Meine Woche füllen…&lt;/b&gt; in der Werkzeugleiste. Hilfe › Benutzerhandbuch erklärt mehr; Hilfe › Willkommen anzeigen holt diese Seite zurück.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan social posts and see which ones build community.</source>
        <translation>Social-Media-Beiträge planen und sehen, welche eine Community aufbauen.</translation>
    </message>
    <message>
        <source>Open the plan in FILE instead of the default one.</source>
        <translation>Den Plan in FILE statt des Standardplans öffnen.</translation>
    </message>
    <message>
        <source>Open the plan read-only.</source>
        <translation>Den Plan schreibgeschützt öffnen.</translation>
    </message>
    <message>
        <source>Render the window offscreen into the PNG FILE and exit.</source>
        <translation>Das Fenster unsichtbar in die PNG-Datei FILE zeichnen und beenden.</translation>
    </message>
    <message>
        <source>Workspace to show: plan, spark or listen.</source>
        <translation>Anzuzeigender Arbeitsbereich: plan, spark oder listen.</translation>
    </message>
    <message>
        <source>Show the period around DATE.</source>
        <translation>Den Zeitraum um DATE anzeigen.</translation>
    </message>
    <message>
        <source>Window size for --screenshot.</source>
        <translation>Fenstergröße für --screenshot.</translation>
    </message>
    <message>
        <source>Hearth cannot open the plan</source>
        <translation>Hearth kann den Plan nicht öffnen</translation>
    </message>
    <message>
        <source>Unknown --view &quot;%1&quot;; use plan, spark or listen.</source>
        <translation>Unbekannte --view „%1“; verwenden Sie plan, spark oder listen.</translation>
    </message>
    <message>
        <source>--date &quot;%1&quot; is not a date like 2026-11-23.</source>
        <translation>--date „%1“ ist kein Datum wie 2026-11-23.</translation>
    </message>
    <message>
        <source>--size &quot;%1&quot; is not a size like 1280x800.</source>
        <translation>--size „%1“ ist keine Größe wie 1280x800.</translation>
    </message>
    <message>
        <source>the window gave an empty picture</source>
        <translation>das Fenster lieferte ein leeres Bild</translation>
    </message>
    <message>
        <source>the PNG encoder failed</source>
        <translation>der PNG-Encoder ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Language for this run: en or de.</source>
        <translation>Sprache für diesen Start: en oder de.</translation>
    </message>
    <message>
        <source>Theme for this run: light, dark or system (the default of --screenshot is light).</source>
        <translation>Farbschema für diesen Start: light, dark oder system (Standard bei --screenshot ist light).</translation>
    </message>
    <message>
        <source>Unknown --language &quot;%1&quot;; use %2.</source>
        <translation>Unbekannter Wert für --language: „%1“; verwenden Sie %2.</translation>
    </message>
    <message>
        <source>Unknown --theme &quot;%1&quot;; use light, dark or system.</source>
        <translation>Unbekannter Wert für --theme: „%1“; verwenden Sie light, dark oder system.</translation>
    </message>
</context>
</TS>
