// SPDX-License-Identifier: GPL-3.0-or-later
// The hub keeps its statements prepared for the life of a connection. PostgreSQL may then
// switch one to a generic plan, made once: made while `referrals` was nearly empty, it was a
// sequential scan that every later batch paid for (hub_bench: 12,586 → 1,662 events/s). The
// hub's sessions plan each run with its own values.
#include "hub/backend.h"
#include "hubfixture.h"

#include <QSqlDatabase>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::test;

TEST_CASE("PostgreSQL plans each run of the hub's kept statements with its own values",
          "[hub][postgresql]")
{
    QString why;
    PgServer *server = PgServer::instance(&why);
    INFO(why.toStdString());
    REQUIRE(server);
    auto url = hub::detail::parseDatabaseUrl(server->createDatabase());
    REQUIRE(url.ok());
    const QString name = u"hub-plans"_s;
    {
        auto backend = hub::detail::Backend::open(*url, name);
        INFO((backend ? QString() : backend.error().toLogString()).toStdString());
        REQUIRE(backend.ok());
        // The lookup of a batch's referrals, run as often as batches come in.
        const QString lookup
            = u"SELECT ref_uuid, origin_desk FROM referrals WHERE ref_uuid IN (?, ?)"_s;
        for (int i = 0; i < 12; ++i) {
            auto rows = backend->run(lookup,
                                     {QUuid::createUuid().toString(QUuid::WithoutBraces),
                                      QUuid::createUuid().toString(QUuid::WithoutBraces)});
            REQUIRE(rows.ok());
        }
        qint64 generic = -1;
        qint64 custom = -1;
        {
            auto plans
                = backend->run(u"SELECT generic_plans, custom_plans FROM pg_prepared_statements"
                               " WHERE statement LIKE '%FROM referrals WHERE ref_uuid IN%'"_s);
            REQUIRE(plans.ok());
            REQUIRE(plans->next());
            generic = plans->value(0).toLongLong();
            custom = plans->value(1).toLongLong();
        } // the rows go before the connection
        CHECK(generic == 0);
        CHECK(custom == 12);
        backend->close();
    } // the backend and its rows go before the connection is removed
    QSqlDatabase::removeDatabase(name);
}
