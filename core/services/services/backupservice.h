// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/permissions.h"
#include "services/authorizer.h"
#include "services/servicecontext.h"
#include "support/result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

namespace sportello::services {

// Where and how often the desk backs itself up, as a coordinator set it.
struct BackupPlan
{
    static constexpr int kDefaultKeep = 7;
    static constexpr int kMaximumKeep = 60;
    static constexpr int kMaximumPeriodDays = 30;

    QString folder; // empty: no scheduled backups
    int periodDays = 1; // 0: only when a coordinator asks
    int keep = kDefaultKeep; // the newest backups kept in the folder, 1…60
};

// What the desk knows of its backups, for the home page and the backup page.
struct BackupStatus
{
    QDateTime lastSuccess; // UTC; null: never
    QString lastFile; // the name of the last backup written
    QDateTime lastAttempt; // UTC; null: never
    int lastErrorCode = 0; // ErrorCode of the last attempt, 0 when it succeeded
    QString lastErrorArgument; // the folder or file the error names
};

// What one backup wrote and what the rotation removed.
struct BackupOutcome
{
    QString path;
    int schemaVersion = 0;
    qint64 databaseBytes = 0;
    bool opensWithRecoveryKey = false; // it carries the recovery slot
    QStringList removed; // older backups of this desk removed from the folder (names)
};

// The desk's backups (issue 18, decision 59): the plan (a coordinator's, ConfigureDesk), the
// record of the last attempt, and the backup itself — a BackupFile named after the desk and
// the time in the plan's folder, then the rotation that keeps the newest N of this desk's
// backups there (nothing else in the folder is touched).
class BackupService final
{
public:
    explicit BackupService(const ServiceContext &context);

    [[nodiscard]] BackupPlan plan() const;
    // InvalidArgument (args {"keep"|"period_days", value}) out of bounds; audited as an edit.
    [[nodiscard]] Status setPlan(const security::Actor &actor, const BackupPlan &plan);
    [[nodiscard]] BackupStatus status() const;
    // Whether the schedule owes a backup at `now`: a folder and a period set, and the period
    // past since the last success; after a failure, not again for an hour.
    [[nodiscard]] bool isDue(const QDateTime &now) const;
    // A coordinator's own backup needs ConfigureDesk (a refusal is audited).
    [[nodiscard]] Status authorize(const security::Actor &actor);

    // Writes a backup of the database into `folder` and rotates the older ones, keeping `keep`:
    // callable from any thread (it reads no setting, records nothing; the database opens a
    // connection for the thread). BackupFolderMissing when the folder is not there.
    // Bytes done of the total (0 while the database is copied); false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    [[nodiscard]] static Result<BackupOutcome>
    writeBackup(storage::Database &database, const QString &folder, const QString &deskCode,
                int keep, const QDateTime &now, const Progress &progress = {});
    // The file name of a backup of the desk `deskCode` written at `at`:
    // "sportello-CODE-YYYYMMDD-HHMMSS.sportello-backup" (UTC), so that names sort by time.
    [[nodiscard]] static QString fileName(const QString &deskCode, const QDateTime &at);

    // The desk's short code as the names use it ("desk" until first run sets one).
    [[nodiscard]] QString deskCode() const;
    // Records the outcome of an attempt (on the thread that owns the services): the last
    // success or the error, and an audit row for a backup written (operator 0: the schedule
    // or the command line). A cancelled attempt counts as one that failed: the schedule waits
    // an hour before it tries again.
    [[nodiscard]] Status record(qint64 operatorId, const Result<BackupOutcome> &outcome);

private:
    storage::Database &m_database;
    const Clock &m_clock;
    storage::AuditLog &m_audit;
    ChangeNotifier &m_notifier;
    Authorizer m_authorizer;
};

} // namespace sportello::services
