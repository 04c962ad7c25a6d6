// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/cataloguesearch.h"
#include "support/result.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace sportello::services {

// Runs catalogue searches on a worker thread so typing never waits for them, and makes the
// snapshots they run on on another, so a snapshot being made never delays a search: the
// previous one answers until the next is ready. Requests are numbered; a request overtaken by a
// newer one before it starts is answered as superseded without being run. Every request ends
// with exactly one searchFinished().
class SearchController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchController)

public:
    using Snapshot = std::shared_ptr<const search::CatalogueIndex>;
    // Makes the snapshot that follows `previous` (null at first), or answers `previous` when
    // nothing changed; runs on the index thread (its own database connection).
    using IndexLoader = std::function<Result<Snapshot>(const Snapshot &previous)>;
    // Runs on the index thread after a new snapshot went to the searches (to keep a copy).
    using IndexKeeper = std::function<void(const Snapshot &snapshot)>;

    explicit SearchController(IndexLoader loader, IndexKeeper keeper = {},
                              QObject *parent = nullptr);
    ~SearchController() override;

    // Brings the snapshot up to date in the background (at start and after catalogue changes);
    // calls made while one runs are folded into one more run after it.
    void reload();
    // Queues a search; returns its number. Before the first snapshot is ready the request
    // waits for it.
    quint64 search(const search::Request &request);

    [[nodiscard]] bool isReady() const { return m_index != nullptr; }
    // The snapshot the latest results refer to (summaries by document number).
    [[nodiscard]] std::shared_ptr<const search::CatalogueIndex> index() const { return m_index; }

Q_SIGNALS:
    void indexReloaded();
    void reloadFailed(const sportello::Error &error);
    void searchFinished(quint64 number, const sportello::search::Response &response);

private:
    struct Worker;
    void deliver(quint64 number, const search::Response &response,
                 const std::shared_ptr<const search::CatalogueIndex> &index);

    void runLoader();

    IndexLoader m_loader;
    IndexKeeper m_keeper;
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread; the lambdas posted to it run there
    QThread m_indexThread;
    QObject *m_indexContext = nullptr; // lives in m_indexThread
    Snapshot m_loaded; // the last snapshot made; touched on the index thread only
    std::atomic<int> m_reloads {0}; // reloads asked and not yet started
    std::shared_ptr<Worker> m_worker;
    std::atomic<quint64> m_latest {0};
    std::shared_ptr<const search::CatalogueIndex> m_index;
};

} // namespace sportello::services
