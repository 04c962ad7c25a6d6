// SPDX-License-Identifier: GPL-3.0-or-later
// PersonalDataStore::rekey: the personal fields and blind index under a new master key.
#include "connection.h"
#include "crypto/vault.h"
#include "sql.h"
#include "storage/database.h"
#include "storage/personaldatastore.h"
#include "storage/transaction.h"

using namespace Qt::StringLiterals;

namespace sportello::storage {

namespace {

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

QByteArray contextOf(const QString &entityType, qint64 entityId, const QString &field)
{
    return entityType.toUtf8() + '/' + QByteArray::number(entityId) + '/' + field.toUtf8();
}

Error cancelled()
{
    return makeError(ErrorCode::Cancelled, u"key rotation stopped"_s);
}

} // namespace

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
