// SPDX-License-Identifier: GPL-3.0-or-later
// The layering read off the sources: the folders of core include each other in one direction
// (support ← domain, crypto ← storage ← services ← demo, services ← sync) with no cycle between any
// two folders; ui reaches no storage header; storage's internal headers stay in storage; the
// desktop does not reach the demo. The build enforces most of this (tests/layering); this names the
// offending file when someone widens an include path.
#include "testhelpers.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;

namespace {

// The layer of each target folder of core; a folder may include its own layer or lower ones.
const QHash<QString, int> kLayers
    = {{u"support"_s, 0},  {u"domain"_s, 1}, {u"crypto"_s, 1}, {u"storage"_s, 2},
       {u"services"_s, 3}, {u"demo"_s, 4},   {u"sync"_s, 4}};

// Folder → the folders it includes.
using Graph = QHash<QString, QSet<QString>>;

QStringList quotedIncludes(const QString &path)
{
    static const QRegularExpression include(u"^\\s*#\\s*include\\s*\"([^\"]+)\""_s,
                                            QRegularExpression::MultilineOption);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QStringList found;
    auto matches = include.globalMatch(QString::fromUtf8(file.readAll()));
    while (matches.hasNext())
        found.append(matches.next().captured(1));
    return found;
}

QStringList sourcesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(QDir(sportello::test::sourceDir()).filePath(folder),
                    {u"*.h"_s, u"*.cpp"_s, u"*.h.in"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

// Core's folders as "target/namespace" (e.g. "domain/people", "storage/internal"), and which
// folder provides each include prefix ("people" → "domain/people").
struct CoreFolders
{
    QHash<QString, QString> byPrefix;
    QStringList all;
};

CoreFolders coreFolders()
{
    CoreFolders folders;
    const QDir core(QDir(sportello::test::sourceDir()).filePath(u"core"_s));
    for (const QString &target : core.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const QString &ns :
             QDir(core.filePath(target)).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QString folder = target + u'/' + ns;
            folders.all.append(folder);
            if (ns != u"internal")
                folders.byPrefix.insert(ns, folder);
        }
    }
    return folders;
}

Graph coreGraph(const CoreFolders &folders)
{
    Graph graph;
    const QDir core(QDir(sportello::test::sourceDir()).filePath(u"core"_s));
    for (const QString &folder : folders.all) {
        graph[folder];
        const QString internalFolder = folder.section(u'/', 0, 0) + u"/internal"_s;
        const QString path = core.filePath(folder);
        for (const QString &file :
             sourcesUnder(QDir(sportello::test::sourceDir()).relativeFilePath(path))) {
            for (const QString &include : quotedIncludes(file)) {
                QString target;
                if (include.contains(u'/'))
                    target = folders.byPrefix.value(include.section(u'/', 0, 0));
                else if (QFile::exists(QFileInfo(file).dir().filePath(include)))
                    target = folder; // the same folder
                else if (QFile::exists(core.filePath(internalFolder + u'/' + include)))
                    target = internalFolder;
                INFO(file.toStdString() << " includes " << include.toStdString());
                REQUIRE_FALSE(target.isEmpty()); // every quoted include names a core header
                if (target != folder)
                    graph[folder].insert(target);
            }
        }
    }
    return graph;
}

// A cycle among the folders, as "a → b → a", or empty when there is none.
QString findCycle(const Graph &graph)
{
    QHash<QString, int> state; // 0 unvisited, 1 on the path, 2 done
    QStringList path;
    std::function<QString(const QString &)> visit = [&](const QString &node) -> QString {
        state[node] = 1;
        path.append(node);
        QStringList next = graph.value(node).values();
        next.sort();
        for (const QString &to : next) {
            if (state.value(to) == 1)
                return (path.mid(path.indexOf(to)) + QStringList {to}).join(u" → "_s);
            if (state.value(to) == 0) {
                if (QString cycle = visit(to); !cycle.isEmpty())
                    return cycle;
            }
        }
        path.removeLast();
        state[node] = 2;
        return {};
    };
    QStringList nodes = graph.keys();
    nodes.sort();
    for (const QString &node : nodes) {
        if (state.value(node) == 0) {
            if (QString cycle = visit(node); !cycle.isEmpty())
                return cycle;
        }
    }
    return {};
}

} // namespace

TEST_CASE("core's folders include each other downwards only, without cycles", "[layering]")
{
    const CoreFolders folders = coreFolders();
    // The listing must really come from the tree, or the checks would pass vacuously.
    REQUIRE(folders.byPrefix.value(u"people"_s) == u"domain/people"_s);
    REQUIRE(folders.byPrefix.value(u"services"_s) == u"services/services"_s);
    const Graph graph = coreGraph(folders);
    REQUIRE(graph.value(u"services/services"_s).contains(u"storage/storage"_s));

    QStringList upward;
    for (auto it = graph.cbegin(); it != graph.cend(); ++it) {
        const QString fromTarget = it.key().section(u'/', 0, 0);
        for (const QString &to : it.value()) {
            const QString toTarget = to.section(u'/', 0, 0);
            const bool sideways
                = fromTarget != toTarget && kLayers.value(fromTarget) == kLayers.value(toTarget);
            if (kLayers.value(toTarget) > kLayers.value(fromTarget) || sideways)
                upward.append(it.key() + u" → "_s + to);
        }
    }
    INFO(upward.join(u'\n').toStdString());
    CHECK(upward.isEmpty());
    const QString cycle = findCycle(graph);
    INFO(cycle.toStdString());
    CHECK(cycle.isEmpty());
}

TEST_CASE("the cycle finder finds a cycle between folders", "[layering]")
{
    // Guards the checker itself.
    const Graph acyclic = {{u"a"_s, {u"b"_s}}, {u"b"_s, {u"c"_s}}, {u"c"_s, {}}};
    CHECK(findCycle(acyclic).isEmpty());
    const Graph cyclic = {{u"a"_s, {u"b"_s}}, {u"b"_s, {u"c"_s}}, {u"c"_s, {u"a"_s}}};
    CHECK(findCycle(cyclic) == u"a → b → c → a"_s);
}

TEST_CASE("ui and the executables reach no storage internals; ui and the desktop no demo",
          "[layering]")
{
    const QStringList internal
        = QDir(QDir(sportello::test::sourceDir()).filePath(u"core/storage/internal"_s))
              .entryList({u"*.h"_s}, QDir::Files);
    REQUIRE(internal.contains(u"connection.h"_s));
    QStringList offences;
    const auto scan = [&](const QString &folder, const QStringList &forbiddenPrefixes,
                          bool internalAllowed) {
        for (const QString &file : sourcesUnder(folder)) {
            for (const QString &include : quotedIncludes(file)) {
                const QString prefix = include.section(u'/', 0, 0);
                const bool reachesInternal
                    = (!include.contains(u'/') && internal.contains(include)
                       && !QFile::exists(QFileInfo(file).dir().filePath(include)))
                    || prefix == u"internal";
                if (forbiddenPrefixes.contains(prefix) || (reachesInternal && !internalAllowed))
                    offences.append(file + u": "_s + include);
            }
        }
    };
    scan(u"ui"_s, {u"storage"_s, u"demo"_s}, false);
    scan(u"app/desktop"_s, {u"demo"_s}, false);
    scan(u"app/common"_s, {u"storage"_s, u"demo"_s}, false);
    scan(u"app/cli"_s, {}, false);
    INFO(offences.join(u'\n').toStdString());
    CHECK(offences.isEmpty());
}

TEST_CASE("ui includes only the sync's headers that name no Qt Network type", "[layering]")
{
    // ui drives the sync (the controller, the enrolment) but never holds a network manager,
    // a reply or a TLS type: those stay in core/sync, behind these headers.
    const QStringList allowed
        = {u"network/boardfetch.h"_s, u"network/districtreportfetch.h"_s, u"network/enrolment.h"_s,
           u"network/networkfactory.h"_s, u"network/synccontroller.h"_s};
    static const QRegularExpression qtNetwork(
        u"^\\s*#\\s*include\\s*<(QtNetwork/|QNetwork|QSsl|QHttp|QTcp|QUdp|QHost|QAbstractSocket)"_s,
        QRegularExpression::MultilineOption);
    const QDir sync(QDir(sportello::test::sourceDir()).filePath(u"core/sync"_s));
    // The allowed headers and every network/ header they include, transitively.
    QStringList pending = allowed;
    QSet<QString> seen;
    QStringList offences;
    while (!pending.isEmpty()) {
        const QString header = pending.takeFirst();
        if (seen.contains(header))
            continue;
        seen.insert(header);
        QFile file(sync.filePath(header));
        REQUIRE(file.open(QIODevice::ReadOnly));
        if (qtNetwork.match(QString::fromUtf8(file.readAll())).hasMatch())
            offences.append(header + u": a Qt Network header"_s);
        for (const QString &include : quotedIncludes(file.fileName())) {
            if (include.startsWith(u"network/"))
                pending.append(include);
        }
    }
    REQUIRE(seen.contains(u"network/outboxdelivery.h"_s)); // the walk follows includes
    bool usesSync = false;
    for (const QString &file : sourcesUnder(u"ui"_s)) {
        for (const QString &include : quotedIncludes(file)) {
            if (!include.startsWith(u"network/"))
                continue;
            usesSync = true;
            if (!allowed.contains(include))
                offences.append(file + u": "_s + include);
        }
    }
    REQUIRE(usesSync); // or the check would pass vacuously
    INFO(offences.join(u'\n').toStdString());
    CHECK(offences.isEmpty());
}

TEST_CASE("ui uses no part of the service set meant for the composition roots and the command "
          "line",
          "[layering]")
{
    // The shared context (raw vault, database, audit log), the imports and the audit reads
    // without a login are for app/, the demo and tests; the vault's header is not ui's either.
    const QStringList forbidden
        = {u".context()"_s,      u"->context()"_s,        u"WithoutLogin("_s,
           u"catalogueIo()"_s,   u"\"crypto/vault.h\""_s, u"\"crypto/wrapstore.h\""_s,
           u"removePersonData"_s};
    QStringList offences;
    for (const QString &file : sourcesUnder(u"ui"_s)) {
        QFile source(file);
        REQUIRE(source.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(source.readAll());
        for (const QString &token : forbidden) {
            if (text.contains(token))
                offences.append(file + u": "_s + token);
        }
    }
    // The scan reads real files (ui/ has its sources), or it would pass vacuously.
    REQUIRE(sourcesUnder(u"ui"_s).size() > 50);
    INFO(offences.join(u'\n').toStdString());
    CHECK(offences.isEmpty());
}
