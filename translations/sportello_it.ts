<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Admin</name>
    <message>
        <source>Give the hub&apos;s directory with --dir DIR.</source>
        <translation>Indicare la cartella dello hub con --dir CARTELLA.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Dettagli: %1</translation>
    </message>
    <message>
        <source>%1 already holds a hub: nothing was changed.</source>
        <translation>%1 contiene già uno hub: non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Give --cert and --key together.</source>
        <translation>Indicare --cert e --key insieme.</translation>
    </message>
    <message>
        <source>The directory %1 cannot be created.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
    <message>
        <source>The local certificates cannot be created.</source>
        <translation>Impossibile creare i certificati locali.</translation>
    </message>
    <message>
        <source>The catalogue signing key cannot be created.</source>
        <translation>Impossibile creare la chiave di firma del catalogo.</translation>
    </message>
    <message>
        <source>The hub&apos;s database cannot be opened.</source>
        <translation>Impossibile aprire il database dello hub.</translation>
    </message>
    <message>
        <source>The hub&apos;s configuration cannot be written.</source>
        <translation>Impossibile scrivere la configurazione dello hub.</translation>
    </message>
    <message>
        <source>Hub created in %1.</source>
        <translation>Hub creato in %1.</translation>
    </message>
    <message>
        <source>For local use only: the desks trust %1.</source>
        <translation>Solo per uso locale: gli sportelli si fidano di %1.</translation>
    </message>
    <message>
        <source>%1 is not an ISTAT comune code (six digits).</source>
        <translation>%1 non è un codice ISTAT di comune (sei cifre).</translation>
    </message>
    <message>
        <source>The district cannot be saved.</source>
        <translation>Impossibile salvare il distretto.</translation>
    </message>
    <message numerus="yes">
        <source>District %1: %n comuni.</source>
        <translation>
            <numerusform>Distretto %1: %n comune.</numerusform>
            <numerusform>Distretto %1: %n comuni.</numerusform>
        </translation>
    </message>
    <message>
        <source>The desks cannot be read.</source>
        <translation>Impossibile leggere gli sportelli.</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocato</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>registrato</translation>
    </message>
    <message numerus="yes">
        <source>%n desk(s).</source>
        <translation>
            <numerusform>%n sportello.</numerusform>
            <numerusform>%n sportelli.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the desk&apos;s comune with --comune CODE (six digits).</source>
        <translation>Indicare il comune dello sportello con --comune CODICE (sei cifre).</translation>
    </message>
    <message>
        <source>A desk named %1 is already enrolled.</source>
        <translation>Uno sportello di nome %1 è già registrato.</translation>
    </message>
    <message>
        <source>The desk cannot be enrolled.</source>
        <translation>Impossibile registrare lo sportello.</translation>
    </message>
    <message>
        <source>Desk %1 enrolled with id %2.</source>
        <translation>Sportello %1 registrato con id %2.</translation>
    </message>
    <message>
        <source>Hand this one-time enrolment token to the desk in person; the hub keeps only its fingerprint: %1</source>
        <translation>Consegnare di persona allo sportello questo token di registrazione monouso; lo hub ne conserva solo l&apos;impronta: %1</translation>
    </message>
    <message>
        <source>No desk is named %1.</source>
        <translation>Nessuno sportello si chiama %1.</translation>
    </message>
    <message>
        <source>The desk cannot be revoked.</source>
        <translation>Impossibile revocare lo sportello.</translation>
    </message>
    <message>
        <source>Desk %1 revoked: its token no longer works.</source>
        <translation>Sportello %1 revocato: il suo token non funziona più.</translation>
    </message>
    <message>
        <source>The token cannot be replaced.</source>
        <translation>Impossibile sostituire il token.</translation>
    </message>
    <message>
        <source>The old token of %1 works until %2.</source>
        <translation>Il vecchio token di %1 funziona fino al %2.</translation>
    </message>
    <message>
        <source>New token for the desk: %1</source>
        <translation>Nuovo token per lo sportello: %1</translation>
    </message>
    <message>
        <source>The answer is not valid: %1 %2.</source>
        <translation>La risposta non è valida: %1 %2.</translation>
    </message>
    <message>
        <source>The hub has received no referral %1.</source>
        <translation>Lo hub non ha ricevuto alcuna segnalazione %1.</translation>
    </message>
    <message>
        <source>The answer cannot be recorded.</source>
        <translation>Impossibile registrare la risposta.</translation>
    </message>
    <message>
        <source>Answer recorded: the desk that sent the referral will receive it (event %1).</source>
        <translation>Risposta registrata: lo sportello che ha inviato la segnalazione la riceverà (evento %1).</translation>
    </message>
    <message>
        <source>The reports cannot be read.</source>
        <translation>Impossibile leggere le segnalazioni.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) of outdated entries.</source>
        <translation>
            <numerusform>%n segnalazione di scheda non aggiornata.</numerusform>
            <numerusform>%n segnalazioni di schede non aggiornate.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exists: choose a new file.</source>
        <translation>%1 esiste già: scegliere un nuovo file.</translation>
    </message>
    <message>
        <source>The hub runs on PostgreSQL: back it up with pg_dump (see docs/hub.md).</source>
        <translation>Lo hub usa PostgreSQL: fare il backup con pg_dump (vedere docs/hub.md).</translation>
    </message>
    <message>
        <source>The backup failed.</source>
        <translation>Backup non riuscito.</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Backup scritto in %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>The catalogue was not published: %1</source>
        <translation>Il catalogo non è stato pubblicato: %1</translation>
    </message>
    <message>
        <source>The catalogue cannot be published.</source>
        <translation>Impossibile pubblicare il catalogo.</translation>
    </message>
    <message>
        <source>Not kept by the catalogue: %1</source>
        <translation>Non conservato dal catalogo: %1</translation>
    </message>
    <message>
        <source>The catalogue is unchanged: still version %1.</source>
        <translation>Il catalogo non è cambiato: resta la versione %1.</translation>
    </message>
    <message>
        <source>Catalogue version %1 published: %2 added, %3 changed, %4 removed.</source>
        <translation>Versione %1 del catalogo pubblicata: %2 aggiunti, %3 modificati, %4 rimossi.</translation>
    </message>
    <message>
        <source>  coordinator</source>
        <translation>  coordinatore</translation>
    </message>
    <message>
        <source>Its token may read the district report.</source>
        <translation>Il suo token può leggere il rapporto di distretto.</translation>
    </message>
    <message>
        <source>The hub&apos;s configuration cannot be read.</source>
        <translation>Non è possibile leggere la configurazione dello hub.</translation>
    </message>
    <message>
        <source>The board&apos;s accounts cannot be read.</source>
        <translation>Non è possibile leggere gli account della bacheca.</translation>
    </message>
    <message>
        <source>No account is waiting for its credentials.</source>
        <translation>Nessun account è in attesa delle credenziali.</translation>
    </message>
    <message>
        <source>The board has no account %1.</source>
        <translation>La bacheca non ha l&apos;account %1.</translation>
    </message>
    <message>
        <source>The account %1 is not waiting for its credentials.</source>
        <translation>L&apos;account %1 non è in attesa delle credenziali.</translation>
    </message>
    <message>
        <source>The account cannot be activated.</source>
        <translation>Non è possibile attivare l&apos;account.</translation>
    </message>
    <message>
        <source>The account %1 is active: %2 can log in.</source>
        <translation>L&apos;account %1 è attivo: %2 può accedere.</translation>
    </message>
    <message>
        <source>The password cannot be reset.</source>
        <translation>Non è possibile reimpostare la password.</translation>
    </message>
    <message>
        <source>Temporary password for %1: %2
Give it to the person only: they must change it at their next login.</source>
        <translation>Password provvisoria per %1: %2
Consegnarla solo alla persona interessata: dovrà cambiarla al prossimo accesso.</translation>
    </message>
    <message>
        <source>The board&apos;s retention cannot run.</source>
        <translation>Non è possibile applicare la conservazione della bacheca.</translation>
    </message>
    <message>
        <source>Notices of deletion for inactivity: %1. Accounts deleted: %2.</source>
        <translation>Avvisi di cancellazione per inattività: %1. Account cancellati: %2.</translation>
    </message>
    <message>
        <source>The board&apos;s audit trail cannot be read.</source>
        <translation>Non è possibile leggere il registro delle azioni della bacheca.</translation>
    </message>
    <message>
        <source>--kind must be comune or operator.</source>
        <translation>--kind deve essere comune oppure operator.</translation>
    </message>
    <message>
        <source>The district cannot be read.</source>
        <translation>Non è possibile leggere il distretto.</translation>
    </message>
    <message>
        <source>--comune must be the ISTAT code of one of the district&apos;s comuni: %1.</source>
        <translation>--comune deve essere il codice ISTAT di uno dei comuni del distretto: %1.</translation>
    </message>
    <message>
        <source>The Comune %1 already has its account: %2.</source>
        <translation>Il Comune %1 ha già il suo account: %2.</translation>
    </message>
    <message>
        <source>The account cannot be made: %1.</source>
        <translation>Non è possibile creare l&apos;account: %1.</translation>
    </message>
    <message>
        <source>The account cannot be made.</source>
        <translation>Non è possibile creare l&apos;account.</translation>
    </message>
    <message>
        <source>Account %1 made. Temporary password: %2
Give it to the person only: they must change it at their first login.</source>
        <translation>Account %1 creato. Password provvisoria: %2
Consegnarla solo alla persona interessata, che deve cambiarla al primo accesso.</translation>
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
        <translation>Uso: sportello-hub COMANDO --dir CARTELLA [opzioni]
  init [--db URL] [--cert FILE --key FILE]
  district set --name NOME --comuni CODICE,CODICE,...
  district neighbours CODICE:CODICE,CODICE:CODICE,...
  desk add NOME --comune CODICE [--organization UID] [--coordinator]
  desk list | desk revoke NOME|ID | desk rotate NOME|ID
  referral status REF_UUID STATO [--reason CODICE] [--outcome CODICE]
  catalogue publish FILE | catalogue feedback
  backup --out FILE
  board pending | board activate NOMEUTENTE | board reset-password NOMEUTENTE
  board add-staff NOMEUTENTE --kind comune|operator --name NOME [--comune ISTAT]
        [--contact RECAPITO] | board audit | board retention
  report --from AAAA-MM --to AAAA-MM --format csv|pdf|json --out FILE [--threshold K]
  serve --listen INDIRIZZO:PORTA</translation>
    </message>
    <message>
        <source>%1 is not two different comuni of the district, as CODE:CODE.</source>
        <translation>%1 non indica due comuni diversi del distretto, come CODICE:CODICE.</translation>
    </message>
    <message>
        <source>The hub&apos;s configuration cannot be saved.</source>
        <translation>Non è possibile salvare la configurazione dello hub.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of neighbouring comuni: the board suggests across them once serve starts again.</source>
        <translation>
            <numerusform>%n coppia di comuni confinanti: la bacheca fa suggerimenti tra loro dal prossimo avvio di serve.</numerusform>
            <numerusform>%n coppie di comuni confinanti: la bacheca fa suggerimenti tra loro dal prossimo avvio di serve.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Signed in</source>
        <translation>Accesso</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Accesso non riuscito</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Uscita</translation>
    </message>
    <message>
        <source>Locked the screen</source>
        <translation>Schermo bloccato</translation>
    </message>
    <message>
        <source>Unlocked with the recovery key</source>
        <translation>Sbloccato con la chiave di recupero</translation>
    </message>
    <message>
        <source>Viewed a record</source>
        <translation>Consultazione di una scheda</translation>
    </message>
    <message>
        <source>Created a record</source>
        <translation>Creazione di una scheda</translation>
    </message>
    <message>
        <source>Edited a record</source>
        <translation>Modifica di una scheda</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Esportazione</translation>
    </message>
    <message>
        <source>Erased a record</source>
        <translation>Cancellazione di una scheda</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Accesso negato</translation>
    </message>
    <message>
        <source>Created an account</source>
        <translation>Creazione di un account</translation>
    </message>
    <message>
        <source>Deactivated an account</source>
        <translation>Disattivazione di un account</translation>
    </message>
    <message>
        <source>Reset an account&apos;s password</source>
        <translation>Reimpostazione della password di un account</translation>
    </message>
    <message>
        <source>Changed own password</source>
        <translation>Cambio della propria password</translation>
    </message>
    <message>
        <source>Set up the desk</source>
        <translation>Configurazione dello sportello</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Riuscito</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Negato</translation>
    </message>
    <message>
        <source>its content no longer matches its fingerprint (the row was changed)</source>
        <translation>il contenuto non corrisponde più alla sua impronta (la riga è stata modificata)</translation>
    </message>
    <message>
        <source>it no longer follows from the row before it (that row was changed or replaced)</source>
        <translation>non segue più dalla riga precedente (quella riga è stata modificata o sostituita)</translation>
    </message>
    <message>
        <source>the row is missing (it was removed)</source>
        <translation>la riga manca (è stata rimossa)</translation>
    </message>
    <message>
        <source>the log ends too early (its last rows were removed)</source>
        <translation>il registro finisce troppo presto (le ultime righe sono state rimosse)</translation>
    </message>
    <message>
        <source>the log&apos;s row counter was altered</source>
        <translation>il contatore delle righe del registro è stato alterato</translation>
    </message>
    <message numerus="yes">
        <source>The audit log was altered at row %1: %2. %n row(s) checked.</source>
        <translation>
            <numerusform>Il registro delle attività è stato alterato alla riga %1: %2. %n riga controllata.</numerusform>
            <numerusform>Il registro delle attività è stato alterato alla riga %1: %2. %n righe controllate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed automatically</source>
        <translation>Rimozione automatica</translation>
    </message>
    <message>
        <source>Restored the database key with the recovery key</source>
        <translation>Ripristino della chiave del database con la chiave di recupero</translation>
    </message>
    <message>
        <source>Imported the catalogue</source>
        <translation>Importazione del catalogo</translation>
    </message>
    <message>
        <source>Looked up a codice fiscale</source>
        <translation>Ricerca per codice fiscale</translation>
    </message>
    <message>
        <source>Reactivated an account</source>
        <translation>Riattivato un account</translation>
    </message>
    <message>
        <source>Nobody found</source>
        <translation>Nessuna persona trovata</translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation>Account disattivato</translation>
    </message>
    <message>
        <source>Password change pending</source>
        <translation>Cambio password in sospeso</translation>
    </message>
    <message>
        <source>Unknown account</source>
        <translation>Account sconosciuto</translation>
    </message>
    <message>
        <source>Counter records not readable by this role</source>
        <translation>Registrazioni dello sportello non leggibili da questo ruolo</translation>
    </message>
    <message>
        <source>Exports not allowed for this role</source>
        <translation>Esportazioni non consentite a questo ruolo</translation>
    </message>
    <message>
        <source>Sealed the accounts&apos; roles and states</source>
        <translation>Sigillati ruoli e stati degli account</translation>
    </message>
    <message>
        <source>Account changed outside Sportello</source>
        <translation>Account modificato fuori da Sportello</translation>
    </message>
    <message>
        <source>its seal does not match: the row, or one before it, was rewritten outside Sportello</source>
        <translation>il suo sigillo non corrisponde: la riga, o una precedente, è stata riscritta fuori da Sportello</translation>
    </message>
    <message>
        <source>it lacks the seal every row of its kind gets (it was added or rewritten outside Sportello)</source>
        <translation>manca del sigillo che ogni riga di questo tipo riceve (è stata aggiunta o riscritta fuori da Sportello)</translation>
    </message>
    <message>
        <source>its time is earlier than the row before it</source>
        <translation>la sua ora è precedente a quella della riga prima</translation>
    </message>
    <message numerus="yes">
        <source>The audit log&apos;s chain is intact: %n row(s) checked, without their seals (the screen is locked).</source>
        <translation>
            <numerusform>La catena del registro delle attività è integra: %n riga controllata, senza i sigilli (lo schermo è bloccato).</numerusform>
            <numerusform>La catena del registro delle attività è integra: %n righe controllate, senza i sigilli (lo schermo è bloccato).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n row(s) checked with their seals; the last %1, written while the screen was locked, get theirs at the next login.</source>
        <translation>
            <numerusform>Il registro delle attività è integro: %n riga controllata con il suo sigillo; le ultime %1, scritte a schermo bloccato, lo riceveranno al prossimo accesso.</numerusform>
            <numerusform>Il registro delle attività è integro: %n righe controllate con i loro sigilli; le ultime %1, scritte a schermo bloccato, lo riceveranno al prossimo accesso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n row(s) checked with their seals.</source>
        <translation>
            <numerusform>Il registro delle attività è integro: %n riga controllata con il suo sigillo.</numerusform>
            <numerusform>Il registro delle attività è integro: %n righe controllate con i loro sigilli.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed what the retention period let expire</source>
        <translation>Cancellati i dati scaduti per il periodo di conservazione</translation>
    </message>
    <message>
        <source>Exports of a person&apos;s whole record not allowed for this role</source>
        <translation>Esportazione di tutti i dati di una persona non consentita a questo ruolo</translation>
    </message>
    <message>
        <source>Desk settings not allowed for this role</source>
        <translation>Impostazioni dello sportello non consentite a questo ruolo</translation>
    </message>
    <message>
        <source>Replaced the master key</source>
        <translation>Sostituita la chiave principale</translation>
    </message>
    <message>
        <source>Replaced the recovery key</source>
        <translation>Sostituita la chiave di recupero</translation>
    </message>
    <message>
        <source>Connected the desk to the district network</source>
        <translation>Collegato lo sportello alla rete del distretto</translation>
    </message>
    <message>
        <source>Disconnected the desk from the district network</source>
        <translation>Scollegato lo sportello dalla rete del distretto</translation>
    </message>
    <message>
        <source>Sent a record refused by the hub again</source>
        <translation>Rinviato un record respinto dallo hub</translation>
    </message>
    <message>
        <source>Gave up a record refused by the hub</source>
        <translation>Abbandonato un record respinto dallo hub</translation>
    </message>
    <message>
        <source>Recorded a destination&apos;s answer from the network</source>
        <translation>Registrata la risposta di un destinatario dalla rete</translation>
    </message>
    <message>
        <source>Wrote a backup of the desk</source>
        <translation>Scritto un backup dello sportello</translation>
    </message>
    <message>
        <source>Restored the desk from a backup</source>
        <translation>Ripristinato lo sportello da un backup</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Colloquio</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Richiamo</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Segnalazione</translation>
    </message>
    <message>
        <source>Referral received</source>
        <translation>Segnalazione ricevuta</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogo</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Bacheca</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>District hub</source>
        <translation>Hub del distretto</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Coda d&apos;invio</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Informativa privacy</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservazione dei dati</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Impostazione</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Chiave di recupero</translation>
    </message>
    <message>
        <source>Data keys</source>
        <translation>Chiavi dei dati</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <source>Access request</source>
        <translation>Richiesta di accesso</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapporto</translation>
    </message>
</context>
<context>
    <name>Bacheca</name>
    <message>
        <source>Not allowed</source>
        <translation>Operazione non consentita</translation>
    </message>
    <message>
        <source>This page cannot be used this way.</source>
        <translation>Questa pagina non si può usare in questo modo.</translation>
    </message>
    <message>
        <source>Page not found</source>
        <translation>Pagina non trovata</translation>
    </message>
    <message>
        <source>There is no such page on the board.</source>
        <translation>Questa pagina non esiste nella bacheca.</translation>
    </message>
    <message>
        <source>Back to the board</source>
        <translation>Torna alla bacheca</translation>
    </message>
    <message>
        <source>My board</source>
        <translation>La mia bacheca</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrati</translation>
    </message>
    <message>
        <source>The form has expired</source>
        <translation>Il modulo è scaduto</translation>
    </message>
    <message>
        <source>The page was open for too long, or came from elsewhere. Nothing was saved: go back, reload the page and try again.</source>
        <translation>La pagina è rimasta aperta troppo a lungo, oppure arriva da un altro sito. Non è stato salvato nulla: torna indietro, ricarica la pagina e riprova.</translation>
    </message>
    <message>
        <source>Neighbours, volunteers and organizations offer small everyday help — a lift, medicines brought home, company, collecting a prescription — and whoever needs it asks here. The board suggests who is near and free at the right time.</source>
        <translation>Vicini di casa, volontari e associazioni offrono piccoli aiuti di tutti i giorni — un passaggio, i farmaci portati a casa, un po&apos; di compagnia, il ritiro di una ricetta — e chi ne ha bisogno li chiede qui. La bacheca suggerisce chi è vicino e libero al momento giusto.</translation>
    </message>
    <message>
        <source>To offer or ask, register: a network operator checks who you are at a help desk and then activates your account.</source>
        <translation>Per offrire o chiedere aiuto registrati: un operatore della rete verifica la tua identità presso uno sportello e poi attiva il tuo account.</translation>
    </message>
    <message>
        <source>Neighbourhood help board</source>
        <translation>Bacheca di prossimità</translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation>Hai effettuato l’accesso come %1.</translation>
    </message>
    <message>
        <source>Board unavailable</source>
        <translation>Bacheca non disponibile</translation>
    </message>
    <message>
        <source>The board cannot be read right now. Try again in a few minutes.</source>
        <translation>In questo momento la bacheca non è raggiungibile. Riprova tra qualche minuto.</translation>
    </message>
    <message>
        <source>My offers and requests</source>
        <translation>Le mie offerte e richieste</translation>
    </message>
    <message>
        <source>You have no offer or request yet.</source>
        <translation>Non hai ancora offerte né richieste.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>My matches</source>
        <translation>I miei abbinamenti</translation>
    </message>
    <message>
        <source>No match yet.</source>
        <translation>Ancora nessun abbinamento.</translation>
    </message>
    <message>
        <source>The board is run by the organizations of the district&apos;s help-desk network, as joint controllers under the network&apos;s protocol. It holds only what you give it for the board: your account (name, contact, comune), your offers and requests, and the matches between them.</source>
        <translation>La bacheca è gestita dalle organizzazioni della rete degli sportelli del distretto, contitolari del trattamento secondo il protocollo della rete. Contiene solo ciò che le affidi per la bacheca: il tuo account (nome, recapito, comune), le tue offerte e richieste e gli abbinamenti tra queste.</translation>
    </message>
    <message>
        <source>Purpose and legal basis: putting offers of neighbourhood help in touch with requests, with your consent (art. 6(1)(a) GDPR), which you give when you register and may withdraw by deleting your account.</source>
        <translation>Finalità e base giuridica: mettere in contatto le offerte di aiuto di prossimità con le richieste, con il tuo consenso (art. 6, par. 1, lett. a, GDPR), che dai al momento della registrazione e puoi revocare cancellando il tuo account.</translation>
    </message>
    <message>
        <source>Your contact is shown to the other person of a match only once both of you have accepted it. The board is kept apart from the help desks&apos; case records and is never joined with them.</source>
        <translation>Il tuo recapito viene mostrato all&apos;altra persona di un abbinamento solo dopo che entrambi lo avete accettato. La bacheca è separata dalle schede degli sportelli e non viene mai collegata a esse.</translation>
    </message>
    <message>
        <source>An account unused for 24 months is deleted with everything it holds, after a notice. You can download what the board holds about you and delete your account yourself at any time; a help desk of the network can correct your details.</source>
        <translation>Un account non usato per 24 mesi viene cancellato con tutto ciò che contiene, dopo un avviso. In qualsiasi momento puoi scaricare ciò che la bacheca conserva su di te e cancellare da solo il tuo account; uno sportello della rete può correggere i tuoi dati.</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Informativa sulla privacy</translation>
    </message>
    <message>
        <source>I register as</source>
        <translation>Mi registro come</translation>
    </message>
    <message>
        <source>A citizen</source>
        <translation>Cittadino o cittadina</translation>
    </message>
    <message>
        <source>An organization (association, parish, cooperative)</source>
        <translation>Organizzazione (associazione, parrocchia, cooperativa)</translation>
    </message>
    <message>
        <source>Name shown on the board</source>
        <translation>Nome mostrato nella bacheca</translation>
    </message>
    <message>
        <source>Phone or e-mail</source>
        <translation>Telefono o e-mail</translation>
    </message>
    <message>
        <source>Shown only to the other person of a match, once both of you have accepted it.</source>
        <translation>Visibile solo all&apos;altra persona di un abbinamento, dopo che entrambi lo avete accettato.</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Choose your comune</source>
        <translation>Scegli il tuo comune</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>3 to 40 letters, digits, dots, dashes or underscores.</source>
        <translation>Da 3 a 40 caratteri tra lettere, cifre, punti, trattini e trattini bassi.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>At least 10 characters: three or four unrelated words are easy to remember and hard to guess.</source>
        <translation>Almeno 10 caratteri: tre o quattro parole senza legame tra loro si ricordano facilmente e sono difficili da indovinare.</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Ripeti la password</translation>
    </message>
    <message>
        <source>I have read the privacy notice and agree that the board keeps my data for this purpose.</source>
        <translation>Ho letto l&apos;informativa e acconsento a che la bacheca conservi i miei dati per questa finalità.</translation>
    </message>
    <message>
        <source>Register on the board</source>
        <translation>Registrati alla bacheca</translation>
    </message>
    <message>
        <source>Choose a citizen or an organization.</source>
        <translation>Scegli tra cittadino e organizzazione.</translation>
    </message>
    <message>
        <source>Choose your comune from the list.</source>
        <translation>Scegli il tuo comune dall&apos;elenco.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Le due password non coincidono.</translation>
    </message>
    <message>
        <source>The board can keep your data only with your agreement.</source>
        <translation>La bacheca può conservare i tuoi dati solo con il tuo consenso.</translation>
    </message>
    <message>
        <source>Thank you. Your account is waiting for a network operator to check who you are.</source>
        <translation>Grazie. Il tuo account è in attesa che un operatore della rete verifichi la tua identità.</translation>
    </message>
    <message>
        <source>Go to one of the network&apos;s help desks with an identity document and your user name: the operator activates your account, and then you can log in, offer and ask.</source>
        <translation>Vai a uno degli sportelli della rete con un documento d&apos;identità e il tuo nome utente: l&apos;operatore attiva il tuo account e potrai accedere, offrire e chiedere aiuto.</translation>
    </message>
    <message>
        <source>Registration received</source>
        <translation>Registrazione ricevuta</translation>
    </message>
    <message>
        <source>This user name is taken: choose another.</source>
        <translation>Questo nome utente è già in uso: scegline un altro.</translation>
    </message>
    <message>
        <source>The password needs at least 10 characters.</source>
        <translation>La password deve avere almeno 10 caratteri.</translation>
    </message>
    <message>
        <source>This password is too easy to guess: use three or four unrelated words.</source>
        <translation>Questa password è troppo facile da indovinare: usa tre o quattro parole senza legame tra loro.</translation>
    </message>
    <message>
        <source>Use 3 to 40 letters, digits, dots, dashes or underscores, starting with a letter or a digit.</source>
        <translation>Usa da 3 a 40 caratteri tra lettere, cifre, punti, trattini e trattini bassi, iniziando con una lettera o una cifra.</translation>
    </message>
    <message>
        <source>Write a name of at most 100 characters.</source>
        <translation>Scrivi un nome di al massimo 100 caratteri.</translation>
    </message>
    <message>
        <source>Write a contact of at most 200 characters.</source>
        <translation>Scrivi un recapito di al massimo 200 caratteri.</translation>
    </message>
    <message>
        <source>Forgotten your password? A help desk of the network can give you a new one.</source>
        <translation>Hai dimenticato la password? Uno sportello della rete può dartene una nuova.</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in %1 seconds.</source>
        <translation>Troppi tentativi. Riprova tra %1 secondi.</translation>
    </message>
    <message>
        <source>Your account is suspended: ask a help desk of the network.</source>
        <translation>Il tuo account è sospeso: rivolgiti a uno sportello della rete.</translation>
    </message>
    <message>
        <source>Your account is not active yet: a network operator must first check who you are at a help desk.</source>
        <translation>Il tuo account non è ancora attivo: prima un operatore della rete deve verificare la tua identità presso uno sportello.</translation>
    </message>
    <message>
        <source>The user name or the password is not right.</source>
        <translation>Il nome utente o la password non sono corretti.</translation>
    </message>
    <message>
        <source>Skip to the content</source>
        <translation>Vai al contenuto</translation>
    </message>
    <message>
        <source>Board menu</source>
        <translation>Menu della bacheca</translation>
    </message>
    <message>
        <source>Please correct the following</source>
        <translation>Correggi quanto segue</translation>
    </message>
    <message>
        <source>Offer and ask for help in your neighbourhood</source>
        <translation>Offri e chiedi aiuto nel tuo quartiere</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Il mio account</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Cambia la password</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Password attuale</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nuova password</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Ripeti la nuova password</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambia password</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>I tuoi dati</translation>
    </message>
    <message>
        <source>Download everything the board holds about you: your account, your offers and requests, your matches.</source>
        <translation>Scarica tutto ciò che la bacheca conserva su di te: il tuo account, le tue offerte e richieste, i tuoi abbinamenti.</translation>
    </message>
    <message>
        <source>Download my data (JSON)</source>
        <translation>Scarica i miei dati (JSON)</translation>
    </message>
    <message>
        <source>Delete your account</source>
        <translation>Cancella il tuo account</translation>
    </message>
    <message>
        <source>Your account is deleted at once with your offers, your requests and their matches. It cannot be undone.</source>
        <translation>Il tuo account viene cancellato subito insieme alle tue offerte, alle tue richieste e ai loro abbinamenti. L&apos;operazione non si può annullare.</translation>
    </message>
    <message>
        <source>Yes, delete my account and everything the board holds of it.</source>
        <translation>Sì, cancella il mio account e tutto ciò che la bacheca conserva di me.</translation>
    </message>
    <message>
        <source>Delete my account</source>
        <translation>Cancella il mio account</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password cambiata</translation>
    </message>
    <message>
        <source>Your password is changed. Log in again with the new one.</source>
        <translation>La password è stata cambiata. Accedi di nuovo con quella nuova.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>La password attuale non è corretta.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>La nuova password deve essere diversa da quella attuale.</translation>
    </message>
    <message>
        <source>Tick the box to confirm the deletion.</source>
        <translation>Spunta la casella per confermare la cancellazione.</translation>
    </message>
    <message>
        <source>Account deleted</source>
        <translation>Account cancellato</translation>
    </message>
    <message>
        <source>Your account and everything the board held of it are deleted.</source>
        <translation>Il tuo account e tutto ciò che la bacheca conservava di te sono stati cancellati.</translation>
    </message>
    <message>
        <source>New offer or request</source>
        <translation>Nuova offerta o richiesta</translation>
    </message>
    <message>
        <source>I would like to</source>
        <translation>Vorrei</translation>
    </message>
    <message>
        <source>ask for help</source>
        <translation>chiedere aiuto</translation>
    </message>
    <message>
        <source>offer help</source>
        <translation>offrire aiuto</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Che cosa</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Quartiere</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>On one day</source>
        <translation>In un giorno preciso</translation>
    </message>
    <message>
        <source>Leave it empty for every week, on the days ticked below.</source>
        <translation>Lascialo vuoto per ogni settimana, nei giorni spuntati qui sotto.</translation>
    </message>
    <message>
        <source>Every week on</source>
        <translation>Ogni settimana il</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dalle</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Leave both empty for any time of the day.</source>
        <translation>Lasciali vuoti entrambi per qualsiasi ora del giorno.</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Per chi</translation>
    </message>
    <message>
        <source>If you offer: how many people at once</source>
        <translation>Se offri: quante persone alla volta</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Post it</source>
        <translation>Pubblica</translation>
    </message>
    <message>
        <source>Choose whether you ask or offer.</source>
        <translation>Scegli se chiedi o offri.</translation>
    </message>
    <message>
        <source>Choose what from the list.</source>
        <translation>Scegli che cosa dall&apos;elenco.</translation>
    </message>
    <message>
        <source>Write a neighbourhood of at most 60 characters.</source>
        <translation>Scrivi un quartiere di al massimo 60 caratteri.</translation>
    </message>
    <message>
        <source>Give both times, the second after the first, or neither.</source>
        <translation>Indica entrambi gli orari, il secondo dopo il primo, oppure nessuno dei due.</translation>
    </message>
    <message>
        <source>Write the day as on a calendar.</source>
        <translation>Scrivi il giorno come su un calendario.</translation>
    </message>
    <message>
        <source>The day has already passed.</source>
        <translation>Il giorno è già passato.</translation>
    </message>
    <message>
        <source>Tick at least one day, or give a date.</source>
        <translation>Spunta almeno un giorno, oppure indica una data.</translation>
    </message>
    <message>
        <source>Choose for whom from the list.</source>
        <translation>Scegli per chi dall&apos;elenco.</translation>
    </message>
    <message>
        <source>Give a number from 1 to 50.</source>
        <translation>Indica un numero da 1 a 50.</translation>
    </message>
    <message>
        <source>Write at most 1,000 characters.</source>
        <translation>Scrivi al massimo 1.000 caratteri.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggerimenti</translation>
    </message>
    <message>
        <source>Nobody near you fits yet. The board will suggest them here as soon as they post.</source>
        <translation>Per ora nessuno vicino a te corrisponde. La bacheca lo suggerirà qui appena qualcuno pubblicherà.</translation>
    </message>
    <message>
        <source>Too many attempts</source>
        <translation>Troppi tentativi</translation>
    </message>
    <message>
        <source>Too many attempts from this connection. Try again in %1 seconds.</source>
        <translation>Troppi tentativi da questa connessione. Riprova tra %1 secondi.</translation>
    </message>
    <message>
        <source>Already proposed</source>
        <translation>Già proposto</translation>
    </message>
    <message>
        <source>These two posts are already matched.</source>
        <translation>Questi due annunci sono già abbinati.</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Recapito</translation>
    </message>
    <message>
        <source>You have accepted. The contacts appear here when the other side accepts too.</source>
        <translation>Hai accettato. I recapiti compariranno qui quando accetterà anche l&apos;altra parte.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accetta</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rifiuta</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Abbinamento</translation>
    </message>
    <message>
        <source>Not possible now</source>
        <translation>Non è possibile ora</translation>
    </message>
    <message>
        <source>This match has moved on: reload its page to see where it stands.</source>
        <translation>Questo abbinamento è andato avanti: ricarica la pagina per vedere a che punto è.</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Proponi</translation>
    </message>
    <message>
        <source>Not for this account</source>
        <translation>Non per questo account</translation>
    </message>
    <message>
        <source>This page is for another kind of account.</source>
        <translation>Questa pagina è per un altro tipo di account.</translation>
    </message>
    <message>
        <source>Referrals to the Comune</source>
        <translation>Segnalazioni al Comune</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderazione</translation>
    </message>
    <message>
        <source>The help has started</source>
        <translation>L&apos;aiuto è iniziato</translation>
    </message>
    <message>
        <source>The help is over</source>
        <translation>L&apos;aiuto è concluso</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Why it is called off</source>
        <translation>Perché lo annulli</translation>
    </message>
    <message>
        <source>Call it off</source>
        <translation>Annulla l&apos;abbinamento</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>Com&apos;è andata?</translation>
    </message>
    <message>
        <source>A line about it (optional)</source>
        <translation>Una riga di commento (facoltativa)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Il tuo giudizio</translation>
    </message>
    <message>
        <source>Send the feedback</source>
        <translation>Invia il giudizio</translation>
    </message>
    <message>
        <source>Your feedback: %1.</source>
        <translation>Il tuo giudizio: %1.</translation>
    </message>
    <message>
        <source>Arranging the help</source>
        <translation>Accordi per l&apos;aiuto</translation>
    </message>
    <message>
        <source>No message yet.</source>
        <translation>Ancora nessun messaggio.</translation>
    </message>
    <message>
        <source>You:</source>
        <translation>Tu:</translation>
    </message>
    <message>
        <source>The other side:</source>
        <translation>L&apos;altra parte:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Only to arrange the help: day, time, place. Do not write health details.</source>
        <translation>Solo per accordarvi sull&apos;aiuto: giorno, ora, luogo. Non scrivere informazioni sulla salute.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Write a message of at most 1,000 characters.</source>
        <translation>Scrivi un messaggio di al massimo 1.000 caratteri.</translation>
    </message>
    <message>
        <source>Choose the reason.</source>
        <translation>Scegli il motivo.</translation>
    </message>
    <message>
        <source>Choose how it went.</source>
        <translation>Scegli com&apos;è andata.</translation>
    </message>
    <message>
        <source>Write at most 280 characters.</source>
        <translation>Scrivi al massimo 280 caratteri.</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>a qualsiasi ora</translation>
    </message>
    <message>
        <source>(until %1)</source>
        <translation>(fino al %1)</translation>
    </message>
    <message>
        <source>Report to the moderators</source>
        <translation>Segnala ai moderatori</translation>
    </message>
    <message>
        <source>Answer recorded: the desk that sent the referral will see it at its next synchronization.</source>
        <translation>Risposta registrata: lo sportello che ha inviato la segnalazione la vedrà alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>The referrals the network&apos;s help desks sent to the Comune&apos;s social services, as the hub holds them: without names. The person brings the letter with the referral&apos;s code.</source>
        <translation>Le segnalazioni che gli sportelli della rete hanno inviato ai servizi sociali del Comune, come le tiene lo hub: senza nomi. La persona porta la lettera con il codice della segnalazione.</translation>
    </message>
    <message>
        <source>Code on the letter</source>
        <translation>Codice sulla lettera</translation>
    </message>
    <message>
        <source>Also those already decided or closed</source>
        <translation>Anche quelle già decise o chiuse</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>No referral is waiting.</source>
        <translation>Nessuna segnalazione in attesa.</translation>
    </message>
    <message>
        <source>No referral has this code.</source>
        <translation>Nessuna segnalazione ha questo codice.</translation>
    </message>
    <message>
        <source>All referrals</source>
        <translation>Tutte le segnalazioni</translation>
    </message>
    <message>
        <source>Referrals still open</source>
        <translation>Segnalazioni ancora aperte</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Inviata il</translation>
    </message>
    <message>
        <source>From the desk</source>
        <translation>Dallo sportello</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bisogni</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgenza</translation>
    </message>
    <message>
        <source>Referrals to the Comune of %1</source>
        <translation>Segnalazioni al Comune di %1</translation>
    </message>
    <message>
        <source>This referral needs no answer now.</source>
        <translation>Questa segnalazione ora non richiede risposta.</translation>
    </message>
    <message>
        <source>Answer the desk</source>
        <translation>Rispondi allo sportello</translation>
    </message>
    <message>
        <source>Taken on by the social services</source>
        <translation>Presa in carico dai servizi sociali</translation>
    </message>
    <message>
        <source>Reason for declining</source>
        <translation>Motivo per cui è respinta</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Respinta</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiusa</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non indicato</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Fascia d&apos;età</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Sesso</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Cittadinanza</translation>
    </message>
    <message>
        <source>Answers so far</source>
        <translation>Risposte finora</translation>
    </message>
    <message>
        <source>No answer yet.</source>
        <translation>Ancora nessuna risposta.</translation>
    </message>
    <message>
        <source>Back to the referrals</source>
        <translation>Torna alle segnalazioni</translation>
    </message>
    <message>
        <source>Referral %1</source>
        <translation>Segnalazione %1</translation>
    </message>
    <message>
        <source>This answer does not fit the referral&apos;s state any more: see its answers so far.</source>
        <translation>Questa risposta non è più compatibile con lo stato della segnalazione: guarda le risposte date finora.</translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation>Scegli l&apos;esito.</translation>
    </message>
    <message>
        <source>This answer is not valid.</source>
        <translation>Questa risposta non è valida.</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Cittadino</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Comune&apos;s social services</source>
        <translation>Servizi sociali del Comune</translation>
    </message>
    <message>
        <source>Network operator</source>
        <translation>Operatore della rete</translation>
    </message>
    <message>
        <source>Offensive or inappropriate</source>
        <translation>Offensivo o inappropriato</translation>
    </message>
    <message>
        <source>Not neighbourly help (an advert, a sale)</source>
        <translation>Non è aiuto di vicinato (una pubblicità, una vendita)</translation>
    </message>
    <message>
        <source>Suspected fraud or danger</source>
        <translation>Sospetta truffa o pericolo</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Altro motivo</translation>
    </message>
    <message>
        <source>Registrations waiting</source>
        <translation>Registrazioni in attesa</translation>
    </message>
    <message>
        <source>No registration waits.</source>
        <translation>Nessuna registrazione in attesa.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registrato il</translation>
    </message>
    <message>
        <source>Reported posts</source>
        <translation>Annunci segnalati</translation>
    </message>
    <message>
        <source>No post is reported.</source>
        <translation>Nessun annuncio segnalato.</translation>
    </message>
    <message>
        <source>Accounts to be deleted for inactivity</source>
        <translation>Account da cancellare per inattività</translation>
    </message>
    <message>
        <source>Unused for 23 months: tell each person, at the contact given, that the account will be deleted in 30 days or more unless they log in.</source>
        <translation>Non usati da 23 mesi: avvisa ogni persona, al recapito indicato, che l&apos;account sarà cancellato tra almeno 30 giorni se non accede.</translation>
    </message>
    <message>
        <source>The moderators&apos; latest actions</source>
        <translation>Le ultime azioni dei moderatori</translation>
    </message>
    <message>
        <source>No action yet.</source>
        <translation>Ancora nessuna azione.</translation>
    </message>
    <message>
        <source>Issue the credentials only to the person in front of you, after checking an identity document (or, for an organization, who represents it) against the name above.</source>
        <translation>Rilascia le credenziali solo alla persona che hai davanti, dopo aver confrontato un documento d&apos;identità (o, per un&apos;organizzazione, chi la rappresenta) con il nome qui sopra.</translation>
    </message>
    <message>
        <source>Issue the credentials</source>
        <translation>Rilascia le credenziali</translation>
    </message>
    <message>
        <source>I have checked who this person is</source>
        <translation>Ho verificato l&apos;identità di questa persona</translation>
    </message>
    <message>
        <source>Registration of %1</source>
        <translation>Registrazione di %1</translation>
    </message>
    <message>
        <source>Confirm that you have checked who this person is.</source>
        <translation>Conferma di aver verificato l&apos;identità di questa persona.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Segnalazioni</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivi</translation>
    </message>
    <message>
        <source>Hide the post</source>
        <translation>Nascondi l&apos;annuncio</translation>
    </message>
    <message>
        <source>Keep it and dismiss the reports</source>
        <translation>Mantienilo e archivia le segnalazioni</translation>
    </message>
    <message>
        <source>Reported post</source>
        <translation>Annuncio segnalato</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <source>The network&apos;s moderators will read the post and may hide it. Its author is not told who reported it.</source>
        <translation>I moderatori della rete leggeranno l&apos;annuncio e potranno nasconderlo. A chi l&apos;ha scritto non viene detto chi l&apos;ha segnalato.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Segnala</translation>
    </message>
    <message>
        <source>Report a post</source>
        <translation>Segnala un annuncio</translation>
    </message>
    <message>
        <source>Post reported</source>
        <translation>Annuncio segnalato</translation>
    </message>
    <message>
        <source>Thank you: the moderators will look at it.</source>
        <translation>Grazie: i moderatori lo esamineranno.</translation>
    </message>
    <message>
        <source>Your password is a temporary one, given by an operator: choose a new one before going on.</source>
        <translation>La tua password è provvisoria, data da un operatore: scegline una nuova prima di continuare.</translation>
    </message>
    <message>
        <source>%1 — reported once: %2</source>
        <translation>%1 — segnalato una volta: %2</translation>
    </message>
    <message>
        <source>%1 — reported %3 times: %2</source>
        <translation>%1 — segnalato %3 volte: %2</translation>
    </message>
</context>
<context>
    <name>BoardText</name>
    <message>
        <source>Transport</source>
        <translation>Trasporto</translation>
    </message>
    <message>
        <source>Walking bus to school</source>
        <translation>Pedibus</translation>
    </message>
    <message>
        <source>Sports activities</source>
        <translation>Attività sportive</translation>
    </message>
    <message>
        <source>After-school activities</source>
        <translation>Attività di doposcuola</translation>
    </message>
    <message>
        <source>Food supplies</source>
        <translation>Fornitura di alimenti</translation>
    </message>
    <message>
        <source>Community meals</source>
        <translation>Mensa sociale</translation>
    </message>
    <message>
        <source>Collecting prescriptions</source>
        <translation>Ritiro ricette mediche</translation>
    </message>
    <message>
        <source>Medicines delivered at home</source>
        <translation>Consegna farmaci a domicilio</translation>
    </message>
    <message>
        <source>Company for small errands</source>
        <translation>Accompagnamento per piccole commissioni</translation>
    </message>
    <message>
        <source>Company to religious services</source>
        <translation>Accompagnamento a funzioni religiose</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Compagnia</translation>
    </message>
    <message>
        <source>Comfort calls</source>
        <translation>Tele conforto</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offerta</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>For themselves</source>
        <translation>Per sé</translation>
    </message>
    <message>
        <source>For a family member</source>
        <translation>Per un familiare</translation>
    </message>
    <message>
        <source>For a person the organization follows</source>
        <translation>Per una persona seguita dall&apos;organizzazione</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Sospeso</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <source>Accepted by both</source>
        <translation>Accettata da entrambi</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Conclusa</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rifiutata</translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation>Non più necessario</translation>
    </message>
    <message>
        <source>No longer available</source>
        <translation>Non più disponibile</translation>
    </message>
    <message>
        <source>Something came up</source>
        <translation>Imprevisto</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Altro motivo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Svolto</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Svolto in parte</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non svolto</translation>
    </message>
    <message>
        <source>same neighbourhood</source>
        <translation>stesso quartiere</translation>
    </message>
    <message>
        <source>same comune</source>
        <translation>stesso comune</translation>
    </message>
    <message>
        <source>neighbouring comune</source>
        <translation>comune confinante</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lunedì</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martedì</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercoledì</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>giovedì</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>venerdì</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sabato</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domenica</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday, day/month</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, %2, any time</source>
        <comment>nearness, day</comment>
        <translation>%1, %2, a qualsiasi ora</translation>
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
        <translation>il campo è obbligatorio.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (https://…).</source>
        <translation>&quot;%1&quot; non è un indirizzo web (https://…).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; non è un indirizzo e-mail.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>&quot;%1&quot; non è un numero di telefono.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid identifier (letters, digits, - _ . :).</source>
        <translation>&quot;%1&quot; non è un identificativo valido (lettere, cifre, - _ . :).</translation>
    </message>
    <message>
        <source>the end date comes before the start date.</source>
        <translation>la data di fine precede quella di inizio.</translation>
    </message>
    <message>
        <source>the minimum age is above the maximum age.</source>
        <translation>l&apos;età minima è superiore a quella massima.</translation>
    </message>
    <message>
        <source>the ISEE ceiling must be above zero, and the family ceiling above the normal one.</source>
        <translation>la soglia ISEE deve essere maggiore di zero, e quella per le famiglie numerose maggiore di quella normale.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the known codes.</source>
        <translation>&quot;%1&quot; non è tra i codici previsti.</translation>
    </message>
    <message>
        <source>choose at least one service category.</source>
        <translation>scegliere almeno una categoria di servizio.</translation>
    </message>
    <message>
        <source>choose at least one user area.</source>
        <translation>scegliere almeno un&apos;area di utenza.</translation>
    </message>
    <message>
        <source>say at least one way to apply, or mark the benefit as automatic.</source>
        <translation>indicare almeno un canale per fare domanda, oppure segnare la misura come automatica.</translation>
    </message>
    <message>
        <source>say why the service is closed and until when.</source>
        <translation>indicare perché il servizio è chiuso e fino a quando.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist in the catalogue.</source>
        <translation>&quot;%1&quot; non esiste nel catalogo.</translation>
    </message>
    <message>
        <source>opening hours need weekdays and a closing time after the opening time.</source>
        <translation>l&apos;orario richiede i giorni della settimana e un&apos;ora di chiusura successiva a quella di apertura.</translation>
    </message>
    <message>
        <source>a list was expected.</source>
        <translation>era atteso un elenco.</translation>
    </message>
    <message>
        <source>an object { … } was expected.</source>
        <translation>era atteso un oggetto { … }.</translation>
    </message>
    <message>
        <source>a text was expected.</source>
        <translation>era atteso un testo.</translation>
    </message>
    <message>
        <source>true or false was expected.</source>
        <translation>era atteso true o false.</translation>
    </message>
    <message>
        <source>a number was expected.</source>
        <translation>era atteso un numero.</translation>
    </message>
    <message>
        <source>a whole number in the range %1 was expected.</source>
        <translation>era atteso un numero intero nell&apos;intervallo %1.</translation>
    </message>
    <message>
        <source>an amount in euro, zero or more, was expected.</source>
        <translation>era atteso un importo in euro, zero o più.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>&quot;%1&quot; non è una data (AAAA-MM-GG).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time (HH:MM).</source>
        <translation>&quot;%1&quot; non è un orario (HH:MM).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list of weekdays (MO,TU,WE,TH,FR,SA,SU).</source>
        <translation>&quot;%1&quot; non è un elenco di giorni della settimana (MO,TU,WE,TH,FR,SA,SU).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code (it, en, fr…).</source>
        <translation>&quot;%1&quot; non è un codice di lingua (it, en, fr…).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported.</source>
        <translation>&quot;%1&quot; non è supportato.</translation>
    </message>
    <message>
        <source>the identifier &quot;%1&quot; is used twice.</source>
        <translation>l&apos;identificativo &quot;%1&quot; è usato due volte.</translation>
    </message>
    <message>
        <source>invalid value.</source>
        <translation>valore non valido.</translation>
    </message>
    <message>
        <source>Likely eligible</source>
        <translation>Probabilmente ha diritto</translation>
    </message>
    <message>
        <source>To be checked</source>
        <translation>Da verificare</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Non ha diritto</translation>
    </message>
    <message>
        <source>%1 €</source>
        <translation>%1 €</translation>
    </message>
    <message>
        <source>ordinary ISEE</source>
        <translation>ISEE ordinario</translation>
    </message>
    <message>
        <source>socio-sanitary ISEE</source>
        <translation>ISEE sociosanitario</translation>
    </message>
    <message>
        <source>ISEE for minors</source>
        <translation>ISEE minorenni</translation>
    </message>
    <message>
        <source>a child under 18</source>
        <translation>un figlio minorenne</translation>
    </message>
    <message>
        <source>a member aged 60 or more</source>
        <translation>un componente di 60 anni o più</translation>
    </message>
    <message>
        <source>a member aged 65 or more</source>
        <translation>un componente di 65 anni o più</translation>
    </message>
    <message>
        <source>a member with a disability</source>
        <translation>un componente con disabilità</translation>
    </message>
    <message>
        <source>a lone parent</source>
        <translation>un solo genitore</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>another comune</source>
        <translation>altro comune</translation>
    </message>
    <message>
        <source>open to everyone</source>
        <translation>aperto a tutti</translation>
    </message>
    <message>
        <source>read the conditions in the description</source>
        <translation>leggere i requisiti nella descrizione</translation>
    </message>
    <message>
        <source>age %1 within the limits</source>
        <translation>età %1 nei limiti</translation>
    </message>
    <message>
        <source>age %1 &lt; minimum %2</source>
        <translation>età %1 &lt; minimo %2</translation>
    </message>
    <message>
        <source>age %1 &gt; maximum %2</source>
        <translation>età %1 &gt; massimo %2</translation>
    </message>
    <message>
        <source>age needed (%1–%2)</source>
        <translation>serve l&apos;età (%1–%2)</translation>
    </message>
    <message>
        <source>age needed (from %1)</source>
        <translation>serve l&apos;età (da %1 anni)</translation>
    </message>
    <message>
        <source>age needed (up to %1)</source>
        <translation>serve l&apos;età (fino a %1 anni)</translation>
    </message>
    <message>
        <source>resident in %1</source>
        <translation>residente a %1</translation>
    </message>
    <message>
        <source>only for residents of other comuni (%1 not served)</source>
        <translation>solo per i residenti di altri comuni (%1 escluso)</translation>
    </message>
    <message>
        <source>comune of residence needed</source>
        <translation>serve il comune di residenza</translation>
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
        <translation>serve l&apos;ISEE (soglia %1)</translation>
    </message>
    <message>
        <source>%1 needed</source>
        <translation>serve l&apos;%1</translation>
    </message>
    <message>
        <source>household with %1</source>
        <translation>nucleo con %1</translation>
    </message>
    <message>
        <source>requires a household with %1</source>
        <translation>richiede un nucleo con %1</translation>
    </message>
    <message>
        <source>ask whether the household has %1</source>
        <translation>chiedere se nel nucleo c&apos;è %1</translation>
    </message>
    <message>
        <source>household of %1 (at least %2)</source>
        <translation>nucleo di %1 persone (almeno %2)</translation>
    </message>
    <message>
        <source>household of %1 &lt; %2 people</source>
        <translation>nucleo di %1 &lt; %2 persone</translation>
    </message>
    <message>
        <source>household size needed (at least %1)</source>
        <translation>serve il numero dei componenti (almeno %1)</translation>
    </message>
    <message>
        <source>residence permit held</source>
        <translation>permesso di soggiorno presente</translation>
    </message>
    <message>
        <source>a valid residence permit is required</source>
        <translation>serve un permesso di soggiorno valido</translation>
    </message>
    <message>
        <source>citizenship and residence permit needed</source>
        <translation>servono cittadinanza e permesso di soggiorno</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Temporarily closed</source>
        <translation>Temporaneamente chiuso</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Cessato</translation>
    </message>
    <message>
        <source>this is not a catalogue Sportello can read: an HSDS service, an organization, a page of an HSDS API list (&quot;contents&quot;), a list of services or organizations, or a Sportello export was expected.</source>
        <translation>questo non è un catalogo che Sportello sa leggere: era atteso un servizio HSDS, un&apos;organizzazione, una pagina di un elenco dell&apos;API HSDS (&quot;contents&quot;), un elenco di servizi o di organizzazioni, oppure un&apos;esportazione di Sportello.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Option --data-dir needs a folder.</source>
        <translation>L&apos;opzione --data-dir richiede una cartella.</translation>
    </message>
    <message>
        <source>Option --lang needs a language: it or en.</source>
        <translation>L&apos;opzione --lang richiede una lingua: it o en.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use it or en.</source>
        <translation>Lingua &quot;%1&quot; sconosciuta: usare it o en.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run sportello-cli --help for the list.</source>
        <translation>Comando &quot;%1&quot; sconosciuto. Eseguire sportello-cli --help per l&apos;elenco.</translation>
    </message>
    <message>
        <source>Usage: sportello-cli [--data-dir DIR] [--lang it|en] COMMAND [ARGS]</source>
        <translation>Uso: sportello-cli [--data-dir CARTELLA] [--lang it|en] COMANDO [ARGOMENTI]</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Opzioni generali:</translation>
    </message>
    <message>
        <source>use the profile in DIR (default: %1)</source>
        <translation>usa il profilo nella CARTELLA (predefinita: %1)</translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation>lingua dei messaggi</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>mostra la versione ed esce</translation>
    </message>
    <message>
        <source>print this help and exit</source>
        <translation>mostra questo aiuto ed esce</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandi:</translation>
    </message>
    <message>
        <source>db info takes no arguments.</source>
        <translation>db info non accetta argomenti.</translation>
    </message>
    <message>
        <source>show the database path, schema version and integrity</source>
        <translation>mostra percorso, versione dello schema e integrità del database</translation>
    </message>
    <message>
        <source>Unknown argument for demo: %1</source>
        <translation>Argomento sconosciuto per demo: %1</translation>
    </message>
    <message>
        <source>The profile in %1 holds a desk&apos;s real data: the demo is created only in an empty folder.</source>
        <translation>Il profilo in %1 contiene dati reali di uno sportello: la demo si crea solo in una cartella vuota.</translation>
    </message>
    <message>
        <source>The demo profile in %1 is up to date.</source>
        <translation>Il profilo dimostrativo in %1 è aggiornato.</translation>
    </message>
    <message>
        <source>The old demo profile cannot be removed.</source>
        <translation>Impossibile rimuovere il vecchio profilo dimostrativo.</translation>
    </message>
    <message>
        <source>Rebuilding the demo profile from an older version.</source>
        <translation>Ricostruzione del profilo dimostrativo di una versione precedente.</translation>
    </message>
    <message>
        <source>Demo profile created in %1.</source>
        <translation>Profilo dimostrativo creato in %1.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Versione dello schema:</translation>
    </message>
    <message>
        <source>Integrity check:</source>
        <translation>Controllo di integrità:</translation>
    </message>
    <message>
        <source>%1 (this program: %2)</source>
        <translation>%1 (questo programma: %2)</translation>
    </message>
    <message>
        <source>Usage: sportello-cli catalogue import PATH</source>
        <translation>Uso: sportello-cli catalogue import PERCORSO</translation>
    </message>
    <message>
        <source>Not imported (Sportello does not keep this field): %1</source>
        <translation>Non importato (Sportello non conserva questo campo): %1</translation>
    </message>
    <message>
        <source>Imported %1 organizations, %2 locations and %3 services; catalogue version %4.</source>
        <translation>Importati %1 enti, %2 sedi e %3 servizi; versione del catalogo %4.</translation>
    </message>
    <message>
        <source>Usage: sportello-cli catalogue export --format hsds-json|hsds-csv PATH</source>
        <translation>Uso: sportello-cli catalogue export --format hsds-json|hsds-csv PERCORSO</translation>
    </message>
    <message>
        <source>Catalogue exported to %1.</source>
        <translation>Catalogo esportato in %1.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: use --facts age=70,isee=9000,comune=Pioltello,household=3,children=1</source>
        <translation>Impossibile leggere &quot;%1&quot;: usare --facts age=70,isee=9000,comune=Pioltello,household=3,children=1</translation>
    </message>
    <message>
        <source>No results; showing results for &quot;%1&quot;.</source>
        <translation>Nessun risultato; si mostrano i risultati per &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No service found.</source>
        <translation>Nessun servizio trovato.</translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation>Forse cercavi: %1?</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) found.</source>
        <translation>
            <numerusform>%n servizio trovato.</numerusform>
            <numerusform>%n servizi trovati.</numerusform>
        </translation>
    </message>
    <message>
        <source>import a catalogue (HSDS JSON file or CSV package)</source>
        <translation>importa un catalogo (file HSDS JSON o pacchetto CSV)</translation>
    </message>
    <message>
        <source>export the catalogue</source>
        <translation>esporta il catalogo</translation>
    </message>
    <message>
        <source>search the catalogue, optionally for a person&apos;s facts</source>
        <translation>cerca nel catalogo, anche in base ai dati della persona</translation>
    </message>
    <message>
        <source>There is no Sportello database in %1.</source>
        <translation>Non c&apos;è un database di Sportello in %1.</translation>
    </message>
    <message>
        <source>audit verify takes no arguments.</source>
        <translation>audit verify non accetta argomenti.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n row(s) checked.</source>
        <translation>
            <numerusform>Registro delle attività: %n riga controllata.</numerusform>
            <numerusform>Registro delle attività: %n righe controllate.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain is intact.</source>
        <translation>La catena è integra.</translation>
    </message>
    <message>
        <source>The chain is broken at row %1: %2.</source>
        <translation>La catena è interrotta alla riga %1: %2.</translation>
    </message>
    <message>
        <source>Usage: sportello-cli audit list [--limit N]</source>
        <translation>Uso: sportello-cli audit list [--limit N]</translation>
    </message>
    <message>
        <source>--limit needs a whole number greater than zero.</source>
        <translation>--limit richiede un numero intero maggiore di zero.</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>Il registro delle attività è vuoto.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>system</source>
        <translation>sistema</translation>
    </message>
    <message>
        <source>check that the audit log is complete and unaltered</source>
        <translation>controlla che il registro delle attività sia completo e inalterato</translation>
    </message>
    <message>
        <source>show the newest audit log entries</source>
        <translation>mostra le voci più recenti del registro delle attività</translation>
    </message>
    <message>
        <source>--people needs a number of people from 1 to %1.</source>
        <translation>--people richiede un numero di persone da 1 a %1.</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to %1.</source>
        <translation>--seed richiede un numero intero da 0 a %1.</translation>
    </message>
    <message>
        <source>--seed is used only with --people.</source>
        <translation>--seed si usa solo insieme a --people.</translation>
    </message>
    <message>
        <source>Seed: %1 (give --seed %1 to draw the same people again).</source>
        <translation>Seme: %1 (indicare --seed %1 per generare di nuovo le stesse persone).</translation>
    </message>
    <message>
        <source>Adding people: %1% (%2 of %3)</source>
        <translation>Aggiunta delle persone: %1% (%2 di %3)</translation>
    </message>
    <message numerus="yes">
        <source>Added %n person(s) with %1.</source>
        <translation>
            <numerusform>Aggiunta %n persona con %1.</numerusform>
            <numerusform>Aggiunte %n persone con %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n colloquio</numerusform>
            <numerusform>%n colloqui</numerusform>
        </translation>
    </message>
    <message>
        <source>create the demo profile in the data folder; --people adds N made-up people with two years of sessions (creating the demo first when missing)</source>
        <translation>crea il profilo dimostrativo nella cartella dei dati; --people aggiunge N persone inventate con due anni di colloqui (creando prima il profilo dimostrativo, se manca)</translation>
    </message>
    <message>
        <source>Usage: sportello-cli outbox list [--state S] [--json]</source>
        <translation>Uso: sportello-cli outbox list [--state S] [--json]</translation>
    </message>
    <message>
        <source>Unknown outbox state &quot;%1&quot;: use one of %2.</source>
        <translation>Stato della coda d&apos;invio sconosciuto &quot;%1&quot;: usare uno tra %2.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creazione</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>Id evento</translation>
    </message>
    <message>
        <source>The outbox is empty: no record is waiting for the hub.</source>
        <translation>La coda d&apos;invio è vuota: nessun record attende lo hub.</translation>
    </message>
    <message>
        <source>No outbox item is in state %1.</source>
        <translation>Nessun elemento della coda d&apos;invio è nello stato %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n outbox item(s).</source>
        <translation>
            <numerusform>%n elemento nella coda d&apos;invio.</numerusform>
            <numerusform>%n elementi nella coda d&apos;invio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outbox item(s) in state %1.</source>
        <translation>
            <numerusform>%n elemento nello stato %1.</numerusform>
            <numerusform>%n elementi nello stato %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported (Sportello cannot represent this value, for example a monthly schedule): %1</source>
        <translation>Non importato (Sportello non può rappresentare questo valore, per esempio un orario mensile): %1</translation>
    </message>
    <message>
        <source>key status takes no arguments.</source>
        <translation>key status non accetta argomenti.</translation>
    </message>
    <message>
        <source>Database: not encrypted yet (it will be at the next start).</source>
        <translation>Database: non ancora cifrato (lo sarà al prossimo avvio).</translation>
    </message>
    <message>
        <source>The database file cannot be read.</source>
        <translation>Impossibile leggere il file del database.</translation>
    </message>
    <message>
        <source>Database: encrypted.</source>
        <translation>Database: cifrato.</translation>
    </message>
    <message>
        <source>Key in this computer&apos;s keychain: yes.</source>
        <translation>Chiave nel portachiavi di questo computer: sì.</translation>
    </message>
    <message>
        <source>Key in this computer&apos;s keychain: no (sportello-cli key restore puts it back with the recovery key).</source>
        <translation>Chiave nel portachiavi di questo computer: no (sportello-cli key restore la ripristina con la chiave di recupero).</translation>
    </message>
    <message>
        <source>Key in this computer&apos;s keychain: unknown.</source>
        <translation>Chiave nel portachiavi di questo computer: non verificabile.</translation>
    </message>
    <message>
        <source>Copy under the recovery key: yes.</source>
        <translation>Copia protetta dalla chiave di recupero: sì.</translation>
    </message>
    <message>
        <source>Copy under the recovery key: no (a coordinator who unlocks with the recovery key makes it).</source>
        <translation>Copia protetta dalla chiave di recupero: no (la crea un coordinatore che sblocca con la chiave di recupero).</translation>
    </message>
    <message>
        <source>Usage: sportello-cli key restore (the recovery key on standard input)</source>
        <translation>Uso: sportello-cli key restore (la chiave di recupero sullo standard input)</translation>
    </message>
    <message>
        <source>Type the desk&apos;s recovery key on standard input.</source>
        <translation>Scrivere la chiave di recupero dello sportello sullo standard input.</translation>
    </message>
    <message>
        <source>This profile has no copy of its key under the recovery key.</source>
        <translation>Questo profilo non ha una copia della sua chiave protetta dalla chiave di recupero.</translation>
    </message>
    <message>
        <source>This is not the recovery key of this desk.</source>
        <translation>Questa non è la chiave di recupero di questo sportello.</translation>
    </message>
    <message>
        <source>The database key is back in this computer&apos;s keychain.</source>
        <translation>La chiave del database è di nuovo nel portachiavi di questo computer.</translation>
    </message>
    <message>
        <source>show where the database key of the profile is</source>
        <translation>mostra dove si trova la chiave del database del profilo</translation>
    </message>
    <message>
        <source>put the database key back in this computer&apos;s keychain with the recovery key (on standard input)</source>
        <translation>rimette la chiave del database nel portachiavi di questo computer con la chiave di recupero (sullo standard input)</translation>
    </message>
    <message>
        <source>list the anonymized records kept for the district hub; --state shows one state only (QUEUED, SENDING, DELIVERED, FAILED, DISCARDED), --json prints the records as JSON</source>
        <translation>elenca i record anonimizzati destinati allo hub distrettuale; --state mostra un solo stato (QUEUED, SENDING, DELIVERED, FAILED, DISCARDED), --json stampa i record in JSON</translation>
    </message>
    <message>
        <source>Usage: sportello-cli hub enrol --url URL --token TOKEN|- (--ca FILE | --pin sha256/…) [--http2]</source>
        <translation>Uso: sportello-cli hub enrol --url URL --token TOKEN|- (--ca FILE | --pin sha256/…) [--http2]</translation>
    </message>
    <message numerus="yes">
        <source>This desk is now part of %1 (%n comune(s)); its hub is %2.</source>
        <translation>
            <numerusform>Lo sportello fa ora parte di %1 (%n comune); il suo hub è %2.</numerusform>
            <numerusform>Lo sportello fa ora parte di %1 (%n comuni); il suo hub è %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: sportello-cli hub leave</source>
        <translation>Uso: sportello-cli hub leave</translation>
    </message>
    <message>
        <source>This desk has left the district network; its token was removed from the keychain. What is waiting in the outbox stays here.</source>
        <translation>Lo sportello è uscito dalla rete del distretto; il suo token è stato rimosso dal portachiavi. Ciò che è in attesa di invio resta qui.</translation>
    </message>
    <message>
        <source>Not connected to the district network.</source>
        <translation>Non collegato alla rete del distretto.</translation>
    </message>
    <message>
        <source>Hub: %1 (%2)</source>
        <translation>Hub: %1 (%2)</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Ultima sincronizzazione riuscita: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>In pausa: %1</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Ultimo problema: %1</translation>
    </message>
    <message>
        <source>Waiting: %1, refused by the hub: %2, delivered: %3</source>
        <translation>In attesa: %1, respinti dallo hub: %2, consegnati: %3</translation>
    </message>
    <message>
        <source>Usage: sportello-cli sync status [--json]</source>
        <translation>Uso: sportello-cli sync status [--json]</translation>
    </message>
    <message>
        <source>Usage: sportello-cli sync [--force]</source>
        <translation>Uso: sportello-cli sync [--force]</translation>
    </message>
    <message>
        <source>Delivered: %1, refused by the hub: %2, to retry: %3</source>
        <translation>Consegnati: %1, respinti dallo hub: %2, da ritentare: %3</translation>
    </message>
    <message>
        <source>connect this desk to the district hub with the one-time token (- reads it from standard input) and the district&apos;s CA certificate or the hub&apos;s key pin; the token is kept in the system keychain only</source>
        <translation>collega lo sportello allo hub del distretto con il token monouso (- lo legge dallo standard input) e il certificato CA del distretto o l&apos;impronta della chiave dello hub; il token resta solo nel portachiavi di sistema</translation>
    </message>
    <message>
        <source>disconnect this desk from the district hub and remove its token from the keychain</source>
        <translation>scollega lo sportello dallo hub del distretto e rimuove il suo token dal portachiavi</translation>
    </message>
    <message>
        <source>one synchronization round with the hub; exit code 0 only when nothing is left waiting or refused; --force tries even while the sync is paused</source>
        <translation>un giro di sincronizzazione con lo hub; codice di uscita 0 solo se non resta nulla in attesa o respinto; --force prova anche con la sincronizzazione in pausa</translation>
    </message>
    <message>
        <source>show the link to the hub and the outbox&apos;s counts</source>
        <translation>mostra il collegamento allo hub e i conteggi della coda d&apos;invio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; non è una data: scriverla come AAAA-MM-GG.</translation>
    </message>
    <message>
        <source>The threshold is a whole number, at least %1.</source>
        <translation>La soglia è un numero intero, almeno %1.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Il periodo finisce prima di cominciare.</translation>
    </message>
    <message>
        <source>Report written to %1 (counts from 1 to %2 are not shown).</source>
        <translation>Rapporto scritto in %1 (i conteggi da 1 a %2 non sono mostrati).</translation>
    </message>
    <message>
        <source>Usage: sportello-cli report --from YYYY-MM-DD --to YYYY-MM-DD --format csv|pdf|caritas-csv|facilitazione-csv --out FILE [--threshold K]</source>
        <translation>Uso: sportello-cli report --from AAAA-MM-GG --to AAAA-MM-GG --format csv|pdf|caritas-csv|facilitazione-csv --out FILE [--threshold K]</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use one of %2.</source>
        <translation>Formato &quot;%1&quot; sconosciuto: usare uno fra %2.</translation>
    </message>
    <message>
        <source>write the desk&apos;s report for the period beside the one before, as CSV for Excel in Italian locale or as PDF/A, or the Caritas-coded or digital-facilitation CSV; counts only, small ones hidden (K, at least 3, default 5), so it needs no login</source>
        <translation>scrive il rapporto dello sportello per il periodo accanto a quello precedente, come CSV per Excel in italiano o come PDF/A, oppure il CSV codificato Caritas o quello della facilitazione digitale; solo conteggi, quelli piccoli nascosti (K, almeno 3, predefinito 5), quindi non serve l&apos;accesso</translation>
    </message>
    <message>
        <source>Usage: sportello-cli backup --out FILE</source>
        <translation>Uso: sportello-cli backup --out FILE</translation>
    </message>
    <message>
        <source>Backup written: %1 (%2 MiB, schema %3).</source>
        <translation>Backup scritto: %1 (%2 MiB, schema %3).</translation>
    </message>
    <message>
        <source>It holds no copy of the key under the recovery key: it opens only on this computer. A coordinator who unlocks with the recovery key makes that copy.</source>
        <translation>Non contiene una copia della chiave protetta dalla chiave di recupero: si apre solo su questo computer. La copia viene creata quando un coordinatore sblocca con la chiave di recupero.</translation>
    </message>
    <message>
        <source>On another computer it opens with the desk&apos;s recovery key.</source>
        <translation>Su un altro computer si apre con la chiave di recupero dello sportello.</translation>
    </message>
    <message>
        <source>The backup holds no copy of its key under the recovery key: it opens only on the computer that wrote it.</source>
        <translation>Il backup non contiene una copia della sua chiave protetta dalla chiave di recupero: si apre solo sul computer che l&apos;ha scritto.</translation>
    </message>
    <message>
        <source>The key of this backup is not in this computer&apos;s keychain (it was written on another computer). Run the restore again with --with-recovery-key and type the desk&apos;s recovery key.</source>
        <translation>La chiave di questo backup non è nel portachiavi di questo computer (è stato scritto su un altro computer). Ripetere il ripristino con --with-recovery-key e digitare la chiave di recupero dello sportello.</translation>
    </message>
    <message>
        <source>Usage: sportello-cli --data-dir NEW_FOLDER restore FILE [--with-recovery-key]</source>
        <translation>Uso: sportello-cli --data-dir NUOVA_CARTELLA restore FILE [--with-recovery-key]</translation>
    </message>
    <message>
        <source>The restored database fails its integrity check: %1</source>
        <translation>Il database ripristinato non supera il controllo di integrità: %1</translation>
    </message>
    <message>
        <source>The restored files were removed; try another backup.</source>
        <translation>I file ripristinati sono stati rimossi; provare con un altro backup.</translation>
    </message>
    <message>
        <source>Restored into %1: the backup of %2, schema %3 (now %4); integrity check ok.</source>
        <translation>Ripristinato in %1: il backup del %2, schema %3 (ora %4); controllo di integrità superato.</translation>
    </message>
    <message>
        <source>write a backup of the profile (Sportello not running on it), encrypted like the profile</source>
        <translation>scrive un backup del profilo (con Sportello chiuso), cifrato come il profilo</translation>
    </message>
    <message>
        <source>restore a backup into the new profile of --data-dir (the recovery key on standard input when asked)</source>
        <translation>ripristina un backup nel nuovo profilo di --data-dir (la chiave di recupero sullo standard input, se richiesta)</translation>
    </message>
    <message>
        <source>Sportello is open on this profile. A coordinator takes the backup from the app (the Backup page), or close Sportello and run this again.</source>
        <translation>Sportello è aperto su questo profilo. Un coordinatore esegue il backup dall&apos;applicazione (pagina Backup), oppure chiudere Sportello e ripetere il comando.</translation>
    </message>
</context>
<context>
    <name>ConsentFormDocument</name>
    <message>
        <source>Recording my personal data</source>
        <translation>Registrazione dei miei dati personali</translation>
    </message>
    <message>
        <source>The desk records my personal details, contacts and the needs I talk about, to listen to me, guide me to services and accompany me.</source>
        <translation>Lo sportello registra i miei dati anagrafici, i miei recapiti e i bisogni di cui parlo, per ascoltarmi, orientarmi ai servizi e accompagnarmi.</translation>
    </message>
    <message>
        <source>Information on health, disability, addiction or judicial matters</source>
        <translation>Informazioni su salute, disabilità, dipendenze o vicende giudiziarie</translation>
    </message>
    <message>
        <source>The desk records this information only when the help I ask for needs it (GDPR articles 9 and 10).</source>
        <translation>Lo sportello registra queste informazioni solo quando sono necessarie per l&apos;aiuto che chiedo (articoli 9 e 10 del GDPR).</translation>
    </message>
    <message>
        <source>Referral to the Social Services of the Comune</source>
        <translation>Segnalazione ai Servizi sociali del Comune</translation>
    </message>
    <message>
        <source>The desk sends my name and my situation to the Social Services of the Comune, so that they can take charge of my case.</source>
        <translation>Lo sportello comunica il mio nome e la mia situazione ai Servizi sociali del Comune, perché possano prendermi in carico.</translation>
    </message>
    <message>
        <source>Contact by phone</source>
        <translation>Contatto telefonico</translation>
    </message>
    <message>
        <source>The desk may call me back by phone.</source>
        <translation>Lo sportello può ricontattarmi per telefono.</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Modulo di consenso</translation>
    </message>
    <message>
        <source>I, the undersigned %1, declare that I have received the privacy notice (version %2) and that it was explained to me. For each purpose I state:</source>
        <translation>Io sottoscritto/a %1 dichiaro di aver ricevuto l&apos;informativa privacy (versione %2) e che mi è stata spiegata. Per ciascuna finalità dichiaro:</translation>
    </message>
    <message>
        <source>I consent</source>
        <translation>Acconsento</translation>
    </message>
    <message>
        <source>I do not consent</source>
        <translation>Non acconsento</translation>
    </message>
    <message>
        <source>I can revoke each consent at any time, also in part, by telling the desk. Refusing or revoking a consent does not affect the help I receive.</source>
        <translation>Posso revocare ciascun consenso in qualsiasi momento, anche in parte, comunicandolo allo sportello. Il rifiuto o la revoca di un consenso non cambia l&apos;aiuto che ricevo.</translation>
    </message>
    <message>
        <source>Place and date: %1, %2</source>
        <translation>Luogo e data: %1, %2</translation>
    </message>
    <message>
        <source>Signature of the person</source>
        <translation>Firma della persona</translation>
    </message>
    <message>
        <source>Signature of the operator</source>
        <translation>Firma dell&apos;operatore</translation>
    </message>
    <message>
        <source>Privacy notice version %1</source>
        <translation>Informativa privacy, versione %1</translation>
    </message>
    <message>
        <source>Privacy notice and consent form</source>
        <translation>Informativa privacy e modulo di consenso</translation>
    </message>
    <message>
        <source>Privacy notice version %1 · page %2 of %3</source>
        <translation>Informativa privacy, versione %1 · pagina %2 di %3</translation>
    </message>
    <message>
        <source>The neighbourhood board</source>
        <translation>La bacheca di prossimità</translation>
    </message>
    <message>
        <source>The desk puts my request or offer of help on the district&apos;s neighbourhood board, with the desk as the contact unless I ask for my own name and phone to be shown, and only to whoever accepts to help or be helped.</source>
        <translation>Lo sportello pubblica la mia richiesta o offerta di aiuto sulla bacheca di prossimità del distretto, con lo sportello come recapito, a meno che io chieda di mostrare il mio nome e il mio telefono, e solo a chi accetta di aiutare o di essere aiutato.</translation>
    </message>
</context>
<context>
    <name>Delivering</name>
    <message>
        <source>This document names a person: print it and hand it over. A PDF saved on this computer is one more copy of the person&apos;s data, to be deleted when they ask to be erased.</source>
        <translation>Questo documento nomina una persona: stamparlo e consegnarlo. Un PDF salvato su questo computer è un&apos;altra copia dei dati della persona, da eliminare quando chiede di essere cancellata.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>S&amp;tampa…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Salva in P&amp;DF…</translation>
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
        <translation>Sportello: il programma per gli sportelli della rete dei servizi sociali.</translation>
    </message>
    <message>
        <source>Use the profile in &lt;dir&gt;.</source>
        <translation>Usa il profilo in &lt;cartella&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>cartella</translation>
    </message>
    <message>
        <source>Interface language: it or en.</source>
        <translation>Lingua dell&apos;interfaccia: it o en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>lingua</translation>
    </message>
    <message>
        <source>Render the main window at 1280×800 to &lt;file&gt; (PNG) and exit.</source>
        <translation>Salva un&apos;immagine 1280×800 della finestra principale in &lt;file&gt; (PNG) ed esce.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use it or en.</source>
        <translation>Lingua &quot;%1&quot; sconosciuta: usare it o en.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>Impossibile scrivere l&apos;immagine in %1.</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogo</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro attività</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nuovo colloquio</translation>
    </message>
    <message>
        <source>To call back</source>
        <translation>Da ricontattare</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>&amp;Privacy notice and consent form…</source>
        <translation>&amp;Informativa privacy e modulo di consenso…</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Informativa privacy</translation>
    </message>
    <message>
        <source>With --screenshot: show the page &lt;id&gt; (session, followups, people, catalogue…).</source>
        <translation>Con --screenshot: mostra la pagina &lt;id&gt; (session, followups, people, catalogue…).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Segnalazioni</translation>
    </message>
    <message>
        <source>username</source>
        <translation>utente</translation>
    </message>
    <message>
        <source>With --screenshot on a demo profile: log in as &lt;username&gt;, reading the password from standard input.</source>
        <translation>Con --screenshot su un profilo dimostrativo: accede come &lt;utente&gt;, leggendo la password dallo standard input.</translation>
    </message>
    <message>
        <source>--login works only on a demo profile: the records of a real desk are never rendered to a file.</source>
        <translation>--login funziona solo su un profilo dimostrativo: i dati di uno sportello reale non vengono mai salvati in un file di immagine.</translation>
    </message>
    <message>
        <source>The key of this profile&apos;s database is not in this computer&apos;s keychain. Type the desk&apos;s recovery key (the one printed when the desk was set up) to open it:</source>
        <translation>La chiave del database di questo profilo non è nel portachiavi di questo computer. Per aprirlo, scrivere la chiave di recupero dello sportello (quella stampata alla configurazione dello sportello):</translation>
    </message>
    <message>
        <source>This is not the recovery key of this desk.</source>
        <translation>Questa non è la chiave di recupero di questo sportello.</translation>
    </message>
    <message>
        <source>Referrals received</source>
        <translation>Segnalazioni ricevute</translation>
    </message>
    <message>
        <source>Synchronization</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporti</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distretto</translation>
    </message>
    <message>
        <source>Neighbourhood board</source>
        <translation>Bacheca di prossimità</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
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
        <translation>Non indicato</translation>
    </message>
    <message>
        <source>Outside the district</source>
        <translation>Fuori distretto</translation>
    </message>
    <message>
        <source>Referrals by desk and month</source>
        <translation>Invii per sportello e mese</translation>
    </message>
    <message>
        <source>Referrals by comune of residence and destination</source>
        <translation>Invii per comune di residenza e destinazione</translation>
    </message>
    <message>
        <source>Referrals by destination and state</source>
        <translation>Invii per destinazione e stato</translation>
    </message>
    <message>
        <source>Closed referrals by destination and final outcome</source>
        <translation>Invii chiusi per destinazione ed esito finale</translation>
    </message>
    <message>
        <source>Closed loop: referrals sent, answered and taken over, by destination</source>
        <translation>Circuito chiuso: invii inviati, con risposta e presi in carico, per destinazione</translation>
    </message>
    <message>
        <source>Days from sending to take-over, by destination</source>
        <translation>Giorni dall&apos;invio alla presa in carico, per destinazione</translation>
    </message>
    <message>
        <source>Need areas of the referrals by comune of residence</source>
        <translation>Aree di bisogno degli invii per comune di residenza</translation>
    </message>
    <message>
        <source>Referrals by age band and destination</source>
        <translation>Invii per fascia d&apos;età e destinazione</translation>
    </message>
    <message>
        <source>Referrals by gender and destination</source>
        <translation>Invii per genere e destinazione</translation>
    </message>
    <message>
        <source>Referrals by citizenship and destination</source>
        <translation>Invii per cittadinanza e destinazione</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviati</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Con risposta</translation>
    </message>
    <message>
        <source>Taken over</source>
        <translation>Presi in carico</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 giorni</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>District report</source>
        <translation>Rapporto di distretto</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mesi</translation>
    </message>
    <message>
        <source>Desks of the network</source>
        <translation>Sportelli della rete</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>the anonymized referral records the desks sent to the hub; a record carries its month, not its day</source>
        <translation>i record anonimi degli invii che gli sportelli hanno mandato allo hub; un record porta il mese, non il giorno</translation>
    </message>
    <message>
        <source>Closed loop</source>
        <translation>Circuito chiuso</translation>
    </message>
    <message>
        <source>Share answered</source>
        <translation>Quota con risposta</translation>
    </message>
    <message>
        <source>Median days to take-over</source>
        <translation>Giorni mediani alla presa in carico</translation>
    </message>
    <message>
        <source>none sent</source>
        <translation>nessun invio</translation>
    </message>
    <message>
        <source>All destinations</source>
        <translation>Tutte le destinazioni</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>An internal error occurred. Please report it to the coordinator.</source>
        <translation>Si è verificato un errore interno. Segnalarlo al coordinatore.</translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation>La richiesta non è valida.</translation>
    </message>
    <message>
        <source>The requested item does not exist.</source>
        <translation>L&apos;elemento richiesto non esiste.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>L&apos;operazione è stata annullata.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created or written.</source>
        <translation>La cartella dei dati %1 non può essere creata o scritta.</translation>
    </message>
    <message>
        <source>The data folder %1 is on a network drive. Sportello keeps its data on this computer&apos;s own disk, because a database on a network drive can be corrupted.</source>
        <translation>La cartella dei dati %1 si trova su un&apos;unità di rete. Sportello tiene i dati sul disco di questo computer, perché un database su un&apos;unità di rete può danneggiarsi.</translation>
    </message>
    <message>
        <source>Sportello is already open on this profile (%1), in process %2 on %3. Close the other window first.</source>
        <translation>Sportello è già aperto su questo profilo (%1), nel processo %2 su %3. Chiudere prima l&apos;altra finestra.</translation>
    </message>
    <message>
        <source>The profile in %1 cannot be locked for use.</source>
        <translation>Impossibile riservare l&apos;uso del profilo in %1.</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>Impossibile aprire il database.</translation>
    </message>
    <message>
        <source>The file is not a Sportello database.</source>
        <translation>Il file non è un database di Sportello.</translation>
    </message>
    <message>
        <source>The database was created by a newer version of Sportello (schema %1; this version knows up to %2). Install the newer version to open it.</source>
        <translation>Il database è stato creato da una versione più recente di Sportello (schema %1; questa versione arriva al %2). Installare la versione più recente per aprirlo.</translation>
    </message>
    <message>
        <source>The database could not be updated to this version of Sportello; it was left as it was.</source>
        <translation>Non è stato possibile aggiornare il database a questa versione di Sportello; è stato lasciato com&apos;era.</translation>
    </message>
    <message>
        <source>The database is busy with another operation. Try again in a moment.</source>
        <translation>Il database è occupato da un&apos;altra operazione. Riprovare tra un momento.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>Il disco è pieno: non è stato salvato nulla. Liberare spazio e riprovare.</translation>
    </message>
    <message>
        <source>The database could not complete the operation; nothing was changed.</source>
        <translation>Il database non ha potuto completare l&apos;operazione; non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The data conflicts with what is already saved; nothing was changed.</source>
        <translation>I dati sono in conflitto con quelli già salvati; non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The changes could not be saved; nothing was changed.</source>
        <translation>Non è stato possibile salvare le modifiche; non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Unexpected error %1.</source>
        <translation>Errore imprevisto %1.</translation>
    </message>
    <message>
        <source>The file %1 has a problem at line %2, field %3: %4 Nothing was imported.</source>
        <translation>Il file %1 ha un problema alla riga %2, campo %3: %4 Non è stato importato nulla.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Impossibile leggere il file %1.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>Impossibile scrivere il file %1.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read at line %2, column %3: %4. Nothing was imported.</source>
        <translation>Impossibile leggere il file %1 alla riga %2, colonna %3: %4. Non è stato importato nulla.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Nome utente o password errati.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong attempts: try again in %n second(s).</source>
        <translation>
            <numerusform>Troppi tentativi errati: riprovare tra %n secondo.</numerusform>
            <numerusform>Troppi tentativi errati: riprovare tra %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask a coordinator.</source>
        <translation>Questo account è stato disattivato. Rivolgersi a un coordinatore.</translation>
    </message>
    <message>
        <source>Your role does not allow this. Ask a coordinator.</source>
        <translation>Il suo ruolo non lo consente. Rivolgersi a un coordinatore.</translation>
    </message>
    <message>
        <source>Personal data are locked: log in again.</source>
        <translation>I dati personali sono bloccati: accedere di nuovo.</translation>
    </message>
    <message>
        <source>Protected data could not be read: they may have been altered.</source>
        <translation>Impossibile leggere i dati protetti: potrebbero essere stati alterati.</translation>
    </message>
    <message>
        <source>This desk has already been set up.</source>
        <translation>Questo sportello è già stato configurato.</translation>
    </message>
    <message>
        <source>The username &quot;%1&quot; is already in use.</source>
        <translation>Il nome utente &quot;%1&quot; è già in uso.</translation>
    </message>
    <message>
        <source>At least one active coordinator must remain.</source>
        <translation>Deve restare almeno un coordinatore attivo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can only be recorded with the person&apos;s consent to: %2. Record the consent first, or choose the general category.</source>
        <translation>&quot;%1&quot; si può registrare solo con il consenso della persona per: %2. Registrare prima il consenso oppure scegliere la categoria generica.</translation>
    </message>
    <message>
        <source>This needs the person&apos;s consent to: %1. Record the consent first.</source>
        <translation>Serve il consenso della persona per: %1. Registrare prima il consenso.</translation>
    </message>
    <message>
        <source>The person asked not to be contacted.</source>
        <translation>La persona ha chiesto di non essere contattata.</translation>
    </message>
    <message>
        <source>A person with this codice fiscale is already recorded. Open that record instead of creating a new one.</source>
        <translation>È già registrata una persona con questo codice fiscale. Aprire quella scheda invece di crearne una nuova.</translation>
    </message>
    <message>
        <source>The system keychain (where Sportello keeps the key of its database) cannot be reached: %1. On Linux, log in to a desktop session with a keyring (GNOME Keyring or KWallet), then try again.</source>
        <translation>Il portachiavi di sistema (dove Sportello conserva la chiave del suo database) non è raggiungibile: %1. Su Linux, accedere a una sessione desktop con un portachiavi (GNOME Keyring o KWallet), poi riprovare.</translation>
    </message>
    <message>
        <source>The system keychain has no such entry.</source>
        <translation>Il portachiavi di sistema non contiene questa voce.</translation>
    </message>
    <message>
        <source>The key found in the keychain does not open this profile&apos;s database.</source>
        <translation>La chiave trovata nel portachiavi non apre il database di questo profilo.</translation>
    </message>
    <message>
        <source>The database is damaged or has been altered outside Sportello. Restore it from a backup.</source>
        <translation>Il database è danneggiato o è stato modificato fuori da Sportello. Ripristinarlo da una copia di sicurezza.</translation>
    </message>
    <message>
        <source>The key of this profile&apos;s database is not in this computer&apos;s keychain (the profile was copied from another computer, or the keychain was reset). The desk&apos;s recovery key puts it back: start Sportello and type it, or run sportello-cli key restore.</source>
        <translation>La chiave del database di questo profilo non è nel portachiavi di questo computer (il profilo è stato copiato da un altro computer, oppure il portachiavi è stato azzerato). La chiave di recupero dello sportello la ripristina: avviare Sportello e scriverla, oppure eseguire sportello-cli key restore.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MiB, more than any catalogue: nothing was imported.</source>
        <translation>Il file %1 supera %2 MiB, più di qualunque catalogo: non è stato importato nulla.</translation>
    </message>
    <message>
        <source>Change your password before going on: the one you have was set by a coordinator.</source>
        <translation>Cambiare la password prima di proseguire: quella attuale è stata impostata da un coordinatore.</translation>
    </message>
    <message>
        <source>This account&apos;s record was changed outside Sportello, so it cannot be used. A coordinator can check the activity log; the recovery key gives a coordinator access again.</source>
        <translation>I dati di questo account sono stati modificati fuori da Sportello, quindi non può essere usato. Un coordinatore può controllare il registro delle attività; la chiave di recupero restituisce l&apos;accesso a un coordinatore.</translation>
    </message>
    <message>
        <source>People&apos;s records are kept between %1 and %2 months after the last contact.</source>
        <translation>Le schede delle persone si conservano da %1 a %2 mesi dopo l&apos;ultimo contatto.</translation>
    </message>
    <message>
        <source>This desk is not connected to the district network. A coordinator connects it with the address, the token and the certificate from the Ufficio di Piano.</source>
        <translation>Lo sportello non è collegato alla rete del distretto. Un coordinatore lo collega con l&apos;indirizzo, il token e il certificato forniti dall&apos;Ufficio di Piano.</translation>
    </message>
    <message>
        <source>The system keychain, where Sportello keeps the desk&apos;s network token, cannot be reached (%1). Synchronization stays paused and the token was not written anywhere. On Linux, log in to a desktop session with a keyring (GNOME Keyring or KWallet), then try again.</source>
        <translation>Il portachiavi di sistema, dove Sportello conserva il token di rete dello sportello, non è raggiungibile (%1). La sincronizzazione resta in pausa e il token non è stato scritto da nessuna parte. Su Linux, accedere a una sessione desktop con un portachiavi (GNOME Keyring o KWallet), poi riprovare.</translation>
    </message>
    <message>
        <source>The hub address is not valid: it must start with https:// followed by the server&apos;s name, e.g. https://hub.example.it:8443.</source>
        <translation>L&apos;indirizzo dello hub non è valido: deve iniziare con https:// seguito dal nome del server, per esempio https://hub.example.it:8443.</translation>
    </message>
    <message>
        <source>Give the district&apos;s certificate (the ca.pem file) or the hub&apos;s key fingerprint (sha256/…): without one of them the desk cannot tell the real hub from an impostor.</source>
        <translation>Indicare il certificato del distretto (il file ca.pem) oppure l&apos;impronta della chiave dello hub (sha256/…): senza uno dei due lo sportello non può distinguere lo hub vero da un impostore.</translation>
    </message>
    <message>
        <source>The token is not valid: it starts with sph1_ and is 48 characters long. Copy it again from the sheet the Ufficio di Piano gave you.</source>
        <translation>Il token non è valido: inizia con sph1_ ed è lungo 48 caratteri. Ricopiarlo dal foglio consegnato dall&apos;Ufficio di Piano.</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Check the internet connection; what is waiting will be sent automatically as soon as the hub answers.</source>
        <translation>Lo hub non è raggiungibile. Controllare la connessione a internet; ciò che è in attesa sarà inviato automaticamente appena lo hub risponde.</translation>
    </message>
    <message>
        <source>The hub did not answer in time. What is waiting will be sent automatically later.</source>
        <translation>Lo hub non ha risposto in tempo. Ciò che è in attesa sarà inviato automaticamente più tardi.</translation>
    </message>
    <message>
        <source>The server that answered is not the district&apos;s hub, or its certificate is not the one this desk trusts. Nothing was sent. Ask the Ufficio di Piano (details: %1).</source>
        <translation>Il server che ha risposto non è lo hub del distretto, oppure il suo certificato non è quello di cui lo sportello si fida. Non è stato inviato nulla. Rivolgersi all&apos;Ufficio di Piano (dettagli: %1).</translation>
    </message>
    <message>
        <source>The hub no longer accepts this desk&apos;s token (revoked or replaced). Synchronization is paused: a coordinator must connect the desk again with a new token. Nothing is lost.</source>
        <translation>Lo hub non accetta più il token dello sportello (revocato o sostituito). La sincronizzazione è in pausa: un coordinatore deve ricollegare lo sportello con un nuovo token. Non si perde nulla.</translation>
    </message>
    <message>
        <source>The network&apos;s proxy asks for a user name and password. Synchronization is paused; nothing is lost.</source>
        <translation>Il proxy della rete chiede nome utente e password. La sincronizzazione è in pausa; non si perde nulla.</translation>
    </message>
    <message>
        <source>The network answered with a web page instead of the hub (a Wi-Fi that wants a login in the browser?). What is waiting will be sent later.</source>
        <translation>La rete ha risposto con una pagina web invece dello hub (un Wi-Fi che chiede l&apos;accesso nel browser?). Ciò che è in attesa sarà inviato più tardi.</translation>
    </message>
    <message>
        <source>The hub&apos;s answer could not be read. What is waiting will be sent later.</source>
        <translation>Impossibile leggere la risposta dello hub. Ciò che è in attesa sarà inviato più tardi.</translation>
    </message>
    <message>
        <source>The hub is busy and asked to wait %1 seconds. What is waiting will be sent then.</source>
        <translation>Lo hub è occupato e ha chiesto di attendere %1 secondi. Ciò che è in attesa sarà inviato allora.</translation>
    </message>
    <message>
        <source>The hub is busy. What is waiting will be sent later.</source>
        <translation>Lo hub è occupato. Ciò che è in attesa sarà inviato più tardi.</translation>
    </message>
    <message>
        <source>The hub had an internal problem (HTTP %1). What is waiting will be sent later.</source>
        <translation>Lo hub ha avuto un problema interno (HTTP %1). Ciò che è in attesa sarà inviato più tardi.</translation>
    </message>
    <message>
        <source>The hub refused the request (%1 %2).</source>
        <translation>Lo hub ha respinto la richiesta (%1 %2).</translation>
    </message>
    <message>
        <source>The hub&apos;s address sends elsewhere; Sportello does not follow it, so the token is not sent to another server. Ask the Ufficio di Piano for the right address.</source>
        <translation>L&apos;indirizzo dello hub rimanda altrove; Sportello non segue il rinvio, così il token non viene inviato a un altro server. Chiedere all&apos;Ufficio di Piano l&apos;indirizzo giusto.</translation>
    </message>
    <message>
        <source>The shared catalogue received is not signed by the district&apos;s key: it was not applied, and the desk&apos;s catalogue is unchanged.</source>
        <translation>Il catalogo condiviso ricevuto non è firmato con la chiave del distretto: non è stato applicato e il catalogo dello sportello è invariato.</translation>
    </message>
    <message>
        <source>This computer&apos;s date (%3) is outside the validity of the hub&apos;s certificate (from %1 to %2). If the computer&apos;s date or time is wrong, correct it, then synchronize again; if it is right, the certificate must be renewed: tell the Ufficio di Piano. Nothing was sent.</source>
        <translation>La data di questo computer (%3) è fuori dalla validità del certificato dello hub (dal %1 al %2). Se la data o l&apos;ora del computer sono sbagliate, correggerle e poi sincronizzare di nuovo; se sono giuste, il certificato va rinnovato: avvisare l&apos;Ufficio di Piano. Non è stato inviato nulla.</translation>
    </message>
    <message>
        <source>This entry comes from the district&apos;s shared catalogue and only the Ufficio di Piano changes it. If it is wrong or out of date, report it from the entry.</source>
        <translation>Questa scheda viene dal catalogo condiviso del distretto e solo l&apos;Ufficio di Piano la modifica. Se è sbagliata o non aggiornata, segnalarlo dalla scheda.</translation>
    </message>
    <message>
        <source>The hub gives the district report only to the desks of the network&apos;s coordinators, and this desk is not one of them. Ask the Ufficio di Piano.</source>
        <translation>Lo hub dà il rapporto di distretto solo agli sportelli dei coordinatori della rete, e questo sportello non è tra questi. Rivolgersi all&apos;Ufficio di Piano.</translation>
    </message>
    <message>
        <source>The file %1 is not a Sportello backup, or it is damaged or incomplete. Try another backup.</source>
        <translation>Il file %1 non è un backup di Sportello, oppure è danneggiato o incompleto. Provare con un altro backup.</translation>
    </message>
    <message>
        <source>The folder %1 already holds a Sportello profile. A backup is restored only into a new, empty profile: choose another folder.</source>
        <translation>La cartella %1 contiene già un profilo di Sportello. Un backup si ripristina solo in un profilo nuovo e vuoto: scegliere un&apos;altra cartella.</translation>
    </message>
    <message>
        <source>The backup folder %1 is not there. If it is on a USB stick, insert the stick and try again.</source>
        <translation>La cartella dei backup %1 non c&apos;è. Se è su una chiavetta USB, inserire la chiavetta e riprovare.</translation>
    </message>
</context>
<context>
    <name>PdfSaving</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file %1 already exists. Replace it?</source>
        <translation>Il file %1 esiste già. Sostituirlo?</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Non è stato possibile scrivere il PDF in %1.</translation>
    </message>
    <message>
        <source>%1 looks like a folder copied to a cloud service (OneDrive, Dropbox, Nextcloud…): a document saved there leaves this computer and stays in the service&apos;s history even after it is deleted here. Save it there anyway?</source>
        <translation>%1 sembra una cartella copiata su un servizio cloud (OneDrive, Dropbox, Nextcloud…): un documento salvato lì esce da questo computer e resta nella cronologia del servizio anche dopo essere stato eliminato qui. Salvarlo comunque lì?</translation>
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
        <translation>Registrazione dei dati personali</translation>
    </message>
    <message>
        <source>Special-category data (health, disability, addiction, justice)</source>
        <translation>Dati particolari (salute, disabilità, dipendenze, giustizia)</translation>
    </message>
    <message>
        <source>Identified referral to Social Services</source>
        <translation>Segnalazione nominativa ai Servizi sociali</translation>
    </message>
    <message>
        <source>Contact by phone</source>
        <translation>Contatto telefonico</translation>
    </message>
    <message>
        <source>Signed form</source>
        <translation>Modulo di consenso firmato</translation>
    </message>
    <message>
        <source>Verbal, with the scripted text</source>
        <translation>Verbale, con il testo letto</translation>
    </message>
    <message>
        <source>The codice fiscale is empty.</source>
        <translation>Il codice fiscale è vuoto.</translation>
    </message>
    <message>
        <source>A codice fiscale has 16 characters.</source>
        <translation>Il codice fiscale è composto da 16 caratteri.</translation>
    </message>
    <message>
        <source>The codice fiscale has letters and digits in the wrong places.</source>
        <translation>Nel codice fiscale lettere e cifre non sono nelle posizioni giuste.</translation>
    </message>
    <message>
        <source>The birth date in the codice fiscale does not exist.</source>
        <translation>La data di nascita contenuta nel codice fiscale non esiste.</translation>
    </message>
    <message>
        <source>The last character of the codice fiscale does not match: there is a typing mistake.</source>
        <translation>L&apos;ultimo carattere del codice fiscale non corrisponde: c&apos;è un errore di battitura.</translation>
    </message>
    <message>
        <source>The codice fiscale is not valid.</source>
        <translation>Il codice fiscale non è valido.</translation>
    </message>
    <message>
        <source>Enter at least the given or the family name.</source>
        <translation>Inserire almeno il nome o il cognome.</translation>
    </message>
    <message>
        <source>The year of birth %1 is not plausible.</source>
        <translation>L&apos;anno di nascita %1 non è plausibile.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>L&apos;indirizzo e-mail non è valido.</translation>
    </message>
    <message>
        <source>The phone number may contain only digits, spaces and a leading +.</source>
        <translation>Il numero di telefono può contenere solo cifre, spazi e un + iniziale.</translation>
    </message>
    <message>
        <source>The number of minors must be smaller than the household size.</source>
        <translation>Il numero dei minori deve essere inferiore al numero dei componenti del nucleo familiare.</translation>
    </message>
    <message>
        <source>Describe the &quot;other&quot; need in a few words.</source>
        <translation>Descrivere in poche parole il bisogno &quot;altro&quot;.</translation>
    </message>
    <message>
        <source>Digital-facilitation details belong only to digital-facilitation sessions.</source>
        <translation>I dettagli della facilitazione digitale vanno indicati solo nei colloqui di facilitazione digitale.</translation>
    </message>
    <message>
        <source>Choose the kind of digital facilitation.</source>
        <translation>Scegliere il tipo di facilitazione digitale.</translation>
    </message>
    <message>
        <source>Say why the digital goal was not reached.</source>
        <translation>Indicare perché l&apos;obiettivo digitale non è stato raggiunto.</translation>
    </message>
    <message>
        <source>The service %1 is no longer in the catalogue.</source>
        <translation>Il servizio %1 non è più nel catalogo.</translation>
    </message>
    <message>
        <source>The follow-up date must be today or later.</source>
        <translation>La data del ricontatto deve essere oggi o successiva.</translation>
    </message>
    <message>
        <source>The duration must be between 0 and 1440 minutes.</source>
        <translation>La durata deve essere compresa tra 0 e 1440 minuti.</translation>
    </message>
    <message>
        <source>Neighbourhood board (requests and offers of help)</source>
        <translation>Bacheca di prossimità (richieste e offerte di aiuto)</translation>
    </message>
</context>
<context>
    <name>RecoveryKeySheet</name>
    <message>
        <source>Sportello — recovery key</source>
        <translation>Sportello — chiave di recupero</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Sportello: %1</translation>
    </message>
    <message>
        <source>With this key a coordinator can open the desk&apos;s data when every password is lost. Keep it in a locked drawer or safe, never on the computer.</source>
        <translation>Con questa chiave un coordinatore può riaprire i dati dello sportello se tutte le password sono perse. Conservarla in un cassetto chiuso a chiave o in cassaforte, mai sul computer.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Salva la chiave di recupero</translation>
    </message>
    <message>
        <source>A recovery key saved on this computer opens the desk&apos;s data for anyone who takes or copies the computer. Save it only to a USB stick that is then kept locked away, and print it rather than keep the file. Save it anyway?</source>
        <translation>Una chiave di recupero salvata su questo computer apre i dati dello sportello a chiunque prenda o copi il computer. Salvarla solo su una chiavetta USB da tenere poi sotto chiave, e preferire la stampa alla conservazione del file. Salvarla comunque?</translation>
    </message>
</context>
<context>
    <name>ReferralActions</name>
    <message>
        <source>Referral letter</source>
        <translation>Lettera di segnalazione</translation>
    </message>
    <message>
        <source>The person&apos;s consent to send an identified referral is not recorded. Record it on the person&apos;s page first; no letter was written.</source>
        <translation>Il consenso della persona alla segnalazione nominativa non è registrato. Registralo prima nella pagina della persona; nessuna lettera è stata scritta.</translation>
    </message>
</context>
<context>
    <name>ReferralLetter</name>
    <message>
        <source>To:</source>
        <translation>Alla cortese attenzione di:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>place, date</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Subject: Referral</source>
        <translation>Oggetto: Segnalazione</translation>
    </message>
    <message>
        <source>(reference %1)</source>
        <translation>(riferimento %1)</translation>
    </message>
    <message>
        <source>URGENT: please deal with it today.</source>
        <translation>URGENTE: si prega di trattarla in giornata.</translation>
    </message>
    <message>
        <source>With the consent of the person concerned, we refer to you the situation described below, which came to our desk.</source>
        <translation>Con il consenso della persona interessata, vi segnaliamo la situazione descritta di seguito, giunta al nostro sportello.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Anno di nascita</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>The person asked not to be contacted directly: please get in touch through our desk.</source>
        <translation>La persona ha chiesto di non essere contattata direttamente: vi preghiamo di passare tramite il nostro sportello.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Prefers to be contacted by</source>
        <translation>Preferisce essere contattata via</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bisogni</translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation>Motivo della segnalazione</translation>
    </message>
    <message>
        <source>Urgency and answer</source>
        <translation>Urgenza e riscontro</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgenza</translation>
    </message>
    <message>
        <source>Answer expected by</source>
        <translation>Riscontro atteso entro</translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation>Codice della segnalazione</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>The person gave the consent to: %1, on %2 (%3), on the privacy notice version %4.</source>
        <translation>La persona ha dato il consenso a: %1, il %2 (%3), sull&apos;informativa privacy versione %4.</translation>
    </message>
    <message>
        <source>Please let us know whether the person has been taken on, quoting the referral code. Thank you for your cooperation.</source>
        <translation>Vi preghiamo di comunicarci l&apos;eventuale presa in carico, citando il codice della segnalazione. Grazie per la collaborazione.</translation>
    </message>
    <message>
        <source>The operator</source>
        <translation>L&apos;operatore o l&apos;operatrice</translation>
    </message>
    <message>
        <source>Referral %1</source>
        <translation>Segnalazione %1</translation>
    </message>
    <message>
        <source>Referral %1 · page %2 of %3</source>
        <translation>Segnalazione %1 · pagina %2 di %3</translation>
    </message>
</context>
<context>
    <name>ReferralText</name>
    <message>
        <source>Social services of the Comune (case take-over)</source>
        <translation>Servizi sociali del Comune (presa in carico)</translation>
    </message>
    <message>
        <source>Professional social front desk of the Comune</source>
        <translation>Segretariato sociale professionale del Comune</translation>
    </message>
    <message>
        <source>Child and family protection service (Ambito)</source>
        <translation>Servizio tutela minori e famiglia (Ambito)</translation>
    </message>
    <message>
        <source>Social emergency service (PIS)</source>
        <translation>Pronto intervento sociale (PIS)</translation>
    </message>
    <message>
        <source>PUA / Casa di Comunità (ASST)</source>
        <translation>PUA / Casa di Comunità (ASST)</translation>
    </message>
    <message>
        <source>Specialist health services of the ASST (CPS, SerD, NPIA, family clinic)</source>
        <translation>Servizi specialistici ASST (CPS, SerD, NPIA, Consultorio)</translation>
    </message>
    <message>
        <source>GP / paediatrician</source>
        <translation>Medico di medicina generale / pediatra</translation>
    </message>
    <message>
        <source>Job centre (CPI) / SIISL</source>
        <translation>Centro per l&apos;Impiego (CPI) / SIISL</translation>
    </message>
    <message>
        <source>INPS (office or contact centre)</source>
        <translation>INPS (sede o contact center)</translation>
    </message>
    <message>
        <source>CAF (ISEE/DSU, 730, bonuses)</source>
        <translation>CAF (ISEE/DSU, 730, bonus)</translation>
    </message>
    <message>
        <source>Patronato (ADI, disability, pensions, permits)</source>
        <translation>Patronato (ADI, invalidità, pensioni, permessi)</translation>
    </message>
    <message>
        <source>Housing office / ALER / SAP</source>
        <translation>Ufficio casa / ALER / SAP</translation>
    </message>
    <message>
        <source>Anti-violence centre or network</source>
        <translation>Centro o rete antiviolenza</translation>
    </message>
    <message>
        <source>Caritas listening centre / social grocery / canteen</source>
        <translation>Centro di ascolto Caritas / emporio / mensa</translation>
    </message>
    <message>
        <source>Other third-sector body or association</source>
        <translation>Altro ETS o associazione</translation>
    </message>
    <message>
        <source>Legal or migrants&apos; desk / support administrator</source>
        <translation>Sportello legale o stranieri / amministratore di sostegno</translation>
    </message>
    <message>
        <source>Digital facilitation point</source>
        <translation>Punto di facilitazione digitale</translation>
    </message>
    <message>
        <source>Other destination</source>
        <translation>Altra destinazione</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviata</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuta</translation>
    </message>
    <message>
        <source>Under assessment</source>
        <translation>In valutazione</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Presa in carico</translation>
    </message>
    <message>
        <source>Not taken on</source>
        <translation>Non presa in carico</translation>
    </message>
    <message>
        <source>Redirected</source>
        <translation>Reindirizzata</translation>
    </message>
    <message>
        <source>Returned as incomplete</source>
        <translation>Respinta perché incompleta</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiusa</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Ordinaria</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritaria</translation>
    </message>
    <message>
        <source>Urgent (same day)</source>
        <translation>Urgente (in giornata)</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Non in possesso dei requisiti</translation>
    </message>
    <message>
        <source>Not the right office</source>
        <translation>Ufficio non competente</translation>
    </message>
    <message>
        <source>Already followed by the service</source>
        <translation>Già seguita dal servizio</translation>
    </message>
    <message>
        <source>The person declined</source>
        <translation>La persona ha rifiutato</translation>
    </message>
    <message>
        <source>The person could not be reached</source>
        <translation>Persona non raggiungibile</translation>
    </message>
    <message>
        <source>By PEC (certified e-mail)</source>
        <translation>Via PEC</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>Via e-mail</translation>
    </message>
    <message>
        <source>Through the online portal</source>
        <translation>Tramite portale online</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Per telefono</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Di persona</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consenso revocato</translation>
    </message>
    <message>
        <source>The person solved it</source>
        <translation>La persona ha risolto da sé</translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation>Non più necessaria</translation>
    </message>
    <message>
        <source>Recorded by mistake</source>
        <translation>Registrata per errore</translation>
    </message>
    <message>
        <source>Documents missing</source>
        <translation>Documenti mancanti</translation>
    </message>
    <message>
        <source>Information missing</source>
        <translation>Informazioni mancanti</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Risolta</translation>
    </message>
    <message>
        <source>Partly resolved</source>
        <translation>Parzialmente risolta</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Non risolta</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Esito sconosciuto</translation>
    </message>
    <message>
        <source>Sent referral</source>
        <translation>Segnalazione inviata</translation>
    </message>
    <message>
        <source>Logged only</source>
        <translation>Solo registrata</translation>
    </message>
    <message>
        <source>The desk sends the referral to the destination and follows it up until there is an answer.</source>
        <translation>Lo sportello invia la segnalazione alla destinazione e la segue finché non arriva una risposta.</translation>
    </message>
    <message>
        <source>The person was given the next steps and goes on their own: nothing is sent, the referral is only counted.</source>
        <translation>Alla persona sono stati indicati i passi successivi e procede da sola: non si invia nulla, la segnalazione viene solo conteggiata.</translation>
    </message>
    <message>
        <source>Choose where the referral goes.</source>
        <translation>Scegli dove va la segnalazione.</translation>
    </message>
    <message>
        <source>Choose how urgent the referral is.</source>
        <translation>Scegli l&apos;urgenza della segnalazione.</translation>
    </message>
    <message>
        <source>The need &quot;%1&quot; cannot be part of a referral.</source>
        <translation>Il bisogno &quot;%1&quot; non può far parte di una segnalazione.</translation>
    </message>
    <message>
        <source>This referral is for an anonymous walk-in: a letter needs a recorded person.</source>
        <translation>Questa segnalazione riguarda un accesso anonimo: la lettera richiede una persona registrata.</translation>
    </message>
    <message>
        <source>A logged referral was not sent: its state does not change.</source>
        <translation>Una segnalazione solo registrata non è stata inviata: il suo stato non cambia.</translation>
    </message>
    <message>
        <source>The referral cannot move to that state from where it is now.</source>
        <translation>La segnalazione non può passare a quello stato da quello attuale.</translation>
    </message>
    <message>
        <source>Choose a reason for this step.</source>
        <translation>Scegli un motivo per questo passaggio.</translation>
    </message>
    <message>
        <source>Choose how the referral ended.</source>
        <translation>Scegli com&apos;è finita la segnalazione.</translation>
    </message>
</context>
<context>
    <name>ReportCsv</name>
    <message>
        <source>Desk report</source>
        <translation>Rapporto dello sportello</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Periodo precedente</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Colloqui</translation>
    </message>
    <message>
        <source>With a person on record</source>
        <translation>Con una persona registrata</translation>
    </message>
    <message>
        <source>Anonymous walk-ins</source>
        <translation>Accessi anonimi</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>Persone incontrate</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuove</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Già incontrate</translation>
    </message>
    <message>
        <source>Referrals and follow-ups</source>
        <translation>Segnalazioni e ricontatti</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Segnalazioni</translation>
    </message>
    <message>
        <source>Sent and still without an answer</source>
        <translation>Inviate e ancora senza risposta</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Ricontatti fatti</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Ricontatti scaduti</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>Median days from sending to take-over</source>
        <translation>Giorni mediani dall&apos;invio alla presa in carico</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Needs without an answer</source>
        <translation>Bisogni senza risposta</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <source>Needs by Caritas macro-voce</source>
        <translation>Bisogni per macro-voce Caritas</translation>
    </message>
    <message>
        <source>Caritas macro-voce</source>
        <translation>Macro-voce Caritas</translation>
    </message>
    <message>
        <source>Total (a person once per macro-voce)</source>
        <translation>Totale (una persona una volta per macro-voce)</translation>
    </message>
    <message>
        <source>Digital facilitation</source>
        <translation>Facilitazione digitale</translation>
    </message>
    <message>
        <source>&quot;*&quot;: not shown, to protect the people counted: a count from 1 to %1, or a count hidden so that such a count cannot be worked out from the totals.</source>
        <translation>&quot;*&quot;: non mostrato, per proteggere le persone contate: un conteggio da 1 a %1, oppure un conteggio nascosto perché un tale conteggio non si possa ricavare dai totali.</translation>
    </message>
    <message>
        <source>Other needs and comuni, each with fewer than %1 people</source>
        <translation>Altri bisogni e comuni, ciascuno con meno di %1 persone</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a median of fewer than %2 referrals, not shown.</source>
        <translation>&quot;%1&quot;: mediana di meno di %2 segnalazioni, non mostrata.</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Desk report</source>
        <translation>Rapporto dello sportello</translation>
    </message>
    <message>
        <source>Produced on %1 by Sportello.</source>
        <translation>Prodotto il %1 con Sportello.</translation>
    </message>
    <message>
        <source>Period %1, compared with %2.</source>
        <translation>Periodo %1, confrontato con %2.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Sessions by type</source>
        <translation>Colloqui per tipo</translation>
    </message>
    <message>
        <source>Sessions by channel</source>
        <translation>Colloqui per canale</translation>
    </message>
    <message>
        <source>Sessions by month</source>
        <translation>Colloqui per mese</translation>
    </message>
    <message>
        <source>Needs by area</source>
        <translation>Bisogni per area</translation>
    </message>
    <message>
        <source>Needs in detail</source>
        <translation>Bisogni in dettaglio</translation>
    </message>
    <message>
        <source>Services suggested most</source>
        <translation>Servizi più indicati</translation>
    </message>
    <message>
        <source>Categories of the services suggested</source>
        <translation>Categorie dei servizi indicati</translation>
    </message>
    <message>
        <source>Referrals by destination</source>
        <translation>Segnalazioni per destinatario</translation>
    </message>
    <message>
        <source>Referrals sent, by state</source>
        <translation>Segnalazioni inviate, per stato</translation>
    </message>
    <message>
        <source>Referrals by final outcome</source>
        <translation>Segnalazioni per esito finale</translation>
    </message>
    <message>
        <source>Digital facilitation by area</source>
        <translation>Facilitazione digitale per ambito</translation>
    </message>
    <message>
        <source>Digital facilitation by kind</source>
        <translation>Facilitazione digitale per tipo</translation>
    </message>
    <message>
        <source>Digital facilitation: goal reached</source>
        <translation>Facilitazione digitale: obiettivo raggiunto</translation>
    </message>
    <message>
        <source>People by age band</source>
        <translation>Persone per fascia d&apos;età</translation>
    </message>
    <message>
        <source>People by gender</source>
        <translation>Persone per genere</translation>
    </message>
    <message>
        <source>People by citizenship</source>
        <translation>Persone per cittadinanza</translation>
    </message>
    <message>
        <source>People by comune of residence</source>
        <translation>Persone per comune di residenza</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Raggiunto</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Non raggiunto</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Non nota</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Not known (anonymous walk-ins)</source>
        <translation>Non noto (accessi anonimi)</translation>
    </message>
    <message>
        <source>no service for it in the catalogue for this comune, and no answer available</source>
        <translation>nessun servizio del catalogo per questo comune, e nessuna risposta disponibile</translation>
    </message>
    <message>
        <source>no service for it in the catalogue for this comune</source>
        <translation>nessun servizio del catalogo per questo comune</translation>
    </message>
    <message>
        <source>no answer available at the session</source>
        <translation>nessuna risposta disponibile al colloquio</translation>
    </message>
    <message>
        <source>People by sex</source>
        <translation>Persone per sesso</translation>
    </message>
    <message>
        <source>People by education</source>
        <translation>Persone per titolo di studio</translation>
    </message>
    <message>
        <source>People by employment</source>
        <translation>Persone per condizione occupazionale</translation>
    </message>
    <message>
        <source>Sessions by type of service</source>
        <translation>Colloqui per tipo di servizio</translation>
    </message>
    <message>
        <source>Sessions by area</source>
        <translation>Colloqui per ambito</translation>
    </message>
</context>
<context>
    <name>SecurityText</name>
    <message>
        <source>volunteer operator</source>
        <translation>operatore volontario</translation>
    </message>
    <message>
        <source>digital facilitator</source>
        <translation>facilitatore digitale</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinatore</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>La password deve avere almeno %1 caratteri.</translation>
    </message>
    <message>
        <source>This password is too common: it is on the list of passwords that attackers try first. Choose a longer phrase.</source>
        <translation>Questa password è troppo comune: è nell&apos;elenco delle password che gli attaccanti provano per prime. Scegliere una frase più lunga.</translation>
    </message>
    <message>
        <source>The password must not be the username.</source>
        <translation>La password non deve essere il nome utente.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>La nuova password deve essere diversa da quella attuale.</translation>
    </message>
    <message>
        <source>The password cannot be checked: the list of common passwords is missing from this installation. Reinstall Sportello.</source>
        <translation>Impossibile verificare la password: in questa installazione manca l&apos;elenco delle password comuni. Reinstallare Sportello.</translation>
    </message>
    <message>
        <source>Choose a less predictable password: this one is easy to guess. Avoid the names of the desk, its organization and its comune, your own name, keyboard sequences (qwerty) and years; a phrase of four or five unrelated words is safer.</source>
        <translation>Scegliere una password meno prevedibile: questa è facile da indovinare. Evitare i nomi dello sportello, dell&apos;ente e del comune, il proprio nome, le sequenze di tastiera (qwerty) e gli anni; una frase di quattro o cinque parole scollegate è più sicura.</translation>
    </message>
</context>
<context>
    <name>Serve</name>
    <message>
        <source>Give the address to listen on as ADDRESS:PORT, e.g. 127.0.0.1:8443.</source>
        <translation>Indicare l&apos;indirizzo di ascolto come INDIRIZZO:PORTA, per esempio 127.0.0.1:8443.</translation>
    </message>
    <message>
        <source>%1 holds no hub: run sportello-hub init first.</source>
        <translation>%1 non contiene uno hub: eseguire prima sportello-hub init.</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate or key cannot be read (%1, %2).</source>
        <translation>Impossibile leggere il certificato o la chiave dello hub (%1, %2).</translation>
    </message>
    <message>
        <source>The hub&apos;s database cannot be opened.</source>
        <translation>Impossibile aprire il database dello hub.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Dettagli: %1</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Impossibile restare in ascolto su %1: %2</translation>
    </message>
    <message>
        <source>Hub stopped.</source>
        <translation>Hub fermato.</translation>
    </message>
    <message>
        <source>The catalogue signing key cannot be read (%1).</source>
        <translation>Impossibile leggere la chiave di firma del catalogo (%1).</translation>
    </message>
</context>
<context>
    <name>ServiceHtml</name>
    <message>
        <source>Temporarily closed</source>
        <translation>Temporaneamente chiuso</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Cessato</translation>
    </message>
    <message>
        <source>Call open</source>
        <translation>Bando aperto</translation>
    </message>
    <message>
        <source>Call closed</source>
        <translation>Bando chiuso</translation>
    </message>
    <message>
        <source>Automatic: no application</source>
        <translation>Automatico: non serve la domanda</translation>
    </message>
    <message>
        <source>Not verified for 12+ months</source>
        <translation>Non verificato da oltre 12 mesi</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratuito</translation>
    </message>
    <message>
        <source>Demo data (dati dimostrativi): addresses, hours and phone numbers of this entry are made up.</source>
        <translation>Dati dimostrativi: indirizzi, orari e telefoni di questa scheda sono inventati.</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Che cos&apos;è</translation>
    </message>
    <message>
        <source>Age %1 to %2</source>
        <translation>Età da %1 a %2 anni</translation>
    </message>
    <message>
        <source>Age %1 or more</source>
        <translation>Età da %1 anni in su</translation>
    </message>
    <message>
        <source>Age up to %1</source>
        <translation>Età fino a %1 anni</translation>
    </message>
    <message>
        <source>Residents of %1</source>
        <translation>Residenti a %1</translation>
    </message>
    <message>
        <source>%1 up to %2 (from %3)</source>
        <translation>%1 fino a %2 (dal %3)</translation>
    </message>
    <message>
        <source>up to %1 with %2 or more dependent children</source>
        <translation>fino a %1 con %2 o più figli a carico</translation>
    </message>
    <message>
        <source>Household with %1</source>
        <translation>Nucleo con %1</translation>
    </message>
    <message>
        <source>Household of at least %1 people</source>
        <translation>Nucleo di almeno %1 persone</translation>
    </message>
    <message>
        <source>Non-EU citizens need a valid residence permit</source>
        <translation>I cittadini extra UE devono avere un permesso di soggiorno valido</translation>
    </message>
    <message>
        <source>Who can have it</source>
        <translation>Chi può averlo</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Documenti da portare</translation>
    </message>
    <message>
        <source>Needed before applying</source>
        <translation>Serve prima di fare domanda</translation>
    </message>
    <message>
        <source>No application is needed: it is granted automatically.</source>
        <translation>Non serve fare domanda: viene riconosciuto in automatico.</translation>
    </message>
    <message>
        <source>Applications from %1 to %2</source>
        <translation>Domande dal %1 al %2</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>Come fare domanda</translation>
    </message>
    <message>
        <source>Confidential address: not shown or printed.</source>
        <translation>Indirizzo riservato: non viene mostrato né stampato.</translation>
    </message>
    <message>
        <source>Accessibility: %1</source>
        <translation>Accessibilità: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefono: %1</translation>
    </message>
    <message>
        <source>Today: closed</source>
        <translation>Oggi: chiuso</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Oggi: %1</translation>
    </message>
    <message>
        <source>(valid %1–%2)</source>
        <translation>(valido %1–%2)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>chiuso</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Where and when</source>
        <translation>Dove e quando</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Lingue parlate</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fonte: %1</translation>
    </message>
    <message>
        <source>Verified on %1 by %2</source>
        <translation>Verificato il %1 da %2</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>Mai verificato</translation>
    </message>
    <message>
        <source>Source and verification</source>
        <translation>Fonte e verifica</translation>
    </message>
    <message>
        <source>Waiting time: %1</source>
        <translation>Tempi di attesa: %1</translation>
    </message>
    <message>
        <source>Interpreting: %1</source>
        <translation>Interpretariato: %1</translation>
    </message>
    <message>
        <source>From the district&apos;s shared catalogue (rete): only the Ufficio di Piano changes it.</source>
        <translation>Dal catalogo condiviso del distretto (rete): solo l&apos;Ufficio di Piano la modifica.</translation>
    </message>
</context>
<context>
    <name>SubjectAccessDocument</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Anno di nascita</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Sesso</translation>
    </message>
    <message>
        <source>Comune of residence</source>
        <translation>Comune di residenza</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Cittadinanza</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Nucleo familiare</translation>
    </message>
    <message>
        <source>People in the household</source>
        <translation>Persone nel nucleo</translation>
    </message>
    <message>
        <source>Minors in the household</source>
        <translation>Minori nel nucleo</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Problemi di occupazione / lavoro</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Istruzione e formazione</translation>
    </message>
    <message>
        <source>Language of the handouts</source>
        <translation>Lingua dei fogli informativi</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>How to contact</source>
        <translation>Come contattare</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Registrata il</translation>
    </message>
    <message>
        <source>Last changed on</source>
        <translation>Ultima modifica il</translation>
    </message>
    <message>
        <source>The record</source>
        <translation>La scheda</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consensi</translation>
    </message>
    <message>
        <source>No consent is recorded.</source>
        <translation>Nessun consenso registrato.</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Dato il</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <source>Privacy notice version</source>
        <translation>Versione dell&apos;informativa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in vigore</translation>
    </message>
    <message>
        <source>revoked on %1</source>
        <translation>revocato il %1</translation>
    </message>
    <message>
        <source>Meetings at the desk</source>
        <translation>Colloqui allo sportello</translation>
    </message>
    <message>
        <source>No meeting is recorded.</source>
        <translation>Nessun colloquio registrato.</translation>
    </message>
    <message>
        <source>Came through</source>
        <translation>Arrivata tramite</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minuti</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bisogni</translation>
    </message>
    <message>
        <source>Other need</source>
        <translation>Altro bisogno</translation>
    </message>
    <message>
        <source>Services suggested</source>
        <translation>Servizi suggeriti</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Esiti</translation>
    </message>
    <message>
        <source>Digital facilitation</source>
        <translation>Facilitazione digitale</translation>
    </message>
    <message>
        <source>Services used</source>
        <translation>Servizi usati</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prossimo passo</translation>
    </message>
    <message>
        <source>Calls back</source>
        <translation>Richiami</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Fatto il</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Note on the outcome</source>
        <translation>Nota sull&apos;esito</translation>
    </message>
    <message>
        <source>Due on %1</source>
        <translation>Da fare entro il %1</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Segnalazioni</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgenza</translation>
    </message>
    <message>
        <source>Note for the destination</source>
        <translation>Nota per la destinazione</translation>
    </message>
    <message>
        <source>Final outcome</source>
        <translation>Esito finale</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Creata il</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Storia</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>codice %1</translation>
    </message>
    <message>
        <source>the record</source>
        <translation>la scheda</translation>
    </message>
    <message>
        <source>a consent</source>
        <translation>un consenso</translation>
    </message>
    <message>
        <source>the consent form</source>
        <translation>il modulo del consenso</translation>
    </message>
    <message>
        <source>a meeting</source>
        <translation>un colloquio</translation>
    </message>
    <message>
        <source>a call back</source>
        <translation>un richiamo</translation>
    </message>
    <message>
        <source>a referral</source>
        <translation>una segnalazione</translation>
    </message>
    <message>
        <source>a copy of these data</source>
        <translation>una copia di questi dati</translation>
    </message>
    <message>
        <source>Who consulted or changed these data</source>
        <translation>Chi ha consultato o modificato questi dati</translation>
    </message>
    <message>
        <source>Every opening, change and export of these data is recorded in the desk&apos;s audit log, by a member of the desk&apos;s staff.</source>
        <translation>Ogni apertura, modifica ed esportazione di questi dati, fatta da un operatore dello sportello, è registrata nel registro delle attività dello sportello.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Personal data held by %1</source>
        <translation>Dati personali conservati da %1</translation>
    </message>
    <message>
        <source>Prepared on %1 for %2, who asked for a copy of their data (articles 15 and 20 of the GDPR). A file with the same content in JSON format, for use with other programs, comes with this document.</source>
        <translation>Preparato il %1 per %2, che ha chiesto una copia dei propri dati (articoli 15 e 20 del GDPR). Insieme a questo documento viene consegnato un file con lo stesso contenuto in formato JSON, da usare con altri programmi.</translation>
    </message>
    <message>
        <source>How long these data are kept</source>
        <translation>Per quanto tempo sono conservati questi dati</translation>
    </message>
    <message numerus="yes">
        <source>The desk keeps a person&apos;s data for %n month(s) after the last contact. The last contact was on %1: unless there is a new one, these data will be removed on %2. Meetings and referrals then stay in the statistics without the person.</source>
        <translation>
            <numerusform>Lo sportello conserva i dati di una persona per %n mese dopo l&apos;ultimo contatto. L&apos;ultimo contatto è stato il %1: salvo un nuovo contatto, questi dati saranno cancellati il %2. Colloqui e segnalazioni restano poi nelle statistiche senza la persona.</numerusform>
            <numerusform>Lo sportello conserva i dati di una persona per %n mesi dopo l&apos;ultimo contatto. L&apos;ultimo contatto è stato il %1: salvo un nuovo contatto, questi dati saranno cancellati il %2. Colloqui e segnalazioni restano poi nelle statistiche senza la persona.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>I suoi diritti</translation>
    </message>
    <message>
        <source>You can ask the desk to correct these data, to erase them, to limit their use or to withdraw any consent at any time. Data sent to the district hub contain no name, no codice fiscale, no contact and no notes. You can also lodge a complaint with the Garante per la protezione dei dati personali (www.garanteprivacy.it).</source>
        <translation>In ogni momento può chiedere allo sportello di correggere questi dati, di cancellarli, di limitarne l&apos;uso o di revocare un consenso. I dati inviati allo hub distrettuale non contengono nomi, codice fiscale, recapiti né note. Può anche proporre reclamo al Garante per la protezione dei dati personali (www.garanteprivacy.it).</translation>
    </message>
    <message>
        <source>Personal data held by the desk</source>
        <translation>Dati personali conservati dallo sportello</translation>
    </message>
    <message>
        <source>Prepared on %1 · page %2 of %3</source>
        <translation>Preparato il %1 · pagina %2 di %3</translation>
    </message>
    <message>
        <source>Export the person&apos;s data</source>
        <translation>Esportare i dati della persona</translation>
    </message>
    <message>
        <source>personal-data-%1.pdf</source>
        <translation>dati-personali-%1.pdf</translation>
    </message>
    <message>
        <source>The file %1 already exists. Replace it?</source>
        <translation>Il file %1 esiste già. Sostituirlo?</translation>
    </message>
    <message>
        <source>The data file could not be written to %1.</source>
        <translation>Non è stato possibile scrivere il file dei dati in %1.</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>waiting</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>in invio</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>consegnato</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>respinto</translation>
    </message>
    <message>
        <source>given up</source>
        <translation>abbandonato</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>In invio</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Consegnati</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Respinti</translation>
    </message>
    <message>
        <source>Given up</source>
        <translation>Abbandonati</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Nuova segnalazione</translation>
    </message>
    <message>
        <source>Referral logged</source>
        <translation>Segnalazione registrata</translation>
    </message>
    <message>
        <source>Referral edited</source>
        <translation>Segnalazione modificata</translation>
    </message>
    <message>
        <source>Referral state changed</source>
        <translation>Cambio di stato della segnalazione</translation>
    </message>
    <message>
        <source>Catalogue report</source>
        <translation>Segnalazione sul catalogo</translation>
    </message>
    <message>
        <source>Audit log anchor</source>
        <translation>Ancoraggio del registro attività</translation>
    </message>
    <message>
        <source>The hub could not be reached (no network, or the hub is off).</source>
        <translation>Lo hub non è raggiungibile (rete assente o hub spento).</translation>
    </message>
    <message>
        <source>The hub did not answer in time.</source>
        <translation>Lo hub non ha risposto in tempo.</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate is not the one this desk trusts.</source>
        <translation>Il certificato dello hub non è quello di cui lo sportello si fida.</translation>
    </message>
    <message>
        <source>This computer&apos;s date is outside the validity of the hub&apos;s certificate.</source>
        <translation>La data di questo computer è fuori dalla validità del certificato dello hub.</translation>
    </message>
    <message>
        <source>A web page answered instead of the hub (a Wi-Fi asking for a login?).</source>
        <translation>Ha risposto una pagina web invece dello hub (un Wi-Fi che chiede l&apos;accesso?).</translation>
    </message>
    <message>
        <source>The hub&apos;s answer could not be read.</source>
        <translation>Impossibile leggere la risposta dello hub.</translation>
    </message>
    <message>
        <source>The hub was busy.</source>
        <translation>Lo hub era occupato.</translation>
    </message>
    <message>
        <source>The hub no longer accepts this desk&apos;s token.</source>
        <translation>Lo hub non accetta più il token dello sportello.</translation>
    </message>
    <message>
        <source>The network&apos;s proxy asks for a user name and password.</source>
        <translation>Il proxy della rete chiede nome utente e password.</translation>
    </message>
    <message>
        <source>Too large for the hub.</source>
        <translation>Troppo grande per lo hub.</translation>
    </message>
    <message>
        <source>The hub&apos;s address redirects elsewhere.</source>
        <translation>L&apos;indirizzo dello hub rimanda altrove.</translation>
    </message>
    <message>
        <source>The hub had an internal problem (HTTP %1).</source>
        <translation>Lo hub ha avuto un problema interno (HTTP %1).</translation>
    </message>
    <message>
        <source>Refused: the hub already holds a different record with the same identifier.</source>
        <translation>Respinto: lo hub ha già un record diverso con lo stesso identificativo.</translation>
    </message>
    <message>
        <source>Refused: the hub found the record not valid.</source>
        <translation>Respinto: lo hub ha trovato il record non valido.</translation>
    </message>
    <message>
        <source>Refused: the hub does not accept the field %1.</source>
        <translation>Respinto: lo hub non accetta il campo %1.</translation>
    </message>
    <message>
        <source>Refused by the hub (%1).</source>
        <translation>Respinto dallo hub (%1).</translation>
    </message>
    <message>
        <source>Refused by the hub (%1, field %2).</source>
        <translation>Respinto dallo hub (%1, campo %2).</translation>
    </message>
    <message>
        <source>the hub no longer accepts the token</source>
        <translation>lo hub non accetta più il token</translation>
    </message>
    <message>
        <source>the hub&apos;s certificate is not trusted</source>
        <translation>il certificato dello hub non è quello atteso</translation>
    </message>
    <message>
        <source>check the computer&apos;s date</source>
        <translation>controllare la data del computer</translation>
    </message>
    <message>
        <source>the proxy asks for a password</source>
        <translation>il proxy chiede una password</translation>
    </message>
    <message>
        <source>the hub&apos;s address redirects elsewhere</source>
        <translation>l&apos;indirizzo dello hub rimanda altrove</translation>
    </message>
    <message>
        <source>A coordinator connects the desk again with a new token from the Ufficio di Piano.</source>
        <translation>Un coordinatore ricollega lo sportello con un nuovo token dell&apos;Ufficio di Piano.</translation>
    </message>
    <message>
        <source>Check the certificate or the key pin with the Ufficio di Piano, then connect the desk again.</source>
        <translation>Verificare con l&apos;Ufficio di Piano il certificato o l&apos;impronta della chiave, poi ricollegare lo sportello.</translation>
    </message>
    <message>
        <source>Correct the computer&apos;s date and time, then press Sync now.</source>
        <translation>Correggere la data e l&apos;ora del computer, poi premere Sincronizza ora.</translation>
    </message>
    <message>
        <source>Ask the Ufficio di Piano for the hub&apos;s right address.</source>
        <translation>Chiedere all&apos;Ufficio di Piano l&apos;indirizzo giusto dello hub.</translation>
    </message>
    <message>
        <source>Press Sync now to try again.</source>
        <translation>Premere Sincronizza ora per riprovare.</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>oggi %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>ieri %1</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>domani %1</translation>
    </message>
    <message>
        <source>Answer to a referral received</source>
        <translation>Risposta a una segnalazione ricevuta</translation>
    </message>
    <message>
        <source>The shared catalogue received was not signed by the district&apos;s key.</source>
        <translation>Il catalogo condiviso ricevuto non era firmato con la chiave del distretto.</translation>
    </message>
    <message>
        <source>Ask whoever manages this network for the proxy&apos;s user name and password, then type them with &quot;Proxy password&quot;.</source>
        <translation>Chiedere a chi gestisce questa rete il nome utente e la password del proxy, poi scriverli con &quot;Password del proxy&quot;.</translation>
    </message>
</context>
<context>
    <name>sportello::catalogue::Taxonomy</name>
    <message>
        <source>Access points</source>
        <translation>Segretariato sociale e punti di accesso</translation>
    </message>
    <message>
        <source>Professional social work</source>
        <translation>Servizio sociale professionale</translation>
    </message>
    <message>
        <source>Social emergency</source>
        <translation>Pronto intervento sociale</translation>
    </message>
    <message>
        <source>Registered residence</source>
        <translation>Residenza anagrafica e fermo posta</translation>
    </message>
    <message>
        <source>Home social care</source>
        <translation>Assistenza domiciliare sociale</translation>
    </message>
    <message>
        <source>Home health care</source>
        <translation>Assistenza domiciliare sanitaria</translation>
    </message>
    <message>
        <source>Neighbourhood services</source>
        <translation>Servizi di prossimità e vicinato</translation>
    </message>
    <message>
        <source>Long-term care support</source>
        <translation>Misure per la non autosufficienza</translation>
    </message>
    <message>
        <source>Children and family</source>
        <translation>Servizi per l&apos;infanzia e la famiglia</translation>
    </message>
    <message>
        <source>Day centres</source>
        <translation>Centri diurni e aggregazione</translation>
    </message>
    <message>
        <source>Temporary accommodation</source>
        <translation>Accoglienza residenziale e abitativa temporanea</translation>
    </message>
    <message>
        <source>National income support</source>
        <translation>Misure nazionali di sostegno al reddito</translation>
    </message>
    <message>
        <source>Local grants</source>
        <translation>Contributi economici locali</translation>
    </message>
    <message>
        <source>Housing support</source>
        <translation>Sostegno all&apos;abitare</translation>
    </message>
    <message>
        <source>Utility bonuses</source>
        <translation>Bonus utenze</translation>
    </message>
    <message>
        <source>Food and basic goods</source>
        <translation>Aiuti alimentari e beni di prima necessità</translation>
    </message>
    <message>
        <source>Employment and training</source>
        <translation>Lavoro e formazione</translation>
    </message>
    <message>
        <source>Paperwork and certificates</source>
        <translation>Pratiche, certificazioni e documenti</translation>
    </message>
    <message>
        <source>Digital facilitation</source>
        <translation>Facilitazione digitale</translation>
    </message>
    <message>
        <source>Legal advice and protection</source>
        <translation>Consulenza legale e tutela</translation>
    </message>
    <message>
        <source>Health orientation</source>
        <translation>Orientamento sanitario</translation>
    </message>
    <message>
        <source>Family and children</source>
        <translation>Famiglia e minori</translation>
    </message>
    <message>
        <source>People with disabilities</source>
        <translation>Disabili</translation>
    </message>
    <message>
        <source>Addictions</source>
        <translation>Dipendenze</translation>
    </message>
    <message>
        <source>Older people</source>
        <translation>Anziani</translation>
    </message>
    <message>
        <source>Migrants, Roma and Sinti</source>
        <translation>Immigrati, Rom, Sinti e Caminanti</translation>
    </message>
    <message>
        <source>Poverty, adults in hardship, homelessness</source>
        <translation>Povertà, disagio adulti e senza dimora</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Multiutenza</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Di persona allo sportello</translation>
    </message>
    <message>
        <source>Online with SPID or CIE</source>
        <translation>Online con SPID, CIE o CNS</translation>
    </message>
    <message>
        <source>Through a CAF</source>
        <translation>Tramite un CAF</translation>
    </message>
    <message>
        <source>Through a patronato</source>
        <translation>Tramite un patronato</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Per telefono</translation>
    </message>
    <message>
        <source>By certified e-mail (PEC)</source>
        <translation>Via PEC</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Social district</source>
        <translation>Ambito / Ufficio di Piano</translation>
    </message>
    <message>
        <source>Health authority (ASST)</source>
        <translation>ASST</translation>
    </message>
    <message>
        <source>INPS</source>
        <translation>INPS</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Tax assistance centre (CAF)</source>
        <translation>CAF</translation>
    </message>
    <message>
        <source>Welfare rights office (patronato)</source>
        <translation>Patronato</translation>
    </message>
    <message>
        <source>Caritas</source>
        <translation>Caritas</translation>
    </message>
    <message>
        <source>Trade union</source>
        <translation>Sindacato</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Associazione</translation>
    </message>
    <message>
        <source>Social cooperative</source>
        <translation>Cooperativa sociale</translation>
    </message>
    <message>
        <source>Post office</source>
        <translation>Poste Italiane</translation>
    </message>
    <message>
        <source>Other body</source>
        <translation>Altro ente</translation>
    </message>
</context>
<context>
    <name>sportello::hub::ReportCommand</name>
    <message>
        <source>Usage: sportello-hub report --dir DIR --from YYYY-MM --to YYYY-MM --format csv|pdf|json --out FILE [--threshold K]</source>
        <translation>Uso: sportello-hub report --dir CARTELLA --from AAAA-MM --to AAAA-MM --format csv|pdf|json --out FILE [--threshold K]</translation>
    </message>
    <message>
        <source>Give --from and --to as months (YYYY-MM) or days (YYYY-MM-DD), the first not after the second, at most ten years apart.</source>
        <translation>Indicare --from e --to come mesi (AAAA-MM) o giorni (AAAA-MM-GG), il primo non dopo il secondo, a non più di dieci anni di distanza.</translation>
    </message>
    <message>
        <source>The hub&apos;s configuration cannot be read.</source>
        <translation>La configurazione dello hub non si può leggere.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Dettagli: %1</translation>
    </message>
    <message>
        <source>The threshold must be a whole number of at least %1.</source>
        <translation>La soglia deve essere un numero intero di almeno %1.</translation>
    </message>
    <message>
        <source>The hub&apos;s database cannot be opened.</source>
        <translation>Il database dello hub non si può aprire.</translation>
    </message>
    <message>
        <source>The district report cannot be computed.</source>
        <translation>Il rapporto di distretto non si può calcolare.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 non si può scrivere.</translation>
    </message>
    <message>
        <source>District report for %1 written to %2; counts from 1 to %3 are hidden.</source>
        <translation>Rapporto di distretto di %1 scritto in %2; i conteggi da 1 a %3 sono nascosti.</translation>
    </message>
</context>
<context>
    <name>sportello::hub::Serve</name>
    <message>
        <source>Usage: sportello-hub serve --listen ADDRESS:PORT --dir DIR</source>
        <translation>Uso: sportello-hub serve --listen INDIRIZZO:PORTA --dir CARTELLA</translation>
    </message>
</context>
<context>
    <name>sportello::people::Vocabulary</name>
    <message>
        <source>First reception</source>
        <translation>Accoglienza</translation>
    </message>
    <message>
        <source>Listening interview</source>
        <translation>Ascolto</translation>
    </message>
    <message>
        <source>Guidance to services</source>
        <translation>Orientamento</translation>
    </message>
    <message>
        <source>Accompaniment</source>
        <translation>Accompagnamento</translation>
    </message>
    <message>
        <source>Digital facilitation</source>
        <translation>Facilitazione digitale</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>Ricontatto / verifica</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In presenza allo sportello</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>A domicilio</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Videochiamata / messaggi</translation>
    </message>
    <message>
        <source>At another office</source>
        <translation>Accompagnamento presso altro ente</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Spontaneo</translation>
    </message>
    <message>
        <source>Sent by social services</source>
        <translation>Inviato dai servizi sociali</translation>
    </message>
    <message>
        <source>Sent by another desk</source>
        <translation>Inviato da altro sportello o ETS</translation>
    </message>
    <message>
        <source>From health services</source>
        <translation>Da servizi sanitari</translation>
    </message>
    <message>
        <source>Word of mouth</source>
        <translation>Da familiari / conoscenti</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>Informazioni fornite</translation>
    </message>
    <message>
        <source>Directed to a service</source>
        <translation>Orientato a servizio del catalogo</translation>
    </message>
    <message>
        <source>Application started or sent</source>
        <translation>Pratica avviata con l&apos;utente</translation>
    </message>
    <message>
        <source>Accompaniment done</source>
        <translation>Accompagnamento effettuato</translation>
    </message>
    <message>
        <source>Digital goal reached</source>
        <translation>Obiettivo digitale raggiunto</translation>
    </message>
    <message>
        <source>Digital goal not reached</source>
        <translation>Obiettivo digitale non raggiunto</translation>
    </message>
    <message>
        <source>Material aid given</source>
        <translation>Aiuto materiale erogato dall&apos;ente</translation>
    </message>
    <message>
        <source>Referral to social services</source>
        <translation>Segnalazione ai Servizi sociali per presa in carico</translation>
    </message>
    <message>
        <source>Sent to another body</source>
        <translation>Invio ad altro ente</translation>
    </message>
    <message>
        <source>Request posted on the board</source>
        <translation>Richiesta inserita in bacheca prossimità</translation>
    </message>
    <message>
        <source>Follow-up scheduled</source>
        <translation>Ricontatto programmato</translation>
    </message>
    <message>
        <source>Outside scope or no answer available</source>
        <translation>Richiesta non di competenza / nessuna risposta disponibile</translation>
    </message>
    <message>
        <source>Interrupted or did not return</source>
        <translation>Colloquio interrotto / persona non tornata</translation>
    </message>
    <message>
        <source>Individual facilitation</source>
        <translation>Facilitazione individuale</translation>
    </message>
    <message>
        <source>Group training in person</source>
        <translation>Formazione in presenza (gruppo)</translation>
    </message>
    <message>
        <source>Online training</source>
        <translation>Formazione online</translation>
    </message>
    <message>
        <source>SPID</source>
        <translation>SPID</translation>
    </message>
    <message>
        <source>Electronic identity card (CIE)</source>
        <translation>Carta d&apos;identità elettronica (CIE)</translation>
    </message>
    <message>
        <source>IO app</source>
        <translation>App IO</translation>
    </message>
    <message>
        <source>pagoPA</source>
        <translation>pagoPA</translation>
    </message>
    <message>
        <source>Health record, bookings and test results</source>
        <translation>Fascicolo Sanitario, prenotazioni e referti</translation>
    </message>
    <message>
        <source>INPS benefits and ISEE online</source>
        <translation>INPS: previdenza e assistenza (ADI, AUU, ISEE online)</translation>
    </message>
    <message>
        <source>Work and job portals</source>
        <translation>Lavoro (SIISL, CPI, portali)</translation>
    </message>
    <message>
        <source>School enrolment and meals</source>
        <translation>Scuola (iscrizioni, mensa)</translation>
    </message>
    <message>
        <source>Registry certificates (ANPR)</source>
        <translation>Certificati anagrafici (ANPR)</translation>
    </message>
    <message>
        <source>Certified e-mail (PEC)</source>
        <translation>PEC</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Fisco (730 precompilato, Agenzia Entrate)</translation>
    </message>
    <message>
        <source>Public transport passes</source>
        <translation>Trasporti (abbonamenti TPL)</translation>
    </message>
    <message>
        <source>Online safety and scams</source>
        <translation>Sicurezza online e truffe</translation>
    </message>
    <message>
        <source>Basics (device, e-mail, video calls)</source>
        <translation>Uso di base (dispositivo, email, videochiamate)</translation>
    </message>
    <message>
        <source>A document was missing</source>
        <translation>Manca un documento</translation>
    </message>
    <message>
        <source>Missing device or connection</source>
        <translation>Manca il dispositivo o la connessione</translation>
    </message>
    <message>
        <source>Credentials or codes not at hand</source>
        <translation>Credenziali o codici non disponibili</translation>
    </message>
    <message>
        <source>Online service unavailable</source>
        <translation>Servizio online non disponibile</translation>
    </message>
    <message>
        <source>Not enough time</source>
        <translation>Tempo insufficiente</translation>
    </message>
    <message>
        <source>Postponed to another meeting</source>
        <translation>Rinviato a un altro incontro</translation>
    </message>
    <message>
        <source>Person reached</source>
        <translation>Persona ricontattata</translation>
    </message>
    <message>
        <source>Could not reach the person</source>
        <translation>Persona non raggiungibile</translation>
    </message>
    <message>
        <source>Need resolved</source>
        <translation>Bisogno risolto</translation>
    </message>
    <message>
        <source>New interview booked</source>
        <translation>Fissato nuovo colloquio</translation>
    </message>
    <message>
        <source>Follow-up cancelled</source>
        <translation>Ricontatto annullato</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femmina</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Maschio</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiana</translation>
    </message>
    <message>
        <source>Other EU country</source>
        <translation>Unione europea</translation>
    </message>
    <message>
        <source>Non-EU</source>
        <translation>Extra UE</translation>
    </message>
    <message>
        <source>Lives on their own</source>
        <translation>Vive da solo/a</translation>
    </message>
    <message>
        <source>Couple without children</source>
        <translation>Coppia senza figli</translation>
    </message>
    <message>
        <source>Couple with children</source>
        <translation>Coppia con figli</translation>
    </message>
    <message>
        <source>Single parent</source>
        <translation>Genitore solo con figli</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Lavoratore dipendente</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Lavoratore autonomo</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Disoccupato</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Pensionato</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Studente</translation>
    </message>
    <message>
        <source>Homemaker</source>
        <translation>Casalinga/o</translation>
    </message>
    <message>
        <source>No qualification</source>
        <translation>Nessun titolo</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>Licenza elementare</translation>
    </message>
    <message>
        <source>Lower secondary school</source>
        <translation>Licenza media</translation>
    </message>
    <message>
        <source>Upper secondary diploma</source>
        <translation>Diploma</translation>
    </message>
    <message>
        <source>University degree</source>
        <translation>Laurea</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Non contattare</translation>
    </message>
    <message>
        <source>Other municipality</source>
        <translation>Altro comune</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Non rilevato</translation>
    </message>
    <message>
        <source>Doesn&apos;t know</source>
        <translation>Non sa</translation>
    </message>
    <message>
        <source>Prefers not to say</source>
        <translation>Preferisce non rispondere</translation>
    </message>
    <message>
        <source>Economic poverty</source>
        <translation>Povertà / problemi economici</translation>
    </message>
    <message>
        <source>No income</source>
        <translation>Nessun reddito</translation>
    </message>
    <message>
        <source>Insufficient income</source>
        <translation>Reddito insufficiente per le spese ordinarie</translation>
    </message>
    <message>
        <source>One-off expenses</source>
        <translation>Spese straordinarie</translation>
    </message>
    <message>
        <source>Utility arrears</source>
        <translation>Difficoltà a pagare utenze</translation>
    </message>
    <message>
        <source>Debt or usury</source>
        <translation>Indebitamento / usura</translation>
    </message>
    <message>
        <source>Food insecurity</source>
        <translation>Insufficienza alimentare</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Problemi di occupazione / lavoro</translation>
    </message>
    <message>
        <source>Unemployment</source>
        <translation>Disoccupazione</translation>
    </message>
    <message>
        <source>Precarious work</source>
        <translation>Lavoro precario / sottoccupazione</translation>
    </message>
    <message>
        <source>Undeclared work</source>
        <translation>Lavoro irregolare</translation>
    </message>
    <message>
        <source>In-work poverty</source>
        <translation>Lavoro povero</translation>
    </message>
    <message>
        <source>Recent job loss</source>
        <translation>Perdita recente del lavoro</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Problemi abitativi</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>Senza dimora / privo di abitazione</translation>
    </message>
    <message>
        <source>Inadequate housing</source>
        <translation>Abitazione precaria o inadeguata</translation>
    </message>
    <message>
        <source>Eviction or rent arrears</source>
        <translation>Sfratto / morosità</translation>
    </message>
    <message>
        <source>Rent burden</source>
        <translation>Costo affitto insostenibile</translation>
    </message>
    <message>
        <source>Overcrowding</source>
        <translation>Sovraffollamento</translation>
    </message>
    <message>
        <source>Registered residence</source>
        <translation>Problemi di residenza anagrafica</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Problemi familiari</translation>
    </message>
    <message>
        <source>Separation or divorce</source>
        <translation>Separazione / divorzio</translation>
    </message>
    <message>
        <source>Family conflict</source>
        <translation>Conflittualità familiare</translation>
    </message>
    <message>
        <source>Domestic violence</source>
        <translation>Violenza / maltrattamento</translation>
    </message>
    <message>
        <source>Caregiving burden</source>
        <translation>Carico di cura di familiari</translation>
    </message>
    <message>
        <source>Bereavement</source>
        <translation>Lutto</translation>
    </message>
    <message>
        <source>Parenting difficulties</source>
        <translation>Difficoltà genitoriali</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Problemi di salute</translation>
    </message>
    <message>
        <source>Physical illness</source>
        <translation>Malattia fisica / cronica</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Disagio psichico</translation>
    </message>
    <message>
        <source>Access to care or medicines</source>
        <translation>Difficoltà di accesso a cure / farmaci</translation>
    </message>
    <message>
        <source>Loss of self-sufficiency</source>
        <translation>Non autosufficienza</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Disabilità</translation>
    </message>
    <message>
        <source>Physical disability</source>
        <translation>Disabilità fisica</translation>
    </message>
    <message>
        <source>Mental or intellectual disability</source>
        <translation>Disabilità psichica o intellettiva</translation>
    </message>
    <message>
        <source>Sensory disability</source>
        <translation>Disabilità sensoriale</translation>
    </message>
    <message>
        <source>Disability assessment pending</source>
        <translation>Riconoscimento invalidità / L.104 in corso</translation>
    </message>
    <message>
        <source>Addictions</source>
        <translation>Dipendenze</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alcol</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>Sostanze</translation>
    </message>
    <message>
        <source>Gambling</source>
        <translation>Gioco d&apos;azzardo</translation>
    </message>
    <message>
        <source>Other addictions</source>
        <translation>Altre dipendenze</translation>
    </message>
    <message>
        <source>Justice</source>
        <translation>Detenzione e giustizia</translation>
    </message>
    <message>
        <source>Current or former prisoner</source>
        <translation>Detenuto o ex detenuto</translation>
    </message>
    <message>
        <source>Alternative sentences</source>
        <translation>Misure alternative</translation>
    </message>
    <message>
        <source>Legal proceedings</source>
        <translation>Problemi legali / procedimenti</translation>
    </message>
    <message>
        <source>Migration-related</source>
        <translation>Problemi legati all&apos;immigrazione</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Permesso di soggiorno</translation>
    </message>
    <message>
        <source>Asylum or protection</source>
        <translation>Richiedente / titolare protezione</translation>
    </message>
    <message>
        <source>Paperwork</source>
        <translation>Pratiche e documenti</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Difficoltà linguistiche</translation>
    </message>
    <message>
        <source>Family reunification</source>
        <translation>Ricongiungimento</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Istruzione e formazione</translation>
    </message>
    <message>
        <source>Low schooling or illiteracy</source>
        <translation>Bassa scolarità / analfabetismo</translation>
    </message>
    <message>
        <source>Early school leaving</source>
        <translation>Abbandono scolastico</translation>
    </message>
    <message>
        <source>Foreign qualification recognition</source>
        <translation>Riconoscimento titolo estero</translation>
    </message>
    <message>
        <source>School costs</source>
        <translation>Costi scolastici</translation>
    </message>
    <message>
        <source>Digital exclusion</source>
        <translation>Esclusione digitale</translation>
    </message>
    <message>
        <source>Digital identity (SPID/CIE)</source>
        <translation>Identità digitale (SPID/CIE)</translation>
    </message>
    <message>
        <source>No device or connection</source>
        <translation>Mancanza dispositivo o connessione</translation>
    </message>
    <message>
        <source>Digital skills</source>
        <translation>Competenze digitali</translation>
    </message>
    <message>
        <source>Stuck online procedure</source>
        <translation>Pratica online bloccata</translation>
    </message>
    <message>
        <source>Loneliness</source>
        <translation>Solitudine / isolamento relazionale</translation>
    </message>
    <message>
        <source>Lives alone</source>
        <translation>Persona sola</translation>
    </message>
    <message>
        <source>Isolated older person</source>
        <translation>Anziano isolato</translation>
    </message>
    <message>
        <source>No family network</source>
        <translation>Rete familiare assente</translation>
    </message>
    <message>
        <source>Other problems</source>
        <translation>Altri problemi</translation>
    </message>
    <message>
        <source>Other (to be specified)</source>
        <translation>Altro (da specificare)</translation>
    </message>
</context>
<context>
    <name>sportello::ui::AboutDialog</name>
    <message>
        <source>About Sportello</source>
        <translation>Informazioni su Sportello</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sportello %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Sportello %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Help-desk software for the social-services network: catalogue of services, listening sessions, referrals.</source>
        <translation>Il programma per gli sportelli della rete dei servizi sociali: catalogo dei servizi, colloqui, segnalazioni.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versione:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licenza:</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or later</source>
        <translation>GNU General Public License, versione 3 o successiva</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Cartella dei dati:</translation>
    </message>
    <message>
        <source>Database schema:</source>
        <translation>Schema del database:</translation>
    </message>
    <message>
        <source>Qt version:</source>
        <translation>Versione di Qt:</translation>
    </message>
</context>
<context>
    <name>sportello::ui::AccountModel</name>
    <message>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>disattivato</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>Accessi falliti</translation>
    </message>
    <message>
        <source>active, needs a new password</source>
        <translation>attivo, serve una nuova password</translation>
    </message>
</context>
<context>
    <name>sportello::ui::AccountsPage</name>
    <message>
        <source>Operators of this desk. Only coordinators see this page.</source>
        <translation>Operatori di questo sportello. Solo i coordinatori vedono questa pagina.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nuovo account…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Disattiva</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reimposta password…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Disattiva</translation>
    </message>
    <message>
        <source>Deactivate this account? Its owner will no longer be able to log in.</source>
        <translation>Disattivare questo account? Il titolare non potrà più accedere.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reimposta password</translation>
    </message>
    <message>
        <source>Temporary password (the operator must change it at the next login):</source>
        <translation>Password provvisoria (l&apos;operatore dovrà cambiarla al prossimo accesso):</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nuovo account</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Nome e cognome:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nome &amp;utente:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <source>Temporary &amp;password:</source>
        <translation>&amp;Password provvisoria:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock the screen after this &amp;idle time:</source>
        <translation>Blocca lo schermo dopo questo tempo di &amp;inattività:</translation>
    </message>
    <message>
        <source>Idle time before the screen locks</source>
        <translation>Tempo di inattività prima del blocco dello schermo</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;pplica</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>Blocco dello schermo</translation>
    </message>
    <message>
        <source>Reactivate account</source>
        <translation>Riattiva account</translation>
    </message>
    <message>
        <source>This account is deactivated. To bring it back, give it a temporary password (the operator must change it at the next login):</source>
        <translation>Questo account è disattivato. Per riattivarlo, assegnare una password temporanea (l&apos;operatore dovrà cambiarla al prossimo accesso):</translation>
    </message>
    <message>
        <source>Rea&amp;ctivate…</source>
        <translation>Ria&amp;ttiva…</translation>
    </message>
    <message>
        <source>Replace the recovery &amp;key…</source>
        <translation>Sostituisci la &amp;chiave di recupero…</translation>
    </message>
    <message>
        <source>Replace the recovery key</source>
        <translation>Sostituire la chiave di recupero</translation>
    </message>
    <message>
        <source>Replace the recovery key if it is lost or someone else may have seen it. The old key stops working, every operator keeps their password, and the new key is shown once to be printed and stored away. Replace it now?</source>
        <translation>Sostituire la chiave di recupero se è andata persa o se qualcun altro potrebbe averla vista. La vecchia chiave smette di funzionare, ogni operatore mantiene la propria password e la nuova chiave viene mostrata una sola volta, da stampare e conservare sotto chiave. Sostituirla ora?</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mesi</translation>
    </message>
    <message>
        <source>Remove people&apos;s records this &amp;long after their last contact:</source>
        <translation>Cancellare le schede delle persone dopo questo &amp;tempo dall&apos;ultimo contatto:</translation>
    </message>
    <message>
        <source>Months a person&apos;s record is kept after the last contact</source>
        <translation>Mesi di conservazione di una scheda dopo l&apos;ultimo contatto</translation>
    </message>
    <message>
        <source>Between %1 and %2 months. Records older than this are removed automatically at start-up and every day; sessions and referrals stay in the statistics without the person. The built-in privacy notice says 24 months: after a change, update the notice to match.</source>
        <translation>Da %1 a %2 mesi. Le schede più vecchie sono cancellate automaticamente all&apos;avvio e ogni giorno; colloqui e segnalazioni restano nelle statistiche senza la persona. L&apos;informativa predefinita indica 24 mesi: dopo una modifica, aggiornare anche l&apos;informativa.</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>A&amp;pplica</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Periodo di conservazione</translation>
    </message>
</context>
<context>
    <name>sportello::ui::AuditModel</name>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Operator #%1</source>
        <translation>Operatore n. %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
</context>
<context>
    <name>sportello::ui::AuditPage</name>
    <message>
        <source>Any</source>
        <translation>Qualsiasi</translation>
    </message>
    <message>
        <source>All operators</source>
        <translation>Tutti gli operatori</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Tutte le azioni</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Verifica la catena</translation>
    </message>
    <message>
        <source>Check that no row of the audit log was changed or removed</source>
        <translation>Controlla che nessuna riga del registro sia stata modificata o rimossa</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Dal:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Al:</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Operatore:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Azione:</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Voci del registro attività</translation>
    </message>
</context>
<context>
    <name>sportello::ui::BackupPage</name>
    <message>
        <source>A backup is a copy of the whole desk, encrypted like the desk itself. Keep it on a USB stick, away from this computer. On another computer it opens only with the desk&apos;s recovery key; restore it with sportello-cli restore.</source>
        <translation>Un backup è una copia di tutto lo sportello, cifrata come lo sportello stesso. Conservarlo su una chiavetta USB, lontano da questo computer. Su un altro computer si apre solo con la chiave di recupero dello sportello; si ripristina con sportello-cli restore.</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Ultimo backup</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>Esegui il &amp;backup ora</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Avanzamento del backup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Pianificazione</translation>
    </message>
    <message>
        <source>No folder chosen: no scheduled backups</source>
        <translation>Nessuna cartella scelta: nessun backup pianificato</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Cartella dei backup</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Scegli…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Scegli la cartella dei backup</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Cartella:</translation>
    </message>
    <message>
        <source>only when asked</source>
        <translation>solo su richiesta</translation>
    </message>
    <message>
        <source>&amp;Days between backups:</source>
        <translation>&amp;Giorni tra un backup e l&apos;altro:</translation>
    </message>
    <message>
        <source>&amp;Backups kept:</source>
        <translation>Backup &amp;conservati:</translation>
    </message>
    <message>
        <source>Older backups of this desk in the folder are removed; nothing else in it is touched.</source>
        <translation>I backup più vecchi di questo sportello nella cartella vengono eliminati; nient&apos;altro viene toccato.</translation>
    </message>
    <message>
        <source>&amp;Save the plan</source>
        <translation>Sal&amp;va la pianificazione</translation>
    </message>
    <message>
        <source>The last backup was written %1: %2.</source>
        <translation>L&apos;ultimo backup è stato scritto %1: %2.</translation>
    </message>
    <message>
        <source>No backup has been written yet.</source>
        <translation>Non è ancora stato scritto nessun backup.</translation>
    </message>
    <message>
        <source>The backup tried %1 failed: %2</source>
        <translation>Il backup tentato %1 non è riuscito: %2</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Choose the folder for the backups first (a USB stick).</source>
        <translation>Scegliere prima la cartella dei backup (una chiavetta USB).</translation>
    </message>
</context>
<context>
    <name>sportello::ui::BoardPage</name>
    <message>
        <source>Choose at least one day of the week.</source>
        <translation>Scegliere almeno un giorno della settimana.</translation>
    </message>
    <message>
        <source>Check the days and hours: the hours must end after they start.</source>
        <translation>Controllare giorni e orari: l&apos;ora di fine deve venire dopo quella di inizio.</translation>
    </message>
    <message>
        <source>Choose the comune.</source>
        <translation>Scegliere il comune.</translation>
    </message>
    <message>
        <source>The notes can hold at most 1,000 characters.</source>
        <translation>Le note possono contenere al massimo 1.000 caratteri.</translation>
    </message>
    <message>
        <source>The person has no phone recorded: record it on their page, or leave the desk as the contact.</source>
        <translation>Per la persona non è registrato un telefono: registrarlo nella sua scheda, oppure lasciare lo sportello come recapito.</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Nuovo annuncio</translation>
    </message>
    <message>
        <source>Post withdrawn</source>
        <translation>Annuncio ritirato</translation>
    </message>
    <message>
        <source>Match proposed</source>
        <translation>Abbinamento proposto</translation>
    </message>
    <message>
        <source>Match accepted</source>
        <translation>Abbinamento accettato</translation>
    </message>
    <message>
        <source>Match declined</source>
        <translation>Abbinamento rifiutato</translation>
    </message>
    <message>
        <source>Help started</source>
        <translation>Aiuto iniziato</translation>
    </message>
    <message>
        <source>Help concluded</source>
        <translation>Aiuto concluso</translation>
    </message>
    <message>
        <source>Credentials issued</source>
        <translation>Credenziali rilasciate</translation>
    </message>
    <message>
        <source>On the board</source>
        <translation>Sulla bacheca</translation>
    </message>
    <message>
        <source>Refused by the hub (%1)</source>
        <translation>Rifiutato dallo hub (%1)</translation>
    </message>
    <message>
        <source>Waiting for the next synchronization</source>
        <translation>In attesa della prossima sincronizzazione</translation>
    </message>
    <message>
        <source>Neighbourhood board</source>
        <translation>Bacheca di prossimità</translation>
    </message>
    <message>
        <source>Requests and offers of neighbourly help for the people at the counter who have no computer. What you do here reaches the district&apos;s board with the next synchronization.</source>
        <translation>Richieste e offerte di aiuto di vicinato per le persone al banco che non hanno un computer. Quello che si fa qui arriva alla bacheca del distretto con la prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>New request or offer</source>
        <translation>Nuova richiesta o offerta</translation>
    </message>
    <message>
        <source>Post, suggestion or match</source>
        <translation>Annuncio, suggerimento o abbinamento</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>This desk&apos;s posts on the board</source>
        <translation>Gli annunci dello sportello sulla bacheca</translation>
    </message>
    <message>
        <source>Read the board again</source>
        <translation>Rileggi la bacheca</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Proponi</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accetta</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rifiuta</translation>
    </message>
    <message>
        <source>Withdraw the post</source>
        <translation>Ritira l&apos;annuncio</translation>
    </message>
    <message>
        <source>People and organizations who registered on the web page of the board and wait for their credentials. Issue them only to the person in front of you, after checking an identity document against the name.</source>
        <translation>Persone e organizzazioni che si sono registrate sulla pagina web della bacheca e aspettano le credenziali. Rilasciarle solo alla persona presente, dopo aver confrontato un documento d&apos;identità con il nome.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registrato il</translation>
    </message>
    <message>
        <source>Accounts waiting for their credentials</source>
        <translation>Account in attesa delle credenziali</translation>
    </message>
    <message>
        <source>Issue the credentials…</source>
        <translation>Rilascia le credenziali…</translation>
    </message>
    <message>
        <source>Accounts waiting</source>
        <translation>Account in attesa</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Che cosa</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>A che punto è</translation>
    </message>
    <message>
        <source>What this desk asked of the board</source>
        <translation>Che cosa lo sportello ha chiesto alla bacheca</translation>
    </message>
    <message>
        <source>Sent from this desk</source>
        <translation>Inviati dallo sportello</translation>
    </message>
    <message>
        <source>The board has not been read yet: choose &quot;Read the board again&quot;.</source>
        <translation>La bacheca non è ancora stata letta: scegliere «Rileggi la bacheca».</translation>
    </message>
    <message>
        <source>Queued: it reaches the board with the next synchronization (the Sync page&apos;s &quot;Synchronize now&quot; sends it at once).</source>
        <translation>In coda: arriva alla bacheca con la prossima sincronizzazione («Sincronizza ora» nella pagina Sincronizzazione la invia subito).</translation>
    </message>
    <message>
        <source>Reading the board…</source>
        <translation>Lettura della bacheca…</translation>
    </message>
    <message>
        <source>The board cannot be read now: %1</source>
        <translation>Ora non è possibile leggere la bacheca: %1</translation>
    </message>
    <message>
        <source>Read at %1. The other side&apos;s name and contact appear once both have accepted.</source>
        <translation>Letta alle %1. Nome e recapito dell&apos;altra parte compaiono quando entrambi hanno accettato.</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggerito</translation>
    </message>
    <message>
        <source>Match: %1</source>
        <translation>Abbinamento: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Contacts once both accept</source>
        <translation>Recapiti quando entrambi accettano</translation>
    </message>
    <message>
        <source>This desk has no post on the board yet.</source>
        <translation>Lo sportello non ha ancora annunci sulla bacheca.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Cittadino</translation>
    </message>
    <message>
        <source>Withdraw this post from the board? Its matches under way stay as they are.</source>
        <translation>Ritirare questo annuncio dalla bacheca? Gli abbinamenti in corso restano come sono.</translation>
    </message>
    <message>
        <source>Issue the credentials</source>
        <translation>Rilascia le credenziali</translation>
    </message>
    <message>
        <source>Have you checked an identity document of %1 (username %2)? The account becomes active with the next synchronization and the person can then log in with the password they chose.</source>
        <translation>È stato verificato un documento d&apos;identità di %1 (nome utente %2)? L&apos;account diventa attivo con la prossima sincronizzazione e la persona può poi accedere con la password che ha scelto.</translation>
    </message>
</context>
<context>
    <name>sportello::ui::BoardPostForm</name>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categoria</translation>
    </message>
    <message>
        <source>C&amp;omune</source>
        <translation>C&amp;omune</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facoltativo</translation>
    </message>
    <message>
        <source>&amp;Neighbourhood</source>
        <translation>&amp;Quartiere</translation>
    </message>
    <message>
        <source>Days of the week</source>
        <translation>Giorni della settimana</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dalle</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>A qualsiasi ora</translation>
    </message>
    <message>
        <source>from</source>
        <translation>dalle</translation>
    </message>
    <message>
        <source>to</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Orario</translation>
    </message>
    <message>
        <source>For &amp;whom</source>
        <translation>Per &amp;chi</translation>
    </message>
    <message>
        <source>People at a time (offers)</source>
        <translation>Persone alla volta (offerte)</translation>
    </message>
    <message>
        <source>What is needed or offered, without health details</source>
        <translation>Che cosa serve o si offre, senza informazioni sulla salute</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;te</translation>
    </message>
    <message>
        <source>Show the person&apos;s own name and phone instead of the desk&apos;s (only if they ask for it)</source>
        <translation>Mostrare nome e telefono della persona invece di quelli dello sportello (solo se lo chiede)</translation>
    </message>
    <message>
        <source>Put it on the board</source>
        <translation>Metti in bacheca</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Per: %1</translation>
    </message>
    <message>
        <source>Open the person at the counter on the Session page first: a request or an offer is entered for a person who gave the board&apos;s consent.</source>
        <translation>Aprire prima la persona al banco nella pagina Colloquio: una richiesta o un&apos;offerta si inserisce per una persona che ha dato il consenso alla bacheca.</translation>
    </message>
</context>
<context>
    <name>sportello::ui::CataloguePage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>Ce&amp;rca:</translation>
    </message>
    <message>
        <source>e.g. bollette, affitto, SPID, pacco alimentare…</source>
        <translation>es. bollette, affitto, SPID, pacco alimentare…</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>Cerca nel catalogo</translation>
    </message>
    <message>
        <source>Person &amp;facts</source>
        <translation>Dati della &amp;persona</translation>
    </message>
    <message>
        <source>What we know about the person (all optional)</source>
        <translation>Cosa sappiamo della persona (tutto facoltativo)</translation>
    </message>
    <message>
        <source>Services found</source>
        <translation>Servizi trovati</translation>
    </message>
    <message>
        <source>Service detail</source>
        <translation>Scheda del servizio</translation>
    </message>
    <message>
        <source>&amp;Handout for the citizen…</source>
        <translation>&amp;Scheda per il cittadino…</translation>
    </message>
    <message>
        <source>Choose a service in the list to see who can have it, the documents to bring, where, when and how to apply.</source>
        <translation>Scegliere un servizio nell&apos;elenco per vedere chi può averlo, i documenti da portare, dove, quando e come fare domanda.</translation>
    </message>
    <message>
        <source>Preparing the catalogue…</source>
        <translation>Preparazione del catalogo…</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) found.</source>
        <translation>
            <numerusform>%n servizio trovato.</numerusform>
            <numerusform>%n servizi trovati.</numerusform>
        </translation>
    </message>
    <message>
        <source>No service matches what was typed; showing results for &quot;%1&quot;.</source>
        <translation>Nessun servizio corrisponde a quanto scritto; si mostrano i risultati per &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No service found. Did you mean: %1?</source>
        <translation>Nessun servizio trovato. Forse cercavi: %1?</translation>
    </message>
    <message>
        <source>No service found. Try fewer words or remove a filter.</source>
        <translation>Nessun servizio trovato. Provare con meno parole o togliere un filtro.</translation>
    </message>
    <message>
        <source>Showing the first %1.</source>
        <translation>Si mostrano i primi %1.</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Scheda</translation>
    </message>
</context>
<context>
    <name>sportello::ui::CompleteFollowUpDialog</name>
    <message>
        <source>Follow-up done</source>
        <translation>Ricontatto effettuato</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Note on the outcome</source>
        <translation>Nota sull&apos;esito</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facoltativo</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Esito:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Segna come effettuato</translation>
    </message>
</context>
<context>
    <name>sportello::ui::ConsentBox</name>
    <message>
        <source>&amp;Consents</source>
        <translation>&amp;Consensi</translation>
    </message>
    <message>
        <source>Consent: %1</source>
        <translation>Consenso: %1</translation>
    </message>
    <message>
        <source>Needed to record needs about health, disability, addiction, violence or justice.</source>
        <translation>Necessario per registrare bisogni legati a salute, disabilità, dipendenze, violenza o giustizia.</translation>
    </message>
    <message>
        <source>How the consent was given</source>
        <translation>Modalità con cui è stato dato il consenso</translation>
    </message>
    <message>
        <source>Signed on the printed form, or read aloud with the scripted text and given verbally.</source>
        <translation>Firmato sul modulo stampato, oppure dato a voce dopo la lettura del testo previsto.</translation>
    </message>
    <message>
        <source>Given by:</source>
        <translation>Modalità:</translation>
    </message>
    <message>
        <source>Choose the person first. Anonymous walk-ins give no consents.</source>
        <translation>Scegliere prima la persona. Per gli accessi anonimi non si raccolgono consensi.</translation>
    </message>
    <message>
        <source>%1 (given on %2)</source>
        <translation>%1 (dato il %2)</translation>
    </message>
    <message>
        <source>Tick what the person agreed to; it is recorded when you save. Without the consent to record personal data, a new record is removed after %1 hours.</source>
        <translation>Spuntare ciò a cui la persona acconsente: viene registrato al salvataggio. Senza il consenso alla registrazione dei dati personali, una nuova scheda viene cancellata dopo %1 ore.</translation>
    </message>
</context>
<context>
    <name>sportello::ui::ConsentDialog</name>
    <message>
        <source>Record a consent</source>
        <translation>Registra un consenso</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>Consenso per</translation>
    </message>
    <message>
        <source>Given on the signed form</source>
        <translation>Dato sul modulo firmato</translation>
    </message>
    <message>
        <source>Given verbally, after reading the scripted text</source>
        <translation>Dato a voce, dopo la lettura del testo previsto</translation>
    </message>
    <message>
        <source>Privacy notice text</source>
        <translation>Testo dell&apos;informativa privacy</translation>
    </message>
    <message>
        <source>Consent &amp;to:</source>
        <translation>Consenso &amp;per:</translation>
    </message>
    <message>
        <source>Given as:</source>
        <translation>Modalità:</translation>
    </message>
    <message>
        <source>Notice version:</source>
        <translation>Versione dell&apos;informativa:</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Registra il consenso</translation>
    </message>
    <message>
        <source>Read this &amp;text to the person before recording the consent:</source>
        <translation>Leggere alla persona questo &amp;testo prima di registrare il consenso:</translation>
    </message>
    <message>
        <source>The person signs the printed form with this &amp;text:</source>
        <translation>La persona firma il modulo stampato con questo &amp;testo:</translation>
    </message>
</context>
<context>
    <name>sportello::ui::ConsentsPanel</name>
    <message>
        <source>Consents</source>
        <translation>Consensi</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>Consenso per</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Dato il</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Informativa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>&amp;Record consent…</source>
        <translation>&amp;Registra il consenso…</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Registra un consenso</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Re&amp;voca</translation>
    </message>
    <message>
        <source>Revoke the selected consent</source>
        <translation>Revoca il consenso selezionato</translation>
    </message>
    <message>
        <source>&amp;Print consent form…</source>
        <translation>Stam&amp;pa il modulo di consenso…</translation>
    </message>
    <message>
        <source>Save the consent form as PDF to print</source>
        <translation>Salva il modulo di consenso in PDF per stamparlo</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In vigore</translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation>Revocato il %1</translation>
    </message>
    <message>
        <source>The privacy notice could not be read, so the consent cannot refer to it.</source>
        <translation>Impossibile leggere l&apos;informativa privacy: il consenso non può farvi riferimento.</translation>
    </message>
    <message>
        <source>Revoke the consent to &quot;%1&quot; given on %2? This cannot be undone.</source>
        <translation>Revocare il consenso per &quot;%1&quot; dato il %2? L&apos;operazione non può essere annullata.</translation>
    </message>
    <message>
        <source>The open follow-ups of this person will be cancelled.</source>
        <translation>I ricontatti aperti di questa persona verranno annullati.</translation>
    </message>
    <message>
        <source>Revoke consent</source>
        <translation>Revoca il consenso</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Modulo di consenso</translation>
    </message>
</context>
<context>
    <name>sportello::ui::CoordinatorBar</name>
    <message>
        <source>New service…</source>
        <translation>Nuovo servizio…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Mark verified</source>
        <translation>Segna come verificato</translation>
    </message>
    <message>
        <source>Close temporarily…</source>
        <translation>Chiudi temporaneamente…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Dismetti</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Cronologia…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Riapri</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogo</translation>
    </message>
    <message>
        <source>Who checked this entry with the service today?</source>
        <translation>Chi ha verificato oggi questa scheda con il servizio?</translation>
    </message>
    <message>
        <source>Close temporarily</source>
        <translation>Chiusura temporanea</translation>
    </message>
    <message>
        <source>Why is it closed, and until when?</source>
        <translation>Perché è chiuso, e fino a quando?</translation>
    </message>
    <message>
        <source>Mark &quot;%1&quot; as ended? It stays in the catalogue&apos;s history but is listed as no longer available.</source>
        <translation>Segnare &quot;%1&quot; come cessato? Resta nella cronologia del catalogo ma viene indicato come non più disponibile.</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Cessato</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Cronologia di %1</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuovo…</translation>
    </message>
    <message>
        <source>Edit this service…</source>
        <translation>Modifica questo servizio…</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificato</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Chiudi…</translation>
    </message>
    <message>
        <source>Retire: mark as ended</source>
        <translation>Dismetti: segna come cessato</translation>
    </message>
    <message>
        <source>History of changes…</source>
        <translation>Cronologia delle modifiche…</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Segnala…</translation>
    </message>
    <message>
        <source>Report to the district that it is out of date…</source>
        <translation>Segnala al distretto che non è più aggiornata…</translation>
    </message>
    <message>
        <source>Reported: it leaves with the next synchronization.</source>
        <translation>Segnalata: parte con la prossima sincronizzazione.</translation>
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
        <translation>Bloccato. Accedere per continuare.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambia password</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Password attuale:</translation>
    </message>
    <message>
        <source>New password (at least %1 characters, not a common one):</source>
        <translation>Nuova password (almeno %1 caratteri, non comune):</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>Ripetere la nuova password:</translation>
    </message>
    <message>
        <source>The two new passwords differ; nothing was changed.</source>
        <translation>Le due nuove password sono diverse; non è stato cambiato nulla.</translation>
    </message>
</context>
<context>
    <name>sportello::ui::DistrictView</name>
    <message>
        <source>District report</source>
        <translation>Rapporto di distretto</translation>
    </message>
    <message>
        <source>What the hub counts over the referrals of every desk of the network, from their anonymized records. The hub gives it only to a coordinator&apos;s desk, and hides every small count before sending it: it may be exported as it is.</source>
        <translation>Ciò che lo hub conta sugli invii di tutti gli sportelli della rete, dai loro record anonimi. Lo hub lo dà solo allo sportello di un coordinatore e nasconde ogni piccolo conteggio prima di mandarlo: si può esportare così com&apos;è.</translation>
    </message>
    <message>
        <source>&amp;From month:</source>
        <translation>&amp;Dal mese:</translation>
    </message>
    <message>
        <source>From month</source>
        <translation>Dal mese</translation>
    </message>
    <message>
        <source>&amp;to month:</source>
        <translation>&amp;al mese:</translation>
    </message>
    <message>
        <source>To month</source>
        <translation>Al mese</translation>
    </message>
    <message>
        <source>&amp;Ask the hub</source>
        <translation>&amp;Chiedi allo hub</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Esporta &amp;CSV…</translation>
    </message>
    <message>
        <source>The first month must not come after the last, and they may be at most ten years apart.</source>
        <translation>Il primo mese non deve venire dopo l&apos;ultimo, e possono distare al più dieci anni.</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>Richiesta allo hub in corso…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message numerus="yes">
        <source>District report for %1: %n desk(s) of the network.</source>
        <translation>
            <numerusform>Rapporto di distretto di %1: %n sportello della rete.</numerusform>
            <numerusform>Rapporto di distretto di %1: %n sportelli della rete.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the district report</source>
        <translation>Esporta il rapporto di distretto</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Esportato in %1.</translation>
    </message>
</context>
<context>
    <name>sportello::ui::EnrolmentDialog</name>
    <message>
        <source>Connect to the district network</source>
        <translation>Collega alla rete del distretto</translation>
    </message>
    <message>
        <source>Type what the Ufficio di Piano gave you for this desk. Only anonymous records are ever sent to the hub.</source>
        <translation>Inserire i dati forniti dall&apos;Ufficio di Piano per questo sportello. Allo hub vengono inviati solo record anonimi.</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>&amp;Indirizzo dello hub:</translation>
    </message>
    <message>
        <source>The one-time token of this desk; it is kept only in the system keychain.</source>
        <translation>Il token monouso dello sportello; viene conservato solo nel portachiavi di sistema.</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;District certificate (CA file):</source>
        <translation>Certificato del &amp;distretto (file CA):</translation>
    </message>
    <message>
        <source>District certificate file</source>
        <translation>File del certificato del distretto</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Scegli…</translation>
    </message>
    <message>
        <source>Hub key &amp;pin:</source>
        <translation>Im&amp;pronta della chiave dello hub:</translation>
    </message>
    <message>
        <source>Hub key pin</source>
        <translation>Impronta della chiave dello hub</translation>
    </message>
    <message>
        <source>Use HTTP/2 (only if the Ufficio di Piano says so)</source>
        <translation>Usa HTTP/2 (solo se lo indica l&apos;Ufficio di Piano)</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>Contatto con lo hub in corso…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Collega</translation>
    </message>
    <message>
        <source>District certificate</source>
        <translation>Certificato del distretto</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificati (*.pem *.crt *.cer);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>The key pin is not valid: it is sha256/ followed by 44 characters, or 64 hexadecimal digits. Copy it again from the sheet the Ufficio di Piano gave you.</source>
        <translation>L&apos;impronta della chiave non è valida: è sha256/ seguito da 44 caratteri, oppure 64 cifre esadecimali. Ricopiarla dal foglio consegnato dall&apos;Ufficio di Piano.</translation>
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
        <translation>Tutte le categorie</translation>
    </message>
    <message>
        <source>All comuni</source>
        <translation>Tutti i comuni</translation>
    </message>
    <message>
        <source>All user areas</source>
        <translation>Tutte le aree di utenza</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Qualsiasi canale</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Aperto ora</translation>
    </message>
    <message>
        <source>Call open</source>
        <translation>Bando aperto</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratuito</translation>
    </message>
    <message>
        <source>Likely eligible</source>
        <translation>Probabilmente ha diritto</translation>
    </message>
    <message>
        <source>Enter the person&apos;s facts to use this filter.</source>
        <translation>Inserire i dati della persona per usare questo filtro.</translation>
    </message>
</context>
<context>
    <name>sportello::ui::FacilitationBox</name>
    <message>
        <source>Di&amp;gital facilitation</source>
        <translation>Facilitazione di&amp;gitale</translation>
    </message>
    <message>
        <source>Kind of facilitation</source>
        <translation>Tipo di facilitazione</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Digital services worked on</source>
        <translation>Servizi digitali trattati</translation>
    </message>
    <message>
        <source>Space ticks the digital services worked on.</source>
        <translation>La barra spaziatrice spunta i servizi digitali trattati.</translation>
    </message>
    <message>
        <source>Worked on:</source>
        <translation>Servizi trattati:</translation>
    </message>
    <message>
        <source>Was the goal reached?</source>
        <translation>L&apos;obiettivo è stato raggiunto?</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Non indicato</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Raggiunto</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Non raggiunto</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Obiettivo:</translation>
    </message>
    <message>
        <source>Why the goal was not reached</source>
        <translation>Perché l&apos;obiettivo non è stato raggiunto</translation>
    </message>
    <message>
        <source>Why not:</source>
        <translation>Motivo:</translation>
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
        <translation>Altro comune</translation>
    </message>
    <message>
        <source> €</source>
        <translation> €</translation>
    </message>
    <message>
        <source>ordinary</source>
        <translation>ordinario</translation>
    </message>
    <message>
        <source>socio-sanitary</source>
        <translation>sociosanitario</translation>
    </message>
    <message>
        <source>minors</source>
        <translation>minorenni</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiana</translation>
    </message>
    <message>
        <source>EU</source>
        <translation>UE</translation>
    </message>
    <message>
        <source>Non-EU</source>
        <translation>Extra UE</translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation>&amp;Età:</translation>
    </message>
    <message>
        <source>Co&amp;mune:</source>
        <translation>&amp;Comune:</translation>
    </message>
    <message>
        <source>&amp;ISEE:</source>
        <translation>&amp;ISEE:</translation>
    </message>
    <message>
        <source>ISEE t&amp;ype:</source>
        <translation>&amp;Tipo di ISEE:</translation>
    </message>
    <message>
        <source>House&amp;hold members:</source>
        <translation>Componenti del &amp;nucleo:</translation>
    </message>
    <message>
        <source>Member aged &amp;60+:</source>
        <translation>Componente di &amp;60+ anni:</translation>
    </message>
    <message>
        <source>Member aged 6&amp;5+:</source>
        <translation>Componente di 6&amp;5+ anni:</translation>
    </message>
    <message>
        <source>Member with &amp;disability:</source>
        <translation>Componente con &amp;disabilità:</translation>
    </message>
    <message>
        <source>&amp;Lone parent:</source>
        <translation>&amp;Genitore solo:</translation>
    </message>
    <message>
        <source>Citi&amp;zenship:</source>
        <translation>Citt&amp;adinanza:</translation>
    </message>
    <message>
        <source>Residence &amp;permit:</source>
        <translation>Permesso di soggi&amp;orno:</translation>
    </message>
    <message>
        <source>Clear facts</source>
        <translation>Cancella i dati</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Minor childre&amp;n:</source>
        <translation>&amp;Figli minorenni:</translation>
    </message>
</context>
<context>
    <name>sportello::ui::FirstRunWizard</name>
    <message>
        <source>Set up this desk</source>
        <translation>Configurazione dello sportello</translation>
    </message>
    <message>
        <source>The desk</source>
        <translation>Lo sportello</translation>
    </message>
    <message>
        <source>These details appear on the handouts and letters given to citizens.</source>
        <translation>Questi dati compaiono sulle schede e sulle lettere consegnate ai cittadini.</translation>
    </message>
    <message>
        <source>e.g. Centro di Ascolto Caritas Pioltello</source>
        <translation>es. Centro di Ascolto Caritas Pioltello</translation>
    </message>
    <message>
        <source>e.g. PIO-CDA</source>
        <translation>es. PIO-CDA</translation>
    </message>
    <message>
        <source>Address, phone, e-mail, opening hours — one per line</source>
        <translation>Indirizzo, telefono, e-mail, orari — uno per riga</translation>
    </message>
    <message>
        <source>Desk &amp;name:</source>
        <translation>&amp;Nome dello sportello:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Ente:</translation>
    </message>
    <message>
        <source>&amp;Comune:</source>
        <translation>&amp;Comune:</translation>
    </message>
    <message>
        <source>Desk &amp;code:</source>
        <translation>C&amp;odice dello sportello:</translation>
    </message>
    <message>
        <source>Con&amp;tacts for handouts:</source>
        <translation>Con&amp;tatti per le schede:</translation>
    </message>
    <message>
        <source>The first coordinator</source>
        <translation>Il primo coordinatore</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Nome e cognome:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nome &amp;utente:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Ripetere la p&amp;assword:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Chiave di recupero</translation>
    </message>
    <message>
        <source>If every password is lost, this key is the only way to open the data again. It is shown only now: print it or write it down and keep it locked away from this computer.</source>
        <translation>Se tutte le password vanno perse, questa chiave è l&apos;unico modo per riaprire i dati. Viene mostrata solo ora: stamparla o trascriverla e conservarla sotto chiave, lontano da questo computer.</translation>
    </message>
    <message>
        <source>&amp;Print the recovery key…</source>
        <translation>S&amp;tampa la chiave di recupero…</translation>
    </message>
    <message>
        <source>&amp;Save it as PDF…</source>
        <translation>&amp;Salvala in PDF…</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key and stored it safely</source>
        <translation>Ho stampato o trascritto la chiave di recupero e l&apos;ho conservata in un luogo sicuro</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Le due password sono diverse.</translation>
    </message>
    <message>
        <source>The coordinator creates the other operators&apos; accounts. Choose a password of at least 10 characters, without the names of the desk or its comune: a short phrase is easy to remember and hard to guess.</source>
        <translation>Il coordinatore crea gli account degli altri operatori. Scegliere una password di almeno 10 caratteri, senza i nomi dello sportello o del comune: una breve frase è facile da ricordare e difficile da indovinare.</translation>
    </message>
</context>
<context>
    <name>sportello::ui::FollowUpModel</name>
    <message>
        <source>Overdue</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Prossimi</translation>
    </message>
    <message>
        <source>Anonymous walk-in</source>
        <translation>Accesso anonimo</translation>
    </message>
    <message>
        <source>Person #%1 (no longer recorded)</source>
        <translation>Persona n. %1 (non più registrata)</translation>
    </message>
    <message>
        <source>Operator #%1</source>
        <translation>Operatore n. %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>follow-up group (count)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n follow-up(s)</source>
        <translation>
            <numerusform>%1: %n ricontatto</numerusform>
            <numerusform>%1: %n ricontatti</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>date (group)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
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
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assegnato a</translation>
    </message>
    <message>
        <source>Referral to %1 awaiting feedback since %2</source>
        <translation>Segnalazione a %1 in attesa di riscontro dal %2</translation>
    </message>
    <message>
        <source>Referred by %1</source>
        <translation>Segnalata da %1</translation>
    </message>
</context>
<context>
    <name>sportello::ui::FollowUpPage</name>
    <message>
        <source>To call back</source>
        <translation>Da ricontattare</translation>
    </message>
    <message>
        <source>Only &amp;mine</source>
        <translation>Solo i &amp;miei</translation>
    </message>
    <message>
        <source>Show only the follow-ups assigned to me</source>
        <translation>Mostra solo i ricontatti assegnati a me</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>Aggiorna l&apos;elenco</translation>
    </message>
    <message>
        <source>Follow-ups to do</source>
        <translation>Ricontatti da fare</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Fatto…</translation>
    </message>
    <message>
        <source>Mark the selected follow-up as done</source>
        <translation>Segna come effettuato il ricontatto selezionato</translation>
    </message>
    <message>
        <source>&amp;Open person</source>
        <translation>Apri la &amp;persona</translation>
    </message>
    <message>
        <source>Open the record of the selected person</source>
        <translation>Apri la scheda della persona selezionata</translation>
    </message>
    <message>
        <source>Nobody to call back.</source>
        <translation>Nessuno da ricontattare.</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n in ritardo</numerusform>
            <numerusform>%n in ritardo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n in scadenza oggi</numerusform>
            <numerusform>%n in scadenza oggi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upcoming</source>
        <translation>
            <numerusform>%n prossimo</numerusform>
            <numerusform>%n prossimi</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1, due on %2</source>
        <translation>%1, entro il %2</translation>
    </message>
    <message>
        <source>Open referr&amp;al</source>
        <translation>Apri se&amp;gnalazione</translation>
    </message>
    <message>
        <source>Open the selected referral</source>
        <translation>Apri la segnalazione selezionata</translation>
    </message>
</context>
<context>
    <name>sportello::ui::HandoutDialog</name>
    <message>
        <source>Handout for the citizen</source>
        <translation>Scheda per il cittadino</translation>
    </message>
    <message>
        <source>Language of the handout</source>
        <translation>Lingua della scheda</translation>
    </message>
    <message>
        <source>&amp;Language of the handout:</source>
        <translation>&amp;Lingua della scheda:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Salva PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>S&amp;tampa…</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>Salva la scheda in PDF</translation>
    </message>
</context>
<context>
    <name>sportello::ui::HistoryModel</name>
    <message>
        <source>created</source>
        <translation>creato</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificato</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
</context>
<context>
    <name>sportello::ui::LoginPanel</name>
    <message>
        <source>Sportello is locked</source>
        <translation>Sportello è bloccato</translation>
    </message>
    <message>
        <source>Log in to work at the desk.</source>
        <translation>Accedere per lavorare allo sportello.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nome &amp;utente:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Accedi</translation>
    </message>
    <message>
        <source>All passwords lost? Use the &amp;recovery key…</source>
        <translation>Password perse? Usare la &amp;chiave di recupero…</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Chiave di recupero</translation>
    </message>
    <message>
        <source>Type the recovery key printed when the desk was set up (groups of letters and digits):</source>
        <translation>Digitare la chiave di recupero stampata alla configurazione dello sportello (gruppi di lettere e cifre):</translation>
    </message>
    <message>
        <source>Coordinator account to give a new password:</source>
        <translation>Account del coordinatore a cui dare una nuova password:</translation>
    </message>
    <message>
        <source>New password (at least 10 characters):</source>
        <translation>Nuova password (almeno 10 caratteri):</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Verifica della password in corso…</translation>
    </message>
</context>
<context>
    <name>sportello::ui::MainWindow</name>
    <message>
        <source>Sportello — demo profile</source>
        <translation>Sportello — profilo dimostrativo</translation>
    </message>
    <message>
        <source>Sportello</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sezioni</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About Sportello</source>
        <translation>&amp;Informazioni su Sportello</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <source>Demo profile (demo data)</source>
        <translation>Profilo dimostrativo (dati dimostrativi)</translation>
    </message>
    <message>
        <source>Desk profile</source>
        <translation>Profilo dello sportello</translation>
    </message>
    <message>
        <source>Database schema %1</source>
        <translation>Schema del database %1</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloccato</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Blocca ora</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Cambia &amp;password…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Manuale</translation>
    </message>
</context>
<context>
    <name>sportello::ui::ManualWindow</name>
    <message>
        <source>Sportello manual</source>
        <translation>Manuale di Sportello</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Indice</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuale</translation>
    </message>
</context>
<context>
    <name>sportello::ui::MoveDialog</name>
    <message>
        <source>Sent &amp;by:</source>
        <translation>Inviata &amp;tramite:</translation>
    </message>
    <message>
        <source>&amp;What was missing:</source>
        <translation>&amp;Cosa mancava:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Referral: %1</source>
        <translation>Segnalazione: %1</translation>
    </message>
    <message>
        <source>From &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Da &lt;b&gt;%1&lt;/b&gt; a &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reason for the step</source>
        <translation>Motivo del passaggio</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(non indicato)</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Esito finale</translation>
    </message>
    <message>
        <source>How it &amp;ended:</source>
        <translation>&amp;Esito finale:</translation>
    </message>
    <message>
        <source>Where it was redirected</source>
        <translation>Dove è stata reindirizzata</translation>
    </message>
    <message>
        <source>Redirected &amp;to:</source>
        <translation>Reindirizzata &amp;a:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registra</translation>
    </message>
    <message>
        <source>Record this step</source>
        <translation>Registra questo passaggio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Back to &amp;draft…</source>
        <translation>Torna in &amp;bozza…</translation>
    </message>
    <message>
        <source>Mark as &amp;sent…</source>
        <translation>Segna come &amp;inviata…</translation>
    </message>
    <message>
        <source>Mark as &amp;received…</source>
        <translation>Segna come &amp;ricevuta…</translation>
    </message>
    <message>
        <source>&amp;Under assessment…</source>
        <translation>In &amp;valutazione…</translation>
    </message>
    <message>
        <source>&amp;Taken on…</source>
        <translation>Presa in &amp;carico…</translation>
    </message>
    <message>
        <source>&amp;Not taken on…</source>
        <translation>&amp;Non presa in carico…</translation>
    </message>
    <message>
        <source>Re&amp;directed…</source>
        <translation>Rein&amp;dirizzata…</translation>
    </message>
    <message>
        <source>Returned &amp;incomplete…</source>
        <translation>Respinta inco&amp;mpleta…</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>C&amp;hiudi…</translation>
    </message>
    <message>
        <source>&amp;Cancel referral…</source>
        <translation>Ann&amp;ulla la segnalazione…</translation>
    </message>
    <message>
        <source>The referral was not sent. %1</source>
        <translation>La segnalazione non è stata inviata. %1</translation>
    </message>
</context>
<context>
    <name>sportello::ui::NeedPicker</name>
    <message>
        <source>Type a word or a code: bollette, affitto, POV.UT…</source>
        <translation>Scrivere una parola o un codice: bollette, affitto, POV.UT…</translation>
    </message>
    <message>
        <source>Add a need</source>
        <translation>Aggiungi un bisogno</translation>
    </message>
    <message>
        <source>Type part of a need or its code, choose with ↓/↑ and add it with Enter. Backspace in the empty field removes the last need.</source>
        <translation>Scrivere parte di un bisogno o il suo codice, scegliere con ↓/↑ e aggiungerlo con Invio. Backspace nel campo vuoto rimuove l&apos;ultimo bisogno.</translation>
    </message>
    <message>
        <source>No need matches &quot;%1&quot;</source>
        <translation>Nessun bisogno corrisponde a &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Needs of this session</source>
        <translation>Bisogni di questo colloquio</translation>
    </message>
    <message>
        <source>Delete removes the selected need.</source>
        <translation>Canc rimuove il bisogno selezionato.</translation>
    </message>
    <message>
        <source>needs consent</source>
        <translation>richiede il consenso</translation>
    </message>
</context>
<context>
    <name>sportello::ui::OutboxModel</name>
    <message>
        <source>next round</source>
        <translation>al prossimo giro</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Tentativi</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Ultimo problema</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Prossimo tentativo</translation>
    </message>
</context>
<context>
    <name>sportello::ui::PersonFieldsForm</name>
    <message>
        <source>Not known</source>
        <translation>Non noto</translation>
    </message>
    <message>
        <source>Year of birth:</source>
        <translation>Anno di nascita:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Sesso:</translation>
    </message>
    <message>
        <source>Comune:</source>
        <translation>Comune di residenza:</translation>
    </message>
    <message>
        <source>Citizenship:</source>
        <translation>Cittadinanza:</translation>
    </message>
    <message>
        <source>Household:</source>
        <translation>Nucleo familiare:</translation>
    </message>
    <message>
        <source>People in the household:</source>
        <translation>Componenti del nucleo:</translation>
    </message>
    <message>
        <source>Of whom minors:</source>
        <translation>Di cui minori:</translation>
    </message>
    <message>
        <source>Work:</source>
        <translation>Condizione lavorativa:</translation>
    </message>
    <message>
        <source>Education:</source>
        <translation>Titolo di studio:</translation>
    </message>
    <message>
        <source>Handout language:</source>
        <translation>Lingua della scheda:</translation>
    </message>
    <message>
        <source>Contact by:</source>
        <translation>Contatto tramite:</translation>
    </message>
    <message>
        <source>Taken from the codice fiscale</source>
        <translation>Ricavato dal codice fiscale</translation>
    </message>
</context>
<context>
    <name>sportello::ui::PersonForm</name>
    <message>
        <source>&lt;b&gt;Possible duplicates&lt;/b&gt; — is it one of these people? Enter takes the existing record.</source>
        <translation>&lt;b&gt;Possibili duplicati&lt;/b&gt; — è una di queste persone? Con Invio si sceglie la scheda esistente.</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possibili duplicati</translation>
    </message>
    <message>
        <source>People already recorded with the same or a similar name. Choose the existing record, or the last line to record a new person.</source>
        <translation>Persone già registrate con lo stesso nome o con un nome simile. Scegliere la scheda esistente, oppure l&apos;ultima riga per registrare una nuova persona.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome e cognome:</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Optional. When valid it fills in the year of birth and the gender.</source>
        <translation>Facoltativo. Se è valido, compila l&apos;anno di nascita e il sesso.</translation>
    </message>
    <message>
        <source>Codice fiscale:</source>
        <translation>Codice fiscale:</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Anno di nascita</translation>
    </message>
    <message>
        <source>year</source>
        <translation>anno</translation>
    </message>
    <message>
        <source>Year of birth; empty when not known.</source>
        <translation>Anno di nascita; vuoto se non è noto.</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Sesso</translation>
    </message>
    <message>
        <source>Born in:</source>
        <translation>Nato/a nel:</translation>
    </message>
    <message>
        <source>Comune of residence</source>
        <translation>Comune di residenza</translation>
    </message>
    <message>
        <source>Lives in:</source>
        <translation>Residente a:</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Cittadinanza</translation>
    </message>
    <message>
        <source>Citizenship:</source>
        <translation>Cittadinanza:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numero di telefono</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>Contatto preferito</translation>
    </message>
    <message>
        <source>How the person prefers to be contacted.</source>
        <translation>Come la persona preferisce essere contattata.</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefono:</translation>
    </message>
    <message>
        <source>Language of the printed handout</source>
        <translation>Lingua della scheda stampata</translation>
    </message>
    <message>
        <source>Handout in:</source>
        <translation>Scheda in:</translation>
    </message>
    <message>
        <source>same codice fiscale</source>
        <translation>stesso codice fiscale</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>stesso nome</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>nome simile</translation>
    </message>
    <message>
        <source>%1, born %2 — %3</source>
        <translation>%1, nato/a nel %2 — %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>None of these: record a new person</source>
        <translation>Nessuna di queste: registra una nuova persona</translation>
    </message>
    <message>
        <source>✓ Born on %1</source>
        <translation>✓ Nato/a il %1</translation>
    </message>
</context>
<context>
    <name>sportello::ui::PersonPage</name>
    <message>
        <source>Type a name, a surname or a codice fiscale above to open a person&apos;s record.</source>
        <translation>Scrivere sopra un nome, un cognome o un codice fiscale per aprire la scheda di una persona.</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Cerca una persona</translation>
    </message>
    <message>
        <source>Name, surname or codice fiscale</source>
        <translation>Nome, cognome o codice fiscale</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Persone trovate</translation>
    </message>
    <message>
        <source>&amp;Find a person:</source>
        <translation>&amp;Cerca una persona:</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Non contattare</translation>
    </message>
    <message>
        <source>The person asked not to be contacted: no call-backs.</source>
        <translation>La persona ha chiesto di non essere contattata: nessun ricontatto.</translation>
    </message>
    <message>
        <source>&amp;Edit details</source>
        <translation>&amp;Modifica i dati</translation>
    </message>
    <message>
        <source>Edit the details</source>
        <translation>Modifica i dati</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Save the details</source>
        <translation>Salva i dati</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnulla</translation>
    </message>
    <message>
        <source>Cancel the changes</source>
        <translation>Annulla le modifiche</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Schedule follow-&amp;up…</source>
        <translation>Programma un ricon&amp;tatto…</translation>
    </message>
    <message>
        <source>Schedule a follow-up</source>
        <translation>Programma un ricontatto</translation>
    </message>
    <message>
        <source>%1 (born %2)</source>
        <translation>%1 (nato/a nel %2)</translation>
    </message>
    <message>
        <source>Nobody found</source>
        <translation>Nessuna persona trovata</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>The changes to the details of %1 are not saved. Discard them?</source>
        <translation>Le modifiche ai dati di %1 non sono state salvate. Scartarle?</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>nato/a nel %1</translation>
    </message>
    <message>
        <source>year of birth not known</source>
        <translation>anno di nascita non noto</translation>
    </message>
    <message>
        <source>%1  ·  comune: %2  ·  contact by: %3</source>
        <translation>%1  ·  comune: %2  ·  contatto: %3</translation>
    </message>
    <message>
        <source>The person asked not to be contacted.</source>
        <translation>La persona ha chiesto di non essere contattata.</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Cancella questa persona…</translation>
    </message>
    <message>
        <source>Erase this person for good</source>
        <translation>Cancella definitivamente questa persona</translation>
    </message>
    <message>
        <source>At the person&apos;s request: removes the record, consents, follow-ups and every note; sessions and referrals stay in the statistics without the person.</source>
        <translation>Su richiesta della persona: elimina la scheda, i consensi, i ricontatti e ogni nota; colloqui e segnalazioni restano nelle statistiche senza la persona.</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Cancella questa persona</translation>
    </message>
    <message>
        <source>Erase %1 at their request?

Their name, codice fiscale, contacts, address, consents and follow-ups go for good, with the notes of their sessions and referrals. The sessions and referrals stay, without the person, so that statistics still count them. This cannot be undone.</source>
        <translation>Cancellare %1 su sua richiesta?

Nome, codice fiscale, recapiti, indirizzo, consensi e ricontatti vengono eliminati definitivamente, con le note dei colloqui e delle segnalazioni. Colloqui e segnalazioni restano, senza la persona, perché le statistiche continuino a contarli. L&apos;operazione non si può annullare.</translation>
    </message>
    <message>
        <source>To confirm, type the name &quot;%1&quot;:</source>
        <translation>Per confermare, digita il cognome «%1»:</translation>
    </message>
    <message>
        <source>The name typed is not &quot;%1&quot;: nothing was erased.</source>
        <translation>Il cognome digitato non è «%1»: non è stato cancellato nulla.</translation>
    </message>
    <message>
        <source>Files about the erased person</source>
        <translation>File sulla persona cancellata</translation>
    </message>
    <message>
        <source>The desk wrote these files about the person. Delete them too?

%1

Copies made elsewhere (printed, sent, backed up) must be destroyed by hand.</source>
        <translation>Lo sportello ha scritto questi file sulla persona. Eliminarli?

%1

Le copie fatte altrove (stampate, inviate, in un backup) vanno distrutte a mano.</translation>
    </message>
    <message>
        <source>These files could not be deleted; delete them by hand:

%1</source>
        <translation>Impossibile eliminare questi file; eliminarli a mano:

%1</translation>
    </message>
    <message>
        <source>E&amp;xport all data…</source>
        <translation>E&amp;sportare tutti i dati…</translation>
    </message>
    <message>
        <source>Export everything held about this person</source>
        <translation>Esportare tutto ciò che è conservato su questa persona</translation>
    </message>
    <message>
        <source>At the person&apos;s request: a PDF to read and a JSON file with everything the desk holds about them (GDPR articles 15 and 20).</source>
        <translation>Su richiesta della persona: un PDF da leggere e un file JSON con tutto ciò che lo sportello conserva su di lei (articoli 15 e 20 del GDPR).</translation>
    </message>
    <message>
        <source>The list of people is loading…</source>
        <translation>Sto caricando l&apos;elenco delle persone…</translation>
    </message>
</context>
<context>
    <name>sportello::ui::PersonPanel</name>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>Type the name or the codice fiscale…</source>
        <translation>Scrivere il nome o il codice fiscale…</translation>
    </message>
    <message>
        <source>Person: name or codice fiscale</source>
        <translation>Persona: nome o codice fiscale</translation>
    </message>
    <message>
        <source>Type part of the name: ↓/↑ choose a person already recorded, &quot;New person&quot; or an anonymous walk-in; Enter confirms.</source>
        <translation>Scrivere parte del nome: con ↓/↑ si sceglie una persona già registrata, &quot;Nuova persona&quot; o un accesso anonimo; Invio conferma.</translation>
    </message>
    <message>
        <source>Anonymous walk-in (no personal record)</source>
        <translation>Accesso anonimo (senza scheda personale)</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, nato/a nel %2</translation>
    </message>
    <message>
        <source>Already recorded</source>
        <translation>Già registrate</translation>
    </message>
    <message>
        <source>+ New person: %1</source>
        <translation>+ Nuova persona: %1</translation>
    </message>
    <message>
        <source>Record a new person with this name</source>
        <translation>Registra una nuova persona con questo nome</translation>
    </message>
    <message>
        <source>The session counts in the statistics; nothing personal is recorded.</source>
        <translation>Il colloquio conta nelle statistiche; non si registra alcun dato personale.</translation>
    </message>
    <message>
        <source>Anonymous walk-in</source>
        <translation>Accesso anonimo</translation>
    </message>
    <message>
        <source>Nobody chosen yet.</source>
        <translation>Nessuna persona scelta.</translation>
    </message>
    <message>
        <source>✓ %1 is already recorded.</source>
        <translation>✓ %1 è già registrato/a.</translation>
    </message>
    <message>
        <source>New person: recorded when you save the session.</source>
        <translation>Nuova persona: viene registrata al salvataggio del colloquio.</translation>
    </message>
    <message>
        <source>Anonymous walk-in: the session counts in the statistics, nothing personal is recorded.</source>
        <translation>Accesso anonimo: il colloquio conta nelle statistiche, non si registra alcun dato personale.</translation>
    </message>
    <message>
        <source>✓ %1 is recorded.</source>
        <translation>✓ %1 è registrato/a.</translation>
    </message>
    <message>
        <source>Looking for people already recorded: the list is loading…</source>
        <translation>Cerco tra le persone già registrate: sto caricando l&apos;elenco…</translation>
    </message>
    <message>
        <source>The names of the people recorded here are being read; the matches appear in a moment.</source>
        <translation>Sto leggendo i nomi delle persone registrate qui: tra un momento compaiono le corrispondenze.</translation>
    </message>
</context>
<context>
    <name>sportello::ui::PrivacyNoticeEditor</name>
    <message>
        <source>Privacy notice</source>
        <translation>Informativa privacy</translation>
    </message>
    <message>
        <source>Privacy notice editor</source>
        <translation>Modifica dell&apos;informativa privacy</translation>
    </message>
    <message>
        <source>This text is given or read to every person before their consent is recorded. Separate paragraphs with an empty line; a short line on its own is a heading; lines starting with &quot;- &quot; are a list. {desk}, {organization}, {comune} and {contacts} are replaced with the desk&apos;s details. Each saved change becomes a new version, and consents remember the version they were given on.</source>
        <translation>Questo testo viene consegnato o letto a ogni persona prima di registrarne il consenso. Separare i paragrafi con una riga vuota; una riga breve da sola è un titolo; le righe che iniziano con &quot;- &quot; formano un elenco. {desk}, {organization}, {comune} e {contacts} vengono sostituiti con i dati dello sportello. Ogni modifica salvata diventa una nuova versione, e ogni consenso ricorda la versione su cui è stato dato.</translation>
    </message>
    <message>
        <source>How to write the notice</source>
        <translation>Come scrivere l&apos;informativa</translation>
    </message>
    <message>
        <source>Version of the notice</source>
        <translation>Versione dell&apos;informativa</translation>
    </message>
    <message>
        <source>Text of the privacy notice</source>
        <translation>Testo dell&apos;informativa privacy</translation>
    </message>
    <message>
        <source>Save the notice</source>
        <translation>Salva l&apos;informativa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>&amp;Restore default</source>
        <translation>&amp;Ripristina l&apos;originale</translation>
    </message>
    <message>
        <source>Restore the built-in notice</source>
        <translation>Ripristina l&apos;informativa predefinita</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Salva in &amp;PDF…</translation>
    </message>
    <message>
        <source>Save a blank consent form as PDF</source>
        <translation>Salva in PDF un modulo di consenso vuoto</translation>
    </message>
    <message>
        <source>Changed, not saved yet: saving makes a new version.</source>
        <translation>Modificata, non ancora salvata: il salvataggio crea una nuova versione.</translation>
    </message>
    <message>
        <source>Built-in notice, version %1.</source>
        <translation>Informativa predefinita, versione %1.</translation>
    </message>
    <message>
        <source>Version %1, saved on %2.</source>
        <translation>Versione %1, salvata il %2.</translation>
    </message>
    <message>
        <source>Replace the text with the built-in notice? The text in the editor will be lost.</source>
        <translation>Sostituire il testo con l&apos;informativa predefinita? Il testo attuale andrà perso.</translation>
    </message>
    <message>
        <source>draft, not saved</source>
        <translation>bozza, non salvata</translation>
    </message>
    <message>
        <source>Save consent form as PDF</source>
        <translation>Salva il modulo di consenso in PDF</translation>
    </message>
    <message>
        <source>The privacy notice cannot be empty.</source>
        <translation>L&apos;informativa privacy non può essere vuota.</translation>
    </message>
    <message>
        <source>Discard the changes to the privacy notice?</source>
        <translation>Scartare le modifiche all&apos;informativa privacy?</translation>
    </message>
</context>
<context>
    <name>sportello::ui::ReceivedReferralsPage</name>
    <message>
        <source>Referrals received</source>
        <translation>Segnalazioni ricevute</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuta il</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destinazione</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bisogni</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgenza</translation>
    </message>
    <message>
        <source>Person (anonymous)</source>
        <translation>Persona (anonima)</translation>
    </message>
    <message>
        <source>Our answer</source>
        <translation>Nostra risposta</translation>
    </message>
    <message>
        <source>Take on</source>
        <translation>Prendi in carico</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Non prendere in carico…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Chiudi…</translation>
    </message>
    <message>
        <source>No referral has been addressed to this desk through the network.</source>
        <translation>Nessuna segnalazione è stata indirizzata a questo sportello tramite la rete.</translation>
    </message>
    <message>
        <source>Referrals other desks of the network sent to this desk. Only codes reach it: the person brings the letter with the referral&apos;s code. Each answer goes back to the desk that sent the referral.</source>
        <translation>Segnalazioni che altri sportelli della rete hanno inviato a questo sportello. Arrivano solo codici: la persona porta la lettera con il codice della segnalazione. Ogni risposta torna allo sportello che ha inviato la segnalazione.</translation>
    </message>
    <message>
        <source>Referral %1 received through the network</source>
        <translation>Segnalazione %1 ricevuta tramite la rete</translation>
    </message>
</context>
<context>
    <name>sportello::ui::RecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>Nuova chiave di recupero</translation>
    </message>
    <message>
        <source>The desk has a new recovery key; the old one no longer opens anything. It is shown only now: print it or write it down and keep it locked away from this computer.</source>
        <translation>Lo sportello ha una nuova chiave di recupero; la vecchia non apre più nulla. Viene mostrata solo ora: stamparla o trascriverla e conservarla sotto chiave, lontano da questo computer.</translation>
    </message>
    <message>
        <source>&amp;Print the recovery key…</source>
        <translation>S&amp;tampa la chiave di recupero…</translation>
    </message>
    <message>
        <source>&amp;Save it as PDF…</source>
        <translation>&amp;Salvala in PDF…</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key and stored it safely</source>
        <translation>Ho stampato o trascritto la chiave di recupero e l&apos;ho conservata in un luogo sicuro</translation>
    </message>
</context>
<context>
    <name>sportello::ui::ReferralDetail</name>
    <message>
        <source>Choose a referral in the list to see it here.</source>
        <translation>Scegli una segnalazione nell&apos;elenco per vederla qui.</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Persona:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Urgenza:</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>Bisogni:</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Ufficio:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creata:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Inviata:</translation>
    </message>
    <message>
        <source>Taken on:</source>
        <translation>Presa in carico:</translation>
    </message>
    <message>
        <source>Answer expected by:</source>
        <translation>Riscontro atteso entro:</translation>
    </message>
    <message>
        <source>Final outcome:</source>
        <translation>Esito finale:</translation>
    </message>
    <message>
        <source>Note for the destination</source>
        <translation>Nota per la destinazione</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>History of the referral</source>
        <translation>Storia della segnalazione</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passaggio</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Storia</translation>
    </message>
    <message>
        <source>&amp;Open person</source>
        <translation>Apri &amp;persona</translation>
    </message>
    <message>
        <source>Open the record of the referral&apos;s person</source>
        <translation>Apri la scheda della persona segnalata</translation>
    </message>
    <message>
        <source>Letter (&amp;PDF)…</source>
        <translation>&amp;Lettera (PDF)…</translation>
    </message>
    <message>
        <source>Save the referral letter as a PDF</source>
        <translation>Salva la lettera di segnalazione in PDF</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonima</translation>
    </message>
    <message>
        <source>Person #%1 (no longer recorded)</source>
        <translation>Persona n. %1 (non più registrata)</translation>
    </message>
    <message>
        <source>Operator #%1</source>
        <translation>Operatore n. %1</translation>
    </message>
    <message>
        <source>Referral %1 to %2 for %3</source>
        <translation>Segnalazione %1 a %2 per %3</translation>
    </message>
    <message>
        <source>%1 — referral %2</source>
        <translation>%1 — segnalazione %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 da %2</translation>
    </message>
    <message>
        <source>%1 — late</source>
        <translation>%1 — in ritardo</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Registrata</translation>
    </message>
    <message>
        <source>Created as %1</source>
        <translation>Creata come %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Record the step: %1</source>
        <translation>Registra il passaggio: %1</translation>
    </message>
    <message>
        <source>This referral is finished: it has no further steps.</source>
        <translation>Questa segnalazione è conclusa: non ha altri passaggi.</translation>
    </message>
    <message>
        <source>&amp;Edit the draft…</source>
        <translation>Co&amp;mpleta la bozza…</translation>
    </message>
    <message>
        <source>Complete the draft before sending it (needs, office, urgency, note, answer date)</source>
        <translation>Completa la bozza prima di inviarla (bisogni, ufficio, urgenza, nota, data di riscontro)</translation>
    </message>
    <message>
        <source>from the network</source>
        <translation>dalla rete</translation>
    </message>
    <message>
        <source>Answer not applied: %1</source>
        <translation>Risposta non applicata: %1</translation>
    </message>
    <message>
        <source>The destination answered through the network, but this referral cannot move there from its present state. Record the steps by hand if the answer is right.</source>
        <translation>Il destinatario ha risposto tramite la rete, ma la segnalazione non può passare a quello stato da quello attuale. Se la risposta è corretta, registrare i passaggi a mano.</translation>
    </message>
</context>
<context>
    <name>sportello::ui::ReferralDialog</name>
    <message>
        <source>New referral</source>
        <translation>Nuova segnalazione</translation>
    </message>
    <message>
        <source>Kind of referral</source>
        <translation>Tipo di segnalazione</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destinazione</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destinazione:</translation>
    </message>
    <message>
        <source>Organization or service of the catalogue</source>
        <translation>Ente o servizio del catalogo</translation>
    </message>
    <message>
        <source>Optional: type part of the name to search the catalogue</source>
        <translation>Facoltativo: scrivi parte del nome per cercare nel catalogo</translation>
    </message>
    <message>
        <source>Organization or &amp;service:</source>
        <translation>Ente o &amp;servizio:</translation>
    </message>
    <message>
        <source>Needs of the referral</source>
        <translation>Bisogni della segnalazione</translation>
    </message>
    <message>
        <source>The needs recorded in the session; Space ticks or unticks.</source>
        <translation>I bisogni registrati nel colloquio; Spazio spunta o toglie la spunta.</translation>
    </message>
    <message>
        <source>No needs were recorded in the session.</source>
        <translation>Nel colloquio non sono stati registrati bisogni.</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>Bisogni:</translation>
    </message>
    <message>
        <source>&amp;Needs:</source>
        <translation>&amp;Bisogni:</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgenza</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>&amp;Urgenza:</translation>
    </message>
    <message>
        <source>Social emergency contact</source>
        <translation>Contatto del pronto intervento sociale</translation>
    </message>
    <message>
        <source>Note for the destination</source>
        <translation>Nota per la destinazione</translation>
    </message>
    <message>
        <source>Why the person is referred, what has been done, what is asked of the destination.</source>
        <translation>Perché la persona viene segnalata, cosa è stato fatto, cosa si chiede alla destinazione.</translation>
    </message>
    <message>
        <source>Printed in the referral letter; kept encrypted, never sent to the hub.</source>
        <translation>Stampata nella lettera di segnalazione; conservata cifrata, mai inviata allo hub.</translation>
    </message>
    <message>
        <source>N&amp;ote for the destination:</source>
        <translation>N&amp;ota per la destinazione:</translation>
    </message>
    <message>
        <source>Answer expected by</source>
        <translation>Riscontro atteso entro</translation>
    </message>
    <message>
        <source>The referral joins the follow-up list on this day if no answer has come.</source>
        <translation>In questo giorno, se non è arrivata risposta, la segnalazione entra nell&apos;elenco da ricontattare.</translation>
    </message>
    <message>
        <source>&amp;Answer expected by:</source>
        <translation>Risposta &amp;attesa entro:</translation>
    </message>
    <message>
        <source>&amp;Create referral</source>
        <translation>&amp;Crea segnalazione</translation>
    </message>
    <message>
        <source>Create the referral</source>
        <translation>Crea la segnalazione</translation>
    </message>
    <message>
        <source>The catalogue cannot be read: %1</source>
        <translation>Non è possibile leggere il catalogo: %1</translation>
    </message>
    <message>
        <source>The catalogue cannot be read, so the social emergency service cannot be shown. If health or safety is in danger, call 112.</source>
        <translation>Non è possibile leggere il catalogo, quindi il pronto intervento sociale non può essere mostrato. Se la salute o la sicurezza sono in pericolo, chiamare il 112.</translation>
    </message>
    <message>
        <source>Urgent: no social emergency service (PIS) with a phone number is in the catalogue. Call the Social Services of the Comune. If health or safety is in danger, call 112.</source>
        <translation>Urgente: nel catalogo non c&apos;è un Pronto intervento sociale con un numero di telefono. Chiamare i Servizi sociali del Comune. Se la salute o la sicurezza sono in pericolo, chiamare il 112.</translation>
    </message>
    <message>
        <source>Urgent, same day: call the social emergency service now.</source>
        <translation>Urgente, in giornata: chiamare subito il Pronto intervento sociale.</translation>
    </message>
    <message>
        <source>If health or safety is in danger, call 112.</source>
        <translation>Se la salute o la sicurezza sono in pericolo, chiamare il 112.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name one entry of the catalogue. Choose an organization or a service from the list, or leave the field empty.</source>
        <translation>&quot;%1&quot; non corrisponde a una sola voce del catalogo. Scegli un ente o un servizio dall&apos;elenco, oppure lascia vuoto il campo.</translation>
    </message>
    <message>
        <source>Complete the draft referral</source>
        <translation>Completa la bozza di segnalazione</translation>
    </message>
    <message>
        <source>Sa&amp;ve the draft</source>
        <translation>Sal&amp;va la bozza</translation>
    </message>
    <message>
        <source>Save the completed draft</source>
        <translation>Salva la bozza completata</translation>
    </message>
</context>
<context>
    <name>sportello::ui::ReferralListModel</name>
    <message>
        <source>Anonymous</source>
        <translation>Anonima</translation>
    </message>
    <message>
        <source>Person #%1 (no longer recorded)</source>
        <translation>Persona n. %1 (non più registrata)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>destination type — catalogue entry</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Answer expected by %1: late</source>
        <translation>Riscontro atteso entro il %1: in ritardo</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since it was sent</source>
        <translation>
            <numerusform>%n giorno dall&apos;invio</numerusform>
            <numerusform>%n giorni dall&apos;invio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since it was created</source>
        <translation>
            <numerusform>%n giorno dalla creazione</numerusform>
            <numerusform>%n giorni dalla creazione</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>%1: %2, late</source>
        <translation>%1: %2, in ritardo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creazione</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destinazione</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bisogni</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgenza</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Giorni</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Riscontro entro</translation>
    </message>
    <message>
        <source>%1 (from the network)</source>
        <translation>%1 (dalla rete)</translation>
    </message>
</context>
<context>
    <name>sportello::ui::ReferralsPage</name>
    <message>
        <source>Referrals</source>
        <translation>Segnalazioni</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>Aggiorna l&apos;elenco</translation>
    </message>
    <message>
        <source>Show referrals in this state</source>
        <translation>Mostra le segnalazioni in questo stato</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message>
        <source>Open (still going on)</source>
        <translation>Aperte (in corso)</translation>
    </message>
    <message>
        <source>Show referrals to this destination</source>
        <translation>Mostra le segnalazioni verso questa destinazione</translation>
    </message>
    <message>
        <source>Any destination</source>
        <translation>Qualsiasi destinazione</translation>
    </message>
    <message>
        <source>Show sent or logged referrals</source>
        <translation>Mostra le segnalazioni inviate o solo registrate</translation>
    </message>
    <message>
        <source>Sent and logged</source>
        <translation>Inviate e registrate</translation>
    </message>
    <message>
        <source>Show referrals waiting at least</source>
        <translation>Mostra le segnalazioni in attesa da almeno</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Qualsiasi attesa</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) or more</source>
        <translation>
            <numerusform>da %n giorno in su</numerusform>
            <numerusform>da %n giorni in su</numerusform>
        </translation>
    </message>
    <message>
        <source>St&amp;ate:</source>
        <translation>St&amp;ato:</translation>
    </message>
    <message>
        <source>D&amp;estination:</source>
        <translation>D&amp;estinazione:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>A&amp;ge:</source>
        <translation>Atte&amp;sa:</translation>
    </message>
    <message>
        <source>Open: sent referrals not yet closed or cancelled.</source>
        <translation>Aperte: segnalazioni inviate non ancora chiuse o annullate.</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) shown</source>
        <translation>
            <numerusform>%n segnalazione mostrata</numerusform>
            <numerusform>%n segnalazioni mostrate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting an answer past its date</source>
        <translation>
            <numerusform>%n in attesa di risposta oltre la data</numerusform>
            <numerusform>%n in attesa di risposta oltre la data</numerusform>
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
        <translation>Segnala una scheda del distretto</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; comes from the district&apos;s catalogue: the desk cannot change it. Tell the district&apos;s office what is no longer right; the report leaves with the next synchronization.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; viene dal catalogo del distretto: lo sportello non può modificarla. Indicare all&apos;Ufficio di Piano che cosa non è più giusto; la segnalazione parte con la prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>What is wrong?</source>
        <translation>Che cosa non va?</translation>
    </message>
    <message>
        <source>Only the kind of problem is sent: no text, nothing about people.</source>
        <translation>Si invia solo il tipo di problema: nessun testo, niente sulle persone.</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Invia la segnalazione</translation>
    </message>
    <message>
        <source>The phone number is wrong</source>
        <translation>Il numero di telefono è sbagliato</translation>
    </message>
    <message>
        <source>The address is wrong</source>
        <translation>L&apos;indirizzo è sbagliato</translation>
    </message>
    <message>
        <source>The opening hours are wrong</source>
        <translation>Gli orari sono sbagliati</translation>
    </message>
    <message>
        <source>The requirements have changed</source>
        <translation>I requisiti sono cambiati</translation>
    </message>
    <message>
        <source>The service no longer exists</source>
        <translation>Il servizio non esiste più</translation>
    </message>
    <message>
        <source>Something else is no longer right</source>
        <translation>Qualcos&apos;altro non è più giusto</translation>
    </message>
</context>
<context>
    <name>sportello::ui::ReportPage</name>
    <message>
        <source>Desk report</source>
        <translation>Rapporto dello sportello</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Bisogno</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <source>From… to…</source>
        <translation>Dal… al…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostra</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Esporta CSV…</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Il periodo finisce prima di cominciare.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>compared with %1</source>
        <translation>confrontato con %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Periodo precedente</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Colloqui</translation>
    </message>
    <message>
        <source>of which anonymous walk-ins</source>
        <translation>di cui accessi anonimi</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>Persone incontrate</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuove</translation>
    </message>
    <message>
        <source>returning</source>
        <translation>già incontrate</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Segnalazioni</translation>
    </message>
    <message>
        <source>sent and still without an answer</source>
        <translation>inviate e ancora senza risposta</translation>
    </message>
    <message>
        <source>Median days from sending to take-over</source>
        <translation>Giorni mediani dall&apos;invio alla presa in carico</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Ricontatti fatti</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Ricontatti scaduti</translation>
    </message>
    <message>
        <source>Needs without an answer</source>
        <translation>Bisogni senza risposta</translation>
    </message>
    <message>
        <source>none in this period.</source>
        <translation>nessuno in questo periodo.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Esporta il rapporto</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Esportato in %1.</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Esporta &amp;PDF…</translation>
    </message>
    <message>
        <source>Smallest count shown in what leaves the desk</source>
        <translation>Conteggio più piccolo mostrato in ciò che esce dallo sportello</translation>
    </message>
    <message>
        <source>Counts below this number are hidden in every export, and so are the counts that would let the totals give them back. This screen shows exact counts.</source>
        <translation>I conteggi sotto questo numero sono nascosti in ogni esportazione, e così i conteggi che permetterebbero di ricavarli dai totali. Questa schermata mostra i conteggi esatti.</translation>
    </message>
    <message>
        <source>In the exports, hide the counts &amp;below:</source>
        <translation>Nelle esportazioni, nascondere i conteggi &amp;sotto:</translation>
    </message>
    <message>
        <source>A file for Excel, with the counts from 1 to %1 hidden: it may leave the desk</source>
        <translation>Un file per Excel, con i conteggi da 1 a %1 nascosti: può uscire dallo sportello</translation>
    </message>
    <message>
        <source>A document to print or send, with the counts from 1 to %1 hidden: it may leave the desk</source>
        <translation>Un documento da stampare o inviare, con i conteggi da 1 a %1 nascosti: può uscire dallo sportello</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>Appl&amp;ica</translation>
    </message>
</context>
<context>
    <name>sportello::ui::ReportSection</name>
    <message>
        <source>Item</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Periodo precedente</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
</context>
<context>
    <name>sportello::ui::ResultModel</name>
    <message>
        <source>Temporarily closed</source>
        <translation>Temporaneamente chiuso</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Cessato</translation>
    </message>
    <message>
        <source>Call open until %1</source>
        <translation>Bando aperto fino al %1</translation>
    </message>
    <message>
        <source>Call open</source>
        <translation>Bando aperto</translation>
    </message>
    <message>
        <source>Call opens %1</source>
        <translation>Bando dal %1</translation>
    </message>
    <message>
        <source>Call closed</source>
        <translation>Bando chiuso</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatico</translation>
    </message>
    <message>
        <source>Not verified for 12+ months</source>
        <translation>Non verificato da oltre 12 mesi</translation>
    </message>
</context>
<context>
    <name>sportello::ui::ScheduleFollowUpDialog</name>
    <message>
        <source>Schedule a follow-up</source>
        <translation>Programma un ricontatto</translation>
    </message>
    <message>
        <source>Call back on</source>
        <translation>Ricontattare il</translation>
    </message>
    <message>
        <source>What to check or tell the person</source>
        <translation>Cosa verificare o comunicare alla persona</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Who calls back</source>
        <translation>Chi ricontatta</translation>
    </message>
    <message>
        <source>Call back &amp;on:</source>
        <translation>&amp;Ricontattare il:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Who calls back:</source>
        <translation>&amp;Chi ricontatta:</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programma</translation>
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
        <translation>Nuovo servizio</translation>
    </message>
    <message>
        <source>Edit service — %1</source>
        <translation>Modifica servizio — %1</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Generale</translation>
    </message>
    <message>
        <source>&amp;How to access</source>
        <translation>&amp;Come accedere</translation>
    </message>
    <message>
        <source>&amp;Eligibility rules</source>
        <translation>&amp;Requisiti</translation>
    </message>
    <message>
        <source>&amp;Where and when</source>
        <translation>&amp;Dove e quando</translation>
    </message>
    <message>
        <source>&amp;Contacts and source</source>
        <translation>C&amp;ontatti e fonte</translation>
    </message>
    <message>
        <source>Why, and until when</source>
        <translation>Perché, e fino a quando</translation>
    </message>
    <message>
        <source>Service categories</source>
        <translation>Categorie di servizio</translation>
    </message>
    <message>
        <source>User areas</source>
        <translation>Aree di utenza</translation>
    </message>
    <message>
        <source>One per line: 02 9999 0101 — reception</source>
        <translation>Uno per riga: 02 9999 0101 — accoglienza</translation>
    </message>
    <message>
        <source>Addresses, hours or phones are demo values</source>
        <translation>Indirizzi, orari o telefoni sono dati dimostrativi</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>Identificativo:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Short name:</source>
        <translation>Nome breve:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Ente:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <source>Closure note:</source>
        <translation>Nota di chiusura:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Categorie:</translation>
    </message>
    <message>
        <source>User areas:</source>
        <translation>Aree di utenza:</translation>
    </message>
    <message>
        <source>Web page:</source>
        <translation>Pagina web:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Telefoni:</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Documenti da portare</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Prerequisiti</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>One step per line</source>
        <translation>Un passaggio per riga</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Gratuito</translation>
    </message>
    <message>
        <source>Automatic: granted without an application</source>
        <translation>Automatico: riconosciuto senza domanda</translation>
    </message>
    <message>
        <source>Only while a call (bando) is open</source>
        <translation>Solo con bando aperto</translation>
    </message>
    <message>
        <source>from</source>
        <translation>dal</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Language codes: it, en, fr, ar…</source>
        <translation>Codici di lingua: it, en, fr, ar…</translation>
    </message>
    <message>
        <source>Who can have it:</source>
        <translation>Chi può averlo:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documenti:</translation>
    </message>
    <message>
        <source>Prerequisites:</source>
        <translation>Prerequisiti:</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Canali:</translation>
    </message>
    <message>
        <source>How to apply:</source>
        <translation>Come fare domanda:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Costo:</translation>
    </message>
    <message>
        <source>Call:</source>
        <translation>Bando:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Lingue:</translation>
    </message>
    <message>
        <source>Residents of</source>
        <translation>Residenti a</translation>
    </message>
    <message>
        <source>ISEE ceiling</source>
        <translation>Soglia ISEE</translation>
    </message>
    <message>
        <source> €</source>
        <translation> €</translation>
    </message>
    <message>
        <source>Household conditions</source>
        <translation>Condizioni del nucleo</translation>
    </message>
    <message>
        <source>Non-EU citizens need a valid residence permit</source>
        <translation>I cittadini extra UE devono avere un permesso di soggiorno valido</translation>
    </message>
    <message>
        <source>Minimum age:</source>
        <translation>Età minima:</translation>
    </message>
    <message>
        <source>Maximum age:</source>
        <translation>Età massima:</translation>
    </message>
    <message>
        <source>Residents of (none: anyone):</source>
        <translation>Residenti a (nessuno: chiunque):</translation>
    </message>
    <message>
        <source>ISEE type:</source>
        <translation>Tipo di ISEE:</translation>
    </message>
    <message>
        <source>ISEE up to:</source>
        <translation>ISEE fino a:</translation>
    </message>
    <message>
        <source>Ceiling valid from:</source>
        <translation>Soglia valida dal:</translation>
    </message>
    <message>
        <source>Higher ceiling for large families:</source>
        <translation>Soglia più alta per famiglie numerose:</translation>
    </message>
    <message>
        <source>…with dependent children at least:</source>
        <translation>…con figli a carico almeno:</translation>
    </message>
    <message>
        <source>At least one of:</source>
        <translation>Almeno uno tra:</translation>
    </message>
    <message>
        <source>Household of at least:</source>
        <translation>Nucleo di almeno:</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>Verificato il</translation>
    </message>
    <message>
        <source>by</source>
        <translation>da</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Ufficio</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Aggiungi contatto</translation>
    </message>
    <message>
        <source>Source (public web page):</source>
        <translation>Fonte (pagina web pubblica):</translation>
    </message>
    <message>
        <source>Verification:</source>
        <translation>Verifica:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contatti:</translation>
    </message>
    <message>
        <source>Opening hours: one row per location and time slot. Days as MO,TU,WE,TH,FR,SA,SU; times as 9:00; dates as dd/mm/yyyy (empty: always). A location without days is listed without hours (e.g. a web portal).</source>
        <translation>Orari: una riga per sede e fascia oraria. Giorni come MO,TU,WE,TH,FR,SA,SU (lun, mar, mer, gio, ven, sab, dom); orari come 9:00; date come gg/mm/aaaa (vuoto: sempre). Una sede senza giorni è elencata senza orari (es. un portale web).</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Giorni</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Apre</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Chiude</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valido dal</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valido fino al</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Add opening hours</source>
        <translation>Aggiungi orario</translation>
    </message>
    <message>
        <source>Days that differ (holidays, reduced hours):</source>
        <translation>Giorni diversi (festività, orario ridotto):</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>Add a different day</source>
        <translation>Aggiungi un giorno diverso</translation>
    </message>
    <message>
        <source>Remove selected rows</source>
        <translation>Rimuovi le righe selezionate</translation>
    </message>
    <message>
        <source>Please correct before saving:</source>
        <translation>Correggere prima di salvare:</translation>
    </message>
    <message>
        <source>A document not in the list</source>
        <translation>Un documento non presente nell&apos;elenco</translation>
    </message>
    <message>
        <source>Parts of the service</source>
        <translation>Parti della scheda del servizio</translation>
    </message>
    <message>
        <source>Another document to bring</source>
        <translation>Altro documento da portare</translation>
    </message>
    <message>
        <source>Another prerequisite</source>
        <translation>Altro prerequisito</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canali</translation>
    </message>
    <message>
        <source>Call opens on</source>
        <translation>Apertura del bando</translation>
    </message>
    <message>
        <source>Call closes on</source>
        <translation>Chiusura del bando</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Verificato da</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Orari di apertura</translation>
    </message>
    <message>
        <source>Days that differ</source>
        <translation>Giorni con orario diverso</translation>
    </message>
</context>
<context>
    <name>sportello::ui::ServicePicker</name>
    <message>
        <source>Services discussed</source>
        <translation>Servizi proposti</translation>
    </message>
    <message>
        <source>Services for the chosen needs. Space ticks the services you discussed; they go on the handout.</source>
        <translation>Servizi per i bisogni scelti. Con Spazio si spuntano i servizi proposti, che finiscono nella scheda per la persona.</translation>
    </message>
    <message>
        <source>Another service: type its name…</source>
        <translation>Altro servizio: scriverne il nome…</translation>
    </message>
    <message>
        <source>Add another service by name</source>
        <translation>Aggiungi un altro servizio per nome</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(temporarily closed)</source>
        <translation>(temporaneamente chiuso)</translation>
    </message>
</context>
<context>
    <name>sportello::ui::SessionPage</name>
    <message>
        <source>&amp;Needs</source>
        <translation>&amp;Bisogni</translation>
    </message>
    <message>
        <source>Ser&amp;vices discussed</source>
        <translation>Ser&amp;vizi proposti</translation>
    </message>
    <message>
        <source>&amp;Outcomes</source>
        <translation>&amp;Esiti</translation>
    </message>
    <message>
        <source>Outcomes of the session</source>
        <translation>Esiti del colloquio</translation>
    </message>
    <message>
        <source>Type the first letters to move, Space ticks.</source>
        <translation>Scrivere le prime lettere per spostarsi, Spazio spunta.</translation>
    </message>
    <message>
        <source>New session (%1)</source>
        <translation>Nuovo colloquio (%1)</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nuovo colloquio</translation>
    </message>
    <message>
        <source>Hando&amp;ut for the person…</source>
        <translation>Sc&amp;heda per la persona…</translation>
    </message>
    <message>
        <source>Handout for the person</source>
        <translation>Scheda per la persona</translation>
    </message>
    <message>
        <source>Print the ticked services with where to go, when and what to bring, in the person&apos;s language.</source>
        <translation>Stampa i servizi spuntati con dove andare, quando e cosa portare, nella lingua della persona.</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Salva (%1)</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>Salva il colloquio</translation>
    </message>
    <message>
        <source>Session &amp;details</source>
        <translation>&amp;Dati del colloquio</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Type of session</source>
        <translation>Tipo di colloquio</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canale:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Came:</source>
        <translation>Accesso:</translation>
    </message>
    <message>
        <source>How the person came to the desk</source>
        <translation>Come la persona è arrivata allo sportello</translation>
    </message>
    <message>
        <source>Date and time of the session</source>
        <translation>Data e ora del colloquio</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quando:</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Durata in minuti</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>automatica</translation>
    </message>
    <message>
        <source>Left at &quot;measured&quot;, the duration is the time from the start of the form to the save.</source>
        <translation>Se resta su &quot;automatica&quot;, la durata è il tempo trascorso dall&apos;apertura del modulo al salvataggio.</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Durata:</translation>
    </message>
    <message>
        <source>No&amp;tes and next step</source>
        <translation>No&amp;te e prossimo passo</translation>
    </message>
    <message>
        <source>Notes (kept encrypted)</source>
        <translation>Note (conservate cifrate)</translation>
    </message>
    <message>
        <source>Only what is needed to help the person. Kept encrypted.</source>
        <translation>Solo ciò che serve per aiutare la persona. Conservate cifrate.</translation>
    </message>
    <message>
        <source>Only what is needed to help the person.</source>
        <translation>Solo ciò che serve per aiutare la persona.</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prossimo passo</translation>
    </message>
    <message>
        <source>e.g. bring the ISEE on Monday</source>
        <translation>es. portare l&apos;ISEE lunedì</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Prossimo passo:</translation>
    </message>
    <message>
        <source>Call &amp;back on:</source>
        <translation>&amp;Ricontattare il:</translation>
    </message>
    <message>
        <source>Schedule a follow-up</source>
        <translation>Programma un ricontatto</translation>
    </message>
    <message>
        <source>Puts the person in the &quot;To call back&quot; list on that day. Needs the consent to be contacted.</source>
        <translation>Inserisce la persona nell&apos;elenco &quot;Da ricontattare&quot; per quel giorno. Serve il consenso a essere contattata.</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Data del ricontatto</translation>
    </message>
    <message>
        <source>What to check at the follow-up</source>
        <translation>Cosa verificare al ricontatto</translation>
    </message>
    <message>
        <source>What to check (optional)</source>
        <translation>Cosa verificare (facoltativo)</translation>
    </message>
    <message>
        <source>The catalogue cannot be read: %1</source>
        <translation>Impossibile leggere il catalogo: %1</translation>
    </message>
    <message>
        <source>The session being written is not saved. Discard it and start a new one?</source>
        <translation>Il colloquio in corso non è stato salvato. Scartarlo e iniziarne uno nuovo?</translation>
    </message>
    <message>
        <source>Other need</source>
        <translation>Altro bisogno</translation>
    </message>
    <message>
        <source>Describe the need in a few words:</source>
        <translation>Descrivere il bisogno in poche parole:</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Colloquio</translation>
    </message>
    <message>
        <source>Choose the person first: type the name, or choose &quot;Anonymous walk-in&quot;.</source>
        <translation>Scegliere prima la persona: scrivere il nome, oppure scegliere &quot;Accesso anonimo&quot;.</translation>
    </message>
    <message>
        <source>This person may already be recorded. Choose the existing record in &quot;Possible duplicates&quot;, or its last line to record a new person.</source>
        <translation>Questa persona potrebbe essere già registrata. Scegliere la scheda esistente in &quot;Possibili duplicati&quot;, oppure l&apos;ultima riga dell&apos;elenco per registrare una nuova persona.</translation>
    </message>
    <message>
        <source>Saved at %1: the session with %2. %3 starts the next one.</source>
        <translation>Salvato alle %1: colloquio con %2. %3 avvia il prossimo.</translation>
    </message>
    <message>
        <source>Saved at %1: an anonymous walk-in. %2 starts the next one.</source>
        <translation>Salvato alle %1: accesso anonimo. %2 avvia il prossimo.</translation>
    </message>
    <message>
        <source>The session is saved, but the follow-up is not: %1</source>
        <translation>Il colloquio è salvato, ma il ricontatto no: %1</translation>
    </message>
    <message>
        <source>Tick the services discussed first: the handout lists them.</source>
        <translation>Spuntare prima i servizi proposti: la scheda per la persona li elenca.</translation>
    </message>
    <message>
        <source>&amp;Referral…</source>
        <translation>&amp;Segnalazione…</translation>
    </message>
    <message>
        <source>Record a referral</source>
        <translation>Registra una segnalazione</translation>
    </message>
    <message>
        <source>After saving: record where the person is referred (Social Services, another body), or that the next steps were given.</source>
        <translation>Dopo il salvataggio: registra dove la persona viene inviata (Servizi sociali, altro ente) o che le sono stati indicati i passi successivi.</translation>
    </message>
    <message>
        <source>Save the referral letter as PDF</source>
        <translation>Salva la lettera di segnalazione in PDF</translation>
    </message>
    <message>
        <source>The letter for the destination, with the person&apos;s data: only with the consent to an identified referral.</source>
        <translation>La lettera per la destinazione, con i dati della persona: solo con il consenso alla segnalazione nominativa.</translation>
    </message>
    <message>
        <source>The outcome is a referral: press Space or %1 to record it.</source>
        <translation>L&apos;esito è una segnalazione: premi Spazio o %1 per registrarla.</translation>
    </message>
    <message>
        <source>Referral %1 recorded: %2.</source>
        <translation>Segnalazione %1 registrata: %2.</translation>
    </message>
    <message>
        <source>The referral letter is saved in %1.</source>
        <translation>La lettera di segnalazione è salvata in %1.</translation>
    </message>
    <message>
        <source>%1 prints the letter for the destination; the handout carries the code.</source>
        <translation>%1 stampa la lettera per il destinatario; la scheda riporta il codice.</translation>
    </message>
    <message>
        <source>Referral &amp;letter…</source>
        <translation>&amp;Lettera di segnalazione…</translation>
    </message>
</context>
<context>
    <name>sportello::ui::SyncPage</name>
    <message>
        <source>All records</source>
        <translation>Tutti i record</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostra:</translation>
    </message>
    <message>
        <source>Records for the hub</source>
        <translation>Record per lo hub</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Invia di &amp;nuovo</translation>
    </message>
    <message>
        <source>Send the selected refused record to the hub again</source>
        <translation>Invia di nuovo allo hub il record respinto selezionato</translation>
    </message>
    <message>
        <source>&amp;Give up</source>
        <translation>A&amp;bbandona</translation>
    </message>
    <message>
        <source>Never send the selected refused record</source>
        <translation>Non inviare mai il record respinto selezionato</translation>
    </message>
    <message>
        <source>Link with the district hub</source>
        <translation>Collegamento con lo hub del distretto</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Sincroni&amp;zza ora</translation>
    </message>
    <message>
        <source>Send what is waiting to the hub now, even while the sync is paused</source>
        <translation>Invia subito allo hub ciò che è in attesa, anche con la sincronizzazione in pausa</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v di %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>&amp;Connect to the network…</source>
        <translation>&amp;Collega alla rete…</translation>
    </message>
    <message>
        <source>&amp;Disconnect from the network…</source>
        <translation>&amp;Scollega dalla rete…</translation>
    </message>
    <message>
        <source>Connected to %1 through the hub %2.</source>
        <translation>Collegato a %1 tramite lo hub %2.</translation>
    </message>
    <message>
        <source>Last successful sync: %1.</source>
        <translation>Ultima sincronizzazione riuscita: %1.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Last try %1: %2</source>
        <translation>Ultimo tentativo %1: %2</translation>
    </message>
    <message>
        <source>The sync is paused: %1 %2</source>
        <translation>La sincronizzazione è in pausa: %1 %2</translation>
    </message>
    <message>
        <source>Waiting: %1 · sending: %2 · delivered: %3 · refused: %4 · given up: %5</source>
        <translation>In attesa: %1 · in invio: %2 · consegnati: %3 · respinti: %4 · abbandonati: %5</translation>
    </message>
    <message>
        <source>Sync done: %1 delivered, %2 refused by the hub.</source>
        <translation>Sincronizzazione eseguita: %1 consegnati, %2 respinti dallo hub.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Invia di nuovo</translation>
    </message>
    <message>
        <source>The hub refused this record: %1

Send it again? Do it only once the reason has been dealt with (for example, after the hub was updated).</source>
        <translation>Lo hub ha respinto questo record: %1

Inviarlo di nuovo? Farlo solo dopo aver risolto il motivo (per esempio, dopo un aggiornamento dello hub).</translation>
    </message>
    <message>
        <source>Give up</source>
        <translation>Abbandona</translation>
    </message>
    <message>
        <source>Give up this record? It will never be sent to the hub; it stays in the list as given up.</source>
        <translation>Abbandonare questo record? Non sarà mai inviato allo hub; resta nell&apos;elenco come abbandonato.</translation>
    </message>
    <message>
        <source>Disconnect from the network</source>
        <translation>Scollega dalla rete</translation>
    </message>
    <message>
        <source>Disconnect this desk from the district network? Its token is removed from this computer&apos;s keychain; what is waiting stays here and is sent once the desk is connected again.</source>
        <translation>Scollegare lo sportello dalla rete del distretto? Il suo token viene rimosso dal portachiavi di questo computer; ciò che è in attesa resta qui e viene inviato quando lo sportello sarà di nuovo collegato.</translation>
    </message>
    <message>
        <source>&amp;Proxy password…</source>
        <translation>&amp;Password del proxy…</translation>
    </message>
    <message>
        <source>Type the user name and password the network&apos;s proxy asks for</source>
        <translation>Scrivere il nome utente e la password che il proxy della rete chiede</translation>
    </message>
    <message>
        <source>Network proxy</source>
        <translation>Proxy della rete</translation>
    </message>
    <message>
        <source>The network&apos;s proxy asks for a user name and password before the desk can reach the hub. They are kept only until the program closes.

User name:</source>
        <translation>Il proxy della rete chiede un nome utente e una password prima che lo sportello possa raggiungere lo hub. Si conservano solo finché il programma resta aperto.

Nome utente:</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>Password di %1:</translation>
    </message>
</context>
<context>
    <name>sportello::ui::SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <source>Send what is waiting to the district hub now, even while the sync is paused</source>
        <translation>Invia subito allo hub del distretto ciò che è in attesa, anche con la sincronizzazione in pausa</translation>
    </message>
    <message>
        <source>Sync state unknown</source>
        <translation>Stato della sincronizzazione sconosciuto</translation>
    </message>
    <message>
        <source>Hub: %1 (%2)</source>
        <translation>Hub: %1 (%2)</translation>
    </message>
    <message>
        <source>Last try %1: %2</source>
        <translation>Ultimo tentativo %1: %2</translation>
    </message>
    <message>
        <source>Delivered so far: %1</source>
        <translation>Consegnati finora: %1</translation>
    </message>
    <message>
        <source>Synchronizing… %1 of %2</source>
        <translation>Sincronizzazione in corso… %1 di %2</translation>
    </message>
    <message>
        <source>Synchronizing…</source>
        <translation>Sincronizzazione in corso…</translation>
    </message>
    <message>
        <source>Not connected to the network</source>
        <translation>Non collegato alla rete</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>In pausa: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Ultima sincronizzazione: %1</translation>
    </message>
    <message>
        <source>Never synchronized</source>
        <translation>Mai sincronizzato</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n in attesa</numerusform>
            <numerusform>%n in attesa</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing waiting</source>
        <translation>nulla in attesa</translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n respinto</numerusform>
            <numerusform>%n respinti</numerusform>
        </translation>
    </message>
    <message>
        <source>last try failed</source>
        <translation>ultimo tentativo non riuscito</translation>
    </message>
</context>
<context>
    <name>sportello::ui::TimelineModel</name>
    <message>
        <source>notice version %1</source>
        <translation>informativa versione %1</translation>
    </message>
    <message>
        <source>needs: %1</source>
        <translation>bisogni: %1</translation>
    </message>
    <message>
        <source>outcome: %1</source>
        <translation>esito: %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Colloquio</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Ricontatto previsto</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Ricontatto effettuato</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consenso dato</translation>
    </message>
    <message>
        <source>Consent revoked</source>
        <translation>Consenso revocato</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Segnalazione</translation>
    </message>
    <message>
        <source>Operator #%1</source>
        <translation>Operatore n. %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Effettuato</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>Da fare</translation>
    </message>
    <message>
        <source>%1
Codes: %2</source>
        <translation>%1
Codici: %2</translation>
    </message>
    <message>
        <source>%1: none</source>
        <translation>%1: nessuno</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>sportello::ui::TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>This is a &lt;b&gt;demo profile&lt;/b&gt;: every person, service and address in it is made up for training (dati dimostrativi). Do not record real people here.</source>
        <translation>Questo è un &lt;b&gt;profilo dimostrativo&lt;/b&gt;: persone, servizi e indirizzi sono inventati per la formazione (dati dimostrativi). Non registrare qui persone reali.</translation>
    </message>
    <message>
        <source>Data folder: %1 · database schema %2</source>
        <translation>Cartella dei dati: %1 · schema del database %2</translation>
    </message>
    <message>
        <source>Nobody to call back today</source>
        <translation>Nessuno da richiamare oggi</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n richiamo da fare</numerusform>
            <numerusform>%n richiami da fare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them overdue</source>
        <translation>
            <numerusform>%n in ritardo</numerusform>
            <numerusform>%n in ritardo</numerusform>
        </translation>
    </message>
    <message>
        <source>The calls and checks promised to people.</source>
        <translation>Le chiamate e le verifiche promesse alle persone.</translation>
    </message>
    <message>
        <source>No referral is late for an answer</source>
        <translation>Nessuna segnalazione attende una risposta in ritardo</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) waiting for an answer past their date</source>
        <translation>
            <numerusform>%n segnalazione attende una risposta oltre la data prevista</numerusform>
            <numerusform>%n segnalazioni attendono una risposta oltre la data prevista</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask the service that received them.</source>
        <translation>Sollecitare il servizio che le ha ricevute.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) to this desk&apos;s referrals since yesterday</source>
        <translation>
            <numerusform>%n risposta alle segnalazioni dello sportello da ieri</numerusform>
            <numerusform>%n risposte alle segnalazioni dello sportello da ieri</numerusform>
        </translation>
    </message>
    <message>
        <source>What the services the desk referred to said, through the network.</source>
        <translation>Cosa hanno risposto, attraverso la rete, i servizi a cui lo sportello ha inviato persone.</translation>
    </message>
    <message>
        <source>No referral received waits for this desk</source>
        <translation>Nessuna segnalazione ricevuta attende lo sportello</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) received wait for this desk&apos;s answer</source>
        <translation>
            <numerusform>%n segnalazione ricevuta attende la risposta dello sportello</numerusform>
            <numerusform>%n segnalazioni ricevute attendono la risposta dello sportello</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received since yesterday</source>
        <translation>
            <numerusform>%n ricevuta da ieri</numerusform>
            <numerusform>%n ricevute da ieri</numerusform>
        </translation>
    </message>
    <message>
        <source>Every service of this desk was verified in the last 12 months</source>
        <translation>Tutti i servizi di questo sportello sono stati verificati negli ultimi 12 mesi</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) of this desk not verified for 12 months</source>
        <translation>
            <numerusform>%n servizio di questo sportello non verificato da 12 mesi</numerusform>
            <numerusform>%n servizi di questo sportello non verificati da 12 mesi</numerusform>
        </translation>
    </message>
    <message>
        <source>Check that times, addresses and requirements still hold.</source>
        <translation>Controllare che orari, indirizzi e requisiti siano ancora validi.</translation>
    </message>
    <message>
        <source>Sync state unknown</source>
        <translation>Stato della sincronizzazione sconosciuto</translation>
    </message>
    <message>
        <source>Not connected to the district network</source>
        <translation>Non collegato alla rete distrettuale</translation>
    </message>
    <message>
        <source>Referrals stay on this desk until a coordinator connects it.</source>
        <translation>Le segnalazioni restano sullo sportello finché un coordinatore non lo collega.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting to be sent</source>
        <translation>
            <numerusform>%n elemento in attesa di invio</numerusform>
            <numerusform>%n elementi in attesa di invio</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync paused: %1</source>
        <translation>Sincronizzazione sospesa: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) refused by the hub wait for a coordinator</source>
        <translation>
            <numerusform>%n elemento respinto dallo hub attende un coordinatore</numerusform>
            <numerusform>%n elementi respinti dallo hub attendono un coordinatore</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync with the network: %1</source>
        <translation>Ultima sincronizzazione con la rete: %1</translation>
    </message>
    <message>
        <source>Never synchronized with the network</source>
        <translation>Mai sincronizzato con la rete</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Ultimo backup: %1</translation>
    </message>
    <message>
        <source>No backup of this desk yet</source>
        <translation>Ancora nessun backup di questo sportello</translation>
    </message>
    <message>
        <source>The last attempt failed: %1</source>
        <translation>L&apos;ultimo tentativo non è riuscito: %1</translation>
    </message>
    <message>
        <source>No backup folder is chosen: a coordinator sets it on the Backup page.</source>
        <translation>Nessuna cartella dei backup scelta: la imposta un coordinatore nella pagina Backup.</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s), to %1</source>
        <translation>
            <numerusform>Ogni giorno, in %1</numerusform>
            <numerusform>Ogni %n giorni, in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Only when a coordinator asks, to %1</source>
        <translation>Solo quando lo chiede un coordinatore, in %1</translation>
    </message>
    <message>
        <source>The neighbourhood board needs the district network</source>
        <translation>La bacheca di quartiere richiede la rete distrettuale</translation>
    </message>
    <message>
        <source>A coordinator connects the desk on the Synchronization page.</source>
        <translation>Un coordinatore collega lo sportello nella pagina Sincronizzazione.</translation>
    </message>
    <message>
        <source>Reading the neighbourhood board…</source>
        <translation>Lettura della bacheca di quartiere…</translation>
    </message>
    <message>
        <source>The neighbourhood board could not be read</source>
        <translation>Non è stato possibile leggere la bacheca di quartiere</translation>
    </message>
    <message>
        <source>No board match waits for a reply</source>
        <translation>Nessun abbinamento della bacheca attende una risposta</translation>
    </message>
    <message numerus="yes">
        <source>%n board match(es) wait for a reply</source>
        <translation>
            <numerusform>%n abbinamento della bacheca attende una risposta</numerusform>
            <numerusform>%n abbinamenti della bacheca attendono una risposta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new board account(s) to activate</source>
        <translation>
            <numerusform>%n nuovo account della bacheca da attivare</numerusform>
            <numerusform>%n nuovi account della bacheca da attivare</numerusform>
        </translation>
    </message>
    <message>
        <source>Offers and requests of help in the neighbourhood.</source>
        <translation>Offerte e richieste di aiuto nel quartiere.</translation>
    </message>
</context>
<context>
    <name>text::DistrictText</name>
    <message>
        <source>District report</source>
        <translation>Rapporto di distretto</translation>
    </message>
    <message>
        <source>Produced on %1.</source>
        <translation>Prodotto il %1.</translation>
    </message>
    <message>
        <source>District report %1</source>
        <translation>Rapporto di distretto %1</translation>
    </message>
</context>
</TS>
