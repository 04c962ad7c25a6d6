// SPDX-License-Identifier: GPL-3.0-or-later
// People and sessions at a desk's scale, on a demo profile in a temporary folder:
//  (a) saving a session with three needs, two services and its audit row through
//      SessionService::save (one durable transaction at synchronous=FULL), on a small profile
//      and again once it holds N people;
//  (b) N synthetic people (demo::addSyntheticPeople, setup only), then loading the person
//      directory (the first PeopleService::search decrypts every name; then again on its own
//      thread, as after login, with a heartbeat on this thread) and name queries typed
//      letter by letter ("ro", "ros", …, "rossi m") through PeopleService::search;
//  (c) opening the timeline (SessionService::timeline) of people with five sessions.
// Prints figures; never passes or fails. See docs/performance.md.
// Usage: people_bench [--people N=200000] [--sessions N=2000] [--queries N=2000] [--folder DIR]
#include "connection.h"
#include "crypto/vault.h"
#include "demo/demopeople.h"
#include "demo/demoprofile.h"
#include "demo/syntheticpeople.h"
#include "memorysecretstore.h"
#include "people/persondirectory.h"
#include "services/accountservice.h"
#include "services/changenotifier.h"
#include "services/deskservices.h"
#include "services/peopleservice.h"
#include "services/sessionservice.h"
#include "sql.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/peoplerepository.h"
#include "storage/profile.h"
#include "storage/settingsstore.h"
#include "support/clock.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

#ifdef Q_OS_LINUX
#include <malloc.h>
#include <time.h>
#endif

using namespace Qt::StringLiterals;
using namespace sportello;

namespace {

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = static_cast<size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values.at(index);
}

// A timed operation: wall-clock time, and the thread's CPU time (Linux), which leaves out the
// waits for the disk.
struct Sample
{
    std::vector<double> wall;
    std::vector<double> cpu;
};

double threadCpuMs()
{
#ifdef Q_OS_LINUX
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
#else
    return 0;
#endif
}

// Times one call of `work` into `sample`.
template<typename Work>
void measure(Sample &sample, Work &&work)
{
    const double cpu = threadCpuMs();
    QElapsedTimer timer;
    timer.start();
    work();
    sample.wall.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    sample.cpu.push_back(threadCpuMs() - cpu);
}

void report(const char *what, const Sample &sample)
{
    const std::vector<double> &ms = sample.wall;
    if (ms.empty())
        return;
    std::printf("%-42s median %7.3f  p90 %7.3f  p99 %7.3f  max %7.3f ms  cpu median %6.3f  "
                "p99 %6.3f ms  (n=%zu)\n",
                what, percentile(ms, 0.5), percentile(ms, 0.9), percentile(ms, 0.99),
                *std::max_element(ms.begin(), ms.end()), percentile(sample.cpu, 0.5),
                percentile(sample.cpu, 0.99), ms.size());
    std::fflush(stdout);
}

// Heap bytes in use, in MiB (glibc only; 0 elsewhere): unlike RSS it drops when memory is freed.
double heapMiB()
{
#if defined(Q_OS_LINUX) && defined(__GLIBC__)
    return static_cast<double>(mallinfo2().uordblks) / (1024.0 * 1024.0);
#else
    return 0;
#endif
}

double elapsedMs(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// Resident memory in MiB (Linux only; 0 elsewhere).
double residentMiB()
{
#ifdef Q_OS_LINUX
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
#endif
    return 0;
}

double folderMiB(const QString &path)
{
    qint64 bytes = 0;
    QDirIterator it(path, QDir::Files);
    while (it.hasNext()) {
        it.next();
        bytes += it.fileInfo().size();
    }
    return static_cast<double>(bytes) / (1024.0 * 1024.0);
}

[[noreturn]] void fail(const char *what, const Error &error)
{
    std::fprintf(stderr, "%s failed: %s\n", what, qPrintable(error.toLogString()));
    std::exit(1);
}

// The session the counter saves most: three needs, two services, a short note.
people::Session typicalSession(qint64 personId, int index)
{
    people::Session s;
    s.personId = personId;
    s.type = index % 5 == 0 ? u"ACCOGL"_s : u"ORIENT"_s;
    s.needs = {u"POV.UTENZE"_s, u"CAS.AFFITTO"_s, u"OCC.DISOCC"_s};
    s.services = {{u"svc-isee-dsu"_s, {}, 0}, {u"svc-bonus-sociale-luce-gas"_s, {}, 0}};
    s.outcomes = {u"INFO"_s, u"ORIENT_SERV"_s};
    s.durationMinutes = 30;
    s.notes = u"Portati i documenti richiesti; da verificare l'ISEE aggiornato."_s;
    return s;
}

// What typing a person's name looks like: two letters of the family name, then one more at a
// time, then a space and up to three letters of the given name.
QStringList typedQueries(const demo::SyntheticPerson &person)
{
    const QString family = person.familyName.toLower();
    const QString given = person.givenName.toLower();
    QStringList typed;
    for (qsizetype n = 2; n <= family.size(); ++n)
        typed.append(family.left(n));
    for (qsizetype n = 1; n <= std::min<qsizetype>(3, given.size()); ++n)
        typed.append(family + u' ' + given.left(n));
    return typed;
}

struct Options
{
    int people = 200000;
    int sessions = 2000;
    int queries = 2000;
    QString folder;
};

Options parseOptions(const QStringList &args)
{
    Options options;
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        const QString &name = args.at(i);
        const QString &value = args.at(i + 1);
        if (name == u"--people")
            options.people = std::max(100, value.toInt());
        else if (name == u"--sessions")
            options.sessions = std::max(50, value.toInt());
        else if (name == u"--queries")
            options.queries = std::max(50, value.toInt());
        else if (name == u"--folder")
            options.folder = value;
    }
    return options;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(QCoreApplication::arguments());
    QTemporaryDir temporary;
    const QString folder = options.folder.isEmpty() ? temporary.path() : options.folder;
    const SystemClock clock;

    auto opened = storage::Profile::open(folder, sportello::test::secrets());
    if (!opened)
        fail("open profile", opened.error());
    storage::Profile &profile = **opened;
    storage::Database &database = profile.database();
    const auto synchronous
        = storage::scalar(storage::connectionOf(database), u"PRAGMA synchronous"_s);
    const auto journal = storage::scalar(storage::connectionOf(database), u"PRAGMA journal_mode"_s);
    std::printf("Sportello people benchmark: %d people, %d sessions, %d queries, folder %s\n",
                options.people, options.sessions, options.queries, qPrintable(folder));
    std::printf("PRAGMA synchronous = %s (2 = FULL), journal_mode = %s\n",
                qPrintable(synchronous ? synchronous->toString() : u"?"_s),
                qPrintable(journal ? journal->toString() : u"?"_s));

    if (auto seeded = demo::seedDemoProfile(profile, clock); !seeded)
        fail("demo profile", seeded.error());
    services::DeskServices desk(database, clock);
    const crypto::Vault &vault = desk.context().vault;
    services::AccountService &accounts = desk.accounts();
    const demo::DemoAccount &lead = demo::kDemoAccounts[0];
    auto actor = accounts.login(QString::fromUtf8(lead.username), QString::fromUtf8(lead.password));
    if (!actor)
        fail("login", actor.error());
    services::PeopleService &people = desk.people();
    services::SessionService &sessions = desk.sessions();

    // The floor under every save: one durable transaction writing one row.
    Sample floor;
    storage::SettingsStore settings(database, clock);
    for (int i = 0; i < 200; ++i) {
        measure(floor, [&] {
            if (auto set = settings.setValue(u"bench.counter"_s, QString::number(i)); !set)
                fail("setting", set.error());
        });
    }
    report("(a) durable one-row transaction (floor)", floor);

    // (a) Sessions of five each for a fifth as many people, created through the service.
    demo::SyntheticPeople counterPeople(0xBE7C);
    QList<qint64> timelinePeople;
    Sample create;
    for (int i = 0; i < options.sessions / 5; ++i) {
        const demo::SyntheticPerson drawn = counterPeople.next(clock.today());
        people::Person person;
        person.givenName = drawn.givenName;
        person.familyName = drawn.familyName;
        person.codiceFiscale = drawn.codiceFiscale;
        person.phone = drawn.phone;
        person.address = drawn.address;
        measure(create, [&] {
            auto id = people.create(*actor, person);
            if (!id)
                fail("create person", id.error());
            timelinePeople.append(*id);
        });
        auto consent = people.recordConsent(*actor, timelinePeople.last(),
                                            people::ConsentPurpose::PersonalData,
                                            people::ConsentMethod::SignedForm, u"bench"_s);
        if (!consent)
            fail("consent", consent.error());
    }
    auto saveSessions = [&](Sample &sample, int count) {
        for (int i = 0; i < count; ++i) {
            const people::Session session
                = typicalSession(timelinePeople.at(i % timelinePeople.size()), i);
            measure(sample, [&] {
                if (auto id = sessions.save(*actor, session); !id)
                    fail("save session", id.error());
            });
        }
    };
    Sample save;
    saveSessions(save, options.sessions);
    report("(a) create a person", create);
    report("(a) save a session (3 needs, 2 services)", save);

    // (b) The rest of the people, written in batches by the generator.
    const int existing = 7 + int(timelinePeople.size());
    const int toAdd = std::max(1, options.people - existing);
    constexpr quint64 kSeed = 2026;
    QElapsedTimer setup;
    setup.start();
    int shown = 0;
    auto added = demo::addSyntheticPeople(profile, clock, toAdd, kSeed, [&](int done) {
        const int tenths = int(qint64(done) * 10 / toAdd);
        if (tenths > shown) {
            shown = tenths;
            std::printf("  setup: %d people added (%.0f s)\n", done, elapsedMs(setup) / 1000);
            std::fflush(stdout);
        }
        return true;
    });
    if (!added)
        fail("synthetic people", added.error());
    const double setupS = elapsedMs(setup) / 1000;
    const int total = existing + added->people;
    std::printf("(b) setup: %d people, %d sessions, %d follow-ups in %.1f s (%.0f people/s); "
                "database %.0f MiB\n",
                added->people, added->sessions, added->followUps, setupS,
                added->people / std::max(setupS, 0.001), folderMiB(folder));

    // Where the first search's time and the directory's memory go.
    {
        const double heapBefore = heapMiB();
        QElapsedTimer timer;
        timer.start();
        auto names = storage::PeopleRepository(database, vault).names();
        if (!names)
            fail("names", names.error());
        const double readMs = elapsedMs(timer);
        timer.restart();
        people::PersonDirectory directory;
        directory.reset(*names);
        const double buildMs = elapsedMs(timer);
        names->clear();
        std::printf("(b) %d names: read and decrypt %.0f ms, build the directory %.0f ms; "
                    "directory heap %.0f MiB\n",
                    total, readMs, buildMs, heapMiB() - heapBefore);
    }
    people.forget();
    const double rssBefore = residentMiB();
    QElapsedTimer load;
    load.start();
    auto first = people.search(*actor, u"ro"_s);
    if (!first)
        fail("first search", first.error());
    const double loadMs = elapsedMs(load);
    std::printf("(b) first search (loads the directory): %.0f ms; RSS %.0f -> %.0f MiB\n", loadMs,
                rssBefore, residentMiB());

    // The load as the desk does it after login (issue 17): on a thread of its own, while a 1 ms
    // timer on this (the GUI) thread measures the longest time it was kept from running.
    {
        people.forget();
        QElapsedTimer wall;
        QEventLoop loop;
        QTimer heartbeat;
        heartbeat.setTimerType(Qt::PreciseTimer);
        heartbeat.setInterval(1);
        qint64 last = 0;
        qint64 longest = 0;
        int beats = 0;
        QObject::connect(&heartbeat, &QTimer::timeout, &loop, [&] {
            const qint64 now = wall.nsecsElapsed();
            longest = std::max(longest, now - last);
            last = now;
            ++beats;
        });
        QObject::connect(&desk.notifier(), &services::ChangeNotifier::peopleDirectoryReady, &loop,
                         &QEventLoop::quit);
        wall.start();
        heartbeat.start();
        people.preloadDirectory();
        const double returnedMs = double(wall.nsecsElapsed()) / 1e6;
        loop.exec();
        const double readyMs = double(wall.nsecsElapsed()) / 1e6;
        heartbeat.stop();
        longest = std::max(longest, wall.nsecsElapsed() - last);
        std::printf("(b) directory loaded after login on its own thread: the call returned in "
                    "%.2f ms, ready after %.0f ms; GUI-thread heartbeat (1 ms timer) %d beats, "
                    "longest gap %.1f ms (target < 16)\n",
                    returnedMs, readyMs, beats, double(longest) / 1e6);
        if (!people.directoryReady())
            std::fprintf(stderr, "the background load did not deliver a directory\n");
    }

    demo::SyntheticPeople named(kSeed);
    QList<demo::SyntheticPerson> population;
    for (int i = 0; i < added->people; ++i)
        population.append(named.next(clock.today()));
    QRandomGenerator pick(1234);
    Sample queries;
    Sample shortQueries; // two letters: the widest prefixes
    int hits = 0;
    while (int(queries.wall.size()) < options.queries) {
        const auto &person = population.at(pick.bounded(int(population.size())));
        for (const QString &typed : typedQueries(person)) {
            Sample &sample = typed.size() == 2 ? shortQueries : queries;
            measure(sample, [&] {
                auto found = people.search(*actor, typed);
                if (!found)
                    fail("search", found.error());
                hits += int(found->size());
            });
            if (&sample == &shortQueries) {
                queries.wall.push_back(sample.wall.back());
                queries.cpu.push_back(sample.cpu.back());
            }
        }
    }
    report("(b) name query while typing", queries);
    report("(b)   of which two-letter prefixes", shortQueries);
    std::printf("    (%d hits in all, limit 20 per query)\n", hits);

    // (c) Timelines of people with five sessions and a consent (each open is audited).
    Sample timelines;
    for (int round = 0; round < 5; ++round) {
        for (const qint64 id : std::as_const(timelinePeople)) {
            measure(timelines, [&] {
                if (auto entries = sessions.timeline(*actor, id); !entries)
                    fail("timeline", entries.error());
            });
        }
    }
    report("(c) open a timeline (5 sessions)", timelines);

    // (a) again, now that the profile is full.
    Sample fullSave;
    saveSessions(fullSave, options.sessions / 4);
    report("(a) save a session, full profile", fullSave);
    return 0;
}
