// SPDX-License-Identifier: GPL-3.0-or-later
// The demo desk's hand-written people. Everything here is made up: names, dates of birth,
// addresses and stories; the phone numbers use the prefix demo::SyntheticPeople uses (believed
// unassigned) and e-mail addresses the example.* domains reserved by RFC 2606.
#include "demo/demopeople.h"

#include "demo/demodesk.h"
#include "demo/demoreferrals.h"
#include "demo/syntheticpeople.h"
#include "people/privacynotice.h"
#include "services/desksettings.h"
#include "services/peopleservice.h"
#include "services/sessionservice.h"
#include "storage/peoplerepository.h"
#include "storage/profile.h"

using namespace Qt::StringLiterals;

namespace sportello::demo {

namespace {

using people::ConsentPurpose;
using people::Person;
using people::Session;
using security::Actor;

// A person's name, codice fiscale (computed) and coded profile.
Person makePerson(const QString &given, const QString &family, QDate birth, char gender,
                  const QString &birthplace)
{
    Person p;
    p.givenName = given;
    p.familyName = family;
    p.codiceFiscale = codiceFiscaleFor(family, given, birth, gender, birthplace);
    return p;
}

void setHousehold(Person &p, const QString &type, int size, int minors)
{
    p.householdType = type;
    p.householdSize = size;
    p.minors = minors;
}

Session makeSession(const QString &type, const QString &channel, const QString &arrival,
                    const QStringList &needs, const QStringList &services,
                    const QStringList &outcomes, int minutes)
{
    Session s;
    s.type = type;
    s.channel = channel;
    s.arrival = arrival;
    s.needs = needs;
    for (const QString &uid : services)
        s.services.append({uid, {}, 0});
    s.outcomes = outcomes;
    s.durationMinutes = minutes;
    return s;
}

// Writes the demo's story through the services, moving the desk's clock to each event's time.
// The first failure sticks: later steps do nothing and status() reports it.
class Script final
{
public:
    Script(detail::DemoDesk &desk, QString noticeVersion)
        : m_desk(desk)
        , m_noticeVersion(std::move(noticeVersion))
    { }

    qint64 person(const Actor &by, const QDateTime &at, const Person &person,
                  const QList<ConsentPurpose> &purposes)
    {
        if (!m_status)
            return 0;
        m_desk.clock().set(at);
        auto id = m_desk.people().create(by, person);
        if (!id)
            return fail(id.error());
        for (ConsentPurpose purpose : purposes) {
            auto consent = m_desk.people().recordConsent(
                by, *id, purpose, people::ConsentMethod::SignedForm, m_noticeVersion);
            if (!consent)
                return fail(consent.error());
        }
        return *id;
    }

    qint64 session(const Actor &by, qint64 personId, const QDateTime &at, Session session,
                   const QString &notes = {}, const QString &nextStep = {})
    {
        if (!m_status)
            return 0;
        session.personId = personId;
        session.startedAt = at;
        session.notes = notes;
        session.nextStep = nextStep;
        // Recorded at the end of the conversation.
        m_desk.clock().set(at.addSecs(qint64(session.durationMinutes) * 60));
        auto id = m_desk.sessions().save(by, session);
        return id ? *id : fail(id.error());
    }

    qint64 followUp(const Actor &by, qint64 personId, qint64 sessionId, const QDateTime &at,
                    QDate due, const QString &note)
    {
        if (!m_status)
            return 0;
        m_desk.clock().set(at);
        people::FollowUp followUp;
        followUp.personId = personId;
        followUp.sessionId = sessionId;
        followUp.due = due;
        followUp.note = note;
        auto id = m_desk.sessions().scheduleFollowUp(by, followUp);
        return id ? *id : fail(id.error());
    }

    void complete(const Actor &by, qint64 followUpId, const QDateTime &at, const QString &outcome,
                  const QString &note)
    {
        if (!m_status)
            return;
        m_desk.clock().set(at);
        if (auto done = m_desk.sessions().completeFollowUp(by, followUpId, outcome, note); !done)
            fail(done.error());
    }

    // Remembers the session just written as where a referral starts (demoreferrals.cpp).
    void mark(detail::ReferralMoment moment, qint64 personId, qint64 sessionId)
    {
        m_moments.at(std::size_t(moment)) = {personId, sessionId, m_desk.clock().now()};
    }

    [[nodiscard]] const Status &status() const { return m_status; }
    [[nodiscard]] const detail::StoryMoments &moments() const { return m_moments; }

private:
    qint64 fail(const Error &error)
    {
        m_status = error;
        return 0;
    }

    detail::DemoDesk &m_desk;
    QString m_noticeVersion;
    Status m_status;
    detail::StoryMoments m_moments;
};

// An older woman living alone, behind with her utility bills: the follow-up due today.
void giuseppina(detail::DemoDesk &desk, Script &script)
{
    Person p = makePerson(u"Giuseppina"_s, u"Colombo"_s, QDate(1942, 3, 18), 'F', u"F205"_s);
    p.phone = u"+39 305 214 8870"_s;
    p.address = u"Via dei Tigli 9, Pioltello"_s;
    p.residence = u"015175"_s;
    p.citizenship = u"IT"_s;
    setHousehold(p, u"SOLO"_s, 1, 0);
    p.employment = u"PENSIONATO"_s;
    p.education = u"ELEMENTARE"_s;
    p.contactPreference = u"TEL"_s;
    const QDateTime first = desk.workdayAt(68, 9, 40);
    const qint64 id = script.person(desk.volunteer(), first, p,
                                    {ConsentPurpose::PersonalData, ConsentPurpose::PhoneContact});
    const qint64 visit = script.session(
        desk.volunteer(), id, first,
        makeSession(u"ASCOLTO"_s, u"PRES"_s, u"CONOSC"_s,
                    {u"POV.UTENZE"_s, u"POV.INSUF"_s, u"REL.ANZIANO"_s},
                    {u"svc-bonus-sociale-luce-gas"_s, u"svc-isee-dsu"_s},
                    {u"INFO"_s, u"ORIENT_SERV"_s, u"INVIO_ALTRO"_s}, 45),
        u"Vedova, vive sola. Bollette di luce e gas arretrate da tre mesi, ha ricevuto "
        "un sollecito del fornitore. Pensione minima; non ha ancora l'ISEE."_s,
        u"Fare la DSU al CAF: con l'ISEE il bonus sociale arriva in bolletta da "
        "solo."_s);
    script.mark(detail::ReferralMoment::GiuseppinaIsee, id, visit);
    const QDateTime second = desk.workdayAt(12, 10, 15);
    const qint64 session = script.session(
        desk.coordinator(), id, second,
        makeSession(u"ORIENT"_s, u"PRES"_s, u"SPONT"_s, {u"POV.UTENZE"_s, u"REL.ANZIANO"_s},
                    {u"svc-pioltello-contributi"_s, u"svc-pioltello-centro-anziani"_s},
                    {u"PRATICA_AVV"_s, u"RICONTATTO"_s}, 30),
        u"Ha l'ISEE, sotto la soglia del bonus. Compilata con lei la domanda di contributo "
        "comunale per le bollette arretrate, consegnata al protocollo. Le interessano le "
        "attività del centro anziani."_s);
    script.followUp(desk.coordinator(), id, session, second, desk.today(),
                    u"Chiamarla: il Comune ha risposto sul contributo per le bollette?"_s);
}

// A Ukrainian mother of two: school costs and Italian lessons; an upcoming follow-up.
void olena(detail::DemoDesk &desk, Script &script)
{
    Person p = makePerson(u"Olena"_s, u"Kovalenko"_s, QDate(1988, 7, 2), 'F', u"Z138"_s);
    p.phone = u"+39 306 448 1932"_s;
    p.email = u"olena.kovalenko@example.org"_s;
    p.address = u"Via delle Betulle 4, Segrate"_s;
    p.residence = u"015205"_s;
    p.citizenship = u"EXTRA_UE"_s;
    setHousehold(p, u"MONOGENITORE"_s, 3, 2);
    p.employment = u"DISOCCUPATO"_s;
    p.education = u"LAUREA"_s;
    p.language = u"uk"_s;
    p.contactPreference = u"SMS"_s;
    const QDateTime first = desk.workdayAt(47, 15, 10);
    const qint64 id = script.person(desk.volunteer(), first, p,
                                    {ConsentPurpose::PersonalData, ConsentPurpose::PhoneContact});
    script.session(desk.volunteer(), id, first,
                   makeSession(u"ACCOGL"_s, u"PRES"_s, u"INV_ETS"_s,
                               {u"IST.COSTI"_s, u"IMM.LINGUA"_s, u"IMM.ASILO"_s, u"POV.INSUF"_s},
                               {u"svc-sportello-stranieri"_s, u"svc-auu"_s},
                               {u"INFO"_s, u"ORIENT_SERV"_s}, 60),
                   u"In Italia dal 2022 con la protezione temporanea, due figli di 8 e 13 anni. "
                   "Chiede aiuto per libri, mensa e gita scolastica; vorrebbe un corso di "
                   "italiano per adulti. Assegno unico non ancora richiesto."_s,
                   u"Portare il permesso di soggiorno e i codici fiscali dei figli per la domanda "
                   "di Assegno unico."_s);
    const QDateTime second = desk.workdayAt(19, 16, 0);
    const qint64 session = script.session(
        desk.volunteer(), id, second,
        makeSession(u"ORIENT"_s, u"PRES"_s, u"SPONT"_s, {u"IST.COSTI"_s, u"IMM.LINGUA"_s},
                    {u"svc-auu"_s, u"svc-segrate-contributi"_s},
                    {u"PRATICA_AVV"_s, u"RICONTATTO"_s}, 40),
        u"Inviata con lei la domanda di Assegno unico. Chiesto al Comune un contributo per le "
        "spese scolastiche. Indicato il corso di italiano del CPIA (iscrizioni a settembre)."_s);
    script.followUp(desk.volunteer(), id, session, second, desk.today().addDays(6),
                    u"SMS: esito del contributo per la scuola e data di iscrizione al corso."_s);
}

// A man who lost his job and faces eviction: the overdue follow-up.
void davide(detail::DemoDesk &desk, Script &script)
{
    Person p = makePerson(u"Davide"_s, u"Ferrari"_s, QDate(1979, 11, 23), 'M', u"F205"_s);
    p.phone = u"+39 303 771 0254"_s;
    p.address = u"Via Piave 33, Vimodrone"_s;
    p.residence = u"015242"_s;
    p.citizenship = u"IT"_s;
    setHousehold(p, u"COPPIA_CON_FIGLI"_s, 4, 2);
    p.employment = u"DISOCCUPATO"_s;
    p.education = u"DIPLOMA"_s;
    p.contactPreference = u"TEL"_s;
    const QDateTime first = desk.workdayAt(33, 11, 0);
    const qint64 id = script.person(desk.coordinator(), first, p,
                                    {ConsentPurpose::PersonalData, ConsentPurpose::PhoneContact,
                                     ConsentPurpose::IdentifiedReferral});
    const qint64 visit = script.session(
        desk.coordinator(), id, first,
        makeSession(u"ASCOLTO"_s, u"PRES"_s, u"INV_COMUNE"_s,
                    {u"OCC.PERDITA"_s, u"CAS.SFRATTO"_s, u"POV.INSUF"_s},
                    {u"svc-naspi"_s, u"svc-morosita-incolpevole"_s},
                    {u"INFO"_s, u"ORIENT_SERV"_s, u"SEGNAL_SS"_s}, 50),
        u"Licenziato a gennaio per la chiusura del magazzino. Quattro mesi di affitto "
        "arretrati, il proprietario ha avviato lo sfratto per morosità. La moglie "
        "lavora part-time."_s,
        u"Domanda NASpI al patronato; raccogliere i documenti per il fondo morosità "
        "incolpevole."_s);
    script.mark(detail::ReferralMoment::DavideEviction, id, visit);
    script.session(desk.volunteer(), id, desk.workdayAt(24, 9, 30),
                   makeSession(u"ACCOMP"_s, u"ESTERNO"_s, u"SPONT"_s, {u"CAS.SFRATTO"_s},
                               {u"svc-cgil-pioltello-casa"_s}, {u"ACCOMP_SVOLTO"_s}, 90),
                   u"Accompagnato allo sportello casa: il legale segue la trattativa con il "
                   "proprietario."_s);
    const QDateTime third = desk.workdayAt(10, 11, 30);
    const qint64 session = script.session(
        desk.coordinator(), id, third,
        makeSession(u"ORIENT"_s, u"PRES"_s, u"SPONT"_s, {u"OCC.DISOCC"_s, u"CAS.SFRATTO"_s},
                    {u"svc-morosita-incolpevole"_s, u"svc-cpi-servizi"_s},
                    {u"PRATICA_AVV"_s, u"INVIO_ALTRO"_s, u"RICONTATTO"_s}, 40),
        u"NASpI accolta. Presentata la domanda al fondo morosità incolpevole. Iscritto al "
        "Centro per l'Impiego."_s);
    script.mark(detail::ReferralMoment::DavideRentFund, id, session);
    script.followUp(desk.coordinator(), id, session, third, desk.today().addDays(-3),
                    u"Sentire l'esito della domanda al fondo morosità prima dell'udienza."_s);
}

// A young man who needs SPID to sign up for job support: two digital-facilitation sessions.
void alessandro(detail::DemoDesk &desk, Script &script)
{
    Person p = makePerson(u"Alessandro"_s, u"Greco"_s, QDate(2004, 4, 9), 'M', u"F839"_s);
    p.phone = u"+39 307 302 5519"_s;
    p.email = u"alessandro.greco@example.com"_s;
    p.address = u"Via San Francesco 15, Pioltello"_s;
    p.residence = u"015175"_s;
    p.citizenship = u"IT"_s;
    setHousehold(p, u"ALTRO"_s, 3, 0);
    p.employment = u"DISOCCUPATO"_s;
    p.education = u"DIPLOMA"_s;
    p.contactPreference = u"SMS"_s;
    const Actor &facilitator = desk.facilitator();
    const QDateTime first = desk.workdayAt(26, 14, 30);
    const qint64 id = script.person(facilitator, first, p,
                                    {ConsentPurpose::PersonalData, ConsentPurpose::PhoneContact});
    Session attempt = makeSession(
        u"FACDIG"_s, u"PRES"_s, u"INV_ETS"_s, {u"DIG.IDENT"_s, u"DIG.PRATICA"_s, u"OCC.DISOCC"_s},
        {u"svc-pioltello-punto-digitale"_s, u"svc-cpi-siisl"_s}, {u"FACDIG_KO"_s}, 45);
    attempt.facilitation = {u"IND"_s,
                            {u"SPID"_s, u"LAVORO"_s},
                            people::Facilitation::Goal::NotReached,
                            u"MANCA_DOCUMENTO"_s};
    script.session(facilitator, id, first, attempt,
                   u"Deve iscriversi a SIISL e gli serve lo SPID, ma la carta d'identità è "
                   "scaduta: rinnovo prenotato in Comune."_s);
    const QDateTime second = desk.workdayAt(5, 15, 0);
    Session done
        = makeSession(u"FACDIG"_s, u"PRES"_s, u"SPONT"_s, {u"DIG.IDENT"_s, u"DIG.PRATICA"_s},
                      {u"svc-cpi-siisl"_s, u"svc-sfl"_s}, {u"FACDIG_OK"_s}, 40);
    done.facilitation
        = {u"IND"_s, {u"SPID"_s, u"APPIO"_s, u"LAVORO"_s}, people::Facilitation::Goal::Reached, {}};
    const qint64 session = script.session(
        facilitator, id, second, done,
        u"SPID attivato con la nuova CIE; installata l'app IO. Primo accesso a SIISL fatto "
        "insieme."_s,
        u"Completare il profilo su SIISL e firmare il Patto di attivazione digitale."_s);
    script.mark(detail::ReferralMoment::AlessandroJob, id, session);
    script.followUp(facilitator, id, session, second, desk.today().addDays(9),
                    u"Ha completato il profilo SIISL e firmato il Patto di attivazione?"_s);
}

// A man with a chronic illness: health needs recorded with the special-category consent.
void franco(detail::DemoDesk &desk, Script &script)
{
    Person p = makePerson(u"Franco"_s, u"Rinaldi"_s, QDate(1963, 9, 30), 'M', u"A662"_s);
    p.phone = u"+39 304 590 6613"_s;
    p.address = u"Via Turati 8, Rodano"_s;
    p.residence = u"015185"_s;
    p.citizenship = u"IT"_s;
    setHousehold(p, u"SOLO"_s, 1, 0);
    p.employment = u"DISOCCUPATO"_s;
    p.education = u"MEDIA"_s;
    p.contactPreference = u"TEL"_s;
    const QDateTime first = desk.workdayAt(58, 10, 0);
    const qint64 id
        = script.person(desk.volunteer(), first, p,
                        {ConsentPurpose::PersonalData, ConsentPurpose::SpecialCategories,
                         ConsentPurpose::PhoneContact, ConsentPurpose::IdentifiedReferral});
    script.session(desk.volunteer(), id, first,
                   makeSession(u"ASCOLTO"_s, u"PRES"_s, u"INV_SANIT"_s,
                               {u"SAL.FISICA"_s, u"DIS.RICON"_s, u"POV.INSUF"_s},
                               {u"svc-inca-invalidita"_s, u"svc-scelta-medico"_s},
                               {u"INFO"_s, u"PRATICA_AVV"_s}, 50),
                   u"Una malattia cronica gli ha fatto perdere il lavoro; il medico ha inviato il "
                   "certificato per l'invalidità civile. Spende molto in farmaci."_s,
                   u"Patronato per la domanda di invalidità; chiedere l'esenzione dal ticket per "
                   "patologia."_s);
    const QDateTime second = desk.workdayAt(15, 9, 45);
    const qint64 session = script.session(
        desk.coordinator(), id, second,
        makeSession(u"ORIENT"_s, u"TEL"_s, u"SPONT"_s, {u"DIS.RICON"_s, u"SAL.CURE"_s},
                    {u"svc-inca-invalidita"_s, u"svc-rodano-servizi-sociali"_s},
                    {u"INFO"_s, u"SEGNAL_SS"_s, u"RICONTATTO"_s}, 20),
        u"Visita della commissione fissata; ha ottenuto l'esenzione. Da valutare con i servizi "
        "sociali un contributo per le spese."_s);
    script.mark(detail::ReferralMoment::FrancoExpenses, id, session);
    script.followUp(desk.coordinator(), id, session, second, desk.today().addDays(20),
                    u"Chiedergli com'è andata la visita della commissione."_s);
}

// A Senegalese worker renewing his permit: a follow-up already done.
void mamadou(detail::DemoDesk &desk, Script &script)
{
    Person p = makePerson(u"Mamadou"_s, u"Diop"_s, QDate(1991, 2, 14), 'M', u"Z343"_s);
    p.phone = u"+39 309 655 2107"_s;
    p.address = u"Via Cimarosa 3, Pioltello"_s;
    p.residence = u"015175"_s;
    p.citizenship = u"EXTRA_UE"_s;
    setHousehold(p, u"ALTRO"_s, 4, 0);
    p.employment = u"DIPENDENTE"_s;
    p.education = u"MEDIA"_s;
    p.language = u"fr"_s;
    p.contactPreference = u"SMS"_s;
    const QDateTime first = desk.workdayAt(55, 17, 0);
    const qint64 id = script.person(desk.volunteer(), first, p,
                                    {ConsentPurpose::PersonalData, ConsentPurpose::PhoneContact});
    const qint64 session = script.session(
        desk.volunteer(), id, first,
        makeSession(u"ORIENT"_s, u"PRES"_s, u"CONOSC"_s,
                    {u"IMM.PERMESSO"_s, u"CAS.RESID"_s, u"OCC.PRECAR"_s},
                    {u"svc-sportello-stranieri"_s, u"svc-pioltello-residenza-fittizia"_s},
                    {u"ORIENT_SERV"_s, u"RICONTATTO"_s}, 35),
        u"Permesso di soggiorno per lavoro in scadenza; contratti a termine in un magazzino. "
        "Vive in un appartamento condiviso dove non può prendere la residenza."_s);
    const QDateTime due = desk.workdayAt(45, 11, 0);
    const qint64 followUp
        = script.followUp(desk.volunteer(), id, session, first, due.date(),
                          u"Ha l'appuntamento allo sportello stranieri per il rinnovo?"_s);
    script.complete(desk.volunteer(), followUp, due, u"RAGGIUNTO"_s,
                    u"Appuntamento fissato; porterà buste paga e contratto."_s);
    script.session(desk.volunteer(), id, desk.workdayAt(34, 17, 30),
                   makeSession(u"ACCOMP"_s, u"ESTERNO"_s, u"SPONT"_s,
                               {u"IMM.PERMESSO"_s, u"CAS.RESID"_s},
                               {u"svc-inca-patronato"_s, u"svc-pioltello-residenza-fittizia"_s},
                               {u"ACCOMP_SVOLTO"_s, u"PRATICA_AVV"_s}, 60),
                   u"Accompagnato al patronato: domanda di rinnovo compilata e spedita. Avviata "
                   "la residenza all'indirizzo dell'associazione."_s);
}

// A woman caring alone for her husband; no consent to be called, so no follow-up.
void teresa(detail::DemoDesk &desk, Script &script)
{
    Person p = makePerson(u"Teresa"_s, u"Galli"_s, QDate(1950, 12, 5), 'F', u"G686"_s);
    p.address = u"Via Mantegna 22, Pioltello"_s;
    p.residence = u"015175"_s;
    p.citizenship = u"IT"_s;
    setHousehold(p, u"COPPIA_SENZA_FIGLI"_s, 2, 0);
    p.employment = u"PENSIONATO"_s;
    p.education = u"MEDIA"_s;
    const QDateTime first = desk.workdayAt(8, 10, 30);
    const qint64 id = script.person(desk.coordinator(), first, p, {ConsentPurpose::PersonalData});
    script.session(desk.coordinator(), id, first,
                   makeSession(u"ASCOLTO"_s, u"PRES"_s, u"SPONT"_s, {u"FAM.CURA"_s, u"REL.RETE"_s},
                               {u"svc-misura-b2"_s, u"svc-pioltello-sad"_s,
                                u"svc-cisl-assistenti-familiari"_s},
                               {u"INFO"_s, u"ORIENT_SERV"_s}, 55),
                   u"Assiste da sola il marito a casa; i figli vivono all'estero. È molto stanca "
                   "e vorrebbe un aiuto in casa qualche ora alla settimana."_s,
                   u"Tornerà con i documenti per la Misura B2 e per il SAD."_s);
}

// Three people who did not give their name: sessions without a person; the third had nowhere
// to sleep and was referred to the social emergency service at once.
void walkIns(detail::DemoDesk &desk, Script &script)
{
    const qint64 night = script.session(
        desk.volunteer(), 0, desk.workdayAt(40, 16, 30),
        makeSession(u"ACCOGL"_s, u"PRES"_s, u"SPONT"_s, {u"CAS.SENZA"_s, u"POV.NORED"_s},
                    {u"svc-pis"_s, u"svc-dormitorio"_s}, {u"INFO"_s, u"SEGNAL_SS"_s}, 30));
    script.mark(detail::ReferralMoment::NightWalkIn, 0, night);
    script.session(desk.volunteer(), 0, desk.workdayAt(21, 11, 20),
                   makeSession(u"ORIENT"_s, u"PRES"_s, u"SPONT"_s, {u"POV.ALIM"_s},
                               {u"svc-emporio-solidale"_s, u"svc-caritas-pioltello-pacchi"_s},
                               {u"INFO"_s, u"ORIENT_SERV"_s}, 15));
    script.session(desk.coordinator(), 0, desk.workdayAt(3, 16, 40),
                   makeSession(u"ORIENT"_s, u"TEL"_s, u"SPONT"_s, {u"POV"_s},
                               {u"svc-isee-dsu"_s, u"svc-caf-cisl-isee"_s}, {u"INFO"_s}, 10));
}

} // namespace

Status seedDemoPeople(storage::Profile &profile, const Clock &clock)
{
    detail::DemoDesk desk(profile, clock);
    if (auto loggedIn = desk.logIn(); !loggedIn)
        return loggedIn;
    // The first demo person's codice fiscale tells whether the people are there already.
    const QString first
        = codiceFiscaleFor(u"Colombo"_s, u"Giuseppina"_s, QDate(1942, 3, 18), 'F', u"F205"_s);
    auto existing = storage::PeopleRepository(desk.database(), desk.vault()).byCodiceFiscale(first);
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return {};
    auto notice = desk.services().settings().privacyNotice();
    if (!notice)
        return notice.error();

    Script script(desk, notice->version);
    giuseppina(desk, script);
    olena(desk, script);
    davide(desk, script);
    alessandro(desk, script);
    franco(desk, script);
    mamadou(desk, script);
    teresa(desk, script);
    walkIns(desk, script);
    if (!script.status())
        return script.status();
    return detail::seedDemoReferrals(desk, script.moments());
}

} // namespace sportello::demo
