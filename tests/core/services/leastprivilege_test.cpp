// SPDX-License-Identifier: GPL-3.0-or-later
// What each role may read, enforced by core (issue 13, point 3): a facilitator reads the
// people and the facilitation sessions they handle, never counter-session notes,
// special-category needs, referral notes or letters; every refusal is in the audit.
#include "referralfixture.h"
#include "services/referralservice.h"

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::people;

namespace {

struct RolesDesk : test::ReferralDesk
{
    security::Actor fabio; // a facilitator with an account of his own

    RolesDesk()
    {
        auto id = accounts->createAccount(lead, u"fabio"_s, u"Fabio Neri"_s,
                                          security::Role::Facilitatore,
                                          u"una frase lunga per fabio"_s, false);
        REQUIRE(id.ok());
        fabio = {*id, u"fabio"_s, u"Fabio Neri"_s, security::Role::Facilitatore};
        consent(personId, ConsentPurpose::SpecialCategories);
    }

    // The newest audit rows of `action`, as "entity:id:outcome".
    QStringList rows(const char *action)
    {
        audit::AuditFilter filter;
        filter.action = QString::fromLatin1(action);
        auto entries = audit->entries(filter);
        REQUIRE(entries.ok());
        QStringList list;
        for (const auto &e : *entries)
            list.append(e.entityType + u':' + e.entityId + u':' + e.outcome);
        return list;
    }
};

Session counterSession(qint64 personId)
{
    Session s;
    s.personId = personId;
    s.type = u"ORIENT"_s;
    s.needs = {u"CAS.SFRATTO"_s, u"SAL.CURE"_s};
    s.outcomes = {u"ORIENT_SERV"_s};
    s.notes = u"Racconta della malattia del marito e dei debiti con il padrone di casa."_s;
    return s;
}

Session facilitation(qint64 personId)
{
    Session s;
    s.personId = personId;
    s.type = u"FACDIG"_s;
    s.needs = {u"DIG.IDENT"_s, u"SAL.CURE"_s};
    s.facilitation.kind = u"IND"_s;
    s.facilitation.ambiti = {u"SPID"_s};
    s.facilitation.goal = Facilitation::Goal::Reached;
    s.outcomes = {u"FACDIG_OK"_s};
    s.notes = u"SPID attivato con la carta d'identità."_s;
    return s;
}

} // namespace

TEST_CASE("a facilitator cannot open a counter session, and the refusal is audited",
          "[security][permissions][sessions]")
{
    RolesDesk d;
    const qint64 counter = d.sessions->save(d.volunteer, counterSession(d.personId)).value();
    const qint64 digital = d.sessions->save(d.fabio, facilitation(d.personId)).value();

    auto refused = d.sessions->session(d.fabio, counter);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK(refused.error().args == QStringList {u"read_counter_records"_s});
    CHECK(d.rows(audit::kDenied).first() == u"session:%1:read_counter_records"_s.arg(counter));
    CHECK_FALSE(d.rows(audit::kView).contains(u"session:%1:ok"_s.arg(counter)));

    // Their own kind of session is theirs to read, without special-category needs.
    auto own = d.sessions->session(d.fabio, digital);
    REQUIRE(own.ok());
    CHECK(own->notes == u"SPID attivato con la carta d'identità."_s);
    CHECK(own->needs == QStringList {u"DIG.IDENT"_s});

    // A counter operator reads both, whole (control).
    auto whole = d.sessions->session(d.volunteer, counter);
    REQUIRE(whole.ok());
    CHECK(whole->notes.contains(u"malattia"_s));
    CHECK(whole->needs.contains(u"SAL.CURE"_s));
    CHECK(d.sessions->session(d.volunteer, digital)->needs.contains(u"SAL.CURE"_s));
}

TEST_CASE("a facilitator's timeline holds the person's facilitation, not the counter's notes",
          "[security][permissions][sessions]")
{
    RolesDesk d;
    const qint64 counter = d.sessions->save(d.volunteer, counterSession(d.personId)).value();
    const qint64 digital = d.sessions->save(d.fabio, facilitation(d.personId)).value();
    FollowUp call;
    call.personId = d.personId;
    call.due = d.clock.today().addDays(3);
    call.note = u"Richiamare dopo l'udienza in tribunale."_s;
    d.consent(d.personId, ConsentPurpose::PhoneContact);
    REQUIRE(d.sessions->scheduleFollowUp(d.volunteer, call).ok());
    FollowUp mine = call;
    mine.note = u"Verificare che lo SPID funzioni."_s;
    REQUIRE(d.sessions->scheduleFollowUp(d.fabio, mine).ok());

    auto timeline = d.sessions->timeline(d.fabio, d.personId);
    REQUIRE(timeline.ok());
    QStringList texts;
    QList<qint64> sessionIds;
    for (const TimelineEntry &entry : *timeline) {
        texts.append(entry.text);
        if (entry.kind == TimelineEntry::Kind::Session)
            sessionIds.append(entry.recordId);
        CHECK_FALSE(entry.codes.contains(u"SAL.CURE"_s));
    }
    CHECK(sessionIds == QList<qint64> {digital});
    CHECK_FALSE(texts.join(u'\n').contains(u"malattia"_s));
    CHECK_FALSE(texts.join(u'\n').contains(u"tribunale"_s));
    CHECK(texts.join(u'\n').contains(u"SPID funzioni"_s));

    auto sessions = d.sessions->sessionsOf(d.fabio, d.personId);
    REQUIRE(sessions.ok());
    REQUIRE(sessions->size() == 1);
    CHECK(sessions->first().id == digital);
    auto followUps = d.sessions->followUpsOf(d.fabio, d.personId);
    REQUIRE(followUps.ok());
    REQUIRE(followUps->size() == 1);
    CHECK(followUps->first().note == mine.note);
    auto queue = d.sessions->followUpQueue(d.fabio);
    REQUIRE(queue.ok());
    CHECK(queue->upcoming.size() == 1);

    // The counter sees everything (control).
    auto full = d.sessions->timeline(d.volunteer, d.personId);
    REQUIRE(full.ok());
    int counterEntries = 0;
    for (const TimelineEntry &entry : *full)
        counterEntries
            += entry.kind == TimelineEntry::Kind::Session && entry.recordId == counter ? 1 : 0;
    CHECK(counterEntries == 1);
    CHECK(d.sessions->followUpsOf(d.volunteer, d.personId)->size() == 2);

    // The count of what is due (the queue's badge) keeps to the same rule as the queue.
    CHECK(d.sessions->dueFollowUpCount(d.fabio, 0, d.clock.today()).value() == 0);
    const QDate due = call.due;
    CHECK(d.sessions->dueFollowUpCount(d.fabio, 0, due).value() == 1);
    CHECK(d.sessions->dueFollowUpCount(d.volunteer, 0, due).value() == 2);
    auto fabiosQueue = d.sessions->followUpQueue(d.volunteer, d.fabio.operatorId, due);
    REQUIRE(fabiosQueue.ok());
    CHECK(d.sessions->dueFollowUpCount(d.volunteer, d.fabio.operatorId, due).value()
          == fabiosQueue->overdue.size() + fabiosQueue->today.size());
}

TEST_CASE("a facilitator reads a referral's codes, not its note, and cannot make its letter",
          "[security][permissions][referrals]")
{
    RolesDesk d;
    referrals::Referral r = d.toComune();
    r.needs.append(u"SAL.CURE"_s);
    const qint64 id = d.referrals->create(d.volunteer, r).value();
    d.consent(d.personId, ConsentPurpose::IdentifiedReferral);

    auto seen = d.referrals->referral(d.fabio, id);
    REQUIRE(seen.ok());
    CHECK(seen->note.isEmpty());
    CHECK(seen->needs == QStringList {u"CAS.SFRATTO"_s, u"POV.INSUF"_s});
    auto listed = d.referrals->list(d.fabio, {});
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK_FALSE(listed->first().needs.contains(u"SAL.CURE"_s));

    auto letter = d.referrals->letter(d.fabio, id);
    REQUIRE_FALSE(letter.ok());
    CHECK(letter.error().code == ErrorCode::PermissionDenied);
    CHECK(d.rows(audit::kDenied).first() == u"referral:%1:export_data"_s.arg(id));
    CHECK(d.rows(audit::kExport).isEmpty());

    // Someone else's draft would lose what the facilitator cannot see: refused, audited.
    referrals::Referral edit = *seen;
    edit.urgency = u"ORD"_s;
    CHECK(d.referrals->updateDraft(d.fabio, edit).code() == ErrorCode::PermissionDenied);
    CHECK(d.referrals->referral(d.volunteer, id)->note == r.note);

    // The counter reads it whole and prints the letter, audited as an export (control).
    auto whole = d.referrals->referral(d.volunteer, id);
    CHECK(whole->note == r.note);
    CHECK(whole->needs.contains(u"SAL.CURE"_s));
    REQUIRE(d.referrals->letter(d.volunteer, id).ok());
    CHECK(d.rows(audit::kExport).first() == u"referral:%1:ok"_s.arg(id));
}

TEST_CASE("the consent form carries the name only for a role that may export, audited",
          "[security][permissions][consent]")
{
    RolesDesk d;
    auto refused = d.people->consentFormName(d.fabio, d.personId);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK(d.rows(audit::kDenied).first() == u"consent_form:%1:export_data"_s.arg(d.personId));

    auto name = d.people->consentFormName(d.volunteer, d.personId);
    REQUIRE(name.ok());
    CHECK(*name == u"Rita Marchetti"_s);
    CHECK(d.rows(audit::kExport).first() == u"consent_form:%1:ok"_s.arg(d.personId));
}

TEST_CASE("a lookup by codice fiscale is audited, found or not; typing a name is not",
          "[security][people][audit]")
{
    RolesDesk d;
    Person p = d.person(u"Giuseppe"_s, u"Verdi"_s);
    p.codiceFiscale = u"VRDGPP80A01F205X"_s;
    const qint64 verdi = d.people->create(d.volunteer, p).value();
    const qsizetype before = d.rows(audit::kLookup).size();

    REQUIRE(d.people->search(d.volunteer, u"verd"_s).value().size() == 1);
    REQUIRE(d.people->search(d.volunteer, u"verdi gius"_s).value().size() == 1);
    CHECK(d.rows(audit::kLookup).size() == before);

    auto found = d.people->search(d.volunteer, u"vrdgpp80a01f205x"_s);
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(d.rows(audit::kLookup).first() == u"person:%1:ok"_s.arg(verdi));

    auto nobody = d.people->search(d.volunteer, u"RSSMRA80A01H501U"_s);
    REQUIRE(nobody.ok());
    CHECK(nobody->isEmpty());
    CHECK(d.rows(audit::kLookup).first() == u"person::not_found"_s);
    // The code itself is nowhere in the audit.
    for (const char *action : {audit::kLookup, audit::kView, audit::kDenied})
        CHECK_FALSE(d.rows(action).join(u' ').contains(u"RSSMRA"_s));
}

TEST_CASE("an account that is gone or deactivated can no longer act through an old session",
          "[security][permissions][accounts]")
{
    RolesDesk d;
    REQUIRE(d.accounts->deactivate(d.lead, d.fabio.operatorId).ok());
    CHECK(d.people->search(d.fabio, u"rita"_s).code() == ErrorCode::AccountInactive);
    CHECK(d.rows(audit::kDenied).first() == u"person::inactive"_s);
    const security::Actor ghost {999, u"ghost"_s, u"Ghost"_s, security::Role::Coordinatore};
    CHECK(d.people->person(ghost, d.personId).code() == ErrorCode::PermissionDenied);
    CHECK(d.rows(audit::kDenied).first() == u"person:%1:unknown_operator"_s.arg(d.personId));
}
