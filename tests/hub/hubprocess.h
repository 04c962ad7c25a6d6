// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;

// The real sportello-hub binary, run by the tests: its admin commands and its server.
namespace sportello::test {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline Run hubCommand(const QStringList &args)
{
    QProcess process;
    process.start(QString::fromUtf8(SPORTELLO_HUB_EXECUTABLE), args);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// What a test lets the hub it starts log, besides nothing: the suites run with every warning
// fatal, and the programs they start inherit it.
enum class QtWarnings {
    Fatal,
    // No warning is fatal. Only for a database stopped under the hub: Qt's PostgreSQL driver
    // then warns that it cannot free the prepared statements of the dead connection.
    Tolerated,
};

// Has the hub `server` will run keep quiet the warnings of `categories` ("sportello.app"), which
// a test provokes on purpose (a database locked or stopped under it).
inline void expectHubWarnings(QProcess &server, const QStringList &categories,
                              QtWarnings qt = QtWarnings::Fatal)
{
    QStringList rules;
    for (const QString &category : categories)
        rules.append(category + u".warning=false"_s);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_LOGGING_RULES"_s, rules.join(u';'));
    if (qt == QtWarnings::Tolerated)
        environment.remove(u"QT_FATAL_WARNINGS"_s);
    server.setProcessEnvironment(environment);
}

// Starts `sportello-hub serve` on a loopback port (0: a free one); its base URL.
inline QString startServer(QProcess &server, const QString &hubDir, quint16 port = 0)
{
    server.setProcessChannelMode(QProcess::SeparateChannels);
    server.start(QString::fromUtf8(SPORTELLO_HUB_EXECUTABLE),
                 {u"serve"_s, u"--listen"_s, u"127.0.0.1:%1"_s.arg(port), u"--dir"_s, hubDir});
    QString listening;
    for (int i = 0; i < 100 && listening.isEmpty(); ++i) {
        server.waitForReadyRead(200);
        const QString line = QString::fromUtf8(server.readLine()).trimmed();
        if (line.startsWith(u"listening on "))
            listening = line.mid(13);
    }
    INFO(QString::fromUtf8(server.readAllStandardError()).toStdString());
    REQUIRE(listening.startsWith(u"https://127.0.0.1:"));
    return listening;
}

} // namespace sportello::test
