<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Cli</name>
    <message>
        <source>Option --data-dir needs a folder.</source>
        <translation>Option --data-dir needs a folder.</translation>
    </message>
    <message>
        <source>Option --lang needs a language: it or en.</source>
        <translation>Option --lang needs a language: it or en.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use it or en.</source>
        <translation>Unknown language &quot;%1&quot;: use it or en.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run sportello-cli --help for the list.</source>
        <translation>Unknown command &quot;%1&quot;. Run sportello-cli --help for the list.</translation>
    </message>
    <message>
        <source>Usage: sportello-cli [--data-dir DIR] [--lang it|en] COMMAND [ARGS]</source>
        <translation>Usage: sportello-cli [--data-dir DIR] [--lang it|en] COMMAND [ARGS]</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Global options:</translation>
    </message>
    <message>
        <source>use the profile in DIR (default: %1)</source>
        <translation>use the profile in DIR (default: %1)</translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation>language of messages</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>print the version and exit</translation>
    </message>
    <message>
        <source>print this help and exit</source>
        <translation>print this help and exit</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>db info takes no arguments.</source>
        <translation>db info takes no arguments.</translation>
    </message>
    <message>
        <source>show the database path, schema version and integrity</source>
        <translation>show the database path, schema version and integrity</translation>
    </message>
    <message>
        <source>Unknown argument for demo: %1</source>
        <translation>Unknown argument for demo: %1</translation>
    </message>
    <message>
        <source>The profile in %1 holds a desk&apos;s real data: the demo is created only in an empty folder.</source>
        <translation>The profile in %1 holds a desk&apos;s real data: the demo is created only in an empty folder.</translation>
    </message>
    <message>
        <source>The demo profile in %1 is up to date.</source>
        <translation>The demo profile in %1 is up to date.</translation>
    </message>
    <message>
        <source>The old demo profile cannot be removed.</source>
        <translation>The old demo profile cannot be removed.</translation>
    </message>
    <message>
        <source>Rebuilding the demo profile from an older version.</source>
        <translation>Rebuilding the demo profile from an older version.</translation>
    </message>
    <message>
        <source>Demo profile created in %1.</source>
        <translation>Demo profile created in %1.</translation>
    </message>
    <message>
        <source>create the demo profile in the data folder</source>
        <translation>create the demo profile in the data folder</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Schema version:</translation>
    </message>
    <message>
        <source>Integrity check:</source>
        <translation>Integrity check:</translation>
    </message>
    <message>
        <source>%1 (this program: %2)</source>
        <translation>%1 (this program: %2)</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Sportello</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <source>Sportello: help-desk software for the social-services network.</source>
        <translation>Sportello: help-desk software for the social-services network.</translation>
    </message>
    <message>
        <source>Use the profile in &lt;dir&gt;.</source>
        <translation>Use the profile in &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Interface language: it or en.</source>
        <translation>Interface language: it or en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Render the main window at 1280×800 to &lt;file&gt; (PNG) and exit.</source>
        <translation>Render the main window at 1280×800 to &lt;file&gt; (PNG) and exit.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use it or en.</source>
        <translation>Unknown language &quot;%1&quot;: use it or en.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>Cannot write the screenshot to %1.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>An internal error occurred. Please report it to the coordinator.</source>
        <translation>An internal error occurred. Please report it to the coordinator.</translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation>The request is not valid.</translation>
    </message>
    <message>
        <source>The requested item does not exist.</source>
        <translation>The requested item does not exist.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>The operation was cancelled.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created or written.</source>
        <translation>The data folder %1 cannot be created or written.</translation>
    </message>
    <message>
        <source>The data folder %1 is on a network drive. Sportello keeps its data on this computer&apos;s own disk, because a database on a network drive can be corrupted.</source>
        <translation>The data folder %1 is on a network drive. Sportello keeps its data on this computer&apos;s own disk, because a database on a network drive can be corrupted.</translation>
    </message>
    <message>
        <source>Sportello is already open on this profile (%1), in process %2 on %3. Close the other window first.</source>
        <translation>Sportello is already open on this profile (%1), in process %2 on %3. Close the other window first.</translation>
    </message>
    <message>
        <source>The profile in %1 cannot be locked for use.</source>
        <translation>The profile in %1 cannot be locked for use.</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>The database cannot be opened.</translation>
    </message>
    <message>
        <source>The file is not a Sportello database.</source>
        <translation>The file is not a Sportello database.</translation>
    </message>
    <message>
        <source>The database was created by a newer version of Sportello (schema %1; this version knows up to %2). Install the newer version to open it.</source>
        <translation>The database was created by a newer version of Sportello (schema %1; this version knows up to %2). Install the newer version to open it.</translation>
    </message>
    <message>
        <source>The database could not be updated to this version of Sportello; it was left as it was.</source>
        <translation>The database could not be updated to this version of Sportello; it was left as it was.</translation>
    </message>
    <message>
        <source>The database is busy with another operation. Try again in a moment.</source>
        <translation>The database is busy with another operation. Try again in a moment.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>The disk is full: nothing was saved. Free some space and try again.</translation>
    </message>
    <message>
        <source>The database could not complete the operation; nothing was changed.</source>
        <translation>The database could not complete the operation; nothing was changed.</translation>
    </message>
    <message>
        <source>The data conflicts with what is already saved; nothing was changed.</source>
        <translation>The data conflicts with what is already saved; nothing was changed.</translation>
    </message>
    <message>
        <source>The changes could not be saved; nothing was changed.</source>
        <translation>The changes could not be saved; nothing was changed.</translation>
    </message>
    <message>
        <source>Unexpected error %1.</source>
        <translation>Unexpected error %1.</translation>
    </message>
</context>
<context>
    <name>sportello::ui::AboutDialog</name>
    <message>
        <source>About Sportello</source>
        <translation>About Sportello</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sportello %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Sportello %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Help-desk software for the social-services network: catalogue of services, listening sessions, referrals.</source>
        <translation>Help-desk software for the social-services network: catalogue of services, listening sessions, referrals.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence:</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or later</source>
        <translation>GNU General Public License, version 3 or later</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Database schema:</source>
        <translation>Database schema:</translation>
    </message>
    <message>
        <source>Qt version:</source>
        <translation>Qt version:</translation>
    </message>
</context>
<context>
    <name>sportello::ui::HomePage</name>
    <message>
        <source>Welcome to Sportello</source>
        <translation>Welcome to Sportello</translation>
    </message>
    <message>
        <source>The right information at the right time.</source>
        <translation>The right information at the right time.</translation>
    </message>
    <message>
        <source>This is a &lt;b&gt;demo profile&lt;/b&gt;: every person, service and address in it is made up for training (dati dimostrativi). Do not record real people here.</source>
        <translation>This is a &lt;b&gt;demo profile&lt;/b&gt;: every person, service and address in it is made up for training (dati dimostrativi). Do not record real people here.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Database schema:</source>
        <translation>Database schema:</translation>
    </message>
</context>
<context>
    <name>sportello::ui::MainWindow</name>
    <message>
        <source>Sportello — demo profile</source>
        <translation>Sportello — demo profile</translation>
    </message>
    <message>
        <source>Sportello</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Sportello</source>
        <translation>&amp;About Sportello</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Demo profile (demo data)</source>
        <translation>Demo profile (demo data)</translation>
    </message>
    <message>
        <source>Desk profile</source>
        <translation>Desk profile</translation>
    </message>
    <message>
        <source>Database schema %1</source>
        <translation>Database schema %1</translation>
    </message>
</context>
</TS>
