// SPDX-License-Identifier: GPL-3.0-or-later
// The district report (issue 15, point 6) on both backends: every count against a fixture
// computed by hand, the closed loop, suppression of what leaves the hub, the coordinator scope
// of GET /v1/reports/district, and the migration that fills the report's columns.
#include "hub/api.h"
#include "hub/tokens.h"
#include "hubfixture.h"
#include "reports/districtreport.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::test;

namespace {

// A referral's record: the fixture's (November, Pioltello, the social services, sent, a housing
// need) with the fields given replaced.
wire::Event eventOf(const QJsonObject &fields, QString *uuid = nullptr)
{
    const QString ref = newUuid();
    if (uuid)
        *uuid = ref;
    wire::Event event = referralEvent(ref);
    for (auto it = fields.begin(); it != fields.end(); ++it)
        event.data.insert(it.key(), it.value());
    return event;
}

void send(hub::Store &store, const hub::Desk &desk, const QList<wire::Event> &events)
{
    auto stored = store.ingest(desk, events, QDateTime(QDate(2026, 12, 5), QTime(10, 0), Qt::UTC));
    INFO((stored ? QString() : stored.error().toLogString()).toStdString());
    REQUIRE(stored.ok());
    for (const hub::IngestResult &result : *stored)
        REQUIRE(result.status == hub::IngestStatus::Stored);
}

qint64 count(const reports::CountTable &table, const QString &row, const QString &column)
{
    const qsizetype r = table.rows.indexOf(row);
    const qsizetype c = table.columns.indexOf(column);
    if (r < 0 || c < 0)
        return -1;
    return table.grid.cells.at(r).at(c);
}

const reports::CountTable &table(const reports::DistrictCounts &counts, const QString &id)
{
    for (const reports::CountTable &t : counts.tables) {
        if (t.id == id)
            return t;
    }
    FAIL("no table " << id.toStdString());
    return counts.tables.first();
}

// Two desks' referrals: Pioltello sent 7 to the social services in November (5 taken on: 2
// within a week, 3 in 8–14 days) and 1 to the job centre from Segrate; Segrate sent 6 in
// October (1 declined), with two need areas each. A draft and a referral of last year count
// nowhere; the administrator records one answer the sender has not synced yet.
struct DistrictFixture : HubStoreFixture
{
    hub::Desk pioltello = enrol(u"Pioltello"_s, "hash-pioltello");
    hub::Desk segrate = enrol(u"Segrate"_s, "hash-segrate");

    explicit DistrictFixture(HubBackend backend)
        : HubStoreFixture(backend)
    {
        QList<wire::Event> a;
        for (int i = 0; i < 2; ++i)
            a.append(eventOf(QJsonObject {{u"stato"_s, u"PRESA_IN_CARICO"_s},
                                          {u"giorni_invio_presa_in_carico"_s, u"0-7"_s}}));
        for (int i = 0; i < 3; ++i)
            a.append(eventOf(QJsonObject {{u"stato"_s, u"PRESA_IN_CARICO"_s},
                                          {u"giorni_invio_presa_in_carico"_s, u"8-14"_s}}));
        QString answeredLater;
        a.append(eventOf({}, &answeredLater));
        a.append(eventOf({}));
        a.append(eventOf(QJsonObject {
            {u"comune_istat"_s, u"015205"_s}, {u"dest_tipo"_s, u"CPI"_s}, {u"genere"_s, u"M"_s}}));
        a.append(eventOf(QJsonObject {{u"stato"_s, u"BOZZA"_s}}));
        a.append(eventOf(QJsonObject {{u"anno_mese"_s, u"2025-12"_s}}));
        send(*store, pioltello, a);
        QList<wire::Event> b;
        b.append(eventOf(QJsonObject {{u"anno_mese"_s, u"2026-10"_s},
                                      {u"comune_istat"_s, u"015205"_s},
                                      {u"stato"_s, u"NON_PRESA_IN_CARICO"_s},
                                      {u"bisogni_macro"_s, QJsonArray {u"LAV"_s, u"CAS"_s}}}));
        for (int i = 0; i < 5; ++i)
            b.append(eventOf(QJsonObject {{u"anno_mese"_s, u"2026-10"_s},
                                          {u"comune_istat"_s, u"015205"_s},
                                          {u"bisogni_macro"_s, QJsonArray {u"LAV"_s, u"CAS"_s}}}));
        send(*store, segrate, b);
        auto answered
            = store->recordStatus({answeredLater, u"PRESA_IN_CARICO"_s, {}, {}},
                                  QDateTime(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC), u"hub"_s);
        REQUIRE(answered.ok());
    }
};

} // namespace

TEST_CASE("the district report counts every desk's referrals of the months", "[hub][report]")
{
    const HubBackend backend = GENERATE(HubBackend::Sqlite, HubBackend::Postgres);
    INFO(backendName(backend));
    DistrictFixture hub(backend);
    auto counts = hub.store->districtCounts({u"2026-01"_s, u"2026-12"_s});
    INFO((counts ? QString() : counts.error().toLogString()).toStdString());
    REQUIRE(counts.ok());
    CHECK(counts->district == u"Est Milano");
    CHECK(counts->desks == 2);
    CHECK(counts->tables.size() == reports::districtTableIds().size());

    const auto &byDesk = table(*counts, u"referrals.desk"_s);
    CHECK(byDesk.columns.size() == 12);
    CHECK(count(byDesk, u"Pioltello"_s, u"2026-11"_s) == 8); // no draft, nothing of 2025
    CHECK(count(byDesk, u"Segrate"_s, u"2026-10"_s) == 6);
    CHECK(byDesk.grid.grandTotal() == 14);

    const auto &byComune = table(*counts, u"referrals.comune"_s);
    CHECK(count(byComune, u"015175"_s, u"SS_COMUNE"_s) == 7);
    CHECK(count(byComune, u"015205"_s, u"SS_COMUNE"_s) == 6);
    CHECK(count(byComune, u"015205"_s, u"CPI"_s) == 1);
    CHECK(byComune.columns == QStringList {u"SS_COMUNE"_s, u"CPI"_s}); // only those met

    const auto &loop = table(*counts, u"closedloop.destination"_s);
    CHECK_FALSE(loop.grid.rowTotals);
    CHECK(count(loop, u"SS_COMUNE"_s, u"INVIATE"_s) == 13);
    // 5 taken on, 1 declined, 1 answered at the hub and not yet synced by its sender.
    CHECK(count(loop, u"SS_COMUNE"_s, u"RISPOSTE"_s) == 7);
    CHECK(count(loop, u"SS_COMUNE"_s, u"PRESE_IN_CARICO"_s) == 5);
    CHECK(count(loop, u"CPI"_s, u"RISPOSTE"_s) == 0);
    CHECK(counts->takeOverBands.value(u"SS_COMUNE"_s) == QList<qint64> {2, 3, 0, 0, 0});

    const auto &needs = table(*counts, u"needs.comune"_s);
    CHECK(count(needs, u"CAS"_s, u"015175"_s) == 7);
    CHECK(count(needs, u"CAS"_s, u"015205"_s) == 7);
    CHECK(count(needs, u"LAV"_s, u"015205"_s) == 6);

    const auto &gender = table(*counts, u"people.gender"_s);
    CHECK(count(gender, u"F"_s, u"SS_COMUNE"_s) == 13);
    CHECK(count(gender, u"M"_s, u"CPI"_s) == 1);

    const auto &states = table(*counts, u"referrals.state"_s);
    CHECK(count(states, u"SS_COMUNE"_s, u"INVIATA"_s) == 7);
    CHECK_FALSE(states.columns.contains(u"BOZZA"_s));

    SECTION("a range outside every referral counts nothing")
    {
        auto none = hub.store->districtCounts({u"2024-01"_s, u"2024-06"_s});
        REQUIRE(none.ok());
        CHECK(table(*none, u"referrals.desk"_s).grid.grandTotal() == 0);
    }
}

TEST_CASE("what leaves the hub shows no count from 1 to k-1", "[hub][report]")
{
    DistrictFixture hub(HubBackend::Sqlite);
    auto counts = hub.store->districtCounts({u"2026-10"_s, u"2026-11"_s});
    REQUIRE(counts.ok());
    const int k = GENERATE(3, 5, 7);
    const reports::DistrictReport report = reports::publishDistrict(*counts, k);
    CHECK(report.threshold == k);
    int hidden = 0;
    for (const reports::PublishedTable &t : report.tables) {
        for (const auto &row : t.values) {
            for (const std::optional<qint64> &value : row) {
                INFO(t.id.toStdString());
                if (!value)
                    ++hidden;
                else
                    CHECK((*value == 0 || *value >= k));
            }
        }
    }
    CHECK(hidden > 0); // the job centre's single referral, at least
    // The median is shown only over at least k referrals taken on: 5 to the social services.
    CHECK(report.medianTakeOver.value(u"SS_COMUNE"_s) == (k <= 5 ? u"8-14"_s : QString()));
    CHECK_FALSE(report.medianTakeOver.contains(u"CPI"_s));

    // The JSON a desk reads gives the same report back.
    const QJsonObject json = reports::toJson(report);
    auto read = reports::districtReportFromJson(
        QJsonDocument::fromJson(QJsonDocument(json).toJson()).object());
    if (const auto *error = std::get_if<QString>(&read))
        FAIL(error->toStdString());
    const auto &back = std::get<reports::DistrictReport>(read);
    CHECK(reports::toJson(back) == json);
    CHECK(back.table(u"referrals.desk"_s)->columns == QStringList {u"2026-10"_s, u"2026-11"_s});
}

TEST_CASE("a desk's copy of the district report refuses what is not one", "[hub][report]")
{
    DistrictFixture hub(HubBackend::Sqlite);
    auto counts = hub.store->districtCounts({u"2026-01"_s, u"2026-12"_s});
    REQUIRE(counts.ok());
    const QJsonObject good = reports::toJson(reports::publishDistrict(*counts, 5));
    const auto broken = [&](const QString &key, const QJsonValue &value) {
        QJsonObject copy = good;
        copy.insert(key, value);
        return reports::districtReportFromJson(copy);
    };
    CHECK(std::holds_alternative<QString>(broken(u"from"_s, u"2026-13"_s)));
    CHECK(std::holds_alternative<QString>(broken(u"threshold"_s, 2)));
    CHECK(std::holds_alternative<QString>(broken(u"desks"_s, -1)));
    QJsonArray tables = good.value(u"tables"_s).toArray();
    QJsonObject first = tables.at(0).toObject();
    QJsonArray values = first.value(u"values"_s).toArray();
    QJsonArray row = values.at(0).toArray();
    row[0] = 2.5;
    values[0] = row;
    first.insert(u"values"_s, values);
    tables[0] = first;
    const auto fraction = broken(u"tables"_s, tables);
    REQUIRE(std::holds_alternative<QString>(fraction));
    CHECK(std::get<QString>(fraction).startsWith(u"tables[0].values[0]"));
    values[0] = QJsonArray {1};
    first.insert(u"values"_s, values);
    tables[0] = first;
    CHECK(std::holds_alternative<QString>(broken(u"tables"_s, tables)));
}

TEST_CASE("GET /v1/reports/district is for tokens with the coordinator scope", "[hub][report][api]")
{
    const HubBackend backend = GENERATE(HubBackend::Sqlite, HubBackend::Postgres);
    INFO(backendName(backend));
    DistrictFixture hub(backend);
    FakeClock clock;
    hub::RateLimiter limiter {1000, 1000};
    hub::Api api {*hub.store, clock, limiter, "openapi: 3.1.0\n"};
    const QString coordinatorToken = hub::tokens::generate();
    hub::Desk office;
    office.name = u"Ufficio di Piano"_s;
    office.comune = u"015175"_s;
    office.coordinator = true;
    office.createdAt = clock.nowUtc();
    REQUIRE(hub.store->addDesk(office, hub::tokens::hash(coordinatorToken.toLatin1())).ok());
    const QString deskToken = hub::tokens::generate();
    hub.enrol(u"Vignate"_s, hub::tokens::hash(deskToken.toLatin1()));

    const auto get = [&](const QString &token, const QString &query) {
        hub::Request request;
        request.method = "GET";
        request.path = u"/v1/reports/district"_s;
        request.query = QUrlQuery(query);
        request.authorization = "Bearer " + token.toLatin1();
        return api.handle(request);
    };
    const hub::Reply refused = get(deskToken, u"from=2026-01&to=2026-12"_s);
    CHECK(refused.status == 403);
    CHECK(refused.contentType == "application/problem+json");

    const hub::Reply reply = get(coordinatorToken, u"from=2026-01-15&to=2026-12-31"_s);
    REQUIRE(reply.status == 200);
    auto read = reports::districtReportFromJson(QJsonDocument::fromJson(reply.body).object());
    REQUIRE(std::holds_alternative<reports::DistrictReport>(read));
    const auto &report = std::get<reports::DistrictReport>(read);
    CHECK(report.months.from == u"2026-01");
    CHECK(report.months.to == u"2026-12");
    CHECK(report.desks == 4);
    const reports::PublishedTable *byDesk = report.table(u"referrals.desk"_s);
    REQUIRE(byDesk);
    CHECK(byDesk->grandTotal() == qint64(14));
    // No count from 1 to 4 in the answer, whatever table.
    for (const reports::PublishedTable &t : report.tables) {
        for (const auto &row : t.values) {
            for (const std::optional<qint64> &value : row)
                CHECK((!value || *value == 0 || *value >= 5));
        }
    }

    CHECK(get(coordinatorToken, u"from=2026-12&to=2026-01"_s).status == 422);
    CHECK(get(coordinatorToken, u"from=2026-1&to=2026-12"_s).status == 422);
    CHECK(get(coordinatorToken, u"from=2026-01&to=2026-12&desk=x"_s).status == 422);
    CHECK(get(coordinatorToken, u"from=2016-01&to=2026-12"_s).status == 422); // > 120 months
    CHECK(get(u"nonsense"_s, u"from=2026-01&to=2026-12"_s).status == 401);
}

TEST_CASE("the report's columns are filled for referrals stored before them", "[hub][report]")
{
    // A hub of schema 2 (before the report) holding one referral, as a district upgrading.
    TempDir dir;
    const QString path = dir.filePath(u"old.db"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old-hub"_s);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(u"CREATE TABLE hub_schema (version INTEGER NOT NULL)"_s));
        for (int version : {1, 2}) {
            const QString name = version == 1 ? u"0001_hub.sql"_s : u"0002_catalogue.sql"_s;
            QFile file(u":/sportello/hub/migrations/sqlite/"_s + name);
            REQUIRE(file.open(QIODevice::ReadOnly));
            for (const QString &statement : QString::fromUtf8(file.readAll()).split(u";\n"_s)) {
                QString sql;
                for (const QString &line : statement.split(u'\n')) {
                    if (!line.trimmed().startsWith(u"--"))
                        sql += line + u'\n';
                }
                if (!sql.trimmed().isEmpty())
                    REQUIRE(query.exec(sql));
            }
            REQUIRE(query.exec(u"INSERT INTO hub_schema(version) VALUES (%1)"_s.arg(version)));
        }
        REQUIRE(query.exec(u"INSERT INTO desks(id, name, comune, token_hash, created_at)"
                           " VALUES ('d1', 'Pioltello', '015175', 'h', '2026-01-01T00:00:00Z')"_s));
        const wire::Event event = eventOf({{u"stato"_s, u"PRESA_IN_CARICO"_s},
                                           {u"giorni_invio_presa_in_carico"_s, u"15-30"_s},
                                           {u"bisogni_macro"_s, QJsonArray {u"LAV"_s, u"CAS"_s}}});
        const QString record
            = QString::fromUtf8(QJsonDocument(event.data).toJson(QJsonDocument::Compact));
        query.prepare(u"INSERT INTO referrals(ref_uuid, origin_desk, record, occurred_at,"
                      " updated_at) VALUES ('r1', 'd1', ?, '2026-11-02T10:00:00Z',"
                      " '2026-11-02T10:00:00Z')"_s);
        query.addBindValue(record);
        REQUIRE(query.exec());
        REQUIRE(query.exec(u"INSERT INTO district(id, name, comuni) VALUES (1, 'Est Milano',"
                           " '015175,015205')"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old-hub"_s);

    auto opened = hub::openStore(u"sqlite:"_s + path, u"upgraded-hub"_s);
    INFO((opened ? QString() : opened.error().toLogString()).toStdString());
    REQUIRE(opened.ok());
    auto counts = (*opened)->districtCounts({u"2026-11"_s, u"2026-11"_s});
    REQUIRE(counts.ok());
    CHECK(count(table(*counts, u"referrals.desk"_s), u"Pioltello"_s, u"2026-11"_s) == 1);
    CHECK(count(table(*counts, u"needs.comune"_s), u"LAV"_s, u"015175"_s) == 1);
    CHECK(count(table(*counts, u"closedloop.destination"_s), u"SS_COMUNE"_s, u"PRESE_IN_CARICO"_s)
          == 1);
    CHECK(counts->takeOverBands.value(u"SS_COMUNE"_s) == QList<qint64> {0, 0, 1, 0, 0});
}
