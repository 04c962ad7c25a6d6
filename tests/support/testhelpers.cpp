// SPDX-License-Identifier: GPL-3.0-or-later
#include "testhelpers.h"

#include <QLoggingCategory>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace sportello::test {

ExpectedWarnings::ExpectedWarnings(const QStringList &categories)
{
    QStringList rules;
    for (const QString &category : categories)
        rules.append(category + u".warning=false"_s);
    QLoggingCategory::setFilterRules(rules.join(u'\n'));
}

ExpectedWarnings::~ExpectedWarnings()
{
    QLoggingCategory::setFilterRules({});
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
