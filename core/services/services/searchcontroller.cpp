// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/searchcontroller.h"

#include "support/logging.h"
#include "support/threadpriority.h"

namespace sportello::services {

using namespace search;

// Worker-thread state: touched only by lambdas running in m_thread.
struct SearchController::Worker
{
    std::unique_ptr<CatalogueSearcher> searcher;
};

SearchController::SearchController(IndexLoader loader, IndexKeeper keeper, QObject *parent)
    : QObject(parent)
    , m_loader(std::move(loader))
    , m_keeper(std::move(keeper))
    , m_context(new QObject)
    , m_indexContext(new QObject)
    , m_worker(std::make_shared<Worker>())
{
    m_thread.setObjectName(QStringLiteral("catalogue-search"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
    m_indexThread.setObjectName(QStringLiteral("catalogue-index"));
    m_indexContext->moveToThread(&m_indexThread);
    connect(&m_indexThread, &QThread::finished, m_indexContext, &QObject::deleteLater);
    m_indexThread.start();
    // Snapshots are built and merged in the background: the window and the keystrokes' search
    // thread first.
    QMetaObject::invokeMethod(m_indexContext, [] { lowerCurrentThreadPriority(); });
}

SearchController::~SearchController()
{
    m_indexThread.quit();
    m_indexThread.wait();
    m_thread.quit();
    m_thread.wait();
}

void SearchController::reload()
{
    // One run is enough for every reload asked before it starts: it reads what changed.
    if (m_reloads.fetch_add(1) > 0)
        return;
    QMetaObject::invokeMethod(m_indexContext, [this] { runLoader(); });
}

void SearchController::runLoader()
{
    m_reloads.store(0);
    auto loaded = m_loader(m_loaded);
    if (!loaded) {
        const Error error = loaded.error();
        QMetaObject::invokeMethod(this, [this, error] { Q_EMIT reloadFailed(error); });
        return;
    }
    const Snapshot index = *loaded;
    if (index == m_loaded)
        return;
    m_loaded = index;
    // The searches take the new snapshot between two requests.
    auto worker = m_worker;
    QMetaObject::invokeMethod(m_context, [this, worker, index] {
        worker->searcher = std::make_unique<CatalogueSearcher>(index);
        QMetaObject::invokeMethod(this, [this, index] {
            m_index = index;
            Q_EMIT indexReloaded();
        });
    });
    if (m_keeper)
        m_keeper(index);
}

quint64 SearchController::search(const Request &request)
{
    const quint64 number = ++m_latest;
    auto worker = m_worker;
    QMetaObject::invokeMethod(m_context, [this, worker, request, number] {
        Response response;
        std::shared_ptr<const CatalogueIndex> index;
        if (number != m_latest.load()) {
            response.superseded = true;
        } else if (worker->searcher) {
            response = worker->searcher->search(request);
            index = worker->searcher->index();
        } else {
            response.superseded = true; // no snapshot yet: the caller repeats once it is ready
        }
        QMetaObject::invokeMethod(
            this, [this, number, response, index] { deliver(number, response, index); });
    });
    return number;
}

void SearchController::deliver(quint64 number, const Response &response,
                               const std::shared_ptr<const CatalogueIndex> &index)
{
    if (index)
        m_index = index;
    Q_EMIT searchFinished(number, response);
}

} // namespace sportello::services
