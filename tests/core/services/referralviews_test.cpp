// SPDX-License-Identifier: GPL-3.0-or-later
#include "referralfixture.h"

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::referrals;
using test::ReferralDesk;

namespace {
Referral toCaf(qint64 personId, const QDate &feedbackDue)
{
    Referral r;
    r.personId = personId;
    r.destinationType = u"CAF"_s;
    r.needs = {u"POV.UTENZE"_s};
    r.feedbackDue = feedbackDue;
    return r;
}
} // namespace

TEST_CASE("referral lists filter by state, destination, person and kind", "[referrals][views]")
{
    ReferralDesk desk;
    desk.consent(desk.personId, people::ConsentPurpose::IdentifiedReferral);
    const qint64 comune = desk.referrals->create(desk.volunteer, desk.toComune()).value();
    desk.clock.advanceDays(1);
    const qint64 caf = desk.referrals->create(desk.volunteer, toCaf(0, {})).value();
    Referral logged = toCaf(desk.personId, {});
    logged.kind = Kind::Logged;
    const qint64 next = desk.referrals->create(desk.volunteer, logged).value();
    REQUIRE(desk.referrals->move(desk.volunteer, comune, {State::Inviata, u"PEC"_s, {}, {}}).ok());

    auto all = desk.referrals->list(desk.volunteer, {});
    REQUIRE(all.ok());
    REQUIRE(all->size() == 3);
    CHECK(all->first().id == next); // newest first
    CHECK(all->last().id == comune);
    CHECK(all->last().needs == QStringList {u"CAS.SFRATTO"_s, u"POV.INSUF"_s});
    CHECK(all->last().note.isEmpty()); // lists never unseal notes

    ReferralFilter sent;
    sent.states = {State::Inviata};
    CHECK(desk.referrals->list(desk.volunteer, sent)->size() == 1);
    ReferralFilter toCafs;
    toCafs.destinationType = u"CAF"_s;
    CHECK(desk.referrals->list(desk.volunteer, toCafs)->size() == 2);
    ReferralFilter ofPerson;
    ofPerson.personId = desk.personId;
    CHECK(desk.referrals->list(desk.volunteer, ofPerson)->size() == 2);
    ReferralFilter onlyLogged;
    onlyLogged.kind = Kind::Logged;
    REQUIRE(desk.referrals->list(desk.volunteer, onlyLogged)->size() == 1);
    CHECK(desk.referrals->list(desk.volunteer, onlyLogged)->first().id == next);
    CHECK(caf > 0);

    // The sending channel is kept as the move's reason; unknown ones are refused.
    CHECK(desk.referrals->history(desk.volunteer, comune)->last().reason == u"PEC");
    CHECK_FALSE(
        desk.referrals->move(desk.volunteer, caf, {State::Inviata, u"PIGEON"_s, {}, {}}).ok());
}

TEST_CASE("sent referrals past their feedback date wait in the follow-up queue",
          "[referrals][views]")
{
    ReferralDesk desk;
    desk.consent(desk.personId, people::ConsentPurpose::IdentifiedReferral);
    const QDate today = desk.clock.today();
    const qint64 due
        = desk.referrals->create(desk.volunteer, toCaf(desk.personId, today.addDays(2))).value();
    const qint64 later
        = desk.referrals->create(desk.volunteer, toCaf(desk.personId, today.addDays(9))).value();
    Referral logged = toCaf(desk.personId, today.addDays(1));
    logged.kind = Kind::Logged;
    REQUIRE(desk.referrals->create(desk.volunteer, logged).ok());
    const qint64 none = desk.referrals->create(desk.volunteer, toCaf(desk.personId, {})).value();
    REQUIRE(desk.referrals->move(desk.volunteer, none, {State::Inviata, {}, {}, {}}).ok());

    CHECK(desk.referrals->awaitingFeedback(desk.volunteer, today)->isEmpty());
    auto waiting = desk.referrals->awaitingFeedback(desk.volunteer, today.addDays(3));
    REQUIRE(waiting.ok());
    REQUIRE(waiting->size() == 1); // the logged one is never chased, nor one without a date
    CHECK(waiting->first().id == due);

    // Once the destination answers, the referral leaves the queue.
    for (State state : {State::Inviata, State::Ricevuta, State::InValutazione})
        REQUIRE(desk.referrals->move(desk.volunteer, due, {state, {}, {}, {}}).ok());
    CHECK(desk.referrals->awaitingFeedback(desk.volunteer, today.addDays(3))->size() == 1);
    REQUIRE(desk.referrals->move(desk.volunteer, due, {State::PresaInCarico, {}, {}, {}}).ok());
    CHECK(desk.referrals->awaitingFeedback(desk.volunteer, today.addDays(3))->isEmpty());
    CHECK(desk.referrals->awaitingFeedback(desk.volunteer, today.addDays(9))->first().id == later);
}

TEST_CASE("a person's referrals are timeline entries", "[referrals][views]")
{
    ReferralDesk desk;
    const qint64 id = desk.referrals->create(desk.volunteer, desk.toComune()).value();
    auto entries = desk.referrals->timeline(desk.volunteer, desk.personId);
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 1);
    CHECK(entries->first().kind == people::TimelineEntry::Kind::Referral);
    CHECK(entries->first().recordId == id);
    CHECK(entries->first().codes
          == QStringList {u"SS_COMUNE"_s, u"BOZZA"_s, u"INVIO"_s, u"PRIOR"_s});
    CHECK(entries->first().text.isEmpty());
    CHECK(desk.referrals->timeline(desk.volunteer, 0)->isEmpty());
}

TEST_CASE("the referral letter needs the consent to send and is audited as an export",
          "[referrals][letter]")
{
    ReferralDesk desk;
    const qint64 id = desk.referrals->create(desk.volunteer, desk.toComune()).value();
    auto refused = desk.referrals->letter(desk.volunteer, id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::ConsentMissing);
    CHECK(desk.auditActions(u"referral"_s).count(u"export"_s) == 0);

    desk.consent(desk.personId, people::ConsentPurpose::IdentifiedReferral);
    auto letter = desk.referrals->letter(desk.volunteer, id);
    REQUIRE(letter.ok());
    CHECK(letter->person.familyName == u"Marchetti");
    CHECK(letter->consent.purpose == people::ConsentPurpose::IdentifiedReferral);
    CHECK(letter->referral.note.startsWith(u"Sfratto"_s));
    CHECK(desk.auditActions(u"referral"_s).count(u"export"_s) == 1);

    // Revoked, it stops the letter again.
    REQUIRE(desk.people->revokeConsent(desk.volunteer, letter->consent.id).ok());
    CHECK(desk.referrals->letter(desk.volunteer, id).error().code == ErrorCode::ConsentMissing);

    // An anonymous referral has no letter.
    const qint64 anonymous = desk.referrals->create(desk.volunteer, toCaf(0, {})).value();
    CHECK(desk.referrals->letter(desk.volunteer, anonymous).error().args.value(0) == u"person");
}

TEST_CASE("a draft returned as incomplete is completed and sent again", "[referrals][service]")
{
    ReferralDesk desk;
    desk.consent(desk.personId, people::ConsentPurpose::IdentifiedReferral);
    const qint64 id = desk.referrals->create(desk.volunteer, desk.toComune()).value();
    REQUIRE(desk.referrals->move(desk.volunteer, id, {State::Inviata, u"PEC"_s, {}, {}}).ok());

    Referral edit = desk.referrals->referral(desk.volunteer, id).value();
    edit.needs = {u"CAS.SFRATTO"_s};
    edit.note = u"Allegato il verbale di sfratto."_s;
    // Only drafts change.
    CHECK(desk.referrals->updateDraft(desk.volunteer, edit).error().args.value(0) == u"state");

    REQUIRE(desk.referrals
                ->move(desk.volunteer, id, {State::RespintaIncompleta, u"DOC_MANCANTI"_s, {}, {}})
                .ok());
    REQUIRE(desk.referrals->move(desk.volunteer, id, {State::Bozza, {}, {}, {}}).ok());
    const auto queued = desk.outbox().size();
    edit.urgency = u"SUBITO"_s;
    CHECK(desk.referrals->updateDraft(desk.volunteer, edit).error().args.value(0) == u"urgency");
    edit.urgency = u"URG"_s;
    REQUIRE(desk.referrals->updateDraft(desk.volunteer, edit).ok());
    const Referral stored = desk.referrals->referral(desk.volunteer, id).value();
    CHECK(stored.needs == QStringList {u"CAS.SFRATTO"_s});
    CHECK(stored.urgency == u"URG");
    CHECK(stored.note.startsWith(u"Allegato"_s));
    CHECK(stored.destinationType == u"SS_COMUNE"); // not part of a draft's completion
    REQUIRE(desk.outbox().size() == queued + 1);
    CHECK(desk.outbox().last().eventType == u"referral.updated");
    REQUIRE(desk.referrals->move(desk.volunteer, id, {State::Inviata, u"EMAIL"_s, {}, {}}).ok());
}
