// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportsection.h"

#include "text/reporttext.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace sportello::ui {

namespace {

QTableWidgetItem *numberItem(qint64 value)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// Long labels would squeeze the bars: the chart shows their start, the table the whole.
QString shortLabel(const QString &label)
{
    constexpr int kMax = 34;
    return label.size() <= kMax ? label : label.left(kMax - 1) + u'…';
}

} // namespace

ReportSection::ReportSection(const reports::Breakdown &table, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"section_"_s + table.id);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 8);
    auto *title
        = new QLabel(u"<b>%1</b>"_s.arg(text::ReportText::title(table.id).toHtmlEscaped()), this);
    layout->addWidget(title);

    auto *row = new QHBoxLayout;
    m_table = new QTableWidget(int(table.codes.size()) + 1, 4, this);
    m_table->setObjectName(u"reportTable"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Item"), tr("Code"), tr("Period"), tr("Previous period")});
    m_table->setAccessibleName(text::ReportText::title(table.id));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    for (int r = 0; r < table.codes.size(); ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(text::ReportText::rowLabel(table, r)));
        m_table->setItem(r, 1, new QTableWidgetItem(table.codes.at(r)));
        m_table->setItem(r, 2, numberItem(table.figures.at(r).current));
        m_table->setItem(r, 3, numberItem(table.figures.at(r).previous));
    }
    const int totalRow = int(table.codes.size());
    auto *totalLabel = new QTableWidgetItem(tr("Total"));
    QFont bold = totalLabel->font();
    bold.setBold(true);
    totalLabel->setFont(bold);
    m_table->setItem(totalRow, 0, totalLabel);
    m_table->setItem(totalRow, 1, new QTableWidgetItem());
    m_table->setItem(totalRow, 2, numberItem(table.total().current));
    m_table->setItem(totalRow, 3, numberItem(table.total().previous));
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->resizeColumnsToContents();
    m_table->setMinimumWidth(420);
    m_table->setFixedHeight(std::min(12, totalRow + 1)
                                * m_table->verticalHeader()->defaultSectionSize()
                            + m_table->horizontalHeader()->sizeHint().height() + 4);
    row->addWidget(m_table, 1);

    // The bars: the rows that counted anything, in the table's order.
    for (int r = 0; r < table.codes.size() && m_barRows.size() < kMaxBars; ++r) {
        if (table.figures.at(r).current > 0 || table.figures.at(r).previous > 0)
            m_barRows.append(r);
    }
    if (!m_barRows.isEmpty()) {
        auto *current = new QBarSet(tr("Period"));
        auto *previous = new QBarSet(tr("Previous period"));
        // Black and white print: solid black beside hatched, both outlined.
        current->setBrush(QBrush(Qt::black));
        current->setPen(QPen(Qt::black));
        previous->setBrush(QBrush(Qt::black, Qt::BDiagPattern));
        previous->setPen(QPen(Qt::black));
        QStringList categories;
        // Horizontal bars grow upwards: the first row goes at the top.
        for (auto it = m_barRows.crbegin(); it != m_barRows.crend(); ++it) {
            *current << double(table.figures.at(*it).current);
            *previous << double(table.figures.at(*it).previous);
            categories << shortLabel(text::ReportText::rowLabel(table, *it));
        }
        auto *series = new QHorizontalBarSeries;
        series->append(previous);
        series->append(current);
        auto *chart = new QChart;
        chart->addSeries(series);
        auto *axisY = new QBarCategoryAxis;
        axisY->append(categories);
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisY);
        auto *axisX = new QValueAxis;
        axisX->setLabelFormat(u"%d"_s);
        axisX->setMin(0);
        qint64 top = 1;
        for (const reports::Figure &f : table.figures)
            top = std::max({top, f.current, f.previous});
        axisX->setMax(double(top));
        axisX->applyNiceNumbers();
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->setBackgroundVisible(false);
        chart->setMargins(QMargins(0, 0, 0, 0));
        m_chart = new QChartView(chart, this);
        m_chart->setObjectName(u"reportChart"_s);
        m_chart->setRenderHint(QPainter::Antialiasing);
        m_chart->setMinimumWidth(380);
        m_chart->setFixedHeight(std::max(180, int(m_barRows.size()) * 34 + 90));
        const auto clicked = [this, bars = int(m_barRows.size())](int index) {
            selectBar(bars - 1 - index); // the bars run bottom to top
        };
        connect(current, &QBarSet::clicked, this, clicked);
        connect(previous, &QBarSet::clicked, this, clicked);
        row->addWidget(m_chart, 1);
    }
    layout->addLayout(row);
}

void ReportSection::selectBar(int bar)
{
    if (bar < 0 || bar >= m_barRows.size())
        return;
    m_table->selectRow(m_barRows.at(bar));
    m_table->scrollToItem(m_table->item(m_barRows.at(bar), 0));
}

} // namespace sportello::ui
