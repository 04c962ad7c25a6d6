// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real sportello-cli executable and checks what it prints and how it exits.
#include "appkeychain.h"
#include "connection.h"
#include "crypto/vault.h"
#include "databasefiles.h"
#include "demo/demoprofile.h"
#include "demo/syntheticpeople.h"
#include "services/accountservice.h"
#include "services/deskservices.h"
#include "services/peopleservice.h"
#include "sql.h"
#include "sqlite.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/profile.h"
#include "testhelpers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(sportello::test::cliExecutable(), arguments);
    REQUIRE(process.waitForStarted(10000));
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return Run {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
}
} // namespace

TEST_CASE("sportello-cli --version and --help", "[cli]")
{
    const Run version = cli({u"--version"_s});
    CHECK(version.exitCode == 0);
    CHECK(version.out.trimmed() == u"sportello-cli " SPORTELLO_VERSION ""_s);

    const Run help = cli({u"--lang"_s, u"en"_s, u"--help"_s});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(u"--data-dir"_s));
    CHECK(help.out.contains(u"db info"_s));
    CHECK(help.out.contains(u"demo"_s));

    const Run italian = cli({u"--lang"_s, u"it"_s, u"--help"_s});
    CHECK(italian.out.contains(u"Comandi:"_s));
}

TEST_CASE("sportello-cli db info prints path, schema version and integrity", "[cli]")
{
    sportello::test::TempDir dir;
    const Run info = cli({u"--lang"_s, u"en"_s, u"--data-dir"_s, dir.path(), u"db"_s, u"info"_s});
    INFO(info.err.toStdString());
    CHECK(info.exitCode == 0);
    CHECK(info.out.contains(QDir::toNativeSeparators(dir.filePath(u"sportello.db"_s))));
    // A fresh profile is at the program's own schema version.
    const auto schema
        = QRegularExpression(u"Schema version:\\s+(\\d+) \\(this program: (\\d+)\\)"_s)
              .match(info.out);
    REQUIRE(schema.hasMatch());
    CHECK(schema.captured(1) == schema.captured(2));
    CHECK(schema.captured(1).toInt() >= 2);
    CHECK(info.out.contains(u"Integrity check: ok"_s));
    CHECK(info.err.isEmpty());
}

TEST_CASE("sportello-cli demo creates the demo profile once", "[cli]")
{
    sportello::test::TempDir dir;
    const Run first = cli({u"--lang"_s, u"en"_s, u"--data-dir"_s, dir.path(), u"demo"_s});
    INFO(first.err.toStdString());
    CHECK(first.exitCode == 0);
    CHECK(first.out.contains(u"Demo profile created"_s));
    const Run again = cli({u"--lang"_s, u"en"_s, u"--data-dir"_s, dir.path(), u"demo"_s});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(u"up to date"_s));
}

TEST_CASE("sportello-cli reports errors on stderr with a non-zero exit code", "[cli]")
{
    sportello::test::TempDir dir;
    const Run unknown = cli({u"--lang"_s, u"en"_s, u"frobnicate"_s});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.out.isEmpty());
    CHECK(unknown.err.contains(u"Unknown command"_s));

    const Run noCommand = cli({u"--lang"_s, u"en"_s});
    CHECK(noCommand.exitCode == 2);

    const Run badLang = cli({u"--lang"_s, u"xx"_s, u"db"_s, u"info"_s});
    CHECK(badLang.exitCode == 2);
    CHECK(badLang.err.contains(u"xx"_s));

    const Run missingValue = cli({u"--data-dir"_s});
    CHECK(missingValue.exitCode == 2);

    // A file where the data folder should be: the profile cannot be created.
    QFile blocker(dir.filePath(u"not-a-folder"_s));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const Run blocked
        = cli({u"--lang"_s, u"en"_s, u"--data-dir"_s, blocker.fileName(), u"db"_s, u"info"_s});
    CHECK(blocked.exitCode == 1);
    CHECK(blocked.err.contains(u"cannot be created"_s));
    CHECK(blocked.out.isEmpty());
}

TEST_CASE("sportello-cli refuses a profile another program has open", "[cli]")
{
    sportello::test::TempDir dir;
    // The CLI opens the profile itself; hold it from a second CLI is racy, so hold it here.
    QProcess holder;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(sportello::test::kHoldProfileEnv), dir.path());
    holder.setProcessEnvironment(env);
    holder.start(QCoreApplication::applicationFilePath(), {});
    REQUIRE(holder.waitForReadyRead(20000));
    REQUIRE(holder.readLine().trimmed() == "locked");

    const Run refused
        = cli({u"--lang"_s, u"it"_s, u"--data-dir"_s, dir.path(), u"db"_s, u"info"_s});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"già aperto"_s));
    holder.kill();
    holder.waitForFinished(10000);
}

TEST_CASE("sportello-cli exports the catalogue as a CSV package another desk imports", "[cli]")
{
    sportello::test::TempDir source;
    sportello::test::TempDir target;
    const QString package = source.filePath(u"package"_s);
    const Run demo = cli({u"--lang"_s, u"en"_s, u"--data-dir"_s, source.path(), u"demo"_s});
    REQUIRE(demo.exitCode == 0);
    const Run exported = cli({u"--lang"_s, u"en"_s, u"--data-dir"_s, source.path(), u"catalogue"_s,
                              u"export"_s, u"--format"_s, u"hsds-csv"_s, package});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(QFile::exists(QDir(package).filePath(u"datapackage.json"_s)));
    CHECK(QFile::exists(QDir(package).filePath(u"services.csv"_s)));

    const Run imported = cli({u"--lang"_s, u"en"_s, u"--data-dir"_s, target.path(), u"catalogue"_s,
                              u"import"_s, package});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const auto counts = QRegularExpression(u"Imported (\\d+) organizations, (\\d+) locations and "
                                           "(\\d+) services"_s)
                            .match(imported.out);
    REQUIRE(counts.hasMatch());
    CHECK(counts.captured(3).toInt() > 50);

    const Run found = cli({u"--lang"_s, u"en"_s, u"--data-dir"_s, target.path(), u"catalogue"_s,
                           u"search"_s, u"bollette"_s});
    INFO(found.err.toStdString());
    CHECK(found.exitCode == 0);
    CHECK(found.out.contains(QRegularExpression(u"\\d+ services? found"_s)));
    CHECK_FALSE(found.out.contains(u"No service found"_s));
    CHECK(found.out.contains(u"1. "_s));
}

TEST_CASE("sportello-cli audit verify and list on a desk's folder and a tampered copy",
          "[cli][audit]")
{
    sportello::test::TempDir dir;
    const Run demo = cli({u"--lang"_s, u"en"_s, u"--data-dir"_s, dir.path(), u"demo"_s});
    REQUIRE(demo.exitCode == 0);

    const Run fresh
        = cli({u"--lang"_s, u"en"_s, u"--data-dir"_s, dir.path(), u"audit"_s, u"verify"_s});
    INFO(fresh.err.toStdString());
    CHECK(fresh.exitCode == 0);
    CHECK(fresh.out.contains(u"The chain is intact."_s));
    CHECK(fresh.err.isEmpty());

    // Rows as the desktop app would write them.
    qint64 lastId = 0;
    {
        auto profile = sportello::storage::Profile::open(dir.path(), sportello::test::keychain());
        REQUIRE(profile.ok());
        sportello::test::FakeClock clock;
        sportello::storage::AuditLog log((*profile)->database(), clock);
        REQUIRE(log.append(7, u"login"_s).ok());
        clock.advanceSecs(30);
        REQUIRE(log.append(7, u"view"_s, u"person"_s, u"41"_s).ok());
        clock.advanceSecs(30);
        REQUIRE(log.append(7, u"export"_s, u"report"_s, u"2026-03"_s).ok());
        lastId
            = sportello::storage::scalar(sportello::storage::connectionOf((*profile)->database()),
                                         u"SELECT max(id) FROM audit_log"_s)
                  ->toLongLong();
        REQUIRE((*profile)->database().checkpoint().ok());
    }

    const Run intact
        = cli({u"--lang"_s, u"en"_s, u"--data-dir"_s, dir.path(), u"audit"_s, u"verify"_s});
    INFO(intact.err.toStdString());
    CHECK(intact.exitCode == 0);
    // "rows" once the English plural forms are generated, "row(s)" before.
    CHECK(intact.out.contains(u"Audit log: %1 row"_s.arg(lastId)));
    CHECK(intact.out.contains(u"The chain is intact."_s));

    const Run list = cli({u"--lang"_s, u"en"_s, u"--data-dir"_s, dir.path(), u"audit"_s, u"list"_s,
                          u"--limit"_s, u"2"_s});
    INFO(list.err.toStdString());
    CHECK(list.exitCode == 0);
    const QStringList lines = list.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3); // header and the two newest rows
    CHECK(lines.at(0).startsWith(u"Time"_s));
    CHECK(lines.at(1).contains(u"export"_s));
    CHECK(lines.at(1).contains(u"report 2026-03"_s));
    CHECK(lines.at(2).contains(u"person 41"_s));
    CHECK_FALSE(list.out.contains(u"login"_s));

    const Run badLimit = cli({u"--lang"_s, u"en"_s, u"--data-dir"_s, dir.path(), u"audit"_s,
                              u"list"_s, u"--limit"_s, u"zero"_s});
    CHECK(badLimit.exitCode == 2);

    // A copy of the folder, one row edited by someone who dropped the trigger.
    sportello::test::TempDir copy;
    REQUIRE(QFile::copy(dir.filePath(u"sportello.db"_s), copy.filePath(u"sportello.db"_s)));
    {
        auto raw = sportello::test::openRawDatabase(copy.filePath(u"sportello.db"_s));
        REQUIRE(raw.ok());
        sportello::storage::SqlQuery query(*raw);
        REQUIRE(query.exec(u"DROP TRIGGER audit_log_no_update"_s));
        REQUIRE(
            query.exec(u"UPDATE audit_log SET entity_id = '42' WHERE id = %1"_s.arg(lastId - 1)));
    }

    const Run tampered
        = cli({u"--lang"_s, u"en"_s, u"--data-dir"_s, copy.path(), u"audit"_s, u"verify"_s});
    CHECK(tampered.exitCode == 1);
    CHECK(tampered.out.contains(u"The chain is broken at row %1"_s.arg(lastId - 1)));
    CHECK(tampered.out.contains(u"the row was changed"_s));
    CHECK(tampered.err.isEmpty());

    // A folder without a database is an error, not an empty intact log.
    sportello::test::TempDir empty;
    const Run missing
        = cli({u"--lang"_s, u"en"_s, u"--data-dir"_s, empty.path(), u"audit"_s, u"verify"_s});
    CHECK(missing.exitCode == 1);
    CHECK(missing.out.isEmpty());
    CHECK(missing.err.contains(u"no Sportello database"_s));
    CHECK_FALSE(QFile::exists(empty.filePath(u"sportello.db"_s)));
}

namespace {
// Every byte of a profile's database files, decrypted with the key the keychain holds (see
// databasefiles.h): what the desk itself wrote, not merely what the file encryption hides.
QByteArray databaseBytes(const QString &folderPath)
{
    sportello::test::setScanSecrets(&sportello::test::keychain());
    const QByteArray bytes = sportello::test::databaseBytes(folderPath);
    sportello::test::setScanSecrets(nullptr);
    REQUIRE_FALSE(bytes.isEmpty());
    return bytes;
}

// What of a person must never be stored in clear: the codice fiscale, the phone number and
// the names (alone only when at least five bytes long, so that random bytes of the encrypted
// fields cannot match by chance, and not already in the demo's own clear text — the demo
// accounts' display names, the catalogue).
QList<QByteArray> clearTexts(const sportello::demo::SyntheticPerson &person,
                             const QByteArray &baseline)
{
    QList<QByteArray> texts;
    for (const QString &code : {person.codiceFiscale, person.phone}) {
        texts.append(code.toUtf8());
        texts.append(code.toLower().toUtf8());
    }
    const QStringList fullNames {person.givenName + u' ' + person.familyName,
                                 person.familyName + u' ' + person.givenName};
    for (const QString &name : fullNames) {
        texts.append(name.toUtf8());
        texts.append(name.toUpper().toUtf8());
    }
    for (const QString &name : {person.givenName, person.familyName}) {
        for (const QString &form : {name, name.toLower(), name.toUpper()}) {
            const QByteArray bytes = form.toUtf8();
            if (bytes.size() >= 5 && !baseline.contains(bytes))
                texts.append(bytes);
        }
    }
    return texts;
}
} // namespace

TEST_CASE("sportello-cli demo --people stores synthetic people with nothing personal in clear",
          "[cli][demo]")
{
    // The demo alone: its clear text (catalogue, account names) is the baseline.
    sportello::test::TempDir plain;
    const Run demo = cli({u"--lang"_s, u"en"_s, u"--data-dir"_s, plain.path(), u"demo"_s});
    REQUIRE(demo.exitCode == 0);
    const QByteArray baseline = databaseBytes(plain.path());

    sportello::test::TempDir dir;
    constexpr quint64 kSeed = 20260302;
    constexpr int kCount = 50;
    const Run added
        = cli({u"--lang"_s, u"en"_s, u"--data-dir"_s, dir.path(), u"demo"_s, u"--people"_s,
               QString::number(kCount), u"--seed"_s, QString::number(kSeed)});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.contains(u"Demo profile created"_s));
    CHECK(added.out.contains(u"Adding people: 10% (5 of 50)"_s));
    CHECK(added.out.contains(u"Adding people: 100% (50 of 50)"_s));
    const auto summary
        = QRegularExpression(u"Added 50 (people|person\\(s\\)) with (\\d+) session"_s)
              .match(added.out);
    REQUIRE(summary.hasMatch());
    CHECK(summary.captured(2).toInt() >= kCount);
    CHECK(added.err.isEmpty());

    // The people the CLI drew with that seed (the CLI's clock is the system's).
    sportello::demo::SyntheticPeople generator(kSeed);
    QList<sportello::demo::SyntheticPerson> people;
    for (int i = 0; i < kCount; ++i)
        people.append(generator.next(QDate::currentDate()));

    auto findClear = [&people, &baseline](const QByteArray &bytes) {
        QStringList found;
        for (int i = 0; i < people.size(); ++i) {
            for (const QByteArray &text : clearTexts(people.at(i), baseline)) {
                if (bytes.contains(text))
                    found.append(u"person %1, a text of %2 bytes"_s.arg(i).arg(text.size()));
            }
        }
        return found;
    };
    // As the CLI left the files, then after another program opened and closed the profile
    // (which folds the WAL into the main file).
    CHECK(findClear(databaseBytes(dir.path())).isEmpty());
    {
        sportello::test::FakeClock clock(QDateTime::currentDateTimeUtc());
        auto profile = sportello::storage::Profile::open(dir.path(), sportello::test::keychain());
        REQUIRE(profile.ok());
        sportello::services::DeskServices desk((*profile)->database(), clock);
        const auto &lead = sportello::demo::kDemoAccounts[0];
        auto actor = desk.accounts().login(QString::fromUtf8(lead.username),
                                           QString::fromUtf8(lead.password));
        REQUIRE(actor.ok());
        sportello::services::PeopleService &directory = desk.people();
        // The scan means something only if the people are there.
        for (const auto &person : std::as_const(people)) {
            auto hits = directory.search(*actor, person.codiceFiscale);
            REQUIRE(hits.ok());
            REQUIRE(hits->size() == 1);
            CHECK(hits->first().familyName == person.familyName);
        }
        REQUIRE((*profile)->database().checkpoint().ok());
    }
    CHECK(findClear(databaseBytes(dir.path())).isEmpty());

    const Run verify
        = cli({u"--lang"_s, u"en"_s, u"--data-dir"_s, dir.path(), u"audit"_s, u"verify"_s});
    CHECK(verify.exitCode == 0);
    CHECK(verify.out.contains(u"The chain is intact."_s));
}

TEST_CASE("sportello-cli demo --people refuses bad numbers", "[cli][demo]")
{
    sportello::test::TempDir dir;
    for (const QString &value : {u"0"_s, u"-3"_s, u"ten"_s, u"500001"_s}) {
        const Run refused = cli(
            {u"--lang"_s, u"en"_s, u"--data-dir"_s, dir.path(), u"demo"_s, u"--people"_s, value});
        CHECK(refused.exitCode == 2);
        CHECK(refused.err.contains(u"--people needs a number of people from 1 to 500000."_s));
    }
    const Run badSeed = cli({u"--lang"_s, u"en"_s, u"--data-dir"_s, dir.path(), u"demo"_s,
                             u"--people"_s, u"5"_s, u"--seed"_s, u"x"_s});
    CHECK(badSeed.exitCode == 2);
    const Run seedAlone
        = cli({u"--lang"_s, u"en"_s, u"--data-dir"_s, dir.path(), u"demo"_s, u"--seed"_s, u"1"_s});
    CHECK(seedAlone.exitCode == 2);
    // Nothing was created by a refused command.
    CHECK_FALSE(QFile::exists(dir.filePath(u"sportello.db"_s)));
}
