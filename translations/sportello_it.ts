<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
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
        <source>The audit log is intact: %n row(s) checked.</source>
        <translation>
            <numerusform>Il registro delle attività è integro: %n riga controllata.</numerusform>
            <numerusform>Il registro delle attività è integro: %n righe controllate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log was altered at row %1: %2. %n row(s) checked.</source>
        <translation>
            <numerusform>Il registro delle attività è stato alterato alla riga %1: %2. %n riga controllata.</numerusform>
            <numerusform>Il registro delle attività è stato alterato alla riga %1: %2. %n righe controllate.</numerusform>
        </translation>
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
        <source>create the demo profile in the data folder</source>
        <translation>crea il profilo dimostrativo nella cartella dei dati</translation>
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
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro attività</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
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
        <source>The coordinator creates the other operators&apos; accounts. Choose a password of at least 10 characters: a short phrase is easy to remember and hard to guess.</source>
        <translation>Il coordinatore crea gli account degli altri operatori. Scegliere una password di almeno 10 caratteri: una breve frase è facile da ricordare e difficile da indovinare.</translation>
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
        <source>Save the recovery key</source>
        <translation>Salva la chiave di recupero</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Sportello — recovery key</source>
        <translation>Sportello — chiave di recupero</translation>
    </message>
    <message>
        <source>Desk: %1 (%2)</source>
        <translation>Sportello: %1 (%2)</translation>
    </message>
    <message>
        <source>With this key a coordinator can open the desk&apos;s data when every password is lost. Keep it in a locked drawer or safe, never on the computer.</source>
        <translation>Con questa chiave un coordinatore può riaprire i dati dello sportello se tutte le password sono perse. Conservarla in un cassetto chiuso a chiave o in cassaforte, mai sul computer.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Le due password sono diverse.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Impossibile scrivere il PDF in %1.</translation>
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
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Impossibile scrivere il PDF in %1.</translation>
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
    <name>sportello::ui::HomePage</name>
    <message>
        <source>Welcome to Sportello</source>
        <translation>Benvenuti in Sportello</translation>
    </message>
    <message>
        <source>The right information at the right time.</source>
        <translation>Avere le informazioni giuste al momento giusto.</translation>
    </message>
    <message>
        <source>This is a &lt;b&gt;demo profile&lt;/b&gt;: every person, service and address in it is made up for training (dati dimostrativi). Do not record real people here.</source>
        <translation>Questo è un &lt;b&gt;profilo dimostrativo&lt;/b&gt;: persone, servizi e indirizzi sono inventati per la formazione (dati dimostrativi). Non registrare qui persone reali.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Cartella dei dati:</translation>
    </message>
    <message>
        <source>Database schema:</source>
        <translation>Schema del database:</translation>
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
</context>
</TS>
