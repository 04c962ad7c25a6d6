// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/vaultwrapstore.h"

#include "connection.h"
#include "sql.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "support/clock.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace sportello::storage {

namespace {

const QString kKindOperator = u"operator"_s;
const QString kKindRecovery = u"recovery"_s;

Result<crypto::WrapRow> readRow(const SqlConnection &db, const QString &where,
                                const QVariant &operatorId)
{
    const QString sql
        = u"SELECT salt, opslimit, memlimit, nonce, wrapped_key, version, public_key, "
          "sealed_master FROM vault_wraps "_s
        + where;
    auto query = operatorId.isValid() ? run(db, sql, {operatorId}) : run(db, sql);
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound, u"no such vault wrap"_s);
    crypto::WrapRow row;
    row.salt = query->value(0).toByteArray();
    row.opsLimit = query->value(1).toULongLong();
    row.memLimit = query->value(2).toULongLong();
    row.nonce = query->value(3).toByteArray();
    row.wrappedKey = query->value(4).toByteArray();
    row.version = query->value(5).toInt();
    row.publicKey = query->value(6).toByteArray();
    row.sealedMaster = query->value(7).toByteArray();
    return row;
}

Status insertRow(const SqlConnection &db, const QString &kind, const QVariant &operatorId,
                 const crypto::WrapRow &row, const QString &createdAt)
{
    auto query
        = run(db,
              u"INSERT INTO vault_wraps(kind, operator_id, salt, opslimit, memlimit, "
              "nonce, wrapped_key, version, public_key, sealed_master, created_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
              {kind, operatorId, row.salt, qint64(row.opsLimit), qint64(row.memLimit), row.nonce,
               row.wrappedKey, row.version, row.publicKey, row.sealedMaster, createdAt});
    if (!query)
        return query.error();
    return {};
}

Status removeRows(const SqlConnection &db, const QString &where, const QVariant &operatorId)
{
    const QString sql = u"DELETE FROM vault_wraps "_s + where;
    auto query = operatorId.isValid() ? run(db, sql, {operatorId}) : run(db, sql);
    if (!query)
        return query.error();
    return {};
}

const QString kWhereOperator = u"WHERE kind = 'operator' AND operator_id = ?"_s;
const QString kWhereRecovery = u"WHERE kind = 'recovery'"_s;

} // namespace

VaultWrapStore::VaultWrapStore(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

Result<bool> VaultWrapStore::hasAnyWrap() const
{
    auto any = scalar(connectionOf(m_database), u"SELECT EXISTS (SELECT 1 FROM vault_wraps)"_s);
    if (!any)
        return any.error();
    return any->toInt() != 0;
}

Result<crypto::WrapRow> VaultWrapStore::operatorWrap(qint64 operatorId) const
{
    return readRow(connectionOf(m_database), kWhereOperator, operatorId);
}

Result<crypto::WrapRow> VaultWrapStore::recoveryWrap() const
{
    return readRow(connectionOf(m_database), kWhereRecovery, {});
}

Result<QList<qint64>> VaultWrapStore::operatorIds() const
{
    auto query = run(connectionOf(m_database),
                     u"SELECT operator_id FROM vault_wraps WHERE kind = 'operator' "
                     "ORDER BY operator_id"_s);
    if (!query)
        return query.error();
    QList<qint64> ids;
    while (query->next())
        ids.append(query->value(0).toLongLong());
    return ids;
}

Status VaultWrapStore::initialize(qint64 operatorId, const crypto::WrapRow &operatorRow,
                                  const crypto::WrapRow &recoveryRow)
{
    const SqlConnection db = connectionOf(m_database);
    auto tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    // Checked again inside the write lock: two first runs racing must not both win.
    auto any = hasAnyWrap();
    if (!any)
        return any.error();
    if (*any)
        return makeError(ErrorCode::AlreadyInitialized, u"the vault already has wraps"_s);
    const QString now = m_clock.nowUtc().toString(Qt::ISODate);
    if (auto status = insertRow(db, kKindOperator, operatorId, operatorRow, now); !status)
        return status;
    if (auto status = insertRow(db, kKindRecovery, QVariant(), recoveryRow, now); !status)
        return status;
    return tx->commit();
}

Status VaultWrapStore::putOperatorWrap(qint64 operatorId, const crypto::WrapRow &row)
{
    const SqlConnection db = connectionOf(m_database);
    auto tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    if (auto status = removeRows(db, kWhereOperator, operatorId); !status)
        return status;
    if (auto status
        = insertRow(db, kKindOperator, operatorId, row, m_clock.nowUtc().toString(Qt::ISODate));
        !status)
        return status;
    return tx->commit();
}

Status VaultWrapStore::putRecoveryWrap(const crypto::WrapRow &row)
{
    const SqlConnection db = connectionOf(m_database);
    auto tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    if (auto status = removeRows(db, kWhereRecovery, {}); !status)
        return status;
    if (auto status
        = insertRow(db, kKindRecovery, QVariant(), row, m_clock.nowUtc().toString(Qt::ISODate));
        !status)
        return status;
    return tx->commit();
}

Status VaultWrapStore::removeOperatorWrap(qint64 operatorId)
{
    const SqlConnection db = connectionOf(m_database);
    auto tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    if (auto status = removeRows(db, kWhereOperator, operatorId); !status)
        return status;
    return tx->commit();
}

} // namespace sportello::storage
