// SPDX-License-Identifier: GPL-3.0-or-later
// The desk's backups (issue 18, point 2; decision 59): a coordinator's plan, backups named by
// desk and time in the chosen folder with the newest N kept, the last attempt recorded for the
// home page, and a backup on the stick that restores on another computer with every session.
#include "audit/audit.h"
#include "connection.h"
#include "memorysecretstore.h"
#include "peoplefixture.h"
#include "services/backupservice.h"
#include "sql.h"
#include "sqlite.h"
#include "storage/backupfile.h"
#include "storage/migration.h"
#include "storage/profile.h"
#include "storage/recoveryslot.h"

#include <QDir>
#include <QFile>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using services::BackupPlan;
using services::BackupService;

namespace {

QList<qint64> sessionIds(storage::Database &database)
{
    auto query
        = storage::run(storage::connectionOf(database), u"SELECT id FROM sessions ORDER BY id"_s);
    REQUIRE(query.ok());
    QList<qint64> ids;
    while (query->next())
        ids.append(query->value(0).toLongLong());
    return ids;
}

void touch(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("x");
}

} // namespace

TEST_CASE("a coordinator's backups go to the chosen folder, the newest kept, the last recorded",
          "[services][backup]")
{
    test::PeopleDesk desk;
    BackupService &backups = desk.services->backups();
    test::TempDir stick;

    // The plan is a coordinator's.
    BackupPlan plan {stick.path(), 1, 2};
    CHECK(backups.setPlan(desk.volunteer, plan).error().code == ErrorCode::PermissionDenied);
    CHECK(backups.setPlan(desk.lead, {stick.path(), 1, 0}).error().code
          == ErrorCode::InvalidArgument);
    CHECK(backups.setPlan(desk.lead, {stick.path(), 31, 2}).error().code
          == ErrorCode::InvalidArgument);
    REQUIRE(backups.setPlan(desk.lead, plan).ok());
    CHECK(backups.plan().folder == QDir::cleanPath(stick.path()));
    CHECK(backups.plan().keep == 2);
    CHECK(backups.isDue(desk.clock.nowUtc()));
    CHECK(backups.authorize(desk.volunteer).error().code == ErrorCode::PermissionDenied);
    CHECK(backups.authorize(desk.lead).ok());

    // What else is in the folder is never touched, another desk's backups included.
    const QString other = u"sportello-ALTRO-20260101-000000.sportello-backup"_s;
    touch(stick.filePath(other));
    touch(stick.filePath(u"appunti.txt"_s));

    // A file named like this desk's backups that is not one of them (another desk with the
    // same code, garbage) is never removed.
    const QString lookalike = u"sportello-PIO-CDA-20250101-000000.sportello-backup"_s;
    touch(stick.filePath(lookalike));

    QStringList written;
    for (int i = 0; i < 3; ++i) {
        auto outcome = BackupService::writeBackup(desk.profile->database(), backups.plan().folder,
                                                  backups.deskCode(), backups.plan().keep,
                                                  desk.clock.nowUtc());
        REQUIRE(outcome.ok());
        REQUIRE(backups.record(desk.lead.operatorId, outcome).ok());
        written.append(QFileInfo(outcome->path).fileName());
        CHECK(outcome->removed == (i == 2 ? QStringList {written.first()} : QStringList {}));
        desk.clock.advanceSecs(3600);
    }
    CHECK(written.first() == u"sportello-PIO-CDA-20260302-090000.sportello-backup"_s);
    QStringList present = QDir(stick.path()).entryList(QDir::Files, QDir::Name);
    CHECK(present
          == QStringList {u"appunti.txt"_s, other, lookalike, written.at(1), written.at(2)});

    const services::BackupStatus status = backups.status();
    CHECK(status.lastSuccess == desk.clock.nowUtc().addSecs(-3600));
    CHECK(status.lastFile == written.last());
    CHECK(status.lastErrorCode == 0);
    CHECK(desk.auditActions(u"backup"_s).count(QString::fromLatin1(audit::kBackup)) == 3);

    // Due again a period after the last success.
    CHECK_FALSE(backups.isDue(desk.clock.nowUtc()));
    desk.clock.advanceSecs(23 * 3600);
    CHECK(backups.isDue(desk.clock.nowUtc()));

    // The stick is gone: a failure recorded, tried again an hour later, not before.
    const Result<services::BackupOutcome> missing
        = BackupService::writeBackup(desk.profile->database(), stick.filePath(u"non-inserita"_s),
                                     backups.deskCode(), 2, desk.clock.nowUtc());
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::BackupFolderMissing);
    REQUIRE(backups.record(0, missing).ok());
    CHECK(backups.status().lastErrorCode == int(ErrorCode::BackupFolderMissing));
    CHECK(backups.status().lastSuccess == status.lastSuccess);
    CHECK_FALSE(backups.isDue(desk.clock.nowUtc()));
    desk.clock.advanceSecs(3601);
    CHECK(backups.isDue(desk.clock.nowUtc()));

    // A cancelled attempt waits an hour too; a schedule turned off owes nothing.
    REQUIRE(backups.record(0, makeError(ErrorCode::Cancelled, u"cancelled"_s)).ok());
    CHECK(backups.status().lastErrorCode == int(ErrorCode::Cancelled));
    CHECK_FALSE(backups.isDue(desk.clock.nowUtc()));
    REQUIRE(backups.setPlan(desk.lead, {stick.path(), 0, 2}).ok());
    CHECK_FALSE(backups.isDue(desk.clock.nowUtc()));
}

TEST_CASE("a backup on the stick restores on another computer with every session present",
          "[services][backup][recovery]")
{
    test::PeopleDesk desk;
    for (const auto &[given, family] :
         {std::pair {u"Walter"_s, u"Sala"_s}, std::pair {u"Irene"_s, u"Conti"_s}}) {
        const qint64 person = desk.create(given, family);
        people::Session session;
        session.personId = person;
        session.needs = {u"POV"_s};
        session.notes = u"pacco alimentare"_s;
        REQUIRE(desk.sessions->save(desk.volunteer, session).ok());
    }
    const QList<qint64> sessions = sessionIds(desk.profile->database());
    REQUIRE(sessions.size() == 2);
    test::TempDir stick;
    auto outcome = BackupService::writeBackup(desk.profile->database(), stick.path(), u"PIO-CDA"_s,
                                              7, desk.clock.nowUtc());
    REQUIRE(outcome.ok());
    CHECK(outcome->opensWithRecoveryKey);

    // Another computer: its keychain never held the desk's key.
    test::MemorySecretStore elsewhere;
    test::TempDir target;
    REQUIRE(storage::BackupFile::restore(outcome->path, target.path(),
                                         storage::MigrationSet::application().latestVersion())
                .ok());
    auto closed = storage::Profile::open(target.path(), elsewhere);
    REQUIRE_FALSE(closed.ok());
    CHECK(closed.error().code == ErrorCode::DatabaseKeyMissing);
    CHECK(storage::RecoverySlot::restoreKey(target.path(), u"not the key"_s, elsewhere).code()
          == ErrorCode::WrongCredentials);
    REQUIRE(storage::RecoverySlot::restoreKey(target.path(), desk.recoveryKey, elsewhere).ok());
    auto restored = storage::Profile::open(target.path(), elsewhere);
    REQUIRE(restored.ok());
    CHECK((*restored)->database().integrityCheck().value() == u"ok"_s);
    CHECK(sessionIds((*restored)->database()) == sessions);
}
