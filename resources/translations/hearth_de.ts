<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CatalogRepository</name>
    <message>
        <source>&quot;%1&quot; is not a known network. Known networks are listed by &quot;hearth-cli network list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character limit of &quot;%1&quot; must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network named &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character limit must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pillar needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target share of &quot;%1&quot; must be between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pillar named &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pillar %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: the file contains binary data (NUL bytes); it is not a CSV text file. Export the data again as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the text is not UTF-8. Save the file as &quot;CSV UTF-8&quot; in your spreadsheet program and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the record has more than %2 columns; this does not look like a real export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quoted field starts here and never ends (a &quot; is missing). Check the file around this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a field is longer than %2 characters; the file is probably damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1. Check that you may write there, or choose another file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database file %1: %2. Check the folder&apos;s permissions and free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist. Check the path, or run &quot;hearth-cli --db %1 init&quot; to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file. Give the path of a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Hearth database (it is not an SQLite file at all). Hearth left it untouched. Open another file with --db, or restore one of your backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is not installed. Install the package libqt6sql6-sqlite.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening an in-memory database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or is not a database. Hearth left it untouched. Restore one of your backups, or open another file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application. Hearth left it untouched. Open a Hearth database with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Hearth (schema %2; this version knows up to %3). Hearth left it untouched. Install the newer Hearth to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Hearth database. Hearth left it untouched. Open a Hearth database with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Hearth left it untouched. Restore the newest backup (File &gt; Restore Backup, or &quot;hearth-cli restore&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s SQLite library lacks JSON support. Install SQLite 3.38 or newer (package libsqlite3-0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s SQLite library lacks full-text search (FTS5). Install an SQLite built with FTS5 (package libsqlite3-0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTS5 probe cleanup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schema migrations were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses an older schema (%2) and must be upgraded, but it is opened read-only. Open it read-write once to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it, so it was not upgraded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not set the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed; nothing was changed. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is in use by another program and did not become free in time. Close the other Hearth window or program and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Nothing was changed; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only, so the change was not saved. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged. Restore the newest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only, so this change cannot be saved. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 of table %2 points to a missing row in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite handle is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the backup into place at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostRepository</name>
    <message>
        <source>A network of the post has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post lists the network &quot;%1&quot; twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scheduled post needs a date and time; give one or keep it a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no post %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::ui::ListenWorkspace</name>
    <message>
        <source>Listen</source>
        <translation>Zuhören</translation>
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
        <translation>Planen</translation>
    </message>
    <message>
        <source>Your calendar of planned posts</source>
        <translation>Ihr Kalender geplanter Beiträge</translation>
    </message>
    <message>
        <source>Spark</source>
        <translation>Ideen</translation>
    </message>
    <message>
        <source>Your bank of post ideas</source>
        <translation>Ihre Sammlung von Beitragsideen</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Zuhören</translation>
    </message>
    <message>
        <source>How your community responds</source>
        <translation>Wie Ihre Gemeinschaft antwortet</translation>
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
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source>&amp;Spark</source>
        <translation>&amp;Ideen</translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation>&amp;Zuhören</translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hearth::ui::PlanWorkspace</name>
    <message>
        <source>Plan</source>
        <translation>Planen</translation>
    </message>
</context>
<context>
    <name>hearth::ui::SparkWorkspace</name>
    <message>
        <source>Spark</source>
        <translation>Ideen</translation>
    </message>
</context>
<context>
    <name>hearth_cli</name>
    <message>
        <source>Use the database FILE instead of the default one.</source>
        <translation type="unfinished"></translation>
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
        <source>Run &quot;hearth-cli %1 --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the database (or upgrade it to this version&apos;s schema).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database: integrity, schema version and counts. Exits 0 when healthy, 1 when not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has problems: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the database, or upgrade its schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify integrity, schema version and counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hearth-cli: unknown command &quot;%1&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --format &quot;%1&quot;; use table, json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hearth-cli [--db FILE] [--read-only] [--format table|json|csv] COMMAND [ARGS]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &quot;hearth-cli COMMAND --help&quot; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan social posts and see which ones build community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the plan in FILE instead of the default one.</source>
        <translation>Den Plan in DATEI statt des Standardplans öffnen.</translation>
    </message>
    <message>
        <source>Open the plan read-only.</source>
        <translation>Den Plan schreibgeschützt öffnen.</translation>
    </message>
    <message>
        <source>Render the window offscreen into the PNG FILE and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace to show: plan, spark or listen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the period around DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearth cannot open the plan</source>
        <translation>Hearth kann den Plan nicht öffnen</translation>
    </message>
    <message>
        <source>Unknown --view &quot;%1&quot;; use plan, spark or listen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date &quot;%1&quot; is not a date like 2026-11-23.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size &quot;%1&quot; is not a size like 1280x800.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
