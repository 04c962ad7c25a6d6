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

// Runs catalogue searches on a worker thread so typing never waits for them. Requests are
// numbered; a request overtaken by a newer one before it starts is answered as superseded
// without being run. Every request ends with exactly one searchFinished().
class SearchController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchController)

public:
    // Builds a fresh snapshot; runs on the worker thread (its own database connection).
    using IndexLoader = std::function<Result<std::shared_ptr<const search::CatalogueIndex>>()>;

    explicit SearchController(IndexLoader loader, QObject *parent = nullptr);
    ~SearchController() override;

    // Rebuilds the snapshot in the background (at start and after catalogue changes).
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

    IndexLoader m_loader;
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread; the lambdas posted to it run there
    std::shared_ptr<Worker> m_worker;
    std::atomic<quint64> m_latest {0};
    std::shared_ptr<const search::CatalogueIndex> m_index;
};

} // namespace sportello::services
