// SPDX-License-Identifier: GPL-3.0-or-later
// sportello-cli backup and restore (issue 18, point 2): a desk's backup restores into a new
// profile with every session, on this computer and, with the recovery key, on another; a desk
// that is running is not backed up from the command line, and it says what to do instead.
#include "appkeychain.h"
#include "clirun.h"
#include "people/model.h"
#include "services/accountservice.h"
#include "services/deskservices.h"
#include "services/peopleservice.h"
#include "services/sessionservice.h"
#include "sql.h"
#include "storage/databasekey.h"
#include "storage/profile.h"
#include "testhelpers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using test::runCli;

namespace {

int sessionCount(const QString &dataDir)
{
    auto db = test::openRawDatabase(QDir(dataDir).filePath(u"sportello.db"_s));
    REQUIRE(db.ok());
    return storage::scalar(*db, u"SELECT count(*) FROM sessions"_s).value().toInt();
}

bool folderHoldsNoDatabase(const QString &dataDir)
{
    return !QFile::exists(QDir(dataDir).filePath(u"sportello.db"_s))
        && !QFile::exists(QDir(dataDir).filePath(u"sportello.keys"_s));
}

} // namespace

TEST_CASE("sportello-cli backup and restore carry every session to a new profile, on another "
          "computer with the recovery key",
          "[cli][backup][keychain]")
{
    test::TempDir desk;
    QString recoveryKey;
    {
        auto profile = storage::Profile::open(desk.path(), test::keychain());
        REQUIRE(profile.ok());
        test::FakeClock clock;
        services::DeskServices services((*profile)->database(), clock);
        auto first = services.accounts().firstRun(
            {u"Centro"_s, u"Caritas"_s, u"015175"_s, u"PIO"_s, {u"Via Roma 1"_s}}, u"anna"_s,
            u"Anna"_s, u"una frase lunga da ricordare"_s);
        REQUIRE(first.ok());
        recoveryKey = first->recoveryKey;
        security::Actor volunteer = first->coordinator;
        volunteer.role = security::Role::Operatore;
        for (int i = 0; i < 3; ++i) {
            people::Person person;
            person.givenName = u"Persona"_s;
            person.familyName = u"Prova %1"_s.arg(i);
            auto id = services.people().create(volunteer, person);
            REQUIRE(id.ok());
            people::Session session;
            session.personId = *id;
            session.needs = {u"POV"_s};
            REQUIRE(services.sessions().save(volunteer, session).ok());
        }
    }
    REQUIRE(sessionCount(desk.path()) == 3);

    test::TempDir stick;
    const auto written = runCli(desk.path(), {u"backup"_s, u"--out"_s, stick.filePath(u"copia"_s)});
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    const QString file = stick.filePath(u"copia.sportello-backup"_s);
    CHECK(QFile::exists(file));
    CHECK(written.out.contains(u"Backup written"_s));
    CHECK(written.out.contains(u"recovery key"_s));
    // The same name again is refused; the first backup stays.
    CHECK(runCli(desk.path(), {u"backup"_s, u"--out"_s, file}).exitCode == 1);
    CHECK(runCli(desk.path(), {u"backup"_s}).exitCode == 2);

    // On this computer the keychain holds the key: the restore opens and checks it at once.
    test::TempDir here;
    const auto restored = runCli(here.path(), {u"restore"_s, file});
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(restored.out.contains(u"integrity check ok"_s));
    CHECK(sessionCount(here.path()) == 3);
    // Only into a new profile.
    const auto again = runCli(here.path(), {u"restore"_s, file});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(u"already holds a Sportello profile"_s));

    // Another computer: its keychain never held the key.
    QByteArray salt;
    REQUIRE(storage::databaseFileKind(desk.filePath(u"sportello.db"_s), &salt)
            == storage::DatabaseFileKind::Encrypted);
    REQUIRE(test::keychain().remove(storage::DatabaseKey::keychainAccount(salt)).ok());
    test::TempDir elsewhere;
    const auto keyless = runCli(elsewhere.path(), {u"restore"_s, file});
    CHECK(keyless.exitCode == 1);
    CHECK(keyless.err.contains(u"--with-recovery-key"_s));
    CHECK(folderHoldsNoDatabase(elsewhere.path())); // all or nothing: it can be run again
    const auto wrongKey = runCli(elsewhere.path(), {u"restore"_s, file, u"--with-recovery-key"_s},
                                 "AAAA-BBBB-CCCC\n");
    CHECK(wrongKey.exitCode == 1);
    CHECK(wrongKey.err.contains(u"not the recovery key"_s));
    CHECK(folderHoldsNoDatabase(elsewhere.path()));
    const auto withKey = runCli(elsewhere.path(), {u"restore"_s, file, u"--with-recovery-key"_s},
                                recoveryKey.toUtf8() + "\n");
    INFO(withKey.err.toStdString());
    REQUIRE(withKey.exitCode == 0);
    CHECK(sessionCount(elsewhere.path()) == 3);
    const auto audit = runCli(elsewhere.path(), {u"audit"_s, u"list"_s});
    CHECK(audit.out.contains(u"backup_restored"_s));
}

TEST_CASE("sportello-cli backup refuses a desk that is running and says what to do",
          "[cli][backup]")
{
    test::TempDir dir;
    REQUIRE(runCli(dir.path(), {u"demo"_s}).exitCode == 0);
    QProcess holder;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(test::kHoldProfileEnv), dir.path());
    holder.setProcessEnvironment(env);
    holder.start(QCoreApplication::applicationFilePath(), {});
    REQUIRE(holder.waitForReadyRead(20000));
    REQUIRE(holder.readLine().trimmed() == "locked");
    test::TempDir stick;
    const auto refused = runCli(dir.path(), {u"backup"_s, u"--out"_s, stick.filePath(u"copia"_s)});
    holder.kill();
    holder.waitForFinished(10000);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"Sportello is open on this profile"_s));
    CHECK(QDir(stick.path()).entryList(QDir::Files).isEmpty());
}
