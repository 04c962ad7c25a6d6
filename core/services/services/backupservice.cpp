// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/backupservice.h"

#include "audit/audit.h"
#include "services/changenotifier.h"
#include "storage/auditlog.h"
#include "storage/backupfile.h"
#include "storage/settingsstore.h"
#include "storage/transaction.h"
#include "support/clock.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sportello::services {

namespace keys = storage::settingskeys;

namespace {
constexpr char kEntity[] = "backup";
constexpr char kSettingEntity[] = "setting";
constexpr int kRetryAfterFailureMinutes = 60;

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// The desk code as a file name may carry it: letters, digits and dashes.
QString fileSafe(const QString &code)
{
    QString safe;
    for (const QChar c : code) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'-')
            safe.append(c);
    }
    return safe.isEmpty() ? u"desk"_s : safe.left(40);
}

QRegularExpression backupNamePattern(const QString &deskCode)
{
    return QRegularExpression(
        u"^sportello-"_s + QRegularExpression::escape(fileSafe(deskCode)) + u"-\\d{8}-\\d{6}"_s
        + QRegularExpression::escape(QString::fromLatin1(storage::BackupFile::kSuffix)) + u'$');
}
} // namespace

BackupService::BackupService(const ServiceContext &context)
    : m_database(context.database)
    , m_clock(context.clock)
    , m_audit(context.audit)
    , m_notifier(context.notifier)
    , m_authorizer(context)
{ }

BackupPlan BackupService::plan() const
{
    const storage::SettingsStore settings(m_database, m_clock);
    BackupPlan plan;
    plan.folder = settings.value(key(keys::kBackupFolder)).valueOr(QString());
    bool ok = false;
    const int period = settings.value(key(keys::kBackupPeriodDays)).valueOr(QString()).toInt(&ok);
    if (ok && period >= 0 && period <= BackupPlan::kMaximumPeriodDays)
        plan.periodDays = period;
    const int keep = settings.value(key(keys::kBackupKeep)).valueOr(QString()).toInt(&ok);
    if (ok && keep >= 1 && keep <= BackupPlan::kMaximumKeep)
        plan.keep = keep;
    return plan;
}

Status BackupService::setPlan(const security::Actor &actor, const BackupPlan &plan)
{
    if (auto allowed = m_authorizer.require(actor, security::Permission::ConfigureDesk,
                                            key(kSettingEntity), key(keys::kBackupFolder));
        !allowed)
        return allowed;
    if (plan.keep < 1 || plan.keep > BackupPlan::kMaximumKeep)
        return makeError(ErrorCode::InvalidArgument, u"keep out of range"_s,
                         {u"keep"_s, QString::number(plan.keep)});
    if (plan.periodDays < 0 || plan.periodDays > BackupPlan::kMaximumPeriodDays)
        return makeError(ErrorCode::InvalidArgument, u"period out of range"_s,
                         {u"period_days"_s, QString::number(plan.periodDays)});
    const QString folder
        = plan.folder.trimmed().isEmpty() ? QString() : QDir::cleanPath(plan.folder.trimmed());
    auto tx = storage::Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    storage::SettingsStore settings(m_database, m_clock);
    for (const auto &[name, value] :
         {std::pair {keys::kBackupFolder, folder},
          std::pair {keys::kBackupPeriodDays, QString::number(plan.periodDays)},
          std::pair {keys::kBackupKeep, QString::number(plan.keep)}}) {
        if (auto saved = settings.setValue(key(name), value); !saved)
            return saved;
    }
    // The schedule goes to the log (a coordinator can tell when backups stopped), the folder
    // only as set or not: its path may hold an operator's name.
    if (auto audited
        = m_audit.append(actor.operatorId, key(audit::kEdit), key(kSettingEntity),
                         u"%1=%2;%3=%4;%5=%6"_s.arg(
                             key(keys::kBackupFolder), folder.isEmpty() ? u"none"_s : u"set"_s,
                             key(keys::kBackupPeriodDays), QString::number(plan.periodDays),
                             key(keys::kBackupKeep), QString::number(plan.keep)));
        !audited)
        return audited;
    m_notifier.announce(*tx, &ChangeNotifier::backupChanged);
    return tx->commit();
}

BackupStatus BackupService::status() const
{
    const storage::SettingsStore settings(m_database, m_clock);
    const auto time = [&settings](const char *name) {
        return QDateTime::fromString(settings.value(key(name)).valueOr(QString()), Qt::ISODate)
            .toUTC();
    };
    BackupStatus status;
    status.lastSuccess = time(keys::kBackupLastSuccess);
    status.lastAttempt = time(keys::kBackupLastAttempt);
    status.lastFile = settings.value(key(keys::kBackupLastFile)).valueOr(QString());
    status.lastErrorCode = settings.value(key(keys::kBackupLastError)).valueOr(QString()).toInt();
    status.lastErrorArgument
        = settings.value(key(keys::kBackupLastErrorArgument)).valueOr(QString());
    return status;
}

bool BackupService::isDue(const QDateTime &now) const
{
    const BackupPlan current = plan();
    if (current.folder.isEmpty() || current.periodDays <= 0)
        return false;
    const BackupStatus last = status();
    if (last.lastErrorCode != 0 && last.lastAttempt.isValid()
        && last.lastAttempt.addSecs(kRetryAfterFailureMinutes * 60) > now)
        return false;
    return !last.lastSuccess.isValid() || last.lastSuccess.addDays(current.periodDays) <= now;
}

Status BackupService::authorize(const security::Actor &actor)
{
    return m_authorizer.require(actor, security::Permission::ConfigureDesk, key(kEntity));
}

QString BackupService::fileName(const QString &deskCode, const QDateTime &at)
{
    return u"sportello-%1-%2%3"_s.arg(fileSafe(deskCode), at.toUTC().toString(u"yyyyMMdd-HHmmss"_s),
                                      QString::fromLatin1(storage::BackupFile::kSuffix));
}

QString BackupService::deskCode() const
{
    return storage::SettingsStore(m_database, m_clock)
        .value(key(keys::kDeskCode))
        .valueOr(QString());
}

Result<BackupOutcome> BackupService::writeBackup(storage::Database &database, const QString &folder,
                                                 const QString &deskCode, int keep,
                                                 const QDateTime &now, const Progress &progress)
{
    const QDir dir(folder);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        return makeError(ErrorCode::BackupFolderMissing, u"no backup folder"_s,
                         {QDir::toNativeSeparators(folder)});
    BackupOutcome outcome;
    outcome.path = dir.filePath(fileName(deskCode, now));
    auto header = storage::BackupFile::write(database, outcome.path, now, progress);
    if (!header)
        return header.error();
    outcome.schemaVersion = header->schemaVersion;
    outcome.databaseBytes = header->databaseBytes;
    outcome.opensWithRecoveryKey = !header->recoverySlot.isEmpty();

    // Rotation: only this desk's backups, by name (the names sort by time), newest kept; and
    // of those only the files whose header names this very database (another desk with the
    // same code, or none yet, may share the folder).
    const QRegularExpression ours = backupNamePattern(deskCode);
    QStringList names = dir.entryList(
        {u"sportello-*"_s + QString::fromLatin1(storage::BackupFile::kSuffix)}, QDir::Files);
    names.removeIf([&ours](const QString &name) { return !ours.match(name).hasMatch(); });
    std::sort(names.begin(), names.end(), std::greater<>());
    const QString written = QFileInfo(outcome.path).fileName();
    for (qsizetype i = std::max(keep, 1); i < names.size(); ++i) {
        if (names.at(i) == written)
            continue;
        const QString path = dir.filePath(names.at(i));
        auto other = storage::BackupFile::readHeader(path);
        if (other && other->salt == header->salt && QFile::remove(path))
            outcome.removed.append(names.at(i));
    }
    return outcome;
}

Status BackupService::record(qint64 operatorId, const Result<BackupOutcome> &outcome)
{
    auto tx = storage::Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    storage::SettingsStore settings(m_database, m_clock);
    const QString now = m_clock.now().toUTC().toString(Qt::ISODate);
    QList<std::pair<const char *, QString>> values {{keys::kBackupLastAttempt, now}};
    if (outcome) {
        values.append({keys::kBackupLastSuccess, now});
        values.append({keys::kBackupLastFile, QFileInfo(outcome->path).fileName()});
        values.append({keys::kBackupLastError, QString()});
        values.append({keys::kBackupLastErrorArgument, QString()});
    } else {
        values.append({keys::kBackupLastError, QString::number(int(outcome.error().code))});
        values.append({keys::kBackupLastErrorArgument, outcome.error().args.value(0)});
    }
    for (const auto &[name, value] : values) {
        if (auto saved = settings.setValue(key(name), value); !saved)
            return saved;
    }
    if (outcome) {
        if (auto audited = m_audit.append(operatorId, key(audit::kBackup), key(kEntity),
                                          QFileInfo(outcome->path).fileName());
            !audited)
            return audited;
    }
    m_notifier.announce(*tx, &ChangeNotifier::backupChanged);
    return tx->commit();
}

} // namespace sportello::services
