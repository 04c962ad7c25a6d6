// SPDX-License-Identifier: GPL-3.0-or-later
#include "testhelpers.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QThread>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace sportello::test {

namespace {

QMutex expectedMutex;
QStringList expectedQtMessages; // guarded by expectedMutex
QtMessageHandler printMessage = nullptr;

void failOnWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    printMessage(type, context, message);
    if (type != QtWarningMsg && type != QtCriticalMsg)
        return;
    {
        const QMutexLocker lock(&expectedMutex);
        for (const QString &expected : std::as_const(expectedQtMessages)) {
            if (message.startsWith(expected))
                return;
        }
    }
    std::fprintf(stderr, "a warning no test expected: every warning is fatal in this suite\n");
    std::abort();
}

void swallow(QtMsgType, const QMessageLogContext &, const QString &) { }

} // namespace

ExpectedWarnings::ExpectedWarnings(const QStringList &categories, const QStringList &qtMessages)
{
    QStringList rules;
    for (const QString &category : categories)
        rules.append(category + u".warning=false"_s);
    QLoggingCategory::setFilterRules(rules.join(u'\n'));
    const QMutexLocker lock(&expectedMutex);
    expectedQtMessages = qtMessages;
}

ExpectedWarnings::~ExpectedWarnings()
{
    QLoggingCategory::setFilterRules({});
    const QMutexLocker lock(&expectedMutex);
    expectedQtMessages.clear();
}

void makeWarningsFatal()
{
    // Qt reads QT_FATAL_WARNINGS once, at the first warning, and then aborts after any handler
    // has run, whatever it expected. So the first warning is given here, swallowed, with the
    // variable unset: in this process the handler below decides; the programs the tests start
    // inherit QT_FATAL_WARNINGS=1 and abort on any warning of theirs (tests/hub/hubprocess.h
    // says which categories a hub may log).
    qunsetenv("QT_FATAL_WARNINGS");
    const QtMessageHandler previous = qInstallMessageHandler(swallow);
    qWarning("the test main reads QT_FATAL_WARNINGS");
    qInstallMessageHandler(previous);
    qputenv("QT_FATAL_WARNINGS", "1");
    printMessage = qInstallMessageHandler(failOnWarning);
}

TempDir::TempDir()
    : m_dir(QDir::tempPath() + u"/sportello-test-XXXXXX"_s)
{ }

QString cliExecutable()
{
    return QString::fromUtf8(SPORTELLO_CLI_EXECUTABLE);
}

QString desktopExecutable()
{
    return QString::fromUtf8(SPORTELLO_DESKTOP_EXECUTABLE);
}

QString sourceDir()
{
    return QString::fromUtf8(SPORTELLO_SOURCE_DIR);
}

} // namespace sportello::test
