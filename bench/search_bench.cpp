// SPDX-License-Identifier: GPL-3.0-or-later
// Replays the typing of 50 realistic queries, one character at a time, into the real catalogue
// page over a synthetic catalogue, and reports the time from keystroke to results shown, the
// longest stall of the GUI thread and — on the same database — the naive FTS5 query (MATCH
// ordered by bm25() over all matches) with the ratio.
//
// Usage: search_bench [--services N]... [--cache DIR]   (default: 2000 and 100000)
#include "catalogue/cataloguepage.h"
#include "catalogue/searchtext.h"
#include "connection.h"
#include "memorysecretstore.h"
#include "prompter.h"
#include "search/cataloguesearch.h"
#include "services/catalogueservice.h"
#include "services/deskservices.h"
#include "services/searchcontroller.h"
#include "sql.h"
#include "sqlite.h"
#include "storage/auditlog.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/profile.h"
#include "support/clock.h"
#include "syntheticcatalogue.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace sportello;

namespace {

const QStringList kQueries = {
    u"bonus bollette"_s,
    u"affitto"_s,
    u"isee"_s,
    u"spid"_s,
    u"pacco alimentare"_s,
    u"assistenza domiciliare anziani"_s,
    u"centro per l'impiego"_s,
    u"permesso di soggiorno"_s,
    u"carta dedicata a te"_s,
    u"assegno di inclusione"_s,
    u"assegno unico figli"_s,
    u"sfratto"_s,
    u"disabilità"_s,
    u"badante"_s,
    u"caritas"_s,
    u"patronato"_s,
    u"caf 730"_s,
    u"naspi"_s,
    u"lavoro giovani"_s,
    u"corso di italiano"_s,
    u"mensa"_s,
    u"vestiti"_s,
    u"dormitorio"_s,
    u"violenza donne"_s,
    u"consultorio"_s,
    u"medico di base"_s,
    u"esenzione ticket"_s,
    u"invalidità civile"_s,
    u"legge 104"_s,
    u"trasporto anziani"_s,
    u"pasti a domicilio"_s,
    u"doposcuola"_s,
    u"nido gratis"_s,
    u"bonus luce gas"_s,
    u"acqua"_s,
    u"contributo economico comune"_s,
    u"segretariato sociale"_s,
    u"assistente sociale"_s,
    u"facilitazione digitale"_s,
    u"cie carta identità"_s,
    u"app io"_s,
    u"fascicolo sanitario"_s,
    u"pensione"_s,
    u"amministratore di sostegno"_s,
    u"avvocato"_s,
    u"stranieri"_s,
    u"residenza"_s,
    u"casa popolare"_s,
    u"emporio solidale"_s,
    u"misura b2"_s,
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(static_cast<size_t>(p * static_cast<double>(values.size() - 1) + 0.5));
}

struct Figures
{
    int services = 0;
    std::vector<double> keystrokeMs;
    double longestStallMs = 0;
    std::vector<double> naiveMs;
    double indexBuildMs = 0;
    size_t indexBytes = 0;
    // What the referral dialog reads to offer the catalogue's entries: the one query it runs
    // now, and the whole services it read before (every service with its sub-queries).
    double referralTargetsMs = 0;
    double wholeServicesMs = 0;
    int referralTargets = 0;
};

Figures measure(const QString &dataDir, int services)
{
    Figures figures;
    figures.services = services;
    const SystemClock clock;
    auto profile = storage::Profile::open(dataDir, sportello::test::secrets());
    if (!profile)
        qFatal("cannot open the profile");
    storage::Database &database = (*profile)->database();

    // The desk's service set, as the desktop builds it: its search loads on its own thread.
    services::DeskServices desk(database, clock);
    QElapsedTimer build;
    build.start();
    services::SearchController &controller = desk.search();
    {
        QEventLoop loop;
        QObject::connect(&controller, &services::SearchController::indexReloaded, &loop,
                         &QEventLoop::quit);
        if (!controller.isReady())
            loop.exec();
    }
    figures.indexBuildMs = static_cast<double>(build.nsecsElapsed()) / 1e6;
    figures.indexBytes = controller.index()->text().memoryBytes();

    {
        QElapsedTimer timer;
        timer.start();
        auto targets = desk.catalogue().referralTargets();
        figures.referralTargetsMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (!targets)
            qFatal("referral targets");
        figures.referralTargets = int(targets->size());
        timer.restart();
        auto organizations = desk.catalogue().organizations();
        auto whole = storage::CatalogueRepository(database, clock).services();
        figures.wholeServicesMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (!organizations || !whole)
            qFatal("whole services");
    }

    ui::DialogPrompter prompter;
    const security::Actor volunteer {0, u"bench"_s, u"Bench"_s, security::Role::Operatore};
    ui::CataloguePage page({desk.catalogue(), controller, clock, prompter, {}, volunteer});
    page.resize(1280, 800);
    page.show();
    QLineEdit *field = page.searchField();

    // The GUI thread's heartbeat: the longest gap between two ticks is the longest stall.
    QElapsedTimer heartbeat;
    heartbeat.start();
    qint64 lastTick = 0;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = heartbeat.nsecsElapsed();
        if (lastTick != 0)
            figures.longestStallMs
                = std::max(figures.longestStallMs, static_cast<double>(now - lastTick) / 1e6);
        lastTick = now;
    });

    quint64 shown = 0;
    QObject::connect(&page, &ui::CataloguePage::resultsShown, [&](quint64 n) { shown = n; });
    auto typeAndWait = [&](const std::function<void()> &keystroke) {
        const quint64 before = shown;
        QElapsedTimer timer;
        timer.start();
        keystroke();
        while (shown == before)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        return static_cast<double>(timer.nsecsElapsed()) / 1e6;
    };

    // Settle the first (empty) search before measuring.
    typeAndWait([&] { page.refreshSearch(); });
    ticker.start();
    lastTick = 0;
    for (const QString &query : kQueries) {
        if (!field->text().isEmpty())
            typeAndWait([&] { field->clear(); });
        for (const QChar c : query) {
            figures.keystrokeMs.push_back(typeAndWait([&] {
                QTest::sendKeyEvent(QTest::Click, field, Qt::Key_unknown, QString(c),
                                    Qt::NoModifier);
            }));
        }
    }
    ticker.stop();

    // The naive query on the same database, for every prefix typed above.
    const storage::SqlConnection db = storage::connectionOf(database);
    QString weights;
    for (const double w : catalogue::kSearchFieldWeights)
        weights += u", "_s + QString::number(w);
    const QString sql = u"SELECT rowid FROM catalogue_fts WHERE catalogue_fts MATCH ? "
                        "ORDER BY bm25(catalogue_fts"_s
        + weights + u") LIMIT 50"_s;
    for (const QString &query : kQueries) {
        for (qsizetype length = 1; length <= query.size(); ++length) {
            const QString fts = search::CatalogueIndex::toFtsQuery(
                search::CatalogueIndex::parse(query.left(length)));
            if (fts.isEmpty())
                continue;
            QElapsedTimer timer;
            timer.start();
            storage::SqlQuery q(db);
            if (!q.prepare(sql))
                continue;
            q.addBindValue(fts);
            if (!q.exec())
                continue;
            while (q.next()) { }
            figures.naiveMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        }
    }
    return figures;
}

void report(const Figures &f)
{
    const double p50 = percentile(f.keystrokeMs, 0.5);
    const double p99 = percentile(f.keystrokeMs, 0.99);
    const double n50 = percentile(f.naiveMs, 0.5);
    const double n99 = percentile(f.naiveMs, 0.99);
    std::printf("\n== %d services ==\n", f.services);
    std::printf("index build (load + tokenize)   %9.1f ms, text index %.1f MiB\n", f.indexBuildMs,
                static_cast<double>(f.indexBytes) / (1024.0 * 1024.0));
    std::printf("keystroke → results shown       median %7.2f ms   p99 %7.2f ms   max %7.2f ms   "
                "(%zu keystrokes)\n",
                p50, p99, *std::max_element(f.keystrokeMs.begin(), f.keystrokeMs.end()),
                f.keystrokeMs.size());
    std::printf("longest GUI-thread stall        %7.2f ms\n", f.longestStallMs);
    std::printf("naive FTS5 MATCH + bm25 sort    median %7.2f ms   p99 %7.2f ms   max %7.2f ms\n",
                n50, n99, *std::max_element(f.naiveMs.begin(), f.naiveMs.end()));
    std::printf("ratio naive / ours              median %6.1fx   p99 %6.1fx\n",
                p50 > 0 ? n50 / p50 : 0.0, p99 > 0 ? n99 / p99 : 0.0);
    std::printf("referral dialog: %d entries in %7.1f ms (one query); organizations + whole "
                "services %7.1f ms (ratio %.1fx)\n",
                f.referralTargets, f.referralTargetsMs, f.wholeServicesMs,
                f.referralTargetsMs > 0 ? f.wholeServicesMs / f.referralTargetsMs : 0.0);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QList<int> sizes;
    QString cache = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation))
                        .filePath(u"sportello-bench"_s);
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--services"_s)
            sizes.append(args.at(++i).toInt());
        else if (args.at(i) == u"--cache"_s)
            cache = args.at(++i);
    }
    if (sizes.isEmpty())
        sizes = {2000, 100000};
    std::printf(
        "Sportello catalogue search benchmark — %lld queries typed one character at a time\n",
        static_cast<long long>(kQueries.size()));
    for (const int size : sizes) {
        const QString dir = QDir(cache).filePath(u"catalogue-%1"_s.arg(size));
        if (!bench::prepareSyntheticProfile(dir, size, sportello::test::secrets()))
            return 1;
        report(measure(dir, size));
    }
    return 0;
}
