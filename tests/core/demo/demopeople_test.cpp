// SPDX-License-Identifier: GPL-3.0-or-later
// The demo profile's hand-written people and the synthetic-people generator: what they write
// follows the counter's rules (consents, validation, follow-ups around today) and is sealed.
#include "crypto/vault.h"
#include "databasefiles.h"
#include "demo/demopeople.h"
#include "demo/demoprofile.h"
#include "demo/syntheticpeople.h"
#include "memorysecretstore.h"
#include "people/vocabulary.h"
#include "services/accountservice.h"
#include "services/deskservices.h"
#include "services/peopleservice.h"
#include "services/referralservice.h"
#include "services/sessionservice.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/outboxrepository.h"
#include "storage/peoplerepository.h"
#include "storage/profile.h"
#include "testhelpers.h"
#include "wire/anonymizer.h"
#include "wire/events.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <catch2/catch_test_macros.hpp>
#include <memory>

using namespace Qt::StringLiterals;
using namespace sportello;

namespace {

// A demo profile with the services a desk uses, a demo account logged in.
struct DemoDeskFixture
{
    test::TempDir dir;
    test::FakeClock clock; // Monday 2 March 2026, 09:00 UTC
    std::unique_ptr<storage::Profile> profile;
    std::unique_ptr<services::DeskServices> services;
    const crypto::Vault *vault = nullptr;
    storage::AuditLog *audit = nullptr;
    services::PeopleService *people = nullptr;
    services::SessionService *sessions = nullptr;
    services::ReferralService *referrals = nullptr;
    security::Actor lead;
    security::Actor facilitator;

    explicit DemoDeskFixture(bool seed = true)
    {
        auto opened = storage::Profile::open(dir.path(), sportello::test::secrets());
        REQUIRE(opened.ok());
        profile = std::move(opened).value();
        if (seed)
            REQUIRE(demo::seedDemoProfile(*profile, clock).ok());
        services = std::make_unique<services::DeskServices>(profile->database(), clock);
        vault = &services->context().vault;
        audit = &services->context().audit;
        people = &services->people();
        sessions = &services->sessions();
        referrals = &services->referrals();
    }

    void logIn()
    {
        services::AccountService &accounts = services->accounts();
        const auto &facilitatrice = demo::kDemoAccounts[2];
        auto other = accounts.login(QString::fromUtf8(facilitatrice.username),
                                    QString::fromUtf8(facilitatrice.password));
        REQUIRE(other.ok());
        facilitator = *other;
        const auto &coordinatrice = demo::kDemoAccounts[0];
        auto logged = accounts.login(QString::fromUtf8(coordinatrice.username),
                                     QString::fromUtf8(coordinatrice.password));
        REQUIRE(logged.ok());
        lead = *logged;
    }

    QList<qint64> personIds()
    {
        auto names = storage::PeopleRepository(profile->database(), *vault).names();
        REQUIRE(names.ok());
        QList<qint64> ids;
        for (const auto &name : std::as_const(*names))
            ids.append(name.personId);
        return ids;
    }

    bool hasConsent(qint64 personId, people::ConsentPurpose purpose)
    {
        auto given = people->hasConsent(lead, personId, purpose);
        REQUIRE(given.ok());
        return *given;
    }

    QList<referrals::Referral> allReferrals()
    {
        auto list = referrals->list(lead, {});
        REQUIRE(list.ok());
        return *list;
    }

    // Checks every referral against the outbox: its records (found by ref_uuid) hold only the
    // allow-listed keys, the first is its creation, the last carries its current state and
    // destination, and there is one per change. Every move happened before now, in order.
    void checkOutbox(const QList<referrals::Referral> &list)
    {
        auto items = storage::OutboxRepository(profile->database()).items();
        REQUIRE(items.ok());
        QHash<QString, QList<QJsonObject>> records;
        QHash<QString, QStringList> events;
        for (const sync::OutboxItem &item : std::as_const(*items)) {
            CHECK(item.state == u"QUEUED"_s);
            const QJsonObject record = QJsonDocument::fromJson(item.payload).object();
            // Besides referrals, the audit chain's head (decision 32): a hash, nothing else.
            if (item.eventType == QLatin1StringView(wire::eventtype::kAuditAnchor)) {
                CHECK_FALSE(wire::checkAuditAnchor(record, {}).has_value());
                continue;
            }
            for (auto it = record.constBegin(); it != record.constEnd(); ++it)
                CHECK(wire::referralRecordKeys().contains(it.key()));
            const QString uid = record.value(u"ref_uuid"_s).toString();
            records[uid].append(record);
            events[uid].append(item.eventType);
        }
        CHECK(records.size() == list.size());
        const QDateTime now = clock.nowUtc();
        for (const referrals::Referral &r : list) {
            INFO("referral " << r.id << " " << r.destinationType.toStdString());
            REQUIRE(records.contains(r.uid));
            auto moves = referrals->history(lead, r.id);
            REQUIRE(moves.ok());
            CHECK(records.value(r.uid).size() == moves->size() + 1);
            CHECK(events.value(r.uid).first()
                  == (r.kind == referrals::Kind::Logged ? u"referral.logged"_s
                                                        : u"referral.created"_s));
            const QJsonObject last = records.value(r.uid).last();
            CHECK(last.value(u"stato"_s).toString() == referrals::stateCode(r.state));
            CHECK(last.value(u"dest_tipo"_s).toString() == r.destinationType);
            CHECK(last.value(u"urgenza"_s).toString() == r.urgency);
            CHECK(r.createdAt < now);
            QDateTime previous = r.createdAt;
            for (const referrals::TransitionRecord &move : std::as_const(*moves)) {
                CHECK(move.at > previous);
                previous = move.at;
            }
            CHECK(previous < now);
            if (r.state != referrals::State::Bozza && r.personId > 0)
                CHECK(hasConsent(r.personId, people::ConsentPurpose::IdentifiedReferral));
        }
    }

    // Every byte of the database files as they are on disk now, decrypted with the key (see
    // databasefiles.h).
    [[nodiscard]] QByteArray databaseBytes() const { return test::databaseBytes(dir.path()); }
};

} // namespace

TEST_CASE("the demo profile has people with consents, sessions and follow-ups around today",
          "[demo][people]")
{
    DemoDeskFixture desk;
    desk.logIn();
    const QList<qint64> ids = desk.personIds();
    CHECK(ids.size() == 7);

    int sessionCount = 0;
    int facilitation = 0;
    int specialNeeds = 0;
    const QDateTime now = desk.clock.nowUtc();
    for (const qint64 id : ids) {
        INFO("person " << id);
        CHECK(desk.hasConsent(id, people::ConsentPurpose::PersonalData));
        auto sessions = desk.sessions->sessionsOf(desk.lead, id);
        REQUIRE(sessions.ok());
        CHECK(sessions->size() >= 1);
        CHECK(sessions->size() <= 3);
        for (const people::Session &session : std::as_const(*sessions)) {
            ++sessionCount;
            CHECK(desk.sessions->validate(session).ok());
            CHECK(session.startedAt < now);
            CHECK(session.startedAt > now.addDays(-100));
            CHECK(session.createdAt >= session.startedAt);
            if (session.type == u"FACDIG") {
                ++facilitation;
                CHECK(session.operatorId == desk.facilitator.operatorId);
            }
            for (const QString &need : session.needs) {
                if (people::Vocabulary::needSensitivity(need) != people::Sensitivity::Ordinary) {
                    ++specialNeeds;
                    CHECK(desk.hasConsent(id, people::ConsentPurpose::SpecialCategories));
                }
            }
            for (const people::DiscussedService &service : session.services)
                CHECK_FALSE(service.serviceName.isEmpty()); // a real demo catalogue service
        }
        auto timeline = desk.sessions->timeline(desk.lead, id);
        REQUIRE(timeline.ok());
        CHECK(timeline->size() > sessions->size());
    }
    CHECK(sessionCount >= 12);
    CHECK(facilitation == 2);
    CHECK(specialNeeds >= 2);

    auto queue = desk.sessions->followUpQueue(desk.lead);
    REQUIRE(queue.ok());
    CHECK(queue->overdue.size() == 1);
    CHECK(queue->today.size() == 1);
    CHECK(queue->upcoming.size() >= 3);

    // Found by name while typing, and the names are nowhere in clear in the files.
    auto found = desk.people->search(desk.lead, u"koval"_s);
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->first().givenName == u"Olena"_s);
    const QString code
        = demo::codiceFiscaleFor(u"Kovalenko"_s, u"Olena"_s, QDate(1988, 7, 2), 'F', u"Z138"_s);
    auto byCode = desk.people->search(desk.lead, code);
    REQUIRE(byCode.ok());
    CHECK(byCode->size() == 1);
    REQUIRE(desk.profile->database().checkpoint().ok());
    const QByteArray bytes = desk.databaseBytes();
    CHECK_FALSE(bytes.contains("Kovalenko"));
    CHECK_FALSE(bytes.contains("Giuseppina"));
    CHECK_FALSE(bytes.contains(code.toLatin1()));

    auto intact = desk.audit->verify();
    REQUIRE(intact.ok());
    INFO(intact->reason.toStdString() << " at " << intact->firstBadId);
    CHECK(intact->intact);
}

TEST_CASE("the demo profile has referrals in varied states with their anonymized outbox rows",
          "[demo][referrals]")
{
    using referrals::State;
    DemoDeskFixture desk;
    desk.logIn();
    const QList<referrals::Referral> list = desk.allReferrals();
    REQUIRE(list.size() == 6);
    QHash<QString, referrals::Referral> by;
    for (const referrals::Referral &r : list) {
        by.insert(r.destinationType, r);
        CHECK(r.sessionId > 0);
        if (r.personId > 0) {
            auto sessions = desk.sessions->sessionsOf(desk.lead, r.personId);
            REQUIRE(sessions.ok());
            CHECK(std::any_of(sessions->cbegin(), sessions->cend(),
                              [&r](const people::Session &s) { return s.id == r.sessionId; }));
        }
    }
    REQUIRE(by.size() == 6);

    const referrals::Referral caf = by.value(u"CAF"_s);
    CHECK(caf.kind == referrals::Kind::Logged);
    CHECK(caf.state == State::Bozza);

    // Taken on nine days after sending, still open.
    const referrals::Referral comune = by.value(u"SS_COMUNE"_s);
    CHECK(comune.state == State::PresaInCarico);
    CHECK(comune.urgency == u"PRIOR"_s);
    CHECK(comune.sentAt.daysTo(comune.takenOverAt) == 9);

    // The housing office's answer is late: the one referral of the follow-up queue.
    const referrals::Referral casa = by.value(u"CASA"_s);
    CHECK(casa.state == State::Ricevuta);
    CHECK(casa.feedbackDue < desk.clock.today());
    auto waiting = desk.referrals->awaitingFeedback(desk.lead, desk.clock.today());
    REQUIRE(waiting.ok());
    REQUIRE(waiting->size() == 1);
    CHECK(waiting->first().id == casa.id);

    // Declined as not competent, then closed: NON_PRESA_IN_CARICO leads only to CHIUSA.
    const referrals::Referral declined = by.value(u"SS_SEGR"_s);
    CHECK(declined.state == State::Chiusa);
    CHECK(declined.finalOutcome == u"NON_RISOLTA"_s);
    auto moves = desk.referrals->history(desk.lead, declined.id);
    REQUIRE(moves.ok());
    QList<State> path;
    for (const referrals::TransitionRecord &move : std::as_const(*moves))
        path.append(move.to);
    CHECK(path
          == QList<State> {State::Inviata, State::Ricevuta, State::InValutazione,
                           State::NonPresaInCarico, State::Chiusa});
    REQUIRE(moves->size() == 5);
    CHECK(moves->at(3).reason == u"NON_COMPETENZA"_s);

    // The urgent one of an anonymous walk-in, resolved.
    const referrals::Referral emergency = by.value(u"PIS"_s);
    CHECK(emergency.personId == 0);
    CHECK(emergency.urgency == u"URG"_s);
    CHECK(emergency.state == State::Chiusa);
    CHECK(emergency.finalOutcome == u"RISOLTA"_s);

    const referrals::Referral draft = by.value(u"CPI"_s);
    CHECK(draft.kind == referrals::Kind::Sent);
    CHECK(draft.state == State::Bozza);

    desk.checkOutbox(list);
    auto items = storage::OutboxRepository(desk.profile->database()).items();
    REQUIRE(items.ok());
    const auto referralItems = std::count_if(items->cbegin(), items->cend(), [](const auto &item) {
        return wire::isReferralEventType(item.eventType);
    });
    CHECK(referralItems == 22);
    for (const sync::OutboxItem &item : std::as_const(*items)) {
        if (!wire::isReferralEventType(item.eventType))
            continue;
        const QJsonObject record = QJsonDocument::fromJson(item.payload).object();
        const QString uid = record.value(u"ref_uuid"_s).toString();
        if (uid == comune.uid && record.value(u"stato"_s).toString() == u"PRESA_IN_CARICO")
            CHECK(record.value(u"giorni_invio_presa_in_carico"_s).toString() == u"8-14");
        if (uid == emergency.uid)
            CHECK(record.value(u"comune_istat"_s).toString() == u"ND"_s);
        if (uid == comune.uid)
            CHECK(record.value(u"comune_istat"_s).toString() == u"015242"_s);
        for (const char *personal : {"Ferrari", "Davide", "Rinaldi", "Sfratto", "771 0254"})
            CHECK_FALSE(item.payload.contains(personal));
    }
}

TEST_CASE("the demo people are added once", "[demo][people]")
{
    DemoDeskFixture desk;
    REQUIRE(demo::seedDemoPeople(*desk.profile, desk.clock).ok());
    desk.logIn();
    CHECK(desk.personIds().size() == 7);
}

TEST_CASE("synthetic people go only into a demo profile", "[demo][people]")
{
    DemoDeskFixture empty(false);
    const auto refused = demo::addSyntheticPeople(*empty.profile, empty.clock, 10, 1);
    CHECK(refused.code() == ErrorCode::InvalidArgument);

    DemoDeskFixture desk;
    CHECK(demo::addSyntheticPeople(*desk.profile, desk.clock, 0, 1).code()
          == ErrorCode::InvalidArgument);
    CHECK(demo::addSyntheticPeople(*desk.profile, desk.clock, demo::kMaximumSyntheticPeople + 1, 1)
              .code()
          == ErrorCode::InvalidArgument);
}

TEST_CASE("synthetic people follow the counter's rules", "[demo][people]")
{
    DemoDeskFixture desk;
    constexpr int kCount = 120;
    constexpr quint64 kSeed = 42;
    QList<int> reported;
    auto added
        = demo::addSyntheticPeople(*desk.profile, desk.clock, kCount, kSeed, [&reported](int done) {
              reported.append(done);
              return true;
          });
    REQUIRE(added.ok());
    CHECK(added->people == kCount);
    CHECK_FALSE(added->cancelled);
    CHECK(added->sessions >= kCount);
    CHECK(added->sessions <= 6 * kCount);
    CHECK(added->followUps > 0);
    REQUIRE(reported.size() == 10);
    CHECK(reported.last() == kCount);
    CHECK(std::is_sorted(reported.cbegin(), reported.cend()));

    desk.logIn();
    CHECK(desk.personIds().size() == 7 + kCount);
    // About one in seven has a referral, walked to its own state, with its outbox rows.
    CHECK(added->referrals >= kCount / 20);
    CHECK(added->referrals <= kCount / 4);
    const QList<referrals::Referral> referralList = desk.allReferrals();
    CHECK(referralList.size() == 6 + added->referrals);
    desk.checkOutbox(referralList);
    demo::SyntheticPeople generator(kSeed);
    const QDateTime now = desk.clock.nowUtc();
    int sessions = 0;
    for (int i = 0; i < kCount; ++i) {
        const demo::SyntheticPerson expected = generator.next(desk.clock.today());
        auto hits = desk.people->search(desk.lead, expected.codiceFiscale);
        REQUIRE(hits.ok());
        REQUIRE(hits->size() == 1);
        const qint64 id = hits->first().personId;
        CHECK(hits->first().familyName == expected.familyName);
        CHECK(desk.hasConsent(id, people::ConsentPurpose::PersonalData));
        auto list = desk.sessions->sessionsOf(desk.lead, id);
        REQUIRE(list.ok());
        CHECK(list->size() >= 1);
        CHECK(list->size() <= 6);
        sessions += int(list->size());
        for (const people::Session &session : std::as_const(*list)) {
            CHECK(desk.sessions->validate(session).ok());
            CHECK(session.startedAt < now);
            CHECK(session.startedAt >= now.addDays(-731));
            const bool facilitation = session.type == u"FACDIG";
            CHECK(facilitation == (session.operatorId == desk.facilitator.operatorId));
            CHECK(facilitation == !session.facilitation.kind.isEmpty());
        }
    }
    CHECK(sessions == added->sessions);

    auto queue = desk.sessions->followUpQueue(desk.lead);
    REQUIRE(queue.ok());
    CHECK(queue->overdue.size() + queue->today.size() + queue->upcoming.size() >= 1);

    // The same seed on the same day gives the same referrals.
    DemoDeskFixture twin;
    auto twinAdded = demo::addSyntheticPeople(*twin.profile, twin.clock, kCount, kSeed);
    REQUIRE(twinAdded.ok());
    CHECK(twinAdded->referrals == added->referrals);
    twin.logIn();
    auto summary = [](const QList<referrals::Referral> &list) {
        QStringList lines;
        for (const referrals::Referral &r : list)
            lines.append(r.destinationType + u' ' + referrals::stateCode(r.state) + u' ' + r.urgency
                         + u' ' + r.createdAt.toString(Qt::ISODate));
        lines.sort();
        return lines;
    };
    CHECK(summary(twin.allReferrals()) == summary(referralList));

    // The same seed again: the people already recorded are skipped for new ones.
    auto again = demo::addSyntheticPeople(*desk.profile, desk.clock, 30, kSeed);
    REQUIRE(again.ok());
    CHECK(again->people == 30);
    desk.people->forget();
    CHECK(desk.personIds().size() == 7 + kCount + 30);

    auto intact = desk.audit->verify();
    REQUIRE(intact.ok());
    INFO(intact->reason.toStdString() << " at " << intact->firstBadId);
    CHECK(intact->intact);
}

TEST_CASE("adding synthetic people stops when progress says so, keeping what was written",
          "[demo][people]")
{
    DemoDeskFixture desk;
    auto added
        = demo::addSyntheticPeople(*desk.profile, desk.clock, 100, 7, [](int) { return false; });
    REQUIRE(added.ok());
    CHECK(added->cancelled);
    CHECK(added->people == 10); // one batch: a tenth of the run
    desk.logIn();
    CHECK(desk.personIds().size() == 7 + 10);
}
