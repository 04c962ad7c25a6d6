<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AuditText</name>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Locked the screen</source>
        <translation>Locked the screen</translation>
    </message>
    <message>
        <source>Unlocked with the recovery key</source>
        <translation>Unlocked with the recovery key</translation>
    </message>
    <message>
        <source>Viewed a record</source>
        <translation>Viewed a record</translation>
    </message>
    <message>
        <source>Created a record</source>
        <translation>Created a record</translation>
    </message>
    <message>
        <source>Edited a record</source>
        <translation>Edited a record</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Erased a record</source>
        <translation>Erased a record</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Access denied</translation>
    </message>
    <message>
        <source>Created an account</source>
        <translation>Created an account</translation>
    </message>
    <message>
        <source>Deactivated an account</source>
        <translation>Deactivated an account</translation>
    </message>
    <message>
        <source>Reset an account&apos;s password</source>
        <translation>Reset an account&apos;s password</translation>
    </message>
    <message>
        <source>Changed own password</source>
        <translation>Changed own password</translation>
    </message>
    <message>
        <source>Set up the desk</source>
        <translation>Set up the desk</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denied</translation>
    </message>
    <message>
        <source>its content no longer matches its fingerprint (the row was changed)</source>
        <translation>its content no longer matches its fingerprint (the row was changed)</translation>
    </message>
    <message>
        <source>it no longer follows from the row before it (that row was changed or replaced)</source>
        <translation>it no longer follows from the row before it (that row was changed or replaced)</translation>
    </message>
    <message>
        <source>the row is missing (it was removed)</source>
        <translation>the row is missing (it was removed)</translation>
    </message>
    <message>
        <source>the log ends too early (its last rows were removed)</source>
        <translation>the log ends too early (its last rows were removed)</translation>
    </message>
    <message>
        <source>the log&apos;s row counter was altered</source>
        <translation>the log&apos;s row counter was altered</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n row(s) checked.</source>
        <translation>
            <numerusform>The audit log is intact: %n row checked.</numerusform>
            <numerusform>The audit log is intact: %n rows checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log was altered at row %1: %2. %n row(s) checked.</source>
        <translation>
            <numerusform>The audit log was altered at row %1: %2. %n row checked.</numerusform>
            <numerusform>The audit log was altered at row %1: %2. %n rows checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueText</name>
    <message>
        <source>this field is required.</source>
        <translation>this field is required.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (https://…).</source>
        <translation>&quot;%1&quot; is not a web address (https://…).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; is not an e-mail address.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>&quot;%1&quot; is not a phone number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid identifier (letters, digits, - _ . :).</source>
        <translation>&quot;%1&quot; is not a valid identifier (letters, digits, - _ . :).</translation>
    </message>
    <message>
        <source>the end date comes before the start date.</source>
        <translation>the end date comes before the start date.</translation>
    </message>
    <message>
        <source>the minimum age is above the maximum age.</source>
        <translation>the minimum age is above the maximum age.</translation>
    </message>
    <message>
        <source>the ISEE ceiling must be above zero, and the family ceiling above the normal one.</source>
        <translation>the ISEE ceiling must be above zero, and the family ceiling above the normal one.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the known codes.</source>
        <translation>&quot;%1&quot; is not one of the known codes.</translation>
    </message>
    <message>
        <source>choose at least one service category.</source>
        <translation>choose at least one service category.</translation>
    </message>
    <message>
        <source>choose at least one user area.</source>
        <translation>choose at least one user area.</translation>
    </message>
    <message>
        <source>say at least one way to apply, or mark the benefit as automatic.</source>
        <translation>say at least one way to apply, or mark the benefit as automatic.</translation>
    </message>
    <message>
        <source>say why the service is closed and until when.</source>
        <translation>say why the service is closed and until when.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist in the catalogue.</source>
        <translation>&quot;%1&quot; does not exist in the catalogue.</translation>
    </message>
    <message>
        <source>opening hours need weekdays and a closing time after the opening time.</source>
        <translation>opening hours need weekdays and a closing time after the opening time.</translation>
    </message>
    <message>
        <source>a list was expected.</source>
        <translation>a list was expected.</translation>
    </message>
    <message>
        <source>an object { … } was expected.</source>
        <translation>an object { … } was expected.</translation>
    </message>
    <message>
        <source>a text was expected.</source>
        <translation>a text was expected.</translation>
    </message>
    <message>
        <source>true or false was expected.</source>
        <translation>true or false was expected.</translation>
    </message>
    <message>
        <source>a number was expected.</source>
        <translation>a number was expected.</translation>
    </message>
    <message>
        <source>a whole number in the range %1 was expected.</source>
        <translation>a whole number in the range %1 was expected.</translation>
    </message>
    <message>
        <source>an amount in euro, zero or more, was expected.</source>
        <translation>an amount in euro, zero or more, was expected.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>&quot;%1&quot; is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time (HH:MM).</source>
        <translation>&quot;%1&quot; is not a time (HH:MM).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list of weekdays (MO,TU,WE,TH,FR,SA,SU).</source>
        <translation>&quot;%1&quot; is not a list of weekdays (MO,TU,WE,TH,FR,SA,SU).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code (it, en, fr…).</source>
        <translation>&quot;%1&quot; is not a language code (it, en, fr…).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported.</source>
        <translation>&quot;%1&quot; is not supported.</translation>
    </message>
    <message>
        <source>the identifier &quot;%1&quot; is used twice.</source>
        <translation>the identifier &quot;%1&quot; is used twice.</translation>
    </message>
    <message>
        <source>invalid value.</source>
        <translation>invalid value.</translation>
    </message>
    <message>
        <source>Likely eligible</source>
        <translation>Likely eligible</translation>
    </message>
    <message>
        <source>To be checked</source>
        <translation>To be checked</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>%1 €</source>
        <translation>%1 €</translation>
    </message>
    <message>
        <source>ordinary ISEE</source>
        <translation>ordinary ISEE</translation>
    </message>
    <message>
        <source>socio-sanitary ISEE</source>
        <translation>socio-sanitary ISEE</translation>
    </message>
    <message>
        <source>ISEE for minors</source>
        <translation>ISEE for minors</translation>
    </message>
    <message>
        <source>a child under 18</source>
        <translation>a child under 18</translation>
    </message>
    <message>
        <source>a member aged 60 or more</source>
        <translation>a member aged 60 or more</translation>
    </message>
    <message>
        <source>a member aged 65 or more</source>
        <translation>a member aged 65 or more</translation>
    </message>
    <message>
        <source>a member with a disability</source>
        <translation>a member with a disability</translation>
    </message>
    <message>
        <source>a lone parent</source>
        <translation>a lone parent</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>another comune</source>
        <translation>another comune</translation>
    </message>
    <message>
        <source>open to everyone</source>
        <translation>open to everyone</translation>
    </message>
    <message>
        <source>read the conditions in the description</source>
        <translation>read the conditions in the description</translation>
    </message>
    <message>
        <source>age %1 within the limits</source>
        <translation>age %1 within the limits</translation>
    </message>
    <message>
        <source>age %1 &lt; minimum %2</source>
        <translation>age %1 &lt; minimum %2</translation>
    </message>
    <message>
        <source>age %1 &gt; maximum %2</source>
        <translation>age %1 &gt; maximum %2</translation>
    </message>
    <message>
        <source>age needed (%1–%2)</source>
        <translation>age needed (%1–%2)</translation>
    </message>
    <message>
        <source>age needed (from %1)</source>
        <translation>age needed (from %1)</translation>
    </message>
    <message>
        <source>age needed (up to %1)</source>
        <translation>age needed (up to %1)</translation>
    </message>
    <message>
        <source>resident in %1</source>
        <translation>resident in %1</translation>
    </message>
    <message>
        <source>only for residents of other comuni (%1 not served)</source>
        <translation>only for residents of other comuni (%1 not served)</translation>
    </message>
    <message>
        <source>comune of residence needed</source>
        <translation>comune of residence needed</translation>
    </message>
    <message>
        <source>ISEE %1 ≤ %2</source>
        <translation>ISEE %1 ≤ %2</translation>
    </message>
    <message>
        <source>ISEE %1 &gt; %2</source>
        <translation>ISEE %1 &gt; %2</translation>
    </message>
    <message>
        <source>ISEE needed (ceiling %1)</source>
        <translation>ISEE needed (ceiling %1)</translation>
    </message>
    <message>
        <source>%1 needed</source>
        <translation>%1 needed</translation>
    </message>
    <message>
        <source>household with %1</source>
        <translation>household with %1</translation>
    </message>
    <message>
        <source>requires a household with %1</source>
        <translation>requires a household with %1</translation>
    </message>
    <message>
        <source>ask whether the household has %1</source>
        <translation>ask whether the household has %1</translation>
    </message>
    <message>
        <source>household of %1 (at least %2)</source>
        <translation>household of %1 (at least %2)</translation>
    </message>
    <message>
        <source>household of %1 &lt; %2 people</source>
        <translation>household of %1 &lt; %2 people</translation>
    </message>
    <message>
        <source>household size needed (at least %1)</source>
        <translation>household size needed (at least %1)</translation>
    </message>
    <message>
        <source>residence permit held</source>
        <translation>residence permit held</translation>
    </message>
    <message>
        <source>a valid residence permit is required</source>
        <translation>a valid residence permit is required</translation>
    </message>
    <message>
        <source>citizenship and residence permit needed</source>
        <translation>citizenship and residence permit needed</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Temporarily closed</source>
        <translation>Temporarily closed</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
</context>
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
    <message>
        <source>Usage: sportello-cli catalogue import PATH</source>
        <translation>Usage: sportello-cli catalogue import PATH</translation>
    </message>
    <message>
        <source>Not imported (Sportello does not keep this field): %1</source>
        <translation>Not imported (Sportello does not keep this field): %1</translation>
    </message>
    <message>
        <source>Imported %1 organizations, %2 locations and %3 services; catalogue version %4.</source>
        <translation>Imported %1 organizations, %2 locations and %3 services; catalogue version %4.</translation>
    </message>
    <message>
        <source>Usage: sportello-cli catalogue export --format hsds-json|hsds-csv PATH</source>
        <translation>Usage: sportello-cli catalogue export --format hsds-json|hsds-csv PATH</translation>
    </message>
    <message>
        <source>Catalogue exported to %1.</source>
        <translation>Catalogue exported to %1.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: use --facts age=70,isee=9000,comune=Pioltello,household=3,children=1</source>
        <translation>Cannot read &quot;%1&quot;: use --facts age=70,isee=9000,comune=Pioltello,household=3,children=1</translation>
    </message>
    <message>
        <source>No results; showing results for &quot;%1&quot;.</source>
        <translation>No results; showing results for &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No service found.</source>
        <translation>No service found.</translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation>Did you mean: %1?</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) found.</source>
        <translation>
            <numerusform>%n service found.</numerusform>
            <numerusform>%n services found.</numerusform>
        </translation>
    </message>
    <message>
        <source>import a catalogue (HSDS JSON file or CSV package)</source>
        <translation>import a catalogue (HSDS JSON file or CSV package)</translation>
    </message>
    <message>
        <source>export the catalogue</source>
        <translation>export the catalogue</translation>
    </message>
    <message>
        <source>search the catalogue, optionally for a person&apos;s facts</source>
        <translation>search the catalogue, optionally for a person&apos;s facts</translation>
    </message>
    <message>
        <source>There is no Sportello database in %1.</source>
        <translation>There is no Sportello database in %1.</translation>
    </message>
    <message>
        <source>audit verify takes no arguments.</source>
        <translation>audit verify takes no arguments.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n row(s) checked.</source>
        <translation>
            <numerusform>Audit log: %n row checked.</numerusform>
            <numerusform>Audit log: %n rows checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain is intact.</source>
        <translation>The chain is intact.</translation>
    </message>
    <message>
        <source>The chain is broken at row %1: %2.</source>
        <translation>The chain is broken at row %1: %2.</translation>
    </message>
    <message>
        <source>Usage: sportello-cli audit list [--limit N]</source>
        <translation>Usage: sportello-cli audit list [--limit N]</translation>
    </message>
    <message>
        <source>--limit needs a whole number greater than zero.</source>
        <translation>--limit needs a whole number greater than zero.</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>The audit log is empty.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>system</source>
        <translation>system</translation>
    </message>
    <message>
        <source>check that the audit log is complete and unaltered</source>
        <translation>check that the audit log is complete and unaltered</translation>
    </message>
    <message>
        <source>show the newest audit log entries</source>
        <translation>show the newest audit log entries</translation>
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
        <source>Cannot write the screenshot to %1.</source>
        <translation>Cannot write the screenshot to %1.</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
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
    <message>
        <source>The file %1 has a problem at line %2, field %3: %4 Nothing was imported.</source>
        <translation>The file %1 has a problem at line %2, field %3: %4 Nothing was imported.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>The file %1 cannot be written.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read at line %2, column %3: %4. Nothing was imported.</source>
        <translation>The file %1 cannot be read at line %2, column %3: %4. Nothing was imported.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong attempts: try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong attempts: try again in %n second.</numerusform>
            <numerusform>Too many wrong attempts: try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask a coordinator.</source>
        <translation>This account has been deactivated. Ask a coordinator.</translation>
    </message>
    <message>
        <source>Your role does not allow this. Ask a coordinator.</source>
        <translation>Your role does not allow this. Ask a coordinator.</translation>
    </message>
    <message>
        <source>Personal data are locked: log in again.</source>
        <translation>Personal data are locked: log in again.</translation>
    </message>
    <message>
        <source>Protected data could not be read: they may have been altered.</source>
        <translation>Protected data could not be read: they may have been altered.</translation>
    </message>
    <message>
        <source>This desk has already been set up.</source>
        <translation>This desk has already been set up.</translation>
    </message>
    <message>
        <source>The username &quot;%1&quot; is already in use.</source>
        <translation>The username &quot;%1&quot; is already in use.</translation>
    </message>
    <message>
        <source>At least one active coordinator must remain.</source>
        <translation>At least one active coordinator must remain.</translation>
    </message>
</context>
<context>
    <name>SecurityText</name>
    <message>
        <source>volunteer operator</source>
        <translation>volunteer operator</translation>
    </message>
    <message>
        <source>digital facilitator</source>
        <translation>digital facilitator</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>The password must have at least %1 characters.</translation>
    </message>
    <message>
        <source>This password is too common: it is on the list of passwords that attackers try first. Choose a longer phrase.</source>
        <translation>This password is too common: it is on the list of passwords that attackers try first. Choose a longer phrase.</translation>
    </message>
    <message>
        <source>The password must not be the username.</source>
        <translation>The password must not be the username.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
</context>
<context>
    <name>ServiceHtml</name>
    <message>
        <source>Temporarily closed</source>
        <translation>Temporarily closed</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Call open</source>
        <translation>Call open</translation>
    </message>
    <message>
        <source>Call closed</source>
        <translation>Call closed</translation>
    </message>
    <message>
        <source>Automatic: no application</source>
        <translation>Automatic: no application</translation>
    </message>
    <message>
        <source>Not verified for 12+ months</source>
        <translation>Not verified for 12+ months</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Demo data (dati dimostrativi): addresses, hours and phone numbers of this entry are made up.</source>
        <translation>Demo data (dati dimostrativi): addresses, hours and phone numbers of this entry are made up.</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>What it is</translation>
    </message>
    <message>
        <source>Age %1 to %2</source>
        <translation>Age %1 to %2</translation>
    </message>
    <message>
        <source>Age %1 or more</source>
        <translation>Age %1 or more</translation>
    </message>
    <message>
        <source>Age up to %1</source>
        <translation>Age up to %1</translation>
    </message>
    <message>
        <source>Residents of %1</source>
        <translation>Residents of %1</translation>
    </message>
    <message>
        <source>%1 up to %2 (from %3)</source>
        <translation>%1 up to %2 (from %3)</translation>
    </message>
    <message>
        <source>up to %1 with %2 or more dependent children</source>
        <translation>up to %1 with %2 or more dependent children</translation>
    </message>
    <message>
        <source>Household with %1</source>
        <translation>Household with %1</translation>
    </message>
    <message>
        <source>Household of at least %1 people</source>
        <translation>Household of at least %1 people</translation>
    </message>
    <message>
        <source>Non-EU citizens need a valid residence permit</source>
        <translation>Non-EU citizens need a valid residence permit</translation>
    </message>
    <message>
        <source>Who can have it</source>
        <translation>Who can have it</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Documents to bring</translation>
    </message>
    <message>
        <source>Needed before applying</source>
        <translation>Needed before applying</translation>
    </message>
    <message>
        <source>No application is needed: it is granted automatically.</source>
        <translation>No application is needed: it is granted automatically.</translation>
    </message>
    <message>
        <source>Applications from %1 to %2</source>
        <translation>Applications from %1 to %2</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>How to apply</translation>
    </message>
    <message>
        <source>Confidential address: not shown or printed.</source>
        <translation>Confidential address: not shown or printed.</translation>
    </message>
    <message>
        <source>Accessibility: %1</source>
        <translation>Accessibility: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>Today: closed</source>
        <translation>Today: closed</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Today: %1</translation>
    </message>
    <message>
        <source>(valid %1–%2)</source>
        <translation>(valid %1–%2)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Where and when</source>
        <translation>Where and when</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Languages spoken</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Verified on %1 by %2</source>
        <translation>Verified on %1 by %2</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>Never verified</translation>
    </message>
    <message>
        <source>Source and verification</source>
        <translation>Source and verification</translation>
    </message>
</context>
<context>
    <name>sportello::catalogue::Taxonomy</name>
    <message>
        <source>Access points</source>
        <translation>Access points</translation>
    </message>
    <message>
        <source>Professional social work</source>
        <translation>Professional social work</translation>
    </message>
    <message>
        <source>Social emergency</source>
        <translation>Social emergency</translation>
    </message>
    <message>
        <source>Registered residence</source>
        <translation>Registered residence</translation>
    </message>
    <message>
        <source>Home social care</source>
        <translation>Home social care</translation>
    </message>
    <message>
        <source>Home health care</source>
        <translation>Home health care</translation>
    </message>
    <message>
        <source>Neighbourhood services</source>
        <translation>Neighbourhood services</translation>
    </message>
    <message>
        <source>Long-term care support</source>
        <translation>Long-term care support</translation>
    </message>
    <message>
        <source>Children and family</source>
        <translation>Children and family</translation>
    </message>
    <message>
        <source>Day centres</source>
        <translation>Day centres</translation>
    </message>
    <message>
        <source>Temporary accommodation</source>
        <translation>Temporary accommodation</translation>
    </message>
    <message>
        <source>National income support</source>
        <translation>National income support</translation>
    </message>
    <message>
        <source>Local grants</source>
        <translation>Local grants</translation>
    </message>
    <message>
        <source>Housing support</source>
        <translation>Housing support</translation>
    </message>
    <message>
        <source>Utility bonuses</source>
        <translation>Utility bonuses</translation>
    </message>
    <message>
        <source>Food and basic goods</source>
        <translation>Food and basic goods</translation>
    </message>
    <message>
        <source>Employment and training</source>
        <translation>Employment and training</translation>
    </message>
    <message>
        <source>Paperwork and certificates</source>
        <translation>Paperwork and certificates</translation>
    </message>
    <message>
        <source>Digital facilitation</source>
        <translation>Digital facilitation</translation>
    </message>
    <message>
        <source>Legal advice and protection</source>
        <translation>Legal advice and protection</translation>
    </message>
    <message>
        <source>Health orientation</source>
        <translation>Health orientation</translation>
    </message>
    <message>
        <source>Family and children</source>
        <translation>Family and children</translation>
    </message>
    <message>
        <source>People with disabilities</source>
        <translation>People with disabilities</translation>
    </message>
    <message>
        <source>Addictions</source>
        <translation>Addictions</translation>
    </message>
    <message>
        <source>Older people</source>
        <translation>Older people</translation>
    </message>
    <message>
        <source>Migrants, Roma and Sinti</source>
        <translation>Migrants, Roma and Sinti</translation>
    </message>
    <message>
        <source>Poverty, adults in hardship, homelessness</source>
        <translation>Poverty, adults in hardship, homelessness</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Online with SPID or CIE</source>
        <translation>Online with SPID or CIE</translation>
    </message>
    <message>
        <source>Through a CAF</source>
        <translation>Through a CAF</translation>
    </message>
    <message>
        <source>Through a patronato</source>
        <translation>Through a patronato</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>By certified e-mail (PEC)</source>
        <translation>By certified e-mail (PEC)</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Social district</source>
        <translation>Social district</translation>
    </message>
    <message>
        <source>Health authority (ASST)</source>
        <translation>Health authority (ASST)</translation>
    </message>
    <message>
        <source>INPS</source>
        <translation>INPS</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Tax assistance centre (CAF)</source>
        <translation>Tax assistance centre (CAF)</translation>
    </message>
    <message>
        <source>Welfare rights office (patronato)</source>
        <translation>Welfare rights office (patronato)</translation>
    </message>
    <message>
        <source>Caritas</source>
        <translation>Caritas</translation>
    </message>
    <message>
        <source>Trade union</source>
        <translation>Trade union</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Social cooperative</source>
        <translation>Social cooperative</translation>
    </message>
    <message>
        <source>Post office</source>
        <translation>Post office</translation>
    </message>
    <message>
        <source>Other body</source>
        <translation>Other body</translation>
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
    <name>sportello::ui::AccountModel</name>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>Failed logins</translation>
    </message>
</context>
<context>
    <name>sportello::ui::AccountsPage</name>
    <message>
        <source>Operators of this desk. Only coordinators see this page.</source>
        <translation>Operators of this desk. Only coordinators see this page.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;New account…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Deactivate this account? Its owner will no longer be able to log in.</source>
        <translation>Deactivate this account? Its owner will no longer be able to log in.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Temporary password (the operator must change it at the next login):</source>
        <translation>Temporary password (the operator must change it at the next login):</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Temporary &amp;password:</source>
        <translation>Temporary &amp;password:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock the screen after this &amp;idle time:</source>
        <translation>Lock the screen after this &amp;idle time:</translation>
    </message>
    <message>
        <source>Idle time before the screen locks</source>
        <translation>Idle time before the screen locks</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>Screen lock</translation>
    </message>
</context>
<context>
    <name>sportello::ui::AuditModel</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Operator #%1</source>
        <translation>Operator #%1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
</context>
<context>
    <name>sportello::ui::AuditPage</name>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>All operators</source>
        <translation>All operators</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <source>Check that no row of the audit log was changed or removed</source>
        <translation>Check that no row of the audit log was changed or removed</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Operator:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action:</translation>
    </message>
</context>
<context>
    <name>sportello::ui::CataloguePage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>e.g. bollette, affitto, SPID, pacco alimentare…</source>
        <translation>e.g. bollette, affitto, SPID, pacco alimentare…</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Search the catalogue</translation>
    </message>
    <message>
        <source>Person &amp;facts</source>
        <translation>Person &amp;facts</translation>
    </message>
    <message>
        <source>What we know about the person (all optional)</source>
        <translation>What we know about the person (all optional)</translation>
    </message>
    <message>
        <source>Services found</source>
        <translation>Services found</translation>
    </message>
    <message>
        <source>Service detail</source>
        <translation>Service detail</translation>
    </message>
    <message>
        <source>&amp;Handout for the citizen…</source>
        <translation>&amp;Handout for the citizen…</translation>
    </message>
    <message>
        <source>Choose a service in the list to see who can have it, the documents to bring, where, when and how to apply.</source>
        <translation>Choose a service in the list to see who can have it, the documents to bring, where, when and how to apply.</translation>
    </message>
    <message>
        <source>Preparing the catalogue…</source>
        <translation>Preparing the catalogue…</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) found.</source>
        <translation>
            <numerusform>%n service found.</numerusform>
            <numerusform>%n services found.</numerusform>
        </translation>
    </message>
    <message>
        <source>No service matches what was typed; showing results for &quot;%1&quot;.</source>
        <translation>No service matches what was typed; showing results for &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No service found. Did you mean: %1?</source>
        <translation>No service found. Did you mean: %1?</translation>
    </message>
    <message>
        <source>No service found. Try fewer words or remove a filter.</source>
        <translation>No service found. Try fewer words or remove a filter.</translation>
    </message>
    <message>
        <source>Showing the first %1.</source>
        <translation>Showing the first %1.</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Handout</translation>
    </message>
</context>
<context>
    <name>sportello::ui::CoordinatorBar</name>
    <message>
        <source>New service…</source>
        <translation>New service…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Mark verified</source>
        <translation>Mark verified</translation>
    </message>
    <message>
        <source>Close temporarily…</source>
        <translation>Close temporarily…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Who checked this entry with the service today?</source>
        <translation>Who checked this entry with the service today?</translation>
    </message>
    <message>
        <source>Close temporarily</source>
        <translation>Close temporarily</translation>
    </message>
    <message>
        <source>Why is it closed, and until when?</source>
        <translation>Why is it closed, and until when?</translation>
    </message>
    <message>
        <source>Mark &quot;%1&quot; as ended? It stays in the catalogue&apos;s history but is listed as no longer available.</source>
        <translation>Mark &quot;%1&quot; as ended? It stays in the catalogue&apos;s history but is listed as no longer available.</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>History of %1</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>Edit this service…</source>
        <translation>Edit this service…</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <source>Retire: mark as ended</source>
        <translation>Retire: mark as ended</translation>
    </message>
    <message>
        <source>History of changes…</source>
        <translation>History of changes…</translation>
    </message>
</context>
<context>
    <name>sportello::ui::DeskShell</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Locked. Log in to continue.</source>
        <translation>Locked. Log in to continue.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>New password (at least %1 characters, not a common one):</source>
        <translation>New password (at least %1 characters, not a common one):</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>New password again:</translation>
    </message>
    <message>
        <source>The two new passwords differ; nothing was changed.</source>
        <translation>The two new passwords differ; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>sportello::ui::FacetBar</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All comuni</source>
        <translation>All comuni</translation>
    </message>
    <message>
        <source>All user areas</source>
        <translation>All user areas</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Any channel</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Open now</translation>
    </message>
    <message>
        <source>Call open</source>
        <translation>Call open</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Likely eligible</source>
        <translation>Likely eligible</translation>
    </message>
    <message>
        <source>Enter the person&apos;s facts to use this filter.</source>
        <translation>Enter the person&apos;s facts to use this filter.</translation>
    </message>
</context>
<context>
    <name>sportello::ui::FactsPanel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Other comune</source>
        <translation>Other comune</translation>
    </message>
    <message>
        <source> €</source>
        <translation> €</translation>
    </message>
    <message>
        <source>ordinary</source>
        <translation>ordinary</translation>
    </message>
    <message>
        <source>socio-sanitary</source>
        <translation>socio-sanitary</translation>
    </message>
    <message>
        <source>minors</source>
        <translation>minors</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italian</translation>
    </message>
    <message>
        <source>EU</source>
        <translation>EU</translation>
    </message>
    <message>
        <source>Non-EU</source>
        <translation>Non-EU</translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation>&amp;Age:</translation>
    </message>
    <message>
        <source>Co&amp;mune:</source>
        <translation>Co&amp;mune:</translation>
    </message>
    <message>
        <source>&amp;ISEE:</source>
        <translation>&amp;ISEE:</translation>
    </message>
    <message>
        <source>ISEE t&amp;ype:</source>
        <translation>ISEE t&amp;ype:</translation>
    </message>
    <message>
        <source>House&amp;hold members:</source>
        <translation>House&amp;hold members:</translation>
    </message>
    <message>
        <source>Member aged &amp;60+:</source>
        <translation>Member aged &amp;60+:</translation>
    </message>
    <message>
        <source>Member aged 6&amp;5+:</source>
        <translation>Member aged 6&amp;5+:</translation>
    </message>
    <message>
        <source>Member with &amp;disability:</source>
        <translation>Member with &amp;disability:</translation>
    </message>
    <message>
        <source>&amp;Lone parent:</source>
        <translation>&amp;Lone parent:</translation>
    </message>
    <message>
        <source>Citi&amp;zenship:</source>
        <translation>Citi&amp;zenship:</translation>
    </message>
    <message>
        <source>Residence &amp;permit:</source>
        <translation>Residence &amp;permit:</translation>
    </message>
    <message>
        <source>Clear facts</source>
        <translation>Clear facts</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Minor childre&amp;n:</source>
        <translation>Minor childre&amp;n:</translation>
    </message>
</context>
<context>
    <name>sportello::ui::FirstRunWizard</name>
    <message>
        <source>Set up this desk</source>
        <translation>Set up this desk</translation>
    </message>
    <message>
        <source>The desk</source>
        <translation>The desk</translation>
    </message>
    <message>
        <source>These details appear on the handouts and letters given to citizens.</source>
        <translation>These details appear on the handouts and letters given to citizens.</translation>
    </message>
    <message>
        <source>e.g. Centro di Ascolto Caritas Pioltello</source>
        <translation>e.g. Centro di Ascolto Caritas Pioltello</translation>
    </message>
    <message>
        <source>e.g. PIO-CDA</source>
        <translation>e.g. PIO-CDA</translation>
    </message>
    <message>
        <source>Address, phone, e-mail, opening hours — one per line</source>
        <translation>Address, phone, e-mail, opening hours — one per line</translation>
    </message>
    <message>
        <source>Desk &amp;name:</source>
        <translation>Desk &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organization:</translation>
    </message>
    <message>
        <source>&amp;Comune:</source>
        <translation>&amp;Comune:</translation>
    </message>
    <message>
        <source>Desk &amp;code:</source>
        <translation>Desk &amp;code:</translation>
    </message>
    <message>
        <source>Con&amp;tacts for handouts:</source>
        <translation>Con&amp;tacts for handouts:</translation>
    </message>
    <message>
        <source>The first coordinator</source>
        <translation>The first coordinator</translation>
    </message>
    <message>
        <source>The coordinator creates the other operators&apos; accounts. Choose a password of at least 10 characters: a short phrase is easy to remember and hard to guess.</source>
        <translation>The coordinator creates the other operators&apos; accounts. Choose a password of at least 10 characters: a short phrase is easy to remember and hard to guess.</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Password &amp;again:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>If every password is lost, this key is the only way to open the data again. It is shown only now: print it or write it down and keep it locked away from this computer.</source>
        <translation>If every password is lost, this key is the only way to open the data again. It is shown only now: print it or write it down and keep it locked away from this computer.</translation>
    </message>
    <message>
        <source>&amp;Print the recovery key…</source>
        <translation>&amp;Print the recovery key…</translation>
    </message>
    <message>
        <source>&amp;Save it as PDF…</source>
        <translation>&amp;Save it as PDF…</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key and stored it safely</source>
        <translation>I have printed or written down the recovery key and stored it safely</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Save the recovery key</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Sportello — recovery key</source>
        <translation>Sportello — recovery key</translation>
    </message>
    <message>
        <source>Desk: %1 (%2)</source>
        <translation>Desk: %1 (%2)</translation>
    </message>
    <message>
        <source>With this key a coordinator can open the desk&apos;s data when every password is lost. Keep it in a locked drawer or safe, never on the computer.</source>
        <translation>With this key a coordinator can open the desk&apos;s data when every password is lost. Keep it in a locked drawer or safe, never on the computer.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>The PDF could not be written to %1.</translation>
    </message>
</context>
<context>
    <name>sportello::ui::HandoutDialog</name>
    <message>
        <source>Handout for the citizen</source>
        <translation>Handout for the citizen</translation>
    </message>
    <message>
        <source>Language of the handout</source>
        <translation>Language of the handout</translation>
    </message>
    <message>
        <source>&amp;Language of the handout:</source>
        <translation>&amp;Language of the handout:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>Save handout as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>The PDF could not be written to %1.</translation>
    </message>
</context>
<context>
    <name>sportello::ui::HistoryModel</name>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
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
    <name>sportello::ui::LoginPanel</name>
    <message>
        <source>Sportello is locked</source>
        <translation>Sportello is locked</translation>
    </message>
    <message>
        <source>Log in to work at the desk.</source>
        <translation>Log in to work at the desk.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <source>All passwords lost? Use the &amp;recovery key…</source>
        <translation>All passwords lost? Use the &amp;recovery key…</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Type the recovery key printed when the desk was set up (groups of letters and digits):</source>
        <translation>Type the recovery key printed when the desk was set up (groups of letters and digits):</translation>
    </message>
    <message>
        <source>Coordinator account to give a new password:</source>
        <translation>Coordinator account to give a new password:</translation>
    </message>
    <message>
        <source>New password (at least 10 characters):</source>
        <translation>New password (at least 10 characters):</translation>
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
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Change &amp;password…</translation>
    </message>
</context>
<context>
    <name>sportello::ui::ResultModel</name>
    <message>
        <source>Temporarily closed</source>
        <translation>Temporarily closed</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Call open until %1</source>
        <translation>Call open until %1</translation>
    </message>
    <message>
        <source>Call open</source>
        <translation>Call open</translation>
    </message>
    <message>
        <source>Call opens %1</source>
        <translation>Call opens %1</translation>
    </message>
    <message>
        <source>Call closed</source>
        <translation>Call closed</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Not verified for 12+ months</source>
        <translation>Not verified for 12+ months</translation>
    </message>
</context>
<context>
    <name>sportello::ui::ServiceEditor</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>New service</translation>
    </message>
    <message>
        <source>Edit service — %1</source>
        <translation>Edit service — %1</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;How to access</source>
        <translation>&amp;How to access</translation>
    </message>
    <message>
        <source>&amp;Eligibility rules</source>
        <translation>&amp;Eligibility rules</translation>
    </message>
    <message>
        <source>&amp;Where and when</source>
        <translation>&amp;Where and when</translation>
    </message>
    <message>
        <source>&amp;Contacts and source</source>
        <translation>&amp;Contacts and source</translation>
    </message>
    <message>
        <source>Why, and until when</source>
        <translation>Why, and until when</translation>
    </message>
    <message>
        <source>Service categories</source>
        <translation>Service categories</translation>
    </message>
    <message>
        <source>User areas</source>
        <translation>User areas</translation>
    </message>
    <message>
        <source>One per line: 02 9999 0101 — reception</source>
        <translation>One per line: 02 9999 0101 — reception</translation>
    </message>
    <message>
        <source>Addresses, hours or phones are demo values</source>
        <translation>Addresses, hours or phones are demo values</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>Identifier:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Short name:</source>
        <translation>Short name:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organization:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Closure note:</source>
        <translation>Closure note:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Categories:</translation>
    </message>
    <message>
        <source>User areas:</source>
        <translation>User areas:</translation>
    </message>
    <message>
        <source>Web page:</source>
        <translation>Web page:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Phones:</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Documents to bring</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Prerequisites</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>One step per line</source>
        <translation>One step per line</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Free of charge</translation>
    </message>
    <message>
        <source>Automatic: granted without an application</source>
        <translation>Automatic: granted without an application</translation>
    </message>
    <message>
        <source>Only while a call (bando) is open</source>
        <translation>Only while a call (bando) is open</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Language codes: it, en, fr, ar…</source>
        <translation>Language codes: it, en, fr, ar…</translation>
    </message>
    <message>
        <source>Who can have it:</source>
        <translation>Who can have it:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <source>Prerequisites:</source>
        <translation>Prerequisites:</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Channels:</translation>
    </message>
    <message>
        <source>How to apply:</source>
        <translation>How to apply:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Cost:</translation>
    </message>
    <message>
        <source>Call:</source>
        <translation>Call:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Languages:</translation>
    </message>
    <message>
        <source>Residents of</source>
        <translation>Residents of</translation>
    </message>
    <message>
        <source>ISEE ceiling</source>
        <translation>ISEE ceiling</translation>
    </message>
    <message>
        <source> €</source>
        <translation> €</translation>
    </message>
    <message>
        <source>Household conditions</source>
        <translation>Household conditions</translation>
    </message>
    <message>
        <source>Non-EU citizens need a valid residence permit</source>
        <translation>Non-EU citizens need a valid residence permit</translation>
    </message>
    <message>
        <source>Minimum age:</source>
        <translation>Minimum age:</translation>
    </message>
    <message>
        <source>Maximum age:</source>
        <translation>Maximum age:</translation>
    </message>
    <message>
        <source>Residents of (none: anyone):</source>
        <translation>Residents of (none: anyone):</translation>
    </message>
    <message>
        <source>ISEE type:</source>
        <translation>ISEE type:</translation>
    </message>
    <message>
        <source>ISEE up to:</source>
        <translation>ISEE up to:</translation>
    </message>
    <message>
        <source>Ceiling valid from:</source>
        <translation>Ceiling valid from:</translation>
    </message>
    <message>
        <source>Higher ceiling for large families:</source>
        <translation>Higher ceiling for large families:</translation>
    </message>
    <message>
        <source>…with dependent children at least:</source>
        <translation>…with dependent children at least:</translation>
    </message>
    <message>
        <source>At least one of:</source>
        <translation>At least one of:</translation>
    </message>
    <message>
        <source>Household of at least:</source>
        <translation>Household of at least:</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Verified on</translation>
    </message>
    <message>
        <source>by</source>
        <translation>by</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <source>Source (public web page):</source>
        <translation>Source (public web page):</translation>
    </message>
    <message>
        <source>Verification:</source>
        <translation>Verification:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contacts:</translation>
    </message>
    <message>
        <source>Opening hours: one row per location and time slot. Days as MO,TU,WE,TH,FR,SA,SU; times as 9:00; dates as dd/mm/yyyy (empty: always). A location without days is listed without hours (e.g. a web portal).</source>
        <translation>Opening hours: one row per location and time slot. Days as MO,TU,WE,TH,FR,SA,SU; times as 9:00; dates as dd/mm/yyyy (empty: always). A location without days is listed without hours (e.g. a web portal).</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Opens</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Closes</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Add opening hours</source>
        <translation>Add opening hours</translation>
    </message>
    <message>
        <source>Days that differ (holidays, reduced hours):</source>
        <translation>Days that differ (holidays, reduced hours):</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Add a different day</source>
        <translation>Add a different day</translation>
    </message>
    <message>
        <source>Remove selected rows</source>
        <translation>Remove selected rows</translation>
    </message>
    <message>
        <source>Please correct before saving:</source>
        <translation>Please correct before saving:</translation>
    </message>
    <message>
        <source>A document not in the list</source>
        <translation>A document not in the list</translation>
    </message>
</context>
</TS>
