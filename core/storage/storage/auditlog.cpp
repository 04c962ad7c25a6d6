// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/auditlog.h"

#include "connection.h"
#include "crypto/vault.h"
#include "sql.h"
#include "sqlite.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/transaction.h"
#include "support/clock.h"
#include "support/logging.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sportello::storage {

using audit::AuditEntry;
using audit::AuditVerification;

namespace {

const QString kGenesisHash = QString(64, u'0');

// The stored form of the system operator (operatorId 0): no operator at all.
QVariant storedOperator(qint64 operatorId)
{
    return operatorId == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(operatorId);
}

// The text form of an operator_id as stored: "" for NULL (the system), else its decimal value.
// Built from the stored value, not from AuditEntry, so NULL and 0 hash differently.
QString operatorField(const QVariant &stored)
{
    return stored.isNull() ? QString() : stored.toString();
}

QString isoUtc(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

// Times are compared as times: rows written by older versions may lack the milliseconds.
QDateTime parseAt(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

// The canonical serialization the hash covers: a version line, then each field as
// "<UTF-8 byte length>:<bytes>\n" in a fixed order. Length prefixes make it unambiguous
// whatever the fields contain (separators, newlines, empty strings).
QByteArray canonicalRecord(qint64 id, const QString &at, const QString &operatorId,
                           const QString &action, const QString &entityType,
                           const QString &entityId, const QString &outcome, const QString &prevHash)
{
    QByteArray out = QByteArrayLiteral("sportello-audit-v1\n");
    const QString fields[]
        = {QString::number(id), at, operatorId, action, entityType, entityId, outcome, prevHash};
    for (const QString &field : fields) {
        const QByteArray bytes = field.toUtf8();
        out += QByteArray::number(bytes.size());
        out += ':';
        out += bytes;
        out += '\n';
    }
    return out;
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

constexpr QByteArrayView kMacPurpose = "audit-v1";

// The row's MAC: keyed over its chain hash, which covers its fields and every row before it.
Result<QString> macOf(const crypto::Vault &vault, const QString &hash)
{
    auto mac = vault.integrityMac(kMacPurpose.toByteArray(), hash.toLatin1());
    if (!mac)
        return mac.error();
    return QString::fromLatin1(mac->toHex());
}

// SQL NULL: an invalid variant (the query layer stores a null QString as '').
QVariant nullText()
{
    return QVariant();
}

// A read snapshot for verify(): rows and sqlite_sequence must come from the same moment, or a
// concurrent append would look like a removed last row. Joins a caller's transaction if any.
class ReadSnapshot final
{
public:
    explicit ReadSnapshot(Database &database)
        : m_database(database)
        , m_db(connectionOf(database))
    { }
    ~ReadSnapshot()
    {
        if (m_open) {
            SqlQuery query(m_db);
            if (!query.exec(u"COMMIT"_s))
                qCWarning(lcStorage)
                    << "ending the audit read snapshot failed:" << query.lastError().text();
        }
    }
    Q_DISABLE_COPY_MOVE(ReadSnapshot)

    [[nodiscard]] Status begin()
    {
        if (m_database.inTransaction())
            return {};
        SqlQuery query(m_db);
        if (!query.exec(u"BEGIN DEFERRED"_s))
            return toError(query.lastError(), u"begin audit read snapshot"_s);
        m_open = true;
        return {};
    }

private:
    Database &m_database;
    SqlConnection m_db;
    bool m_open = false;
};

} // namespace

AuditLog::AuditLog(Database &database, const Clock &clock, const crypto::Vault *vault)
    : m_database(database)
    , m_clock(clock)
    , m_vault(vault)
{ }

bool AuditLog::keyed() const
{
    return m_vault && m_vault->isUnlocked();
}

Status AuditLog::append(qint64 operatorId, const QString &action, const QString &entityType,
                        const QString &entityId, const QString &outcome)
{
    if (operatorId < 0 || action.isEmpty() || outcome.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         u"audit append: operator %1, action '%2'"_s.arg(operatorId).arg(action));
    const QDateTime now = m_clock.nowUtc();
    if (!now.isValid())
        return makeError(ErrorCode::Internal, u"audit append: the clock gave no valid time"_s);

    // Inside the caller's transaction the row commits or rolls back with the audited change.
    auto tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    const SqlConnection db = connectionOf(m_database);

    // AUTOINCREMENT never reuses an id: the next one is past both the highest id ever given
    // (sqlite_sequence) and the highest present.
    auto nextId = scalar(db,
                         u"SELECT max(coalesce((SELECT seq FROM sqlite_sequence"
                         " WHERE name = 'audit_log'), 0),"
                         " coalesce((SELECT max(id) FROM audit_log), 0)) + 1"_s);
    if (!nextId)
        return nextId.error();
    auto last = run(db, u"SELECT hash, at FROM audit_log ORDER BY id DESC LIMIT 1"_s);
    if (!last)
        return last.error();
    const bool first = !last->next();

    const qint64 id = nextId->toLongLong();
    // Time never goes backwards in the log: a clock set back (by mistake or to hide when
    // something was done) leaves the row at the time of the one before it.
    QString at = isoUtc(now);
    if (!first && now < parseAt(last->value(1).toString()))
        at = last->value(1).toString();
    const QString prevHash = first ? kGenesisHash : last->value(0).toString();
    const QVariant storedOp = storedOperator(operatorId);
    const QString hash = sha256Hex(canonicalRecord(id, at, operatorField(storedOp), action,
                                                   entityType, entityId, outcome, prevHash));
    QVariant mac = nullText();
    if (keyed()) {
        auto computed = macOf(*m_vault, hash);
        if (!computed)
            return computed.error();
        mac = *computed;
    } else if (m_vault && !audit::writtenWhileLocked(action)) {
        // A row no locked desk can write: a bug to catch here, not a false alarm of tampering
        // for the coordinator to find later.
        return makeError(ErrorCode::VaultLocked,
                         u"audit append of '%1' while the vault is locked"_s.arg(action));
    }

    auto insert
        = run(db,
              u"INSERT INTO audit_log (id, at, operator_id, action, entity_type,"
              " entity_id, outcome, prev_hash, hash, mac)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
              {id, at, storedOp, action, entityType, entityId, outcome, prevHash, hash, mac});
    if (!insert)
        return insert.error();
    return tx->commit();
}

Result<QString> AuditLog::head() const
{
    auto last = scalar(connectionOf(m_database),
                       u"SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"_s);
    if (!last)
        return last.error();
    return last->isNull() ? QString() : last->toString();
}

Result<int> AuditLog::seal(SealScope scope)
{
    if (!keyed())
        return makeError(ErrorCode::VaultLocked, u"audit seal needs the vault"_s);
    auto tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    const SqlConnection db = connectionOf(m_database);
    // Only the tail after the last sealed row, and only rows of actions that happen while
    // locked: a forged row without a MAC stays without one, for verify() to report.
    const bool legacy = scope == SealScope::Legacy;
    // The last sealed row, found from the end by the primary key: the tail is short.
    auto lastSealed
        = scalar(db, u"SELECT id FROM audit_log WHERE mac IS NOT NULL ORDER BY id DESC LIMIT 1"_s);
    if (!lastSealed)
        return lastSealed.error();
    auto rows = run(db,
                    u"SELECT id, action, hash FROM audit_log WHERE mac IS NULL AND id > ?"
                    " ORDER BY id"_s,
                    {legacy ? qint64(0) : lastSealed->toLongLong()});
    if (!rows)
        return rows.error();
    QList<std::pair<qint64, QString>> pending;
    while (rows->next()) {
        if (!legacy && !audit::writtenWhileLocked(rows->value(1).toString()))
            break;
        pending.append({rows->value(0).toLongLong(), rows->value(2).toString()});
    }
    for (const auto &[id, hash] : std::as_const(pending)) {
        auto mac = macOf(*m_vault, hash);
        if (!mac)
            return mac.error();
        if (auto updated
            = run(db, u"UPDATE audit_log SET mac = ? WHERE id = ? AND mac IS NULL"_s, {*mac, id});
            !updated)
            return updated.error();
    }
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return int(pending.size());
}

Result<int> AuditLog::rekey(const crypto::Vault &previous)
{
    if (!keyed() || !previous.isUnlocked())
        return makeError(ErrorCode::VaultLocked, u"audit rekey needs both keys"_s);
    auto tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    const SqlConnection db = connectionOf(m_database);
    auto rows = run(db, u"SELECT id, hash, mac FROM audit_log WHERE mac IS NOT NULL ORDER BY id"_s);
    if (!rows)
        return rows.error();
    QList<std::pair<qint64, QString>> vouched;
    while (rows->next()) {
        const QString hash = rows->value(1).toString();
        auto old = macOf(previous, hash);
        if (!old)
            return old.error();
        if (*old == rows->value(2).toString())
            vouched.append({rows->value(0).toLongLong(), hash});
    }
    for (const auto &[id, hash] : std::as_const(vouched)) {
        auto mac = macOf(*m_vault, hash);
        if (!mac)
            return mac.error();
        if (auto updated = run(db, u"UPDATE audit_log SET mac = ? WHERE id = ?"_s, {*mac, id});
            !updated)
            return updated.error();
    }
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return int(vouched.size());
}

Result<bool> AuditLog::containsAction(const QString &action) const
{
    auto found
        = scalar(connectionOf(m_database),
                 u"SELECT 1 FROM audit_log WHERE action = ? ORDER BY id LIMIT 1"_s, {action});
    if (!found)
        return found.error();
    return found->isValid();
}

Result<QList<audit::AuditEntry>> AuditLog::entries(const audit::AuditFilter &filter) const
{
    const QString from = filter.from.isValid() ? isoUtc(filter.from) : QString();
    const QString to = filter.to.isValid() ? isoUtc(filter.to) : QString();
    // operatorId 0 is the system, stored as NULL.
    const bool anyOperator = filter.operatorId < 0;
    const bool systemOnly = filter.operatorId == 0;
    auto query
        = run(connectionOf(m_database),
              u"SELECT id, at, operator_id, action, entity_type, entity_id, outcome"
              " FROM audit_log"
              " WHERE (? = '' OR at >= ?) AND (? = '' OR at < ?)"
              " AND (? OR (? AND operator_id IS NULL) OR operator_id = ?)"
              " AND (? = '' OR action = ?)"
              " AND (? = 0 OR entity_type || '/' || entity_id IN (SELECT value FROM json_each(?)))"
              " ORDER BY id DESC LIMIT ?"_s,
              {from, from, to, to, anyOperator ? 1 : 0, systemOnly ? 1 : 0, filter.operatorId,
               filter.action, filter.action, filter.entities.isEmpty() ? 0 : 1,
               QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(filter.entities))
                                     .toJson(QJsonDocument::Compact)),
               filter.limit > 0 ? filter.limit : -1});
    if (!query)
        return query.error();
    QList<AuditEntry> entries;
    while (query->next()) {
        AuditEntry entry;
        entry.id = query->value(0).toLongLong();
        entry.at = QDateTime::fromString(query->value(1).toString(), Qt::ISODateWithMs).toUTC();
        entry.operatorId = query->value(2).toLongLong();
        entry.action = query->value(3).toString();
        entry.entityType = query->value(4).toString();
        entry.entityId = query->value(5).toString();
        entry.outcome = query->value(6).toString();
        entries.append(std::move(entry));
    }
    return entries;
}

Result<audit::AuditVerification> AuditLog::verify() const
{
    ReadSnapshot snapshot(m_database);
    const SqlConnection db = connectionOf(m_database);
    if (auto status = snapshot.begin(); !status)
        return status.error();

    AuditVerification result;
    auto found = [&result](qint64 id, const QString &reason) -> Result<AuditVerification> {
        result.intact = false;
        result.firstBadId = id;
        result.reason = reason;
        // The caller reports the finding to people; this is for a debugging session.
        qCInfo(lcStorage).noquote() << "audit chain check failed at row" << id << "-" << reason;
        return result;
    };

    {
        SqlQuery rows(db);
        rows.setForwardOnly(true);
        if (!rows.exec(u"SELECT id, at, operator_id, action, entity_type, entity_id, outcome,"
                       " prev_hash, hash, mac FROM audit_log ORDER BY id"_s))
            return toError(rows.lastError(), u"read audit log"_s);

        result.keyed = keyed();
        // Rows written before migration 10 keep whatever time their clock gave them.
        auto monotonicFrom = scalar(db, u"SELECT value FROM settings WHERE key = ?"_s,
                                    {QString::fromLatin1(settingskeys::kAuditMonotonicFrom)});
        if (!monotonicFrom)
            return monotonicFrom.error();
        const qint64 checkTimeFrom
            = monotonicFrom->isNull() ? 1 : qMax<qint64>(1, monotonicFrom->toLongLong());
        qint64 expectedId = 1;
        QString expectedPrev = kGenesisHash;
        QDateTime previousAt;
        qint64 firstUnsealed = 0; // the first row of the unsealed tail, 0 when sealed so far
        while (rows.next()) {
            const qint64 id = rows.value(0).toLongLong();
            if (id != expectedId)
                return found(expectedId, u"row missing"_s);
            ++result.rows;
            const QString prevHash = rows.value(7).toString();
            const QString hash = rows.value(8).toString();
            if (prevHash != expectedPrev)
                return found(id, u"broken link"_s);
            const QString computed = sha256Hex(
                canonicalRecord(id, rows.value(1).toString(), operatorField(rows.value(2)),
                                rows.value(3).toString(), rows.value(4).toString(),
                                rows.value(5).toString(), rows.value(6).toString(), prevHash));
            if (computed != hash)
                return found(id, u"hash mismatch"_s);
            const QDateTime at = parseAt(rows.value(1).toString());
            if (id >= checkTimeFrom && (!at.isValid() || (previousAt.isValid() && at < previousAt)))
                return found(id, u"time went backwards"_s);
            previousAt = at;
            if (result.keyed) {
                // A row with a MAC vouches for its hash, and so for every row before it.
                const QVariant mac = rows.value(9);
                if (mac.isNull()) {
                    if (!audit::writtenWhileLocked(rows.value(3).toString()))
                        return found(id, u"unsealed row"_s);
                    if (!firstUnsealed)
                        firstUnsealed = id;
                } else {
                    auto expected = macOf(*m_vault, hash);
                    if (!expected)
                        return expected.error();
                    if (mac.toString() != *expected)
                        return found(id, u"mac mismatch"_s);
                    // Sealing covers the whole tail at once: nothing before a sealed row
                    // may still be waiting.
                    if (firstUnsealed)
                        return found(firstUnsealed, u"unsealed row"_s);
                }
            }
            expectedPrev = hash;
            ++expectedId;
        }
        if (firstUnsealed)
            result.unsealedRows = expectedId - firstUnsealed;
    }

    // The highest id ever given is kept by AUTOINCREMENT: rows removed from the end leave it
    // above the last id present.
    const qint64 lastId = result.rows;
    auto seq = scalar(db, u"SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'"_s);
    if (!seq)
        return seq.error();
    const qint64 highest = seq->isNull() ? 0 : seq->toLongLong();
    if (highest > lastId)
        return found(lastId + 1, u"last rows removed"_s);
    if (highest < lastId)
        return found(lastId, u"sequence mismatch"_s);

    result.intact = true;
    return result;
}

} // namespace sportello::storage
