// SPDX-License-Identifier: GPL-3.0-or-later
// The subject-access export (GDPR art. 15/20, decision 37): a coordinator's act, audited; its
// JSON carries everything the desk holds about the person, field by field.
#include "erasurefixture.h"
#include "rights/subjectaccess.h"
#include "services/subjectaccessservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace sportello;
using test::ErasureDesk;

namespace {

int auditRows(ErasureDesk &desk, const QString &action, qint64 personId)
{
    auto entries = desk.audit->entries({});
    REQUIRE(entries.ok());
    return int(std::count_if(entries->cbegin(), entries->cend(), [&](const auto &entry) {
        return entry.action == action && entry.entityType == u"subject_access"
            && entry.entityId == QString::number(personId);
    }));
}

QJsonObject byKey(const QJsonArray &list, const QString &key, const QJsonValue &value)
{
    for (const QJsonValue &item : list) {
        if (item.toObject().value(key) == value)
            return item.toObject();
    }
    return {};
}

QStringList codes(const QJsonArray &coded)
{
    QStringList list;
    for (const QJsonValue &item : coded)
        list.append(item.toObject().value(u"code"_s).toString());
    return list;
}

} // namespace

TEST_CASE("only a coordinator exports a person's data; refusals are audited",
          "[people][subject_access]")
{
    ErasureDesk desk;
    services::SubjectAccessService &access = desk.services->subjectAccess();
    for (const security::Actor &actor : {desk.volunteer, desk.facilitator}) {
        auto refused = access.report(actor, desk.zoeId);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::PermissionDenied);
    }
    CHECK(auditRows(desk, u"denied"_s, desk.zoeId) == 2);
    CHECK(auditRows(desk, u"export"_s, desk.zoeId) == 0);

    auto unknown = access.report(desk.lead, 9999);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::NotFound);
    CHECK(auditRows(desk, u"export"_s, 9999) == 0);

    REQUIRE(access.report(desk.lead, desk.zoeId).ok());
    CHECK(auditRows(desk, u"export"_s, desk.zoeId) == 1);
    // The row names the person by id only.
    auto entries = desk.audit->entries({});
    REQUIRE(entries.ok());
    for (const auto &entry : std::as_const(*entries)) {
        const QString text = entry.entityType + u' ' + entry.entityId + u' ' + entry.outcome;
        for (const QString &clear : std::as_const(desk.clearTexts))
            CHECK_FALSE(text.contains(clear));
    }
}

TEST_CASE("the subject-access JSON holds the person's record, consents, sessions, follow-ups, "
          "referrals and audit rows",
          "[people][subject_access]")
{
    ErasureDesk desk;
    desk.clock.advanceDays(1);
    auto report = desk.services->subjectAccess().report(desk.lead, desk.zoeId);
    REQUIRE(report.ok());
    // Through text and back, as the file is read.
    const QByteArray text = QJsonDocument(rights::subjectAccessJson(*report)).toJson();
    const QJsonObject json = QJsonDocument::fromJson(text).object();
    REQUIRE_FALSE(json.isEmpty());

    CHECK(json.value(u"schema"_s).toString() == u"sportello.subject_access");
    CHECK(json.value(u"schema_version"_s).toInt() == 1);
    CHECK(json.value(u"generated_at"_s).toString() == u"2026-03-05T09:00:00.000Z");
    const QJsonObject deskJson = json.value(u"desk"_s).toObject();
    CHECK(deskJson.value(u"name"_s).toString() == u"Centro di Ascolto");
    CHECK(deskJson.value(u"organization"_s).toString() == u"Caritas");

    const QJsonObject person = json.value(u"person"_s).toObject();
    CHECK(person.value(u"id"_s).toInteger() == desk.zoeId);
    CHECK(person.value(u"given_name"_s).toString() == desk.zoe.givenName);
    CHECK(person.value(u"family_name"_s).toString() == desk.zoe.familyName);
    CHECK(person.value(u"codice_fiscale"_s).toString() == desk.zoe.codiceFiscale);
    CHECK(person.value(u"phone"_s).toString() == desk.zoe.phone);
    CHECK(person.value(u"email"_s).toString() == desk.zoe.email);
    CHECK(person.value(u"address"_s).toString() == desk.zoe.address);
    CHECK(person.value(u"birth_date"_s).toString() == u"1957-04-09");
    CHECK(person.value(u"residence"_s).toObject().value(u"code"_s).toString() == u"015175");
    CHECK(person.value(u"residence"_s).toObject().value(u"label"_s).toString() == u"Pioltello");
    CHECK(person.value(u"household_type"_s).toObject().value(u"code"_s).toString() == u"SOLO");
    CHECK(person.value(u"household_size"_s).toObject().value(u"code"_s).toString()
          == u"NON_CHIESTO");

    const QJsonArray consents = json.value(u"consents"_s).toArray();
    REQUIRE(consents.size() == 3);
    for (const QString &purpose :
         {u"DATI_PERSONALI"_s, u"CONTATTO_TELEFONICO"_s, u"INVIO_IDENTIFICATO"_s}) {
        const QJsonObject consent = byKey(consents, u"purpose"_s, purpose);
        INFO(purpose.toStdString());
        CHECK(consent.value(u"method"_s).toString() == u"MODULO_FIRMATO");
        CHECK(consent.value(u"given_at"_s).toString() == u"2026-03-02T09:00:00.000Z");
        CHECK(consent.value(u"notice_version"_s).toString() == u"test-1");
        CHECK(consent.value(u"revoked_at"_s).isNull());
        CHECK(consent.value(u"in_force"_s).toBool());
    }

    const QJsonArray sessions = json.value(u"sessions"_s).toArray();
    REQUIRE(sessions.size() == 2);
    const QJsonObject first = byKey(sessions, u"id"_s, desk.sessionIds.first());
    CHECK(codes(first.value(u"needs"_s).toArray())
          == QStringList {u"CAS.SFRATTO"_s, u"ALT.ALTRO"_s});
    CHECK_FALSE(
        first.value(u"needs"_s).toArray().at(0).toObject().value(u"label"_s).toString().isEmpty());
    CHECK(first.value(u"notes"_s).toString() == u"Lettera di sfratto per morosita Qx71");
    CHECK(first.value(u"next_step"_s).toString() == u"Portare il contratto Qx72");
    CHECK(first.value(u"other_need"_s).toString() == u"Gatto da sistemare Qx73");
    CHECK(codes(first.value(u"outcomes"_s).toArray()) == QStringList {u"INFO"_s});
    const QJsonObject second = byKey(sessions, u"id"_s, desk.sessionIds.last());
    CHECK(second.value(u"notes"_s).toString() == u"Ha portato la bolletta Qx74");
    CHECK(second.value(u"started_at"_s).toString() == u"2026-03-04T09:00:00.000Z");

    const QJsonArray followUps = json.value(u"follow_ups"_s).toArray();
    REQUIRE(followUps.size() == 1);
    const QJsonObject followUp = followUps.first().toObject();
    CHECK(followUp.value(u"note"_s).toString() == u"Richiamare dopo le 17 Qx75");
    CHECK(followUp.value(u"due"_s).toString() == u"2026-03-09");
    CHECK(followUp.value(u"session_id"_s).toInteger() == desk.sessionIds.last());
    CHECK(followUp.value(u"done_at"_s).isNull());

    const QJsonArray referrals = json.value(u"referrals"_s).toArray();
    REQUIRE(referrals.size() == 1);
    const QJsonObject referral = referrals.first().toObject();
    CHECK(referral.value(u"id"_s).toInteger() == desk.referralId);
    CHECK(referral.value(u"state"_s).toString() == u"INVIATA");
    CHECK(referral.value(u"kind"_s).toString() == u"INVIO");
    CHECK(referral.value(u"destination_type"_s).toString() == u"SS_COMUNE");
    CHECK(referral.value(u"note"_s).toString() == u"Casa inagibile, chiede aiuto Qx76");
    CHECK(codes(referral.value(u"needs"_s).toArray())
          == QStringList {u"CAS.SFRATTO"_s, u"POV.INSUF"_s});
    const QJsonArray history = referral.value(u"history"_s).toArray();
    REQUIRE_FALSE(history.isEmpty());
    CHECK(history.last().toObject().value(u"to"_s).toString() == u"INVIATA");

    // The audit rows about the person and each of their records, this export among them.
    const QJsonArray audit = json.value(u"audit"_s).toArray();
    QStringList seen;
    for (const QJsonValue &row : audit) {
        const QJsonObject o = row.toObject();
        seen.append(o.value(u"action"_s).toString() + u' ' + o.value(u"entity_type"_s).toString()
                    + u'/' + o.value(u"entity_id"_s).toString());
        CHECK_FALSE(o.contains(u"operator_id"_s));
    }
    const QString zoe = QString::number(desk.zoeId);
    CHECK(seen.contains(u"export subject_access/"_s + zoe));
    CHECK(seen.contains(u"create person/"_s + zoe));
    CHECK(seen.contains(u"create session/"_s + QString::number(desk.sessionIds.first())));
    CHECK(seen.contains(u"create follow_up/"_s + QString::number(desk.followUpId)));
    CHECK(seen.contains(u"create referral/"_s + QString::number(desk.referralId)));
    CHECK(std::count_if(seen.cbegin(), seen.cend(),
                        [](const QString &s) { return s.startsWith(u"create consent/"_s); })
          == 3);
    // Nothing about Rita Marchetti, the desk's other person.
    CHECK_FALSE(seen.contains(u"create person/"_s + QString::number(desk.personId)));

    const QJsonObject retention = json.value(u"retention"_s).toObject();
    CHECK(retention.value(u"months"_s).toInt() == 24);
    // The last contact: the follow-up due on 9 March, later than the referral sent on the 4th.
    CHECK(retention.value(u"last_contact"_s).toString() == u"2026-03-09T00:00:00.000Z");
    CHECK(retention.value(u"expires_at"_s).toString() == u"2028-03-09T00:00:00.000Z");

    // No operator is named: the coordinator's name is nowhere in the file.
    CHECK_FALSE(QString::fromUtf8(text).contains(u"Anna"_s));
}
