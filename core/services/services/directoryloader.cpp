// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/directoryloader.h"

#include "support/threadpriority.h"

#include <QObject>
#include <QThread>

#include <optional>

using namespace Qt::StringLiterals;

namespace sportello::services {

// What the loader's thread hands over: written by it before it finishes, read after wait().
struct DirectoryLoader::Shared
{
    std::atomic<bool> cancelled {false};
    std::optional<Result<people::PersonDirectory>> result;
};

DirectoryLoader::DirectoryLoader(Load load)
    : m_load(std::move(load))
    , m_home(std::make_unique<QObject>())
{ }

DirectoryLoader::~DirectoryLoader()
{
    cancel();
}

void DirectoryLoader::start(std::function<void()> finished)
{
    cancel();
    auto shared = std::make_shared<Shared>();
    m_shared = shared;
    m_thread.reset(QThread::create([shared, load = m_load] {
        lowerCurrentThreadPriority(); // the window first
        auto names = load(shared->cancelled);
        if (!names) {
            shared->result.emplace(names.error());
            return;
        }
        people::PersonDirectory directory;
        directory.reset(*names);
        shared->result.emplace(std::move(directory));
    }));
    m_thread->setObjectName(u"person-directory"_s);
    // Queued to m_home's thread; dropped with m_home, or when a later load took the place.
    QObject::connect(m_thread.get(), &QThread::finished, m_home.get(),
                     [this, shared, finished = std::move(finished)] {
                         if (shared == m_shared)
                             finished();
                     });
    m_thread->start();
}

Result<people::PersonDirectory> DirectoryLoader::take()
{
    if (!m_thread)
        return makeError(ErrorCode::Internal, u"no person directory is loading"_s);
    m_thread->wait();
    auto shared = std::move(m_shared);
    m_thread.reset();
    if (!shared->result)
        return makeError(ErrorCode::Internal, u"the person directory's load ended without one"_s);
    return std::move(*shared->result);
}

void DirectoryLoader::cancel()
{
    if (!m_thread)
        return;
    m_shared->cancelled.store(true);
    m_thread->wait();
    m_thread.reset();
    m_shared.reset();
}

} // namespace sportello::services
