// SPDX-License-Identifier: GPL-3.0-or-later
// The layering rules of DESIGN.md §3, checked on the sources: core never reaches for Gui or
// Widgets (nor any other graphical module); ui never runs SQL or HTTP.
#include "testhelpers.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;

namespace {

const QStringList kGraphicalModules
    = {u"QtGui"_s, u"QtWidgets"_s,    u"QtPrintSupport"_s, u"QtOpenGL"_s, u"QtOpenGLWidgets"_s,
       u"QtSvg"_s, u"QtSvgWidgets"_s, u"QtQuick"_s,        u"QtQml"_s,    u"QtCharts"_s};

// Every header name a module installs ("QWidget", "qwidget.h"), from Qt's include folder.
QSet<QString> headersOf(const QStringList &modules)
{
    QSet<QString> names;
    const QDir root(QString::fromUtf8(SPORTELLO_QT_HEADERS_DIR));
    for (const QString &module : modules) {
        const QDir dir(root.filePath(module));
        const QStringList entries = dir.entryList(QDir::Files);
        for (const QString &entry : entries)
            names.insert(entry);
    }
    return names;
}

struct Offence
{
    QString file;
    QString include;
};

// Includes in `folder` (relative to the sources) whose header is in `forbidden`, or whose
// path starts with a forbidden module name.
QList<Offence> forbiddenIncludes(const QString &folder, const QSet<QString> &forbidden,
                                 const QStringList &forbiddenModules)
{
    static const QRegularExpression include(u"^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"_s,
                                            QRegularExpression::MultilineOption);
    QList<Offence> offences;
    QDirIterator it(QDir(sportello::test::sourceDir()).filePath(folder),
                    {u"*.h"_s, u"*.cpp"_s, u"*.hpp"_s, u"*.in"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        auto matches = include.globalMatch(text);
        while (matches.hasNext()) {
            const QString header = matches.next().captured(1);
            const QString module = header.section(u'/', 0, 0);
            const QString leaf = header.section(u'/', -1);
            const bool viaModule = header.contains(u'/') && forbiddenModules.contains(module);
            const bool viaName = !header.contains(u'/') && forbidden.contains(leaf);
            if (viaModule || viaName)
                offences.append({path, header});
        }
    }
    return offences;
}

QString describe(const QList<Offence> &offences)
{
    QStringList lines;
    for (const Offence &offence : offences)
        lines.append(offence.file + u": "_s + offence.include);
    return lines.join(u'\n');
}

} // namespace

TEST_CASE("core includes no Gui or Widgets header", "[layering]")
{
    const QSet<QString> graphical = headersOf(kGraphicalModules);
    // The list must really come from Qt's folders, or the check would pass vacuously.
    REQUIRE(graphical.contains(u"QWidget"_s));
    REQUIRE(graphical.contains(u"QImage"_s));
    REQUIRE(graphical.contains(u"qpainter.h"_s));

    const auto offences = forbiddenIncludes(u"core"_s, graphical, kGraphicalModules);
    INFO(describe(offences).toStdString());
    CHECK(offences.isEmpty());
}

TEST_CASE("ui runs no SQL and no HTTP", "[layering]")
{
    const QStringList modules = {u"QtSql"_s, u"QtNetwork"_s};
    const QSet<QString> headers = headersOf(modules);
    REQUIRE(headers.contains(u"QSqlQuery"_s));
    REQUIRE(headers.contains(u"QNetworkAccessManager"_s));

    const auto offences = forbiddenIncludes(u"ui"_s, headers, modules);
    INFO(describe(offences).toStdString());
    CHECK(offences.isEmpty());
}

TEST_CASE("the layering check catches a widget include", "[layering]")
{
    // Guards the checker itself: a planted offence in a scratch copy must be reported.
    sportello::test::TempDir scratch;
    const QString folder = scratch.filePath(u"core"_s);
    REQUIRE(QDir().mkpath(folder));
    QFile file(folder + u"/planted.h"_s);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("#pragma once\n#include <QWidget>\n#include <QtGui/QImage>\n#include <QString>\n");
    file.close();

    const QSet<QString> graphical = headersOf(kGraphicalModules);
    const QDir source(sportello::test::sourceDir());
    const auto offences
        = forbiddenIncludes(source.relativeFilePath(folder), graphical, kGraphicalModules);
    REQUIRE(offences.size() == 2);
    CHECK(offences.at(0).include == u"QWidget"_s);
    CHECK(offences.at(1).include == u"QtGui/QImage"_s);
}
