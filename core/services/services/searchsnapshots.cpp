// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/searchsnapshots.h"

#include "storage/cataloguerepository.h"
#include "storage/searchsnapshotstore.h"
#include "support/clock.h"
#include "support/logging.h"

namespace sportello::services {

using search::CatalogueIndex;
using IndexResult = Result<std::shared_ptr<const CatalogueIndex>>;

namespace {
// The repository's reads need no clock.
const SystemClock kClock;
} // namespace

SearchSnapshots::SearchSnapshots(storage::Database &database)
    : m_database(database)
{ }

IndexResult SearchSnapshots::next(const std::shared_ptr<const CatalogueIndex> &previous)
{
    m_last = {};
    if (previous)
        return apply(previous);
    storage::SearchSnapshotStore store(m_database);
    auto kept = store.load(CatalogueIndex::kSnapshotFormat);
    if (!kept)
        return kept.error();
    if (*kept) {
        auto loaded = CatalogueIndex::fromSnapshot((*kept)->bytes, (*kept)->seq);
        if (loaded) {
            m_savedRevision = loaded->revision();
            auto applied = apply(loaded);
            if (applied && m_last.step == Step::Unchanged)
                m_last.step = Step::Loaded;
            return applied;
        }
        qCWarning(lcStorage) << "search snapshot on disk unreadable: indexing the catalogue";
    }
    return buildWhole();
}

IndexResult SearchSnapshots::buildWhole()
{
    // The log position first: a change committed while the rows are read comes back next time.
    storage::SearchSnapshotStore store(m_database);
    auto revision = store.latestChange();
    if (!revision)
        return revision.error();
    const storage::CatalogueRepository repository(m_database, kClock);
    auto summaries = repository.summaries();
    if (!summaries)
        return summaries.error();
    auto rows = repository.searchRows();
    if (!rows)
        return rows.error();
    auto index = CatalogueIndex::build(std::move(summaries).value(), *rows, *revision);
    m_last.step = Step::Built;
    m_last.changedServices = index->size();
    m_last.toSave = true;
    return index;
}

IndexResult SearchSnapshots::apply(const std::shared_ptr<const CatalogueIndex> &base)
{
    storage::SearchSnapshotStore store(m_database);
    auto changes = store.changesSince(base->revision());
    if (!changes)
        return changes.error();
    if (changes->serviceIds.isEmpty())
        return base;
    if (static_cast<double>(changes->serviceIds.size())
        > kRebuildShare * std::max<double>(base->size(), 1.0))
        return buildWhole();
    const storage::CatalogueRepository repository(m_database, kClock);
    auto summaries = repository.summaries(changes->serviceIds);
    if (!summaries)
        return summaries.error();
    auto rows = repository.searchRows(changes->serviceIds);
    if (!rows)
        return rows.error();
    auto index = CatalogueIndex::update(*base, changes->serviceIds, std::move(summaries).value(),
                                        *rows, changes->latest);
    m_last.step = Step::Updated;
    m_last.changedServices = changes->serviceIds.size();
    // Enough piled up since the copy on disk: the next start should not redo it all.
    if (m_savedRevision < 0) {
        m_last.toSave = true;
    } else {
        auto unsaved = store.changesSince(m_savedRevision);
        m_last.toSave = unsaved && unsaved->serviceIds.size() >= kSaveAfterChanges;
    }
    return index;
}

void SearchSnapshots::keep(const CatalogueIndex &index)
{
    if (!m_last.toSave || m_last.saved)
        return;
    storage::SearchSnapshotStore store(m_database);
    // Only a cache: a snapshot that cannot be kept costs the next start a whole build.
    if (auto saved
        = store.save(CatalogueIndex::kSnapshotFormat, index.revision(), index.toSnapshot());
        !saved) {
        qCWarning(lcStorage) << "search snapshot not kept:" << saved.error().toLogString();
        return;
    }
    m_savedRevision = index.revision();
    m_last.saved = true;
}

} // namespace sportello::services
