// SPDX-License-Identifier: GPL-3.0-or-later
#include "districtview.h"

#include "network/districtreportfetch.h"
#include "print/savepdf.h"
#include "prompter.h"
#include "support/clock.h"
#include "text/districttext.h"
#include "text/errortext.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sportello::ui {

namespace {

QDateEdit *monthPicker(const QString &name, const QString &accessible, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(u"MM/yyyy"_s);
    edit->setAccessibleName(accessible);
    return edit;
}

// A block of the report as a table: its first row is the heading (the title, then the columns).
QTableWidget *tableOf(const text::ReportCsv::Section &section, QWidget *parent)
{
    const auto &rows = section.rows;
    const qsizetype columns = rows.isEmpty() ? 0 : rows.first().size();
    auto *table = new QTableWidget(int(rows.size()) - 1, int(columns), parent);
    table->setObjectName(section.id);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    QStringList heading;
    for (const auto &cell : rows.value(0))
        heading.append(cell.text());
    if (!heading.isEmpty())
        heading.first().clear(); // the title is above the table
    table->setHorizontalHeaderLabels(heading);
    for (qsizetype r = 1; r < rows.size(); ++r) {
        for (qsizetype c = 0; c < rows.at(r).size() && c < columns; ++c) {
            auto *item = new QTableWidgetItem(rows.at(r).at(c).text());
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(int(r - 1), int(c), item);
        }
    }
    table->resizeColumnsToContents();
    // Tall enough for every row: the page scrolls, not each table.
    // A wide table (a year of months) keeps its horizontal scroll bar below the last row.
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth()
        + table->horizontalScrollBar()->sizeHint().height();
    for (int r = 0; r < table->rowCount(); ++r)
        height += table->rowHeight(r);
    table->setMinimumHeight(height);
    table->setMaximumHeight(height);
    return table;
}

} // namespace

DistrictView::DistrictView(Context context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(u"<h2>%1</h2>"_s.arg(tr("District report").toHtmlEscaped()), this));
    auto *explanation = new QLabel(
        tr("What the hub counts over the referrals of every desk of the network, from their "
           "anonymized records. The hub gives it only to a coordinator's desk, and hides every "
           "small count before sending it: it may be exported as it is."),
        this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto *row = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("&From month:"), this);
    m_from = monthPicker(u"districtFrom"_s, tr("From month"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&to month:"), this);
    m_to = monthPicker(u"districtTo"_s, tr("To month"), this);
    toLabel->setBuddy(m_to);
    m_request = new QPushButton(tr("&Ask the hub"), this);
    m_request->setObjectName(u"districtRequest"_s);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    m_export = new QPushButton(tr("Export &CSV…"), this);
    m_export->setEnabled(false);
    for (QWidget *widget : {static_cast<QWidget *>(fromLabel), static_cast<QWidget *>(m_from),
                            static_cast<QWidget *>(toLabel), static_cast<QWidget *>(m_to),
                            static_cast<QWidget *>(m_request), static_cast<QWidget *>(m_cancel),
                            static_cast<QWidget *>(m_export)})
        row->addWidget(widget);
    row->addStretch(1);
    layout->addLayout(row);
    m_status = new QLabel(this);
    m_status->setObjectName(u"districtStatus"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("District report"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(scroll);
    m_tables = new QVBoxLayout(m_content);
    m_tables->addStretch(1);
    scroll->setWidget(m_content);
    layout->addWidget(scroll, 1);

    connect(m_request, &QPushButton::clicked, this, [this] { request(); });
    connect(m_cancel, &QPushButton::clicked, this, &DistrictView::cancel);
    connect(m_export, &QPushButton::clicked, this, [this] { exportCsv(); });
    connect(&m_context.fetch, &sync::DistrictReportFetch::finished, this, &DistrictView::finished);

    // The year so far, up to last month: what the Ufficio di Piano accounts for.
    const QDate today = m_context.clock.today();
    const QDate lastMonth = QDate(today.year(), today.month(), 1).addMonths(-1);
    setMonths(QDate(lastMonth.year(), 1, 1), lastMonth);
}

DistrictView::~DistrictView()
{
    disconnect(&m_context.fetch, nullptr, this, nullptr);
    m_context.fetch.cancel();
}

reports::MonthRange DistrictView::months() const
{
    return {m_from->date().toString(u"yyyy-MM"_s), m_to->date().toString(u"yyyy-MM"_s)};
}

void DistrictView::setMonths(const QDate &from, const QDate &to)
{
    m_from->setDate(QDate(from.year(), from.month(), 1));
    m_to->setDate(QDate(to.year(), to.month(), 1));
}

bool DistrictView::request()
{
    if (m_context.fetch.isRunning())
        return false;
    const reports::MonthRange range = months();
    if (!range.isValid()) {
        m_status->setText(tr("The first month must not come after the last, and they may be at "
                             "most ten years apart."));
        return false;
    }
    setBusy(true);
    m_status->setText(tr("Asking the hub…"));
    m_context.fetch.start(range);
    return true;
}

void DistrictView::cancel()
{
    m_context.fetch.cancel();
}

void DistrictView::setBusy(bool busy)
{
    m_request->setEnabled(!busy);
    m_cancel->setEnabled(busy);
}

void DistrictView::finished()
{
    setBusy(false);
    if (const auto &error = m_context.fetch.error()) {
        m_status->setText(error->code == ErrorCode::Cancelled ? tr("Cancelled.")
                                                              : text::ErrorText::message(*error));
        Q_EMIT reportFailed(*error);
        return;
    }
    if (const auto &report = m_context.fetch.report()) {
        display(*report);
        Q_EMIT reportShown();
    }
}

void DistrictView::display(const reports::DistrictReport &report)
{
    m_report = report;
    while (m_tables->count() > 1) { // everything but the final stretch
        QLayoutItem *item = m_tables->takeAt(0);
        delete item->widget();
        delete item;
    }
    const QList<text::ReportCsv::Section> sections = text::DistrictText::sections(report);
    int at = 0;
    for (const text::ReportCsv::Section &section : sections) {
        if (section.rows.isEmpty())
            continue;
        if (section.id.isEmpty()) { // the heading and the note: text
            QStringList lines;
            for (const auto &line : section.rows) {
                QStringList cells;
                for (const auto &cell : line)
                    cells.append(cell.text());
                lines.append(cells.join(u": "_s).toHtmlEscaped());
            }
            auto *label = new QLabel(lines.join(u"<br>"_s), m_content);
            label->setWordWrap(true);
            m_tables->insertWidget(at++, label);
            continue;
        }
        auto *title = new QLabel(
            u"<b>%1</b>"_s.arg(section.rows.first().value(0).text().toHtmlEscaped()), m_content);
        m_tables->insertWidget(at++, title);
        m_tables->insertWidget(at++, tableOf(section, m_content));
    }
    m_export->setEnabled(true);
    m_status->setText(
        tr("District report for %1: %n desk(s) of the network.", nullptr, int(report.desks))
            .arg(text::DistrictText::months(report.months)));
}

QList<QTableWidget *> DistrictView::tables() const
{
    return m_content->findChildren<QTableWidget *>();
}

QString DistrictView::statusText() const
{
    return m_status->text();
}

bool DistrictView::exportCsv()
{
    if (!m_report)
        return false;
    const QString name = u"distretto-%1-%2.csv"_s.arg(m_report->months.from, m_report->months.to);
    const auto path = m_context.prompter.askSaveFile(this, tr("Export the district report"),
                                                     documentsPath(name), tr("CSV files (*.csv)"));
    if (!path)
        return false;
    QSaveFile file(*path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text::DistrictText::csv(*m_report)) < 0
        || !file.commit()) {
        m_context.prompter.warn(this, tr("Export the district report"),
                                text::ErrorText::message(makeError(ErrorCode::FileUnwritable,
                                                                   file.errorString(), {*path})));
        return false;
    }
    m_status->setText(tr("Exported to %1.").arg(*path));
    return true;
}

} // namespace sportello::ui
