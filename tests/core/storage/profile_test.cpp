// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorysecretstore.h"
#include "storage/database.h"
#include "storage/profile.h"
#include "testhelpers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::storage;

namespace {
// Starts this test executable as a helper that opens the profile and holds it.
std::unique_ptr<QProcess> startHolder(const QString &dataDir)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(test::kHoldProfileEnv), dataDir);
    process->setProcessEnvironment(env);
    process->start(QCoreApplication::applicationFilePath(), {});
    REQUIRE(process->waitForStarted(10000));
    REQUIRE(process->waitForReadyRead(20000));
    REQUIRE(process->readLine().trimmed() == "locked");
    return process;
}
} // namespace

TEST_CASE("a profile creates its folder and database", "[storage][profile]")
{
    test::TempDir dir;
    const QString dataDir = dir.filePath(u"nested/profile"_s);
    auto profile = Profile::open(dataDir, sportello::test::secrets());
    REQUIRE(profile.ok());
    CHECK(QFile::exists(QDir(dataDir).filePath(u"sportello.db"_s)));
    CHECK((*profile)->database().schemaVersion() >= 1);
}

TEST_CASE("a second opening of the same profile is refused while the first holds it",
          "[storage][profile]")
{
    test::TempDir dir;
    auto first = Profile::open(dir.path(), sportello::test::secrets());
    REQUIRE(first.ok());
    auto second = Profile::open(dir.path(), sportello::test::secrets());
    REQUIRE_FALSE(second.ok());
    CHECK(second.code() == ErrorCode::ProfileLocked);
    first->reset();
    CHECK(Profile::open(dir.path(), sportello::test::secrets()).ok());
}

TEST_CASE("another process holding the profile is named, and its lock is recovered after a crash",
          "[storage][profile]")
{
    test::TempDir dir;
    auto holder = startHolder(dir.path());

    auto refused = Profile::open(dir.path(), sportello::test::secrets());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::ProfileLocked);
    CHECK(refused.error().args.value(1) == QString::number(holder->processId()));

    holder->kill(); // as a crash: no chance to release the lock
    REQUIRE(holder->waitForFinished(10000));
    CHECK(QFile::exists(QDir(dir.path()).filePath(u"sportello.lock"_s)));

    auto recovered = Profile::open(dir.path(), sportello::test::secrets());
    REQUIRE(recovered.ok());
    CHECK((*recovered)->database().integrityCheck().value() == u"ok"_s);
}

TEST_CASE("network file systems and UNC paths are recognised", "[storage][profile]")
{
    CHECK(isNetworkFilesystem("nfs4"));
    CHECK(isNetworkFilesystem("cifs"));
    CHECK(isNetworkFilesystem("fuse.sshfs"));
    CHECK_FALSE(isNetworkFilesystem("ext4"));
    CHECK_FALSE(isNetworkFilesystem("NTFS"));
    CHECK(isUncPath(u"\\\\server\\share\\sportello"_s));
    CHECK(isUncPath(u"//server/share"_s));
    CHECK_FALSE(isUncPath(u"C:\\Users\\desk"_s));

    auto refused = Profile::open(u"\\\\server\\share\\sportello"_s, sportello::test::secrets());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::NetworkFilesystem);
}

#if defined(Q_OS_UNIX)
TEST_CASE("a profile's folder and files are its user's alone", "[storage][profile]")
{
    test::TempDir dir;
    const QString dataDir = dir.filePath(u"profile"_s);
    const auto ownerOnly = [](const QString &path) {
        const QFileDevice::Permissions all = QFile::permissions(path);
        INFO(path.toStdString() << " " << int(all));
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
            | QFileDevice::ExeOther;
        return (all & others) == 0 && (all & QFileDevice::ReadOwner);
    };
    const QString db = QDir(dataDir).filePath(QString::fromLatin1(Profile::kDatabaseFileName));
    {
        auto profile = Profile::open(dataDir, sportello::test::secrets());
        REQUIRE(profile.ok());
        CHECK(ownerOnly(dataDir));
        const QStringList files {
            db, db + u"-wal"_s, db + u"-shm"_s,
            QDir(dataDir).filePath(QString::fromLatin1(Profile::kLockFileName))};
        for (const QString &file : files) {
            REQUIRE(QFile::exists(file));
            CHECK(ownerOnly(file));
        }
    }
    // A profile an older version left readable to everyone is restricted at its next opening.
    const auto everyone = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
        | QFileDevice::ReadOther;
    REQUIRE(QFile::setPermissions(
        dataDir, everyone | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther));
    REQUIRE(QFile::setPermissions(db, everyone));
    REQUIRE_FALSE(ownerOnly(db));
    auto again = Profile::open(dataDir, sportello::test::secrets());
    REQUIRE(again.ok());
    CHECK(ownerOnly(dataDir));
    CHECK(ownerOnly(db));
}
#endif
