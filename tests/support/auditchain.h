// SPDX-License-Identifier: GPL-3.0-or-later
// For white-box tests: the audit chain as someone with the file and the stock tools could
// write it — the documented v1 record (docs/decisions.md 11) and its SHA-256, with no key.
// Used to forge rows (to prove the MAC catches them) and to write the rows of old schema
// fixtures, whose audit_log had no mac column.
#pragma once

#include "sql.h"
#include "sqlite.h"

#include <QCryptographicHash>

namespace sportello::test {

inline QString auditRowHash(const QStringList &fields)
{
    QByteArray out = QByteArrayLiteral("sportello-audit-v1\n");
    for (const QString &field : fields) {
        const QByteArray bytes = field.toUtf8();
        out += QByteArray::number(bytes.size()) + ':' + bytes + '\n';
    }
    return QString::fromLatin1(QCryptographicHash::hash(out, QCryptographicHash::Sha256).toHex());
}

// Recomputes prev_hash and hash of every row from `fromId` on, as a forger would after
// editing a row (the append-only triggers must have been dropped first).
inline Status rechainAuditLog(const storage::SqlConnection &db, qint64 fromId)
{
    auto rows = storage::run(db,
                             QStringLiteral("SELECT id, at, coalesce(operator_id, ''), action,"
                                            " entity_type, entity_id, outcome, prev_hash, hash"
                                            " FROM audit_log ORDER BY id"));
    if (!rows)
        return rows.error();
    QList<QStringList> all;
    while (rows->next()) {
        QStringList row;
        for (int column = 0; column < 9; ++column)
            row.append(rows->value(column).toString());
        all.append(row);
    }
    QString previous;
    for (const QStringList &row : std::as_const(all)) {
        const qint64 id = row.at(0).toLongLong();
        if (id < fromId) {
            previous = row.at(8);
            continue;
        }
        QStringList fields = row.mid(0, 7);
        fields.append(previous.isEmpty() ? QString(64, u'0') : previous);
        const QString hash = auditRowHash(fields);
        auto updated = storage::run(
            db, QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?"),
            {fields.last(), hash, id});
        if (!updated)
            return updated.error();
        previous = hash;
    }
    return {};
}

// Appends a row the way schema versions before 9 did (no mac column), for fixtures.
inline Status appendLegacyAuditRow(const storage::SqlConnection &db, const QString &at,
                                   qint64 operatorId, const QString &action,
                                   const QString &entityType, const QString &entityId)
{
    auto last = storage::scalar(
        db, QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!last)
        return last.error();
    auto next
        = storage::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM audit_log"));
    if (!next)
        return next.error();
    const QString prev = last->isNull() ? QString(64, u'0') : last->toString();
    const QString op = operatorId == 0 ? QString() : QString::number(operatorId);
    const QString hash = auditRowHash(
        {next->toString(), at, op, action, entityType, entityId, QStringLiteral("ok"), prev});
    auto inserted = storage::run(
        db,
        QStringLiteral(
            "INSERT INTO audit_log (id, at, operator_id, action, entity_type,"
            " entity_id, outcome, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, 'ok', ?, ?)"),
        {next->toLongLong(), at, operatorId == 0 ? QVariant() : QVariant(operatorId), action,
         entityType, entityId, prev, hash});
    if (!inserted)
        return inserted.error();
    return {};
}

} // namespace sportello::test
