// SPDX-License-Identifier: GPL-3.0-or-later
// The demo desk's referrals. Made up, like the people they belong to; the destinations are
// entries of the demo catalogue.
#include "demo/demoreferrals.h"

#include "demo/demodesk.h"
#include "services/referralservice.h"

using namespace Qt::StringLiterals;

namespace sportello::demo::detail {

namespace {

using referrals::Kind;
using referrals::Referral;
using referrals::State;
using referrals::Transition;
using security::Actor;

// Social Services take Davide on this many days after the referral was sent.
constexpr int kDaysToTakeOver = 9;

bool isWeekend(QDate day)
{
    return day.dayOfWeek() > 5;
}

// `days` days after `from` at hh:mm, moved on to the Monday after a weekend (offices answer on
// working days). With days >= 1 the result is always on a later day than `from`.
QDateTime workdayAfter(const QDateTime &from, int days, int hour, int minute)
{
    QDate day = from.date().addDays(days);
    while (isWeekend(day))
        day = day.addDays(1);
    QDateTime at = from;
    at.setDate(day);
    at.setTime(QTime(hour, minute));
    return at;
}

// Writes referrals and their moves through ReferralService, moving the desk's clock to each
// one's time. The first failure sticks: later steps do nothing and status() reports it.
class ReferralScript final
{
public:
    explicit ReferralScript(DemoDesk &desk)
        : m_desk(desk)
    { }

    // A referral from `moment`'s session, written a few minutes after the session ended.
    qint64 create(const Actor &by, const StoryMoment &moment, Referral referral)
    {
        if (!m_status)
            return 0;
        referral.personId = moment.personId;
        referral.sessionId = moment.sessionId;
        m_desk.clock().set(moment.at.addSecs(5 * 60));
        auto id = m_desk.referrals().create(by, referral);
        if (!id) {
            m_status = id.error();
            return 0;
        }
        return *id;
    }

    void move(const Actor &by, qint64 referralId, const QDateTime &at, const Transition &transition)
    {
        if (!m_status)
            return;
        m_desk.clock().set(at);
        if (auto moved = m_desk.referrals().move(by, referralId, transition); !moved)
            m_status = moved;
    }

    [[nodiscard]] const Status &status() const { return m_status; }

private:
    DemoDesk &m_desk;
    Status m_status;
};

Transition to(State state, const QString &reason = {}, const QString &finalOutcome = {})
{
    return {state, reason, finalOutcome, {}};
}

// Giuseppina was told to make the DSU at the CAF: logged, nothing sent.
void giuseppina(DemoDesk &desk, ReferralScript &script, const StoryMoment &visit)
{
    Referral r;
    r.kind = Kind::Logged;
    r.destinationType = u"CAF"_s;
    r.destinationUid = u"svc-caf-cisl-isee"_s;
    r.needs = {u"POV.UTENZE"_s, u"POV.INSUF"_s};
    r.note = u"Appuntamento al CAF per la DSU: portare il cedolino della pensione e le "
             "bollette."_s;
    script.create(desk.volunteer(), visit, r);
}

// Davide's eviction: Social Services of Vimodrone take him on nine days after the PEC; the case
// is still open.
void davideEviction(DemoDesk &desk, ReferralScript &script, const StoryMoment &visit)
{
    // Sent the same day unless the take-over would then fall on a weekend.
    QDate sentDay = visit.at.date();
    while (isWeekend(sentDay) || isWeekend(sentDay.addDays(kDaysToTakeOver)))
        sentDay = sentDay.addDays(1);
    QDateTime sentAt = visit.at.addSecs(20 * 60);
    if (sentDay != visit.at.date()) {
        sentAt.setDate(sentDay);
        sentAt.setTime(QTime(9, 30));
    }

    Referral r;
    r.destinationType = u"SS_COMUNE"_s;
    r.destinationUid = u"org-comune-vimodrone"_s;
    r.needs = {u"CAS.SFRATTO"_s, u"OCC.PERDITA"_s, u"POV.INSUF"_s};
    r.urgency = u"PRIOR"_s;
    r.feedbackDue = sentDay.addDays(30);
    r.note = u"Sfratto per morosità avviato, due figli minori, moglie con lavoro part-time. "
             "Chiede un colloquio con l'assistente sociale."_s;
    const Actor &by = desk.coordinator();
    const qint64 id = script.create(by, visit, r);
    script.move(by, id, sentAt, to(State::Inviata, u"PEC"_s));
    script.move(by, id, workdayAfter(sentAt, 1, 10, 0), to(State::Ricevuta));
    script.move(by, id, workdayAfter(sentAt, 5, 11, 0), to(State::InValutazione));
    script.move(by, id, workdayAfter(sentAt, kDaysToTakeOver, 12, 0), to(State::PresaInCarico));
}

// Davide's application to the rent-arrears fund: the housing office acknowledged it, and its
// answer, expected two days ago, has not come (the follow-up queue shows it).
void davideRentFund(DemoDesk &desk, ReferralScript &script, const StoryMoment &visit)
{
    Referral r;
    r.destinationType = u"CASA"_s;
    r.destinationUid = u"svc-morosita-incolpevole"_s;
    r.needs = {u"CAS.SFRATTO"_s, u"POV.INSUF"_s};
    r.feedbackDue = desk.today().addDays(-2);
    r.note = u"Domanda al fondo morosità incolpevole presentata; l'udienza di convalida è "
             "vicina."_s;
    const Actor &by = desk.coordinator();
    const qint64 id = script.create(by, visit, r);
    const QDateTime sentAt = visit.at.addSecs(15 * 60);
    script.move(by, id, sentAt, to(State::Inviata, u"EMAIL"_s));
    script.move(by, id, workdayAfter(sentAt, 1, 9, 40), to(State::Ricevuta));
}

// Franco's medicine costs: the Comune's front desk answers that they are not its competence;
// the desk closes the referral as not resolved.
void franco(DemoDesk &desk, ReferralScript &script, const StoryMoment &call)
{
    Referral r;
    r.destinationType = u"SS_SEGR"_s;
    r.destinationUid = u"svc-rodano-servizi-sociali"_s;
    r.needs = {u"SAL.CURE"_s, u"POV.INSUF"_s}; // with his special-category consent
    r.feedbackDue = call.at.date().addDays(14);
    r.note = u"Chiede un contributo per i farmaci che l'esenzione non copre."_s;
    const Actor &by = desk.coordinator();
    const qint64 id = script.create(by, call, r);
    const QDateTime sent = call.at.addSecs(15 * 60);
    const QDateTime received = workdayAfter(sent, 1, 9, 15);
    const QDateTime assessed = workdayAfter(received, 2, 10, 0);
    const QDateTime declined = workdayAfter(assessed, 3, 11, 30);
    script.move(by, id, sent, to(State::Inviata, u"EMAIL"_s));
    script.move(by, id, received, to(State::Ricevuta));
    script.move(by, id, assessed, to(State::InValutazione));
    script.move(by, id, declined, to(State::NonPresaInCarico, u"NON_COMPETENZA"_s));
    script.move(by, id, workdayAfter(declined, 1, 9, 0), to(State::Chiusa, {}, u"NON_RISOLTA"_s));
}

// Alessandro's job-centre appointment: a draft the facilitator has not sent yet.
void alessandro(DemoDesk &desk, ReferralScript &script, const StoryMoment &session)
{
    Referral r;
    r.destinationType = u"CPI"_s;
    r.destinationUid = u"svc-cpi-servizi"_s;
    r.needs = {u"OCC.DISOCC"_s, u"DIG.PRATICA"_s};
    r.note = u"Firma del Patto di attivazione digitale: chiedere un appuntamento."_s;
    script.create(desk.facilitator(), session, r);
}

// The walk-in with nowhere to sleep: the social emergency service is called at once, finds a
// bed that evening and closes the case as resolved four days later. Anonymous: no consent, and
// nothing about the person in the record.
void nightWalkIn(DemoDesk &desk, ReferralScript &script, const StoryMoment &visit)
{
    Referral r;
    r.destinationType = u"PIS"_s;
    r.destinationUid = u"svc-pis"_s;
    r.needs = {u"CAS.SENZA"_s, u"POV.NORED"_s};
    r.urgency = u"URG"_s;
    r.feedbackDue = visit.at.date();
    const Actor &by = desk.volunteer();
    const qint64 id = script.create(by, visit, r);
    script.move(by, id, visit.at.addSecs(10 * 60), to(State::Inviata, u"TELEFONO"_s));
    script.move(by, id, visit.at.addSecs(12 * 60), to(State::Ricevuta));
    script.move(by, id, visit.at.addSecs(30 * 60), to(State::InValutazione));
    script.move(by, id, visit.at.addSecs(2 * 3600), to(State::PresaInCarico));
    script.move(by, id, workdayAfter(visit.at, 4, 10, 0), to(State::Chiusa, {}, u"RISOLTA"_s));
}

} // namespace

Status seedDemoReferrals(DemoDesk &desk, const StoryMoments &moments)
{
    auto moment = [&moments](ReferralMoment which) -> const StoryMoment & {
        return moments.at(std::size_t(which));
    };
    ReferralScript script(desk);
    giuseppina(desk, script, moment(ReferralMoment::GiuseppinaIsee));
    davideEviction(desk, script, moment(ReferralMoment::DavideEviction));
    davideRentFund(desk, script, moment(ReferralMoment::DavideRentFund));
    franco(desk, script, moment(ReferralMoment::FrancoExpenses));
    alessandro(desk, script, moment(ReferralMoment::AlessandroJob));
    nightWalkIn(desk, script, moment(ReferralMoment::NightWalkIn));
    return script.status();
}

} // namespace sportello::demo::detail
