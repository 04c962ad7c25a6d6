// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgserver.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sportello::test {

namespace {

QString findBin()
{
    const QStringList versions
        = QDir(u"/usr/lib/postgresql"_s)
              .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    for (const QString &version : versions) {
        const QString bin = u"/usr/lib/postgresql/%1/bin"_s.arg(version);
        if (QFile::exists(bin + u"/pg_ctl"_s))
            return bin;
    }
    return {};
}

bool runQuiet(const QStringList &command, QString *why, int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(command.first(), command.mid(1));
    if (!process.waitForFinished(timeoutMs) || process.exitCode() != 0) {
        if (why)
            *why = command.join(u' ') + u": "_s
                + QString::fromLocal8Bit(process.readAll()).left(400);
        return false;
    }
    return true;
}

} // namespace

PgServer *PgServer::instance(QString *why)
{
    static std::unique_ptr<PgServer> server;
    static QString failure;
    static bool tried = false;
    if (!tried) {
        tried = true;
        std::unique_ptr<PgServer> candidate(new PgServer);
        if (candidate->start(&failure))
            server = std::move(candidate);
    }
    if (!server && why)
        *why = failure;
    return server.get();
}

QStringList PgServer::asOwner(const QString &program, const QStringList &args) const
{
    QStringList command;
    if (m_asPostgres)
        command << u"runuser"_s << u"-u"_s << u"postgres"_s << u"--"_s;
    command << m_bin + u'/' + program;
    command += args;
    return command;
}

bool PgServer::start(QString *why)
{
    m_bin = findBin();
    if (m_bin.isEmpty()) {
        *why = u"PostgreSQL is not installed (./dev installs the postgresql package)"_s;
        return false;
    }
    if (!m_root.isValid()) {
        *why = u"no temporary directory"_s;
        return false;
    }
    m_asPostgres = ::geteuid() == 0;
    const QString data = m_root.filePath(u"data"_s);
    m_socketDir = m_root.filePath(u"sock"_s);
    QDir().mkpath(m_socketDir);
    if (m_asPostgres) {
        QFile::setPermissions(m_root.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                  | QFile::ReadOther | QFile::ExeOther);
        if (!runQuiet({u"chown"_s, u"-R"_s, u"postgres"_s, m_root.path()}, why))
            return false;
    }
    if (!runQuiet(asOwner(u"initdb"_s,
                          {u"-D"_s, data, u"-A"_s, u"trust"_s, u"-U"_s, u"postgres"_s, u"-E"_s,
                           u"UTF8"_s, u"--no-sync"_s}),
                  why, 120000))
        return false;
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (startOn(20000 + int(QRandomGenerator::global()->bounded(20000)), why))
            return true;
    }
    return false;
}

bool PgServer::startOn(int port, QString *why)
{
    m_port = port;
    const QString options
        = u"-k %1 -p %2 -c listen_addresses=127.0.0.1 -c fsync=off"_s.arg(m_socketDir).arg(m_port);
    return runQuiet(asOwner(u"pg_ctl"_s,
                            {u"-D"_s, m_root.filePath(u"data"_s), u"-o"_s, options, u"-w"_s,
                             u"-t"_s, u"60"_s, u"-l"_s, m_root.filePath(u"pg.log"_s), u"start"_s}),
                    why, 90000);
}

bool PgServer::stop()
{
    return runQuiet(
        asOwner(u"pg_ctl"_s,
                {u"-D"_s, m_root.filePath(u"data"_s), u"-m"_s, u"fast"_s, u"-w"_s, u"stop"_s}),
        nullptr);
}

bool PgServer::restart()
{
    QString why;
    return startOn(m_port, &why);
}

PgServer::~PgServer()
{
    (void)stop();
}

QString PgServer::createDatabase()
{
    const QString name = u"hub_test_%1_%2"_s.arg(::getpid()).arg(++m_databases);
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"pg-admin"_s);
        admin.setHostName(m_socketDir);
        admin.setPort(m_port);
        admin.setUserName(u"postgres"_s);
        admin.setDatabaseName(u"postgres"_s);
        if (admin.open()) {
            QSqlQuery query(admin);
            query.exec(u"CREATE DATABASE %1"_s.arg(name));
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(u"pg-admin"_s);
    return u"postgresql://postgres@%1:%2/%3"_s.arg(
        QString::fromLatin1(QUrl::toPercentEncoding(m_socketDir)), QString::number(m_port), name);
}

QByteArray PgServer::dump(const QString &url)
{
    const QString name = url.section(u'/', -1);
    QProcess process;
    process.start(
        m_bin + u"/pg_dump"_s,
        {u"-h"_s, m_socketDir, u"-p"_s, QString::number(m_port), u"-U"_s, u"postgres"_s, name});
    process.waitForFinished(60000);
    return process.readAllStandardOutput();
}

QString PgServer::value(const QString &url, const QString &sql)
{
    QProcess process;
    process.start(m_bin + u"/psql"_s,
                  {u"-h"_s, m_socketDir, u"-p"_s, QString::number(m_port), u"-U"_s, u"postgres"_s,
                   u"-d"_s, url.section(u'/', -1), u"-tAc"_s, sql});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

} // namespace sportello::test
