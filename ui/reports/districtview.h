// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/districtreport.h"
#include "support/error.h"

#include <QWidget>

#include <optional>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace sportello {
class Clock;
namespace sync {
class DistrictReportFetch;
}
} // namespace sportello

namespace sportello::ui {

class Prompter;

// The report page's "Distretto" tab: the district report the hub computes over every desk's
// referrals, for the months chosen, asked with this desk's token (the hub gives it only to a
// coordinator's desk). Every count arrives already suppressed, so what is shown is what may be
// exported: "Esporta CSV…" writes it as it is. The request can be cancelled; the GUI never
// waits for it.
class DistrictView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DistrictView)

public:
    struct Context
    {
        sync::DistrictReportFetch &fetch;
        const Clock &clock;
        Prompter &prompter;
    };

    explicit DistrictView(Context context, QWidget *parent = nullptr);
    ~DistrictView() override;

    // The months the pickers describe.
    [[nodiscard]] reports::MonthRange months() const;
    void setMonths(const QDate &from, const QDate &to);
    // Asks the hub; false while a request is in flight.
    bool request();
    void cancel();
    bool exportCsv();

    [[nodiscard]] const std::optional<reports::DistrictReport> &report() const { return m_report; }
    [[nodiscard]] QList<QTableWidget *> tables() const;
    [[nodiscard]] QString statusText() const;

Q_SIGNALS:
    void reportShown();
    void reportFailed(const sportello::Error &error);

private:
    void finished();
    void display(const reports::DistrictReport &report);
    void setBusy(bool busy);

    Context m_context;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_request = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_tables = nullptr;
    std::optional<reports::DistrictReport> m_report;
};

} // namespace sportello::ui
