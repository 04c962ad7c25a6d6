// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue search snapshot kept between runs and updated with only the services that
// changed (decision 55): whatever path made it, it answers exactly as an index built afresh
// from the whole catalogue; a copy on disk that does not match its record is never used.
#include "catalogue/model.h"
#include "connection.h"
#include "peoplefixture.h"
#include "search/cataloguesearch.h"
#include "services/catalogueservice.h"
#include "services/searchsnapshots.h"
#include "sql.h"
#include "storage/cataloguerepository.h"
#include "storage/searchsnapshotstore.h"

#include <QFile>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using services::SearchSnapshots;
using test::PeopleDesk;
using Snapshot = std::shared_ptr<const search::CatalogueIndex>;

namespace {

Snapshot freshBuild(storage::Database &database, const Clock &clock)
{
    const storage::CatalogueRepository repository(database, clock);
    return search::CatalogueIndex::build(repository.summaries().value(),
                                         repository.searchRows().value());
}

// What a search shows: service ids in order, with their scores.
QList<std::pair<qint64, double>> shown(const Snapshot &index, const QString &text)
{
    search::CatalogueSearcher searcher(index);
    search::Request request;
    request.text = text;
    request.limit = 10000;
    request.now = QDateTime(QDate(2026, 12, 7), QTime(10, 0));
    QList<std::pair<qint64, double>> result;
    const search::Response response = searcher.search(request);
    for (const search::Hit &hit : response.hits)
        result.append({index->summary(hit.doc).id, hit.score});
    return result;
}

// Two snapshots are the same catalogue for every purpose the desk has.
void requireSame(const Snapshot &made, const Snapshot &fresh)
{
    REQUIRE(made->size() == fresh->size());
    CHECK(made->text().termCount() == fresh->text().termCount());
    CHECK(made->text().postingCount() == fresh->text().postingCount());
    for (uint32_t doc = 0; doc < fresh->size(); ++doc) {
        const catalogue::ServiceSummary &expected = fresh->summary(doc);
        const int other = made->docOf(expected.id);
        REQUIRE(other >= 0);
        const catalogue::ServiceSummary &actual = made->summary(static_cast<uint32_t>(other));
        CHECK(actual.name == expected.name);
        CHECK(actual.organizationName == expected.organizationName);
        CHECK(actual.status == expected.status);
        CHECK(actual.categories == expected.categories);
        CHECK(actual.comuni == expected.comuni);
        CHECK(actual.channels == expected.channels);
        CHECK(actual.rules == expected.rules);
        CHECK(actual.callWindow == expected.callWindow);
        CHECK(actual.places.size() == expected.places.size());
        for (qsizetype p = 0; p < std::min(actual.places.size(), expected.places.size()); ++p) {
            CHECK(actual.places.at(p).schedules == expected.places.at(p).schedules);
            CHECK(actual.places.at(p).exceptions == expected.places.at(p).exceptions);
        }
    }
    for (const QString &text : {u""_s, u"a"_s, u"bo"_s, u"assegno"_s, u"comune pioltello"_s,
                                u"isee"_s, u"centro ascolto"_s, u"zanzibarite"_s}) {
        INFO(text.toStdString());
        CHECK(shown(made, text) == shown(fresh, text));
    }
}

catalogue::Service firstService(PeopleDesk &desk)
{
    services::CatalogueService &catalogue = desk.services->catalogue();
    return catalogue.serviceByUid(catalogue.summaries().value().first().uid).value();
}

} // namespace

TEST_CASE("the search snapshot is built once, kept, and read back at the next start",
          "[services][catalogue][search][snapshot]")
{
    PeopleDesk desk(true);
    storage::Database &database = desk.profile->database();
    const Snapshot fresh = freshBuild(database, desk.clock);
    REQUIRE(fresh->size() > 10);

    SearchSnapshots first(database);
    const Snapshot built = first.next(nullptr).value();
    CHECK(first.lastStep().step == SearchSnapshots::Step::Built);
    requireSame(built, fresh);
    first.keep(*built);
    CHECK(first.lastStep().saved);
    const storage::SearchSnapshotStore store(database);
    REQUIRE(QFile::exists(store.filePath()));
    CHECK(QFile::permissions(store.filePath())
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
              | QFileDevice::WriteUser));

    // The next start reads it instead of indexing the catalogue again.
    SearchSnapshots second(database);
    const Snapshot loaded = second.next(nullptr).value();
    CHECK(second.lastStep().step == SearchSnapshots::Step::Loaded);
    CHECK(loaded->revision() == built->revision());
    requireSame(loaded, fresh);
    // Nothing changed: the same snapshot goes on.
    CHECK(second.next(loaded).value() == loaded);
    CHECK(second.lastStep().step == SearchSnapshots::Step::Unchanged);
}

TEST_CASE("a change indexes only the services it touched, and answers as a whole build",
          "[services][catalogue][search][snapshot]")
{
    PeopleDesk desk(true);
    storage::Database &database = desk.profile->database();
    services::CatalogueService &catalogue = desk.services->catalogue();
    SearchSnapshots snapshots(database);
    Snapshot current = snapshots.next(nullptr).value();
    snapshots.keep(*current);

    SECTION("a service's text and name")
    {
        catalogue::Service service = firstService(desk);
        service.name = u"Zanzibarite — sportello di prova"_s;
        service.description = u"Ora anche per chi colleziona zanzibarite."_s;
        REQUIRE(catalogue.saveService(desk.lead, service).ok());
        const Snapshot next = snapshots.next(current).value();
        CHECK(snapshots.lastStep().step == SearchSnapshots::Step::Updated);
        CHECK(snapshots.lastStep().changedServices == 1);
        requireSame(next, freshBuild(database, desk.clock));
        CHECK(shown(next, u"zanzibarite"_s).size() == 1);
    }
    SECTION("a service's status")
    {
        REQUIRE(catalogue
                    .setStatus(desk.lead, firstService(desk).uid,
                               catalogue::ServiceStatus::TemporarilyClosed, u"lavori"_s)
                    .ok());
        const Snapshot next = snapshots.next(current).value();
        CHECK(snapshots.lastStep().changedServices == 1);
        requireSame(next, freshBuild(database, desk.clock));
    }
    SECTION("an organization's name reaches every service it offers")
    {
        storage::CatalogueRepository repository(database, desk.clock);
        // The organization of the first service.
        const QString offering = firstService(desk).organizationUid;
        catalogue::Organization organization;
        const QList<catalogue::Organization> organizations = repository.organizations().value();
        for (const catalogue::Organization &o : organizations) {
            if (o.uid == offering)
                organization = o;
        }
        qsizetype offered = 0;
        const QList<catalogue::ServiceSummary> summaries = repository.summaries().value();
        for (const catalogue::ServiceSummary &s : summaries)
            offered += s.organizationName == organization.name ? 1 : 0;
        REQUIRE(offered > 0);
        organization.name = u"Ente rinominato di prova"_s;
        REQUIRE(repository.saveOrganization(organization, u"anna"_s).ok());
        const Snapshot next = snapshots.next(current).value();
        CHECK(snapshots.lastStep().changedServices >= offered);
        requireSame(next, freshBuild(database, desk.clock));
        CHECK_FALSE(shown(next, u"rinominato"_s).isEmpty());
    }
    SECTION("a service removed and a new one added")
    {
        const qint64 last = current->summary(current->size() - 1).id;
        const storage::SqlConnection db = storage::connectionOf(database);
        REQUIRE(storage::run(db, u"DELETE FROM services WHERE id = ?"_s, {last}).ok());
        catalogue::Service added = firstService(desk);
        added.id = 0;
        added.uid = u"svc-prova-nuovo"_s;
        added.name = u"Aaa servizio nuovo di prova"_s;
        for (catalogue::ServiceAtLocation &place : added.locations)
            place.uid.clear();
        REQUIRE(catalogue.saveService(desk.lead, added).ok());
        const Snapshot next = snapshots.next(current).value();
        CHECK(snapshots.lastStep().step == SearchSnapshots::Step::Updated);
        requireSame(next, freshBuild(database, desk.clock));
        // SQLite gives the new service the id the removed one had: it is the new one now.
        REQUIRE(next->docOf(last) >= 0);
        CHECK(next->summary(static_cast<uint32_t>(next->docOf(last))).name == added.name);
        CHECK(next->size() == current->size());
    }
    // A later start reads the copy and applies what changed since it.
    SearchSnapshots restarted(database);
    requireSame(restarted.next(nullptr).value(), freshBuild(database, desk.clock));
}

TEST_CASE("a copy of the snapshot that does not match its record is never used",
          "[services][catalogue][search][snapshot]")
{
    PeopleDesk desk(true);
    storage::Database &database = desk.profile->database();
    SearchSnapshots snapshots(database);
    const Snapshot built = snapshots.next(nullptr).value();
    snapshots.keep(*built);
    const storage::SearchSnapshotStore store(database);
    QFile file(store.filePath());
    REQUIRE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();

    SECTION("a byte changed")
    {
        bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x5a);
    }
    SECTION("cut short")
    {
        bytes.chop(bytes.size() / 3);
    }
    REQUIRE(file.resize(0));
    REQUIRE(file.write(bytes) == bytes.size());
    file.close();

    SearchSnapshots restarted(database);
    const Snapshot rebuilt = restarted.next(nullptr).value();
    CHECK(restarted.lastStep().step == SearchSnapshots::Step::Built);
    requireSame(rebuilt, freshBuild(database, desk.clock));
}

TEST_CASE("a snapshot's bytes that are not whole are refused, not read past",
          "[search][catalogue][snapshot]")
{
    PeopleDesk desk(true);
    const QByteArray bytes = freshBuild(desk.profile->database(), desk.clock)->toSnapshot();
    REQUIRE(search::CatalogueIndex::fromSnapshot(bytes, 7));
    CHECK(search::CatalogueIndex::fromSnapshot(bytes, 7)->revision() == 7);
    // Every cut, at a spread of lengths, is refused.
    for (qsizetype length = 0; length < bytes.size();
         length += std::max<qsizetype>(1, bytes.size() / 97))
        CHECK_FALSE(search::CatalogueIndex::fromSnapshot(bytes.left(length), 7));
    CHECK_FALSE(search::CatalogueIndex::fromSnapshot(bytes + QByteArray(1, '\0'), 7));
}
