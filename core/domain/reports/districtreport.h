// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/suppression.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

// The district report (issue 15, point 6): what the hub knows of the referrals of every desk —
// their anonymized records, by month since a record carries no day — counted by desk, comune,
// month and destination, with the closed loop (how many the destinations answered and how soon
// they took the person on). The hub counts (DistrictCounts), then publishes with small cells
// suppressed (DistrictReport): only the published form leaves the hub, to a file or to a desk.
namespace sportello::reports {

// A whole number of months, both ends included: "2026-01" … "2026-12".
struct MonthRange
{
    QString from;
    QString to;

    [[nodiscard]] bool isValid() const;
    // The months in order.
    [[nodiscard]] QStringList months() const;
    // "2026-03" or "2026-03-15" (the month of that day); none for anything else.
    [[nodiscard]] static std::optional<QString> monthOf(const QString &text);
};

// A table of counts with the codes of its rows and columns, and which totals it shows.
struct CountTable
{
    QString id; // referrals.desk, referrals.comune, … (districtTableIds())
    QStringList rows;
    QStringList columns;
    CountGrid grid;
};

// The table ids of the district report, in the order it shows them.
[[nodiscard]] const QStringList &districtTableIds();

// What the hub counted, every count exact: it never leaves the hub as it is.
struct DistrictCounts
{
    QString district;
    MonthRange months;
    qint64 desks = 0; // enrolled desks, revoked ones included (their referrals count)
    QList<CountTable> tables;
    // Per destination type, the referrals taken over in each band of days to take-over
    // (wire::daysToTakeOverBands() order).
    QMap<QString, QList<qint64>> takeOverBands;
};

// A table as published: every hidden value is empty, totals included.
struct PublishedTable
{
    QString id;
    QStringList rows;
    QStringList columns;
    bool rowTotals = true;
    bool columnTotals = true;
    // The extended grid: rows × columns, then the row totals as a last column and the column
    // totals as a last row when shown.
    QList<QList<std::optional<qint64>>> values;

    [[nodiscard]] std::optional<qint64> cell(int row, int column) const;
    [[nodiscard]] std::optional<qint64> rowTotal(int row) const; // empty when not shown
    [[nodiscard]] std::optional<qint64> columnTotal(int column) const;
    [[nodiscard]] std::optional<qint64> grandTotal() const;
};

// A count table with its small cells and their complements hidden.
[[nodiscard]] PublishedTable publish(const CountTable &table, int threshold);

// The published district report.
struct DistrictReport
{
    QString district;
    MonthRange months;
    int threshold = kDefaultThreshold;
    qint64 desks = 0;
    QList<PublishedTable> tables;
    // Per destination type ("" for all of them), the band of days in which half the referrals
    // taken over were taken over; only where at least `threshold` were.
    QMap<QString, QString> medianTakeOver;

    [[nodiscard]] const PublishedTable *table(const QString &id) const;
};

// The band holding the median of a distribution over the bands; none for no count.
[[nodiscard]] std::optional<QString> medianBand(const QList<qint64> &perBand);

[[nodiscard]] DistrictReport publishDistrict(const DistrictCounts &counts, int threshold);

// The report as the hub serves it (docs/hub-api.yaml, DistrictReport), and read back by a
// desk; a hidden value is null. fromJson checks the shape and every count, and says where the
// first problem is.
[[nodiscard]] QJsonObject toJson(const DistrictReport &report);
[[nodiscard]] std::variant<DistrictReport, QString> districtReportFromJson(const QJsonObject &json);

} // namespace sportello::reports
