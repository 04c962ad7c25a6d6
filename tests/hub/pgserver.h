// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace sportello::test {

// A throw-away PostgreSQL server for the hub's tests: initdb and pg_ctl from Debian's
// postgresql package in a temporary directory, a Unix socket of its own and a loopback port,
// stopped when the test binary ends. Run as root, the server runs as the postgres user (initdb
// refuses root). One per test binary, started on first use.
class PgServer final
{
public:
    // The running server, or null with the reason in `why`.
    static PgServer *instance(QString *why);
    ~PgServer();

    // A new, empty database and its URL for the hub ("postgresql://postgres@%2Fsock:PORT/db").
    [[nodiscard]] QString createDatabase();
    // pg_dump of a database, for scanning what the hub stored.
    [[nodiscard]] QByteArray dump(const QString &url);
    // A one-value query's answer, through psql.
    [[nodiscard]] QString value(const QString &url, const QString &sql);

    // Stops the server (fast: its connections are cut), then starts it again at the same
    // address, as an administrator's restart would.
    [[nodiscard]] bool stop();
    [[nodiscard]] bool restart();

private:
    PgServer() = default;
    bool start(QString *why);
    bool startOn(int port, QString *why);
    [[nodiscard]] QStringList asOwner(const QString &program, const QStringList &args) const;

    QTemporaryDir m_root;
    QString m_bin;
    QString m_socketDir;
    int m_port = 0;
    bool m_asPostgres = false;
    int m_databases = 0;
};

} // namespace sportello::test
