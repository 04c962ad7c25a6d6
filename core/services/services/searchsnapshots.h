// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/cataloguesearch.h"
#include "support/result.h"

#include <memory>

namespace sportello::storage {
class Database;
}

namespace sportello::services {

// Where the desk's catalogue search snapshot comes from (decision 55). At start it is read
// from the copy kept beside the database and brought up to date with the services changed
// since; after a catalogue change only the changed services are indexed again and merged in.
// The whole catalogue is indexed only when there is no usable copy, or when most of it changed.
// The copy is written again after a whole build, and once enough changes piled up since the
// last one. Used from one thread at a time (the search controller's index thread).
class SearchSnapshots final
{
public:
    // Above this share of the catalogue changed, building afresh is as quick as merging.
    static constexpr double kRebuildShare = 0.25;
    // Changes applied since the copy on disk before it is written again.
    static constexpr qsizetype kSaveAfterChanges = 500;

    explicit SearchSnapshots(storage::Database &database);

    // The snapshot that follows `previous` (null at start); `previous` itself when nothing
    // changed. What happened is in lastStep().
    [[nodiscard]] Result<std::shared_ptr<const search::CatalogueIndex>>
    next(const std::shared_ptr<const search::CatalogueIndex> &previous);
    // Writes the copy on disk when the step that made `index` calls for it (after a whole
    // build, or once changes piled up); separate from next() so that searches can use the new
    // snapshot while it is written.
    void keep(const search::CatalogueIndex &index);

    enum class Step { Unchanged, Loaded, Updated, Built };
    struct LastStep
    {
        Step step = Step::Unchanged;
        qsizetype changedServices = 0;
        bool toSave = false;
        bool saved = false;
    };
    [[nodiscard]] const LastStep &lastStep() const { return m_last; }

private:
    [[nodiscard]] Result<std::shared_ptr<const search::CatalogueIndex>> buildWhole();
    [[nodiscard]] Result<std::shared_ptr<const search::CatalogueIndex>>
    apply(const std::shared_ptr<const search::CatalogueIndex> &base);

    storage::Database &m_database;
    qint64 m_savedRevision = -1; // the revision of the copy on disk; -1: none known
    LastStep m_last;
};

} // namespace sportello::services
