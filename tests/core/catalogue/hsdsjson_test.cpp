// SPDX-License-Identifier: GPL-3.0-or-later
// The HSDS JSON exchange format: round trips, reported unknown fields, and malformed files
// that fail naming file, line and field while leaving the profile untouched.
#include "catalogue/fieldproblem.h"
#include "catalogue/fieldview.h"
#include "catalogue/hsdsjson.h"
#include "connection.h"
#include "demo/demoprofile.h"
#include "memorysecretstore.h"
#include "services/catalogueio.h"
#include "services/deskservices.h"
#include "sql.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/profile.h"
#include "testhelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::catalogue;

namespace {

QString dataFile(const QString &name)
{
    return QString::fromUtf8(SPORTELLO_TEST_DATA_DIR) + u"/catalogue/"_s + name;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    INFO(path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The 1-based line where the `occurrence`-th (0-based) `marker` starts in `data`.
int lineOf(const QByteArray &data, const QByteArray &marker, int occurrence = 0)
{
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i) {
        at = data.indexOf(marker, at + 1);
        REQUIRE(at >= 0);
    }
    return 1 + static_cast<int>(data.left(at).count('\n'));
}

// A profile with its catalogue repository and import/export.
struct Desk
{
    test::TempDir dir;
    test::FakeClock clock;
    std::unique_ptr<storage::Profile> profile;
    std::unique_ptr<storage::CatalogueRepository> repository;
    std::unique_ptr<services::DeskServices> services;
    services::CatalogueIo *io = nullptr;

    Desk()
    {
        auto opened = storage::Profile::open(dir.path(), sportello::test::secrets());
        REQUIRE(opened.ok());
        profile = std::move(*opened);
        repository = std::make_unique<storage::CatalogueRepository>(profile->database(), clock);
        services = std::make_unique<services::DeskServices>(profile->database(), clock);
        io = &services->catalogueIo();
    }

    [[nodiscard]] QByteArray exported(const QString &name = u"export.json"_s) const
    {
        const QString path = dir.filePath(name);
        const Status status = io->exportTo(path, services::CatalogueFormat::HsdsJson);
        INFO((status.ok() ? std::string() : status.error().toLogString().toStdString()));
        REQUIRE(status.ok());
        return readFile(path);
    }

    [[nodiscard]] qint64 version() const { return repository->version().value(); }

    [[nodiscard]] QMap<QString, qint64> rowCounts() const
    {
        QMap<QString, qint64> counts;
        for (const QString &table :
             {u"organizations"_s, u"locations"_s, u"services"_s, u"service_terms"_s, u"documents"_s,
              u"service_at_location"_s, u"schedules"_s, u"schedule_exceptions"_s,
              u"catalogue_changes"_s, u"catalogue_fts"_s}) {
            auto count = storage::scalar(storage::connectionOf(profile->database()),
                                         u"SELECT count(*) FROM "_s + table);
            REQUIRE(count.ok());
            counts.insert(table, count->toLongLong());
        }
        return counts;
    }
};

template<typename Entity>
QMap<QString, QMap<QString, QString>> viewsByUid(const QList<Entity> &entities)
{
    QMap<QString, QMap<QString, QString>> views;
    for (const Entity &entity : entities)
        views.insert(entity.uid, fieldView(entity));
    return views;
}

template<typename Entity>
void requireSameEntries(const QList<Entity> &expected, const QList<Entity> &actual)
{
    const auto expectedViews = viewsByUid(expected);
    const auto actualViews = viewsByUid(actual);
    REQUIRE(expectedViews.size() == expected.size()); // unique ids
    CHECK(actualViews.keys() == expectedViews.keys());
    for (auto entry = expectedViews.cbegin(); entry != expectedViews.cend(); ++entry) {
        const QMap<QString, QString> other = actualViews.value(entry.key());
        for (auto field = entry->cbegin(); field != entry->cend(); ++field) {
            CAPTURE(entry.key(), field.key());
            CHECK(other.value(field.key()) == field.value());
        }
    }
}

QJsonObject jsonObject(const QByteArray &data)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

} // namespace

TEST_CASE("the demo catalogue survives export and import into an empty profile",
          "[catalogue][hsds]")
{
    Desk source;
    REQUIRE(demo::seedDemoProfile(*source.profile, source.clock).ok());
    const QString file = source.dir.filePath(u"catalogo.json"_s);
    REQUIRE(source.io->exportTo(file, services::CatalogueFormat::HsdsJson).ok());

    Desk target;
    auto report = target.io->importPath(file, u"import"_s);
    INFO((report.ok() ? std::string() : report.error().toLogString().toStdString()));
    REQUIRE(report.ok());
    // The export carries the change history, which stays with each desk: reported, not taken.
    CHECK(report->ignoredFields == QStringList {u"metadata"_s});

    const auto organizations = source.repository->organizations().value();
    const auto locations = source.repository->locations().value();
    const auto services = source.repository->services().value();
    REQUIRE(services.size() > 50);
    CHECK(report->summary.organizations == organizations.size());
    CHECK(report->summary.locations == locations.size());
    CHECK(report->summary.services == services.size());
    CHECK(report->summary.catalogueVersion == 1);

    requireSameEntries(organizations, target.repository->organizations().value());
    requireSameEntries(locations, target.repository->locations().value());
    requireSameEntries(services, target.repository->services().value());

    // Exported again, the catalogue is the same text.
    const QJsonObject first = jsonObject(readFile(file));
    const QJsonObject second = jsonObject(target.exported());
    for (const QString &table : {u"organizations"_s, u"locations"_s, u"services"_s}) {
        CAPTURE(table);
        CHECK(second.value(table) == first.value(table));
    }
    CHECK(second.value(u"x_catalogue_version"_s).toInteger() == 1);
}

TEST_CASE("writeJson and readJson are inverse on the demo catalogue", "[catalogue][hsds]")
{
    const QByteArray demoFile = readFile(u":/sportello/catalogue/demo-catalogue.json"_s);
    auto parsed = hsds::readJson(demoFile, u"demo-catalogue.json"_s, {});
    INFO((parsed.ok() ? std::string() : parsed.error().toLogString().toStdString()));
    REQUIRE(parsed.ok());
    CHECK(parsed->ignoredFields.isEmpty());
    const Catalogue &catalogue = parsed->catalogue;
    REQUIRE_FALSE(catalogue.services.isEmpty());

    const QByteArray written = hsds::writeJson(catalogue, 42, {});
    auto reread = hsds::readJson(written, u"written.json"_s, {});
    REQUIRE(reread.ok());
    CHECK(reread->sourceVersion == 42);
    CHECK(reread->ignoredFields == QStringList {u"metadata"_s});
    requireSameEntries(catalogue.organizations, reread->catalogue.organizations);
    requireSameEntries(catalogue.locations, reread->catalogue.locations);
    requireSameEntries(catalogue.services, reread->catalogue.services);
    for (qsizetype i = 0; i < catalogue.services.size(); ++i) {
        CAPTURE(catalogue.services.at(i).uid);
        CHECK(reread->catalogue.services.at(i).rules == catalogue.services.at(i).rules);
        CHECK(reread->catalogue.services.at(i).locations == catalogue.services.at(i).locations);
    }
}

TEST_CASE("fields the model does not hold are reported, not silently dropped", "[catalogue][hsds]")
{
    Desk desk;
    auto report = desk.io->importPath(dataFile(u"unknown-fields.json"_s), u"import"_s);
    INFO((report.ok() ? std::string() : report.error().toLogString().toStdString()));
    REQUIRE(report.ok());
    QStringList ignored = report->ignoredFields;
    ignored.sort();
    CHECK(ignored
          == QStringList {u"organizations[1].tax_id"_s, u"services[0].program_id"_s,
                          u"x_publisher"_s});
    // The rest of the file is imported.
    CHECK(report->summary.services == 2);
    CHECK(desk.repository->serviceByUid(u"svc-segretariato"_s).ok());

    // The same file without them reports nothing.
    Desk clean;
    auto plain = clean.io->importPath(dataFile(u"small.json"_s), u"import"_s);
    REQUIRE(plain.ok());
    CHECK(plain->ignoredFields.isEmpty());
}

TEST_CASE("a malformed or invalid file names file, line and field and changes nothing",
          "[catalogue][hsds]")
{
    struct Case
    {
        QString file;
        QString field;
        FieldProblem::Code problem;
        QString value;
        QByteArray marker; // where the reported line must point
        int occurrence;
    };
    const Case cases[] = {
        {u"bad-date.json"_s, u"services[0].assured_date"_s, FieldProblem::InvalidDate,
         u"2026-02-30"_s, R"("id": "svc-segretariato")", 0},
        {u"unknown-category.json"_s, u"services[1].categories"_s, FieldProblem::UnknownCode,
         u"INC.BOLLETTE"_s, R"("id": "svc-bollette")", 0},
        {u"schedule-order.json"_s,
         u"services[1].service_at_locations[0].schedules[0].closes_at"_s,
         FieldProblem::ScheduleTimes,
         {},
         R"("id": "svc-bollette")",
         0},
        {u"duplicate-id.json"_s, u"services[1].id"_s, FieldProblem::DuplicateUid,
         u"svc-segretariato"_s, R"("id": "svc-segretariato")", 1},
        {u"missing-organization.json"_s, u"services[1].organization_id"_s,
         FieldProblem::UnknownReference, u"org-caritas-segrate"_s, R"("id": "svc-bollette")", 0},
        {u"negative-isee.json"_s,
         u"services[1].x_eligibility.isee.max"_s,
         FieldProblem::InvalidAmount,
         {},
         R"("id": "svc-bollette")",
         0},
    };

    Desk desk;
    // Something in the profile already, so "unchanged" means something.
    REQUIRE(desk.io->importPath(dataFile(u"small.json"_s), u"import"_s).ok());
    const QByteArray before = desk.exported(u"before.json"_s);
    const qint64 version = desk.version();
    const auto counts = desk.rowCounts();
    REQUIRE(version == 1);
    REQUIRE(counts.value(u"services"_s) == 2);

    for (const Case &c : cases) {
        CAPTURE(c.file);
        const QByteArray data = readFile(dataFile(c.file));
        auto report = desk.io->importPath(dataFile(c.file), u"import"_s);
        REQUIRE_FALSE(report.ok());
        INFO(report.error().toLogString().toStdString());
        CHECK(report.code() == ErrorCode::ImportInvalid);
        const QStringList &args = report.error().args;
        REQUIRE(args.size() == 5);
        CHECK(args.at(0) == c.file);
        CHECK(args.at(1) == QString::number(lineOf(data, c.marker, c.occurrence)));
        CHECK(args.at(2) == c.field);
        CHECK(args.at(3) == QString::number(c.problem));
        CHECK(args.at(4) == c.value);

        CHECK(desk.version() == version);
        CHECK(desk.rowCounts() == counts);
        CHECK(desk.exported(u"after.json"_s) == before);
    }

    SECTION("truncated JSON: the line and column where reading stopped")
    {
        const QByteArray data = readFile(dataFile(u"truncated.json"_s));
        auto report = desk.io->importPath(dataFile(u"truncated.json"_s), u"import"_s);
        REQUIRE_FALSE(report.ok());
        CHECK(report.code() == ErrorCode::ImportMalformed);
        const QStringList &args = report.error().args;
        REQUIRE(args.size() == 4);
        CHECK(args.at(0) == u"truncated.json"_s);
        const int lastLine = 1 + static_cast<int>(data.count('\n'));
        CHECK(args.at(1) == QString::number(lastLine));
        // Qt reports the offset where it gave up, at or just past the end of the text.
        const int lastLineLength = static_cast<int>(data.size() - data.lastIndexOf('\n') - 1);
        CHECK(args.at(2).toInt() >= lastLineLength);
        CHECK(args.at(2).toInt() <= lastLineLength + 2);
        CHECK_FALSE(args.at(3).isEmpty());
        CHECK(desk.version() == version);
        CHECK(desk.exported(u"after.json"_s) == before);
    }
    SECTION("a broken line in the middle of the file")
    {
        QByteArray data = readFile(dataFile(u"small.json"_s));
        const int line = lineOf(data, R"("name": "Centro di ascolto")");
        data.replace(R"("name": "Centro di ascolto")", R"("name" "Centro di ascolto")");
        auto report = desk.io->importJson(data, u"broken.json"_s, u"import"_s);
        REQUIRE_FALSE(report.ok());
        CHECK(report.code() == ErrorCode::ImportMalformed);
        CHECK(report.error().args.value(0) == u"broken.json"_s);
        CHECK(report.error().args.value(1) == QString::number(line));
        // The missing colon: Qt points at the quote that came instead (column 14) or just past it.
        const int column = report.error().args.value(2).toInt();
        CHECK(column >= 14);
        CHECK(column <= 15);
        CHECK(desk.exported(u"after.json"_s) == before);
    }
    SECTION("a document that is not an object")
    {
        auto report = desk.io->importJson("[1, 2]", u"list.json"_s, u"import"_s);
        CHECK(report.code() == ErrorCode::ImportInvalid);
        CHECK(report.error().args.value(3) == QString::number(FieldProblem::ExpectedObject));
        CHECK(desk.exported(u"after.json"_s) == before);
    }
    SECTION("a file that does not exist")
    {
        auto report = desk.io->importPath(dataFile(u"nope.json"_s), u"import"_s);
        CHECK(report.code() == ErrorCode::FileUnreadable);
        CHECK(desk.version() == version);
    }
}
