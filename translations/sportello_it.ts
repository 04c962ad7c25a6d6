<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
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
        <source>Home</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>Impossibile scrivere l&apos;immagine in %1.</translation>
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
</context>
</TS>
