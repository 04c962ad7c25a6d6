// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/syntheticreferrals.h"

#include "demo/demodesk.h"
#include "services/referralservice.h"

using namespace Qt::StringLiterals;

namespace sportello::demo::detail {

namespace {

using referrals::State;

constexpr int kReferralPercent = 15;
// XOR-ed into the seed: the referrals' stream, apart from the one of the sessions.
constexpr quint64 kStream = 0x4EFE22A1ULL;
// A referral older than this has been settled: it ends closed, cancelled or taken on.
constexpr int kSettledAfterDays = 90;

// How far a referral got.
enum Target {
    Draft,
    Cancelled,
    Sent,
    Returned,
    Received,
    Assessed,
    TakenOn,
    TakenOnClosed,
    DeclinedClosed,
    RedirectedClosed,
};
// Weights of the targets for a recent referral, and for a settled one.
const QList<int> kRecentWeights {5, 5, 8, 4, 6, 10, 14, 28, 12, 8};
const QList<int> kSettledWeights {0, 6, 0, 0, 0, 0, 16, 44, 20, 14};

// One move: its details and when, some days after the move before (0: within the hour).
struct Step
{
    referrals::Transition transition;
    int days = 0;
    int minutes = 0; // of the day from 9:00, or after the move before when days is 0
};

// A final outcome of finalOutcomes() (RISOLTA, PARZ, NON_RISOLTA, SCONOSCIUTO) by weight.
QString outcome(Random &random, const QList<int> &weights)
{
    return referrals::finalOutcomes().at(random.weighted(weights));
}

// The moves from BOZZA to a drawn target; the draws do not depend on the date.
QList<Step> drawPath(Random &random, const SyntheticReferrals::Plan &plan, bool settled)
{
    const int target = random.weighted(settled ? kSettledWeights : kRecentWeights);
    QList<Step> steps;
    auto add
        = [&random, &steps](State to, int days, const QString &reason = {},
                            const QString &finalOutcome = {}, const QString &destination = {}) {
              const int minutes = days == 0 ? random.between(2, 18) * 5 : random.between(0, 96) * 5;
              steps.append({{to, reason, finalOutcome, destination}, days, minutes});
          };
    auto reason = [&random](State to) {
        const QStringList reasons = referrals::reasonsFor(to);
        return reasons.at(random.below(int(reasons.size())));
    };
    if (target == Draft)
        return steps;
    if (target == Cancelled) {
        add(State::Annullata, random.between(1, 10), reason(State::Annullata));
        return steps;
    }
    add(State::Inviata, random.between(0, 2), reason(State::Inviata));
    if (target == Sent)
        return steps;
    if (target == Returned) {
        add(State::RespintaIncompleta, random.between(2, 10), reason(State::RespintaIncompleta));
        return steps;
    }
    add(State::Ricevuta, random.between(1, 5));
    if (target == Received)
        return steps;
    add(State::InValutazione, random.between(1, 10));
    if (target == Assessed)
        return steps;
    if (target == TakenOn || target == TakenOnClosed) {
        add(State::PresaInCarico, random.between(3, 20));
        if (target == TakenOnClosed)
            add(State::Chiusa, random.between(15, 90), {}, outcome(random, {45, 30, 15, 10}));
    } else if (target == DeclinedClosed) {
        add(State::NonPresaInCarico, random.between(3, 20), reason(State::NonPresaInCarico));
        add(State::Chiusa, random.between(1, 10), {}, outcome(random, {0, 15, 60, 25}));
    } else {
        const QString elsewhere
            = plan.alternatives.isEmpty() ? u"ETS"_s : random.any(plan.alternatives);
        add(State::Reindirizzata, random.between(3, 15), {}, {}, elsewhere);
        add(State::Chiusa, random.between(10, 60), {}, outcome(random, {35, 30, 20, 15}));
    }
    return steps;
}

// When a step happens after `previous`: within the hour, or on a working day at 9:00 or later.
QDateTime stepTime(const QDateTime &previous, const Step &step)
{
    if (step.days == 0)
        return previous.addSecs(qint64(step.minutes) * 60);
    QDate day = previous.date().addDays(step.days);
    while (day.dayOfWeek() > 5)
        day = day.addDays(1);
    QDateTime at = previous;
    at.setDate(day);
    at.setTime(QTime(9, 0).addSecs(qint64(step.minutes) * 60));
    return at;
}

} // namespace

SyntheticReferrals::SyntheticReferrals(DemoDesk &desk, quint64 seed)
    : m_desk(desk)
    , m_random(seed ^ kStream)
{ }

bool SyntheticReferrals::drawPerson()
{
    return m_random.chance(kReferralPercent);
}

SyntheticReferrals::Plan SyntheticReferrals::plan(SituationIndex situation)
{
    QStringList destinations = referralDestinations(situation);
    QList<int> weights {60, 30, 10};
    weights.resize(destinations.size());
    const QString destination = destinations.takeAt(m_random.weighted(weights));
    const bool social = destination.startsWith(u"SS_") || destination == u"PIS";
    return {destination, social ? u"SEGNAL_SS"_s : u"INVIO_ALTRO"_s, destinations};
}

Status SyntheticReferrals::add(const security::Actor &by, qint64 personId, qint64 sessionId,
                               const QDateTime &at, const QStringList &needs, const Plan &plan)
{
    // Where the person is only told where to go, the desk often just logs it.
    static const QStringList oftenLogged {u"CAF"_s, u"PATRONATO"_s, u"INPS"_s,
                                          u"CDA"_s, u"FACDIG"_s,    u"CPI"_s};
    referrals::Referral r;
    r.personId = personId;
    r.sessionId = sessionId;
    r.destinationType = plan.destination;
    r.needs = needs;
    const bool logged = oftenLogged.contains(plan.destination) && m_random.chance(60);
    r.kind = logged ? referrals::Kind::Logged : referrals::Kind::Sent;
    const bool social = plan.destination == u"SS_COMUNE" || plan.destination == u"SS_MINORI";
    r.urgency = plan.destination == u"PIS" ? u"URG"_s
        : social && m_random.chance(35)    ? u"PRIOR"_s
                                           : u"ORD"_s;
    const int feedbackDays = m_random.between(7, 30);
    if (!logged)
        r.feedbackDue = at.date().addDays(feedbackDays);
    const bool settled = at.daysTo(m_desk.realNow()) > kSettledAfterDays;
    const QList<Step> steps = logged ? QList<Step> {} : drawPath(m_random, plan, settled);

    QDateTime when = at.addSecs(5 * 60);
    m_desk.clock().set(when);
    auto id = m_desk.referrals().create(by, r);
    if (!id)
        return id.error();
    ++m_count;
    // Each move as far as today: a recent referral is still on its way.
    for (const Step &step : steps) {
        const QDateTime next = stepTime(when, step);
        if (next >= m_desk.realNow())
            break;
        m_desk.clock().set(next);
        if (auto moved = m_desk.referrals().move(by, *id, step.transition); !moved)
            return moved;
        when = next;
    }
    return {};
}

} // namespace sportello::demo::detail
