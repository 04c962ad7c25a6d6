// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/searchsnapshotstore.h"

#include "connection.h"
#include "sql.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace sportello::storage {

namespace {
QString digestOf(const QByteArray &bytes)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(bytes, QCryptographicHash::Blake2b_256).toHex());
}
} // namespace

SearchSnapshotStore::SearchSnapshotStore(Database &database)
    : m_database(database)
{ }

QString SearchSnapshotStore::filePath() const
{
    return QFileInfo(m_database.filePath()).dir().filePath(u"catalogue-search.snapshot"_s);
}

Result<qint64> SearchSnapshotStore::latestChange() const
{
    // AUTOINCREMENT keeps the highest number ever given, pruned rows included.
    auto sequence = scalar(connectionOf(m_database),
                           u"SELECT coalesce(max(seq), 0) FROM sqlite_sequence "
                           "WHERE name = 'search_changes'"_s);
    if (!sequence)
        return sequence.error();
    return sequence->toLongLong();
}

Result<SearchChanges> SearchSnapshotStore::changesSince(qint64 seq) const
{
    SearchChanges changes;
    auto latest = latestChange();
    if (!latest)
        return latest.error();
    changes.latest = *latest;
    auto rows = run(connectionOf(m_database),
                    u"SELECT DISTINCT service_id FROM search_changes WHERE seq > ? AND seq <= ? "
                    "ORDER BY service_id"_s,
                    {seq, changes.latest});
    if (!rows)
        return rows.error();
    while (rows->next())
        changes.serviceIds.append(rows->value(0).toLongLong());
    return changes;
}

Result<std::optional<SearchSnapshotStore::Snapshot>> SearchSnapshotStore::load(int format) const
{
    auto record
        = run(connectionOf(m_database),
              u"SELECT seq, digest FROM search_snapshot WHERE id = 1 AND format = ?"_s, {format});
    if (!record)
        return record.error();
    if (!record->next())
        return std::optional<Snapshot>();
    Snapshot snapshot;
    snapshot.seq = record->value(0).toLongLong();
    const QString digest = record->value(1).toString();
    record->finish();
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly))
        return std::optional<Snapshot>();
    snapshot.bytes = file.readAll();
    if (digestOf(snapshot.bytes) != digest)
        return std::optional<Snapshot>();
    return std::optional<Snapshot>(std::move(snapshot));
}

Status SearchSnapshotStore::save(int format, qint64 seq, const QByteArray &bytes)
{
    // The record goes first, so a crash between the two leaves a digest no file matches.
    {
        auto tx = Transaction::begin(m_database);
        if (!tx)
            return tx.error();
        if (auto cleared
            = run(connectionOf(m_database), u"DELETE FROM search_snapshot WHERE id = 1"_s);
            !cleared)
            return cleared.error();
        if (auto committed = tx->commit(); !committed)
            return committed;
    }
    QSaveFile file(filePath());
    // Private to the profile's user, like every file of the profile.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::FileUnwritable,
                         u"search snapshot: %1"_s.arg(file.errorString()),
                         {QDir::toNativeSeparators(filePath())});
    auto tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    const SqlConnection db = connectionOf(m_database);
    if (auto recorded = run(db,
                            u"INSERT INTO search_snapshot(id, seq, format, digest) "
                            "VALUES (1, ?, ?, ?)"_s,
                            {seq, format, digestOf(bytes)});
        !recorded)
        return recorded.error();
    // What the snapshot holds need not be read again, not even after the next start.
    if (auto pruned = run(db, u"DELETE FROM search_changes WHERE seq <= ?"_s, {seq}); !pruned)
        return pruned.error();
    return tx->commit();
}

} // namespace sportello::storage
