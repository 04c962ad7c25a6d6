// SPDX-License-Identifier: GPL-3.0-or-later
#include "peoplefixture.h"

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::people;

namespace {
Session orientation(qint64 personId, QStringList needs)
{
    Session s;
    s.personId = personId;
    s.type = u"ORIENT"_s;
    s.needs = std::move(needs);
    s.outcomes = {u"ORIENT_SERV"_s};
    return s;
}
} // namespace

TEST_CASE("special-category needs need that consent, and stop when it is revoked",
          "[people][consent]")
{
    test::PeopleDesk desk;
    const qint64 id = desk.create(u"Franco"_s, u"Riva"_s, 1958);

    // For a named person even the macro-voce of a special group needs the consent; an
    // anonymous walk-in's macro-voce is only a statistic, their micro-voce is refused.
    for (const char *macro : {"SAL", "DIS", "DIP", "GIU"}) {
        auto named
            = desk.sessions->save(desk.volunteer, orientation(id, {QString::fromLatin1(macro)}));
        REQUIRE_FALSE(named.ok());
        CHECK(named.error().args
              == QStringList {u"CATEGORIE_PARTICOLARI"_s, QString::fromLatin1(macro)});
        CHECK(
            desk.sessions->save(desk.volunteer, orientation(0, {QString::fromLatin1(macro)})).ok());
    }
    CHECK(desk.sessions->save(desk.volunteer, orientation(0, {u"SAL.CURE"_s})).code()
          == ErrorCode::ConsentMissing);
    auto refused
        = desk.sessions->save(desk.volunteer, orientation(id, {u"POV.ALIM"_s, u"SAL.CURE"_s}));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::ConsentMissing);
    CHECK(refused.error().args == QStringList {u"CATEGORIE_PARTICOLARI"_s, u"SAL.CURE"_s});
    CHECK_FALSE(desk.sessions->save(desk.volunteer, orientation(id, {u"GIU.DETEN"_s})).ok());
    CHECK_FALSE(desk.sessions->save(desk.volunteer, orientation(0, {u"FAM.VIOL"_s})).ok());

    desk.consent(id, ConsentPurpose::SpecialCategories);
    auto saved
        = desk.sessions->save(desk.volunteer, orientation(id, {u"POV.ALIM"_s, u"SAL.CURE"_s}));
    REQUIRE(saved.ok());
    CHECK(desk.sessions->save(desk.volunteer, orientation(id, {u"SAL"_s})).ok());

    auto consents = desk.people->consents(desk.volunteer, id);
    REQUIRE(consents.ok());
    REQUIRE(consents->size() == 1);
    CHECK(consents->first().textVersion == u"test-1");
    CHECK(consents->first().method == ConsentMethod::SignedForm);
    REQUIRE(desk.people->revokeConsent(desk.volunteer, consents->first().id).ok());
    CHECK_FALSE(
        desk.people->hasConsent(desk.volunteer, id, ConsentPurpose::SpecialCategories).value());
    auto after = desk.sessions->save(desk.volunteer, orientation(id, {u"SAL.CURE"_s}));
    REQUIRE_FALSE(after.ok());
    CHECK(after.error().code == ErrorCode::ConsentMissing);
    // Revoking twice is refused: nothing is in force any more.
    CHECK_FALSE(desk.people->revokeConsent(desk.volunteer, consents->first().id).ok());
    CHECK(desk.auditActions(u"consent"_s) == QStringList {u"create"_s, u"edit"_s});
}

TEST_CASE("a withdrawn consent to be recorded stops new sessions for the person",
          "[people][consent]")
{
    test::PeopleDesk desk;
    const qint64 id = desk.create(u"Gina"_s, u"Moro"_s);
    CHECK(desk.sessions->save(desk.volunteer, orientation(id, {u"POV"_s})).ok()); // intake
    desk.consent(id, ConsentPurpose::PersonalData);
    CHECK(desk.sessions->save(desk.volunteer, orientation(id, {u"POV"_s})).ok());
    const qint64 consentId = desk.people->consents(desk.volunteer, id).value().first().id;
    REQUIRE(desk.people->revokeConsent(desk.volunteer, consentId).ok());
    auto refused = desk.sessions->save(desk.volunteer, orientation(id, {u"POV"_s}));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::ConsentMissing);
    // An anonymous walk-in needs no consent at all.
    CHECK(desk.sessions->save(desk.volunteer, orientation(0, {u"POV"_s})).ok());
}

TEST_CASE("a session records the catalogue version and names of the services discussed",
          "[people][sessions]")
{
    test::PeopleDesk desk(true);
    const qint64 id = desk.create(u"Olga"_s, u"Kovalenko"_s, 1984);
    Session s = orientation(id, {u"POV.UTENZE"_s, u"OCC.DISOCC"_s, u"IMM.LINGUA"_s});
    s.services = {{u"svc-bonus-sociale-luce-gas"_s, {}, 0}, {u"svc-adi"_s, {}, 0}};
    s.outcomes = {u"INFO"_s, u"ORIENT_SERV"_s};
    s.notes = u"porta la bolletta la prossima volta"_s;
    s.nextStep = u"DSU al CAF"_s;
    s.durationMinutes = 25;
    auto saved = desk.sessions->save(desk.volunteer, s);
    REQUIRE(saved.ok());
    auto stored = desk.sessions->session(desk.volunteer, *saved);
    REQUIRE(stored.ok());
    CHECK(stored->needs == s.needs);
    CHECK(stored->outcomes == s.outcomes);
    REQUIRE(stored->services.size() == 2);
    CHECK(stored->services[0].serviceUid == u"svc-bonus-sociale-luce-gas");
    CHECK_FALSE(stored->services[0].serviceName.isEmpty());
    CHECK(stored->services[0].catalogueVersion > 0);
    CHECK(stored->notes == s.notes);
    CHECK(stored->nextStep == s.nextStep);
    CHECK(stored->deskCode == u"PIO-CDA");
    CHECK(stored->operatorId == desk.volunteer.operatorId);
    CHECK(stored->uid.size() == 36);
    CHECK(stored->durationMinutes == 25);

    s.services = {{u"svc-does-not-exist"_s, {}, 0}};
    auto unknown = desk.sessions->save(desk.volunteer, s);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().args == QStringList {u"services"_s, u"svc-does-not-exist"_s});
}

TEST_CASE("facilitation fields belong to facilitation sessions; facilitators record only those",
          "[people][sessions][facilitation]")
{
    test::PeopleDesk desk;
    Session s = orientation(0, {u"DIG.IDENT"_s});
    s.facilitation.kind = u"IND"_s;
    auto misplaced = desk.sessions->save(desk.volunteer, s);
    REQUIRE_FALSE(misplaced.ok());
    CHECK(misplaced.error().args.value(0) == u"facilitation");

    s.type = u"FACDIG"_s;
    s.facilitation.ambiti = {u"SPID"_s, u"APPIO"_s};
    s.facilitation.goal = Facilitation::Goal::NotReached;
    CHECK_FALSE(desk.sessions->save(desk.facilitator, s).ok()); // no reason given
    s.facilitation.failureReason
        = QString::fromLatin1(Vocabulary::facilitationFailures().first().code);
    s.outcomes = {u"FACDIG_KO"_s};
    auto saved = desk.sessions->save(desk.facilitator, s);
    REQUIRE(saved.ok());
    auto stored = desk.sessions->session(desk.facilitator, *saved);
    REQUIRE(stored.ok());
    CHECK(stored->facilitation.ambiti == s.facilitation.ambiti);
    CHECK(stored->facilitation.goal == Facilitation::Goal::NotReached);

    auto denied = desk.sessions->save(desk.facilitator, orientation(0, {u"POV"_s}));
    REQUIRE_FALSE(denied.ok());
    CHECK(denied.error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("ALT.ALTRO needs a label; unknown codes are refused", "[people][sessions]")
{
    test::PeopleDesk desk;
    Session s = orientation(0, {u"ALT.ALTRO"_s});
    CHECK(desk.sessions->save(desk.volunteer, s).error().args.value(0) == u"other_need");
    s.otherNeedLabel = u"ricerca di un avvocato"_s;
    CHECK(desk.sessions->save(desk.volunteer, s).ok());
    CHECK_FALSE(desk.sessions->save(desk.volunteer, orientation(0, {u"POV.NOPE"_s})).ok());
    CHECK_FALSE(desk.sessions->save(desk.volunteer, orientation(0, {u"POV"_s, u"POV"_s})).ok());
    Session wrongType = orientation(0, {u"POV"_s});
    wrongType.type = u"CHAT"_s;
    CHECK_FALSE(desk.sessions->save(desk.volunteer, wrongType).ok());
}

TEST_CASE("the follow-up queue splits overdue, today and upcoming by the clock",
          "[people][followups]")
{
    test::PeopleDesk desk;
    const qint64 id = desk.create(u"Carla"_s, u"Fontana"_s, 1970);
    FollowUp f;
    f.personId = id;
    f.due = desk.clock.today().addDays(2);
    f.note = u"chiedere se ha fatto la DSU"_s;
    auto refused = desk.sessions->scheduleFollowUp(desk.volunteer, f);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::ConsentMissing);
    desk.consent(id, ConsentPurpose::PhoneContact);
    auto first = desk.sessions->scheduleFollowUp(desk.volunteer, f);
    REQUIRE(first.ok());
    f.due = desk.clock.today().addDays(5);
    auto second = desk.sessions->scheduleFollowUp(desk.volunteer, f);
    REQUIRE(second.ok());
    FollowUp past = f;
    past.due = desk.clock.today().addDays(-1);
    CHECK_FALSE(desk.sessions->scheduleFollowUp(desk.volunteer, past).ok());

    auto queue = desk.sessions->followUpQueue(desk.volunteer);
    REQUIRE(queue.ok());
    CHECK(queue->overdue.isEmpty());
    CHECK(queue->today.isEmpty());
    REQUIRE(queue->upcoming.size() == 2);
    CHECK(queue->upcoming.first().note == f.note);

    desk.clock.advanceDays(2);
    queue = desk.sessions->followUpQueue(desk.volunteer);
    REQUIRE(queue->today.size() == 1);
    CHECK(queue->today.first().id == *first);
    desk.clock.advanceDays(1);
    queue = desk.sessions->followUpQueue(desk.volunteer);
    REQUIRE(queue->overdue.size() == 1);
    CHECK(queue->upcoming.size() == 1);

    REQUIRE(
        desk.sessions->completeFollowUp(desk.volunteer, *first, u"RAGGIUNTO"_s, u"fatta"_s).ok());
    CHECK_FALSE(desk.sessions->completeFollowUp(desk.volunteer, *first, u"RAGGIUNTO"_s, {}).ok());
    queue = desk.sessions->followUpQueue(desk.volunteer);
    CHECK(queue->overdue.isEmpty());
    CHECK(queue->upcoming.size() == 1);
    CHECK(desk.sessions->followUpQueue(desk.volunteer, desk.volunteer.operatorId + 1)
              .value()
              .upcoming.isEmpty());

    // Revoking the consent to be called cancels what is still open.
    const qint64 consentId = desk.people->consents(desk.volunteer, id).value().first().id;
    REQUIRE(desk.people->revokeConsent(desk.volunteer, consentId).ok());
    queue = desk.sessions->followUpQueue(desk.volunteer);
    CHECK(queue->upcoming.isEmpty());
    auto all = desk.sessions->followUpsOf(desk.volunteer, id);
    REQUIRE(all.ok());
    CHECK(all->last().outcome == u"ANNULLATO");
}

TEST_CASE("a person who asked not to be contacted gets no follow-up", "[people][followups]")
{
    test::PeopleDesk desk;
    Person p = desk.person(u"Elio"_s, u"Testa"_s);
    p.contactPreference = QString::fromLatin1(kDoNotContact);
    const qint64 id = desk.people->create(desk.volunteer, p).value();
    desk.consent(id, ConsentPurpose::PhoneContact);
    FollowUp f;
    f.personId = id;
    f.due = desk.clock.today();
    auto refused = desk.sessions->scheduleFollowUp(desk.volunteer, f);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::ContactRefused);
}

TEST_CASE("the timeline shows sessions, follow-ups and consents newest first", "[people][timeline]")
{
    test::PeopleDesk desk;
    const qint64 id = desk.create(u"Dario"_s, u"Greco"_s, 1966);
    desk.consent(id, ConsentPurpose::PhoneContact);
    desk.clock.advanceSecs(600);
    const qint64 sessionId
        = desk.sessions->save(desk.volunteer, orientation(id, {u"CAS.SFRATTO"_s})).value();
    FollowUp f;
    f.personId = id;
    f.sessionId = sessionId;
    f.due = desk.clock.today().addDays(7);
    REQUIRE(desk.sessions->scheduleFollowUp(desk.volunteer, f).ok());
    auto timeline = desk.sessions->timeline(desk.volunteer, id);
    REQUIRE(timeline.ok());
    REQUIRE(timeline->size() == 3);
    CHECK(timeline->at(0).kind == TimelineEntry::Kind::FollowUpDue);
    CHECK(timeline->at(1).kind == TimelineEntry::Kind::Session);
    CHECK(timeline->at(1).codes == QStringList {u"ORIENT"_s, u"CAS.SFRATTO"_s, u"ORIENT_SERV"_s});
    CHECK(timeline->at(2).kind == TimelineEntry::Kind::ConsentGiven);
    CHECK(desk.auditActions(u"person"_s).contains(u"view"_s));
}

TEST_CASE("with the clock three days off either way the follow-up queue loses nothing and splits "
          "by the date it is given",
          "[people][followups][clock]")
{
    test::PeopleDesk desk;
    const qint64 id = desk.create(u"Carla"_s, u"Fontana"_s, 1970);
    desk.consent(id, ConsentPurpose::PhoneContact);
    const QDate today = desk.clock.today();
    QList<qint64> scheduled;
    for (const int days : {1, 2, 5}) {
        FollowUp f;
        f.personId = id;
        f.due = today.addDays(days);
        f.note = u"richiamare"_s;
        scheduled.append(desk.sessions->scheduleFollowUp(desk.volunteer, f).value());
    }
    const QDateTime start = desk.clock.now();
    for (const int offset : {3, -3, 0}) {
        INFO("clock moved " << offset << " days");
        desk.clock.set(start.addDays(offset));
        const auto queue = desk.sessions->followUpQueue(desk.volunteer).value();
        CHECK(queue.overdue.size() + queue.today.size() + queue.upcoming.size() == 3);
        const QDate shown = desk.clock.today();
        for (const FollowUp &f : queue.overdue)
            CHECK(f.due < shown);
        for (const FollowUp &f : queue.today)
            CHECK(f.due == shown);
        for (const FollowUp &f : queue.upcoming)
            CHECK(f.due > shown);
    }
    // Put right, the queue is as it was scheduled: all three ahead, soonest first.
    const auto queue = desk.sessions->followUpQueue(desk.volunteer).value();
    REQUIRE(queue.upcoming.size() == 3);
    CHECK(queue.upcoming.at(0).id == scheduled.at(0));
    CHECK(queue.upcoming.at(2).id == scheduled.at(2));
}
