// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue side of the SQL store: versioned publication and deltas.
#include "hub/sqlstore.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sportello::hub::detail {

Result<PublishSummary> SqlStore::publishCatalogue(const QList<CatalogueEntry> &services,
                                                  const QDateTime &now)
{
    if (auto began = m_backend.begin(); !began)
        return began.error();
    const auto fail = [this](const Error &error) {
        m_backend.rollback();
        return error;
    };
    auto current = m_backend.run(u"SELECT COALESCE(MAX(version), 0) FROM catalogue_versions"_s);
    if (!current || !current->next())
        return fail(current ? makeError(ErrorCode::QueryFailed, u"catalogue version"_s)
                            : current.error());
    PublishSummary summary;
    summary.version = current->value(0).toLongLong();
    auto existing = m_backend.run(u"SELECT uid, content_hash, removed FROM catalogue_entries"_s);
    if (!existing)
        return fail(existing.error());
    QHash<QString, QString> hashes; // live entries only
    QSet<QString> known;
    while (existing->next()) {
        known.insert(existing->value(0).toString());
        if (existing->value(2).toInt() == 0)
            hashes.insert(existing->value(0).toString(), existing->value(1).toString());
    }
    QList<QPair<const CatalogueEntry *, QString>> writes; // with the body's hash
    QSet<QString> published;
    for (const CatalogueEntry &entry : services) {
        published.insert(entry.uid);
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(entry.body, QCryptographicHash::Sha256).toHex());
        const auto found = hashes.constFind(entry.uid);
        if (found != hashes.constEnd() && *found == hash)
            continue;
        ++(found == hashes.constEnd() ? summary.added : summary.changed);
        writes.append({&entry, hash});
    }
    QStringList gone;
    for (auto it = hashes.constBegin(); it != hashes.constEnd(); ++it) {
        if (!published.contains(it.key()))
            gone.append(it.key());
    }
    summary.removed = int(gone.size());
    if (writes.isEmpty() && gone.isEmpty()) {
        m_backend.rollback();
        return summary;
    }
    const qint64 version = summary.version + 1;
    if (auto done = m_backend.run(u"INSERT INTO catalogue_versions(version, published_at, services)"
                                  " VALUES (?, ?, ?)"_s,
                                  {version, wire::wireTime(now), qint64(services.size())});
        !done)
        return fail(done.error());
    for (const auto &[entry, hash] : std::as_const(writes)) {
        auto done = m_backend.run(
            u"INSERT INTO catalogue_entries(uid, version, removed, body, content_hash)"
            " VALUES (?, ?, 0, ?, ?) ON CONFLICT (uid) DO UPDATE SET version = excluded.version,"
            " removed = 0, body = excluded.body, content_hash = excluded.content_hash"_s,
            {entry->uid, version, QString::fromUtf8(entry->body), hash});
        if (!done)
            return fail(done.error());
    }
    for (const QString &uid : std::as_const(gone)) {
        auto done = m_backend.run(
            u"UPDATE catalogue_entries SET version = ?, removed = 1 WHERE uid = ?"_s,
            {version, uid});
        if (!done)
            return fail(done.error());
    }
    if (auto committed = m_backend.commit(); !committed)
        return committed.error();
    summary.version = version;
    return summary;
}

Result<CatalogueDelta> SqlStore::catalogueDelta(qint64 since)
{
    CatalogueDelta delta;
    auto current = m_backend.run(u"SELECT COALESCE(MAX(version), 0) FROM catalogue_versions"_s);
    if (!current || !current->next())
        return current ? makeError(ErrorCode::QueryFailed, u"catalogue version"_s)
                       : current.error();
    delta.version = current->value(0).toLongLong();
    // Since 0 (a desk's first pull) nothing is removed for it: only what is live.
    auto rows = m_backend.run(u"SELECT uid, removed, body FROM catalogue_entries"
                              " WHERE version > ? AND (removed = 0 OR ? > 0) ORDER BY uid"_s,
                              {since, since});
    if (!rows)
        return rows.error();
    while (rows->next()) {
        if (rows->value(1).toInt() == 1)
            delta.removals.append(rows->value(0).toString());
        else
            delta.upserts.append(rows->value(2).toString().toUtf8());
    }
    return delta;
}

} // namespace sportello::hub::detail
