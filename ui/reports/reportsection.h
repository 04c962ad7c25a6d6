// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/deskreport.h"

#include <QList>
#include <QWidget>

class QTableWidget;

class QChartView;

namespace sportello::ui {

// One table of the desk report on screen: its rows (label, code, the period, the one before)
// and a bar chart of the rows that counted anything, drawn to read in black and white print
// (the period solid black, the one before hatched). A click on a bar selects its row.
class ReportSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportSection)

public:
    // At most this many bars; the table always has every row.
    static constexpr int kMaxBars = 15;

    explicit ReportSection(const reports::Breakdown &table, QWidget *parent = nullptr);

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QChartView *chart() const { return m_chart; } // null: nothing to draw
    // The table row of bar `bar`, as a click on it selects.
    void selectBar(int bar);

private:
    QTableWidget *m_table = nullptr;
    QChartView *m_chart = nullptr;
    QList<int> m_barRows; // table row of each bar
};

} // namespace sportello::ui
