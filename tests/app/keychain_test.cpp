// SPDX-License-Identifier: GPL-3.0-or-later
// The OS keychain adapter (decision 30), against the private Secret Service the ctest fixture
// starts (tests/support/keyring.sh), and the programs' behaviour when no keychain answers.
#include "appkeychain.h"
#include "clirun.h"
#include "services/accountservice.h"
#include "services/deskservices.h"
#include "storage/auditlog.h"
#include "storage/databasekey.h"
#include "storage/profile.h"
#include "testhelpers.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QThread>

#include <atomic>
#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;

TEST_CASE("the keychain keeps, gives back and forgets a secret", "[keychain]")
{
    auto &keychain = test::keychain();
    const QString account = u"test-%1"_s.arg(QCoreApplication::applicationPid());
    static constexpr char kSecret[] = "\x00\x01\xfe\xff binary secret";
    const QByteArray secret(kSecret, sizeof(kSecret) - 1); // with its NUL byte, not the last
    REQUIRE(keychain.write(account, secret).ok());
    auto back = keychain.read(account);
    REQUIRE(back.ok());
    CHECK(*back == secret);
    REQUIRE(keychain.write(account, "replaced").ok());
    CHECK(keychain.read(account).value() == "replaced");
    REQUIRE(keychain.remove(account).ok());
    CHECK(keychain.read(account).code() == ErrorCode::SecretNotFound);
    CHECK(keychain.remove(account).ok()); // already gone: not an error
}

TEST_CASE("the keychain answers another thread, and gives up on a busy one in time",
          "[keychain][thread]")
{
    // The background sync reads the hub's token from its own thread; QtKeychain's job queue is
    // not thread-safe, so the store runs every job in the thread that made it.
    auto &keychain = test::keychain();
    const QString account = u"thread-%1"_s.arg(QCoreApplication::applicationPid());
    REQUIRE(keychain.write(account, "from the main thread").ok());
    std::atomic<bool> done {false};
    QByteArrayList reads;
    Status written;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        for (int i = 0; i < 5; ++i)
            reads.append(keychain.read(account).valueOr("unreadable"));
        written = keychain.write(account, "from the worker");
        done = true;
    }));
    worker->start();
    // This thread keeps its event loop turning, as the app's GUI thread does.
    QElapsedTimer waited;
    waited.start();
    while (!done && waited.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    REQUIRE(worker->wait(10000));
    CHECK(reads == QByteArrayList(5, "from the main thread"));
    CHECK(written.ok());
    CHECK(keychain.read(account).value() == "from the worker");

    // A home thread that does not turn its loop: the caller gives up after its timeout, with
    // the keychain "unavailable" (never "no entry"), and nothing is left waiting for it.
    app::KeychainSecretStore quick(300);
    Result<QByteArray> late = makeError(ErrorCode::Internal);
    std::unique_ptr<QThread> blocked(QThread::create([&] { late = quick.read(account); }));
    blocked->start();
    REQUIRE(blocked->wait(10000)); // this thread runs no events meanwhile
    CHECK(late.code() == ErrorCode::SecretStoreUnavailable);
    QCoreApplication::processEvents(); // the job that was never started is dropped
    REQUIRE(keychain.remove(account).ok());
}

TEST_CASE("the desk's programs keep the database key in the keychain", "[keychain][cli]")
{
    test::TempDir dir;
    QProcess cli;
    cli.start(test::cliExecutable(),
              {u"--lang"_s, u"en"_s, u"--data-dir"_s, dir.path(), u"demo"_s});
    REQUIRE(cli.waitForFinished(120000));
    INFO(cli.readAllStandardError().toStdString());
    REQUIRE(cli.exitCode() == 0);
    QByteArray salt;
    REQUIRE(storage::databaseFileKind(dir.filePath(u"sportello.db"_s), &salt)
            == storage::DatabaseFileKind::Encrypted);
    auto key = test::keychain().read(storage::DatabaseKey::keychainAccount(salt));
    REQUIRE(key.ok());
    CHECK(key->size() == storage::DatabaseKey::kKeyBytes);
    // The raw connection the white-box tests use opens it with that key.
    CHECK(test::openRawDatabase(dir.filePath(u"sportello.db"_s)).ok());
}

TEST_CASE("without a keychain the programs say so and create nothing", "[keychain][cli]")
{
    test::TempDir dir;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
    environment.remove(u"DISPLAY"_s);
    QProcess cli;
    cli.setProcessEnvironment(environment);
    cli.start(test::cliExecutable(),
              {u"--lang"_s, u"en"_s, u"--data-dir"_s, dir.path(), u"demo"_s});
    REQUIRE(cli.waitForFinished(60000));
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    INFO(err.toStdString());
    CHECK(cli.exitCode() == 1);
    CHECK(err.contains(u"system keychain"_s));
    CHECK(err.contains(u"cannot be reached"_s));
    CHECK(storage::databaseFileKind(dir.filePath(u"sportello.db"_s))
          == storage::DatabaseFileKind::Missing);
}

TEST_CASE("the programs carry no test keychain and no way around the OS keychain",
          "[keychain][app]")
{
    for (const QString &path : {test::desktopExecutable(), test::cliExecutable()}) {
        QFile binary(path);
        REQUIRE(binary.open(QIODevice::ReadOnly));
        const QByteArray bytes = binary.readAll();
        INFO(path.toStdString());
        REQUIRE(bytes.size() > 100000);
        CHECK_FALSE(bytes.contains("MemorySecretStore"));
        CHECK_FALSE(bytes.contains("SPORTELLO_DB_KEY"));
        CHECK_FALSE(bytes.contains("SPORTELLO_TEST_KEYRING"));
        // The real one is there: the scan reads what the program holds.
        CHECK((bytes.contains("KeychainSecretStore") || bytes.contains("QKeychain")));
    }
}

namespace {
using Run = test::CliRun;

Run cli(const QString &dataDir, const QStringList &arguments, const QByteArray &input = {})
{
    return test::runCli(dataDir, arguments, input);
}
} // namespace

TEST_CASE("sportello-cli key restore puts a lost database key back with the recovery key",
          "[keychain][cli][recovery]")
{
    test::TempDir dir;
    QString recoveryKey;
    QByteArray salt;
    {
        auto profile = storage::Profile::open(dir.path(), test::keychain());
        REQUIRE(profile.ok());
        test::FakeClock clock;
        services::DeskServices desk((*profile)->database(), clock);
        auto first = desk.accounts().firstRun(
            {u"Centro"_s, u"Caritas"_s, u"015175"_s, u"PIO"_s, {u"Via Roma 1"_s}}, u"anna"_s,
            u"Anna"_s, u"una frase lunga da ricordare"_s);
        REQUIRE(first.ok());
        recoveryKey = first->recoveryKey;
    }
    REQUIRE(storage::databaseFileKind(dir.filePath(u"sportello.db"_s), &salt)
            == storage::DatabaseFileKind::Encrypted);
    const Run present = cli(dir.path(), {u"key"_s, u"status"_s});
    CHECK(present.exitCode == 0);
    CHECK(present.out.contains(u"Database: encrypted."_s));
    CHECK(present.out.contains(u"keychain: yes"_s));
    CHECK(present.out.contains(u"recovery key: yes"_s));

    // This computer's keychain loses the key (a new computer, a reset keyring).
    REQUIRE(test::keychain().remove(storage::DatabaseKey::keychainAccount(salt)).ok());
    const Run missing = cli(dir.path(), {u"db"_s, u"info"_s});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(u"not in this computer's keychain"_s));
    const Run status = cli(dir.path(), {u"key"_s, u"status"_s});
    CHECK(status.exitCode == 1);
    CHECK(status.out.contains(u"keychain: no"_s));

    const Run wrong = cli(dir.path(), {u"key"_s, u"restore"_s}, "AAAA-BBBB-CCCC\n");
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(u"not the recovery key"_s));
    CHECK(test::keychain().read(storage::DatabaseKey::keychainAccount(salt)).code()
          == ErrorCode::SecretNotFound);

    const Run restored
        = cli(dir.path(), {u"key"_s, u"restore"_s}, recoveryKey.toUtf8().toLower() + "\n");
    INFO(restored.err.toStdString());
    CHECK(restored.exitCode == 0);
    CHECK(restored.out.contains(u"back in this computer's keychain"_s));
    CHECK(cli(dir.path(), {u"db"_s, u"info"_s}).exitCode == 0);
    // Audited as the system, with no detail.
    const Run audit = cli(dir.path(), {u"audit"_s, u"list"_s});
    CHECK(audit.out.contains(u"key"_s, Qt::CaseInsensitive));
    auto profile = storage::Profile::open(dir.path(), test::keychain());
    REQUIRE(profile.ok());
    auto entries = storage::AuditLog((*profile)->database(), test::FakeClock()).entries({});
    REQUIRE(entries.ok());
    CHECK(entries->first().action == u"key_restored"_s);
    CHECK(entries->first().operatorId == 0);
}
