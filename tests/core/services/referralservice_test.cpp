// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection.h"
#include "referralfixture.h"
#include "services/referralservice.h"
#include "sql.h"
#include "storage/referralrepository.h"
#include "wire/anonymizer.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::referrals;
using test::ReferralDesk;

TEST_CASE("a referral's every change writes its history, audit and anonymized outbox row",
          "[referrals][service]")
{
    ReferralDesk desk;
    auto id = desk.referrals->create(desk.volunteer, desk.toComune());
    REQUIRE(id.ok());
    REQUIRE(desk.outbox().size() == 1);
    CHECK(desk.outbox().first().eventType == u"referral.created");

    // Sending an identified referral needs the consent to send.
    auto refused = desk.referrals->move(desk.volunteer, *id, {State::Inviata, {}, {}, {}});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::ConsentMissing);
    CHECK(desk.outbox().size() == 1);
    CHECK(desk.referrals->referral(desk.volunteer, *id)->state == State::Bozza);

    desk.consent(desk.personId, people::ConsentPurpose::IdentifiedReferral);
    REQUIRE(desk.referrals->move(desk.volunteer, *id, {State::Inviata, {}, {}, {}}).ok());
    desk.clock.advanceDays(3);
    REQUIRE(desk.referrals->move(desk.volunteer, *id, {State::Ricevuta, {}, {}, {}}).ok());
    REQUIRE(desk.referrals->move(desk.volunteer, *id, {State::InValutazione, {}, {}, {}}).ok());
    desk.clock.advanceDays(4);
    REQUIRE(desk.referrals->move(desk.volunteer, *id, {State::PresaInCarico, {}, {}, {}}).ok());
    REQUIRE(desk.referrals->move(desk.volunteer, *id, {State::Chiusa, {}, u"RISOLTA"_s, {}}).ok());
    CHECK_FALSE(desk.referrals->move(desk.volunteer, *id, {State::Bozza, {}, {}, {}}).ok());

    auto history = desk.referrals->history(desk.volunteer, *id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 5);
    CHECK(history->first().from == State::Bozza);
    CHECK(history->last().to == State::Chiusa);
    CHECK(history->last().by == desk.volunteer.operatorId);

    const auto items = desk.outbox();
    REQUIRE(items.size() == 6);
    const QJsonObject last = QJsonDocument::fromJson(items.last().payload).object();
    CHECK(last.value(u"stato"_s).toString() == u"CHIUSA");
    CHECK(last.value(u"esito_finale"_s).toString() == u"RISOLTA");
    CHECK(last.value(u"giorni_invio_presa_in_carico"_s).toString() == u"0-7");
    CHECK(last.value(u"comune_istat"_s).toString() == u"015205");
    for (const sync::OutboxItem &item : items) {
        const QJsonObject record = QJsonDocument::fromJson(item.payload).object();
        for (auto it = record.constBegin(); it != record.constEnd(); ++it)
            CHECK(wire::referralRecordKeys().contains(it.key()));
        CHECK_FALSE(item.payload.contains("Marchetti"));
        CHECK_FALSE(item.payload.contains("Sfratto"));
        CHECK_FALSE(item.payload.contains("111 2222"));
    }
    // The note stays on the desk, sealed.
    CHECK(desk.referrals->referral(desk.volunteer, *id)->note.startsWith(u"Sfratto"_s));
    CHECK(desk.auditActions(u"referral"_s).count(u"edit"_s) == 5);
}

TEST_CASE("declines need their reason; a logged referral never moves", "[referrals][service]")
{
    ReferralDesk desk;
    desk.consent(desk.personId, people::ConsentPurpose::IdentifiedReferral);
    const qint64 id = desk.referrals->create(desk.volunteer, desk.toComune()).value();
    for (State state : {State::Inviata, State::Ricevuta, State::InValutazione})
        REQUIRE(desk.referrals->move(desk.volunteer, id, {state, {}, {}, {}}).ok());
    CHECK(desk.referrals->move(desk.volunteer, id, {State::NonPresaInCarico, {}, {}, {}})
              .error()
              .args.value(0)
          == u"reason");
    REQUIRE(desk.referrals
                ->move(desk.volunteer, id, {State::NonPresaInCarico, u"GIA_IN_CARICO"_s, {}, {}})
                .ok());
    CHECK(desk.referrals->history(desk.volunteer, id)->last().reason == u"GIA_IN_CARICO");

    Referral logged = desk.toComune();
    logged.kind = Kind::Logged;
    logged.destinationType = u"CAF"_s;
    const qint64 loggedId = desk.referrals->create(desk.volunteer, logged).value();
    CHECK(desk.outbox().last().eventType == u"referral.logged");
    CHECK(desk.referrals->move(desk.volunteer, loggedId, {State::Inviata, {}, {}, {}})
              .error()
              .args.value(0)
          == u"kind");
}

TEST_CASE("special-category needs in a referral need that consent", "[referrals][service]")
{
    ReferralDesk desk;
    Referral r = desk.toComune();
    r.needs = {u"SAL.MENTALE"_s};
    auto refused = desk.referrals->create(desk.volunteer, r);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::ConsentMissing);
    CHECK(desk.outbox().isEmpty());
    desk.consent(desk.personId, people::ConsentPurpose::SpecialCategories);
    CHECK(desk.referrals->create(desk.volunteer, r).ok());
    r.destinationType = u"ALTROVE"_s;
    CHECK_FALSE(desk.referrals->create(desk.volunteer, r).ok());
}

TEST_CASE("a failure between the referral change and its outbox row leaves neither",
          "[referrals][service][outbox]")
{
    ReferralDesk desk;
    desk.consent(desk.personId, people::ConsentPurpose::IdentifiedReferral);
    const qint64 id = desk.referrals->create(desk.volunteer, desk.toComune()).value();
    // Injected failure: the outbox refuses the next row.
    const storage::SqlConnection db = storage::connectionOf(desk.profile->database());
    REQUIRE(storage::run(db,
                         u"CREATE TEMP TRIGGER outbox_fails BEFORE INSERT ON main.outbox "
                         "BEGIN SELECT RAISE(ABORT, 'injected'); END"_s)
                .ok());
    CHECK_FALSE(desk.referrals->move(desk.volunteer, id, {State::Inviata, {}, {}, {}}).ok());
    CHECK(desk.referrals->referral(desk.volunteer, id)->state == State::Bozza);
    CHECK(desk.referrals->history(desk.volunteer, id)->isEmpty());
    CHECK(desk.outbox().size() == 1);
    CHECK(desk.auditActions(u"referral"_s).count(u"edit"_s) == 0);
    REQUIRE(storage::run(db, u"DROP TRIGGER outbox_fails"_s).ok());
    REQUIRE(desk.referrals->move(desk.volunteer, id, {State::Inviata, {}, {}, {}}).ok());
    CHECK(desk.outbox().size() == 2);
    CHECK(desk.referrals->history(desk.volunteer, id)->size() == 1);
}
