// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

#include <optional>

// Small-cell suppression of a table of counts before it leaves the desk or the hub (an export,
// a PDF, the district report): reliability target 30, the Garante's rules for statistics.
namespace sportello::reports {

// The smallest count a published cell may show: 5 unless configured, never below 3.
inline constexpr int kDefaultThreshold = 5;
inline constexpr int kMinimumThreshold = 3;
[[nodiscard]] int clampThreshold(int threshold);

// A table of counts as it is published: rows × columns, with its row totals (a last column)
// and its column totals (a last row, with the grand total when both are shown) when the table
// shows them.
struct CountGrid
{
    QList<QList<qint64>> cells; // [row][column], every row the same length, counts >= 0
    bool rowTotals = true;
    bool columnTotals = true;

    [[nodiscard]] int rows() const { return int(cells.size()); }
    [[nodiscard]] int columns() const { return cells.isEmpty() ? 0 : int(cells.first().size()); }
    [[nodiscard]] qint64 rowTotal(int row) const;
    [[nodiscard]] qint64 columnTotal(int column) const;
    [[nodiscard]] qint64 grandTotal() const;
};

enum class Hidden : quint8 {
    No,
    Small, // 1…k−1: shown as "<k"
    Complement, // hidden so that a small one cannot be worked out from the totals
};

// What to hide in a grid, cells and totals alike. Positions run over the extended grid: row
// `rows()` is the column totals, column `columns()` the row totals, and (rows(), columns())
// the grand total.
struct Suppression
{
    int threshold = kDefaultThreshold;
    QList<QList<Hidden>> hidden; // (rows() + 1) × (columns() + 1); totals not shown stay No

    [[nodiscard]] Hidden at(int row, int column) const { return hidden.at(row).at(column); }
    [[nodiscard]] bool isHidden(int row, int column) const { return at(row, column) != Hidden::No; }
    [[nodiscard]] int hiddenCount() const;
};

// Hides every count from 1 to threshold − 1 (cells and shown totals; a zero is not hidden for
// itself), then adds complementary cells until no hidden value can be worked out from the
// shown totals: along every line that has a shown total, a hidden value never stands alone,
// and when both totals are shown every hidden value lies on a cycle of hidden values (so no
// combination of row and column equations isolates it). Complements are the smallest counts
// that do it, inner cells before totals, zeros last. Deterministic.
[[nodiscard]] Suppression suppress(const CountGrid &grid, int threshold = kDefaultThreshold);

// The grid as it is published: its rows, each followed by its row total when shown, then the
// column totals (and the grand total) when shown; every value suppress() hides is empty.
[[nodiscard]] QList<QList<std::optional<qint64>>> publishedValues(const CountGrid &grid,
                                                                  int threshold);

} // namespace sportello::reports
