// SPDX-License-Identifier: GPL-3.0-or-later
// Measures the cost of one small durable write transaction (BEGIN IMMEDIATE … COMMIT at
// synchronous=FULL in WAL mode) — the floor under every "save" at the counter — and of opening
// a profile. Usage: storage_bench [iterations=500] [folder=temporary]
#include "connection.h"
#include "memorysecretstore.h"
#include "sql.h"
#include "storage/database.h"
#include "storage/migration.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace sportello::storage;

namespace {
double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = static_cast<size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values.at(index);
}

void report(const char *what, const std::vector<double> &ms)
{
    std::printf("%-44s median %7.3f ms   p99 %7.3f ms   (n=%zu)\n", what, percentile(ms, 0.5),
                percentile(ms, 0.99), ms.size());
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int iterations = args.size() > 1 ? std::max(10, args.at(1).toInt()) : 500;
    QTemporaryDir temporary;
    const QString folder = args.size() > 2 ? args.at(2) : temporary.path();

    const MigrationSet schema({{1,
                                u"bench"_s,
                                {u"CREATE TABLE rows(id INTEGER PRIMARY KEY, a TEXT, b INTEGER)"_s,
                                 u"CREATE INDEX rows_b ON rows(b)"_s}}});

    std::vector<double> openMs;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto db = Database::open(folder + u"/open-%1.db"_s.arg(i), schema,
                                 sportello::test::databaseKey());
        if (!db) {
            std::fprintf(stderr, "open failed: %s\n", qPrintable(db.error().toLogString()));
            return 1;
        }
        openMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }

    auto db = Database::open(folder + u"/bench.db"_s, schema, sportello::test::databaseKey());
    if (!db)
        return 1;
    std::vector<double> commitMs;
    commitMs.reserve(static_cast<size_t>(iterations));
    for (int i = 0; i < iterations; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto tx = Transaction::begin(**db);
        for (int row = 0; row < 6; ++row) {
            auto inserted = run(connectionOf(**db), u"INSERT INTO rows(a, b) VALUES (?, ?)"_s,
                                {u"needs and services of a session"_s, i * 10 + row});
            if (!inserted)
                return 1;
        }
        if (!tx || !tx->commit())
            return 1;
        commitMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }

    std::printf("Sportello storage benchmark (%d iterations, folder %s)\n", iterations,
                qPrintable(folder));
    report("open + migrate a new database", openMs);
    report("transaction of 6 inserts, synchronous=FULL", commitMs);
    return 0;
}
