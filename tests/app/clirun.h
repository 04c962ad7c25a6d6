// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real sportello-cli on a profile, in English, with what it reads on standard input.
#pragma once

#include "testhelpers.h"

#include <QProcess>
#include <QString>
#include <QStringList>

#include <catch2/catch_test_macros.hpp>

namespace sportello::test {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QString &dataDir, const QStringList &arguments,
                     const QByteArray &input = {})
{
    QProcess process;
    process.start(cliExecutable(),
                  QStringList {QStringLiteral("--lang"), QStringLiteral("en"),
                               QStringLiteral("--data-dir"), dataDir}
                      + arguments);
    REQUIRE(process.waitForStarted(10000));
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return CliRun {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                   QString::fromUtf8(process.readAllStandardError())};
}

} // namespace sportello::test
