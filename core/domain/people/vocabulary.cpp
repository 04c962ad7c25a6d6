// SPDX-License-Identifier: GPL-3.0-or-later
// Session and person vocabularies (taxonomy.md c); the needs are in vocabularyneeds.cpp.
#include "people/vocabulary.h"

#include <QCoreApplication>

#include <initializer_list>

namespace sportello::people {

namespace {

// A person's coded list: its own values followed by the three answers.
QList<Term> withAnswers(std::initializer_list<Term> own)
{
    QList<Term> terms(own);
    terms.append(Vocabulary::answers());
    return terms;
}

} // namespace

const QList<Term> &Vocabulary::sessionTypes()
{
    static const QList<Term> terms = {
        {"ACCOGL", "Accoglienza",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "First reception")},
        {"ASCOLTO", "Ascolto",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Listening interview")},
        {"ORIENT", "Orientamento",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Guidance to services")},
        {"ACCOMP", "Accompagnamento",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Accompaniment")},
        {"FACDIG", "Facilitazione digitale",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Digital facilitation")},
        {"FOLLOWUP", "Ricontatto / verifica",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Follow-up call")},
    };
    return terms;
}

const QList<Term> &Vocabulary::sessionChannels()
{
    static const QList<Term> terms = {
        {"PRES", "In presenza allo sportello",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "In person")},
        {"TEL", "Telefono", QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Phone")},
        {"DOMIC", "A domicilio", QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Home visit")},
        {"ONLINE", "Videochiamata / messaggi",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Remote")},
        {"ESTERNO", "Accompagnamento presso altro ente",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "At another office")},
    };
    return terms;
}

const QList<Term> &Vocabulary::arrivals()
{
    static const QList<Term> terms = {
        {"SPONT", "Spontaneo", QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Walk-in")},
        {"INV_COMUNE", "Inviato dai servizi sociali",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Sent by social services")},
        {"INV_ETS", "Inviato da altro sportello o ETS",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Sent by another desk")},
        {"INV_SANIT", "Da servizi sanitari",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "From health services")},
        {"CONOSC", "Da familiari / conoscenti",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Word of mouth")},
        {"ALTRO", "Altro", QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Other")},
    };
    return terms;
}

const QList<Term> &Vocabulary::outcomes()
{
    static const QList<Term> terms = {
        {"INFO", "Informazioni fornite",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Information given")},
        {"ORIENT_SERV", "Orientato a servizio del catalogo",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Directed to a service")},
        {"PRATICA_AVV", "Pratica avviata con l'utente",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Application started or sent")},
        {"ACCOMP_SVOLTO", "Accompagnamento effettuato",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Accompaniment done")},
        {"FACDIG_OK", "Obiettivo digitale raggiunto",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Digital goal reached")},
        {"FACDIG_KO", "Obiettivo digitale non raggiunto",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Digital goal not reached")},
        {"AIUTO_MAT", "Aiuto materiale erogato dall'ente",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Material aid given")},
        {"SEGNAL_SS", "Segnalazione ai Servizi sociali per presa in carico",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Referral to social services")},
        {"INVIO_ALTRO", "Invio ad altro ente",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Sent to another body")},
        {"BACHECA", "Richiesta inserita in bacheca prossimità",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Request posted on the board")},
        {"RICONTATTO", "Ricontatto programmato",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Follow-up scheduled")},
        {"NON_COMP", "Richiesta non di competenza / nessuna risposta disponibile",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary",
                           "Outside scope or no answer available")},
        {"INTERROTTO", "Colloquio interrotto / persona non tornata",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Interrupted or did not return")},
    };
    return terms;
}

const QList<Term> &Vocabulary::facilitationKinds()
{
    static const QList<Term> terms = {
        {"IND", "Facilitazione individuale",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Individual facilitation")},
        {"GRP", "Formazione in presenza (gruppo)",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Group training in person")},
        {"ONL", "Formazione online",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Online training")},
    };
    return terms;
}

const QList<Term> &Vocabulary::digitalAmbiti()
{
    static const QList<Term> terms = {
        {"SPID", "SPID", QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "SPID")},
        {"CIE", "Carta d'identità elettronica (CIE)",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Electronic identity card (CIE)")},
        {"APPIO", "App IO", QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "IO app")},
        {"PAGOPA", "pagoPA", QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "pagoPA")},
        {"FSE", "Fascicolo Sanitario, prenotazioni e referti",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary",
                           "Health record, bookings and test results")},
        {"INPS", "INPS: previdenza e assistenza (ADI, AUU, ISEE online)",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "INPS benefits and ISEE online")},
        {"LAVORO", "Lavoro (SIISL, CPI, portali)",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Work and job portals")},
        {"ISTRUZ", "Scuola (iscrizioni, mensa)",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "School enrolment and meals")},
        {"ANPR", "Certificati anagrafici (ANPR)",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Registry certificates (ANPR)")},
        {"PEC", "PEC",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Certified e-mail (PEC)")},
        {"FISCO", "Fisco (730 precompilato, Agenzia Entrate)",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Taxes")},
        {"TRASP", "Trasporti (abbonamenti TPL)",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Public transport passes")},
        {"SICUR", "Sicurezza online e truffe",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Online safety and scams")},
        {"BASE", "Uso di base (dispositivo, email, videochiamate)",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary",
                           "Basics (device, e-mail, video calls)")},
        {"ALTRO", "Altro", QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Other")},
    };
    return terms;
}

const QList<Term> &Vocabulary::facilitationFailures()
{
    static const QList<Term> terms = {
        {"MANCA_DOCUMENTO", "Manca un documento",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "A document was missing")},
        {"MANCA_DISPOSITIVO", "Manca il dispositivo o la connessione",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Missing device or connection")},
        {"MANCANO_CREDENZIALI", "Credenziali o codici non disponibili",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Credentials or codes not at hand")},
        {"SERVIZIO_NON_DISPONIBILE", "Servizio online non disponibile",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Online service unavailable")},
        {"TEMPO_INSUFFICIENTE", "Tempo insufficiente",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Not enough time")},
        {"RINVIATO", "Rinviato a un altro incontro",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Postponed to another meeting")},
        {"ALTRO", "Altro", QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Other")},
    };
    return terms;
}

const QList<Term> &Vocabulary::followUpOutcomes()
{
    static const QList<Term> terms = {
        {"RAGGIUNTO", "Persona ricontattata",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Person reached")},
        {"NON_RAGGIUNGIBILE", "Persona non raggiungibile",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Could not reach the person")},
        {"RISOLTO", "Bisogno risolto",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Need resolved")},
        {"NUOVO_COLLOQUIO", "Fissato nuovo colloquio",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "New interview booked")},
        {"ANNULLATO", "Ricontatto annullato",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Follow-up cancelled")},
    };
    return terms;
}

const QList<Term> &Vocabulary::genders()
{
    static const QList<Term> terms = withAnswers({
        {"F", "Femmina", QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Female")},
        {"M", "Maschio", QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Male")},
        {"ALTRO", "Altro", QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Other")},
    });
    return terms;
}

const QList<Term> &Vocabulary::citizenships()
{
    static const QList<Term> terms = withAnswers({
        {"IT", "Italiana", QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Italian")},
        {"UE", "Unione europea",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Other EU country")},
        {"EXTRA_UE", "Extra UE", QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Non-EU")},
    });
    return terms;
}

const QList<Term> &Vocabulary::householdTypes()
{
    static const QList<Term> terms = withAnswers({
        {"SOLO", "Vive da solo/a",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Lives on their own")},
        {"COPPIA_SENZA_FIGLI", "Coppia senza figli",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Couple without children")},
        {"COPPIA_CON_FIGLI", "Coppia con figli",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Couple with children")},
        {"MONOGENITORE", "Genitore solo con figli",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Single parent")},
        {"ALTRO", "Altro", QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Other")},
    });
    return terms;
}

const QList<Term> &Vocabulary::employment()
{
    static const QList<Term> terms = withAnswers({
        {"DIPENDENTE", "Lavoratore dipendente",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Employee")},
        {"AUTONOMO", "Lavoratore autonomo",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Self-employed")},
        {"DISOCCUPATO", "Disoccupato",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Unemployed")},
        {"PENSIONATO", "Pensionato", QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Retired")},
        {"STUDENTE", "Studente", QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Student")},
        {"CASALINGA", "Casalinga/o",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Homemaker")},
        {"ALTRO", "Altro", QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Other")},
    });
    return terms;
}

const QList<Term> &Vocabulary::education()
{
    static const QList<Term> terms = withAnswers({
        {"NESSUNO", "Nessun titolo",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "No qualification")},
        {"ELEMENTARE", "Licenza elementare",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Primary school")},
        {"MEDIA", "Licenza media",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Lower secondary school")},
        {"DIPLOMA", "Diploma",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Upper secondary diploma")},
        {"LAUREA", "Laurea",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "University degree")},
    });
    return terms;
}

const QList<Term> &Vocabulary::contactPreferences()
{
    static const QList<Term> terms = withAnswers({
        {"TEL", "Telefono", QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Phone")},
        {"EMAIL", "E-mail", QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "E-mail")},
        {"SMS", "SMS", QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Text message")},
        {kDoNotContact, "Non contattare",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Do not contact")},
    });
    return terms;
}

const QList<Term> &Vocabulary::residences()
{
    static const QList<Term> terms = [] {
        // The comuni keep the catalogue's codes and names (place names are not translated).
        QList<Term> list = catalogue::Taxonomy::comuni();
        list.append({kOtherComune, "Altro comune",
                     QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Other municipality")});
        list.append(answers());
        return list;
    }();
    return terms;
}

const QList<Term> &Vocabulary::answers()
{
    static const QList<Term> terms = {
        {answer::kNotAsked, "Non chiesto",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Not asked")},
        {answer::kDontKnow, "Non sa",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Doesn't know")},
        {answer::kNoAnswer, "Preferisce non rispondere",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Prefers not to say")},
    };
    return terms;
}

bool Vocabulary::contains(const QList<Term> &terms, const QString &code)
{
    return catalogue::Taxonomy::find(terms, code) != nullptr;
}

} // namespace sportello::people
