// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

struct sqlite3;

// The kill points of the crash tests (reliability target 1): where the worker process sends
// itself SIGKILL. Those on the database are seen through SQLite's statement trace of the
// worker's connection, so nothing in the desk's code knows of them; those on the network are
// the driver's, through its fault proxy (tests/support/faultproxy.h).
namespace sportello::test::crash {

struct KillPoint
{
    const char *name;
    const char *where; // for the report
    bool network; // armed by the driver's proxy rather than in the worker
};

[[nodiscard]] const QList<KillPoint> &killPoints();

// Arms the database kill point `name` on `db`: the process kills itself at the (skip + 1)-th
// time the point is reached. An unknown or network point arms nothing (false). In the worker
// only (sqlkillpoint.cpp), which links the desk's SQLite.
bool armSqlKillPoint(sqlite3 *db, const QByteArray &name, int skip);

} // namespace sportello::test::crash
