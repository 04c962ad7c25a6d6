// SPDX-License-Identifier: GPL-3.0-or-later
// addSyntheticPeople (demopeople.h): made-up people with two years of sessions at the demo desk,
// for training, benchmarks and tests.
#include "demo/demodesk.h"
#include "demo/demopeople.h"
#include "demo/demoprofile.h"
#include "demo/syntheticpeople.h"
#include "demo/syntheticrandom.h"
#include "demo/syntheticreferrals.h"
#include "demo/syntheticsituations.h"
#include "people/privacynotice.h"
#include "people/vocabulary.h"
#include "services/desksettings.h"
#include "services/peopleservice.h"
#include "services/sessionservice.h"
#include "storage/auditlog.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/peoplerepository.h"
#include "storage/profile.h"
#include "storage/sessionrepository.h"
#include "storage/settingsstore.h"
#include "storage/transaction.h"

#include <QHash>
#include <QUuid>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace sportello::demo {

namespace {

using people::ConsentPurpose;
using people::Vocabulary;
using namespace detail; // Random, Situation, SituationIndex

// People per transaction: large enough that the commits' fsyncs do not dominate, small enough
// that a cancel or a failure loses little; at least ten per run, so progress is reported.
constexpr int kBatchPeople = 250;
constexpr int kHistoryDays = 730;

// Writes synthetic people through the repositories inside the caller's transaction, with the
// checks of the services (PeopleService::validate, SessionService::validate) and their audit rows.
class Writer final
{
public:
    Writer(detail::DemoDesk &desk, quint64 seed, SessionHistory history)
        : m_history(history)
        , m_desk(desk)
        , m_random(seed)
        , m_people(desk.database(), desk.vault())
        , m_sessions(desk.database(), desk.vault())
        , m_situations(detail::situations())
        , m_referrals(desk, seed)
    { }

    [[nodiscard]] Status prepare();
    [[nodiscard]] Status add(const SyntheticPerson &synthetic);
    [[nodiscard]] Result<bool> isRecorded(const QString &codiceFiscale) const;

    [[nodiscard]] int sessions() const { return m_sessionCount; }
    [[nodiscard]] int followUps() const { return m_followUpCount; }
    [[nodiscard]] int referrals() const { return m_referrals.count(); }

private:
    struct PersonPlan
    {
        qint64 id = 0;
        QList<int> situations;
        bool special = false;
        bool phone = false;
        bool referral = false; // from the first session
    };

    [[nodiscard]] Status audit(const security::Actor &by, const char *action, const QString &type,
                               qint64 id);
    [[nodiscard]] QList<int> drawSituations(const SyntheticPerson &p);
    [[nodiscard]] Status addSession(const PersonPlan &person, const QDateTime &at, bool first);
    [[nodiscard]] Status addFollowUp(const PersonPlan &person, const security::Actor &by,
                                     qint64 sessionId, QDate due);
    [[nodiscard]] QDateTime at(int daysAgo);

    SessionHistory m_history;
    detail::DemoDesk &m_desk;
    Random m_random;
    storage::PeopleRepository m_people;
    storage::SessionRepository m_sessions;
    QList<Situation> m_situations;
    SyntheticReferrals m_referrals;
    QHash<QString, QString> m_serviceNames;
    qint64 m_catalogueVersion = 0;
    QString m_deskCode;
    QString m_noticeVersion;
    int m_sessionCount = 0;
    int m_followUpCount = 0;
};

Status Writer::prepare()
{
    const storage::CatalogueRepository catalogue(m_desk.database(), m_desk.clock());
    auto version = catalogue.version();
    if (!version)
        return version.error();
    m_catalogueVersion = *version;
    // Services the catalogue no longer has are dropped from the situations.
    for (Situation &situation : m_situations) {
        QStringList present;
        for (const QString &uid : std::as_const(situation.services)) {
            if (!m_serviceNames.contains(uid)) {
                auto service = catalogue.serviceByUid(uid);
                if (!service)
                    continue;
                m_serviceNames.insert(uid, service->name);
            }
            present.append(uid);
        }
        situation.services = present;
    }
    auto deskCode = storage::SettingsStore(m_desk.database(), m_desk.clock())
                        .value(QString::fromLatin1(storage::settingskeys::kDeskCode));
    if (!deskCode)
        return deskCode.error();
    m_deskCode = *deskCode;
    auto notice = m_desk.services().settings().privacyNotice();
    if (!notice)
        return notice.error();
    m_noticeVersion = notice->version;
    return {};
}

Result<bool> Writer::isRecorded(const QString &codiceFiscale) const
{
    auto ids = m_people.byCodiceFiscale(codiceFiscale);
    if (!ids)
        return ids.error();
    return !ids->isEmpty();
}

Status Writer::audit(const security::Actor &by, const char *action, const QString &type, qint64 id)
{
    return m_desk.audit().append(by.operatorId, QString::fromLatin1(action), type,
                                 QString::number(id));
}

QDateTime Writer::at(int daysAgo)
{
    const int minutes = m_random.between(9 * 12, 17 * 12) * 5; // 9:00–17:00, every 5 minutes
    return m_desk.workdayAt(daysAgo, minutes / 60, minutes % 60);
}

QList<int> Writer::drawSituations(const SyntheticPerson &p)
{
    const int age = int(p.birthDate.daysTo(m_desk.today()) / 365);
    QList<int> weights = {14, 10, 8, 8, 9, 2, 6, 6, 6, 6, 2, 1, 4, 10};
    if (age >= 70) {
        weights[Elderly] += 25;
        weights[Health] += 6;
        weights[JobLoss] = 0;
        weights[Children] = 0;
    } else if (age < 30) {
        weights[Digital] += 6;
        weights[JobLoss] += 4;
    }
    if (p.employment == u"DISOCCUPATO") {
        weights[JobLoss] += 10;
        weights[NoIncome] += 8;
    }
    if (p.citizenship == u"EXTRA_UE")
        weights[Immigration] += 20;
    if (p.minors > 0)
        weights[Children] += 14;
    QList<int> chosen {m_random.weighted(weights)};
    if (m_random.chance(35)) {
        weights[chosen.first()] = 0;
        chosen.append(m_random.weighted(weights));
    }
    return chosen;
}

Status Writer::add(const SyntheticPerson &s)
{
    people::Person person;
    person.givenName = s.givenName;
    person.familyName = s.familyName;
    person.codiceFiscale = s.codiceFiscale;
    person.phone = s.phone;
    person.email = s.email;
    person.address = s.address;
    person.residence = s.residence;
    person.citizenship = s.citizenship;
    person.householdType = s.householdType;
    person.householdSize = s.householdSize;
    person.minors = s.minors;
    person.employment = s.employment;
    person.education = s.education;
    person.language = s.language;
    m_desk.clock().set(m_desk.realNow());
    if (auto applied = m_desk.people().applyCodiceFiscale(person); !applied)
        return applied;

    PersonPlan profile;
    profile.situations = drawSituations(s);
    profile.referral = m_referrals.drawPerson();
    const bool sensitive = std::any_of(profile.situations.cbegin(), profile.situations.cend(),
                                       [this](int i) { return m_situations.at(i).sensitive; });
    profile.special = m_random.chance(sensitive ? 85 : 3);
    profile.phone = m_random.chance(60);
    if (profile.phone) {
        const int way = m_random.weighted({60, 30, s.email.isEmpty() ? 0 : 10});
        person.contactPreference = way == 0 ? u"TEL"_s : way == 1 ? u"SMS"_s : u"EMAIL"_s;
    } else if (m_random.chance(25)) {
        person.contactPreference = QString::fromLatin1(people::kDoNotContact);
    }
    if (auto valid = m_desk.people().validate(person); !valid)
        return valid;

    // The history: the first session within two years (and after the 18th birthday), the
    // next ones days to weeks apart, none today.
    const int adultDays = int(s.birthDate.addYears(18).daysTo(m_desk.today()));
    int daysAgo = m_random.between(1, std::max(1, std::min(kHistoryDays, adultDays)));
    // Usual: 1–6 sessions, 2.6 on average; long: 1–10, 6 on average (a desk's many years).
    const int sessionCount = m_history == SessionHistory::Usual
        ? 1 + m_random.weighted({34, 24, 16, 11, 8, 7})
        : 1 + m_random.weighted({5, 5, 5, 10, 15, 15, 15, 15, 10, 5});
    const QDateTime first = at(daysAgo);

    const security::Actor &creator
        = m_random.chance(65) ? m_desk.volunteer() : m_desk.coordinator();
    m_desk.clock().set(first);
    person.createdAt = person.updatedAt = m_desk.clock().nowUtc();
    person.createdBy = creator.operatorId;
    auto id = m_people.insert(person);
    if (!id)
        return id.error();
    profile.id = *id;
    if (auto audited = audit(creator, sportello::audit::kCreate,
                             QString::fromLatin1(storage::kPersonEntity), *id);
        !audited)
        return audited;
    QList<ConsentPurpose> purposes {ConsentPurpose::PersonalData};
    if (profile.phone)
        purposes.append(ConsentPurpose::PhoneContact);
    if (profile.special)
        purposes.append(ConsentPurpose::SpecialCategories);
    if (profile.referral)
        purposes.append(ConsentPurpose::IdentifiedReferral);
    for (ConsentPurpose purpose : std::as_const(purposes)) {
        people::Consent consent;
        consent.personId = *id;
        consent.purpose = purpose;
        // The consent to send a referral is signed with it (and draws nothing from the
        // sessions' stream, which stays what the seed gave before referrals existed).
        consent.method = purpose != ConsentPurpose::IdentifiedReferral && m_random.chance(10)
            ? people::ConsentMethod::VerbalScripted
            : people::ConsentMethod::SignedForm;
        consent.givenAt = m_desk.clock().nowUtc();
        consent.textVersion = m_noticeVersion;
        consent.recordedBy = creator.operatorId;
        auto consentId = m_people.insertConsent(consent);
        if (!consentId)
            return consentId.error();
        if (auto audited = audit(creator, sportello::audit::kCreate, u"consent"_s, *consentId);
            !audited)
            return audited;
    }
    profile.phone
        = profile.phone && person.contactPreference != QLatin1StringView(people::kDoNotContact);

    for (int i = 0; i < sessionCount && daysAgo >= 1; ++i) {
        if (auto added = addSession(profile, i == 0 ? first : at(daysAgo), i == 0); !added)
            return added;
        daysAgo -= m_random.between(2, 60);
    }
    return {};
}

Status Writer::addSession(const PersonPlan &person, const QDateTime &at, bool first)
{
    const int situationIndex = person.situations.at(m_random.below(int(person.situations.size())));
    const Situation &situation = m_situations.at(situationIndex);
    people::Session s;
    s.personId = person.id;
    s.startedAt = at;
    const bool facilitation = situation.digital && m_random.chance(75);
    const security::Actor &by = facilitation ? m_desk.facilitator()
        : m_random.chance(65)                ? m_desk.volunteer()
                                             : m_desk.coordinator();
    if (facilitation) {
        s.type = u"FACDIG"_s;
        const int kind = m_random.weighted({85, 10, 5});
        s.facilitation.kind = kind == 0 ? u"IND"_s : kind == 1 ? u"GRP"_s : u"ONL"_s;
        s.channel = kind == 2 ? u"ONLINE"_s : u"PRES"_s;
        s.facilitation.ambiti = m_random.some(detail::digitalAmbiti(), m_random.between(1, 2));
        const bool reached = m_random.chance(70);
        s.facilitation.goal = reached ? people::Facilitation::Goal::Reached
                                      : people::Facilitation::Goal::NotReached;
        if (!reached)
            s.facilitation.failureReason = m_random.any(detail::facilitationFailures());
        s.outcomes = {reached ? u"FACDIG_OK"_s : u"FACDIG_KO"_s};
        s.durationMinutes = m_random.between(4, 12) * 5;
    } else {
        static const QStringList laterTypes
            = {u"ORIENT"_s, u"ASCOLTO"_s, u"ACCOMP"_s, u"FOLLOWUP"_s};
        s.type = first ? (m_random.chance(40) ? u"ACCOGL"_s : u"ASCOLTO"_s)
                       : laterTypes.at(m_random.weighted({40, 25, 12, 23}));
        static const QStringList channels = {u"PRES"_s, u"TEL"_s, u"ONLINE"_s, u"DOMIC"_s};
        s.channel = s.type == u"ACCOMP" ? u"ESTERNO"_s
            : s.type == u"FOLLOWUP"     ? (m_random.chance(80) ? u"TEL"_s : u"PRES"_s)
                                        : channels.at(m_random.weighted({82, 10, 4, 4}));
        s.durationMinutes = s.type == u"ACCOMP" ? m_random.between(12, 30) * 5
            : s.type == u"FOLLOWUP"             ? m_random.between(1, 3) * 5
                                                : m_random.between(3, 12) * 5;
    }
    static const QStringList arrivals
        = {u"SPONT"_s, u"INV_COMUNE"_s, u"INV_ETS"_s, u"INV_SANIT"_s, u"CONOSC"_s, u"ALTRO"_s};
    s.arrival = first ? arrivals.at(m_random.weighted({40, 18, 10, 6, 22, 4})) : u"SPONT"_s;

    // Special-category needs (macro-voce included) only with that consent; without it the
    // session records the person's other needs.
    for (const QString &need : m_random.some(situation.needs, m_random.between(1, 3))) {
        if (!person.special && Vocabulary::needRequiresConsent(need, true))
            continue;
        if (!s.needs.contains(need))
            s.needs.append(need);
    }
    const int serviceCount = m_random.weighted({20, 45, 35});
    for (const QString &uid : m_random.some(situation.services, serviceCount))
        s.services.append({uid, m_serviceNames.value(uid), m_catalogueVersion});
    if (!facilitation) {
        static const QStringList outcomes
            = {u"INFO"_s,        u"ORIENT_SERV"_s, u"PRATICA_AVV"_s, u"AIUTO_MAT"_s, u"SEGNAL_SS"_s,
               u"INVIO_ALTRO"_s, u"BACHECA"_s,     u"NON_COMP"_s,    u"INTERROTTO"_s};
        const int drawn
            = m_random.weighted({30, s.services.isEmpty() ? 0 : 25, 15, 6, 5, 6, 2, 3, 2});
        s.outcomes = {outcomes.at(drawn)};
        if (s.type == u"ACCOMP")
            s.outcomes.prepend(u"ACCOMP_SVOLTO"_s);
    }
    if (m_random.chance(35))
        s.notes = m_random.any(detail::sessionNotes());
    if (m_random.chance(20))
        s.nextStep = m_random.any(detail::nextSteps());

    // A call-back after some sessions, for people who agreed to be called.
    const bool callBack = person.phone && m_random.chance(30);
    if (callBack && !facilitation)
        s.outcomes.append(u"RICONTATTO"_s);
    // The referral planned for the person starts here, and the session records it.
    const bool referral = first && person.referral;
    SyntheticReferrals::Plan referralPlan;
    if (referral) {
        referralPlan = m_referrals.plan(SituationIndex(situationIndex));
        if (!s.outcomes.contains(referralPlan.outcome))
            s.outcomes.append(referralPlan.outcome);
    }
    if (auto valid = m_desk.sessions().validate(s); !valid)
        return valid;
    s.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.deskCode = m_deskCode;
    s.operatorId = by.operatorId;
    m_desk.clock().set(at.addSecs(qint64(s.durationMinutes) * 60));
    s.createdAt = m_desk.clock().nowUtc();
    auto id = m_sessions.insert(s);
    if (!id)
        return id.error();
    ++m_sessionCount;
    if (auto audited
        = audit(by, sportello::audit::kCreate, QString::fromLatin1(storage::kSessionEntity), *id);
        !audited)
        return audited;
    if (callBack) {
        if (auto added = addFollowUp(person, by, *id, at.date().addDays(m_random.between(3, 30)));
            !added)
            return added;
    }
    if (!referral)
        return {};
    return m_referrals.add(by, person.id, *id, at.addSecs(qint64(s.durationMinutes) * 60), s.needs,
                           referralPlan);
}

Status Writer::addFollowUp(const PersonPlan &person, const security::Actor &by, qint64 sessionId,
                           QDate due)
{
    people::FollowUp followUp;
    followUp.personId = person.id;
    followUp.sessionId = sessionId;
    followUp.due = due;
    followUp.note = m_random.any(detail::followUpNotes());
    followUp.assigneeId = by.operatorId;
    followUp.createdAt = m_desk.clock().nowUtc();
    followUp.createdBy = by.operatorId;
    auto id = m_sessions.insertFollowUp(followUp);
    if (!id)
        return id.error();
    ++m_followUpCount;
    const QString type = QString::fromLatin1(storage::kFollowUpEntity);
    if (auto audited = audit(by, sportello::audit::kCreate, type, *id); !audited)
        return audited;
    // Call-backs older than a month were all made; of the recent ones most were, the rest
    // are the overdue ones of the queue (a desk does not leave a year of them pending).
    if (due >= m_desk.today() || (due >= m_desk.today().addDays(-30) && !m_random.chance(80)))
        return {};
    static const QStringList outcomes = {u"RAGGIUNTO"_s, u"NON_RAGGIUNGIBILE"_s, u"RISOLTO"_s,
                                         u"NUOVO_COLLOQUIO"_s, u"ANNULLATO"_s};
    QDateTime done = m_desk.realNow();
    done.setDate(due);
    done.setTime(QTime(m_random.between(9, 17), m_random.between(0, 11) * 5));
    m_desk.clock().set(done);
    if (auto completed
        = m_sessions.completeFollowUp(*id, m_desk.clock().nowUtc(), by.operatorId,
                                      outcomes.at(m_random.weighted({45, 20, 20, 10, 5})), {});
        !completed)
        return completed;
    return audit(by, sportello::audit::kEdit, type, *id);
}

} // namespace

Result<SyntheticSummary> addSyntheticPeople(storage::Profile &profile, const Clock &clock,
                                            int count, quint64 seed,
                                            const std::function<bool(int)> &progress,
                                            SessionHistory history)
{
    if (count < 1 || count > kMaximumSyntheticPeople)
        return makeError(ErrorCode::InvalidArgument, u"synthetic people: count %1"_s.arg(count),
                         {u"count"_s, QString::number(count)});
    auto state = demoState(profile, clock);
    if (!state)
        return state.error();
    if (*state != DemoState::Current && *state != DemoState::Outdated)
        return makeError(ErrorCode::InvalidArgument, u"synthetic people only in a demo profile"_s,
                         {u"profile"_s, u"not_demo"_s});

    detail::DemoDesk desk(profile, clock);
    if (auto loggedIn = desk.logIn(); !loggedIn)
        return loggedIn.error();
    Writer writer(desk, seed, history);
    if (auto ready = writer.prepare(); !ready)
        return ready.error();

    const int batch = std::clamp(count / 10, 1, kBatchPeople);
    SyntheticPeople generator(seed);
    SyntheticSummary summary;
    // A person already recorded (the same seed run twice) is skipped, within reason.
    qint64 skipsLeft = 10LL * count + 1000;
    while (summary.people < count) {
        auto tx = storage::Transaction::begin(desk.database());
        if (!tx)
            return tx.error();
        const int batchEnd = std::min(count, summary.people + batch);
        int added = summary.people;
        while (added < batchEnd) {
            const SyntheticPerson person = generator.next(desk.today());
            auto recorded = writer.isRecorded(person.codiceFiscale);
            if (!recorded)
                return recorded.error();
            if (*recorded) {
                if (--skipsLeft < 0)
                    return makeError(ErrorCode::Internal,
                                     u"synthetic people: too many already "
                                     "recorded"_s);
                continue;
            }
            if (auto status = writer.add(person); !status)
                return status.error();
            ++added;
        }
        if (auto committed = tx->commit(); !committed)
            return committed.error();
        summary.people = added;
        summary.sessions = writer.sessions();
        summary.followUps = writer.followUps();
        summary.referrals = writer.referrals();
        if (progress && !progress(summary.people)) {
            summary.cancelled = summary.people < count;
            break;
        }
    }
    return summary;
}

} // namespace sportello::demo
