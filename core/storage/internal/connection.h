// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to storage (and to white-box tests): the Qt Sql side of Database and Transaction.
#pragma once

#include "sqlite.h"
#include "support/result.h"

#include <QList>

#include <functional>
#include <memory>

namespace sportello::storage {

class Database;
class MigrationSet;

// The write transaction open on one connection: shared by the guard that began it and the
// guards that joined it.
struct TransactionState
{
    bool doomed = false; // a joined guard gave up: the owner must roll back
    QList<std::function<void()>> onCommit;
};

// Storage's way into a Database's connections.
class DatabaseAccess final
{
public:
    // The calling thread's connection, opened with the pragmas on first use. A connection
    // belongs to its thread: worker threads get their own, closed when the thread finishes.
    [[nodiscard]] static SqlConnection connection(Database &database);
    // The transaction open on the calling thread's connection, or null.
    [[nodiscard]] static std::shared_ptr<TransactionState> transaction(const Database &database);
    static void setTransaction(Database &database, std::shared_ptr<TransactionState> state);
    // How many threads hold a connection now (for tests).
    [[nodiscard]] static int openConnections(const Database &database);
};

[[nodiscard]] inline SqlConnection connectionOf(Database &database)
{
    return DatabaseAccess::connection(database);
}

// Applies every step of `set` above the current user_version, each in its own BEGIN IMMEDIATE
// transaction that also bumps user_version; a failing step is rolled back whole.
[[nodiscard]] Status applyMigrations(const MigrationSet &set, Database &database);

// Applies the project's pragmas to a freshly opened connection and checks they took effect.
[[nodiscard]] Status applyConnectionPragmas(const SqlConnection &db);

} // namespace sportello::storage
