// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpage.h"

#include "print/savepdf.h"
#include "prompter.h"
#include "reportpdf.h"
#include "reportsection.h"
#include "services/desksettings.h"
#include "services/reportrunner.h"
#include "support/clock.h"
#include "text/errortext.h"
#include "text/peopletext.h"
#include "text/reportcsv.h"
#include "text/reporttext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sportello::ui {

ReportPage::ReportPage(Context context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(u"<h2>%1</h2>"_s.arg(tr("Desk report").toHtmlEscaped()), this);
    layout->addWidget(heading);
    buildPicker();
    buildThreshold();

    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Desk report"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(scroll);
    auto *content = new QVBoxLayout(m_content);
    m_summary = new QLabel(m_content);
    m_summary->setObjectName(u"reportSummary"_s);
    m_summary->setTextFormat(Qt::RichText);
    content->addWidget(m_summary);
    m_unmetTitle = new QLabel(m_content);
    content->addWidget(m_unmetTitle);
    m_unmet = new QTableWidget(0, 5, m_content);
    m_unmet->setObjectName(u"unmetNeeds"_s);
    m_unmet->setHorizontalHeaderLabels(
        {tr("Need"), tr("Code"), tr("Comune"), tr("People"), tr("Why")});
    m_unmet->verticalHeader()->hide();
    m_unmet->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_unmet->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    content->addWidget(m_unmet);
    m_sections = new QVBoxLayout;
    content->addLayout(m_sections);
    content->addStretch(1);
    scroll->setWidget(m_content);
    layout->addWidget(scroll, 1);
    m_unmetTitle->hide();
    m_unmet->hide();

    connect(&m_context.runner, &services::ReportRunner::progress, this,
            [this](int done, int total) {
                m_progress->setMaximum(total);
                m_progress->setValue(done);
            });
    connect(&m_context.runner, &services::ReportRunner::finished, this, &ReportPage::finished);

    // The last whole month, the one a coordinator usually accounts for.
    const QDate today = m_context.clock.today();
    setPeriod(Span::Month, QDate(today.year(), today.month(), 1).addMonths(-1));
}

ReportPage::~ReportPage()
{
    if (m_context.runner.isRunning())
        m_context.runner.cancel();
}

void ReportPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_report && !m_context.runner.isRunning() && !m_shownOnce) {
        m_shownOnce = true;
        compute();
    }
}

void ReportPage::buildPicker()
{
    auto *row = new QHBoxLayout;
    auto *spanLabel = new QLabel(tr("&Period:"), this);
    m_span = new QComboBox(this);
    m_span->setObjectName(u"reportSpan"_s);
    m_span->addItem(tr("Month"), int(Span::Month));
    m_span->addItem(tr("Quarter"), int(Span::Quarter));
    m_span->addItem(tr("Year"), int(Span::Year));
    m_span->addItem(tr("From… to…"), int(Span::Custom));
    spanLabel->setBuddy(m_span);
    m_from = new QDateEdit(this);
    m_from->setObjectName(u"reportFrom"_s);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_from->setAccessibleName(tr("From"));
    auto *toLabel = new QLabel(tr("to"), this);
    m_to = new QDateEdit(this);
    m_to->setObjectName(u"reportTo"_s);
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_to->setAccessibleName(tr("To"));
    toLabel->setBuddy(m_to);
    m_compute = new QPushButton(tr("&Show"), this);
    m_compute->setObjectName(u"reportCompute"_s);
    m_compute->setDefault(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"reportProgress"_s);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"reportCancel"_s);
    m_export = new QPushButton(tr("&Export CSV…"), this);
    m_export->setObjectName(u"reportExport"_s);
    m_export->setEnabled(false);
    m_exportPdf = new QPushButton(tr("Export &PDF…"), this);
    m_exportPdf->setObjectName(u"reportExportPdf"_s);
    m_exportPdf->setEnabled(false);
    m_status = new QLabel(this);
    m_status->setObjectName(u"reportStatus"_s);
    for (QWidget *w : {static_cast<QWidget *>(m_progress), static_cast<QWidget *>(m_cancel)}) {
        QSizePolicy policy = w->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        w->setSizePolicy(policy);
        w->hide();
    }
    row->addWidget(spanLabel);
    row->addWidget(m_span);
    row->addWidget(m_from);
    row->addWidget(toLabel);
    row->addWidget(m_to);
    row->addWidget(m_compute);
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    row->addWidget(m_status);
    row->addStretch();
    row->addWidget(m_export);
    row->addWidget(m_exportPdf);
    static_cast<QVBoxLayout *>(layout())->addLayout(row);

    connect(m_span, &QComboBox::currentIndexChanged, this, &ReportPage::spanChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &ReportPage::spanChanged);
    connect(m_compute, &QPushButton::clicked, this, [this] { compute(); });
    connect(m_cancel, &QPushButton::clicked, this, &ReportPage::cancel);
    connect(m_export, &QPushButton::clicked, this, [this] { exportCsv(); });
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { exportPdf(); });
}

void ReportPage::buildThreshold()
{
    auto *row = new QHBoxLayout;
    m_threshold = new QSpinBox(this);
    m_threshold->setObjectName(u"reportThreshold"_s);
    m_threshold->setRange(services::DeskSettings::kMinimumReportThreshold,
                          services::DeskSettings::kMaximumReportThreshold);
    m_threshold->setValue(m_context.settings.reportThreshold());
    m_threshold->setAccessibleName(tr("Smallest count shown in what leaves the desk"));
    m_threshold->setToolTip(tr("Counts below this number are hidden in every export, and so are "
                               "the counts that would let the totals give them back. This screen "
                               "shows exact counts."));
    auto *label = new QLabel(tr("In the exports, hide the counts &below:"), this);
    label->setBuddy(m_threshold);
    auto *apply = new QPushButton(tr("Appl&y"), this);
    apply->setObjectName(u"reportThresholdApply"_s);
    row->addWidget(label);
    row->addWidget(m_threshold);
    row->addWidget(apply);
    row->addStretch(1);
    static_cast<QVBoxLayout *>(layout())->addLayout(row);
    connect(apply, &QPushButton::clicked, this, [this] { setThreshold(m_threshold->value()); });
    describeExports();
}

void ReportPage::describeExports()
{
    const int hiddenUpTo = m_context.settings.reportThreshold() - 1;
    m_export->setToolTip(
        tr("A file for Excel, with the counts from 1 to %1 hidden: it may leave the desk")
            .arg(hiddenUpTo));
    m_exportPdf->setToolTip(tr("A document to print or send, with the counts from 1 to %1 "
                               "hidden: it may leave the desk")
                                .arg(hiddenUpTo));
}

bool ReportPage::setThreshold(int threshold)
{
    if (auto saved = m_context.settings.setReportThreshold(m_context.actor, threshold); !saved) {
        m_context.prompter.warn(this, tr("Desk report"), text::ErrorText::message(saved.error()));
        m_threshold->setValue(m_context.settings.reportThreshold());
        return false;
    }
    m_threshold->setValue(threshold);
    describeExports();
    return true;
}

reports::Period ReportPage::period() const
{
    const QDate from = m_from->date();
    switch (Span(m_span->currentData().toInt())) {
    case Span::Month:
        return reports::Period::month(from.year(), from.month());
    case Span::Quarter:
        return reports::Period::quarter(from.year(), (from.month() - 1) / 3 + 1);
    case Span::Year:
        return reports::Period::year(from.year());
    case Span::Custom:
        break;
    }
    return {from, m_to->date()};
}

void ReportPage::setPeriod(Span span, const QDate &from, const QDate &to)
{
    m_span->setCurrentIndex(m_span->findData(int(span)));
    m_from->setDate(from);
    if (to.isValid())
        m_to->setDate(to);
    spanChanged();
}

void ReportPage::spanChanged()
{
    // A month, quarter or year is picked by any of its days; "to" follows it.
    const bool custom = Span(m_span->currentData().toInt()) == Span::Custom;
    m_to->setEnabled(custom);
    if (!custom) {
        const QSignalBlocker blocker(m_to);
        m_to->setDate(period().to);
    }
}

bool ReportPage::compute()
{
    const reports::Period chosen = period();
    if (!chosen.isValid()) {
        m_context.prompter.warn(this, tr("Desk report"), tr("The period ends before it starts."));
        return false;
    }
    if (!m_context.runner.run(m_context.actor, chosen))
        return false;
    m_status->clear();
    setBusy(true);
    return true;
}

void ReportPage::cancel()
{
    m_context.runner.cancel();
}

void ReportPage::setBusy(bool busy)
{
    m_progress->setValue(0);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_compute->setEnabled(!busy);
    m_export->setEnabled(!busy && m_report.has_value());
    m_exportPdf->setEnabled(m_export->isEnabled());
}

void ReportPage::finished(const Result<reports::DeskReport> &result)
{
    setBusy(false);
    if (!result) {
        if (result.error().code == ErrorCode::Cancelled)
            m_status->setText(tr("Cancelled."));
        else
            m_context.prompter.warn(this, tr("Desk report"),
                                    text::ErrorText::message(result.error()));
        Q_EMIT reportFailed(result.error());
        return;
    }
    display(*result);
    m_export->setEnabled(true);
    m_exportPdf->setEnabled(true);
    Q_EMIT reportShown();
}

void ReportPage::display(const reports::DeskReport &report)
{
    m_report = report;
    const QLocale locale;
    // Parts of the figure above are indented under it.
    const auto row = [&locale](const QString &label, reports::Figure f, bool part = false) {
        return u"<tr><td>%1%2</td><td align=right><b>%3</b></td><td align=right>%4</td></tr>"_s.arg(
            part ? u"&nbsp;&nbsp;&nbsp;&nbsp;"_s : QString(), label.toHtmlEscaped(),
            locale.toString(f.current), locale.toString(f.previous));
    };
    const auto median = [&locale](const std::optional<double> &v) {
        return v ? locale.toString(*v, 'f', 1) : u"–"_s;
    };
    QString html = u"<p>%1 · %2</p><table cellspacing=6>"_s.arg(
        text::ReportText::period(report.period).toHtmlEscaped(),
        tr("compared with %1")
            .arg(text::ReportText::period(report.previousPeriod))
            .toHtmlEscaped());
    html += u"<tr><th></th><th>%1</th><th>%2</th></tr>"_s.arg(tr("Period"), tr("Previous period"));
    html += row(tr("Sessions"), report.sessions);
    html += row(tr("of which anonymous walk-ins"), report.anonymousSessions, true);
    html += row(tr("People met"), report.people);
    html += row(tr("new"), report.newPeople, true);
    html += row(tr("returning"), report.returningPeople, true);
    html += row(tr("Referrals"), report.referrals);
    html += row(tr("sent and still without an answer"), report.referralsWithoutAnswer, true);
    html += u"<tr><td>%1</td><td align=right><b>%2</b></td><td align=right>%3</td></tr>"_s.arg(
        tr("Median days from sending to take-over").toHtmlEscaped(),
        median(report.medianDaysToTakeOver), median(report.previousMedianDaysToTakeOver));
    html += row(tr("Follow-ups done"), report.followUpsDone);
    html += row(tr("Follow-ups overdue"), report.followUpsOverdue);
    html += u"</table>"_s;
    m_summary->setText(html);

    m_unmetTitle->setText(u"<b>%1</b>"_s.arg(tr("Needs without an answer").toHtmlEscaped()));
    m_unmet->setRowCount(int(report.unmetNeeds.size()));
    for (int r = 0; r < report.unmetNeeds.size(); ++r) {
        const reports::UnmetNeed &u = report.unmetNeeds.at(r);
        m_unmet->setItem(r, 0, new QTableWidgetItem(text::PeopleText::need(u.need)));
        m_unmet->setItem(r, 1, new QTableWidgetItem(u.need));
        m_unmet->setItem(r, 2, new QTableWidgetItem(text::ReportText::comune(u.comune)));
        auto *people = new QTableWidgetItem(locale.toString(u.people));
        people->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_unmet->setItem(r, 3, people);
        m_unmet->setItem(r, 4, new QTableWidgetItem(text::ReportText::unmetReason(u)));
    }
    m_unmet->resizeColumnsToContents();
    m_unmet->setFixedHeight(std::min(8, int(report.unmetNeeds.size()) + 1)
                                * m_unmet->verticalHeader()->defaultSectionSize()
                            + m_unmet->horizontalHeader()->sizeHint().height() + 4);
    m_unmetTitle->setVisible(true);
    m_unmet->setVisible(!report.unmetNeeds.isEmpty());
    if (report.unmetNeeds.isEmpty())
        m_unmetTitle->setText(m_unmetTitle->text() + u": "_s + tr("none in this period."));

    for (ReportSection *old : sections())
        delete old;
    for (const reports::Breakdown &table : report.breakdowns)
        m_sections->addWidget(new ReportSection(table, m_content));
}

QList<ReportSection *> ReportPage::sections() const
{
    return m_content->findChildren<ReportSection *>(Qt::FindDirectChildrenOnly);
}

QString ReportPage::summaryText() const
{
    QTextDocument document;
    document.setHtml(m_summary->text());
    return document.toPlainText();
}

bool ReportPage::exportCsv()
{
    if (!m_report)
        return false;
    const QString name = u"rapporto-%1-%2.csv"_s.arg(m_report->period.from.toString(Qt::ISODate),
                                                     m_report->period.to.toString(Qt::ISODate));
    const auto path = m_context.prompter.askSaveFile(this, tr("Export the report"),
                                                     documentsPath(name), tr("CSV files (*.csv)"));
    if (!path)
        return false;
    QSaveFile file(*path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(text::ReportCsv::write(*m_report, m_context.deskName,
                                             m_context.settings.reportThreshold()))
            < 0
        || !file.commit()) {
        m_context.prompter.warn(this, tr("Export the report"),
                                text::ErrorText::message(makeError(ErrorCode::FileUnwritable,
                                                                   file.errorString(), {*path})));
        return false;
    }
    m_status->setText(tr("Exported to %1.").arg(*path));
    return true;
}

bool ReportPage::exportPdf()
{
    if (!m_report)
        return false;
    const QString name = u"rapporto-%1-%2.pdf"_s.arg(m_report->period.from.toString(Qt::ISODate),
                                                     m_report->period.to.toString(Qt::ISODate));
    const reports::DeskReport report = *m_report;
    const int threshold = m_context.settings.reportThreshold();
    const QString written = savePdfAs(m_context.prompter, this, tr("Export the report"),
                                      documentsPath(name), [&](const QString &path) {
                                          return writeReportPdf(report, m_context.deskName, path,
                                                                m_context.clock.today(), threshold);
                                      });
    if (written.isEmpty())
        return false;
    m_status->setText(tr("Exported to %1.").arg(written));
    return true;
}

} // namespace sportello::ui
