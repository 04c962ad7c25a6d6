// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/deskreport.h"
#include "security/permissions.h"
#include "support/result.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QVBoxLayout;

namespace sportello {
class Clock;
namespace services {
class DeskSettings;
class ReportRunner;
} // namespace services
} // namespace sportello

namespace sportello::ui {

class Prompter;
class ReportSection;

// The desk's report for coordinators (issue 15): a month, a quarter, a year or any period
// beside the one before; the figures, the unmet needs and every table with its chart, exact
// on this screen; "Esporta CSV…" writes what may leave the desk, small cells suppressed. The
// report is computed off the GUI thread with its progress, and can be cancelled.
class ReportPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPage)

public:
    struct Context
    {
        services::ReportRunner &runner;
        const Clock &clock;
        Prompter &prompter;
        security::Actor actor;
        QString deskName;
        services::DeskSettings &settings; // the threshold k of the exports
    };
    enum class Span { Month, Quarter, Year, Custom };

    explicit ReportPage(Context context, QWidget *parent = nullptr);
    ~ReportPage() override;

    // The period the pickers describe.
    [[nodiscard]] reports::Period period() const;
    void setPeriod(Span span, const QDate &from, const QDate &to = {});
    // Starts computing the chosen period; false while a report is being computed.
    bool compute();
    void cancel();
    // Writes the shown report as CSV where the person chooses; false when nothing was written.
    bool exportCsv();
    // The same as a PDF/A document, with its charts; false when nothing was written.
    bool exportPdf();
    // The desk's threshold for what leaves it: counts from 1 to k−1 hidden (3…20). Saved for
    // the desk and audited; false, with the person told why, when it cannot be.
    bool setThreshold(int threshold);

    [[nodiscard]] const std::optional<reports::DeskReport> &report() const { return m_report; }
    [[nodiscard]] QList<ReportSection *> sections() const;
    [[nodiscard]] QTableWidget *unmetTable() const { return m_unmet; }
    // The figures at the top, as shown.
    [[nodiscard]] QString summaryText() const;

protected:
    // The first time the page shows, it computes the chosen period (last month).
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    // A report is on screen (tests wait for it), or the computation ended without one.
    void reportShown();
    void reportFailed(const sportello::Error &error);

private:
    void buildPicker();
    void buildThreshold();
    void describeExports();
    void spanChanged();
    void setBusy(bool busy);
    // Puts `report` on screen (not QWidget::show, which it would hide).
    void display(const reports::DeskReport &report);
    void finished(const Result<reports::DeskReport> &result);

    Context m_context;
    QComboBox *m_span = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_compute = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_exportPdf = nullptr;
    QSpinBox *m_threshold = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_unmet = nullptr;
    QLabel *m_unmetTitle = nullptr;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_sections = nullptr;
    std::optional<reports::DeskReport> m_report;
    bool m_shownOnce = false;
};

} // namespace sportello::ui
