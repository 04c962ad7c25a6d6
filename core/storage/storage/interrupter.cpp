// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/interrupter.h"

#include "connection.h"

#include <sqlite3.h>

namespace sportello::storage {

struct StatementInterrupter::Target
{
    SqlConnection connection; // a copy keeps the handle alive
};

StatementInterrupter StatementInterrupter::forCurrentThread(Database &database)
{
    StatementInterrupter interrupter;
    interrupter.m_target = std::make_shared<Target>(Target {connectionOf(database)});
    return interrupter;
}

void StatementInterrupter::interrupt() const
{
    if (m_target && m_target->connection.isOpen())
        sqlite3_interrupt(m_target->connection.handle());
}

} // namespace sportello::storage
