// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

namespace sportello::storage {

class Database;

// Stops, from any thread, the statement one thread's connection is running: a report of a year
// when its page closes need not run to the end of its statement. The statement fails (a query
// error) and the connection stays good; between statements it does nothing, so the caller
// also checks its own cancel flag there. Copies share the target.
class StatementInterrupter final
{
public:
    StatementInterrupter() = default; // interrupts nothing
    // The calling thread's connection to `database`, opened if it was not.
    [[nodiscard]] static StatementInterrupter forCurrentThread(Database &database);

    // Thread-safe; the connection stays open at least as long as this object.
    void interrupt() const;

private:
    struct Target;
    std::shared_ptr<Target> m_target;
};

} // namespace sportello::storage
