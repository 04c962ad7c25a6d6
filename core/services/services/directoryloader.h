// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/namematch.h"
#include "people/persondirectory.h"
#include "support/result.h"

#include <QList>

#include <atomic>
#include <functional>
#include <memory>

class QObject;
class QThread;

namespace sportello::services {

// Loads the person directory on a thread of its own (issue 17): decrypting every name and
// building the search tokens takes seconds at 200,000 people, which the GUI thread must not
// wait for after login. The finished directory is handed back on the thread that started the
// load; until then its owner journals the names that change (PeopleService).
class DirectoryLoader final
{
public:
    // Reads every name; runs on the loader's thread, and ends early (Cancelled) once
    // `cancelled` is set.
    using Load
        = std::function<Result<QList<people::NameCandidate>>(const std::atomic<bool> &cancelled)>;

    explicit DirectoryLoader(Load load);
    ~DirectoryLoader(); // cancels a load under way and waits for it
    DirectoryLoader(const DirectoryLoader &) = delete;
    DirectoryLoader &operator=(const DirectoryLoader &) = delete;

    // Starts a load; `finished` then runs on the calling thread's event loop, unless the
    // directory was taken or the load cancelled before.
    void start(std::function<void()> finished);
    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }
    // Waits for the load started last and returns its directory (or why there is none).
    [[nodiscard]] Result<people::PersonDirectory> take();
    // Stops the load under way and waits until it no longer reads anything (the key is about
    // to be wiped). Nothing is delivered.
    void cancel();

private:
    struct Shared;
    Load m_load;
    std::unique_ptr<QObject> m_home; // lives on the owner's thread: `finished` runs there
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<Shared> m_shared;
};

} // namespace sportello::services
