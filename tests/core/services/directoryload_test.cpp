// SPDX-License-Identifier: GPL-3.0-or-later
// The person directory is read and decrypted on a thread of its own after login (issue 17):
// the window never waits for it, nothing committed meanwhile is lost, and a lock stops it
// before the key is wiped.
#include "peoplefixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::people;

namespace {

QList<qint64> idsOf(const Result<QList<DirectoryHit>> &hits)
{
    REQUIRE(hits.ok());
    QList<qint64> ids;
    for (const DirectoryHit &hit : *hits)
        ids.append(hit.personId);
    return ids;
}

} // namespace

TEST_CASE("the person directory loads in the background, and names committed meanwhile are in it",
          "[people][directory]")
{
    test::PeopleDesk desk;
    QList<qint64> rossi;
    for (int i = 0; i < 200; ++i)
        rossi.append(desk.create(u"Mario %1"_s.arg(i), u"Rossi"_s, 1950 + i % 50));
    const qint64 gone = rossi.takeLast();

    QSignalSpy ready(desk.changes, &services::ChangeNotifier::peopleDirectoryReady);
    desk.people->preloadDirectory();
    // The call returned at once: the directory comes later, on this thread's event loop.
    CHECK_FALSE(desk.people->directoryReady());
    CHECK(ready.isEmpty());

    // Meanwhile the counter goes on: a new person, an erasure, a name shown in a list.
    const qint64 zelinda = desk.create(u"Zelinda"_s, u"Quaglia"_s, 1961);
    desk.people->dropFromDirectory(gone);
    auto shown = desk.people->nameOf(desk.volunteer, rossi.first());
    REQUIRE(shown.ok());
    CHECK(shown->familyName == u"Rossi"_s);

    REQUIRE(ready.wait(30000));
    CHECK(ready.size() == 1);
    REQUIRE(desk.people->directoryReady());
    CHECK(idsOf(desk.people->search(desk.volunteer, u"quaglia"_s)) == QList<qint64> {zelinda});
    const QList<qint64> found = idsOf(desk.people->search(desk.volunteer, u"rossi"_s, 500));
    CHECK(found.size() == rossi.size());
    CHECK_FALSE(found.contains(gone));
    // Once loaded, a second call starts nothing.
    desk.people->preloadDirectory();
    QTest::qWait(50);
    CHECK(ready.size() == 1);
}

TEST_CASE("a duplicate check during the load waits for the directory rather than miss anyone",
          "[people][directory][duplicates]")
{
    test::PeopleDesk desk;
    for (int i = 0; i < 100; ++i)
        desk.create(u"Persona %1"_s.arg(i), u"Bianchi"_s);
    const qint64 nicolo = desk.create(u"Niccolò"_s, u"D'Amico"_s, 1975);
    desk.people->preloadDirectory();
    auto found = desk.people->possibleDuplicates(desk.volunteer,
                                                 desk.person(u"niccolo"_s, u"damico"_s, 1975));
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->first().personId == nicolo);
    CHECK(desk.people->directoryReady());
}

TEST_CASE("locking during the load stops it before the key is wiped, and delivers nothing",
          "[people][directory][lock]")
{
    test::PeopleDesk desk;
    for (int i = 0; i < 2000; ++i)
        desk.create(u"Giulia %1"_s.arg(i), u"Neri"_s);
    QSignalSpy ready(desk.changes, &services::ChangeNotifier::peopleDirectoryReady);
    desk.people->preloadDirectory();
    desk.services->lock(desk.lead); // forgets the names, then wipes the key
    CHECK_FALSE(desk.vault->isUnlocked());
    QTest::qWait(300);
    CHECK(ready.isEmpty());
    CHECK_FALSE(desk.people->directoryReady());

    // The next operator's turn loads it again.
    auto again = desk.accounts->login(u"anna"_s, u"una frase lunga da ricordare"_s);
    REQUIRE(again.ok());
    desk.people->preloadDirectory();
    REQUIRE(ready.wait(30000));
    CHECK(idsOf(desk.people->search(desk.volunteer, u"giulia 1999"_s)).size() == 1);
}
