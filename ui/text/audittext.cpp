// SPDX-License-Identifier: GPL-3.0-or-later
#include "audittext.h"

#include "audit/audit.h"

#include <QHash>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace sportello::text {

namespace {
int clampedCount(qint64 count)
{
    return static_cast<int>(std::min<qint64>(count, std::numeric_limits<int>::max()));
}
} // namespace

QStringList AuditText::actionCodes()
{
    using namespace sportello::audit;
    const char *const codes[] = {kLogin,
                                 kLoginFailed,
                                 kLogout,
                                 kLock,
                                 kUnlockRecovery,
                                 kView,
                                 kCreate,
                                 kEdit,
                                 kExport,
                                 kErase,
                                 kDenied,
                                 kAccountCreate,
                                 kAccountReset,
                                 kAccountDeactivate,
                                 kPasswordChange,
                                 kSetup,
                                 kPurge,
                                 kKeyRestored,
                                 kImport,
                                 kLookup,
                                 kAccountReactivate,
                                 kAccountsSealed,
                                 kRetentionPurge,
                                 kKeyRotated,
                                 kRecoveryKeyReplaced,
                                 kHubEnrolled,
                                 kHubLeft,
                                 kOutboxRequeued,
                                 kOutboxDiscarded,
                                 kNetworkAnswer,
                                 kBackup,
                                 kBackupRestored};
    QStringList list;
    for (const char *code : codes)
        list.append(QString::fromLatin1(code));
    return list;
}

QString AuditText::action(const QString &code)
{
    using namespace sportello::audit;
    const QByteArray c = code.toLatin1();
    if (c == kLogin)
        return tr("Signed in");
    if (c == kLoginFailed)
        return tr("Failed sign-in");
    if (c == kLogout)
        return tr("Signed out");
    if (c == kLock)
        return tr("Locked the screen");
    if (c == kUnlockRecovery)
        return tr("Unlocked with the recovery key");
    if (c == kView)
        return tr("Viewed a record");
    if (c == kLookup)
        return tr("Looked up a codice fiscale");
    if (c == kCreate)
        return tr("Created a record");
    if (c == kEdit)
        return tr("Edited a record");
    if (c == kExport)
        return tr("Exported");
    if (c == kErase)
        return tr("Erased a record");
    if (c == kImport)
        return tr("Imported the catalogue");
    if (c == kKeyRestored)
        return tr("Restored the database key with the recovery key");
    if (c == kPurge)
        return tr("Removed automatically");
    if (c == kRetentionPurge)
        return tr("Removed what the retention period let expire");
    if (c == kDenied)
        return tr("Access denied");
    if (c == kAccountCreate)
        return tr("Created an account");
    if (c == kAccountDeactivate)
        return tr("Deactivated an account");
    if (c == kAccountReactivate)
        return tr("Reactivated an account");
    if (c == kAccountsSealed)
        return tr("Sealed the accounts' roles and states");
    if (c == kKeyRotated)
        return tr("Replaced the master key");
    if (c == kRecoveryKeyReplaced)
        return tr("Replaced the recovery key");
    if (c == kBackup)
        return tr("Wrote a backup of the desk");
    if (c == kBackupRestored)
        return tr("Restored the desk from a backup");
    if (c == kHubEnrolled)
        return tr("Connected the desk to the district network");
    if (c == kHubLeft)
        return tr("Disconnected the desk from the district network");
    if (c == kOutboxRequeued)
        return tr("Sent a record refused by the hub again");
    if (c == kOutboxDiscarded)
        return tr("Gave up a record refused by the hub");
    if (c == kNetworkAnswer)
        return tr("Recorded a destination's answer from the network");
    if (c == kAccountReset)
        return tr("Reset an account's password");
    if (c == kPasswordChange)
        return tr("Changed own password");
    if (c == kSetup)
        return tr("Set up the desk");
    return code;
}

QString AuditText::entity(const QString &type)
{
    static const QHash<QString, const char *> kinds {
        {u"operator"_s, QT_TR_NOOP("Operator")},
        {u"person"_s, QT_TR_NOOP("Person")},
        {u"session"_s, QT_TR_NOOP("Session")},
        {u"follow_up"_s, QT_TR_NOOP("Follow-up")},
        {u"referral"_s, QT_TR_NOOP("Referral")},
        {u"received_referral"_s, QT_TR_NOOP("Referral received")},
        {u"service"_s, QT_TR_NOOP("Service")},
        {u"catalogue"_s, QT_TR_NOOP("Catalogue")},
        {u"board"_s, QT_TR_NOOP("Board")},
        {u"backup"_s, QT_TR_NOOP("Backup")},
        {u"hub"_s, QT_TR_NOOP("District hub")},
        {u"outbox"_s, QT_TR_NOOP("Outbox")},
        {u"privacy_notice"_s, QT_TR_NOOP("Privacy notice")},
        {u"retention"_s, QT_TR_NOOP("Retention")},
        {u"setting"_s, QT_TR_NOOP("Setting")},
        {u"recovery"_s, QT_TR_NOOP("Recovery key")},
        {u"vault"_s, QT_TR_NOOP("Data keys")},
        {u"profile"_s, QT_TR_NOOP("Profile")},
        {u"subject_access"_s, QT_TR_NOOP("Access request")},
        {u"report"_s, QT_TR_NOOP("Report")},
    };
    const auto found = kinds.constFind(type);
    return found == kinds.constEnd() ? type : tr(*found);
}

QString AuditText::outcome(const QString &code)
{
    if (code == u"ok"_s)
        return tr("Succeeded");
    if (code == u"failed"_s)
        return tr("Failed");
    if (code == u"denied"_s)
        return tr("Denied");
    if (code == u"not_found"_s)
        return tr("Nobody found");
    if (code == u"inactive"_s)
        return tr("Account deactivated");
    if (code == u"must_change_password"_s)
        return tr("Password change pending");
    if (code == u"tampered"_s)
        return tr("Account changed outside Sportello");
    if (code == u"unknown_operator"_s)
        return tr("Unknown account");
    if (code == u"read_counter_records"_s)
        return tr("Counter records not readable by this role");
    if (code == u"export_data"_s)
        return tr("Exports not allowed for this role");
    if (code == u"subject_access"_s)
        return tr("Exports of a person's whole record not allowed for this role");
    if (code == u"configure_desk"_s)
        return tr("Desk settings not allowed for this role");
    return code;
}

QString AuditText::reason(const QString &reason)
{
    if (reason == u"hash mismatch"_s)
        return tr("its content no longer matches its fingerprint (the row was changed)");
    if (reason == u"broken link"_s)
        return tr("it no longer follows from the row before it (that row was changed or "
                  "replaced)");
    if (reason == u"row missing"_s)
        return tr("the row is missing (it was removed)");
    if (reason == u"last rows removed"_s)
        return tr("the log ends too early (its last rows were removed)");
    if (reason == u"sequence mismatch"_s)
        return tr("the log's row counter was altered");
    if (reason == u"mac mismatch"_s)
        return tr("its seal does not match: the row, or one before it, was rewritten outside "
                  "Sportello");
    if (reason == u"unsealed row"_s)
        return tr("it lacks the seal every row of its kind gets (it was added or rewritten "
                  "outside Sportello)");
    if (reason == u"time went backwards"_s)
        return tr("its time is earlier than the row before it");
    return reason;
}

QString AuditText::verification(const audit::AuditVerification &result)
{
    const int rows = clampedCount(result.rows);
    if (result.intact && !result.keyed)
        return tr("The audit log's chain is intact: %n row(s) checked, without their seals "
                  "(the screen is locked).",
                  nullptr, rows);
    if (result.intact && result.unsealedRows > 0)
        return tr("The audit log is intact: %n row(s) checked with their seals; the last %1, "
                  "written while the screen was locked, get theirs at the next login.",
                  nullptr, rows)
            .arg(QString::number(result.unsealedRows));
    if (result.intact)
        return tr("The audit log is intact: %n row(s) checked with their seals.", nullptr, rows);
    return tr("The audit log was altered at row %1: %2. %n row(s) checked.", nullptr, rows)
        .arg(QString::number(result.firstBadId), reason(result.reason));
}

} // namespace sportello::text
