// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasefiles.h"

#include "storage/profile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;

namespace sportello::test {

namespace {
QByteArray contents(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}
} // namespace

QStringList databaseFiles(const QString &dataDir)
{
    QStringList files;
    const QString base = QString::fromLatin1(storage::Profile::kDatabaseFileName);
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        const QString path = QDir(dataDir).filePath(base + suffix);
        if (QFile::exists(path))
            files.append(path);
    }
    return files;
}

QByteArray databaseBytes(const QString &dataDir)
{
    QByteArray bytes;
    for (const QString &path : databaseFiles(dataDir))
        bytes += contents(path);
    return bytes;
}

QList<QByteArray> textEncodings(const QString &text)
{
    QByteArray little;
    QByteArray big;
    for (const QChar c : text) {
        const auto low = char(c.unicode() & 0xff);
        const auto high = char(c.unicode() >> 8);
        little.append(low).append(high);
        big.append(high).append(low);
    }
    return {text.toUtf8(), little, big};
}

QStringList filesContaining(const QStringList &files, const QList<QByteArray> &needles)
{
    QStringList found;
    for (const QString &path : files) {
        const QByteArray bytes = contents(path);
        for (const QByteArray &needle : needles) {
            if (!needle.isEmpty() && bytes.contains(needle)) {
                found.append(QFileInfo(path).fileName());
                break;
            }
        }
    }
    return found;
}

QStringList filesContaining(const QStringList &files, const QString &text)
{
    return filesContaining(files, textEncodings(text));
}

} // namespace sportello::test
