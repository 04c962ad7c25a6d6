// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace sportello::storage {

class Database;

// The services changed after a point of the search-change log (decision 55).
struct SearchChanges
{
    qint64 latest = 0; // the log's last sequence number now (0: nothing logged yet)
    QList<qint64> serviceIds; // distinct, ascending: changed, added or removed
};

// Keeps the catalogue search snapshot between runs: its bytes in a file beside the database
// ("catalogue-search.snapshot"; the catalogue is public, no personal datum is in it) and, in the
// database, the log position it holds and the BLAKE2b digest of the file, so that a file that
// was changed, cut short or left by an older run is never used. Reading a snapshot whose digest
// does not match answers nothing, and the caller builds the index afresh.
class SearchSnapshotStore final
{
public:
    explicit SearchSnapshotStore(Database &database);

    // The log's last sequence number, and the services changed after `seq`.
    [[nodiscard]] Result<SearchChanges> changesSince(qint64 seq) const;
    [[nodiscard]] Result<qint64> latestChange() const;

    struct Snapshot
    {
        qint64 seq = 0;
        QByteArray bytes;
    };
    // The snapshot on disk when its record says `format` and its digest matches; nullopt when
    // there is none, or it is of another format, or it does not match.
    [[nodiscard]] Result<std::optional<Snapshot>> load(int format) const;
    // Writes the file (atomically), then records it and prunes the log up to `seq`.
    [[nodiscard]] Status save(int format, qint64 seq, const QByteArray &bytes);

    [[nodiscard]] QString filePath() const;

private:
    Database &m_database;
};

} // namespace sportello::storage
