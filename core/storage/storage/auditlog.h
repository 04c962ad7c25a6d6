// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/audit.h"
#include "support/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sportello {
class Clock;
namespace crypto {
class Vault;
}
} // namespace sportello

namespace sportello::storage {

class Database;

// The append-only, hash-chained audit log: each row's hash covers its fields and the previous
// row's hash; SQLite triggers refuse UPDATE and DELETE (but for filling in a missing MAC).
// Rows hold codes and ids, never personal content. With the vault, each row also carries a
// MAC of its hash under the vault's integrity key (decision 32), so a chain recomputed by
// someone with the file does not verify; rows written while the vault is locked get theirs at
// the next unlock (seal()).
class AuditLog final
{
public:
    // With a vault, appending an action that cannot happen while locked fails with VaultLocked
    // when it is locked. Without one (the command line, which only writes such actions) rows
    // are written without a MAC.
    AuditLog(Database &database, const Clock &clock, const crypto::Vault *vault = nullptr);

    // Appends one row, inside the caller's write transaction if there is one (so the row
    // exists exactly when the audited change committed), else in its own. Its time is never
    // before the previous row's.
    [[nodiscard]] Status append(qint64 operatorId, const QString &action,
                                const QString &entityType = {}, const QString &entityId = {},
                                const QString &outcome = QStringLiteral("ok"));
    [[nodiscard]] Result<QList<audit::AuditEntry>> entries(const audit::AuditFilter &filter) const;
    // Whether any row records `action`: from the oldest row on, so an action of the desk's
    // first days (a one-off migration) is found at once in millions of rows.
    [[nodiscard]] Result<bool> containsAction(const QString &action) const;
    // Checks the chain; with the vault unlocked, the MACs too (AuditVerification::keyed).
    [[nodiscard]] Result<audit::AuditVerification> verify() const;
    // Which rows seal() gives a MAC to: the tail written while the vault was locked (only
    // rows of actions that can happen then, after the last sealed row), or once, for a profile
    // upgraded from before the MACs, every row without one.
    enum class SealScope { LockedTail, Legacy };
    // Needs the vault unlocked. Returns how many rows were sealed.
    [[nodiscard]] Result<int> seal(SealScope scope = SealScope::LockedTail);
    // During a key rotation (decision 34), with the vault already on the new key: gives every
    // row whose MAC the previous key vouches for a MAC under the new key. A row whose MAC does
    // not verify keeps it, so verify() still reports it. Returns how many rows were re-sealed.
    [[nodiscard]] Result<int> rekey(const crypto::Vault &previous);
    // The hash of the last row, empty for an empty log.
    [[nodiscard]] Result<QString> head() const;

private:
    [[nodiscard]] bool keyed() const;

    Database &m_database;
    const Clock &m_clock;
    const crypto::Vault *m_vault = nullptr;
};

} // namespace sportello::storage
