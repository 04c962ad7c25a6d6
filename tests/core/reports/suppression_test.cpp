// SPDX-License-Identifier: GPL-3.0-or-later
// Small-cell suppression (reliability target 30): every count from 1 to k−1 is hidden, and no
// hidden value can be worked out from the shown totals — checked by linear algebra, over random
// tables with every combination of shown totals and on a small comune.
#include "reports/suppression.h"

#include <QHash>
#include <QRandomGenerator>

#include <catch2/catch_test_macros.hpp>
#include <cmath>

using namespace sportello;
using reports::CountGrid;
using reports::Hidden;
using reports::Suppression;

namespace {

// The equations a reader has: for every line with a shown total, the hidden values of the
// line (the total with a minus sign) sum to what the shown ones leave. A hidden value is worked
// out exactly when its unit vector is a combination of those equations' rows.
struct Oracle
{
    QList<std::pair<int, int>> unknowns;
    QList<QList<double>> equations;

    Oracle(const CountGrid &grid, const Suppression &s)
    {
        const int rows = grid.rows();
        const int columns = grid.columns();
        QHash<std::pair<int, int>, int> index;
        for (int r = 0; r <= rows; ++r) {
            for (int c = 0; c <= columns; ++c) {
                if (s.isHidden(r, c)) {
                    index.insert({r, c}, int(unknowns.size()));
                    unknowns.append({r, c});
                }
            }
        }
        const auto line
            = [&](const QList<std::pair<int, int>> &members, std::pair<int, int> total) {
                  QList<double> equation(unknowns.size(), 0.0);
                  bool any = false;
                  for (const auto &m : members) {
                      if (index.contains(m)) {
                          equation[index.value(m)] = 1;
                          any = true;
                      }
                  }
                  if (index.contains(total)) {
                      equation[index.value(total)] = -1;
                      any = true;
                  }
                  if (any)
                      equations.append(equation);
              };
        const bool grand = grid.rowTotals && grid.columnTotals;
        if (grid.rowTotals) {
            for (int r = 0; r < rows + (grand ? 1 : 0); ++r) {
                QList<std::pair<int, int>> members;
                for (int c = 0; c < columns; ++c)
                    members.append({r, c});
                line(members, {r, columns});
            }
        }
        if (grid.columnTotals) {
            for (int c = 0; c < columns + (grand ? 1 : 0); ++c) {
                QList<std::pair<int, int>> members;
                for (int r = 0; r < rows; ++r)
                    members.append({r, c});
                line(members, {rows, c});
            }
        }
    }

    static int rank(QList<QList<double>> m)
    {
        int rank = 0;
        const int columns = m.isEmpty() ? 0 : int(m.first().size());
        for (int c = 0; c < columns && rank < m.size(); ++c) {
            int pivot = -1;
            for (int r = rank; r < m.size(); ++r) {
                if (std::abs(m.at(r).at(c)) > 1e-9
                    && (pivot < 0 || std::abs(m.at(r).at(c)) > std::abs(m.at(pivot).at(c))))
                    pivot = r;
            }
            if (pivot < 0)
                continue;
            m.swapItemsAt(rank, pivot);
            for (int r = 0; r < m.size(); ++r) {
                if (r == rank || std::abs(m.at(r).at(c)) < 1e-12)
                    continue;
                const double f = m.at(r).at(c) / m.at(rank).at(c);
                for (int k = c; k < columns; ++k)
                    m[r][k] -= f * m.at(rank).at(k);
            }
            ++rank;
        }
        return rank;
    }

    // The hidden positions a reader can work out exactly.
    QList<std::pair<int, int>> recoverable() const
    {
        QList<std::pair<int, int>> found;
        const int base = rank(equations);
        for (int u = 0; u < unknowns.size(); ++u) {
            QList<QList<double>> extended = equations;
            QList<double> unit(unknowns.size(), 0.0);
            unit[u] = 1;
            extended.append(unit);
            if (rank(extended) == base)
                found.append(unknowns.at(u));
        }
        return found;
    }
};

CountGrid randomGrid(QRandomGenerator &random, bool rowTotals, bool columnTotals)
{
    CountGrid grid;
    grid.rowTotals = rowTotals;
    grid.columnTotals = columnTotals;
    const int rows = 1 + int(random.bounded(6));
    const int columns = 1 + int(random.bounded(6));
    for (int r = 0; r < rows; ++r) {
        QList<qint64> row;
        for (int c = 0; c < columns; ++c) {
            // Mostly small counts and zeros, as in a desk's month; sometimes large ones.
            const quint32 kind = random.bounded(10);
            row.append(kind < 3 ? 0 : (kind < 7 ? random.bounded(1, 5) : random.bounded(5, 200)));
        }
        grid.cells.append(row);
    }
    return grid;
}

void checkSafe(const CountGrid &grid, const Suppression &s)
{
    for (int r = 0; r <= grid.rows(); ++r) {
        for (int c = 0; c <= grid.columns(); ++c) {
            const bool totalRow = r == grid.rows();
            const bool totalColumn = c == grid.columns();
            const bool shown = (totalRow && totalColumn) ? grid.rowTotals && grid.columnTotals
                : totalColumn                            ? grid.rowTotals
                : totalRow                               ? grid.columnTotals
                                                         : true;
            if (!shown) {
                CHECK(s.at(r, c) == Hidden::No);
                continue;
            }
            const qint64 value = totalRow && totalColumn ? grid.grandTotal()
                : totalColumn                            ? grid.rowTotal(r)
                : totalRow                               ? grid.columnTotal(c)
                                                         : grid.cells.at(r).at(c);
            // Every small count is hidden, as small; nothing else is called small.
            CHECK((value >= 1 && value < s.threshold) == (s.at(r, c) == Hidden::Small));
        }
    }
    CHECK(Oracle(grid, s).recoverable().isEmpty());
}

} // namespace

TEST_CASE("no hidden count can be worked out from the totals, whatever the table",
          "[reports][suppression]")
{
    QRandomGenerator random(20261206);
    int hiddenTotal = 0;
    for (int round = 0; round < 400; ++round) {
        const bool rowTotals = round % 4 == 0 || round % 4 == 1;
        const bool columnTotals = round % 4 == 0 || round % 4 == 2;
        const CountGrid grid = randomGrid(random, rowTotals, columnTotals);
        const Suppression s = reports::suppress(grid);
        INFO("round " << round << ": " << grid.rows() << "x" << grid.columns() << " totals "
                      << rowTotals << columnTotals);
        checkSafe(grid, s);
        hiddenTotal += s.hiddenCount();
    }
    CHECK(hiddenTotal > 400); // the tables did have small counts to protect
}

TEST_CASE("a small comune's needs: the one person is hidden, and so is what would reveal them",
          "[reports][suppression]")
{
    // Needs (rows) by comune (columns); Vignate has one person with a housing need.
    CountGrid grid;
    grid.cells = {
        {41, 12, 1}, // CAS: Pioltello, Segrate, Vignate
        {33, 20, 0}, // POV
        {17, 9, 0}, // LAV
    };
    const Suppression s = reports::suppress(grid);
    CHECK(s.at(0, 2) == Hidden::Small);
    // Vignate's column total (1) is small too; the row of CAS and the totals row must not let
    // anyone subtract their way to it.
    CHECK(s.at(3, 2) == Hidden::Small);
    CHECK(Oracle(grid, s).recoverable().isEmpty());
    // Nothing more than needed: the large counts of the other comuni mostly stay.
    CHECK(s.hiddenCount() <= 6);

    // Without the suppression's complements, a reader would get the 1 back from the row total.
    Suppression naive = s;
    for (QList<Hidden> &row : naive.hidden) {
        for (Hidden &h : row) {
            if (h == Hidden::Complement)
                h = Hidden::No;
        }
    }
    CHECK_FALSE(Oracle(grid, naive).recoverable().isEmpty());
}

TEST_CASE("the threshold is 5 unless set, and never below 3", "[reports][suppression]")
{
    CHECK(reports::clampThreshold(2) == 3);
    CHECK(reports::clampThreshold(10) == 10);
    CountGrid list;
    list.cells = {{7}, {4}, {3}, {12}};
    list.rowTotals = false; // one column with its total
    CHECK(reports::suppress(list).at(1, 0) == Hidden::Small);
    CHECK(reports::suppress(list, 4).at(1, 0) != Hidden::Small); // 4 shows with k = 4…
    CHECK(reports::suppress(list, 4).at(1, 0) == Hidden::Complement); // …but hides the 3
    CHECK(reports::suppress(list, 1).threshold == 3);
    CHECK(reports::suppress(list, 1).at(2, 0) == Hidden::No); // 3 shows with k = 3
    // A list with one small count: another count of the list is hidden with it.
    CountGrid one;
    one.cells = {{7}, {4}, {12}};
    one.rowTotals = false;
    const Suppression s = reports::suppress(one);
    CHECK(s.hiddenCount() == 2);
    CHECK(s.at(0, 0) == Hidden::Complement); // the smaller of the others
}
