// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/suppression.h"

#include <QSet>

#include <algorithm>
#include <limits>

namespace sportello::reports {

namespace {

// The extended grid: the cells, the row totals as a last column, the column totals as a last
// row and the grand total in the corner; what it shows and what each position costs to hide.
class Extended
{
public:
    explicit Extended(const CountGrid &grid)
        : m_grid(grid)
        , m_rows(grid.rows())
        , m_columns(grid.columns())
    { }

    [[nodiscard]] int rows() const { return m_rows + 1; }
    [[nodiscard]] int columns() const { return m_columns + 1; }
    [[nodiscard]] bool isTotalRow(int row) const { return row == m_rows; }
    [[nodiscard]] bool isTotalColumn(int column) const { return column == m_columns; }

    [[nodiscard]] bool shown(int row, int column) const
    {
        const bool totalRow = isTotalRow(row);
        const bool totalColumn = isTotalColumn(column);
        if (totalRow && totalColumn)
            return m_grid.rowTotals && m_grid.columnTotals;
        if (totalColumn)
            return m_grid.rowTotals;
        if (totalRow)
            return m_grid.columnTotals;
        return true;
    }

    [[nodiscard]] qint64 value(int row, int column) const
    {
        const bool totalRow = isTotalRow(row);
        const bool totalColumn = isTotalColumn(column);
        if (totalRow && totalColumn)
            return m_grid.grandTotal();
        if (totalColumn)
            return m_grid.rowTotal(row);
        if (totalRow)
            return m_grid.columnTotal(column);
        return m_grid.cells.at(row).at(column);
    }

    // Inner counts first, smallest first; zeros after any count (a hidden zero protects only
    // as long as nobody assumes it); totals after every cell, the grand total last.
    [[nodiscard]] double cost(int row, int column) const
    {
        const double v = double(value(row, column));
        const bool totalRow = isTotalRow(row);
        const bool totalColumn = isTotalColumn(column);
        if (totalRow && totalColumn)
            return 1e15 + v;
        if (totalRow || totalColumn)
            return 1e12 + v;
        return v > 0 ? v : 1e9;
    }

private:
    const CountGrid &m_grid;
    int m_rows;
    int m_columns;
};

using Grid = QList<QList<Hidden>>;

// Whether hidden position (row, column) lies on a cycle of hidden positions: rows and columns
// as the two sides of a graph whose edges are the hidden positions.
bool onCycle(const Grid &hidden, int row, int column)
{
    const int rows = int(hidden.size());
    const int columns = int(hidden.first().size());
    // Breadth-first from the row, without the edge itself: does it reach the column?
    QList<bool> seenRow(rows, false);
    QList<bool> seenColumn(columns, false);
    QList<std::pair<bool, int>> queue {{true, row}};
    seenRow[row] = true;
    for (qsizetype next = 0; next < queue.size(); ++next) {
        const auto [isRow, index] = queue.at(next);
        if (isRow) {
            for (int c = 0; c < columns; ++c) {
                if (hidden.at(index).at(c) == Hidden::No || seenColumn.at(c)
                    || (index == row && c == column))
                    continue;
                if (c == column)
                    return true;
                seenColumn[c] = true;
                queue.append({false, c});
            }
        } else {
            for (int r = 0; r < rows; ++r) {
                if (hidden.at(r).at(index) == Hidden::No || seenRow.at(r)
                    || (r == row && index == column))
                    continue;
                seenRow[r] = true;
                queue.append({true, r});
            }
        }
    }
    return false;
}

// Both totals shown: every hidden position must lie on a cycle. One that does not gets the
// cheapest rectangle through it.
void protectBothWays(const Extended &grid, Grid &hidden)
{
    for (int row = 0; row < grid.rows(); ++row) {
        for (int column = 0; column < grid.columns(); ++column) {
            if (hidden.at(row).at(column) == Hidden::No || onCycle(hidden, row, column))
                continue;
            double best = std::numeric_limits<double>::infinity();
            int bestRow = -1;
            int bestColumn = -1;
            const auto extra = [&](int r, int c) {
                return hidden.at(r).at(c) == Hidden::No ? grid.cost(r, c) : 0.0;
            };
            for (int r = 0; r < grid.rows(); ++r) {
                if (r == row)
                    continue;
                for (int c = 0; c < grid.columns(); ++c) {
                    if (c == column)
                        continue;
                    const double cost = extra(row, c) + extra(r, column) + extra(r, c);
                    if (cost < best) {
                        best = cost;
                        bestRow = r;
                        bestColumn = c;
                    }
                }
            }
            if (bestRow < 0)
                continue; // a single row or column: there is no total to work anything out from
            for (const auto &[r, c] : {std::pair {row, bestColumn}, std::pair {bestRow, column},
                                       std::pair {bestRow, bestColumn}}) {
                if (hidden.at(r).at(c) == Hidden::No)
                    hidden[r][c] = Hidden::Complement;
            }
        }
    }
}

// One direction of totals shown: along each line with its total, a hidden position never
// stands alone. `byRow`: the lines are the rows (row totals shown), else the columns.
void protectLines(const Extended &grid, Grid &hidden, bool byRow)
{
    const int lines = byRow ? grid.rows() : grid.columns();
    const int length = byRow ? grid.columns() : grid.rows();
    for (int line = 0; line < lines; ++line) {
        const auto position = [&](int k) {
            return byRow ? std::pair {line, k} : std::pair {k, line};
        };
        // The line of the totals is an equation only when its own total (the grand) is shown.
        const auto [endRow, endColumn] = position(length - 1);
        if (!grid.shown(endRow, endColumn))
            continue;
        int count = 0;
        int cheapest = -1;
        double cheapestCost = std::numeric_limits<double>::infinity();
        for (int k = 0; k < length; ++k) {
            const auto [r, c] = position(k);
            if (hidden.at(r).at(c) != Hidden::No) {
                ++count;
            } else if (grid.shown(r, c) && grid.cost(r, c) < cheapestCost) {
                cheapestCost = grid.cost(r, c);
                cheapest = k;
            }
        }
        if (count == 1 && cheapest >= 0) {
            const auto [r, c] = position(cheapest);
            hidden[r][c] = Hidden::Complement;
        }
    }
}

} // namespace

int clampThreshold(int threshold)
{
    return std::max(threshold, kMinimumThreshold);
}

qint64 CountGrid::rowTotal(int row) const
{
    qint64 total = 0;
    for (const qint64 value : cells.at(row))
        total += value;
    return total;
}

qint64 CountGrid::columnTotal(int column) const
{
    qint64 total = 0;
    for (const QList<qint64> &row : cells)
        total += row.at(column);
    return total;
}

qint64 CountGrid::grandTotal() const
{
    qint64 total = 0;
    for (const QList<qint64> &row : cells) {
        for (const qint64 value : row)
            total += value;
    }
    return total;
}

int Suppression::hiddenCount() const
{
    int count = 0;
    for (const QList<Hidden> &row : hidden)
        count += int(
            std::count_if(row.cbegin(), row.cend(), [](Hidden h) { return h != Hidden::No; }));
    return count;
}

Suppression suppress(const CountGrid &grid, int threshold)
{
    Suppression result;
    result.threshold = clampThreshold(threshold);
    const Extended extended(grid);
    result.hidden = Grid(extended.rows(), QList<Hidden>(extended.columns(), Hidden::No));
    if (grid.rows() == 0 || grid.columns() == 0)
        return result;
    for (int row = 0; row < extended.rows(); ++row) {
        for (int column = 0; column < extended.columns(); ++column) {
            const qint64 value = extended.value(row, column);
            if (extended.shown(row, column) && value >= 1 && value < result.threshold)
                result.hidden[row][column] = Hidden::Small;
        }
    }
    if (grid.rowTotals && grid.columnTotals)
        protectBothWays(extended, result.hidden);
    else if (grid.rowTotals)
        protectLines(extended, result.hidden, true);
    else if (grid.columnTotals)
        protectLines(extended, result.hidden, false);
    return result;
}

QList<QList<std::optional<qint64>>> publishedValues(const CountGrid &grid, int threshold)
{
    const Suppression s = suppress(grid, threshold);
    const int lastRow = grid.columnTotals ? grid.rows() : grid.rows() - 1;
    const int lastColumn = grid.rowTotals ? grid.columns() : grid.columns() - 1;
    QList<QList<std::optional<qint64>>> rows;
    rows.reserve(lastRow + 1);
    for (int r = 0; r <= lastRow; ++r) {
        QList<std::optional<qint64>> values;
        values.reserve(lastColumn + 1);
        for (int c = 0; c <= lastColumn; ++c) {
            const bool totalRow = r == grid.rows();
            const bool totalColumn = c == grid.columns();
            const qint64 value = totalRow && totalColumn ? grid.grandTotal()
                : totalRow                               ? grid.columnTotal(c)
                : totalColumn                            ? grid.rowTotal(r)
                                                         : grid.cells.at(r).at(c);
            values.append(s.isHidden(r, c) ? std::nullopt : std::optional<qint64>(value));
        }
        rows.append(values);
    }
    return rows;
}

} // namespace sportello::reports
