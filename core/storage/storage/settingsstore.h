// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"

#include <QString>

namespace sportello {
class Clock;
}

namespace sportello::storage {

class Database;

// Profile-wide key/value settings kept in the database (profile kind, demo version, …).
class SettingsStore final
{
public:
    SettingsStore(Database &database, const Clock &clock);

    [[nodiscard]] Result<QString> value(const QString &key, const QString &fallback = {}) const;
    [[nodiscard]] Status setValue(const QString &key, const QString &value);

private:
    Database &m_database;
    const Clock &m_clock;
};

// Well-known settings keys.
namespace settingskeys {
inline constexpr char kProfileKind[] = "profile.kind"; // "demo" or "desk"
inline constexpr char kDemoVersion[] = "demo.version";
inline constexpr char kDeskName[] = "desk.name";
inline constexpr char kDeskContacts[] = "desk.contacts"; // lines separated by \n
inline constexpr char kDeskOrganization[] = "desk.organization";
inline constexpr char kDeskComune[] = "desk.comune"; // ISTAT code
inline constexpr char kDeskCode[] = "desk.code"; // short code, e.g. PIO-CDA
// The district as the hub (or a demo profile) tells it: its name, its comuni's ISTAT codes
// separated by commas. Only these comuni leave the desk in an anonymized record.
inline constexpr char kDistrictName[] = "district.name";
inline constexpr char kDistrictComuni[] = "district.comuni";
inline constexpr char kIdleLockMinutes[] = "security.idle_lock_minutes";
// Months after a person's last contact before the retention job removes them (decision 37).
inline constexpr char kRetentionMonths[] = "people.retention_months";
// The smallest count a report that leaves the desk shows (issue 15): 3…20, 5 unless changed.
inline constexpr char kReportThreshold[] = "reports.threshold";
inline constexpr char kPrivacyNoticeText[] = "privacy.notice.text"; // empty: the built-in one
inline constexpr char kPrivacyNoticeVersion[] = "privacy.notice.version"; // "desk-N"
inline constexpr char kPrivacyNoticeUpdated[] = "privacy.notice.updated"; // ISO 8601, UTC
// The last audit.anchor queued: when (ISO 8601, UTC) and the head it carried.
inline constexpr char kAuditAnchorAt[] = "audit.anchor.at";
inline constexpr char kAuditAnchorHead[] = "audit.anchor.head";
// The first audit row whose time must not be before the previous row's (migration 10).
inline constexpr char kAuditMonotonicFrom[] = "audit.monotonic_from";
// A replacement of the master key owed (decision 34): why ("deactivation", "recovery_key"),
// empty when none. Set with the change that calls for it, cleared by the rotation's commit.
inline constexpr char kVaultRotationPending[] = "vault.rotation_pending";
// The district hub (issue 14; sync::HubConfig): its address, how it is trusted (a CA in PEM or
// a key pin in the "sha256/…" form), the catalogue's public key (base64), the keychain entry of
// the token (never the token), HTTP/2 ("1" or empty) and when the desk enrolled (ISO, UTC).
inline constexpr char kHubUrl[] = "hub.url";
inline constexpr char kHubCaPem[] = "hub.ca_pem";
inline constexpr char kHubPin[] = "hub.pin";
inline constexpr char kHubCatalogueKey[] = "hub.catalogue_key";
inline constexpr char kHubTokenAccount[] = "hub.token_account";
inline constexpr char kHubHttp2[] = "hub.http2";
inline constexpr char kHubEnrolledAt[] = "hub.enrolled_at";
// The sync's own state: why it is paused (a sync::failureCode, empty when it runs), the last
// round that reached the hub and the last round tried (ISO, UTC), the last round's problem.
inline constexpr char kSyncPaused[] = "sync.paused";
inline constexpr char kSyncLastSuccess[] = "sync.last_success";
inline constexpr char kSyncLastAttempt[] = "sync.last_attempt";
inline constexpr char kSyncLastError[] = "sync.last_error";
// The position in the desk's feed of the hub up to which every event was applied.
inline constexpr char kSyncFeedCursor[] = "sync.feed_cursor";
// The version of the district's catalogue applied last, and the ETag of that answer.
inline constexpr char kSyncCatalogueVersion[] = "sync.catalogue_version";
inline constexpr char kSyncCatalogueEtag[] = "sync.catalogue_etag";
// The desk's backups (issue 18, decision 59): the folder a coordinator chose, every how many
// days the schedule writes one (0: only by hand) and how many it keeps; the last success (ISO,
// UTC) and its file's name, the last attempt and its error ("code" and "argument", empty when
// it succeeded).
inline constexpr char kBackupFolder[] = "backup.folder";
inline constexpr char kBackupPeriodDays[] = "backup.period_days";
inline constexpr char kBackupKeep[] = "backup.keep";
inline constexpr char kBackupLastSuccess[] = "backup.last_success";
inline constexpr char kBackupLastFile[] = "backup.last_file";
inline constexpr char kBackupLastAttempt[] = "backup.last_attempt";
inline constexpr char kBackupLastError[] = "backup.last_error";
inline constexpr char kBackupLastErrorArgument[] = "backup.last_error_argument";
} // namespace settingskeys

} // namespace sportello::storage
