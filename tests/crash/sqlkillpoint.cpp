// SPDX-License-Identifier: GPL-3.0-or-later
// The worker's half of the kill points: SQLite's statement trace on its connection.
#include "killpoints.h"

#include <csignal>
#include <cstring>
#include <sqlite3.h>
#include <unistd.h>

namespace sportello::test::crash {

namespace {

struct Armed
{
    QByteArray name;
    int skip = 0;
    bool inTransaction = false;
    int writesInTransaction = 0;
};

Armed g_armed;

bool startsWith(const char *sql, const char *prefix)
{
    while (*sql == ' ' || *sql == '\n' || *sql == '\t')
        ++sql;
    return std::strncmp(sql, prefix, std::strlen(prefix)) == 0;
}

bool isWrite(const char *sql)
{
    return startsWith(sql, "INSERT") || startsWith(sql, "UPDATE") || startsWith(sql, "DELETE")
        || startsWith(sql, "REPLACE");
}

// Whether the statement `sql`, starting (`before`) or just finished, is the armed point.
bool reached(const char *sql, bool before)
{
    const QByteArray &name = g_armed.name;
    if (!before && startsWith(sql, "BEGIN"))
        g_armed.inTransaction = true, g_armed.writesInTransaction = 0;
    if (!before && (startsWith(sql, "COMMIT") || startsWith(sql, "ROLLBACK")))
        g_armed.inTransaction = false;
    if (name == "tx.begin-before")
        return before && startsWith(sql, "BEGIN");
    if (name == "tx.begin-after")
        return !before && startsWith(sql, "BEGIN");
    if (name == "tx.mid")
        return before && g_armed.inTransaction && isWrite(sql)
            && ++g_armed.writesInTransaction == 2;
    if (name == "tx.commit-before")
        return before && startsWith(sql, "COMMIT");
    if (name == "tx.commit-after")
        return !before && startsWith(sql, "COMMIT");
    if (name == "outbox.insert")
        return !before && startsWith(sql, "INSERT INTO outbox");
    if (name == "erase.delete")
        return before && startsWith(sql, "DELETE");
    if (name == "sync.mark-sending")
        return before && startsWith(sql, "UPDATE outbox SET state = ? WHERE id IN");
    if (name == "sync.mark-delivered")
        return before && startsWith(sql, "UPDATE outbox SET state = ?, settled_at = ?");
    return false;
}

int trace(unsigned type, void *, void *statement, void *extra)
{
    const bool before = type == SQLITE_TRACE_STMT;
    const char *sql = before ? static_cast<const char *>(extra)
                             : sqlite3_sql(static_cast<sqlite3_stmt *>(statement));
    if (sql == nullptr || !reached(sql, before))
        return 0;
    if (g_armed.skip-- > 0)
        return 0;
    // Nothing flushed, nothing closed, no destructor run: as a crash or "End task" leaves it.
    ::kill(::getpid(), SIGKILL);
    return 0;
}

} // namespace

bool armSqlKillPoint(sqlite3 *db, const QByteArray &name, int skip)
{
    for (const KillPoint &point : killPoints()) {
        if (name == point.name && !point.network) {
            g_armed = {name, skip};
            sqlite3_trace_v2(db, SQLITE_TRACE_STMT | SQLITE_TRACE_PROFILE, trace, nullptr);
            return true;
        }
    }
    return false;
}

} // namespace sportello::test::crash
