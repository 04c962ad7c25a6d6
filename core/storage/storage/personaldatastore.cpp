// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/personaldatastore.h"

#include "connection.h"
#include "crypto/vault.h"
#include "sql.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace sportello::storage {

namespace {

// Entity types are plain names: with no '/' in them the context "type/id/field" has one reading.
Status checkEntity(const QString &entityType)
{
    if (entityType.isEmpty() || entityType.contains(u'/'))
        return makeError(ErrorCode::InvalidArgument, u"entity type empty or with '/'"_s);
    return {};
}

// The associated data binding a sealed value to its place: "person/42/family_name".
QByteArray contextOf(const QString &entityType, qint64 entityId, const QString &field)
{
    return entityType.toUtf8() + '/' + QByteArray::number(entityId) + '/' + field.toUtf8();
}

Error lockedError()
{
    return makeError(ErrorCode::VaultLocked, u"the vault is locked"_s);
}

struct SealedRow
{
    QString entityType;
    qint64 entityId = 0;
    QString field;
    QByteArray sealed;
};

struct IndexRow
{
    QString purpose;
    QByteArray mac;
    QString entityType;
    qint64 entityId = 0;
};

Error cancelled()
{
    return makeError(ErrorCode::Cancelled, u"key rotation stopped"_s);
}

} // namespace

PersonalDataStore::PersonalDataStore(Database &database, const crypto::Vault &vault)
    : m_database(database)
    , m_vault(vault)
{ }

Status PersonalDataStore::put(const QString &entityType, qint64 entityId, const QString &field,
                              const QString &value)
{
    if (auto valid = checkEntity(entityType); !valid)
        return valid;
    if (field.isEmpty())
        return makeError(ErrorCode::InvalidArgument, u"empty field name"_s);
    auto sealed = m_vault.seal(value, contextOf(entityType, entityId, field));
    if (!sealed)
        return sealed.error();
    const SqlConnection db = connectionOf(m_database);
    auto tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    auto query = run(db,
                     u"INSERT INTO personal_fields(entity_type, entity_id, field, sealed) "
                     "VALUES (?, ?, ?, ?) ON CONFLICT(entity_type, entity_id, field) "
                     "DO UPDATE SET sealed = excluded.sealed"_s,
                     {entityType, entityId, field, *sealed});
    if (!query)
        return query.error();
    return tx->commit();
}

Result<QString> PersonalDataStore::get(const QString &entityType, qint64 entityId,
                                       const QString &field) const
{
    if (!m_vault.isUnlocked())
        return lockedError();
    auto sealed = scalar(connectionOf(m_database),
                         u"SELECT sealed FROM personal_fields "
                         "WHERE entity_type = ? AND entity_id = ? AND field = ?"_s,
                         {entityType, entityId, field});
    if (!sealed)
        return sealed.error();
    if (!sealed->isValid())
        return makeError(ErrorCode::NotFound, u"no such personal field"_s);
    return m_vault.open(sealed->toByteArray(), contextOf(entityType, entityId, field));
}

Result<QMap<QString, QString>> PersonalDataStore::all(const QString &entityType,
                                                      qint64 entityId) const
{
    if (!m_vault.isUnlocked())
        return lockedError();
    auto query = run(connectionOf(m_database),
                     u"SELECT field, sealed FROM personal_fields "
                     "WHERE entity_type = ? AND entity_id = ? ORDER BY field"_s,
                     {entityType, entityId});
    if (!query)
        return query.error();
    QMap<QString, QString> fields;
    while (query->next()) {
        const QString field = query->value(0).toString();
        auto value
            = m_vault.open(query->value(1).toByteArray(), contextOf(entityType, entityId, field));
        if (!value)
            return value.error();
        fields.insert(field, *value);
    }
    return fields;
}

Result<QHash<qint64, QMap<QString, QString>>>
PersonalDataStore::allOfType(const QString &entityType, const QStringList &fields,
                             const std::atomic<bool> *cancelled) const
{
    if (!m_vault.isUnlocked())
        return lockedError();
    if (fields.isEmpty())
        return QHash<qint64, QMap<QString, QString>>();
    // Only the wanted fields cross from SQLite: a person has six, the directory needs two.
    QString placeholders;
    QVariantList values {entityType};
    for (const QString &field : fields) {
        placeholders += placeholders.isEmpty() ? u"?"_s : u", ?"_s;
        values.append(field);
    }
    auto query = runValues(connectionOf(m_database),
                           u"SELECT entity_id, field, sealed FROM personal_fields "
                           "WHERE entity_type = ? AND field IN (%1)"_s.arg(placeholders),
                           values);
    if (!query)
        return query.error();
    QHash<qint64, QMap<QString, QString>> result;
    while (query->next()) {
        if (cancelled && cancelled->load(std::memory_order_relaxed))
            return makeError(ErrorCode::Cancelled, u"reading every %1 cancelled"_s.arg(entityType));
        const QString field = query->value(1).toString();
        const qint64 entityId = query->value(0).toLongLong();
        auto value
            = m_vault.open(query->value(2).toByteArray(), contextOf(entityType, entityId, field));
        if (!value)
            return value.error();
        result[entityId].insert(field, *value);
    }
    return result;
}

Status PersonalDataStore::remove(const QString &entityType, qint64 entityId)
{
    // Needs no key: erasure must work whatever the vault's state.
    const SqlConnection db = connectionOf(m_database);
    auto tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    for (const QString &sql :
         {u"DELETE FROM personal_fields WHERE entity_type = ? AND entity_id = ?"_s,
          u"DELETE FROM blind_index WHERE entity_type = ? AND entity_id = ?"_s}) {
        auto query = run(db, sql, {entityType, entityId});
        if (!query)
            return query.error();
    }
    return tx->commit();
}

Status PersonalDataStore::index(const QString &purpose, const QString &normalizedValue,
                                const QString &entityType, qint64 entityId)
{
    if (auto valid = checkEntity(entityType); !valid)
        return valid;
    std::optional<QByteArray> mac;
    if (!normalizedValue.isEmpty()) {
        auto computed = m_vault.blindIndex(purpose, normalizedValue);
        if (!computed)
            return computed.error();
        mac = std::move(computed).value();
    } else if (!m_vault.isUnlocked()) {
        return lockedError();
    }
    const SqlConnection db = connectionOf(m_database);
    auto tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    // One value per purpose and entity: a corrected value must not stay findable by the old one.
    auto removed = run(db,
                       u"DELETE FROM blind_index "
                       "WHERE purpose = ? AND entity_type = ? AND entity_id = ?"_s,
                       {purpose, entityType, entityId});
    if (!removed)
        return removed.error();
    if (mac) {
        auto inserted = run(db,
                            u"INSERT INTO blind_index(purpose, mac, entity_type, entity_id) "
                            "VALUES (?, ?, ?, ?)"_s,
                            {purpose, *mac, entityType, entityId});
        if (!inserted)
            return inserted.error();
    }
    return tx->commit();
}

Result<QList<qint64>> PersonalDataStore::lookup(const QString &purpose,
                                                const QString &normalizedValue,
                                                const QString &entityType) const
{
    auto mac = m_vault.blindIndex(purpose, normalizedValue);
    if (!mac)
        return mac.error();
    if (normalizedValue.isEmpty())
        return QList<qint64>();
    auto query = run(connectionOf(m_database),
                     u"SELECT entity_id FROM blind_index "
                     "WHERE purpose = ? AND mac = ? AND entity_type = ? ORDER BY entity_id"_s,
                     {purpose, *mac, entityType});
    if (!query)
        return query.error();
    QList<qint64> ids;
    while (query->next())
        ids.append(query->value(0).toLongLong());
    return ids;
}

Result<PersonalDataStore::RekeyCounts>
PersonalDataStore::rekey(const crypto::Vault &previous,
                         const std::function<bool(int, int)> &progress)
{
    if (!m_vault.isUnlocked() || !previous.isUnlocked())
        return makeError(ErrorCode::VaultLocked, u"rekey needs both keys"_s);
    const SqlConnection db = connectionOf(m_database);
    auto tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();

    QList<SealedRow> fields;
    auto query = run(db, u"SELECT entity_type, entity_id, field, sealed FROM personal_fields"_s);
    if (!query)
        return query.error();
    while (query->next())
        fields.append({query->value(0).toString(), query->value(1).toLongLong(),
                       query->value(2).toString(), query->value(3).toByteArray()});
    QList<IndexRow> indexes;
    query = run(db, u"SELECT purpose, mac, entity_type, entity_id FROM blind_index"_s);
    if (!query)
        return query.error();
    while (query->next())
        indexes.append({query->value(0).toString(), query->value(1).toByteArray(),
                        query->value(2).toString(), query->value(3).toLongLong()});

    const int total = int(fields.size() + indexes.size());
    int done = 0;
    // Every field is opened with the old key and sealed with the new one. A value the old key
    // does not open fails the rotation: it would be lost for good under the new key.
    for (const SealedRow &row : std::as_const(fields)) {
        const QByteArray context = contextOf(row.entityType, row.entityId, row.field);
        auto value = previous.open(row.sealed, context);
        if (!value)
            return value.error();
        auto sealed = m_vault.seal(*value, context);
        if (!sealed)
            return sealed.error();
        auto updated = run(db,
                           u"UPDATE personal_fields SET sealed = ? "
                           "WHERE entity_type = ? AND entity_id = ? AND field = ?"_s,
                           {*sealed, row.entityType, row.entityId, row.field});
        if (!updated)
            return updated.error();
        if (progress && !progress(++done, total))
            return cancelled();
    }
    // The index entries from the (re-sealed) fields they index.
    for (const IndexRow &row : std::as_const(indexes)) {
        const QString prefix = row.entityType + u'.';
        if (!row.purpose.startsWith(prefix))
            return makeError(ErrorCode::Internal, u"blind index purpose without its field"_s);
        auto value = get(row.entityType, row.entityId, row.purpose.mid(prefix.size()));
        if (!value)
            return value.error();
        auto mac = m_vault.blindIndex(row.purpose, *value);
        if (!mac)
            return mac.error();
        auto updated = run(db,
                           u"UPDATE blind_index SET mac = ? WHERE purpose = ? AND mac = ? "
                           "AND entity_type = ? AND entity_id = ?"_s,
                           {*mac, row.purpose, row.mac, row.entityType, row.entityId});
        if (!updated)
            return updated.error();
        if (progress && !progress(++done, total))
            return cancelled();
    }
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return RekeyCounts {int(fields.size()), int(indexes.size())};
}

} // namespace sportello::storage
