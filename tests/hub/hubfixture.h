// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hub/store.h"
#include "pgserver.h"
#include "testhelpers.h"
#include "wire/events.h"

#include <QJsonArray>
#include <QUuid>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace Qt::StringLiterals;

namespace sportello::test {

enum class HubBackend { Sqlite, Postgres };

// A fresh hub store on the backend a test section runs on: a SQLite file in a temporary
// folder, or a new database on the test binary's own PostgreSQL server.
struct HubStoreFixture
{
    TempDir dir;
    QString url;
    std::unique_ptr<hub::Store> store;

    explicit HubStoreFixture(HubBackend backend)
    {
        if (backend == HubBackend::Sqlite) {
            url = u"sqlite:"_s + dir.filePath(u"hub.db"_s);
        } else {
            QString why;
            PgServer *server = PgServer::instance(&why);
            INFO(why.toStdString());
            REQUIRE(server);
            url = server->createDatabase();
        }
        auto opened = hub::openStore(url, u"hub-test-%1"_s.arg(++counter()));
        INFO((opened ? QString() : opened.error().toLogString()).toStdString());
        REQUIRE(opened.ok());
        store = std::move(opened).value();
        REQUIRE(store->setDistrict({u"Est Milano"_s, {u"015175"_s, u"015205"_s}}).ok());
    }

    static int &counter()
    {
        static int n = 0;
        return n;
    }

    hub::Desk enrol(const QString &name, const QByteArray &tokenHash, const QString &org = {})
    {
        hub::Desk desk;
        desk.name = name;
        desk.comune = u"015175"_s;
        desk.organizationUid = org;
        desk.createdAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        auto added = store->addDesk(desk, tokenHash);
        INFO((added ? QString() : added.error().toLogString()).toStdString());
        REQUIRE(added.ok());
        return *added;
    }
};

inline const char *backendName(HubBackend backend)
{
    return backend == HubBackend::Sqlite ? "SQLite" : "PostgreSQL";
}

inline QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline QJsonObject referralRecord(const QString &refUuid, const QString &state = u"INVIATA"_s,
                                  const QJsonValue &destOrg = QJsonValue())
{
    return {{u"ref_uuid"_s, refUuid},
            {u"sportello_id"_s, u"PIO-CDA"_s},
            {u"anno_mese"_s, u"2026-11"_s},
            {u"comune_istat"_s, u"015175"_s},
            {u"fascia_eta"_s, u"30-44"_s},
            {u"genere"_s, u"F"_s},
            {u"cittadinanza_macro"_s, u"EXTRA_UE"_s},
            {u"nucleo_tipo"_s, u"MONOGENITORE"_s},
            {u"bisogni_macro"_s, QJsonArray {u"CAS"_s}},
            {u"dest_tipo"_s, u"SS_COMUNE"_s},
            {u"dest_org"_s, destOrg},
            {u"urgenza"_s, u"ORD"_s},
            {u"stato"_s, state},
            {u"esito_finale"_s, QJsonValue()},
            {u"giorni_invio_presa_in_carico"_s, QJsonValue()}};
}

inline wire::Event referralEvent(const QString &refUuid,
                                 const QString &type = u"referral.created"_s,
                                 const QJsonValue &destOrg = QJsonValue())
{
    wire::Event event;
    event.id = newUuid();
    event.type = type;
    event.occurredAt = QDateTime(QDate(2026, 12, 5), QTime(10, 0), Qt::UTC);
    event.data = referralRecord(refUuid, u"INVIATA"_s, destOrg);
    return event;
}

} // namespace sportello::test
