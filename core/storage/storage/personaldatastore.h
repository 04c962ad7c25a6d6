// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace sportello::crypto {
class Vault;
}

namespace sportello::storage {

class Database;

// Personal fields at rest: every value sealed by the vault before it reaches SQLite, plus a
// blind index for exact look-ups (e.g. a codice fiscale) without decrypting anything. Works
// inside the caller's transaction when there is one. Fails with ErrorCode::VaultLocked while
// the vault is locked.
class PersonalDataStore final
{
public:
    PersonalDataStore(Database &database, const crypto::Vault &vault);

    [[nodiscard]] Status put(const QString &entityType, qint64 entityId, const QString &field,
                             const QString &value);
    [[nodiscard]] Result<QString> get(const QString &entityType, qint64 entityId,
                                      const QString &field) const;
    [[nodiscard]] Result<QMap<QString, QString>> all(const QString &entityType,
                                                     qint64 entityId) const;
    // The given fields of every entity of a type, by entity id (fields never stored are
    // missing from the map); one pass over the table, for in-memory directories. Ends with
    // ErrorCode::Cancelled as soon as `cancelled` (when given) is set, from any thread.
    [[nodiscard]] Result<QHash<qint64, QMap<QString, QString>>>
    allOfType(const QString &entityType, const QStringList &fields,
              const std::atomic<bool> *cancelled = nullptr) const;
    // Removes every field and index entry of an entity (erasure); works while locked too.
    [[nodiscard]] Status remove(const QString &entityType, qint64 entityId);

    // Makes the entity findable by this value for this purpose, replacing the value it had for
    // the purpose before (one value per purpose and entity); an empty value only unindexes.
    // The purpose names the field it indexes: "<entity type>.<field>" (rekey() relies on it).
    [[nodiscard]] Status index(const QString &purpose, const QString &normalizedValue,
                               const QString &entityType, qint64 entityId);
    [[nodiscard]] Result<QList<qint64>>
    lookup(const QString &purpose, const QString &normalizedValue, const QString &entityType) const;

    struct RekeyCounts
    {
        int fields = 0;
        int indexes = 0;
    };
    // During a key rotation (decision 34), with the vault already on the new key: re-seals every
    // field that `previous` opens and recomputes every index entry from its field, inside the
    // caller's transaction. `progress(done, total)` returning false stops with Cancelled.
    [[nodiscard]] Result<RekeyCounts> rekey(const crypto::Vault &previous,
                                            const std::function<bool(int, int)> &progress);

private:
    Database &m_database;
    const crypto::Vault &m_vault;
};

} // namespace sportello::storage
