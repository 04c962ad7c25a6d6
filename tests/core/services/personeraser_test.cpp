// SPDX-License-Identifier: GPL-3.0-or-later
// Erasure of a person at their request (GDPR art. 17): who may do it, what goes, what stays
// de-identified, and the referral records for the hub after the person is gone.
#include "connection.h"
#include "erasurefixture.h"
#include "sql.h"
#include "wire/anonymizer.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace sportello;
using test::ErasureDesk;

namespace {

// The demographic keys of the newest outbox record.
QJsonObject lastProfile(const ErasureDesk &desk)
{
    const auto items = desk.outbox();
    REQUIRE_FALSE(items.isEmpty());
    const QJsonObject record = QJsonDocument::fromJson(items.last().payload).object();
    QJsonObject profile;
    for (const QString &key : wire::profileKeys())
        profile.insert(key, record.value(key));
    return profile;
}

int count(ErasureDesk &desk, const QString &sql, std::initializer_list<QVariant> values = {})
{
    auto value = storage::scalar(storage::connectionOf(desk.profile->database()), sql, values);
    REQUIRE(value.ok());
    return value->toInt();
}

// The audit rows of an action on a person.
int auditRows(ErasureDesk &desk, const QString &action, qint64 personId)
{
    auto entries = desk.audit->entries({});
    REQUIRE(entries.ok());
    return int(std::count_if(entries->cbegin(), entries->cend(), [&](const auto &entry) {
        return entry.action == action && entry.entityType == u"person"
            && entry.entityId == QString::number(personId);
    }));
}

} // namespace

TEST_CASE("only a coordinator may erase a person; a refusal is audited", "[people][erasure]")
{
    ErasureDesk desk;
    for (const security::Actor &actor : {desk.volunteer, desk.facilitator}) {
        const Status refused = desk.eraser->erase(actor, desk.zoeId);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::PermissionDenied);
    }
    CHECK(auditRows(desk, u"denied"_s, desk.zoeId) == 2);
    CHECK(auditRows(desk, u"erase"_s, desk.zoeId) == 0);
    CHECK(desk.people->person(desk.lead, desk.zoeId).ok());
    CHECK(desk.people->search(desk.lead, u"zefirina"_s).value().size() == 1);

    const Status unknown = desk.eraser->erase(desk.lead, 9999);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::NotFound);
    CHECK(auditRows(desk, u"erase"_s, 9999) == 0);
}

TEST_CASE("erasing a person removes what identifies them and keeps the coded records",
          "[people][erasure]")
{
    ErasureDesk desk;
    const QJsonObject before = lastProfile(desk);
    CHECK(before.value(u"comune_istat"_s).toString() == u"015175");
    CHECK(before.value(u"fascia_eta"_s).toString() == u"65-74");
    CHECK(before.value(u"genere"_s).toString() == u"F");
    CHECK(before.value(u"cittadinanza_macro"_s).toString() == u"IT");
    CHECK(before.value(u"nucleo_tipo"_s).toString() == u"SOLO");
    const int ritaFields
        = count(desk,
                u"SELECT count(*) FROM personal_fields WHERE entity_type = 'person' "
                "AND entity_id = ?"_s,
                {desk.personId});
    REQUIRE(ritaFields > 0);

    REQUIRE(desk.eraser->erase(desk.lead, desk.zoeId).ok());

    // The person: record, consents, follow-ups, name in the search.
    CHECK(desk.people->person(desk.lead, desk.zoeId).error().code == ErrorCode::NotFound);
    CHECK(desk.people->consents(desk.lead, desk.zoeId).value().isEmpty());
    CHECK(count(desk, u"SELECT count(*) FROM consents WHERE person_id = ?"_s, {desk.zoeId}) == 0);
    CHECK(desk.sessions->followUpsOf(desk.lead, desk.zoeId).value().isEmpty());
    CHECK(count(desk, u"SELECT count(*) FROM follow_ups WHERE id = ?"_s, {desk.followUpId}) == 0);
    CHECK(desk.people->search(desk.lead, u"zefirina"_s).value().isEmpty());
    CHECK(desk.people->search(desk.lead, desk.zoe.codiceFiscale).value().isEmpty());
    CHECK(desk.people->nameOf(desk.lead, desk.zoeId).error().code == ErrorCode::NotFound);

    // The sessions stay as coded records without the person or their texts.
    CHECK(count(desk, u"SELECT count(*) FROM sessions"_s) == 2);
    auto first = desk.sessions->session(desk.lead, desk.sessionIds.first());
    REQUIRE(first.ok());
    CHECK(first->personId == 0);
    CHECK(first->needs == QStringList {u"CAS.SFRATTO"_s, u"ALT.ALTRO"_s});
    CHECK(first->outcomes == QStringList {u"INFO"_s});
    CHECK(first->notes.isEmpty());
    CHECK(first->nextStep.isEmpty());
    CHECK(first->otherNeedLabel.isEmpty());
    auto second = desk.sessions->session(desk.lead, desk.sessionIds.last());
    REQUIRE(second.ok());
    CHECK(second->personId == 0);
    CHECK(second->needs == QStringList {u"POV.INSUF"_s});
    CHECK(second->notes.isEmpty());

    // The referral keeps its codes and history, without the person or the note.
    auto referral = desk.referrals->referral(desk.lead, desk.referralId);
    REQUIRE(referral.ok());
    CHECK(referral->personId == 0);
    CHECK(referral->note.isEmpty());
    CHECK(referral->destinationType == u"SS_COMUNE");
    CHECK(referral->needs == QStringList {u"CAS.SFRATTO"_s, u"POV.INSUF"_s});
    CHECK(referral->state == referrals::State::Inviata);
    CHECK(desk.referrals->history(desk.lead, desk.referralId).value().size() == 1);

    // Nothing sealed is left for the person's records; the other person's fields stay.
    CHECK(count(desk,
                u"SELECT count(*) FROM personal_fields WHERE (entity_type = 'person' AND "
                "entity_id = ?) OR (entity_type = 'session' AND entity_id IN (?, ?)) OR "
                "(entity_type = 'follow_up' AND entity_id = ?) OR "
                "(entity_type = 'referral' AND entity_id = ?)"_s,
                {desk.zoeId, desk.sessionIds.first(), desk.sessionIds.last(), desk.followUpId,
                 desk.referralId})
          == 0);
    CHECK(count(desk, u"SELECT count(*) FROM blind_index WHERE entity_id = ?"_s, {desk.zoeId})
          == 0);
    CHECK(count(desk,
                u"SELECT count(*) FROM personal_fields WHERE entity_type = 'person' "
                "AND entity_id = ?"_s,
                {desk.personId})
          == ritaFields);
    CHECK(desk.people->person(desk.lead, desk.personId).ok());

    // One audit row, with the id only.
    CHECK(auditRows(desk, u"erase"_s, desk.zoeId) == 1);
    audit::AuditFilter erasures;
    erasures.action = u"erase"_s;
    const auto entries = desk.audit->entries(erasures).value();
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().operatorId == desk.lead.operatorId);
    CHECK(entries.first().entityId == QString::number(desk.zoeId));
    CHECK(desk.audit->verify().value().intact);

    // Later records for the hub still carry the person's profile, not "not stated".
    const int queued = int(desk.outbox().size());
    REQUIRE(
        desk.referrals->move(desk.lead, desk.referralId, {referrals::State::Ricevuta, {}, {}, {}})
            .ok());
    REQUIRE(desk.outbox().size() == queued + 1);
    CHECK(lastProfile(desk) == before);
    CHECK(QJsonDocument::fromJson(desk.outbox().last().payload).object().value(u"stato"_s)
          == u"RICEVUTA"_s);

    // Erased once: a second attempt finds nobody.
    CHECK(desk.eraser->erase(desk.lead, desk.zoeId).error().code == ErrorCode::NotFound);
}

TEST_CASE("an anonymous referral's records stay 'not stated' with no profile kept",
          "[people][erasure][referrals]")
{
    ErasureDesk desk;
    referrals::Referral anonymous = desk.toComune();
    anonymous.personId = 0;
    anonymous.note.clear();
    const qint64 id = desk.referrals->create(desk.volunteer, anonymous).value();
    REQUIRE(desk.referrals->move(desk.volunteer, id, {referrals::State::Inviata, {}, {}, {}}).ok());
    const QJsonObject profile = lastProfile(desk);
    for (const QString &key : wire::profileKeys())
        CHECK(profile.value(key).toString() == u"ND");
}

TEST_CASE("the purge of an abandoned intake detaches its referrals the same way",
          "[people][erasure][purge]")
{
    ErasureDesk desk;
    people::Person walter = desk.person(u"Walter"_s, u"Sala"_s, 1990);
    walter.residence = u"015242"_s;
    const qint64 walterId = desk.people->create(desk.volunteer, walter).value();
    referrals::Referral referral = desk.toComune();
    referral.personId = walterId;
    referral.note = u"Vive in auto da due settimane"_s;
    const qint64 referralId = desk.referrals->create(desk.volunteer, referral).value();

    desk.clock.advanceSecs(73 * 3600);
    REQUIRE(desk.people->purgeAbandonedIntakes().value() == 1);
    auto kept = desk.referrals->referral(desk.lead, referralId);
    REQUIRE(kept.ok());
    CHECK(kept->personId == 0);
    CHECK(kept->note.isEmpty());
    CHECK(kept->profile.value(u"comune_istat"_s).toString() == u"015242");
    CHECK(kept->profile.value(u"fascia_eta"_s).toString() == u"30-44");
    // The other people, who consented, are untouched.
    CHECK(desk.people->person(desk.lead, desk.zoeId).ok());
    CHECK(desk.people->person(desk.lead, desk.personId).ok());
}
