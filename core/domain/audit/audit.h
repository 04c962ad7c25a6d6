// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sportello::audit {

// Stable action codes of the audit log.
inline constexpr char kLogin[] = "login";
inline constexpr char kLoginFailed[] = "login_failed";
inline constexpr char kLogout[] = "logout";
inline constexpr char kLock[] = "lock";
inline constexpr char kUnlockRecovery[] = "unlock_recovery";
inline constexpr char kView[] = "view";
inline constexpr char kLookup[] = "lookup"; // a person looked up by codice fiscale
inline constexpr char kCreate[] = "create";
inline constexpr char kEdit[] = "edit";
inline constexpr char kExport[] = "export";
inline constexpr char kImport[] = "import"; // a whole catalogue file (the command line, the demo)
inline constexpr char kErase[] = "erase";
inline constexpr char kPurge[] = "purge"; // automatic removal of an abandoned intake
// The retention job removed what expired (decision 37): counts only, never a person's id.
inline constexpr char kRetentionPurge[] = "retention_purge";
inline constexpr char kDenied[] = "denied";
inline constexpr char kAccountCreate[] = "account_create";
inline constexpr char kAccountDeactivate[] = "account_deactivate";
inline constexpr char kAccountReactivate[] = "account_reactivate";
inline constexpr char kAccountReset[] = "account_reset";
inline constexpr char kPasswordChange[] = "password_change";
inline constexpr char kSetup[] = "setup";
// The database key put back in the keychain from the recovery slot (decision 30).
inline constexpr char kKeyRestored[] = "key_restored";
// Every account's role and state sealed under the integrity key for the first time (an
// upgraded profile; decision 32). After this row, an account without a seal was tampered with.
inline constexpr char kAccountsSealed[] = "accounts_sealed";
// The vault's master key replaced and every sealed value, index and MAC redone (decision 34);
// entity "vault", outcome the counts ("fields=…;indexes=…;audit=…;accounts=…;wraps_removed=…").
inline constexpr char kKeyRotated[] = "key_rotated";
// A coordinator replaced the recovery key (lost or suspected); a key rotation follows.
inline constexpr char kRecoveryKeyReplaced[] = "recovery_key_replaced";
// The desk joined a district hub (entity "hub", id its address) or left it (issue 14).
inline constexpr char kHubEnrolled[] = "hub_enrolled";
inline constexpr char kHubLeft[] = "hub_left";
// A coordinator sent a quarantined outbox item again, or gave it up (entity "outbox", its id).
inline constexpr char kOutboxRequeued[] = "outbox_requeued";
inline constexpr char kOutboxDiscarded[] = "outbox_discarded";
// A destination's answer received through the hub moved a referral (entity "referral", its id).
inline constexpr char kNetworkAnswer[] = "network_answer";
// A backup of the desk written (entity "backup", id the file's name; issue 18), by a
// coordinator, the schedule (operator 0) or the command line; and a profile restored from one.
inline constexpr char kBackup[] = "backup";
inline constexpr char kBackupRestored[] = "backup_restored";

// The actions that can happen while the vault is locked, so their rows are written without a
// MAC and sealed at the next unlock. A row of any other action without one was forged.
[[nodiscard]] inline bool writtenWhileLocked(const QString &action)
{
    for (const char *code :
         {kLoginFailed, kLock, kLogout, kPurge, kRetentionPurge, kImport, kKeyRestored, kDenied,
          kHubEnrolled, kHubLeft, kNetworkAnswer, kBackup, kBackupRestored}) {
        if (action == QLatin1StringView(code))
            return true;
    }
    return false;
}

// One row of the audit log: codes and ids, never personal content.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    qint64 operatorId = 0; // 0: the system (first run, command line)
    QString action;
    QString entityType;
    QString entityId;
    QString outcome = QStringLiteral("ok");
};

struct AuditFilter
{
    QDateTime from; // inclusive, null: no bound
    QDateTime to; // exclusive, null: no bound
    qint64 operatorId = -1; // -1: any
    QString action; // empty: any
    // Only rows about these entities, each "type/id" (e.g. "person/42"); empty: any.
    QStringList entities;
    int limit = 1000; // 0: no limit
};

// What a chain check found.
struct AuditVerification
{
    bool intact = false;
    qint64 rows = 0;
    qint64 firstBadId = 0; // 0 when intact
    QString reason; // technical: "hash mismatch", "row missing", "last rows removed"
                    // (and "broken link", "sequence mismatch", "mac mismatch", "unsealed row",
                    // "time went backwards")
    // Whether the rows' MACs were checked too (the vault was unlocked): only then is a chain
    // recomputed by someone with the file, but without the key, detected.
    bool keyed = false;
    qint64 unsealedRows = 0; // written while locked, waiting for the next unlock
};

} // namespace sportello::audit
