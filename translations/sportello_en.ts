<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Admin</name>
    <message>
        <source>Give the hub&apos;s directory with --dir DIR.</source>
        <translation>Give the hub&apos;s directory with --dir DIR.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>%1 already holds a hub: nothing was changed.</source>
        <translation>%1 already holds a hub: nothing was changed.</translation>
    </message>
    <message>
        <source>Give --cert and --key together.</source>
        <translation>Give --cert and --key together.</translation>
    </message>
    <message>
        <source>The directory %1 cannot be created.</source>
        <translation>The directory %1 cannot be created.</translation>
    </message>
    <message>
        <source>The local certificates cannot be created.</source>
        <translation>The local certificates cannot be created.</translation>
    </message>
    <message>
        <source>The catalogue signing key cannot be created.</source>
        <translation>The catalogue signing key cannot be created.</translation>
    </message>
    <message>
        <source>The hub&apos;s database cannot be opened.</source>
        <translation>The hub&apos;s database cannot be opened.</translation>
    </message>
    <message>
        <source>The hub&apos;s configuration cannot be written.</source>
        <translation>The hub&apos;s configuration cannot be written.</translation>
    </message>
    <message>
        <source>Hub created in %1.</source>
        <translation>Hub created in %1.</translation>
    </message>
    <message>
        <source>For local use only: the desks trust %1.</source>
        <translation>For local use only: the desks trust %1.</translation>
    </message>
    <message>
        <source>%1 is not an ISTAT comune code (six digits).</source>
        <translation>%1 is not an ISTAT comune code (six digits).</translation>
    </message>
    <message>
        <source>The district cannot be saved.</source>
        <translation>The district cannot be saved.</translation>
    </message>
    <message numerus="yes">
        <source>District %1: %n comuni.</source>
        <translation>
            <numerusform>District %1: %n comune.</numerusform>
            <numerusform>District %1: %n comuni.</numerusform>
        </translation>
    </message>
    <message>
        <source>The desks cannot be read.</source>
        <translation>The desks cannot be read.</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>enrolled</translation>
    </message>
    <message numerus="yes">
        <source>%n desk(s).</source>
        <translation>
            <numerusform>%n desk.</numerusform>
            <numerusform>%n desks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the desk&apos;s comune with --comune CODE (six digits).</source>
        <translation>Give the desk&apos;s comune with --comune CODE (six digits).</translation>
    </message>
    <message>
        <source>A desk named %1 is already enrolled.</source>
        <translation>A desk named %1 is already enrolled.</translation>
    </message>
    <message>
        <source>The desk cannot be enrolled.</source>
        <translation>The desk cannot be enrolled.</translation>
    </message>
    <message>
        <source>Desk %1 enrolled with id %2.</source>
        <translation>Desk %1 enrolled with id %2.</translation>
    </message>
    <message>
        <source>Hand this one-time enrolment token to the desk in person; the hub keeps only its fingerprint: %1</source>
        <translation>Hand this one-time enrolment token to the desk in person; the hub keeps only its fingerprint: %1</translation>
    </message>
    <message>
        <source>No desk is named %1.</source>
        <translation>No desk is named %1.</translation>
    </message>
    <message>
        <source>The desk cannot be revoked.</source>
        <translation>The desk cannot be revoked.</translation>
    </message>
    <message>
        <source>Desk %1 revoked: its token no longer works.</source>
        <translation>Desk %1 revoked: its token no longer works.</translation>
    </message>
    <message>
        <source>The token cannot be replaced.</source>
        <translation>The token cannot be replaced.</translation>
    </message>
    <message>
        <source>The old token of %1 works until %2.</source>
        <translation>The old token of %1 works until %2.</translation>
    </message>
    <message>
        <source>New token for the desk: %1</source>
        <translation>New token for the desk: %1</translation>
    </message>
    <message>
        <source>The answer is not valid: %1 %2.</source>
        <translation>The answer is not valid: %1 %2.</translation>
    </message>
    <message>
        <source>The hub has received no referral %1.</source>
        <translation>The hub has received no referral %1.</translation>
    </message>
    <message>
        <source>The answer cannot be recorded.</source>
        <translation>The answer cannot be recorded.</translation>
    </message>
    <message>
        <source>Answer recorded: the desk that sent the referral will receive it (event %1).</source>
        <translation>Answer recorded: the desk that sent the referral will receive it (event %1).</translation>
    </message>
    <message>
        <source>The reports cannot be read.</source>
        <translation>The reports cannot be read.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) of outdated entries.</source>
        <translation>
            <numerusform>%n report of an outdated entry.</numerusform>
            <numerusform>%n reports of outdated entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exists: choose a new file.</source>
        <translation>%1 exists: choose a new file.</translation>
    </message>
    <message>
        <source>The hub runs on PostgreSQL: back it up with pg_dump (see docs/hub.md).</source>
        <translation>The hub runs on PostgreSQL: back it up with pg_dump (see docs/hub.md).</translation>
    </message>
    <message>
        <source>The backup failed.</source>
        <translation>The backup failed.</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Backup written to %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The catalogue was not published: %1</source>
        <translation>The catalogue was not published: %1</translation>
    </message>
    <message>
        <source>The catalogue cannot be published.</source>
        <translation>The catalogue cannot be published.</translation>
    </message>
    <message>
        <source>Not kept by the catalogue: %1</source>
        <translation>Not kept by the catalogue: %1</translation>
    </message>
    <message>
        <source>The catalogue is unchanged: still version %1.</source>
        <translation>The catalogue is unchanged: still version %1.</translation>
    </message>
    <message>
        <source>Catalogue version %1 published: %2 added, %3 changed, %4 removed.</source>
        <translation>Catalogue version %1 published: %2 added, %3 changed, %4 removed.</translation>
    </message>
    <message>
        <source>  coordinator</source>
        <translation>  coordinator</translation>
    </message>
    <message>
        <source>Its token may read the district report.</source>
        <translation>Its token may read the district report.</translation>
    </message>
    <message>
        <source>The hub&apos;s configuration cannot be read.</source>
        <translation>The hub&apos;s configuration cannot be read.</translation>
    </message>
    <message>
        <source>The board&apos;s accounts cannot be read.</source>
        <translation>The board&apos;s accounts cannot be read.</translation>
    </message>
    <message>
        <source>No account is waiting for its credentials.</source>
        <translation>No account is waiting for its credentials.</translation>
    </message>
    <message>
        <source>The board has no account %1.</source>
        <translation>The board has no account %1.</translation>
    </message>
    <message>
        <source>The account %1 is not waiting for its credentials.</source>
        <translation>The account %1 is not waiting for its credentials.</translation>
    </message>
    <message>
        <source>The account cannot be activated.</source>
        <translation>The account cannot be activated.</translation>
    </message>
    <message>
        <source>The account %1 is active: %2 can log in.</source>
        <translation>The account %1 is active: %2 can log in.</translation>
    </message>
    <message>
        <source>The password cannot be reset.</source>
        <translation>The password cannot be reset.</translation>
    </message>
    <message>
        <source>Temporary password for %1: %2
Give it to the person only: they must change it at their next login.</source>
        <translation>Temporary password for %1: %2
Give it to the person only: they must change it at their next login.</translation>
    </message>
    <message>
        <source>The board&apos;s retention cannot run.</source>
        <translation>The board&apos;s retention cannot run.</translation>
    </message>
    <message>
        <source>Notices of deletion for inactivity: %1. Accounts deleted: %2.</source>
        <translation>Notices of deletion for inactivity: %1. Accounts deleted: %2.</translation>
    </message>
    <message>
        <source>The board&apos;s audit trail cannot be read.</source>
        <translation>The board&apos;s audit trail cannot be read.</translation>
    </message>
    <message>
        <source>--kind must be comune or operator.</source>
        <translation>--kind must be comune or operator.</translation>
    </message>
    <message>
        <source>The district cannot be read.</source>
        <translation>The district cannot be read.</translation>
    </message>
    <message>
        <source>--comune must be the ISTAT code of one of the district&apos;s comuni: %1.</source>
        <translation>--comune must be the ISTAT code of one of the district&apos;s comuni: %1.</translation>
    </message>
    <message>
        <source>The Comune %1 already has its account: %2.</source>
        <translation>The Comune %1 already has its account: %2.</translation>
    </message>
    <message>
        <source>The account cannot be made: %1.</source>
        <translation>The account cannot be made: %1.</translation>
    </message>
    <message>
        <source>The account cannot be made.</source>
        <translation>The account cannot be made.</translation>
    </message>
    <message>
        <source>Account %1 made. Temporary password: %2
Give it to the person only: they must change it at their first login.</source>
        <translation>Account %1 made. Temporary password: %2
Give it to the person only: they must change it at their first login.</translation>
    </message>
    <message>
        <source>Usage: sportello-hub COMMAND --dir DIR [options]
  init [--db URL] [--cert FILE --key FILE]
  district set --name NAME --comuni CODE,CODE,...
  district neighbours CODE:CODE,CODE:CODE,...
  desk add NAME --comune CODE [--organization UID] [--coordinator]
  desk list | desk revoke NAME|ID | desk rotate NAME|ID
  referral status REF_UUID STATE [--reason CODE] [--outcome CODE]
  catalogue publish FILE | catalogue feedback
  backup --out FILE
  board pending | board activate USERNAME | board reset-password USERNAME
  board add-staff USERNAME --kind comune|operator --name NAME [--comune ISTAT]
        [--contact CONTACT] | board audit | board retention
  report --from YYYY-MM --to YYYY-MM --format csv|pdf|json --out FILE [--threshold K]
  serve --listen ADDRESS:PORT</source>
        <translation>Usage: sportello-hub COMMAND --dir DIR [options]
  init [--db URL] [--cert FILE --key FILE]
  district set --name NAME --comuni CODE,CODE,...
  district neighbours CODE:CODE,CODE:CODE,...
  desk add NAME --comune CODE [--organization UID] [--coordinator]
  desk list | desk revoke NAME|ID | desk rotate NAME|ID
  referral status REF_UUID STATE [--reason CODE] [--outcome CODE]
  catalogue publish FILE | catalogue feedback
  backup --out FILE
  board pending | board activate USERNAME | board reset-password USERNAME
  board add-staff USERNAME --kind comune|operator --name NAME [--comune ISTAT]
        [--contact CONTACT] | board audit | board retention
  report --from YYYY-MM --to YYYY-MM --format csv|pdf|json --out FILE [--threshold K]
  serve --listen ADDRESS:PORT</translation>
    </message>
    <message>
        <source>%1 is not two different comuni of the district, as CODE:CODE.</source>
        <translation>%1 is not two different comuni of the district, as CODE:CODE.</translation>
    </message>
    <message>
        <source>The hub&apos;s configuration cannot be saved.</source>
        <translation>The hub&apos;s configuration cannot be saved.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of neighbouring comuni: the board suggests across them once serve starts again.</source>
        <translation>
            <numerusform>%n pair of neighbouring comuni: the board suggests across them once serve starts again.</numerusform>
            <numerusform>%n pairs of neighbouring comuni: the board suggests across them once serve starts again.</numerusform>
        </translation>
    </message>
</context>
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
        <source>The audit log was altered at row %1: %2. %n row(s) checked.</source>
        <translation>
            <numerusform>The audit log was altered at row %1: %2. %n row checked.</numerusform>
            <numerusform>The audit log was altered at row %1: %2. %n rows checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed automatically</source>
        <translation>Removed automatically</translation>
    </message>
    <message>
        <source>Restored the database key with the recovery key</source>
        <translation>Restored the database key with the recovery key</translation>
    </message>
    <message>
        <source>Imported the catalogue</source>
        <translation>Imported the catalogue</translation>
    </message>
    <message>
        <source>Looked up a codice fiscale</source>
        <translation>Looked up a codice fiscale</translation>
    </message>
    <message>
        <source>Reactivated an account</source>
        <translation>Reactivated an account</translation>
    </message>
    <message>
        <source>Nobody found</source>
        <translation>Nobody found</translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation>Account deactivated</translation>
    </message>
    <message>
        <source>Password change pending</source>
        <translation>Password change pending</translation>
    </message>
    <message>
        <source>Unknown account</source>
        <translation>Unknown account</translation>
    </message>
    <message>
        <source>Counter records not readable by this role</source>
        <translation>Counter records not readable by this role</translation>
    </message>
    <message>
        <source>Exports not allowed for this role</source>
        <translation>Exports not allowed for this role</translation>
    </message>
    <message>
        <source>Sealed the accounts&apos; roles and states</source>
        <translation>Sealed the accounts&apos; roles and states</translation>
    </message>
    <message>
        <source>Account changed outside Sportello</source>
        <translation>Account changed outside Sportello</translation>
    </message>
    <message>
        <source>its seal does not match: the row, or one before it, was rewritten outside Sportello</source>
        <translation>its seal does not match: the row, or one before it, was rewritten outside Sportello</translation>
    </message>
    <message>
        <source>it lacks the seal every row of its kind gets (it was added or rewritten outside Sportello)</source>
        <translation>it lacks the seal every row of its kind gets (it was added or rewritten outside Sportello)</translation>
    </message>
    <message>
        <source>its time is earlier than the row before it</source>
        <translation>its time is earlier than the row before it</translation>
    </message>
    <message numerus="yes">
        <source>The audit log&apos;s chain is intact: %n row(s) checked, without their seals (the screen is locked).</source>
        <translation>
            <numerusform>The audit log&apos;s chain is intact: %n row checked, without its seal (the screen is locked).</numerusform>
            <numerusform>The audit log&apos;s chain is intact: %n rows checked, without their seals (the screen is locked).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n row(s) checked with their seals; the last %1, written while the screen was locked, get theirs at the next login.</source>
        <translation>
            <numerusform>The audit log is intact: %n row checked with its seal; the last %1, written while the screen was locked, get theirs at the next login.</numerusform>
            <numerusform>The audit log is intact: %n rows checked with their seals; the last %1, written while the screen was locked, get theirs at the next login.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n row(s) checked with their seals.</source>
        <translation>
            <numerusform>The audit log is intact: %n row checked with its seal.</numerusform>
            <numerusform>The audit log is intact: %n rows checked with their seals.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed what the retention period let expire</source>
        <translation>Removed what the retention period let expire</translation>
    </message>
    <message>
        <source>Exports of a person&apos;s whole record not allowed for this role</source>
        <translation>Exports of a person&apos;s whole record not allowed for this role</translation>
    </message>
    <message>
        <source>Desk settings not allowed for this role</source>
        <translation>Desk settings not allowed for this role</translation>
    </message>
    <message>
        <source>Replaced the master key</source>
        <translation>Replaced the master key</translation>
    </message>
    <message>
        <source>Replaced the recovery key</source>
        <translation>Replaced the recovery key</translation>
    </message>
    <message>
        <source>Connected the desk to the district network</source>
        <translation>Connected the desk to the district network</translation>
    </message>
    <message>
        <source>Disconnected the desk from the district network</source>
        <translation>Disconnected the desk from the district network</translation>
    </message>
    <message>
        <source>Sent a record refused by the hub again</source>
        <translation>Sent a record refused by the hub again</translation>
    </message>
    <message>
        <source>Gave up a record refused by the hub</source>
        <translation>Gave up a record refused by the hub</translation>
    </message>
    <message>
        <source>Recorded a destination&apos;s answer from the network</source>
        <translation>Recorded a destination&apos;s answer from the network</translation>
    </message>
    <message>
        <source>Wrote a backup of the desk</source>
        <translation>Wrote a backup of the desk</translation>
    </message>
    <message>
        <source>Restored the desk from a backup</source>
        <translation>Restored the desk from a backup</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Referral received</source>
        <translation>Referral received</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>District hub</source>
        <translation>District hub</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Data keys</source>
        <translation>Data keys</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Access request</source>
        <translation>Access request</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
</context>
<context>
    <name>Bacheca</name>
    <message>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <source>This page cannot be used this way.</source>
        <translation>This page cannot be used this way.</translation>
    </message>
    <message>
        <source>Page not found</source>
        <translation>Page not found</translation>
    </message>
    <message>
        <source>There is no such page on the board.</source>
        <translation>There is no such page on the board.</translation>
    </message>
    <message>
        <source>Back to the board</source>
        <translation>Back to the board</translation>
    </message>
    <message>
        <source>My board</source>
        <translation>My board</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>The form has expired</source>
        <translation>The form has expired</translation>
    </message>
    <message>
        <source>The page was open for too long, or came from elsewhere. Nothing was saved: go back, reload the page and try again.</source>
        <translation>The page was open for too long, or came from elsewhere. Nothing was saved: go back, reload the page and try again.</translation>
    </message>
    <message>
        <source>Neighbours, volunteers and organizations offer small everyday help — a lift, medicines brought home, company, collecting a prescription — and whoever needs it asks here. The board suggests who is near and free at the right time.</source>
        <translation>Neighbours, volunteers and organizations offer small everyday help — a lift, medicines brought home, company, collecting a prescription — and whoever needs it asks here. The board suggests who is near and free at the right time.</translation>
    </message>
    <message>
        <source>To offer or ask, register: a network operator checks who you are at a help desk and then activates your account.</source>
        <translation>To offer or ask, register: a network operator checks who you are at a help desk and then activates your account.</translation>
    </message>
    <message>
        <source>Neighbourhood help board</source>
        <translation>Neighbourhood help board</translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation>Logged in as %1.</translation>
    </message>
    <message>
        <source>Board unavailable</source>
        <translation>Board unavailable</translation>
    </message>
    <message>
        <source>The board cannot be read right now. Try again in a few minutes.</source>
        <translation>The board cannot be read right now. Try again in a few minutes.</translation>
    </message>
    <message>
        <source>My offers and requests</source>
        <translation>My offers and requests</translation>
    </message>
    <message>
        <source>You have no offer or request yet.</source>
        <translation>You have no offer or request yet.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>My matches</source>
        <translation>My matches</translation>
    </message>
    <message>
        <source>No match yet.</source>
        <translation>No match yet.</translation>
    </message>
    <message>
        <source>The board is run by the organizations of the district&apos;s help-desk network, as joint controllers under the network&apos;s protocol. It holds only what you give it for the board: your account (name, contact, comune), your offers and requests, and the matches between them.</source>
        <translation>The board is run by the organizations of the district&apos;s help-desk network, as joint controllers under the network&apos;s protocol. It holds only what you give it for the board: your account (name, contact, comune), your offers and requests, and the matches between them.</translation>
    </message>
    <message>
        <source>Purpose and legal basis: putting offers of neighbourhood help in touch with requests, with your consent (art. 6(1)(a) GDPR), which you give when you register and may withdraw by deleting your account.</source>
        <translation>Purpose and legal basis: putting offers of neighbourhood help in touch with requests, with your consent (art. 6(1)(a) GDPR), which you give when you register and may withdraw by deleting your account.</translation>
    </message>
    <message>
        <source>Your contact is shown to the other person of a match only once both of you have accepted it. The board is kept apart from the help desks&apos; case records and is never joined with them.</source>
        <translation>Your contact is shown to the other person of a match only once both of you have accepted it. The board is kept apart from the help desks&apos; case records and is never joined with them.</translation>
    </message>
    <message>
        <source>An account unused for 24 months is deleted with everything it holds, after a notice. You can download what the board holds about you and delete your account yourself at any time; a help desk of the network can correct your details.</source>
        <translation>An account unused for 24 months is deleted with everything it holds, after a notice. You can download what the board holds about you and delete your account yourself at any time; a help desk of the network can correct your details.</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <source>I register as</source>
        <translation>I register as</translation>
    </message>
    <message>
        <source>A citizen</source>
        <translation>A citizen</translation>
    </message>
    <message>
        <source>An organization (association, parish, cooperative)</source>
        <translation>An organization (association, parish, cooperative)</translation>
    </message>
    <message>
        <source>Name shown on the board</source>
        <translation>Name shown on the board</translation>
    </message>
    <message>
        <source>Phone or e-mail</source>
        <translation>Phone or e-mail</translation>
    </message>
    <message>
        <source>Shown only to the other person of a match, once both of you have accepted it.</source>
        <translation>Shown only to the other person of a match, once both of you have accepted it.</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Choose your comune</source>
        <translation>Choose your comune</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>3 to 40 letters, digits, dots, dashes or underscores.</source>
        <translation>3 to 40 letters, digits, dots, dashes or underscores.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>At least 10 characters: three or four unrelated words are easy to remember and hard to guess.</source>
        <translation>At least 10 characters: three or four unrelated words are easy to remember and hard to guess.</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>I have read the privacy notice and agree that the board keeps my data for this purpose.</source>
        <translation>I have read the privacy notice and agree that the board keeps my data for this purpose.</translation>
    </message>
    <message>
        <source>Register on the board</source>
        <translation>Register on the board</translation>
    </message>
    <message>
        <source>Choose a citizen or an organization.</source>
        <translation>Choose a citizen or an organization.</translation>
    </message>
    <message>
        <source>Choose your comune from the list.</source>
        <translation>Choose your comune from the list.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>The board can keep your data only with your agreement.</source>
        <translation>The board can keep your data only with your agreement.</translation>
    </message>
    <message>
        <source>Thank you. Your account is waiting for a network operator to check who you are.</source>
        <translation>Thank you. Your account is waiting for a network operator to check who you are.</translation>
    </message>
    <message>
        <source>Go to one of the network&apos;s help desks with an identity document and your user name: the operator activates your account, and then you can log in, offer and ask.</source>
        <translation>Go to one of the network&apos;s help desks with an identity document and your user name: the operator activates your account, and then you can log in, offer and ask.</translation>
    </message>
    <message>
        <source>Registration received</source>
        <translation>Registration received</translation>
    </message>
    <message>
        <source>This user name is taken: choose another.</source>
        <translation>This user name is taken: choose another.</translation>
    </message>
    <message>
        <source>The password needs at least 10 characters.</source>
        <translation>The password needs at least 10 characters.</translation>
    </message>
    <message>
        <source>This password is too easy to guess: use three or four unrelated words.</source>
        <translation>This password is too easy to guess: use three or four unrelated words.</translation>
    </message>
    <message>
        <source>Use 3 to 40 letters, digits, dots, dashes or underscores, starting with a letter or a digit.</source>
        <translation>Use 3 to 40 letters, digits, dots, dashes or underscores, starting with a letter or a digit.</translation>
    </message>
    <message>
        <source>Write a name of at most 100 characters.</source>
        <translation>Write a name of at most 100 characters.</translation>
    </message>
    <message>
        <source>Write a contact of at most 200 characters.</source>
        <translation>Write a contact of at most 200 characters.</translation>
    </message>
    <message>
        <source>Forgotten your password? A help desk of the network can give you a new one.</source>
        <translation>Forgotten your password? A help desk of the network can give you a new one.</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in %1 seconds.</source>
        <translation>Too many attempts. Try again in %1 seconds.</translation>
    </message>
    <message>
        <source>Your account is suspended: ask a help desk of the network.</source>
        <translation>Your account is suspended: ask a help desk of the network.</translation>
    </message>
    <message>
        <source>Your account is not active yet: a network operator must first check who you are at a help desk.</source>
        <translation>Your account is not active yet: a network operator must first check who you are at a help desk.</translation>
    </message>
    <message>
        <source>The user name or the password is not right.</source>
        <translation>The user name or the password is not right.</translation>
    </message>
    <message>
        <source>Skip to the content</source>
        <translation>Skip to the content</translation>
    </message>
    <message>
        <source>Board menu</source>
        <translation>Board menu</translation>
    </message>
    <message>
        <source>Please correct the following</source>
        <translation>Please correct the following</translation>
    </message>
    <message>
        <source>Offer and ask for help in your neighbourhood</source>
        <translation>Offer and ask for help in your neighbourhood</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>My account</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Change your password</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Your data</translation>
    </message>
    <message>
        <source>Download everything the board holds about you: your account, your offers and requests, your matches.</source>
        <translation>Download everything the board holds about you: your account, your offers and requests, your matches.</translation>
    </message>
    <message>
        <source>Download my data (JSON)</source>
        <translation>Download my data (JSON)</translation>
    </message>
    <message>
        <source>Delete your account</source>
        <translation>Delete your account</translation>
    </message>
    <message>
        <source>Your account is deleted at once with your offers, your requests and their matches. It cannot be undone.</source>
        <translation>Your account is deleted at once with your offers, your requests and their matches. It cannot be undone.</translation>
    </message>
    <message>
        <source>Yes, delete my account and everything the board holds of it.</source>
        <translation>Yes, delete my account and everything the board holds of it.</translation>
    </message>
    <message>
        <source>Delete my account</source>
        <translation>Delete my account</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Your password is changed. Log in again with the new one.</source>
        <translation>Your password is changed. Log in again with the new one.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>The current password is not right.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <source>Tick the box to confirm the deletion.</source>
        <translation>Tick the box to confirm the deletion.</translation>
    </message>
    <message>
        <source>Account deleted</source>
        <translation>Account deleted</translation>
    </message>
    <message>
        <source>Your account and everything the board held of it are deleted.</source>
        <translation>Your account and everything the board held of it are deleted.</translation>
    </message>
    <message>
        <source>New offer or request</source>
        <translation>New offer or request</translation>
    </message>
    <message>
        <source>I would like to</source>
        <translation>I would like to</translation>
    </message>
    <message>
        <source>ask for help</source>
        <translation>ask for help</translation>
    </message>
    <message>
        <source>offer help</source>
        <translation>offer help</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>On one day</source>
        <translation>On one day</translation>
    </message>
    <message>
        <source>Leave it empty for every week, on the days ticked below.</source>
        <translation>Leave it empty for every week, on the days ticked below.</translation>
    </message>
    <message>
        <source>Every week on</source>
        <translation>Every week on</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Leave both empty for any time of the day.</source>
        <translation>Leave both empty for any time of the day.</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>For whom</translation>
    </message>
    <message>
        <source>If you offer: how many people at once</source>
        <translation>If you offer: how many people at once</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Post it</source>
        <translation>Post it</translation>
    </message>
    <message>
        <source>Choose whether you ask or offer.</source>
        <translation>Choose whether you ask or offer.</translation>
    </message>
    <message>
        <source>Choose what from the list.</source>
        <translation>Choose what from the list.</translation>
    </message>
    <message>
        <source>Write a neighbourhood of at most 60 characters.</source>
        <translation>Write a neighbourhood of at most 60 characters.</translation>
    </message>
    <message>
        <source>Give both times, the second after the first, or neither.</source>
        <translation>Give both times, the second after the first, or neither.</translation>
    </message>
    <message>
        <source>Write the day as on a calendar.</source>
        <translation>Write the day as on a calendar.</translation>
    </message>
    <message>
        <source>The day has already passed.</source>
        <translation>The day has already passed.</translation>
    </message>
    <message>
        <source>Tick at least one day, or give a date.</source>
        <translation>Tick at least one day, or give a date.</translation>
    </message>
    <message>
        <source>Choose for whom from the list.</source>
        <translation>Choose for whom from the list.</translation>
    </message>
    <message>
        <source>Give a number from 1 to 50.</source>
        <translation>Give a number from 1 to 50.</translation>
    </message>
    <message>
        <source>Write at most 1,000 characters.</source>
        <translation>Write at most 1,000 characters.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Nobody near you fits yet. The board will suggest them here as soon as they post.</source>
        <translation>Nobody near you fits yet. The board will suggest them here as soon as they post.</translation>
    </message>
    <message>
        <source>Too many attempts</source>
        <translation>Too many attempts</translation>
    </message>
    <message>
        <source>Too many attempts from this connection. Try again in %1 seconds.</source>
        <translation>Too many attempts from this connection. Try again in %1 seconds.</translation>
    </message>
    <message>
        <source>Already proposed</source>
        <translation>Already proposed</translation>
    </message>
    <message>
        <source>These two posts are already matched.</source>
        <translation>These two posts are already matched.</translation>
    </message>
    <message>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>You have accepted. The contacts appear here when the other side accepts too.</source>
        <translation>You have accepted. The contacts appear here when the other side accepts too.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Not possible now</source>
        <translation>Not possible now</translation>
    </message>
    <message>
        <source>This match has moved on: reload its page to see where it stands.</source>
        <translation>This match has moved on: reload its page to see where it stands.</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Propose</translation>
    </message>
    <message>
        <source>Not for this account</source>
        <translation>Not for this account</translation>
    </message>
    <message>
        <source>This page is for another kind of account.</source>
        <translation>This page is for another kind of account.</translation>
    </message>
    <message>
        <source>Referrals to the Comune</source>
        <translation>Referrals to the Comune</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>The help has started</source>
        <translation>The help has started</translation>
    </message>
    <message>
        <source>The help is over</source>
        <translation>The help is over</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Why it is called off</source>
        <translation>Why it is called off</translation>
    </message>
    <message>
        <source>Call it off</source>
        <translation>Call it off</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>How did it go?</translation>
    </message>
    <message>
        <source>A line about it (optional)</source>
        <translation>A line about it (optional)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Send the feedback</source>
        <translation>Send the feedback</translation>
    </message>
    <message>
        <source>Your feedback: %1.</source>
        <translation>Your feedback: %1.</translation>
    </message>
    <message>
        <source>Arranging the help</source>
        <translation>Arranging the help</translation>
    </message>
    <message>
        <source>No message yet.</source>
        <translation>No message yet.</translation>
    </message>
    <message>
        <source>You:</source>
        <translation>You:</translation>
    </message>
    <message>
        <source>The other side:</source>
        <translation>The other side:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Only to arrange the help: day, time, place. Do not write health details.</source>
        <translation>Only to arrange the help: day, time, place. Do not write health details.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Write a message of at most 1,000 characters.</source>
        <translation>Write a message of at most 1,000 characters.</translation>
    </message>
    <message>
        <source>Choose the reason.</source>
        <translation>Choose the reason.</translation>
    </message>
    <message>
        <source>Choose how it went.</source>
        <translation>Choose how it went.</translation>
    </message>
    <message>
        <source>Write at most 280 characters.</source>
        <translation>Write at most 280 characters.</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>any time</translation>
    </message>
    <message>
        <source>(until %1)</source>
        <translation>(until %1)</translation>
    </message>
    <message>
        <source>Report to the moderators</source>
        <translation>Report to the moderators</translation>
    </message>
    <message>
        <source>Answer recorded: the desk that sent the referral will see it at its next synchronization.</source>
        <translation>Answer recorded: the desk that sent the referral will see it at its next synchronization.</translation>
    </message>
    <message>
        <source>The referrals the network&apos;s help desks sent to the Comune&apos;s social services, as the hub holds them: without names. The person brings the letter with the referral&apos;s code.</source>
        <translation>The referrals the network&apos;s help desks sent to the Comune&apos;s social services, as the hub holds them: without names. The person brings the letter with the referral&apos;s code.</translation>
    </message>
    <message>
        <source>Code on the letter</source>
        <translation>Code on the letter</translation>
    </message>
    <message>
        <source>Also those already decided or closed</source>
        <translation>Also those already decided or closed</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>No referral is waiting.</source>
        <translation>No referral is waiting.</translation>
    </message>
    <message>
        <source>No referral has this code.</source>
        <translation>No referral has this code.</translation>
    </message>
    <message>
        <source>All referrals</source>
        <translation>All referrals</translation>
    </message>
    <message>
        <source>Referrals still open</source>
        <translation>Referrals still open</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>From the desk</source>
        <translation>From the desk</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Referrals to the Comune of %1</source>
        <translation>Referrals to the Comune of %1</translation>
    </message>
    <message>
        <source>This referral needs no answer now.</source>
        <translation>This referral needs no answer now.</translation>
    </message>
    <message>
        <source>Answer the desk</source>
        <translation>Answer the desk</translation>
    </message>
    <message>
        <source>Taken on by the social services</source>
        <translation>Taken on by the social services</translation>
    </message>
    <message>
        <source>Reason for declining</source>
        <translation>Reason for declining</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Age band</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <source>Answers so far</source>
        <translation>Answers so far</translation>
    </message>
    <message>
        <source>No answer yet.</source>
        <translation>No answer yet.</translation>
    </message>
    <message>
        <source>Back to the referrals</source>
        <translation>Back to the referrals</translation>
    </message>
    <message>
        <source>Referral %1</source>
        <translation>Referral %1</translation>
    </message>
    <message>
        <source>This answer does not fit the referral&apos;s state any more: see its answers so far.</source>
        <translation>This answer does not fit the referral&apos;s state any more: see its answers so far.</translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation>Choose the outcome.</translation>
    </message>
    <message>
        <source>This answer is not valid.</source>
        <translation>This answer is not valid.</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Comune&apos;s social services</source>
        <translation>Comune&apos;s social services</translation>
    </message>
    <message>
        <source>Network operator</source>
        <translation>Network operator</translation>
    </message>
    <message>
        <source>Offensive or inappropriate</source>
        <translation>Offensive or inappropriate</translation>
    </message>
    <message>
        <source>Not neighbourly help (an advert, a sale)</source>
        <translation>Not neighbourly help (an advert, a sale)</translation>
    </message>
    <message>
        <source>Suspected fraud or danger</source>
        <translation>Suspected fraud or danger</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Another reason</translation>
    </message>
    <message>
        <source>Registrations waiting</source>
        <translation>Registrations waiting</translation>
    </message>
    <message>
        <source>No registration waits.</source>
        <translation>No registration waits.</translation>
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
        <source>Registered on</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>Reported posts</source>
        <translation>Reported posts</translation>
    </message>
    <message>
        <source>No post is reported.</source>
        <translation>No post is reported.</translation>
    </message>
    <message>
        <source>Accounts to be deleted for inactivity</source>
        <translation>Accounts to be deleted for inactivity</translation>
    </message>
    <message>
        <source>Unused for 23 months: tell each person, at the contact given, that the account will be deleted in 30 days or more unless they log in.</source>
        <translation>Unused for 23 months: tell each person, at the contact given, that the account will be deleted in 30 days or more unless they log in.</translation>
    </message>
    <message>
        <source>The moderators&apos; latest actions</source>
        <translation>The moderators&apos; latest actions</translation>
    </message>
    <message>
        <source>No action yet.</source>
        <translation>No action yet.</translation>
    </message>
    <message>
        <source>Issue the credentials only to the person in front of you, after checking an identity document (or, for an organization, who represents it) against the name above.</source>
        <translation>Issue the credentials only to the person in front of you, after checking an identity document (or, for an organization, who represents it) against the name above.</translation>
    </message>
    <message>
        <source>Issue the credentials</source>
        <translation>Issue the credentials</translation>
    </message>
    <message>
        <source>I have checked who this person is</source>
        <translation>I have checked who this person is</translation>
    </message>
    <message>
        <source>Registration of %1</source>
        <translation>Registration of %1</translation>
    </message>
    <message>
        <source>Confirm that you have checked who this person is.</source>
        <translation>Confirm that you have checked who this person is.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Hide the post</source>
        <translation>Hide the post</translation>
    </message>
    <message>
        <source>Keep it and dismiss the reports</source>
        <translation>Keep it and dismiss the reports</translation>
    </message>
    <message>
        <source>Reported post</source>
        <translation>Reported post</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>The network&apos;s moderators will read the post and may hide it. Its author is not told who reported it.</source>
        <translation>The network&apos;s moderators will read the post and may hide it. Its author is not told who reported it.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Report a post</source>
        <translation>Report a post</translation>
    </message>
    <message>
        <source>Post reported</source>
        <translation>Post reported</translation>
    </message>
    <message>
        <source>Thank you: the moderators will look at it.</source>
        <translation>Thank you: the moderators will look at it.</translation>
    </message>
    <message>
        <source>Your password is a temporary one, given by an operator: choose a new one before going on.</source>
        <translation>Your password is a temporary one, given by an operator: choose a new one before going on.</translation>
    </message>
    <message>
        <source>%1 — reported once: %2</source>
        <translation>%1 — reported once: %2</translation>
    </message>
    <message>
        <source>%1 — reported %3 times: %2</source>
        <translation>%1 — reported %3 times: %2</translation>
    </message>
</context>
<context>
    <name>BoardText</name>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Walking bus to school</source>
        <translation>Walking bus to school</translation>
    </message>
    <message>
        <source>Sports activities</source>
        <translation>Sports activities</translation>
    </message>
    <message>
        <source>After-school activities</source>
        <translation>After-school activities</translation>
    </message>
    <message>
        <source>Food supplies</source>
        <translation>Food supplies</translation>
    </message>
    <message>
        <source>Community meals</source>
        <translation>Community meals</translation>
    </message>
    <message>
        <source>Collecting prescriptions</source>
        <translation>Collecting prescriptions</translation>
    </message>
    <message>
        <source>Medicines delivered at home</source>
        <translation>Medicines delivered at home</translation>
    </message>
    <message>
        <source>Company for small errands</source>
        <translation>Company for small errands</translation>
    </message>
    <message>
        <source>Company to religious services</source>
        <translation>Company to religious services</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Comfort calls</source>
        <translation>Comfort calls</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offer</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>For themselves</source>
        <translation>For themselves</translation>
    </message>
    <message>
        <source>For a family member</source>
        <translation>For a family member</translation>
    </message>
    <message>
        <source>For a person the organization follows</source>
        <translation>For a person the organization follows</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Accepted by both</source>
        <translation>Accepted by both</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Under way</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Concluded</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation>No longer needed</translation>
    </message>
    <message>
        <source>No longer available</source>
        <translation>No longer available</translation>
    </message>
    <message>
        <source>Something came up</source>
        <translation>Something came up</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Another reason</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Partly done</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>same neighbourhood</source>
        <translation>same neighbourhood</translation>
    </message>
    <message>
        <source>same comune</source>
        <translation>same comune</translation>
    </message>
    <message>
        <source>neighbouring comune</source>
        <translation>neighbouring comune</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday, day/month</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, %2, any time</source>
        <comment>nearness, day</comment>
        <translation>%1, %2, any time</translation>
    </message>
    <message>
        <source>%1, %2 %3–%4</source>
        <comment>nearness, day, from, to</comment>
        <translation>%1, %2 %3–%4</translation>
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
    <message>
        <source>this is not a catalogue Sportello can read: an HSDS service, an organization, a page of an HSDS API list (&quot;contents&quot;), a list of services or organizations, or a Sportello export was expected.</source>
        <translation>this is not a catalogue Sportello can read: an HSDS service, an organization, a page of an HSDS API list (&quot;contents&quot;), a list of services or organizations, or a Sportello export was expected.</translation>
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
    <message>
        <source>--people needs a number of people from 1 to %1.</source>
        <translation>--people needs a number of people from 1 to %1.</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to %1.</source>
        <translation>--seed needs a whole number from 0 to %1.</translation>
    </message>
    <message>
        <source>--seed is used only with --people.</source>
        <translation>--seed is used only with --people.</translation>
    </message>
    <message>
        <source>Seed: %1 (give --seed %1 to draw the same people again).</source>
        <translation>Seed: %1 (give --seed %1 to draw the same people again).</translation>
    </message>
    <message>
        <source>Adding people: %1% (%2 of %3)</source>
        <translation>Adding people: %1% (%2 of %3)</translation>
    </message>
    <message numerus="yes">
        <source>Added %n person(s) with %1.</source>
        <translation>
            <numerusform>Added %n person(s) with %1.</numerusform>
            <numerusform>Added %n person(s) with %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session(s)</numerusform>
            <numerusform>%n session(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>create the demo profile in the data folder; --people adds N made-up people with two years of sessions (creating the demo first when missing)</source>
        <translation>create the demo profile in the data folder; --people adds N made-up people with two years of sessions (creating the demo first when missing)</translation>
    </message>
    <message>
        <source>Usage: sportello-cli outbox list [--state S] [--json]</source>
        <translation>Usage: sportello-cli outbox list [--state S] [--json]</translation>
    </message>
    <message>
        <source>Unknown outbox state &quot;%1&quot;: use one of %2.</source>
        <translation>Unknown outbox state &quot;%1&quot;: use one of %2.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>Event id</translation>
    </message>
    <message>
        <source>The outbox is empty: no record is waiting for the hub.</source>
        <translation>The outbox is empty: no record is waiting for the hub.</translation>
    </message>
    <message>
        <source>No outbox item is in state %1.</source>
        <translation>No outbox item is in state %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n outbox item(s).</source>
        <translation>
            <numerusform>%n outbox item.</numerusform>
            <numerusform>%n outbox items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outbox item(s) in state %1.</source>
        <translation>
            <numerusform>%n outbox item in state %1.</numerusform>
            <numerusform>%n outbox items in state %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported (Sportello cannot represent this value, for example a monthly schedule): %1</source>
        <translation>Not imported (Sportello cannot represent this value, for example a monthly schedule): %1</translation>
    </message>
    <message>
        <source>key status takes no arguments.</source>
        <translation>key status takes no arguments.</translation>
    </message>
    <message>
        <source>Database: not encrypted yet (it will be at the next start).</source>
        <translation>Database: not encrypted yet (it will be at the next start).</translation>
    </message>
    <message>
        <source>The database file cannot be read.</source>
        <translation>The database file cannot be read.</translation>
    </message>
    <message>
        <source>Database: encrypted.</source>
        <translation>Database: encrypted.</translation>
    </message>
    <message>
        <source>Key in this computer&apos;s keychain: yes.</source>
        <translation>Key in this computer&apos;s keychain: yes.</translation>
    </message>
    <message>
        <source>Key in this computer&apos;s keychain: no (sportello-cli key restore puts it back with the recovery key).</source>
        <translation>Key in this computer&apos;s keychain: no (sportello-cli key restore puts it back with the recovery key).</translation>
    </message>
    <message>
        <source>Key in this computer&apos;s keychain: unknown.</source>
        <translation>Key in this computer&apos;s keychain: unknown.</translation>
    </message>
    <message>
        <source>Copy under the recovery key: yes.</source>
        <translation>Copy under the recovery key: yes.</translation>
    </message>
    <message>
        <source>Copy under the recovery key: no (a coordinator who unlocks with the recovery key makes it).</source>
        <translation>Copy under the recovery key: no (a coordinator who unlocks with the recovery key makes it).</translation>
    </message>
    <message>
        <source>Usage: sportello-cli key restore (the recovery key on standard input)</source>
        <translation>Usage: sportello-cli key restore (the recovery key on standard input)</translation>
    </message>
    <message>
        <source>Type the desk&apos;s recovery key on standard input.</source>
        <translation>Type the desk&apos;s recovery key on standard input.</translation>
    </message>
    <message>
        <source>This profile has no copy of its key under the recovery key.</source>
        <translation>This profile has no copy of its key under the recovery key.</translation>
    </message>
    <message>
        <source>This is not the recovery key of this desk.</source>
        <translation>This is not the recovery key of this desk.</translation>
    </message>
    <message>
        <source>The database key is back in this computer&apos;s keychain.</source>
        <translation>The database key is back in this computer&apos;s keychain.</translation>
    </message>
    <message>
        <source>show where the database key of the profile is</source>
        <translation>show where the database key of the profile is</translation>
    </message>
    <message>
        <source>put the database key back in this computer&apos;s keychain with the recovery key (on standard input)</source>
        <translation>put the database key back in this computer&apos;s keychain with the recovery key (on standard input)</translation>
    </message>
    <message>
        <source>list the anonymized records kept for the district hub; --state shows one state only (QUEUED, SENDING, DELIVERED, FAILED, DISCARDED), --json prints the records as JSON</source>
        <translation>list the anonymized records kept for the district hub; --state shows one state only (QUEUED, SENDING, DELIVERED, FAILED, DISCARDED), --json prints the records as JSON</translation>
    </message>
    <message>
        <source>Usage: sportello-cli hub enrol --url URL --token TOKEN|- (--ca FILE | --pin sha256/…) [--http2]</source>
        <translation>Usage: sportello-cli hub enrol --url URL --token TOKEN|- (--ca FILE | --pin sha256/…) [--http2]</translation>
    </message>
    <message numerus="yes">
        <source>This desk is now part of %1 (%n comune(s)); its hub is %2.</source>
        <translation>
            <numerusform>This desk is now part of %1 (%n comune); its hub is %2.</numerusform>
            <numerusform>This desk is now part of %1 (%n comuni); its hub is %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: sportello-cli hub leave</source>
        <translation>Usage: sportello-cli hub leave</translation>
    </message>
    <message>
        <source>This desk has left the district network; its token was removed from the keychain. What is waiting in the outbox stays here.</source>
        <translation>This desk has left the district network; its token was removed from the keychain. What is waiting in the outbox stays here.</translation>
    </message>
    <message>
        <source>Not connected to the district network.</source>
        <translation>Not connected to the district network.</translation>
    </message>
    <message>
        <source>Hub: %1 (%2)</source>
        <translation>Hub: %1 (%2)</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Last successful sync: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Paused: %1</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Last problem: %1</translation>
    </message>
    <message>
        <source>Waiting: %1, refused by the hub: %2, delivered: %3</source>
        <translation>Waiting: %1, refused by the hub: %2, delivered: %3</translation>
    </message>
    <message>
        <source>Usage: sportello-cli sync status [--json]</source>
        <translation>Usage: sportello-cli sync status [--json]</translation>
    </message>
    <message>
        <source>Usage: sportello-cli sync [--force]</source>
        <translation>Usage: sportello-cli sync [--force]</translation>
    </message>
    <message>
        <source>Delivered: %1, refused by the hub: %2, to retry: %3</source>
        <translation>Delivered: %1, refused by the hub: %2, to retry: %3</translation>
    </message>
    <message>
        <source>connect this desk to the district hub with the one-time token (- reads it from standard input) and the district&apos;s CA certificate or the hub&apos;s key pin; the token is kept in the system keychain only</source>
        <translation>connect this desk to the district hub with the one-time token (- reads it from standard input) and the district&apos;s CA certificate or the hub&apos;s key pin; the token is kept in the system keychain only</translation>
    </message>
    <message>
        <source>disconnect this desk from the district hub and remove its token from the keychain</source>
        <translation>disconnect this desk from the district hub and remove its token from the keychain</translation>
    </message>
    <message>
        <source>one synchronization round with the hub; exit code 0 only when nothing is left waiting or refused; --force tries even while the sync is paused</source>
        <translation>one synchronization round with the hub; exit code 0 only when nothing is left waiting or refused; --force tries even while the sync is paused</translation>
    </message>
    <message>
        <source>show the link to the hub and the outbox&apos;s counts</source>
        <translation>show the link to the hub and the outbox&apos;s counts</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; is not a date: write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The threshold is a whole number, at least %1.</source>
        <translation>The threshold is a whole number, at least %1.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>Report written to %1 (counts from 1 to %2 are not shown).</source>
        <translation>Report written to %1 (counts from 1 to %2 are not shown).</translation>
    </message>
    <message>
        <source>Usage: sportello-cli report --from YYYY-MM-DD --to YYYY-MM-DD --format csv|pdf|caritas-csv|facilitazione-csv --out FILE [--threshold K]</source>
        <translation>Usage: sportello-cli report --from YYYY-MM-DD --to YYYY-MM-DD --format csv|pdf|caritas-csv|facilitazione-csv --out FILE [--threshold K]</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use one of %2.</source>
        <translation>Unknown format &quot;%1&quot;: use one of %2.</translation>
    </message>
    <message>
        <source>write the desk&apos;s report for the period beside the one before, as CSV for Excel in Italian locale or as PDF/A, or the Caritas-coded or digital-facilitation CSV; counts only, small ones hidden (K, at least 3, default 5), so it needs no login</source>
        <translation>write the desk&apos;s report for the period beside the one before, as CSV for Excel in Italian locale or as PDF/A, or the Caritas-coded or digital-facilitation CSV; counts only, small ones hidden (K, at least 3, default 5), so it needs no login</translation>
    </message>
    <message>
        <source>Usage: sportello-cli backup --out FILE</source>
        <translation>Usage: sportello-cli backup --out FILE</translation>
    </message>
    <message>
        <source>Backup written: %1 (%2 MiB, schema %3).</source>
        <translation>Backup written: %1 (%2 MiB, schema %3).</translation>
    </message>
    <message>
        <source>It holds no copy of the key under the recovery key: it opens only on this computer. A coordinator who unlocks with the recovery key makes that copy.</source>
        <translation>It holds no copy of the key under the recovery key: it opens only on this computer. A coordinator who unlocks with the recovery key makes that copy.</translation>
    </message>
    <message>
        <source>On another computer it opens with the desk&apos;s recovery key.</source>
        <translation>On another computer it opens with the desk&apos;s recovery key.</translation>
    </message>
    <message>
        <source>The backup holds no copy of its key under the recovery key: it opens only on the computer that wrote it.</source>
        <translation>The backup holds no copy of its key under the recovery key: it opens only on the computer that wrote it.</translation>
    </message>
    <message>
        <source>The key of this backup is not in this computer&apos;s keychain (it was written on another computer). Run the restore again with --with-recovery-key and type the desk&apos;s recovery key.</source>
        <translation>The key of this backup is not in this computer&apos;s keychain (it was written on another computer). Run the restore again with --with-recovery-key and type the desk&apos;s recovery key.</translation>
    </message>
    <message>
        <source>Usage: sportello-cli --data-dir NEW_FOLDER restore FILE [--with-recovery-key]</source>
        <translation>Usage: sportello-cli --data-dir NEW_FOLDER restore FILE [--with-recovery-key]</translation>
    </message>
    <message>
        <source>The restored database fails its integrity check: %1</source>
        <translation>The restored database fails its integrity check: %1</translation>
    </message>
    <message>
        <source>The restored files were removed; try another backup.</source>
        <translation>The restored files were removed; try another backup.</translation>
    </message>
    <message>
        <source>Restored into %1: the backup of %2, schema %3 (now %4); integrity check ok.</source>
        <translation>Restored into %1: the backup of %2, schema %3 (now %4); integrity check ok.</translation>
    </message>
    <message>
        <source>write a backup of the profile (Sportello not running on it), encrypted like the profile</source>
        <translation>write a backup of the profile (Sportello not running on it), encrypted like the profile</translation>
    </message>
    <message>
        <source>restore a backup into the new profile of --data-dir (the recovery key on standard input when asked)</source>
        <translation>restore a backup into the new profile of --data-dir (the recovery key on standard input when asked)</translation>
    </message>
    <message>
        <source>Sportello is open on this profile. A coordinator takes the backup from the app (the Backup page), or close Sportello and run this again.</source>
        <translation>Sportello is open on this profile. A coordinator takes the backup from the app (the Backup page), or close Sportello and run this again.</translation>
    </message>
</context>
<context>
    <name>ConsentFormDocument</name>
    <message>
        <source>Recording my personal data</source>
        <translation>Recording my personal data</translation>
    </message>
    <message>
        <source>The desk records my personal details, contacts and the needs I talk about, to listen to me, guide me to services and accompany me.</source>
        <translation>The desk records my personal details, contacts and the needs I talk about, to listen to me, guide me to services and accompany me.</translation>
    </message>
    <message>
        <source>Information on health, disability, addiction or judicial matters</source>
        <translation>Information on health, disability, addiction or judicial matters</translation>
    </message>
    <message>
        <source>The desk records this information only when the help I ask for needs it (GDPR articles 9 and 10).</source>
        <translation>The desk records this information only when the help I ask for needs it (GDPR articles 9 and 10).</translation>
    </message>
    <message>
        <source>Referral to the Social Services of the Comune</source>
        <translation>Referral to the Social Services of the Comune</translation>
    </message>
    <message>
        <source>The desk sends my name and my situation to the Social Services of the Comune, so that they can take charge of my case.</source>
        <translation>The desk sends my name and my situation to the Social Services of the Comune, so that they can take charge of my case.</translation>
    </message>
    <message>
        <source>Contact by phone</source>
        <translation>Contact by phone</translation>
    </message>
    <message>
        <source>The desk may call me back by phone.</source>
        <translation>The desk may call me back by phone.</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Consent form</translation>
    </message>
    <message>
        <source>I, the undersigned %1, declare that I have received the privacy notice (version %2) and that it was explained to me. For each purpose I state:</source>
        <translation>I, the undersigned %1, declare that I have received the privacy notice (version %2) and that it was explained to me. For each purpose I state:</translation>
    </message>
    <message>
        <source>I consent</source>
        <translation>I consent</translation>
    </message>
    <message>
        <source>I do not consent</source>
        <translation>I do not consent</translation>
    </message>
    <message>
        <source>I can revoke each consent at any time, also in part, by telling the desk. Refusing or revoking a consent does not affect the help I receive.</source>
        <translation>I can revoke each consent at any time, also in part, by telling the desk. Refusing or revoking a consent does not affect the help I receive.</translation>
    </message>
    <message>
        <source>Place and date: %1, %2</source>
        <translation>Place and date: %1, %2</translation>
    </message>
    <message>
        <source>Signature of the person</source>
        <translation>Signature of the person</translation>
    </message>
    <message>
        <source>Signature of the operator</source>
        <translation>Signature of the operator</translation>
    </message>
    <message>
        <source>Privacy notice version %1</source>
        <translation>Privacy notice version %1</translation>
    </message>
    <message>
        <source>Privacy notice and consent form</source>
        <translation>Privacy notice and consent form</translation>
    </message>
    <message>
        <source>Privacy notice version %1 · page %2 of %3</source>
        <translation>Privacy notice version %1 · page %2 of %3</translation>
    </message>
    <message>
        <source>The neighbourhood board</source>
        <translation>The neighbourhood board</translation>
    </message>
    <message>
        <source>The desk puts my request or offer of help on the district&apos;s neighbourhood board, with the desk as the contact unless I ask for my own name and phone to be shown, and only to whoever accepts to help or be helped.</source>
        <translation>The desk puts my request or offer of help on the district&apos;s neighbourhood board, with the desk as the contact unless I ask for my own name and phone to be shown, and only to whoever accepts to help or be helped.</translation>
    </message>
</context>
<context>
    <name>Delivering</name>
    <message>
        <source>This document names a person: print it and hand it over. A PDF saved on this computer is one more copy of the person&apos;s data, to be deleted when they ask to be erased.</source>
        <translation>This document names a person: print it and hand it over. A PDF saved on this computer is one more copy of the person&apos;s data, to be deleted when they ask to be erased.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
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
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>To call back</source>
        <translation>To call back</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>&amp;Privacy notice and consent form…</source>
        <translation>&amp;Privacy notice and consent form…</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <source>With --screenshot: show the page &lt;id&gt; (session, followups, people, catalogue…).</source>
        <translation>With --screenshot: show the page &lt;id&gt; (session, followups, people, catalogue…).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>username</source>
        <translation>username</translation>
    </message>
    <message>
        <source>With --screenshot on a demo profile: log in as &lt;username&gt;, reading the password from standard input.</source>
        <translation>With --screenshot on a demo profile: log in as &lt;username&gt;, reading the password from standard input.</translation>
    </message>
    <message>
        <source>--login works only on a demo profile: the records of a real desk are never rendered to a file.</source>
        <translation>--login works only on a demo profile: the records of a real desk are never rendered to a file.</translation>
    </message>
    <message>
        <source>The key of this profile&apos;s database is not in this computer&apos;s keychain. Type the desk&apos;s recovery key (the one printed when the desk was set up) to open it:</source>
        <translation>The key of this profile&apos;s database is not in this computer&apos;s keychain. Type the desk&apos;s recovery key (the one printed when the desk was set up) to open it:</translation>
    </message>
    <message>
        <source>This is not the recovery key of this desk.</source>
        <translation>This is not the recovery key of this desk.</translation>
    </message>
    <message>
        <source>Referrals received</source>
        <translation>Referrals received</translation>
    </message>
    <message>
        <source>Synchronization</source>
        <translation>Synchronization</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Neighbourhood board</source>
        <translation>Neighbourhood board</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
</context>
<context>
    <name>DistrictText</name>
    <message>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>Outside the district</source>
        <translation>Outside the district</translation>
    </message>
    <message>
        <source>Referrals by desk and month</source>
        <translation>Referrals by desk and month</translation>
    </message>
    <message>
        <source>Referrals by comune of residence and destination</source>
        <translation>Referrals by comune of residence and destination</translation>
    </message>
    <message>
        <source>Referrals by destination and state</source>
        <translation>Referrals by destination and state</translation>
    </message>
    <message>
        <source>Closed referrals by destination and final outcome</source>
        <translation>Closed referrals by destination and final outcome</translation>
    </message>
    <message>
        <source>Closed loop: referrals sent, answered and taken over, by destination</source>
        <translation>Closed loop: referrals sent, answered and taken over, by destination</translation>
    </message>
    <message>
        <source>Days from sending to take-over, by destination</source>
        <translation>Days from sending to take-over, by destination</translation>
    </message>
    <message>
        <source>Need areas of the referrals by comune of residence</source>
        <translation>Need areas of the referrals by comune of residence</translation>
    </message>
    <message>
        <source>Referrals by age band and destination</source>
        <translation>Referrals by age band and destination</translation>
    </message>
    <message>
        <source>Referrals by gender and destination</source>
        <translation>Referrals by gender and destination</translation>
    </message>
    <message>
        <source>Referrals by citizenship and destination</source>
        <translation>Referrals by citizenship and destination</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Taken over</source>
        <translation>Taken over</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>District report</source>
        <translation>District report</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Desks of the network</source>
        <translation>Desks of the network</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>the anonymized referral records the desks sent to the hub; a record carries its month, not its day</source>
        <translation>the anonymized referral records the desks sent to the hub; a record carries its month, not its day</translation>
    </message>
    <message>
        <source>Closed loop</source>
        <translation>Closed loop</translation>
    </message>
    <message>
        <source>Share answered</source>
        <translation>Share answered</translation>
    </message>
    <message>
        <source>Median days to take-over</source>
        <translation>Median days to take-over</translation>
    </message>
    <message>
        <source>none sent</source>
        <translation>none sent</translation>
    </message>
    <message>
        <source>All destinations</source>
        <translation>All destinations</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
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
    <message>
        <source>&quot;%1&quot; can only be recorded with the person&apos;s consent to: %2. Record the consent first, or choose the general category.</source>
        <translation>&quot;%1&quot; can only be recorded with the person&apos;s consent to: %2. Record the consent first, or choose the general category.</translation>
    </message>
    <message>
        <source>This needs the person&apos;s consent to: %1. Record the consent first.</source>
        <translation>This needs the person&apos;s consent to: %1. Record the consent first.</translation>
    </message>
    <message>
        <source>The person asked not to be contacted.</source>
        <translation>The person asked not to be contacted.</translation>
    </message>
    <message>
        <source>A person with this codice fiscale is already recorded. Open that record instead of creating a new one.</source>
        <translation>A person with this codice fiscale is already recorded. Open that record instead of creating a new one.</translation>
    </message>
    <message>
        <source>The system keychain (where Sportello keeps the key of its database) cannot be reached: %1. On Linux, log in to a desktop session with a keyring (GNOME Keyring or KWallet), then try again.</source>
        <translation>The system keychain (where Sportello keeps the key of its database) cannot be reached: %1. On Linux, log in to a desktop session with a keyring (GNOME Keyring or KWallet), then try again.</translation>
    </message>
    <message>
        <source>The system keychain has no such entry.</source>
        <translation>The system keychain has no such entry.</translation>
    </message>
    <message>
        <source>The key found in the keychain does not open this profile&apos;s database.</source>
        <translation>The key found in the keychain does not open this profile&apos;s database.</translation>
    </message>
    <message>
        <source>The database is damaged or has been altered outside Sportello. Restore it from a backup.</source>
        <translation>The database is damaged or has been altered outside Sportello. Restore it from a backup.</translation>
    </message>
    <message>
        <source>The key of this profile&apos;s database is not in this computer&apos;s keychain (the profile was copied from another computer, or the keychain was reset). The desk&apos;s recovery key puts it back: start Sportello and type it, or run sportello-cli key restore.</source>
        <translation>The key of this profile&apos;s database is not in this computer&apos;s keychain (the profile was copied from another computer, or the keychain was reset). The desk&apos;s recovery key puts it back: start Sportello and type it, or run sportello-cli key restore.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MiB, more than any catalogue: nothing was imported.</source>
        <translation>The file %1 is larger than %2 MiB, more than any catalogue: nothing was imported.</translation>
    </message>
    <message>
        <source>Change your password before going on: the one you have was set by a coordinator.</source>
        <translation>Change your password before going on: the one you have was set by a coordinator.</translation>
    </message>
    <message>
        <source>This account&apos;s record was changed outside Sportello, so it cannot be used. A coordinator can check the activity log; the recovery key gives a coordinator access again.</source>
        <translation>This account&apos;s record was changed outside Sportello, so it cannot be used. A coordinator can check the activity log; the recovery key gives a coordinator access again.</translation>
    </message>
    <message>
        <source>People&apos;s records are kept between %1 and %2 months after the last contact.</source>
        <translation>People&apos;s records are kept between %1 and %2 months after the last contact.</translation>
    </message>
    <message>
        <source>This desk is not connected to the district network. A coordinator connects it with the address, the token and the certificate from the Ufficio di Piano.</source>
        <translation>This desk is not connected to the district network. A coordinator connects it with the address, the token and the certificate from the Ufficio di Piano.</translation>
    </message>
    <message>
        <source>The system keychain, where Sportello keeps the desk&apos;s network token, cannot be reached (%1). Synchronization stays paused and the token was not written anywhere. On Linux, log in to a desktop session with a keyring (GNOME Keyring or KWallet), then try again.</source>
        <translation>The system keychain, where Sportello keeps the desk&apos;s network token, cannot be reached (%1). Synchronization stays paused and the token was not written anywhere. On Linux, log in to a desktop session with a keyring (GNOME Keyring or KWallet), then try again.</translation>
    </message>
    <message>
        <source>The hub address is not valid: it must start with https:// followed by the server&apos;s name, e.g. https://hub.example.it:8443.</source>
        <translation>The hub address is not valid: it must start with https:// followed by the server&apos;s name, e.g. https://hub.example.it:8443.</translation>
    </message>
    <message>
        <source>Give the district&apos;s certificate (the ca.pem file) or the hub&apos;s key fingerprint (sha256/…): without one of them the desk cannot tell the real hub from an impostor.</source>
        <translation>Give the district&apos;s certificate (the ca.pem file) or the hub&apos;s key fingerprint (sha256/…): without one of them the desk cannot tell the real hub from an impostor.</translation>
    </message>
    <message>
        <source>The token is not valid: it starts with sph1_ and is 48 characters long. Copy it again from the sheet the Ufficio di Piano gave you.</source>
        <translation>The token is not valid: it starts with sph1_ and is 48 characters long. Copy it again from the sheet the Ufficio di Piano gave you.</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Check the internet connection; what is waiting will be sent automatically as soon as the hub answers.</source>
        <translation>The hub cannot be reached. Check the internet connection; what is waiting will be sent automatically as soon as the hub answers.</translation>
    </message>
    <message>
        <source>The hub did not answer in time. What is waiting will be sent automatically later.</source>
        <translation>The hub did not answer in time. What is waiting will be sent automatically later.</translation>
    </message>
    <message>
        <source>The server that answered is not the district&apos;s hub, or its certificate is not the one this desk trusts. Nothing was sent. Ask the Ufficio di Piano (details: %1).</source>
        <translation>The server that answered is not the district&apos;s hub, or its certificate is not the one this desk trusts. Nothing was sent. Ask the Ufficio di Piano (details: %1).</translation>
    </message>
    <message>
        <source>The hub no longer accepts this desk&apos;s token (revoked or replaced). Synchronization is paused: a coordinator must connect the desk again with a new token. Nothing is lost.</source>
        <translation>The hub no longer accepts this desk&apos;s token (revoked or replaced). Synchronization is paused: a coordinator must connect the desk again with a new token. Nothing is lost.</translation>
    </message>
    <message>
        <source>The network&apos;s proxy asks for a user name and password. Synchronization is paused; nothing is lost.</source>
        <translation>The network&apos;s proxy asks for a user name and password. Synchronization is paused; nothing is lost.</translation>
    </message>
    <message>
        <source>The network answered with a web page instead of the hub (a Wi-Fi that wants a login in the browser?). What is waiting will be sent later.</source>
        <translation>The network answered with a web page instead of the hub (a Wi-Fi that wants a login in the browser?). What is waiting will be sent later.</translation>
    </message>
    <message>
        <source>The hub&apos;s answer could not be read. What is waiting will be sent later.</source>
        <translation>The hub&apos;s answer could not be read. What is waiting will be sent later.</translation>
    </message>
    <message>
        <source>The hub is busy and asked to wait %1 seconds. What is waiting will be sent then.</source>
        <translation>The hub is busy and asked to wait %1 seconds. What is waiting will be sent then.</translation>
    </message>
    <message>
        <source>The hub is busy. What is waiting will be sent later.</source>
        <translation>The hub is busy. What is waiting will be sent later.</translation>
    </message>
    <message>
        <source>The hub had an internal problem (HTTP %1). What is waiting will be sent later.</source>
        <translation>The hub had an internal problem (HTTP %1). What is waiting will be sent later.</translation>
    </message>
    <message>
        <source>The hub refused the request (%1 %2).</source>
        <translation>The hub refused the request (%1 %2).</translation>
    </message>
    <message>
        <source>The hub&apos;s address sends elsewhere; Sportello does not follow it, so the token is not sent to another server. Ask the Ufficio di Piano for the right address.</source>
        <translation>The hub&apos;s address sends elsewhere; Sportello does not follow it, so the token is not sent to another server. Ask the Ufficio di Piano for the right address.</translation>
    </message>
    <message>
        <source>The shared catalogue received is not signed by the district&apos;s key: it was not applied, and the desk&apos;s catalogue is unchanged.</source>
        <translation>The shared catalogue received is not signed by the district&apos;s key: it was not applied, and the desk&apos;s catalogue is unchanged.</translation>
    </message>
    <message>
        <source>This computer&apos;s date (%3) is outside the validity of the hub&apos;s certificate (from %1 to %2). If the computer&apos;s date or time is wrong, correct it, then synchronize again; if it is right, the certificate must be renewed: tell the Ufficio di Piano. Nothing was sent.</source>
        <translation>This computer&apos;s date (%3) is outside the validity of the hub&apos;s certificate (from %1 to %2). If the computer&apos;s date or time is wrong, correct it, then synchronize again; if it is right, the certificate must be renewed: tell the Ufficio di Piano. Nothing was sent.</translation>
    </message>
    <message>
        <source>This entry comes from the district&apos;s shared catalogue and only the Ufficio di Piano changes it. If it is wrong or out of date, report it from the entry.</source>
        <translation>This entry comes from the district&apos;s shared catalogue and only the Ufficio di Piano changes it. If it is wrong or out of date, report it from the entry.</translation>
    </message>
    <message>
        <source>The hub gives the district report only to the desks of the network&apos;s coordinators, and this desk is not one of them. Ask the Ufficio di Piano.</source>
        <translation>The hub gives the district report only to the desks of the network&apos;s coordinators, and this desk is not one of them. Ask the Ufficio di Piano.</translation>
    </message>
    <message>
        <source>The file %1 is not a Sportello backup, or it is damaged or incomplete. Try another backup.</source>
        <translation>The file %1 is not a Sportello backup, or it is damaged or incomplete. Try another backup.</translation>
    </message>
    <message>
        <source>The folder %1 already holds a Sportello profile. A backup is restored only into a new, empty profile: choose another folder.</source>
        <translation>The folder %1 already holds a Sportello profile. A backup is restored only into a new, empty profile: choose another folder.</translation>
    </message>
    <message>
        <source>The backup folder %1 is not there. If it is on a USB stick, insert the stick and try again.</source>
        <translation>The backup folder %1 is not there. If it is on a USB stick, insert the stick and try again.</translation>
    </message>
</context>
<context>
    <name>PdfSaving</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>The file %1 already exists. Replace it?</source>
        <translation>The file %1 already exists. Replace it?</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>The PDF could not be written to %1.</translation>
    </message>
    <message>
        <source>%1 looks like a folder copied to a cloud service (OneDrive, Dropbox, Nextcloud…): a document saved there leaves this computer and stays in the service&apos;s history even after it is deleted here. Save it there anyway?</source>
        <translation>%1 looks like a folder copied to a cloud service (OneDrive, Dropbox, Nextcloud…): a document saved there leaves this computer and stays in the service&apos;s history even after it is deleted here. Save it there anyway?</translation>
    </message>
</context>
<context>
    <name>PeopleText</name>
    <message>
        <source>%1 (%2)</source>
        <comment>need label (need code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Recording personal data</source>
        <translation>Recording personal data</translation>
    </message>
    <message>
        <source>Special-category data (health, disability, addiction, justice)</source>
        <translation>Special-category data (health, disability, addiction, justice)</translation>
    </message>
    <message>
        <source>Identified referral to Social Services</source>
        <translation>Identified referral to Social Services</translation>
    </message>
    <message>
        <source>Contact by phone</source>
        <translation>Contact by phone</translation>
    </message>
    <message>
        <source>Signed form</source>
        <translation>Signed form</translation>
    </message>
    <message>
        <source>Verbal, with the scripted text</source>
        <translation>Verbal, with the scripted text</translation>
    </message>
    <message>
        <source>The codice fiscale is empty.</source>
        <translation>The codice fiscale is empty.</translation>
    </message>
    <message>
        <source>A codice fiscale has 16 characters.</source>
        <translation>A codice fiscale has 16 characters.</translation>
    </message>
    <message>
        <source>The codice fiscale has letters and digits in the wrong places.</source>
        <translation>The codice fiscale has letters and digits in the wrong places.</translation>
    </message>
    <message>
        <source>The birth date in the codice fiscale does not exist.</source>
        <translation>The birth date in the codice fiscale does not exist.</translation>
    </message>
    <message>
        <source>The last character of the codice fiscale does not match: there is a typing mistake.</source>
        <translation>The last character of the codice fiscale does not match: there is a typing mistake.</translation>
    </message>
    <message>
        <source>The codice fiscale is not valid.</source>
        <translation>The codice fiscale is not valid.</translation>
    </message>
    <message>
        <source>Enter at least the given or the family name.</source>
        <translation>Enter at least the given or the family name.</translation>
    </message>
    <message>
        <source>The year of birth %1 is not plausible.</source>
        <translation>The year of birth %1 is not plausible.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>The e-mail address is not valid.</translation>
    </message>
    <message>
        <source>The phone number may contain only digits, spaces and a leading +.</source>
        <translation>The phone number may contain only digits, spaces and a leading +.</translation>
    </message>
    <message>
        <source>The number of minors must be smaller than the household size.</source>
        <translation>The number of minors must be smaller than the household size.</translation>
    </message>
    <message>
        <source>Describe the &quot;other&quot; need in a few words.</source>
        <translation>Describe the &quot;other&quot; need in a few words.</translation>
    </message>
    <message>
        <source>Digital-facilitation details belong only to digital-facilitation sessions.</source>
        <translation>Digital-facilitation details belong only to digital-facilitation sessions.</translation>
    </message>
    <message>
        <source>Choose the kind of digital facilitation.</source>
        <translation>Choose the kind of digital facilitation.</translation>
    </message>
    <message>
        <source>Say why the digital goal was not reached.</source>
        <translation>Say why the digital goal was not reached.</translation>
    </message>
    <message>
        <source>The service %1 is no longer in the catalogue.</source>
        <translation>The service %1 is no longer in the catalogue.</translation>
    </message>
    <message>
        <source>The follow-up date must be today or later.</source>
        <translation>The follow-up date must be today or later.</translation>
    </message>
    <message>
        <source>The duration must be between 0 and 1440 minutes.</source>
        <translation>The duration must be between 0 and 1440 minutes.</translation>
    </message>
    <message>
        <source>Neighbourhood board (requests and offers of help)</source>
        <translation>Neighbourhood board (requests and offers of help)</translation>
    </message>
</context>
<context>
    <name>RecoveryKeySheet</name>
    <message>
        <source>Sportello — recovery key</source>
        <translation>Sportello — recovery key</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Desk: %1</translation>
    </message>
    <message>
        <source>With this key a coordinator can open the desk&apos;s data when every password is lost. Keep it in a locked drawer or safe, never on the computer.</source>
        <translation>With this key a coordinator can open the desk&apos;s data when every password is lost. Keep it in a locked drawer or safe, never on the computer.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Save the recovery key</translation>
    </message>
    <message>
        <source>A recovery key saved on this computer opens the desk&apos;s data for anyone who takes or copies the computer. Save it only to a USB stick that is then kept locked away, and print it rather than keep the file. Save it anyway?</source>
        <translation>A recovery key saved on this computer opens the desk&apos;s data for anyone who takes or copies the computer. Save it only to a USB stick that is then kept locked away, and print it rather than keep the file. Save it anyway?</translation>
    </message>
</context>
<context>
    <name>ReferralActions</name>
    <message>
        <source>Referral letter</source>
        <translation>Referral letter</translation>
    </message>
    <message>
        <source>The person&apos;s consent to send an identified referral is not recorded. Record it on the person&apos;s page first; no letter was written.</source>
        <translation>The person&apos;s consent to send an identified referral is not recorded. Record it on the person&apos;s page first; no letter was written.</translation>
    </message>
</context>
<context>
    <name>ReferralLetter</name>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>place, date</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Subject: Referral</source>
        <translation>Subject: Referral</translation>
    </message>
    <message>
        <source>(reference %1)</source>
        <translation>(reference %1)</translation>
    </message>
    <message>
        <source>URGENT: please deal with it today.</source>
        <translation>URGENT: please deal with it today.</translation>
    </message>
    <message>
        <source>With the consent of the person concerned, we refer to you the situation described below, which came to our desk.</source>
        <translation>With the consent of the person concerned, we refer to you the situation described below, which came to our desk.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>The person asked not to be contacted directly: please get in touch through our desk.</source>
        <translation>The person asked not to be contacted directly: please get in touch through our desk.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Prefers to be contacted by</source>
        <translation>Prefers to be contacted by</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation>Reason for the referral</translation>
    </message>
    <message>
        <source>Urgency and answer</source>
        <translation>Urgency and answer</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Answer expected by</source>
        <translation>Answer expected by</translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation>Referral code</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>The person gave the consent to: %1, on %2 (%3), on the privacy notice version %4.</source>
        <translation>The person gave the consent to: %1, on %2 (%3), on the privacy notice version %4.</translation>
    </message>
    <message>
        <source>Please let us know whether the person has been taken on, quoting the referral code. Thank you for your cooperation.</source>
        <translation>Please let us know whether the person has been taken on, quoting the referral code. Thank you for your cooperation.</translation>
    </message>
    <message>
        <source>The operator</source>
        <translation>The operator</translation>
    </message>
    <message>
        <source>Referral %1</source>
        <translation>Referral %1</translation>
    </message>
    <message>
        <source>Referral %1 · page %2 of %3</source>
        <translation>Referral %1 · page %2 of %3</translation>
    </message>
</context>
<context>
    <name>ReferralText</name>
    <message>
        <source>Social services of the Comune (case take-over)</source>
        <translation>Social services of the Comune (case take-over)</translation>
    </message>
    <message>
        <source>Professional social front desk of the Comune</source>
        <translation>Professional social front desk of the Comune</translation>
    </message>
    <message>
        <source>Child and family protection service (Ambito)</source>
        <translation>Child and family protection service (Ambito)</translation>
    </message>
    <message>
        <source>Social emergency service (PIS)</source>
        <translation>Social emergency service (PIS)</translation>
    </message>
    <message>
        <source>PUA / Casa di Comunità (ASST)</source>
        <translation>PUA / Casa di Comunità (ASST)</translation>
    </message>
    <message>
        <source>Specialist health services of the ASST (CPS, SerD, NPIA, family clinic)</source>
        <translation>Specialist health services of the ASST (CPS, SerD, NPIA, family clinic)</translation>
    </message>
    <message>
        <source>GP / paediatrician</source>
        <translation>GP / paediatrician</translation>
    </message>
    <message>
        <source>Job centre (CPI) / SIISL</source>
        <translation>Job centre (CPI) / SIISL</translation>
    </message>
    <message>
        <source>INPS (office or contact centre)</source>
        <translation>INPS (office or contact centre)</translation>
    </message>
    <message>
        <source>CAF (ISEE/DSU, 730, bonuses)</source>
        <translation>CAF (ISEE/DSU, 730, bonuses)</translation>
    </message>
    <message>
        <source>Patronato (ADI, disability, pensions, permits)</source>
        <translation>Patronato (ADI, disability, pensions, permits)</translation>
    </message>
    <message>
        <source>Housing office / ALER / SAP</source>
        <translation>Housing office / ALER / SAP</translation>
    </message>
    <message>
        <source>Anti-violence centre or network</source>
        <translation>Anti-violence centre or network</translation>
    </message>
    <message>
        <source>Caritas listening centre / social grocery / canteen</source>
        <translation>Caritas listening centre / social grocery / canteen</translation>
    </message>
    <message>
        <source>Other third-sector body or association</source>
        <translation>Other third-sector body or association</translation>
    </message>
    <message>
        <source>Legal or migrants&apos; desk / support administrator</source>
        <translation>Legal or migrants&apos; desk / support administrator</translation>
    </message>
    <message>
        <source>Digital facilitation point</source>
        <translation>Digital facilitation point</translation>
    </message>
    <message>
        <source>Other destination</source>
        <translation>Other destination</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Under assessment</source>
        <translation>Under assessment</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Taken on</translation>
    </message>
    <message>
        <source>Not taken on</source>
        <translation>Not taken on</translation>
    </message>
    <message>
        <source>Redirected</source>
        <translation>Redirected</translation>
    </message>
    <message>
        <source>Returned as incomplete</source>
        <translation>Returned as incomplete</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Urgent (same day)</source>
        <translation>Urgent (same day)</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>Not the right office</source>
        <translation>Not the right office</translation>
    </message>
    <message>
        <source>Already followed by the service</source>
        <translation>Already followed by the service</translation>
    </message>
    <message>
        <source>The person declined</source>
        <translation>The person declined</translation>
    </message>
    <message>
        <source>The person could not be reached</source>
        <translation>The person could not be reached</translation>
    </message>
    <message>
        <source>By PEC (certified e-mail)</source>
        <translation>By PEC (certified e-mail)</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>By e-mail</translation>
    </message>
    <message>
        <source>Through the online portal</source>
        <translation>Through the online portal</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <source>The person solved it</source>
        <translation>The person solved it</translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation>No longer needed</translation>
    </message>
    <message>
        <source>Recorded by mistake</source>
        <translation>Recorded by mistake</translation>
    </message>
    <message>
        <source>Documents missing</source>
        <translation>Documents missing</translation>
    </message>
    <message>
        <source>Information missing</source>
        <translation>Information missing</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Partly resolved</source>
        <translation>Partly resolved</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Not resolved</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Outcome unknown</translation>
    </message>
    <message>
        <source>Sent referral</source>
        <translation>Sent referral</translation>
    </message>
    <message>
        <source>Logged only</source>
        <translation>Logged only</translation>
    </message>
    <message>
        <source>The desk sends the referral to the destination and follows it up until there is an answer.</source>
        <translation>The desk sends the referral to the destination and follows it up until there is an answer.</translation>
    </message>
    <message>
        <source>The person was given the next steps and goes on their own: nothing is sent, the referral is only counted.</source>
        <translation>The person was given the next steps and goes on their own: nothing is sent, the referral is only counted.</translation>
    </message>
    <message>
        <source>Choose where the referral goes.</source>
        <translation>Choose where the referral goes.</translation>
    </message>
    <message>
        <source>Choose how urgent the referral is.</source>
        <translation>Choose how urgent the referral is.</translation>
    </message>
    <message>
        <source>The need &quot;%1&quot; cannot be part of a referral.</source>
        <translation>The need &quot;%1&quot; cannot be part of a referral.</translation>
    </message>
    <message>
        <source>This referral is for an anonymous walk-in: a letter needs a recorded person.</source>
        <translation>This referral is for an anonymous walk-in: a letter needs a recorded person.</translation>
    </message>
    <message>
        <source>A logged referral was not sent: its state does not change.</source>
        <translation>A logged referral was not sent: its state does not change.</translation>
    </message>
    <message>
        <source>The referral cannot move to that state from where it is now.</source>
        <translation>The referral cannot move to that state from where it is now.</translation>
    </message>
    <message>
        <source>Choose a reason for this step.</source>
        <translation>Choose a reason for this step.</translation>
    </message>
    <message>
        <source>Choose how the referral ended.</source>
        <translation>Choose how the referral ended.</translation>
    </message>
</context>
<context>
    <name>ReportCsv</name>
    <message>
        <source>Desk report</source>
        <translation>Desk report</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>With a person on record</source>
        <translation>With a person on record</translation>
    </message>
    <message>
        <source>Anonymous walk-ins</source>
        <translation>Anonymous walk-ins</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>People met</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Returning</translation>
    </message>
    <message>
        <source>Referrals and follow-ups</source>
        <translation>Referrals and follow-ups</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Sent and still without an answer</source>
        <translation>Sent and still without an answer</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Follow-ups done</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Follow-ups overdue</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>Median days from sending to take-over</source>
        <translation>Median days from sending to take-over</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Needs without an answer</source>
        <translation>Needs without an answer</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Needs by Caritas macro-voce</source>
        <translation>Needs by Caritas macro-voce</translation>
    </message>
    <message>
        <source>Caritas macro-voce</source>
        <translation>Caritas macro-voce</translation>
    </message>
    <message>
        <source>Total (a person once per macro-voce)</source>
        <translation>Total (a person once per macro-voce)</translation>
    </message>
    <message>
        <source>Digital facilitation</source>
        <translation>Digital facilitation</translation>
    </message>
    <message>
        <source>&quot;*&quot;: not shown, to protect the people counted: a count from 1 to %1, or a count hidden so that such a count cannot be worked out from the totals.</source>
        <translation>&quot;*&quot;: not shown, to protect the people counted: a count from 1 to %1, or a count hidden so that such a count cannot be worked out from the totals.</translation>
    </message>
    <message>
        <source>Other needs and comuni, each with fewer than %1 people</source>
        <translation>Other needs and comuni, each with fewer than %1 people</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a median of fewer than %2 referrals, not shown.</source>
        <translation>&quot;%1&quot;: a median of fewer than %2 referrals, not shown.</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Desk report</source>
        <translation>Desk report</translation>
    </message>
    <message>
        <source>Produced on %1 by Sportello.</source>
        <translation>Produced on %1 by Sportello.</translation>
    </message>
    <message>
        <source>Period %1, compared with %2.</source>
        <translation>Period %1, compared with %2.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Sessions by type</source>
        <translation>Sessions by type</translation>
    </message>
    <message>
        <source>Sessions by channel</source>
        <translation>Sessions by channel</translation>
    </message>
    <message>
        <source>Sessions by month</source>
        <translation>Sessions by month</translation>
    </message>
    <message>
        <source>Needs by area</source>
        <translation>Needs by area</translation>
    </message>
    <message>
        <source>Needs in detail</source>
        <translation>Needs in detail</translation>
    </message>
    <message>
        <source>Services suggested most</source>
        <translation>Services suggested most</translation>
    </message>
    <message>
        <source>Categories of the services suggested</source>
        <translation>Categories of the services suggested</translation>
    </message>
    <message>
        <source>Referrals by destination</source>
        <translation>Referrals by destination</translation>
    </message>
    <message>
        <source>Referrals sent, by state</source>
        <translation>Referrals sent, by state</translation>
    </message>
    <message>
        <source>Referrals by final outcome</source>
        <translation>Referrals by final outcome</translation>
    </message>
    <message>
        <source>Digital facilitation by area</source>
        <translation>Digital facilitation by area</translation>
    </message>
    <message>
        <source>Digital facilitation by kind</source>
        <translation>Digital facilitation by kind</translation>
    </message>
    <message>
        <source>Digital facilitation: goal reached</source>
        <translation>Digital facilitation: goal reached</translation>
    </message>
    <message>
        <source>People by age band</source>
        <translation>People by age band</translation>
    </message>
    <message>
        <source>People by gender</source>
        <translation>People by gender</translation>
    </message>
    <message>
        <source>People by citizenship</source>
        <translation>People by citizenship</translation>
    </message>
    <message>
        <source>People by comune of residence</source>
        <translation>People by comune of residence</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Not known (anonymous walk-ins)</source>
        <translation>Not known (anonymous walk-ins)</translation>
    </message>
    <message>
        <source>no service for it in the catalogue for this comune, and no answer available</source>
        <translation>no service for it in the catalogue for this comune, and no answer available</translation>
    </message>
    <message>
        <source>no service for it in the catalogue for this comune</source>
        <translation>no service for it in the catalogue for this comune</translation>
    </message>
    <message>
        <source>no answer available at the session</source>
        <translation>no answer available at the session</translation>
    </message>
    <message>
        <source>People by sex</source>
        <translation>People by sex</translation>
    </message>
    <message>
        <source>People by education</source>
        <translation>People by education</translation>
    </message>
    <message>
        <source>People by employment</source>
        <translation>People by employment</translation>
    </message>
    <message>
        <source>Sessions by type of service</source>
        <translation>Sessions by type of service</translation>
    </message>
    <message>
        <source>Sessions by area</source>
        <translation>Sessions by area</translation>
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
    <message>
        <source>The password cannot be checked: the list of common passwords is missing from this installation. Reinstall Sportello.</source>
        <translation>The password cannot be checked: the list of common passwords is missing from this installation. Reinstall Sportello.</translation>
    </message>
    <message>
        <source>Choose a less predictable password: this one is easy to guess. Avoid the names of the desk, its organization and its comune, your own name, keyboard sequences (qwerty) and years; a phrase of four or five unrelated words is safer.</source>
        <translation>Choose a less predictable password: this one is easy to guess. Avoid the names of the desk, its organization and its comune, your own name, keyboard sequences (qwerty) and years; a phrase of four or five unrelated words is safer.</translation>
    </message>
</context>
<context>
    <name>Serve</name>
    <message>
        <source>Give the address to listen on as ADDRESS:PORT, e.g. 127.0.0.1:8443.</source>
        <translation>Give the address to listen on as ADDRESS:PORT, e.g. 127.0.0.1:8443.</translation>
    </message>
    <message>
        <source>%1 holds no hub: run sportello-hub init first.</source>
        <translation>%1 holds no hub: run sportello-hub init first.</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate or key cannot be read (%1, %2).</source>
        <translation>The hub&apos;s certificate or key cannot be read (%1, %2).</translation>
    </message>
    <message>
        <source>The hub&apos;s database cannot be opened.</source>
        <translation>The hub&apos;s database cannot be opened.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Cannot listen on %1: %2</translation>
    </message>
    <message>
        <source>Hub stopped.</source>
        <translation>Hub stopped.</translation>
    </message>
    <message>
        <source>The catalogue signing key cannot be read (%1).</source>
        <translation>The catalogue signing key cannot be read (%1).</translation>
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
    <message>
        <source>Waiting time: %1</source>
        <translation>Waiting time: %1</translation>
    </message>
    <message>
        <source>Interpreting: %1</source>
        <translation>Interpreting: %1</translation>
    </message>
    <message>
        <source>From the district&apos;s shared catalogue (rete): only the Ufficio di Piano changes it.</source>
        <translation>From the district&apos;s shared catalogue (rete): only the Ufficio di Piano changes it.</translation>
    </message>
</context>
<context>
    <name>SubjectAccessDocument</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Comune of residence</source>
        <translation>Comune of residence</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>People in the household</source>
        <translation>People in the household</translation>
    </message>
    <message>
        <source>Minors in the household</source>
        <translation>Minors in the household</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Employment</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Language of the handouts</source>
        <translation>Language of the handouts</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>How to contact</source>
        <translation>How to contact</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Recorded on</translation>
    </message>
    <message>
        <source>Last changed on</source>
        <translation>Last changed on</translation>
    </message>
    <message>
        <source>The record</source>
        <translation>The record</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>No consent is recorded.</source>
        <translation>No consent is recorded.</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Privacy notice version</source>
        <translation>Privacy notice version</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>revoked on %1</source>
        <translation>revoked on %1</translation>
    </message>
    <message>
        <source>Meetings at the desk</source>
        <translation>Meetings at the desk</translation>
    </message>
    <message>
        <source>No meeting is recorded.</source>
        <translation>No meeting is recorded.</translation>
    </message>
    <message>
        <source>Came through</source>
        <translation>Came through</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Other need</source>
        <translation>Other need</translation>
    </message>
    <message>
        <source>Services suggested</source>
        <translation>Services suggested</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <source>Digital facilitation</source>
        <translation>Digital facilitation</translation>
    </message>
    <message>
        <source>Services used</source>
        <translation>Services used</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Calls back</source>
        <translation>Calls back</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Note on the outcome</source>
        <translation>Note on the outcome</translation>
    </message>
    <message>
        <source>Due on %1</source>
        <translation>Due on %1</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Note for the destination</source>
        <translation>Note for the destination</translation>
    </message>
    <message>
        <source>Final outcome</source>
        <translation>Final outcome</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Created on</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>code %1</translation>
    </message>
    <message>
        <source>the record</source>
        <translation>the record</translation>
    </message>
    <message>
        <source>a consent</source>
        <translation>a consent</translation>
    </message>
    <message>
        <source>the consent form</source>
        <translation>the consent form</translation>
    </message>
    <message>
        <source>a meeting</source>
        <translation>a meeting</translation>
    </message>
    <message>
        <source>a call back</source>
        <translation>a call back</translation>
    </message>
    <message>
        <source>a referral</source>
        <translation>a referral</translation>
    </message>
    <message>
        <source>a copy of these data</source>
        <translation>a copy of these data</translation>
    </message>
    <message>
        <source>Who consulted or changed these data</source>
        <translation>Who consulted or changed these data</translation>
    </message>
    <message>
        <source>Every opening, change and export of these data is recorded in the desk&apos;s audit log, by a member of the desk&apos;s staff.</source>
        <translation>Every opening, change and export of these data is recorded in the desk&apos;s audit log, by a member of the desk&apos;s staff.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Personal data held by %1</source>
        <translation>Personal data held by %1</translation>
    </message>
    <message>
        <source>Prepared on %1 for %2, who asked for a copy of their data (articles 15 and 20 of the GDPR). A file with the same content in JSON format, for use with other programs, comes with this document.</source>
        <translation>Prepared on %1 for %2, who asked for a copy of their data (articles 15 and 20 of the GDPR). A file with the same content in JSON format, for use with other programs, comes with this document.</translation>
    </message>
    <message>
        <source>How long these data are kept</source>
        <translation>How long these data are kept</translation>
    </message>
    <message numerus="yes">
        <source>The desk keeps a person&apos;s data for %n month(s) after the last contact. The last contact was on %1: unless there is a new one, these data will be removed on %2. Meetings and referrals then stay in the statistics without the person.</source>
        <translation>
            <numerusform>The desk keeps a person&apos;s data for %n month after the last contact. The last contact was on %1: unless there is a new one, these data will be removed on %2. Meetings and referrals then stay in the statistics without the person.</numerusform>
            <numerusform>The desk keeps a person&apos;s data for %n months after the last contact. The last contact was on %1: unless there is a new one, these data will be removed on %2. Meetings and referrals then stay in the statistics without the person.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Your rights</translation>
    </message>
    <message>
        <source>You can ask the desk to correct these data, to erase them, to limit their use or to withdraw any consent at any time. Data sent to the district hub contain no name, no codice fiscale, no contact and no notes. You can also lodge a complaint with the Garante per la protezione dei dati personali (www.garanteprivacy.it).</source>
        <translation>You can ask the desk to correct these data, to erase them, to limit their use or to withdraw any consent at any time. Data sent to the district hub contain no name, no codice fiscale, no contact and no notes. You can also lodge a complaint with the Garante per la protezione dei dati personali (www.garanteprivacy.it).</translation>
    </message>
    <message>
        <source>Personal data held by the desk</source>
        <translation>Personal data held by the desk</translation>
    </message>
    <message>
        <source>Prepared on %1 · page %2 of %3</source>
        <translation>Prepared on %1 · page %2 of %3</translation>
    </message>
    <message>
        <source>Export the person&apos;s data</source>
        <translation>Export the person&apos;s data</translation>
    </message>
    <message>
        <source>personal-data-%1.pdf</source>
        <translation>personal-data-%1.pdf</translation>
    </message>
    <message>
        <source>The file %1 already exists. Replace it?</source>
        <translation>The file %1 already exists. Replace it?</translation>
    </message>
    <message>
        <source>The data file could not be written to %1.</source>
        <translation>The data file could not be written to %1.</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>sending</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>delivered</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>given up</source>
        <translation>given up</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Given up</source>
        <translation>Given up</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>New referral</translation>
    </message>
    <message>
        <source>Referral logged</source>
        <translation>Referral logged</translation>
    </message>
    <message>
        <source>Referral edited</source>
        <translation>Referral edited</translation>
    </message>
    <message>
        <source>Referral state changed</source>
        <translation>Referral state changed</translation>
    </message>
    <message>
        <source>Catalogue report</source>
        <translation>Catalogue report</translation>
    </message>
    <message>
        <source>Audit log anchor</source>
        <translation>Audit log anchor</translation>
    </message>
    <message>
        <source>The hub could not be reached (no network, or the hub is off).</source>
        <translation>The hub could not be reached (no network, or the hub is off).</translation>
    </message>
    <message>
        <source>The hub did not answer in time.</source>
        <translation>The hub did not answer in time.</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate is not the one this desk trusts.</source>
        <translation>The hub&apos;s certificate is not the one this desk trusts.</translation>
    </message>
    <message>
        <source>This computer&apos;s date is outside the validity of the hub&apos;s certificate.</source>
        <translation>This computer&apos;s date is outside the validity of the hub&apos;s certificate.</translation>
    </message>
    <message>
        <source>A web page answered instead of the hub (a Wi-Fi asking for a login?).</source>
        <translation>A web page answered instead of the hub (a Wi-Fi asking for a login?).</translation>
    </message>
    <message>
        <source>The hub&apos;s answer could not be read.</source>
        <translation>The hub&apos;s answer could not be read.</translation>
    </message>
    <message>
        <source>The hub was busy.</source>
        <translation>The hub was busy.</translation>
    </message>
    <message>
        <source>The hub no longer accepts this desk&apos;s token.</source>
        <translation>The hub no longer accepts this desk&apos;s token.</translation>
    </message>
    <message>
        <source>The network&apos;s proxy asks for a user name and password.</source>
        <translation>The network&apos;s proxy asks for a user name and password.</translation>
    </message>
    <message>
        <source>Too large for the hub.</source>
        <translation>Too large for the hub.</translation>
    </message>
    <message>
        <source>The hub&apos;s address redirects elsewhere.</source>
        <translation>The hub&apos;s address redirects elsewhere.</translation>
    </message>
    <message>
        <source>The hub had an internal problem (HTTP %1).</source>
        <translation>The hub had an internal problem (HTTP %1).</translation>
    </message>
    <message>
        <source>Refused: the hub already holds a different record with the same identifier.</source>
        <translation>Refused: the hub already holds a different record with the same identifier.</translation>
    </message>
    <message>
        <source>Refused: the hub found the record not valid.</source>
        <translation>Refused: the hub found the record not valid.</translation>
    </message>
    <message>
        <source>Refused: the hub does not accept the field %1.</source>
        <translation>Refused: the hub does not accept the field %1.</translation>
    </message>
    <message>
        <source>Refused by the hub (%1).</source>
        <translation>Refused by the hub (%1).</translation>
    </message>
    <message>
        <source>Refused by the hub (%1, field %2).</source>
        <translation>Refused by the hub (%1, field %2).</translation>
    </message>
    <message>
        <source>the hub no longer accepts the token</source>
        <translation>the hub no longer accepts the token</translation>
    </message>
    <message>
        <source>the hub&apos;s certificate is not trusted</source>
        <translation>the hub&apos;s certificate is not trusted</translation>
    </message>
    <message>
        <source>check the computer&apos;s date</source>
        <translation>check the computer&apos;s date</translation>
    </message>
    <message>
        <source>the proxy asks for a password</source>
        <translation>the proxy asks for a password</translation>
    </message>
    <message>
        <source>the hub&apos;s address redirects elsewhere</source>
        <translation>the hub&apos;s address redirects elsewhere</translation>
    </message>
    <message>
        <source>A coordinator connects the desk again with a new token from the Ufficio di Piano.</source>
        <translation>A coordinator connects the desk again with a new token from the Ufficio di Piano.</translation>
    </message>
    <message>
        <source>Check the certificate or the key pin with the Ufficio di Piano, then connect the desk again.</source>
        <translation>Check the certificate or the key pin with the Ufficio di Piano, then connect the desk again.</translation>
    </message>
    <message>
        <source>Correct the computer&apos;s date and time, then press Sync now.</source>
        <translation>Correct the computer&apos;s date and time, then press Sync now.</translation>
    </message>
    <message>
        <source>Ask the Ufficio di Piano for the hub&apos;s right address.</source>
        <translation>Ask the Ufficio di Piano for the hub&apos;s right address.</translation>
    </message>
    <message>
        <source>Press Sync now to try again.</source>
        <translation>Press Sync now to try again.</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>today %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>yesterday %1</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>tomorrow %1</translation>
    </message>
    <message>
        <source>Answer to a referral received</source>
        <translation>Answer to a referral received</translation>
    </message>
    <message>
        <source>The shared catalogue received was not signed by the district&apos;s key.</source>
        <translation>The shared catalogue received was not signed by the district&apos;s key.</translation>
    </message>
    <message>
        <source>Ask whoever manages this network for the proxy&apos;s user name and password, then type them with &quot;Proxy password&quot;.</source>
        <translation>Ask whoever manages this network for the proxy&apos;s user name and password, then type them with &quot;Proxy password&quot;.</translation>
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
    <name>sportello::hub::ReportCommand</name>
    <message>
        <source>Usage: sportello-hub report --dir DIR --from YYYY-MM --to YYYY-MM --format csv|pdf|json --out FILE [--threshold K]</source>
        <translation>Usage: sportello-hub report --dir DIR --from YYYY-MM --to YYYY-MM --format csv|pdf|json --out FILE [--threshold K]</translation>
    </message>
    <message>
        <source>Give --from and --to as months (YYYY-MM) or days (YYYY-MM-DD), the first not after the second, at most ten years apart.</source>
        <translation>Give --from and --to as months (YYYY-MM) or days (YYYY-MM-DD), the first not after the second, at most ten years apart.</translation>
    </message>
    <message>
        <source>The hub&apos;s configuration cannot be read.</source>
        <translation>The hub&apos;s configuration cannot be read.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>The threshold must be a whole number of at least %1.</source>
        <translation>The threshold must be a whole number of at least %1.</translation>
    </message>
    <message>
        <source>The hub&apos;s database cannot be opened.</source>
        <translation>The hub&apos;s database cannot be opened.</translation>
    </message>
    <message>
        <source>The district report cannot be computed.</source>
        <translation>The district report cannot be computed.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 cannot be written.</translation>
    </message>
    <message>
        <source>District report for %1 written to %2; counts from 1 to %3 are hidden.</source>
        <translation>District report for %1 written to %2; counts from 1 to %3 are hidden.</translation>
    </message>
</context>
<context>
    <name>sportello::hub::Serve</name>
    <message>
        <source>Usage: sportello-hub serve --listen ADDRESS:PORT --dir DIR</source>
        <translation>Usage: sportello-hub serve --listen ADDRESS:PORT --dir DIR</translation>
    </message>
</context>
<context>
    <name>sportello::people::Vocabulary</name>
    <message>
        <source>First reception</source>
        <translation>First reception</translation>
    </message>
    <message>
        <source>Listening interview</source>
        <translation>Listening interview</translation>
    </message>
    <message>
        <source>Guidance to services</source>
        <translation>Guidance to services</translation>
    </message>
    <message>
        <source>Accompaniment</source>
        <translation>Accompaniment</translation>
    </message>
    <message>
        <source>Digital facilitation</source>
        <translation>Digital facilitation</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>Follow-up call</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>At another office</source>
        <translation>At another office</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Sent by social services</source>
        <translation>Sent by social services</translation>
    </message>
    <message>
        <source>Sent by another desk</source>
        <translation>Sent by another desk</translation>
    </message>
    <message>
        <source>From health services</source>
        <translation>From health services</translation>
    </message>
    <message>
        <source>Word of mouth</source>
        <translation>Word of mouth</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>Information given</translation>
    </message>
    <message>
        <source>Directed to a service</source>
        <translation>Directed to a service</translation>
    </message>
    <message>
        <source>Application started or sent</source>
        <translation>Application started or sent</translation>
    </message>
    <message>
        <source>Accompaniment done</source>
        <translation>Accompaniment done</translation>
    </message>
    <message>
        <source>Digital goal reached</source>
        <translation>Digital goal reached</translation>
    </message>
    <message>
        <source>Digital goal not reached</source>
        <translation>Digital goal not reached</translation>
    </message>
    <message>
        <source>Material aid given</source>
        <translation>Material aid given</translation>
    </message>
    <message>
        <source>Referral to social services</source>
        <translation>Referral to social services</translation>
    </message>
    <message>
        <source>Sent to another body</source>
        <translation>Sent to another body</translation>
    </message>
    <message>
        <source>Request posted on the board</source>
        <translation>Request posted on the board</translation>
    </message>
    <message>
        <source>Follow-up scheduled</source>
        <translation>Follow-up scheduled</translation>
    </message>
    <message>
        <source>Outside scope or no answer available</source>
        <translation>Outside scope or no answer available</translation>
    </message>
    <message>
        <source>Interrupted or did not return</source>
        <translation>Interrupted or did not return</translation>
    </message>
    <message>
        <source>Individual facilitation</source>
        <translation>Individual facilitation</translation>
    </message>
    <message>
        <source>Group training in person</source>
        <translation>Group training in person</translation>
    </message>
    <message>
        <source>Online training</source>
        <translation>Online training</translation>
    </message>
    <message>
        <source>SPID</source>
        <translation>SPID</translation>
    </message>
    <message>
        <source>Electronic identity card (CIE)</source>
        <translation>Electronic identity card (CIE)</translation>
    </message>
    <message>
        <source>IO app</source>
        <translation>IO app</translation>
    </message>
    <message>
        <source>pagoPA</source>
        <translation>pagoPA</translation>
    </message>
    <message>
        <source>Health record, bookings and test results</source>
        <translation>Health record, bookings and test results</translation>
    </message>
    <message>
        <source>INPS benefits and ISEE online</source>
        <translation>INPS benefits and ISEE online</translation>
    </message>
    <message>
        <source>Work and job portals</source>
        <translation>Work and job portals</translation>
    </message>
    <message>
        <source>School enrolment and meals</source>
        <translation>School enrolment and meals</translation>
    </message>
    <message>
        <source>Registry certificates (ANPR)</source>
        <translation>Registry certificates (ANPR)</translation>
    </message>
    <message>
        <source>Certified e-mail (PEC)</source>
        <translation>Certified e-mail (PEC)</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <source>Public transport passes</source>
        <translation>Public transport passes</translation>
    </message>
    <message>
        <source>Online safety and scams</source>
        <translation>Online safety and scams</translation>
    </message>
    <message>
        <source>Basics (device, e-mail, video calls)</source>
        <translation>Basics (device, e-mail, video calls)</translation>
    </message>
    <message>
        <source>A document was missing</source>
        <translation>A document was missing</translation>
    </message>
    <message>
        <source>Missing device or connection</source>
        <translation>Missing device or connection</translation>
    </message>
    <message>
        <source>Credentials or codes not at hand</source>
        <translation>Credentials or codes not at hand</translation>
    </message>
    <message>
        <source>Online service unavailable</source>
        <translation>Online service unavailable</translation>
    </message>
    <message>
        <source>Not enough time</source>
        <translation>Not enough time</translation>
    </message>
    <message>
        <source>Postponed to another meeting</source>
        <translation>Postponed to another meeting</translation>
    </message>
    <message>
        <source>Person reached</source>
        <translation>Person reached</translation>
    </message>
    <message>
        <source>Could not reach the person</source>
        <translation>Could not reach the person</translation>
    </message>
    <message>
        <source>Need resolved</source>
        <translation>Need resolved</translation>
    </message>
    <message>
        <source>New interview booked</source>
        <translation>New interview booked</translation>
    </message>
    <message>
        <source>Follow-up cancelled</source>
        <translation>Follow-up cancelled</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italian</translation>
    </message>
    <message>
        <source>Other EU country</source>
        <translation>Other EU country</translation>
    </message>
    <message>
        <source>Non-EU</source>
        <translation>Non-EU</translation>
    </message>
    <message>
        <source>Lives on their own</source>
        <translation>Lives on their own</translation>
    </message>
    <message>
        <source>Couple without children</source>
        <translation>Couple without children</translation>
    </message>
    <message>
        <source>Couple with children</source>
        <translation>Couple with children</translation>
    </message>
    <message>
        <source>Single parent</source>
        <translation>Single parent</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Self-employed</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Unemployed</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Homemaker</source>
        <translation>Homemaker</translation>
    </message>
    <message>
        <source>No qualification</source>
        <translation>No qualification</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>Primary school</translation>
    </message>
    <message>
        <source>Lower secondary school</source>
        <translation>Lower secondary school</translation>
    </message>
    <message>
        <source>Upper secondary diploma</source>
        <translation>Upper secondary diploma</translation>
    </message>
    <message>
        <source>University degree</source>
        <translation>University degree</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Text message</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <source>Other municipality</source>
        <translation>Other municipality</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <source>Doesn&apos;t know</source>
        <translation>Doesn&apos;t know</translation>
    </message>
    <message>
        <source>Prefers not to say</source>
        <translation>Prefers not to say</translation>
    </message>
    <message>
        <source>Economic poverty</source>
        <translation>Economic poverty</translation>
    </message>
    <message>
        <source>No income</source>
        <translation>No income</translation>
    </message>
    <message>
        <source>Insufficient income</source>
        <translation>Insufficient income</translation>
    </message>
    <message>
        <source>One-off expenses</source>
        <translation>One-off expenses</translation>
    </message>
    <message>
        <source>Utility arrears</source>
        <translation>Utility arrears</translation>
    </message>
    <message>
        <source>Debt or usury</source>
        <translation>Debt or usury</translation>
    </message>
    <message>
        <source>Food insecurity</source>
        <translation>Food insecurity</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Employment</translation>
    </message>
    <message>
        <source>Unemployment</source>
        <translation>Unemployment</translation>
    </message>
    <message>
        <source>Precarious work</source>
        <translation>Precarious work</translation>
    </message>
    <message>
        <source>Undeclared work</source>
        <translation>Undeclared work</translation>
    </message>
    <message>
        <source>In-work poverty</source>
        <translation>In-work poverty</translation>
    </message>
    <message>
        <source>Recent job loss</source>
        <translation>Recent job loss</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>Homeless</translation>
    </message>
    <message>
        <source>Inadequate housing</source>
        <translation>Inadequate housing</translation>
    </message>
    <message>
        <source>Eviction or rent arrears</source>
        <translation>Eviction or rent arrears</translation>
    </message>
    <message>
        <source>Rent burden</source>
        <translation>Rent burden</translation>
    </message>
    <message>
        <source>Overcrowding</source>
        <translation>Overcrowding</translation>
    </message>
    <message>
        <source>Registered residence</source>
        <translation>Registered residence</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Separation or divorce</source>
        <translation>Separation or divorce</translation>
    </message>
    <message>
        <source>Family conflict</source>
        <translation>Family conflict</translation>
    </message>
    <message>
        <source>Domestic violence</source>
        <translation>Domestic violence</translation>
    </message>
    <message>
        <source>Caregiving burden</source>
        <translation>Caregiving burden</translation>
    </message>
    <message>
        <source>Bereavement</source>
        <translation>Bereavement</translation>
    </message>
    <message>
        <source>Parenting difficulties</source>
        <translation>Parenting difficulties</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Physical illness</source>
        <translation>Physical illness</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Mental health</translation>
    </message>
    <message>
        <source>Access to care or medicines</source>
        <translation>Access to care or medicines</translation>
    </message>
    <message>
        <source>Loss of self-sufficiency</source>
        <translation>Loss of self-sufficiency</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>Physical disability</source>
        <translation>Physical disability</translation>
    </message>
    <message>
        <source>Mental or intellectual disability</source>
        <translation>Mental or intellectual disability</translation>
    </message>
    <message>
        <source>Sensory disability</source>
        <translation>Sensory disability</translation>
    </message>
    <message>
        <source>Disability assessment pending</source>
        <translation>Disability assessment pending</translation>
    </message>
    <message>
        <source>Addictions</source>
        <translation>Addictions</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alcohol</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>Drugs</translation>
    </message>
    <message>
        <source>Gambling</source>
        <translation>Gambling</translation>
    </message>
    <message>
        <source>Other addictions</source>
        <translation>Other addictions</translation>
    </message>
    <message>
        <source>Justice</source>
        <translation>Justice</translation>
    </message>
    <message>
        <source>Current or former prisoner</source>
        <translation>Current or former prisoner</translation>
    </message>
    <message>
        <source>Alternative sentences</source>
        <translation>Alternative sentences</translation>
    </message>
    <message>
        <source>Legal proceedings</source>
        <translation>Legal proceedings</translation>
    </message>
    <message>
        <source>Migration-related</source>
        <translation>Migration-related</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <source>Asylum or protection</source>
        <translation>Asylum or protection</translation>
    </message>
    <message>
        <source>Paperwork</source>
        <translation>Paperwork</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Family reunification</source>
        <translation>Family reunification</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Low schooling or illiteracy</source>
        <translation>Low schooling or illiteracy</translation>
    </message>
    <message>
        <source>Early school leaving</source>
        <translation>Early school leaving</translation>
    </message>
    <message>
        <source>Foreign qualification recognition</source>
        <translation>Foreign qualification recognition</translation>
    </message>
    <message>
        <source>School costs</source>
        <translation>School costs</translation>
    </message>
    <message>
        <source>Digital exclusion</source>
        <translation>Digital exclusion</translation>
    </message>
    <message>
        <source>Digital identity (SPID/CIE)</source>
        <translation>Digital identity (SPID/CIE)</translation>
    </message>
    <message>
        <source>No device or connection</source>
        <translation>No device or connection</translation>
    </message>
    <message>
        <source>Digital skills</source>
        <translation>Digital skills</translation>
    </message>
    <message>
        <source>Stuck online procedure</source>
        <translation>Stuck online procedure</translation>
    </message>
    <message>
        <source>Loneliness</source>
        <translation>Loneliness</translation>
    </message>
    <message>
        <source>Lives alone</source>
        <translation>Lives alone</translation>
    </message>
    <message>
        <source>Isolated older person</source>
        <translation>Isolated older person</translation>
    </message>
    <message>
        <source>No family network</source>
        <translation>No family network</translation>
    </message>
    <message>
        <source>Other problems</source>
        <translation>Other problems</translation>
    </message>
    <message>
        <source>Other (to be specified)</source>
        <translation>Other (to be specified)</translation>
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
    <message>
        <source>active, needs a new password</source>
        <translation>active, needs a new password</translation>
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
    <message>
        <source>Reactivate account</source>
        <translation>Reactivate account</translation>
    </message>
    <message>
        <source>This account is deactivated. To bring it back, give it a temporary password (the operator must change it at the next login):</source>
        <translation>This account is deactivated. To bring it back, give it a temporary password (the operator must change it at the next login):</translation>
    </message>
    <message>
        <source>Rea&amp;ctivate…</source>
        <translation>Rea&amp;ctivate…</translation>
    </message>
    <message>
        <source>Replace the recovery &amp;key…</source>
        <translation>Replace the recovery &amp;key…</translation>
    </message>
    <message>
        <source>Replace the recovery key</source>
        <translation>Replace the recovery key</translation>
    </message>
    <message>
        <source>Replace the recovery key if it is lost or someone else may have seen it. The old key stops working, every operator keeps their password, and the new key is shown once to be printed and stored away. Replace it now?</source>
        <translation>Replace the recovery key if it is lost or someone else may have seen it. The old key stops working, every operator keeps their password, and the new key is shown once to be printed and stored away. Replace it now?</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Remove people&apos;s records this &amp;long after their last contact:</source>
        <translation>Remove people&apos;s records this &amp;long after their last contact:</translation>
    </message>
    <message>
        <source>Months a person&apos;s record is kept after the last contact</source>
        <translation>Months a person&apos;s record is kept after the last contact</translation>
    </message>
    <message>
        <source>Between %1 and %2 months. Records older than this are removed automatically at start-up and every day; sessions and referrals stay in the statistics without the person. The built-in privacy notice says 24 months: after a change, update the notice to match.</source>
        <translation>Between %1 and %2 months. Records older than this are removed automatically at start-up and every day; sessions and referrals stay in the statistics without the person. The built-in privacy notice says 24 months: after a change, update the notice to match.</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>A&amp;pply</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Retention period</translation>
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
    <message>
        <source>Audit log entries</source>
        <translation>Audit log entries</translation>
    </message>
</context>
<context>
    <name>sportello::ui::BackupPage</name>
    <message>
        <source>A backup is a copy of the whole desk, encrypted like the desk itself. Keep it on a USB stick, away from this computer. On another computer it opens only with the desk&apos;s recovery key; restore it with sportello-cli restore.</source>
        <translation>A backup is a copy of the whole desk, encrypted like the desk itself. Keep it on a USB stick, away from this computer. On another computer it opens only with the desk&apos;s recovery key; restore it with sportello-cli restore.</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Last backup</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>Back &amp;up now</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Backup progress</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>No folder chosen: no scheduled backups</source>
        <translation>No folder chosen: no scheduled backups</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>only when asked</source>
        <translation>only when asked</translation>
    </message>
    <message>
        <source>&amp;Days between backups:</source>
        <translation>&amp;Days between backups:</translation>
    </message>
    <message>
        <source>&amp;Backups kept:</source>
        <translation>&amp;Backups kept:</translation>
    </message>
    <message>
        <source>Older backups of this desk in the folder are removed; nothing else in it is touched.</source>
        <translation>Older backups of this desk in the folder are removed; nothing else in it is touched.</translation>
    </message>
    <message>
        <source>&amp;Save the plan</source>
        <translation>&amp;Save the plan</translation>
    </message>
    <message>
        <source>The last backup was written %1: %2.</source>
        <translation>The last backup was written %1: %2.</translation>
    </message>
    <message>
        <source>No backup has been written yet.</source>
        <translation>No backup has been written yet.</translation>
    </message>
    <message>
        <source>The backup tried %1 failed: %2</source>
        <translation>The backup tried %1 failed: %2</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Choose the folder for the backups first (a USB stick).</source>
        <translation>Choose the folder for the backups first (a USB stick).</translation>
    </message>
</context>
<context>
    <name>sportello::ui::BoardPage</name>
    <message>
        <source>Choose at least one day of the week.</source>
        <translation>Choose at least one day of the week.</translation>
    </message>
    <message>
        <source>Check the days and hours: the hours must end after they start.</source>
        <translation>Check the days and hours: the hours must end after they start.</translation>
    </message>
    <message>
        <source>Choose the comune.</source>
        <translation>Choose the comune.</translation>
    </message>
    <message>
        <source>The notes can hold at most 1,000 characters.</source>
        <translation>The notes can hold at most 1,000 characters.</translation>
    </message>
    <message>
        <source>The person has no phone recorded: record it on their page, or leave the desk as the contact.</source>
        <translation>The person has no phone recorded: record it on their page, or leave the desk as the contact.</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>New post</translation>
    </message>
    <message>
        <source>Post withdrawn</source>
        <translation>Post withdrawn</translation>
    </message>
    <message>
        <source>Match proposed</source>
        <translation>Match proposed</translation>
    </message>
    <message>
        <source>Match accepted</source>
        <translation>Match accepted</translation>
    </message>
    <message>
        <source>Match declined</source>
        <translation>Match declined</translation>
    </message>
    <message>
        <source>Help started</source>
        <translation>Help started</translation>
    </message>
    <message>
        <source>Help concluded</source>
        <translation>Help concluded</translation>
    </message>
    <message>
        <source>Credentials issued</source>
        <translation>Credentials issued</translation>
    </message>
    <message>
        <source>On the board</source>
        <translation>On the board</translation>
    </message>
    <message>
        <source>Refused by the hub (%1)</source>
        <translation>Refused by the hub (%1)</translation>
    </message>
    <message>
        <source>Waiting for the next synchronization</source>
        <translation>Waiting for the next synchronization</translation>
    </message>
    <message>
        <source>Neighbourhood board</source>
        <translation>Neighbourhood board</translation>
    </message>
    <message>
        <source>Requests and offers of neighbourly help for the people at the counter who have no computer. What you do here reaches the district&apos;s board with the next synchronization.</source>
        <translation>Requests and offers of neighbourly help for the people at the counter who have no computer. What you do here reaches the district&apos;s board with the next synchronization.</translation>
    </message>
    <message>
        <source>New request or offer</source>
        <translation>New request or offer</translation>
    </message>
    <message>
        <source>Post, suggestion or match</source>
        <translation>Post, suggestion or match</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>This desk&apos;s posts on the board</source>
        <translation>This desk&apos;s posts on the board</translation>
    </message>
    <message>
        <source>Read the board again</source>
        <translation>Read the board again</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Propose</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <source>Withdraw the post</source>
        <translation>Withdraw the post</translation>
    </message>
    <message>
        <source>People and organizations who registered on the web page of the board and wait for their credentials. Issue them only to the person in front of you, after checking an identity document against the name.</source>
        <translation>People and organizations who registered on the web page of the board and wait for their credentials. Issue them only to the person in front of you, after checking an identity document against the name.</translation>
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
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>Accounts waiting for their credentials</source>
        <translation>Accounts waiting for their credentials</translation>
    </message>
    <message>
        <source>Issue the credentials…</source>
        <translation>Issue the credentials…</translation>
    </message>
    <message>
        <source>Accounts waiting</source>
        <translation>Accounts waiting</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Where it stands</translation>
    </message>
    <message>
        <source>What this desk asked of the board</source>
        <translation>What this desk asked of the board</translation>
    </message>
    <message>
        <source>Sent from this desk</source>
        <translation>Sent from this desk</translation>
    </message>
    <message>
        <source>The board has not been read yet: choose &quot;Read the board again&quot;.</source>
        <translation>The board has not been read yet: choose &quot;Read the board again&quot;.</translation>
    </message>
    <message>
        <source>Queued: it reaches the board with the next synchronization (the Sync page&apos;s &quot;Synchronize now&quot; sends it at once).</source>
        <translation>Queued: it reaches the board with the next synchronization (the Sync page&apos;s &quot;Synchronize now&quot; sends it at once).</translation>
    </message>
    <message>
        <source>Reading the board…</source>
        <translation>Reading the board…</translation>
    </message>
    <message>
        <source>The board cannot be read now: %1</source>
        <translation>The board cannot be read now: %1</translation>
    </message>
    <message>
        <source>Read at %1. The other side&apos;s name and contact appear once both have accepted.</source>
        <translation>Read at %1. The other side&apos;s name and contact appear once both have accepted.</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <source>Match: %1</source>
        <translation>Match: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Contacts once both accept</source>
        <translation>Contacts once both accept</translation>
    </message>
    <message>
        <source>This desk has no post on the board yet.</source>
        <translation>This desk has no post on the board yet.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Withdraw this post from the board? Its matches under way stay as they are.</source>
        <translation>Withdraw this post from the board? Its matches under way stay as they are.</translation>
    </message>
    <message>
        <source>Issue the credentials</source>
        <translation>Issue the credentials</translation>
    </message>
    <message>
        <source>Have you checked an identity document of %1 (username %2)? The account becomes active with the next synchronization and the person can then log in with the password they chose.</source>
        <translation>Have you checked an identity document of %1 (username %2)? The account becomes active with the next synchronization and the person can then log in with the password they chose.</translation>
    </message>
</context>
<context>
    <name>sportello::ui::BoardPostForm</name>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>C&amp;omune</source>
        <translation>C&amp;omune</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Neighbourhood</source>
        <translation>&amp;Neighbourhood</translation>
    </message>
    <message>
        <source>Days of the week</source>
        <translation>Days of the week</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
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
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>For &amp;whom</source>
        <translation>For &amp;whom</translation>
    </message>
    <message>
        <source>People at a time (offers)</source>
        <translation>People at a time (offers)</translation>
    </message>
    <message>
        <source>What is needed or offered, without health details</source>
        <translation>What is needed or offered, without health details</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>Show the person&apos;s own name and phone instead of the desk&apos;s (only if they ask for it)</source>
        <translation>Show the person&apos;s own name and phone instead of the desk&apos;s (only if they ask for it)</translation>
    </message>
    <message>
        <source>Put it on the board</source>
        <translation>Put it on the board</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>For: %1</translation>
    </message>
    <message>
        <source>Open the person at the counter on the Session page first: a request or an offer is entered for a person who gave the board&apos;s consent.</source>
        <translation>Open the person at the counter on the Session page first: a request or an offer is entered for a person who gave the board&apos;s consent.</translation>
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
    <name>sportello::ui::CompleteFollowUpDialog</name>
    <message>
        <source>Follow-up done</source>
        <translation>Follow-up done</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Note on the outcome</source>
        <translation>Note on the outcome</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Mark as done</translation>
    </message>
</context>
<context>
    <name>sportello::ui::ConsentBox</name>
    <message>
        <source>&amp;Consents</source>
        <translation>&amp;Consents</translation>
    </message>
    <message>
        <source>Consent: %1</source>
        <translation>Consent: %1</translation>
    </message>
    <message>
        <source>Needed to record needs about health, disability, addiction, violence or justice.</source>
        <translation>Needed to record needs about health, disability, addiction, violence or justice.</translation>
    </message>
    <message>
        <source>How the consent was given</source>
        <translation>How the consent was given</translation>
    </message>
    <message>
        <source>Signed on the printed form, or read aloud with the scripted text and given verbally.</source>
        <translation>Signed on the printed form, or read aloud with the scripted text and given verbally.</translation>
    </message>
    <message>
        <source>Given by:</source>
        <translation>Given by:</translation>
    </message>
    <message>
        <source>Choose the person first. Anonymous walk-ins give no consents.</source>
        <translation>Choose the person first. Anonymous walk-ins give no consents.</translation>
    </message>
    <message>
        <source>%1 (given on %2)</source>
        <translation>%1 (given on %2)</translation>
    </message>
    <message>
        <source>Tick what the person agreed to; it is recorded when you save. Without the consent to record personal data, a new record is removed after %1 hours.</source>
        <translation>Tick what the person agreed to; it is recorded when you save. Without the consent to record personal data, a new record is removed after %1 hours.</translation>
    </message>
</context>
<context>
    <name>sportello::ui::ConsentDialog</name>
    <message>
        <source>Record a consent</source>
        <translation>Record a consent</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>Consent to</translation>
    </message>
    <message>
        <source>Given on the signed form</source>
        <translation>Given on the signed form</translation>
    </message>
    <message>
        <source>Given verbally, after reading the scripted text</source>
        <translation>Given verbally, after reading the scripted text</translation>
    </message>
    <message>
        <source>Privacy notice text</source>
        <translation>Privacy notice text</translation>
    </message>
    <message>
        <source>Consent &amp;to:</source>
        <translation>Consent &amp;to:</translation>
    </message>
    <message>
        <source>Given as:</source>
        <translation>Given as:</translation>
    </message>
    <message>
        <source>Notice version:</source>
        <translation>Notice version:</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>Read this &amp;text to the person before recording the consent:</source>
        <translation>Read this &amp;text to the person before recording the consent:</translation>
    </message>
    <message>
        <source>The person signs the printed form with this &amp;text:</source>
        <translation>The person signs the printed form with this &amp;text:</translation>
    </message>
</context>
<context>
    <name>sportello::ui::ConsentsPanel</name>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>Consent to</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Record consent…</source>
        <translation>&amp;Record consent…</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Record a consent</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Re&amp;voke</translation>
    </message>
    <message>
        <source>Revoke the selected consent</source>
        <translation>Revoke the selected consent</translation>
    </message>
    <message>
        <source>&amp;Print consent form…</source>
        <translation>&amp;Print consent form…</translation>
    </message>
    <message>
        <source>Save the consent form as PDF to print</source>
        <translation>Save the consent form as PDF to print</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation>Revoked on %1</translation>
    </message>
    <message>
        <source>The privacy notice could not be read, so the consent cannot refer to it.</source>
        <translation>The privacy notice could not be read, so the consent cannot refer to it.</translation>
    </message>
    <message>
        <source>Revoke the consent to &quot;%1&quot; given on %2? This cannot be undone.</source>
        <translation>Revoke the consent to &quot;%1&quot; given on %2? This cannot be undone.</translation>
    </message>
    <message>
        <source>The open follow-ups of this person will be cancelled.</source>
        <translation>The open follow-ups of this person will be cancelled.</translation>
    </message>
    <message>
        <source>Revoke consent</source>
        <translation>Revoke consent</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Consent form</translation>
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
    <message>
        <source>Report…</source>
        <translation>Report…</translation>
    </message>
    <message>
        <source>Report to the district that it is out of date…</source>
        <translation>Report to the district that it is out of date…</translation>
    </message>
    <message>
        <source>Reported: it leaves with the next synchronization.</source>
        <translation>Reported: it leaves with the next synchronization.</translation>
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
    <name>sportello::ui::DistrictView</name>
    <message>
        <source>District report</source>
        <translation>District report</translation>
    </message>
    <message>
        <source>What the hub counts over the referrals of every desk of the network, from their anonymized records. The hub gives it only to a coordinator&apos;s desk, and hides every small count before sending it: it may be exported as it is.</source>
        <translation>What the hub counts over the referrals of every desk of the network, from their anonymized records. The hub gives it only to a coordinator&apos;s desk, and hides every small count before sending it: it may be exported as it is.</translation>
    </message>
    <message>
        <source>&amp;From month:</source>
        <translation>&amp;From month:</translation>
    </message>
    <message>
        <source>From month</source>
        <translation>From month</translation>
    </message>
    <message>
        <source>&amp;to month:</source>
        <translation>&amp;to month:</translation>
    </message>
    <message>
        <source>To month</source>
        <translation>To month</translation>
    </message>
    <message>
        <source>&amp;Ask the hub</source>
        <translation>&amp;Ask the hub</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>The first month must not come after the last, and they may be at most ten years apart.</source>
        <translation>The first month must not come after the last, and they may be at most ten years apart.</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>Asking the hub…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>District report for %1: %n desk(s) of the network.</source>
        <translation>
            <numerusform>District report for %1: %n desk of the network.</numerusform>
            <numerusform>District report for %1: %n desks of the network.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the district report</source>
        <translation>Export the district report</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
</context>
<context>
    <name>sportello::ui::EnrolmentDialog</name>
    <message>
        <source>Connect to the district network</source>
        <translation>Connect to the district network</translation>
    </message>
    <message>
        <source>Type what the Ufficio di Piano gave you for this desk. Only anonymous records are ever sent to the hub.</source>
        <translation>Type what the Ufficio di Piano gave you for this desk. Only anonymous records are ever sent to the hub.</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>Hub &amp;address:</translation>
    </message>
    <message>
        <source>The one-time token of this desk; it is kept only in the system keychain.</source>
        <translation>The one-time token of this desk; it is kept only in the system keychain.</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;District certificate (CA file):</source>
        <translation>&amp;District certificate (CA file):</translation>
    </message>
    <message>
        <source>District certificate file</source>
        <translation>District certificate file</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Hub key &amp;pin:</source>
        <translation>Hub key &amp;pin:</translation>
    </message>
    <message>
        <source>Hub key pin</source>
        <translation>Hub key pin</translation>
    </message>
    <message>
        <source>Use HTTP/2 (only if the Ufficio di Piano says so)</source>
        <translation>Use HTTP/2 (only if the Ufficio di Piano says so)</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>Asking the hub…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>District certificate</source>
        <translation>District certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>The key pin is not valid: it is sha256/ followed by 44 characters, or 64 hexadecimal digits. Copy it again from the sheet the Ufficio di Piano gave you.</source>
        <translation>The key pin is not valid: it is sha256/ followed by 44 characters, or 64 hexadecimal digits. Copy it again from the sheet the Ufficio di Piano gave you.</translation>
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
    <name>sportello::ui::FacilitationBox</name>
    <message>
        <source>Di&amp;gital facilitation</source>
        <translation>Di&amp;gital facilitation</translation>
    </message>
    <message>
        <source>Kind of facilitation</source>
        <translation>Kind of facilitation</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Digital services worked on</source>
        <translation>Digital services worked on</translation>
    </message>
    <message>
        <source>Space ticks the digital services worked on.</source>
        <translation>Space ticks the digital services worked on.</translation>
    </message>
    <message>
        <source>Worked on:</source>
        <translation>Worked on:</translation>
    </message>
    <message>
        <source>Was the goal reached?</source>
        <translation>Was the goal reached?</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Not said</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Goal:</translation>
    </message>
    <message>
        <source>Why the goal was not reached</source>
        <translation>Why the goal was not reached</translation>
    </message>
    <message>
        <source>Why not:</source>
        <translation>Why not:</translation>
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
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>The coordinator creates the other operators&apos; accounts. Choose a password of at least 10 characters, without the names of the desk or its comune: a short phrase is easy to remember and hard to guess.</source>
        <translation>The coordinator creates the other operators&apos; accounts. Choose a password of at least 10 characters, without the names of the desk or its comune: a short phrase is easy to remember and hard to guess.</translation>
    </message>
</context>
<context>
    <name>sportello::ui::FollowUpModel</name>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Anonymous walk-in</source>
        <translation>Anonymous walk-in</translation>
    </message>
    <message>
        <source>Person #%1 (no longer recorded)</source>
        <translation>Person #%1 (no longer recorded)</translation>
    </message>
    <message>
        <source>Operator #%1</source>
        <translation>Operator #%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>follow-up group (count)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n follow-up(s)</source>
        <translation>
            <numerusform>%1: %n follow-up(s)</numerusform>
            <numerusform>%1: %n follow-up(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>date (group)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Referral to %1 awaiting feedback since %2</source>
        <translation>Referral to %1 awaiting feedback since %2</translation>
    </message>
    <message>
        <source>Referred by %1</source>
        <translation>Referred by %1</translation>
    </message>
</context>
<context>
    <name>sportello::ui::FollowUpPage</name>
    <message>
        <source>To call back</source>
        <translation>To call back</translation>
    </message>
    <message>
        <source>Only &amp;mine</source>
        <translation>Only &amp;mine</translation>
    </message>
    <message>
        <source>Show only the follow-ups assigned to me</source>
        <translation>Show only the follow-ups assigned to me</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>Refresh the list</translation>
    </message>
    <message>
        <source>Follow-ups to do</source>
        <translation>Follow-ups to do</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Done…</translation>
    </message>
    <message>
        <source>Mark the selected follow-up as done</source>
        <translation>Mark the selected follow-up as done</translation>
    </message>
    <message>
        <source>&amp;Open person</source>
        <translation>&amp;Open person</translation>
    </message>
    <message>
        <source>Open the record of the selected person</source>
        <translation>Open the record of the selected person</translation>
    </message>
    <message>
        <source>Nobody to call back.</source>
        <translation>Nobody to call back.</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n due today</numerusform>
            <numerusform>%n due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upcoming</source>
        <translation>
            <numerusform>%n upcoming</numerusform>
            <numerusform>%n upcoming</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1, due on %2</source>
        <translation>%1, due on %2</translation>
    </message>
    <message>
        <source>Open referr&amp;al</source>
        <translation>Open referr&amp;al</translation>
    </message>
    <message>
        <source>Open the selected referral</source>
        <translation>Open the selected referral</translation>
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
    <message>
        <source>Checking the password…</source>
        <translation>Checking the password…</translation>
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
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Manual</translation>
    </message>
</context>
<context>
    <name>sportello::ui::ManualWindow</name>
    <message>
        <source>Sportello manual</source>
        <translation>Sportello manual</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Contents</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
</context>
<context>
    <name>sportello::ui::MoveDialog</name>
    <message>
        <source>Sent &amp;by:</source>
        <translation>Sent &amp;by:</translation>
    </message>
    <message>
        <source>&amp;What was missing:</source>
        <translation>&amp;What was missing:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Referral: %1</source>
        <translation>Referral: %1</translation>
    </message>
    <message>
        <source>From &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>From &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reason for the step</source>
        <translation>Reason for the step</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>How it ended</translation>
    </message>
    <message>
        <source>How it &amp;ended:</source>
        <translation>How it &amp;ended:</translation>
    </message>
    <message>
        <source>Where it was redirected</source>
        <translation>Where it was redirected</translation>
    </message>
    <message>
        <source>Redirected &amp;to:</source>
        <translation>Redirected &amp;to:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>Record this step</source>
        <translation>Record this step</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Back to &amp;draft…</source>
        <translation>Back to &amp;draft…</translation>
    </message>
    <message>
        <source>Mark as &amp;sent…</source>
        <translation>Mark as &amp;sent…</translation>
    </message>
    <message>
        <source>Mark as &amp;received…</source>
        <translation>Mark as &amp;received…</translation>
    </message>
    <message>
        <source>&amp;Under assessment…</source>
        <translation>&amp;Under assessment…</translation>
    </message>
    <message>
        <source>&amp;Taken on…</source>
        <translation>&amp;Taken on…</translation>
    </message>
    <message>
        <source>&amp;Not taken on…</source>
        <translation>&amp;Not taken on…</translation>
    </message>
    <message>
        <source>Re&amp;directed…</source>
        <translation>Re&amp;directed…</translation>
    </message>
    <message>
        <source>Returned &amp;incomplete…</source>
        <translation>Returned &amp;incomplete…</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>C&amp;lose…</translation>
    </message>
    <message>
        <source>&amp;Cancel referral…</source>
        <translation>&amp;Cancel referral…</translation>
    </message>
    <message>
        <source>The referral was not sent. %1</source>
        <translation>The referral was not sent. %1</translation>
    </message>
</context>
<context>
    <name>sportello::ui::NeedPicker</name>
    <message>
        <source>Type a word or a code: bollette, affitto, POV.UT…</source>
        <translation>Type a word or a code: bollette, affitto, POV.UT…</translation>
    </message>
    <message>
        <source>Add a need</source>
        <translation>Add a need</translation>
    </message>
    <message>
        <source>Type part of a need or its code, choose with ↓/↑ and add it with Enter. Backspace in the empty field removes the last need.</source>
        <translation>Type part of a need or its code, choose with ↓/↑ and add it with Enter. Backspace in the empty field removes the last need.</translation>
    </message>
    <message>
        <source>No need matches &quot;%1&quot;</source>
        <translation>No need matches &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Needs of this session</source>
        <translation>Needs of this session</translation>
    </message>
    <message>
        <source>Delete removes the selected need.</source>
        <translation>Delete removes the selected need.</translation>
    </message>
    <message>
        <source>needs consent</source>
        <translation>needs consent</translation>
    </message>
</context>
<context>
    <name>sportello::ui::OutboxModel</name>
    <message>
        <source>next round</source>
        <translation>next round</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Tries</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Last problem</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Next try</translation>
    </message>
</context>
<context>
    <name>sportello::ui::PersonFieldsForm</name>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>Year of birth:</source>
        <translation>Year of birth:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Gender:</translation>
    </message>
    <message>
        <source>Comune:</source>
        <translation>Comune:</translation>
    </message>
    <message>
        <source>Citizenship:</source>
        <translation>Citizenship:</translation>
    </message>
    <message>
        <source>Household:</source>
        <translation>Household:</translation>
    </message>
    <message>
        <source>People in the household:</source>
        <translation>People in the household:</translation>
    </message>
    <message>
        <source>Of whom minors:</source>
        <translation>Of whom minors:</translation>
    </message>
    <message>
        <source>Work:</source>
        <translation>Work:</translation>
    </message>
    <message>
        <source>Education:</source>
        <translation>Education:</translation>
    </message>
    <message>
        <source>Handout language:</source>
        <translation>Handout language:</translation>
    </message>
    <message>
        <source>Contact by:</source>
        <translation>Contact by:</translation>
    </message>
    <message>
        <source>Taken from the codice fiscale</source>
        <translation>Taken from the codice fiscale</translation>
    </message>
</context>
<context>
    <name>sportello::ui::PersonForm</name>
    <message>
        <source>&lt;b&gt;Possible duplicates&lt;/b&gt; — is it one of these people? Enter takes the existing record.</source>
        <translation>&lt;b&gt;Possible duplicates&lt;/b&gt; — is it one of these people? Enter takes the existing record.</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>People already recorded with the same or a similar name. Choose the existing record, or the last line to record a new person.</source>
        <translation>People already recorded with the same or a similar name. Choose the existing record, or the last line to record a new person.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Optional. When valid it fills in the year of birth and the gender.</source>
        <translation>Optional. When valid it fills in the year of birth and the gender.</translation>
    </message>
    <message>
        <source>Codice fiscale:</source>
        <translation>Codice fiscale:</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>Year of birth; empty when not known.</source>
        <translation>Year of birth; empty when not known.</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Born in:</source>
        <translation>Born in:</translation>
    </message>
    <message>
        <source>Comune of residence</source>
        <translation>Comune of residence</translation>
    </message>
    <message>
        <source>Lives in:</source>
        <translation>Lives in:</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <source>Citizenship:</source>
        <translation>Citizenship:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>Preferred contact</translation>
    </message>
    <message>
        <source>How the person prefers to be contacted.</source>
        <translation>How the person prefers to be contacted.</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Language of the printed handout</source>
        <translation>Language of the printed handout</translation>
    </message>
    <message>
        <source>Handout in:</source>
        <translation>Handout in:</translation>
    </message>
    <message>
        <source>same codice fiscale</source>
        <translation>same codice fiscale</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>same name</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>similar name</translation>
    </message>
    <message>
        <source>%1, born %2 — %3</source>
        <translation>%1, born %2 — %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>None of these: record a new person</source>
        <translation>None of these: record a new person</translation>
    </message>
    <message>
        <source>✓ Born on %1</source>
        <translation>✓ Born on %1</translation>
    </message>
</context>
<context>
    <name>sportello::ui::PersonPage</name>
    <message>
        <source>Type a name, a surname or a codice fiscale above to open a person&apos;s record.</source>
        <translation>Type a name, a surname or a codice fiscale above to open a person&apos;s record.</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Find a person</translation>
    </message>
    <message>
        <source>Name, surname or codice fiscale</source>
        <translation>Name, surname or codice fiscale</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>People found</translation>
    </message>
    <message>
        <source>&amp;Find a person:</source>
        <translation>&amp;Find a person:</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <source>The person asked not to be contacted: no call-backs.</source>
        <translation>The person asked not to be contacted: no call-backs.</translation>
    </message>
    <message>
        <source>&amp;Edit details</source>
        <translation>&amp;Edit details</translation>
    </message>
    <message>
        <source>Edit the details</source>
        <translation>Edit the details</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the details</source>
        <translation>Save the details</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <source>Cancel the changes</source>
        <translation>Cancel the changes</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Schedule follow-&amp;up…</source>
        <translation>Schedule follow-&amp;up…</translation>
    </message>
    <message>
        <source>Schedule a follow-up</source>
        <translation>Schedule a follow-up</translation>
    </message>
    <message>
        <source>%1 (born %2)</source>
        <translation>%1 (born %2)</translation>
    </message>
    <message>
        <source>Nobody found</source>
        <translation>Nobody found</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The changes to the details of %1 are not saved. Discard them?</source>
        <translation>The changes to the details of %1 are not saved. Discard them?</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>born %1</translation>
    </message>
    <message>
        <source>year of birth not known</source>
        <translation>year of birth not known</translation>
    </message>
    <message>
        <source>%1  ·  comune: %2  ·  contact by: %3</source>
        <translation>%1  ·  comune: %2  ·  contact by: %3</translation>
    </message>
    <message>
        <source>The person asked not to be contacted.</source>
        <translation>The person asked not to be contacted.</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Erase this person…</translation>
    </message>
    <message>
        <source>Erase this person for good</source>
        <translation>Erase this person for good</translation>
    </message>
    <message>
        <source>At the person&apos;s request: removes the record, consents, follow-ups and every note; sessions and referrals stay in the statistics without the person.</source>
        <translation>At the person&apos;s request: removes the record, consents, follow-ups and every note; sessions and referrals stay in the statistics without the person.</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Erase this person</translation>
    </message>
    <message>
        <source>Erase %1 at their request?

Their name, codice fiscale, contacts, address, consents and follow-ups go for good, with the notes of their sessions and referrals. The sessions and referrals stay, without the person, so that statistics still count them. This cannot be undone.</source>
        <translation>Erase %1 at their request?

Their name, codice fiscale, contacts, address, consents and follow-ups go for good, with the notes of their sessions and referrals. The sessions and referrals stay, without the person, so that statistics still count them. This cannot be undone.</translation>
    </message>
    <message>
        <source>To confirm, type the name &quot;%1&quot;:</source>
        <translation>To confirm, type the name &quot;%1&quot;:</translation>
    </message>
    <message>
        <source>The name typed is not &quot;%1&quot;: nothing was erased.</source>
        <translation>The name typed is not &quot;%1&quot;: nothing was erased.</translation>
    </message>
    <message>
        <source>Files about the erased person</source>
        <translation>Files about the erased person</translation>
    </message>
    <message>
        <source>The desk wrote these files about the person. Delete them too?

%1

Copies made elsewhere (printed, sent, backed up) must be destroyed by hand.</source>
        <translation>The desk wrote these files about the person. Delete them too?

%1

Copies made elsewhere (printed, sent, backed up) must be destroyed by hand.</translation>
    </message>
    <message>
        <source>These files could not be deleted; delete them by hand:

%1</source>
        <translation>These files could not be deleted; delete them by hand:

%1</translation>
    </message>
    <message>
        <source>E&amp;xport all data…</source>
        <translation>E&amp;xport all data…</translation>
    </message>
    <message>
        <source>Export everything held about this person</source>
        <translation>Export everything held about this person</translation>
    </message>
    <message>
        <source>At the person&apos;s request: a PDF to read and a JSON file with everything the desk holds about them (GDPR articles 15 and 20).</source>
        <translation>At the person&apos;s request: a PDF to read and a JSON file with everything the desk holds about them (GDPR articles 15 and 20).</translation>
    </message>
    <message>
        <source>The list of people is loading…</source>
        <translation>The list of people is loading…</translation>
    </message>
</context>
<context>
    <name>sportello::ui::PersonPanel</name>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>Type the name or the codice fiscale…</source>
        <translation>Type the name or the codice fiscale…</translation>
    </message>
    <message>
        <source>Person: name or codice fiscale</source>
        <translation>Person: name or codice fiscale</translation>
    </message>
    <message>
        <source>Type part of the name: ↓/↑ choose a person already recorded, &quot;New person&quot; or an anonymous walk-in; Enter confirms.</source>
        <translation>Type part of the name: ↓/↑ choose a person already recorded, &quot;New person&quot; or an anonymous walk-in; Enter confirms.</translation>
    </message>
    <message>
        <source>Anonymous walk-in (no personal record)</source>
        <translation>Anonymous walk-in (no personal record)</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, born %2</translation>
    </message>
    <message>
        <source>Already recorded</source>
        <translation>Already recorded</translation>
    </message>
    <message>
        <source>+ New person: %1</source>
        <translation>+ New person: %1</translation>
    </message>
    <message>
        <source>Record a new person with this name</source>
        <translation>Record a new person with this name</translation>
    </message>
    <message>
        <source>The session counts in the statistics; nothing personal is recorded.</source>
        <translation>The session counts in the statistics; nothing personal is recorded.</translation>
    </message>
    <message>
        <source>Anonymous walk-in</source>
        <translation>Anonymous walk-in</translation>
    </message>
    <message>
        <source>Nobody chosen yet.</source>
        <translation>Nobody chosen yet.</translation>
    </message>
    <message>
        <source>✓ %1 is already recorded.</source>
        <translation>✓ %1 is already recorded.</translation>
    </message>
    <message>
        <source>New person: recorded when you save the session.</source>
        <translation>New person: recorded when you save the session.</translation>
    </message>
    <message>
        <source>Anonymous walk-in: the session counts in the statistics, nothing personal is recorded.</source>
        <translation>Anonymous walk-in: the session counts in the statistics, nothing personal is recorded.</translation>
    </message>
    <message>
        <source>✓ %1 is recorded.</source>
        <translation>✓ %1 is recorded.</translation>
    </message>
    <message>
        <source>Looking for people already recorded: the list is loading…</source>
        <translation>Looking for people already recorded: the list is loading…</translation>
    </message>
    <message>
        <source>The names of the people recorded here are being read; the matches appear in a moment.</source>
        <translation>The names of the people recorded here are being read; the matches appear in a moment.</translation>
    </message>
</context>
<context>
    <name>sportello::ui::PrivacyNoticeEditor</name>
    <message>
        <source>Privacy notice</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <source>Privacy notice editor</source>
        <translation>Privacy notice editor</translation>
    </message>
    <message>
        <source>This text is given or read to every person before their consent is recorded. Separate paragraphs with an empty line; a short line on its own is a heading; lines starting with &quot;- &quot; are a list. {desk}, {organization}, {comune} and {contacts} are replaced with the desk&apos;s details. Each saved change becomes a new version, and consents remember the version they were given on.</source>
        <translation>This text is given or read to every person before their consent is recorded. Separate paragraphs with an empty line; a short line on its own is a heading; lines starting with &quot;- &quot; are a list. {desk}, {organization}, {comune} and {contacts} are replaced with the desk&apos;s details. Each saved change becomes a new version, and consents remember the version they were given on.</translation>
    </message>
    <message>
        <source>How to write the notice</source>
        <translation>How to write the notice</translation>
    </message>
    <message>
        <source>Version of the notice</source>
        <translation>Version of the notice</translation>
    </message>
    <message>
        <source>Text of the privacy notice</source>
        <translation>Text of the privacy notice</translation>
    </message>
    <message>
        <source>Save the notice</source>
        <translation>Save the notice</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Restore default</source>
        <translation>&amp;Restore default</translation>
    </message>
    <message>
        <source>Restore the built-in notice</source>
        <translation>Restore the built-in notice</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Save a blank consent form as PDF</source>
        <translation>Save a blank consent form as PDF</translation>
    </message>
    <message>
        <source>Changed, not saved yet: saving makes a new version.</source>
        <translation>Changed, not saved yet: saving makes a new version.</translation>
    </message>
    <message>
        <source>Built-in notice, version %1.</source>
        <translation>Built-in notice, version %1.</translation>
    </message>
    <message>
        <source>Version %1, saved on %2.</source>
        <translation>Version %1, saved on %2.</translation>
    </message>
    <message>
        <source>Replace the text with the built-in notice? The text in the editor will be lost.</source>
        <translation>Replace the text with the built-in notice? The text in the editor will be lost.</translation>
    </message>
    <message>
        <source>draft, not saved</source>
        <translation>draft, not saved</translation>
    </message>
    <message>
        <source>Save consent form as PDF</source>
        <translation>Save consent form as PDF</translation>
    </message>
    <message>
        <source>The privacy notice cannot be empty.</source>
        <translation>The privacy notice cannot be empty.</translation>
    </message>
    <message>
        <source>Discard the changes to the privacy notice?</source>
        <translation>Discard the changes to the privacy notice?</translation>
    </message>
</context>
<context>
    <name>sportello::ui::ReceivedReferralsPage</name>
    <message>
        <source>Referrals received</source>
        <translation>Referrals received</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Person (anonymous)</source>
        <translation>Person (anonymous)</translation>
    </message>
    <message>
        <source>Our answer</source>
        <translation>Our answer</translation>
    </message>
    <message>
        <source>Take on</source>
        <translation>Take on</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Decline…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <source>No referral has been addressed to this desk through the network.</source>
        <translation>No referral has been addressed to this desk through the network.</translation>
    </message>
    <message>
        <source>Referrals other desks of the network sent to this desk. Only codes reach it: the person brings the letter with the referral&apos;s code. Each answer goes back to the desk that sent the referral.</source>
        <translation>Referrals other desks of the network sent to this desk. Only codes reach it: the person brings the letter with the referral&apos;s code. Each answer goes back to the desk that sent the referral.</translation>
    </message>
    <message>
        <source>Referral %1 received through the network</source>
        <translation>Referral %1 received through the network</translation>
    </message>
</context>
<context>
    <name>sportello::ui::RecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>New recovery key</translation>
    </message>
    <message>
        <source>The desk has a new recovery key; the old one no longer opens anything. It is shown only now: print it or write it down and keep it locked away from this computer.</source>
        <translation>The desk has a new recovery key; the old one no longer opens anything. It is shown only now: print it or write it down and keep it locked away from this computer.</translation>
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
</context>
<context>
    <name>sportello::ui::ReferralDetail</name>
    <message>
        <source>Choose a referral in the list to see it here.</source>
        <translation>Choose a referral in the list to see it here.</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Urgency:</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>Needs:</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Office:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Sent:</translation>
    </message>
    <message>
        <source>Taken on:</source>
        <translation>Taken on:</translation>
    </message>
    <message>
        <source>Answer expected by:</source>
        <translation>Answer expected by:</translation>
    </message>
    <message>
        <source>Final outcome:</source>
        <translation>Final outcome:</translation>
    </message>
    <message>
        <source>Note for the destination</source>
        <translation>Note for the destination</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>History of the referral</source>
        <translation>History of the referral</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>&amp;Open person</source>
        <translation>&amp;Open person</translation>
    </message>
    <message>
        <source>Open the record of the referral&apos;s person</source>
        <translation>Open the record of the referral&apos;s person</translation>
    </message>
    <message>
        <source>Letter (&amp;PDF)…</source>
        <translation>Letter (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Save the referral letter as a PDF</source>
        <translation>Save the referral letter as a PDF</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Person #%1 (no longer recorded)</source>
        <translation>Person #%1 (no longer recorded)</translation>
    </message>
    <message>
        <source>Operator #%1</source>
        <translation>Operator #%1</translation>
    </message>
    <message>
        <source>Referral %1 to %2 for %3</source>
        <translation>Referral %1 to %2 for %3</translation>
    </message>
    <message>
        <source>%1 — referral %2</source>
        <translation>%1 — referral %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>%1 — late</source>
        <translation>%1 — late</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Logged</translation>
    </message>
    <message>
        <source>Created as %1</source>
        <translation>Created as %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Record the step: %1</source>
        <translation>Record the step: %1</translation>
    </message>
    <message>
        <source>This referral is finished: it has no further steps.</source>
        <translation>This referral is finished: it has no further steps.</translation>
    </message>
    <message>
        <source>&amp;Edit the draft…</source>
        <translation>&amp;Edit the draft…</translation>
    </message>
    <message>
        <source>Complete the draft before sending it (needs, office, urgency, note, answer date)</source>
        <translation>Complete the draft before sending it (needs, office, urgency, note, answer date)</translation>
    </message>
    <message>
        <source>from the network</source>
        <translation>from the network</translation>
    </message>
    <message>
        <source>Answer not applied: %1</source>
        <translation>Answer not applied: %1</translation>
    </message>
    <message>
        <source>The destination answered through the network, but this referral cannot move there from its present state. Record the steps by hand if the answer is right.</source>
        <translation>The destination answered through the network, but this referral cannot move there from its present state. Record the steps by hand if the answer is right.</translation>
    </message>
</context>
<context>
    <name>sportello::ui::ReferralDialog</name>
    <message>
        <source>New referral</source>
        <translation>New referral</translation>
    </message>
    <message>
        <source>Kind of referral</source>
        <translation>Kind of referral</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination:</translation>
    </message>
    <message>
        <source>Organization or service of the catalogue</source>
        <translation>Organization or service of the catalogue</translation>
    </message>
    <message>
        <source>Optional: type part of the name to search the catalogue</source>
        <translation>Optional: type part of the name to search the catalogue</translation>
    </message>
    <message>
        <source>Organization or &amp;service:</source>
        <translation>Organization or &amp;service:</translation>
    </message>
    <message>
        <source>Needs of the referral</source>
        <translation>Needs of the referral</translation>
    </message>
    <message>
        <source>The needs recorded in the session; Space ticks or unticks.</source>
        <translation>The needs recorded in the session; Space ticks or unticks.</translation>
    </message>
    <message>
        <source>No needs were recorded in the session.</source>
        <translation>No needs were recorded in the session.</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>Needs:</translation>
    </message>
    <message>
        <source>&amp;Needs:</source>
        <translation>&amp;Needs:</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>&amp;Urgency:</translation>
    </message>
    <message>
        <source>Social emergency contact</source>
        <translation>Social emergency contact</translation>
    </message>
    <message>
        <source>Note for the destination</source>
        <translation>Note for the destination</translation>
    </message>
    <message>
        <source>Why the person is referred, what has been done, what is asked of the destination.</source>
        <translation>Why the person is referred, what has been done, what is asked of the destination.</translation>
    </message>
    <message>
        <source>Printed in the referral letter; kept encrypted, never sent to the hub.</source>
        <translation>Printed in the referral letter; kept encrypted, never sent to the hub.</translation>
    </message>
    <message>
        <source>N&amp;ote for the destination:</source>
        <translation>N&amp;ote for the destination:</translation>
    </message>
    <message>
        <source>Answer expected by</source>
        <translation>Answer expected by</translation>
    </message>
    <message>
        <source>The referral joins the follow-up list on this day if no answer has come.</source>
        <translation>The referral joins the follow-up list on this day if no answer has come.</translation>
    </message>
    <message>
        <source>&amp;Answer expected by:</source>
        <translation>&amp;Answer expected by:</translation>
    </message>
    <message>
        <source>&amp;Create referral</source>
        <translation>&amp;Create referral</translation>
    </message>
    <message>
        <source>Create the referral</source>
        <translation>Create the referral</translation>
    </message>
    <message>
        <source>The catalogue cannot be read: %1</source>
        <translation>The catalogue cannot be read: %1</translation>
    </message>
    <message>
        <source>The catalogue cannot be read, so the social emergency service cannot be shown. If health or safety is in danger, call 112.</source>
        <translation>The catalogue cannot be read, so the social emergency service cannot be shown. If health or safety is in danger, call 112.</translation>
    </message>
    <message>
        <source>Urgent: no social emergency service (PIS) with a phone number is in the catalogue. Call the Social Services of the Comune. If health or safety is in danger, call 112.</source>
        <translation>Urgent: no social emergency service (PIS) with a phone number is in the catalogue. Call the Social Services of the Comune. If health or safety is in danger, call 112.</translation>
    </message>
    <message>
        <source>Urgent, same day: call the social emergency service now.</source>
        <translation>Urgent, same day: call the social emergency service now.</translation>
    </message>
    <message>
        <source>If health or safety is in danger, call 112.</source>
        <translation>If health or safety is in danger, call 112.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name one entry of the catalogue. Choose an organization or a service from the list, or leave the field empty.</source>
        <translation>&quot;%1&quot; does not name one entry of the catalogue. Choose an organization or a service from the list, or leave the field empty.</translation>
    </message>
    <message>
        <source>Complete the draft referral</source>
        <translation>Complete the draft referral</translation>
    </message>
    <message>
        <source>Sa&amp;ve the draft</source>
        <translation>Sa&amp;ve the draft</translation>
    </message>
    <message>
        <source>Save the completed draft</source>
        <translation>Save the completed draft</translation>
    </message>
</context>
<context>
    <name>sportello::ui::ReferralListModel</name>
    <message>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Person #%1 (no longer recorded)</source>
        <translation>Person #%1 (no longer recorded)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>destination type — catalogue entry</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Answer expected by %1: late</source>
        <translation>Answer expected by %1: late</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since it was sent</source>
        <translation>
            <numerusform>%n day since it was sent</numerusform>
            <numerusform>%n days since it was sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since it was created</source>
        <translation>
            <numerusform>%n day since it was created</numerusform>
            <numerusform>%n days since it was created</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1: %2, late</source>
        <translation>%1: %2, late</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Answer by</translation>
    </message>
    <message>
        <source>%1 (from the network)</source>
        <translation>%1 (from the network)</translation>
    </message>
</context>
<context>
    <name>sportello::ui::ReferralsPage</name>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>Refresh the list</translation>
    </message>
    <message>
        <source>Show referrals in this state</source>
        <translation>Show referrals in this state</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Any state</translation>
    </message>
    <message>
        <source>Open (still going on)</source>
        <translation>Open (still going on)</translation>
    </message>
    <message>
        <source>Show referrals to this destination</source>
        <translation>Show referrals to this destination</translation>
    </message>
    <message>
        <source>Any destination</source>
        <translation>Any destination</translation>
    </message>
    <message>
        <source>Show sent or logged referrals</source>
        <translation>Show sent or logged referrals</translation>
    </message>
    <message>
        <source>Sent and logged</source>
        <translation>Sent and logged</translation>
    </message>
    <message>
        <source>Show referrals waiting at least</source>
        <translation>Show referrals waiting at least</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Any age</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) or more</source>
        <translation>
            <numerusform>%n day or more</numerusform>
            <numerusform>%n days or more</numerusform>
        </translation>
    </message>
    <message>
        <source>St&amp;ate:</source>
        <translation>St&amp;ate:</translation>
    </message>
    <message>
        <source>D&amp;estination:</source>
        <translation>D&amp;estination:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>A&amp;ge:</source>
        <translation>A&amp;ge:</translation>
    </message>
    <message>
        <source>Open: sent referrals not yet closed or cancelled.</source>
        <translation>Open: sent referrals not yet closed or cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) shown</source>
        <translation>
            <numerusform>%n referral shown</numerusform>
            <numerusform>%n referrals shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting an answer past its date</source>
        <translation>
            <numerusform>%n awaiting an answer past its date</numerusform>
            <numerusform>%n awaiting an answer past their date</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>sportello::ui::ReportDialog</name>
    <message>
        <source>Report an entry of the district</source>
        <translation>Report an entry of the district</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; comes from the district&apos;s catalogue: the desk cannot change it. Tell the district&apos;s office what is no longer right; the report leaves with the next synchronization.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; comes from the district&apos;s catalogue: the desk cannot change it. Tell the district&apos;s office what is no longer right; the report leaves with the next synchronization.</translation>
    </message>
    <message>
        <source>What is wrong?</source>
        <translation>What is wrong?</translation>
    </message>
    <message>
        <source>Only the kind of problem is sent: no text, nothing about people.</source>
        <translation>Only the kind of problem is sent: no text, nothing about people.</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Send report</translation>
    </message>
    <message>
        <source>The phone number is wrong</source>
        <translation>The phone number is wrong</translation>
    </message>
    <message>
        <source>The address is wrong</source>
        <translation>The address is wrong</translation>
    </message>
    <message>
        <source>The opening hours are wrong</source>
        <translation>The opening hours are wrong</translation>
    </message>
    <message>
        <source>The requirements have changed</source>
        <translation>The requirements have changed</translation>
    </message>
    <message>
        <source>The service no longer exists</source>
        <translation>The service no longer exists</translation>
    </message>
    <message>
        <source>Something else is no longer right</source>
        <translation>Something else is no longer right</translation>
    </message>
</context>
<context>
    <name>sportello::ui::ReportPage</name>
    <message>
        <source>Desk report</source>
        <translation>Desk report</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>From… to…</source>
        <translation>From… to…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>compared with %1</source>
        <translation>compared with %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>of which anonymous walk-ins</source>
        <translation>of which anonymous walk-ins</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>People met</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>returning</source>
        <translation>returning</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>sent and still without an answer</source>
        <translation>sent and still without an answer</translation>
    </message>
    <message>
        <source>Median days from sending to take-over</source>
        <translation>Median days from sending to take-over</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Follow-ups done</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Follow-ups overdue</translation>
    </message>
    <message>
        <source>Needs without an answer</source>
        <translation>Needs without an answer</translation>
    </message>
    <message>
        <source>none in this period.</source>
        <translation>none in this period.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Smallest count shown in what leaves the desk</source>
        <translation>Smallest count shown in what leaves the desk</translation>
    </message>
    <message>
        <source>Counts below this number are hidden in every export, and so are the counts that would let the totals give them back. This screen shows exact counts.</source>
        <translation>Counts below this number are hidden in every export, and so are the counts that would let the totals give them back. This screen shows exact counts.</translation>
    </message>
    <message>
        <source>In the exports, hide the counts &amp;below:</source>
        <translation>In the exports, hide the counts &amp;below:</translation>
    </message>
    <message>
        <source>A file for Excel, with the counts from 1 to %1 hidden: it may leave the desk</source>
        <translation>A file for Excel, with the counts from 1 to %1 hidden: it may leave the desk</translation>
    </message>
    <message>
        <source>A document to print or send, with the counts from 1 to %1 hidden: it may leave the desk</source>
        <translation>A document to print or send, with the counts from 1 to %1 hidden: it may leave the desk</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>Appl&amp;y</translation>
    </message>
</context>
<context>
    <name>sportello::ui::ReportSection</name>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
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
    <name>sportello::ui::ScheduleFollowUpDialog</name>
    <message>
        <source>Schedule a follow-up</source>
        <translation>Schedule a follow-up</translation>
    </message>
    <message>
        <source>Call back on</source>
        <translation>Call back on</translation>
    </message>
    <message>
        <source>What to check or tell the person</source>
        <translation>What to check or tell the person</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Who calls back</source>
        <translation>Who calls back</translation>
    </message>
    <message>
        <source>Call back &amp;on:</source>
        <translation>Call back &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Who calls back:</source>
        <translation>&amp;Who calls back:</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
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
    <message>
        <source>Parts of the service</source>
        <translation>Parts of the service</translation>
    </message>
    <message>
        <source>Another document to bring</source>
        <translation>Another document to bring</translation>
    </message>
    <message>
        <source>Another prerequisite</source>
        <translation>Another prerequisite</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Call opens on</source>
        <translation>Call opens on</translation>
    </message>
    <message>
        <source>Call closes on</source>
        <translation>Call closes on</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Verified by</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Days that differ</source>
        <translation>Days that differ</translation>
    </message>
</context>
<context>
    <name>sportello::ui::ServicePicker</name>
    <message>
        <source>Services discussed</source>
        <translation>Services discussed</translation>
    </message>
    <message>
        <source>Services for the chosen needs. Space ticks the services you discussed; they go on the handout.</source>
        <translation>Services for the chosen needs. Space ticks the services you discussed; they go on the handout.</translation>
    </message>
    <message>
        <source>Another service: type its name…</source>
        <translation>Another service: type its name…</translation>
    </message>
    <message>
        <source>Add another service by name</source>
        <translation>Add another service by name</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(temporarily closed)</source>
        <translation>(temporarily closed)</translation>
    </message>
</context>
<context>
    <name>sportello::ui::SessionPage</name>
    <message>
        <source>&amp;Needs</source>
        <translation>&amp;Needs</translation>
    </message>
    <message>
        <source>Ser&amp;vices discussed</source>
        <translation>Ser&amp;vices discussed</translation>
    </message>
    <message>
        <source>&amp;Outcomes</source>
        <translation>&amp;Outcomes</translation>
    </message>
    <message>
        <source>Outcomes of the session</source>
        <translation>Outcomes of the session</translation>
    </message>
    <message>
        <source>Type the first letters to move, Space ticks.</source>
        <translation>Type the first letters to move, Space ticks.</translation>
    </message>
    <message>
        <source>New session (%1)</source>
        <translation>New session (%1)</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>Hando&amp;ut for the person…</source>
        <translation>Hando&amp;ut for the person…</translation>
    </message>
    <message>
        <source>Handout for the person</source>
        <translation>Handout for the person</translation>
    </message>
    <message>
        <source>Print the ticked services with where to go, when and what to bring, in the person&apos;s language.</source>
        <translation>Print the ticked services with where to go, when and what to bring, in the person&apos;s language.</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Save (%1)</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>Save the session</translation>
    </message>
    <message>
        <source>Session &amp;details</source>
        <translation>Session &amp;details</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Type of session</source>
        <translation>Type of session</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Came:</source>
        <translation>Came:</translation>
    </message>
    <message>
        <source>How the person came to the desk</source>
        <translation>How the person came to the desk</translation>
    </message>
    <message>
        <source>Date and time of the session</source>
        <translation>Date and time of the session</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>When:</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duration in minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>measured</translation>
    </message>
    <message>
        <source>Left at &quot;measured&quot;, the duration is the time from the start of the form to the save.</source>
        <translation>Left at &quot;measured&quot;, the duration is the time from the start of the form to the save.</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duration:</translation>
    </message>
    <message>
        <source>No&amp;tes and next step</source>
        <translation>No&amp;tes and next step</translation>
    </message>
    <message>
        <source>Notes (kept encrypted)</source>
        <translation>Notes (kept encrypted)</translation>
    </message>
    <message>
        <source>Only what is needed to help the person. Kept encrypted.</source>
        <translation>Only what is needed to help the person. Kept encrypted.</translation>
    </message>
    <message>
        <source>Only what is needed to help the person.</source>
        <translation>Only what is needed to help the person.</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>e.g. bring the ISEE on Monday</source>
        <translation>e.g. bring the ISEE on Monday</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Next step:</translation>
    </message>
    <message>
        <source>Call &amp;back on:</source>
        <translation>Call &amp;back on:</translation>
    </message>
    <message>
        <source>Schedule a follow-up</source>
        <translation>Schedule a follow-up</translation>
    </message>
    <message>
        <source>Puts the person in the &quot;To call back&quot; list on that day. Needs the consent to be contacted.</source>
        <translation>Puts the person in the &quot;To call back&quot; list on that day. Needs the consent to be contacted.</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>What to check at the follow-up</source>
        <translation>What to check at the follow-up</translation>
    </message>
    <message>
        <source>What to check (optional)</source>
        <translation>What to check (optional)</translation>
    </message>
    <message>
        <source>The catalogue cannot be read: %1</source>
        <translation>The catalogue cannot be read: %1</translation>
    </message>
    <message>
        <source>The session being written is not saved. Discard it and start a new one?</source>
        <translation>The session being written is not saved. Discard it and start a new one?</translation>
    </message>
    <message>
        <source>Other need</source>
        <translation>Other need</translation>
    </message>
    <message>
        <source>Describe the need in a few words:</source>
        <translation>Describe the need in a few words:</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Choose the person first: type the name, or choose &quot;Anonymous walk-in&quot;.</source>
        <translation>Choose the person first: type the name, or choose &quot;Anonymous walk-in&quot;.</translation>
    </message>
    <message>
        <source>This person may already be recorded. Choose the existing record in &quot;Possible duplicates&quot;, or its last line to record a new person.</source>
        <translation>This person may already be recorded. Choose the existing record in &quot;Possible duplicates&quot;, or its last line to record a new person.</translation>
    </message>
    <message>
        <source>Saved at %1: the session with %2. %3 starts the next one.</source>
        <translation>Saved at %1: the session with %2. %3 starts the next one.</translation>
    </message>
    <message>
        <source>Saved at %1: an anonymous walk-in. %2 starts the next one.</source>
        <translation>Saved at %1: an anonymous walk-in. %2 starts the next one.</translation>
    </message>
    <message>
        <source>The session is saved, but the follow-up is not: %1</source>
        <translation>The session is saved, but the follow-up is not: %1</translation>
    </message>
    <message>
        <source>Tick the services discussed first: the handout lists them.</source>
        <translation>Tick the services discussed first: the handout lists them.</translation>
    </message>
    <message>
        <source>&amp;Referral…</source>
        <translation>&amp;Referral…</translation>
    </message>
    <message>
        <source>Record a referral</source>
        <translation>Record a referral</translation>
    </message>
    <message>
        <source>After saving: record where the person is referred (Social Services, another body), or that the next steps were given.</source>
        <translation>After saving: record where the person is referred (Social Services, another body), or that the next steps were given.</translation>
    </message>
    <message>
        <source>Save the referral letter as PDF</source>
        <translation>Save the referral letter as PDF</translation>
    </message>
    <message>
        <source>The letter for the destination, with the person&apos;s data: only with the consent to an identified referral.</source>
        <translation>The letter for the destination, with the person&apos;s data: only with the consent to an identified referral.</translation>
    </message>
    <message>
        <source>The outcome is a referral: press Space or %1 to record it.</source>
        <translation>The outcome is a referral: press Space or %1 to record it.</translation>
    </message>
    <message>
        <source>Referral %1 recorded: %2.</source>
        <translation>Referral %1 recorded: %2.</translation>
    </message>
    <message>
        <source>The referral letter is saved in %1.</source>
        <translation>The referral letter is saved in %1.</translation>
    </message>
    <message>
        <source>%1 prints the letter for the destination; the handout carries the code.</source>
        <translation>%1 prints the letter for the destination; the handout carries the code.</translation>
    </message>
    <message>
        <source>Referral &amp;letter…</source>
        <translation>Referral &amp;letter…</translation>
    </message>
</context>
<context>
    <name>sportello::ui::SyncPage</name>
    <message>
        <source>All records</source>
        <translation>All records</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Records for the hub</source>
        <translation>Records for the hub</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Send &amp;again</translation>
    </message>
    <message>
        <source>Send the selected refused record to the hub again</source>
        <translation>Send the selected refused record to the hub again</translation>
    </message>
    <message>
        <source>&amp;Give up</source>
        <translation>&amp;Give up</translation>
    </message>
    <message>
        <source>Never send the selected refused record</source>
        <translation>Never send the selected refused record</translation>
    </message>
    <message>
        <source>Link with the district hub</source>
        <translation>Link with the district hub</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ync now</translation>
    </message>
    <message>
        <source>Send what is waiting to the hub now, even while the sync is paused</source>
        <translation>Send what is waiting to the hub now, even while the sync is paused</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v of %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Connect to the network…</source>
        <translation>&amp;Connect to the network…</translation>
    </message>
    <message>
        <source>&amp;Disconnect from the network…</source>
        <translation>&amp;Disconnect from the network…</translation>
    </message>
    <message>
        <source>Connected to %1 through the hub %2.</source>
        <translation>Connected to %1 through the hub %2.</translation>
    </message>
    <message>
        <source>Last successful sync: %1.</source>
        <translation>Last successful sync: %1.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Last try %1: %2</source>
        <translation>Last try %1: %2</translation>
    </message>
    <message>
        <source>The sync is paused: %1 %2</source>
        <translation>The sync is paused: %1 %2</translation>
    </message>
    <message>
        <source>Waiting: %1 · sending: %2 · delivered: %3 · refused: %4 · given up: %5</source>
        <translation>Waiting: %1 · sending: %2 · delivered: %3 · refused: %4 · given up: %5</translation>
    </message>
    <message>
        <source>Sync done: %1 delivered, %2 refused by the hub.</source>
        <translation>Sync done: %1 delivered, %2 refused by the hub.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>The hub refused this record: %1

Send it again? Do it only once the reason has been dealt with (for example, after the hub was updated).</source>
        <translation>The hub refused this record: %1

Send it again? Do it only once the reason has been dealt with (for example, after the hub was updated).</translation>
    </message>
    <message>
        <source>Give up</source>
        <translation>Give up</translation>
    </message>
    <message>
        <source>Give up this record? It will never be sent to the hub; it stays in the list as given up.</source>
        <translation>Give up this record? It will never be sent to the hub; it stays in the list as given up.</translation>
    </message>
    <message>
        <source>Disconnect from the network</source>
        <translation>Disconnect from the network</translation>
    </message>
    <message>
        <source>Disconnect this desk from the district network? Its token is removed from this computer&apos;s keychain; what is waiting stays here and is sent once the desk is connected again.</source>
        <translation>Disconnect this desk from the district network? Its token is removed from this computer&apos;s keychain; what is waiting stays here and is sent once the desk is connected again.</translation>
    </message>
    <message>
        <source>&amp;Proxy password…</source>
        <translation>&amp;Proxy password…</translation>
    </message>
    <message>
        <source>Type the user name and password the network&apos;s proxy asks for</source>
        <translation>Type the user name and password the network&apos;s proxy asks for</translation>
    </message>
    <message>
        <source>Network proxy</source>
        <translation>Network proxy</translation>
    </message>
    <message>
        <source>The network&apos;s proxy asks for a user name and password before the desk can reach the hub. They are kept only until the program closes.

User name:</source>
        <translation>The network&apos;s proxy asks for a user name and password before the desk can reach the hub. They are kept only until the program closes.

User name:</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>Password of %1:</translation>
    </message>
</context>
<context>
    <name>sportello::ui::SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Send what is waiting to the district hub now, even while the sync is paused</source>
        <translation>Send what is waiting to the district hub now, even while the sync is paused</translation>
    </message>
    <message>
        <source>Sync state unknown</source>
        <translation>Sync state unknown</translation>
    </message>
    <message>
        <source>Hub: %1 (%2)</source>
        <translation>Hub: %1 (%2)</translation>
    </message>
    <message>
        <source>Last try %1: %2</source>
        <translation>Last try %1: %2</translation>
    </message>
    <message>
        <source>Delivered so far: %1</source>
        <translation>Delivered so far: %1</translation>
    </message>
    <message>
        <source>Synchronizing… %1 of %2</source>
        <translation>Synchronizing… %1 of %2</translation>
    </message>
    <message>
        <source>Synchronizing…</source>
        <translation>Synchronizing…</translation>
    </message>
    <message>
        <source>Not connected to the network</source>
        <translation>Not connected to the network</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Paused: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>Never synchronized</source>
        <translation>Never synchronized</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing waiting</source>
        <translation>nothing waiting</translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message>
        <source>last try failed</source>
        <translation>last try failed</translation>
    </message>
</context>
<context>
    <name>sportello::ui::TimelineModel</name>
    <message>
        <source>notice version %1</source>
        <translation>notice version %1</translation>
    </message>
    <message>
        <source>needs: %1</source>
        <translation>needs: %1</translation>
    </message>
    <message>
        <source>outcome: %1</source>
        <translation>outcome: %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Follow-up done</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <source>Consent revoked</source>
        <translation>Consent revoked</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Operator #%1</source>
        <translation>Operator #%1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>Still to do</translation>
    </message>
    <message>
        <source>%1
Codes: %2</source>
        <translation>%1
Codes: %2</translation>
    </message>
    <message>
        <source>%1: none</source>
        <translation>%1: none</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>sportello::ui::TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>This is a &lt;b&gt;demo profile&lt;/b&gt;: every person, service and address in it is made up for training (dati dimostrativi). Do not record real people here.</source>
        <translation>This is a &lt;b&gt;demo profile&lt;/b&gt;: every person, service and address in it is made up for training (dati dimostrativi). Do not record real people here.</translation>
    </message>
    <message>
        <source>Data folder: %1 · database schema %2</source>
        <translation>Data folder: %1 · database schema %2</translation>
    </message>
    <message>
        <source>Nobody to call back today</source>
        <translation>Nobody to call back today</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n follow-up due</numerusform>
            <numerusform>%n follow-ups due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them overdue</source>
        <translation>
            <numerusform>%n of them overdue</numerusform>
            <numerusform>%n of them overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>The calls and checks promised to people.</source>
        <translation>The calls and checks promised to people.</translation>
    </message>
    <message>
        <source>No referral is late for an answer</source>
        <translation>No referral is late for an answer</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) waiting for an answer past their date</source>
        <translation>
            <numerusform>%n referral waiting for an answer past their date</numerusform>
            <numerusform>%n referrals waiting for an answer past their date</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask the service that received them.</source>
        <translation>Ask the service that received them.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) to this desk&apos;s referrals since yesterday</source>
        <translation>
            <numerusform>%n answer to this desk&apos;s referrals since yesterday</numerusform>
            <numerusform>%n answers to this desk&apos;s referrals since yesterday</numerusform>
        </translation>
    </message>
    <message>
        <source>What the services the desk referred to said, through the network.</source>
        <translation>What the services the desk referred to said, through the network.</translation>
    </message>
    <message>
        <source>No referral received waits for this desk</source>
        <translation>No referral received waits for this desk</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) received wait for this desk&apos;s answer</source>
        <translation>
            <numerusform>%n referral received waits for this desk&apos;s answer</numerusform>
            <numerusform>%n referrals received wait for this desk&apos;s answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received since yesterday</source>
        <translation>
            <numerusform>%n received since yesterday</numerusform>
            <numerusform>%n received since yesterday</numerusform>
        </translation>
    </message>
    <message>
        <source>Every service of this desk was verified in the last 12 months</source>
        <translation>Every service of this desk was verified in the last 12 months</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) of this desk not verified for 12 months</source>
        <translation>
            <numerusform>%n service of this desk not verified for 12 months</numerusform>
            <numerusform>%n services of this desk not verified for 12 months</numerusform>
        </translation>
    </message>
    <message>
        <source>Check that times, addresses and requirements still hold.</source>
        <translation>Check that times, addresses and requirements still hold.</translation>
    </message>
    <message>
        <source>Sync state unknown</source>
        <translation>Sync state unknown</translation>
    </message>
    <message>
        <source>Not connected to the district network</source>
        <translation>Not connected to the district network</translation>
    </message>
    <message>
        <source>Referrals stay on this desk until a coordinator connects it.</source>
        <translation>Referrals stay on this desk until a coordinator connects it.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting to be sent</source>
        <translation>
            <numerusform>%n item waiting to be sent</numerusform>
            <numerusform>%n items waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync paused: %1</source>
        <translation>Sync paused: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) refused by the hub wait for a coordinator</source>
        <translation>
            <numerusform>%n item refused by the hub waits for a coordinator</numerusform>
            <numerusform>%n items refused by the hub wait for a coordinator</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync with the network: %1</source>
        <translation>Last sync with the network: %1</translation>
    </message>
    <message>
        <source>Never synchronized with the network</source>
        <translation>Never synchronized with the network</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Last backup: %1</translation>
    </message>
    <message>
        <source>No backup of this desk yet</source>
        <translation>No backup of this desk yet</translation>
    </message>
    <message>
        <source>The last attempt failed: %1</source>
        <translation>The last attempt failed: %1</translation>
    </message>
    <message>
        <source>No backup folder is chosen: a coordinator sets it on the Backup page.</source>
        <translation>No backup folder is chosen: a coordinator sets it on the Backup page.</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s), to %1</source>
        <translation>
            <numerusform>Every %n day, to %1</numerusform>
            <numerusform>Every %n days, to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Only when a coordinator asks, to %1</source>
        <translation>Only when a coordinator asks, to %1</translation>
    </message>
    <message>
        <source>The neighbourhood board needs the district network</source>
        <translation>The neighbourhood board needs the district network</translation>
    </message>
    <message>
        <source>A coordinator connects the desk on the Synchronization page.</source>
        <translation>A coordinator connects the desk on the Synchronization page.</translation>
    </message>
    <message>
        <source>Reading the neighbourhood board…</source>
        <translation>Reading the neighbourhood board…</translation>
    </message>
    <message>
        <source>The neighbourhood board could not be read</source>
        <translation>The neighbourhood board could not be read</translation>
    </message>
    <message>
        <source>No board match waits for a reply</source>
        <translation>No board match waits for a reply</translation>
    </message>
    <message numerus="yes">
        <source>%n board match(es) wait for a reply</source>
        <translation>
            <numerusform>%n board match waits for a reply</numerusform>
            <numerusform>%n board matches wait for a reply</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new board account(s) to activate</source>
        <translation>
            <numerusform>%n new board account to activate</numerusform>
            <numerusform>%n new board accounts to activate</numerusform>
        </translation>
    </message>
    <message>
        <source>Offers and requests of help in the neighbourhood.</source>
        <translation>Offers and requests of help in the neighbourhood.</translation>
    </message>
</context>
<context>
    <name>text::DistrictText</name>
    <message>
        <source>District report</source>
        <translation>District report</translation>
    </message>
    <message>
        <source>Produced on %1.</source>
        <translation>Produced on %1.</translation>
    </message>
    <message>
        <source>District report %1</source>
        <translation>District report %1</translation>
    </message>
</context>
</TS>
