// SPDX-License-Identifier: GPL-3.0-or-later
// The retention job (decision 37) with a fake clock: who goes after the period since the last
// contact, who stays, a withdrawn personal-data consent honoured, counts (never names or ids)
// in the audit, and the coordinator's setting with its bounds.
#include "connection.h"
#include "referralfixture.h"
#include "services/personeraser.h"
#include "services/retentionservice.h"
#include "sql.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace sportello;

namespace {

// A referral desk (Rita Marchetti, created on 2 March 2026) with three more people:
// Ada Lovelace seen once on day 0 with a follow-up and a referral, Bruno Pontecorvo seen two
// months later, Carla Fracci who withdraws her personal-data consent on the last day. Plus an
// anonymous walk-in with notes on day 0.
struct RetentionDesk : test::ReferralDesk
{
    services::RetentionService *retention = nullptr;
    qint64 ada = 0;
    qint64 bruno = 0;
    qint64 carla = 0;
    qint64 walkIn = 0;
    QStringList names {u"Ada"_s,   u"Lovelace"_s, u"Bruno"_s, u"Pontecorvo"_s,
                       u"Carla"_s, u"Fracci"_s,   u"Rita"_s,  u"Marchetti"_s};

    RetentionDesk()
    {
        retention = &services->retention();
        ada = create(u"Ada"_s, u"Lovelace"_s, 1960);
        consent(ada, people::ConsentPurpose::PersonalData);
        consent(ada, people::ConsentPurpose::PhoneContact);
        consent(ada, people::ConsentPurpose::IdentifiedReferral);
        people::Session seen;
        seen.personId = ada;
        seen.needs = {u"CAS.SFRATTO"_s};
        seen.notes = u"Sfratto, parla con il padrone di casa"_s;
        const qint64 session = sessions->save(volunteer, seen).value();
        people::FollowUp call;
        call.personId = ada;
        call.sessionId = session;
        call.due = clock.today().addDays(3);
        REQUIRE(sessions->scheduleFollowUp(volunteer, call).ok());
        referrals::Referral referral = toComune();
        referral.personId = ada;
        referral.sessionId = session;
        REQUIRE(referrals->create(volunteer, referral).ok());

        people::Session anonymous;
        anonymous.needs = {u"POV.INSUF"_s};
        anonymous.notes = u"Non ha voluto lasciare il nome"_s;
        walkIn = sessions->save(volunteer, anonymous).value();

        clock.advanceDays(61);
        bruno = create(u"Bruno"_s, u"Pontecorvo"_s, 1971);
        consent(bruno, people::ConsentPurpose::PersonalData);
        carla = create(u"Carla"_s, u"Fracci"_s, 1980);
        consent(carla, people::ConsentPurpose::PersonalData);
    }

    int count(const QString &sql, std::initializer_list<QVariant> values = {})
    {
        auto value = storage::scalar(storage::connectionOf(profile->database()), sql, values);
        REQUIRE(value.ok());
        return value->toInt();
    }

    QList<audit::AuditEntry> rows(const QString &action)
    {
        audit::AuditFilter filter;
        filter.action = action;
        filter.limit = 0;
        auto entries = audit->entries(filter);
        REQUIRE(entries.ok());
        return *entries;
    }

    void revokePersonalData(qint64 personId)
    {
        const auto held = people->consents(volunteer, personId).value();
        const auto it = std::find_if(held.cbegin(), held.cend(), [](const people::Consent &c) {
            return c.purpose == people::ConsentPurpose::PersonalData && c.inForce();
        });
        REQUIRE(it != held.cend());
        REQUIRE(people->revokeConsent(volunteer, it->id).ok());
    }

    bool onRecord(qint64 personId)
    {
        return count(u"SELECT count(*) FROM people WHERE id = ?"_s, {personId}) == 1;
    }
};

} // namespace

TEST_CASE("retention removes people 25 months after their last contact and keeps those seen "
          "23 months ago",
          "[retention]")
{
    RetentionDesk desk;
    // Rita and Ada were last in contact on 2 March 2026, Bruno and Carla on 2 May 2026.
    desk.clock.set(QDateTime(QDate(2028, 4, 2), QTime(9, 0), Qt::UTC));
    desk.revokePersonalData(desk.carla);
    // The in-memory search knows every name before the run.
    REQUIRE(desk.people->search(desk.lead, u"ada"_s).value().size() == 1);
    const int outboxBefore = int(desk.outbox().size());

    auto report = desk.retention->purge();
    REQUIRE(report.ok());
    CHECK(report->people == 3); // Ada and Rita (expired), Carla (withdrawn)
    CHECK(report->withdrawn == 1);
    CHECK(report->sessions == 1);
    CHECK(report->followUps == 1);
    CHECK(report->referrals == 1);
    CHECK(report->walkInTexts == 1);

    CHECK_FALSE(desk.onRecord(desk.ada));
    CHECK_FALSE(desk.onRecord(desk.personId));
    CHECK_FALSE(desk.onRecord(desk.carla));
    CHECK(desk.onRecord(desk.bruno));
    // Nothing of theirs stays sealed, their follow-ups are gone, the session and the referral
    // stay as coded records without them, the referral with its anonymized profile.
    for (qint64 gone : {desk.ada, desk.personId, desk.carla})
        CHECK(desk.count(u"SELECT count(*) FROM personal_fields WHERE entity_type = 'person' "
                         "AND entity_id = ?"_s,
                         {gone})
              == 0);
    CHECK(desk.count(u"SELECT count(*) FROM follow_ups"_s) == 0);
    CHECK(desk.count(u"SELECT count(*) FROM sessions WHERE person_id IS NULL"_s) == 2);
    CHECK(desk.count(u"SELECT count(*) FROM referrals WHERE person_id IS NULL AND profile <> ''"_s)
          == 1);
    // The walk-in's notes expired too; its codes stay for the statistics.
    CHECK(desk.count(u"SELECT count(*) FROM personal_fields WHERE entity_type = 'session'"_s) == 0);
    CHECK(desk.count(u"SELECT count(*) FROM session_needs WHERE session_id = ?"_s, {desk.walkIn})
          == 1);
    // The hub's side is untouched: nothing new queued, nothing taken back.
    CHECK(int(desk.outbox().size()) == outboxBefore);
    // The search forgets them at once.
    CHECK(desk.people->search(desk.lead, u"ada"_s).value().isEmpty());
    CHECK(desk.people->search(desk.lead, u"bruno"_s).value().size() == 1);

    // Audited by the system with counts; the people themselves are named nowhere.
    const auto purged = desk.rows(u"retention_purge"_s);
    REQUIRE(purged.size() == 2); // the batch of people, then the walk-ins' texts
    CHECK(purged.at(1).entityId
          == u"people=3 withdrawn=1 sessions=1 followups=1 referrals=1 walkin_texts=0"_s);
    CHECK(purged.at(0).entityId
          == u"people=0 withdrawn=0 sessions=0 followups=0 referrals=0 walkin_texts=1"_s);
    for (const auto &row : purged) {
        CHECK(row.operatorId == 0);
        CHECK(row.entityType == u"retention"_s);
    }
    auto all = desk.audit->entries({});
    REQUIRE(all.ok());
    for (const auto &row : std::as_const(*all)) {
        const QString text
            = row.action + u' ' + row.entityType + u' ' + row.entityId + u' ' + row.outcome;
        for (const QString &name : std::as_const(desk.names))
            CHECK_FALSE(text.contains(name, Qt::CaseInsensitive));
    }
    REQUIRE(desk.audit->verify().value().intact);

    // A second run finds nothing and writes nothing.
    auto again = desk.retention->purge();
    REQUIRE(again.ok());
    CHECK(again->isEmpty());
    CHECK(desk.rows(u"retention_purge"_s).size() == 2);
}

TEST_CASE("any contact restarts the retention period", "[retention]")
{
    RetentionDesk desk;
    // Ada comes back after 20 months; 25 months after her first visit she stays.
    desk.clock.set(QDateTime(QDate(2027, 11, 2), QTime(9, 0), Qt::UTC));
    people::Session back;
    back.personId = desk.ada;
    back.needs = {u"POV.INSUF"_s};
    REQUIRE(desk.sessions->save(desk.volunteer, back).ok());
    // Rita's record is only edited: a record change is a contact too.
    people::Person rita = desk.people->person(desk.lead, desk.personId).value();
    rita.phone = u"+39 333 000 1111"_s;
    REQUIRE(desk.people->update(desk.volunteer, rita).ok());

    desk.clock.set(QDateTime(QDate(2028, 4, 2), QTime(9, 0), Qt::UTC));
    auto expires = desk.retention->expiresAt(desk.ada);
    REQUIRE(expires.ok());
    CHECK(*expires == QDateTime(QDate(2029, 11, 2), QTime(9, 0), Qt::UTC));
    auto report = desk.retention->purge();
    REQUIRE(report.ok());
    CHECK(report->people == 0);
    CHECK(desk.onRecord(desk.ada));
    CHECK(desk.onRecord(desk.personId));

    // A shorter period set by the coordinator removes sooner: six months take Bruno and Carla
    // (last seen 23 months ago), not Ada and Rita (five months ago).
    REQUIRE(desk.services->settings().setRetentionMonths(desk.lead, 6).ok());
    report = desk.retention->purge();
    REQUIRE(report.ok());
    CHECK(report->people == 2);
    CHECK(desk.onRecord(desk.ada));
    CHECK_FALSE(desk.onRecord(desk.bruno));
}

TEST_CASE("who is due is found first, and a person who came back meanwhile stays", "[retention]")
{
    RetentionDesk desk;
    // 28 months after the first visits: Ada, Rita, Bruno and Carla are all due.
    desk.clock.set(QDateTime(QDate(2028, 7, 2), QTime(9, 0), Qt::UTC));
    auto due = desk.retention->due();
    REQUIRE(due.ok());
    CHECK(due->ids.contains(desk.ada));
    CHECK(due->ids.contains(desk.bruno));
    CHECK(due->ids.contains(desk.carla));
    // The desktop finds them on a worker thread; before it removes them, Ada comes back and
    // Bruno is erased at his request.
    people::Session back;
    back.personId = desk.ada;
    back.needs = {u"POV.INSUF"_s};
    REQUIRE(desk.sessions->save(desk.volunteer, back).ok());
    REQUIRE(desk.services->eraser().erase(desk.lead, desk.bruno).ok());

    auto report = desk.retention->purge(*due);
    REQUIRE(report.ok());
    CHECK(desk.onRecord(desk.ada));
    CHECK_FALSE(desk.onRecord(desk.personId));
    CHECK_FALSE(desk.onRecord(desk.carla));
    CHECK(report->people == due->ids.size() - 2);
}

TEST_CASE("a withdrawn personal-data consent given again keeps the person", "[retention]")
{
    RetentionDesk desk;
    desk.revokePersonalData(desk.carla);
    desk.consent(desk.carla, people::ConsentPurpose::PersonalData);
    auto report = desk.retention->purge();
    REQUIRE(report.ok());
    CHECK(report->people == 0);
    CHECK(desk.onRecord(desk.carla));
    // Withdrawn, it goes at the next run, whatever the period.
    desk.revokePersonalData(desk.carla);
    report = desk.retention->purge();
    REQUIRE(report.ok());
    CHECK(report->people == 1);
    CHECK(report->withdrawn == 1);
    CHECK_FALSE(desk.onRecord(desk.carla));
}

TEST_CASE("the retention job runs with the vault locked, as at start-up", "[retention]")
{
    RetentionDesk desk;
    desk.services->lock(desk.lead);
    desk.clock.set(QDateTime(QDate(2028, 4, 2), QTime(9, 0), Qt::UTC));
    auto report = desk.retention->purge();
    REQUIRE(report.ok());
    CHECK(report->people == 2);
    CHECK_FALSE(desk.onRecord(desk.ada));
    // Its rows wait for the next login's seal, and the chain stays whole.
    REQUIRE(desk.accounts->login(u"anna"_s, u"una frase lunga da ricordare"_s).ok());
    auto verified = desk.audit->verify();
    REQUIRE(verified.ok());
    CHECK(verified->intact);
    CHECK(verified->keyed);
    CHECK(verified->unsealedRows == 0);
}

TEST_CASE("the retention period is a coordinator's setting within 6 and 120 months, audited",
          "[retention][settings]")
{
    RetentionDesk desk;
    services::DeskSettings &settings = desk.services->settings();
    CHECK(settings.retentionMonths() == 24);

    for (const int wrong : {0, 5, 121, -24}) {
        const Status refused = settings.setRetentionMonths(desk.lead, wrong);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::InvalidArgument);
        CHECK(refused.error().args.value(0) == u"retention_months"_s);
    }
    CHECK(settings.retentionMonths() == 24);

    for (const security::Actor &actor : {desk.volunteer, desk.facilitator}) {
        const Status refused = settings.setRetentionMonths(actor, 36);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::PermissionDenied);
    }
    CHECK(settings.retentionMonths() == 24);
    const auto denied = desk.rows(u"denied"_s);
    CHECK(std::count_if(denied.cbegin(), denied.cend(),
                        [](const audit::AuditEntry &row) {
                            return row.entityType == u"setting"
                                && row.entityId == u"people.retention_months";
                        })
          == 2);

    REQUIRE(settings.setRetentionMonths(desk.lead, 36).ok());
    CHECK(settings.retentionMonths() == 36);
    REQUIRE(settings.setRetentionMonths(desk.lead, 36).ok()); // unchanged: no second row
    REQUIRE(settings.setRetentionMonths(desk.lead, 6).ok());
    REQUIRE(settings.setRetentionMonths(desk.lead, 120).ok());
    const auto edits = desk.rows(u"edit"_s);
    QStringList settingRows;
    for (const auto &row : edits) { // newest first
        if (row.entityType == u"setting") {
            CHECK(row.operatorId == desk.lead.operatorId);
            settingRows.prepend(row.entityId);
        }
    }
    CHECK(settingRows
          == QStringList {u"people.retention_months=36"_s, u"people.retention_months=6"_s,
                          u"people.retention_months=120"_s});
}
