// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QButtonGroup;
class QPushButton;

namespace sportello::ui {

// What a coordinator reports about an entry of the district's catalogue that is no longer
// right: one problem of the protocol's vocabulary (wire::feedbackProblems()), chosen from plain
// words. Codes only reach the hub, never text, so nothing personal can travel with a report.
class ReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDialog)

public:
    explicit ReportDialog(const QString &serviceName, QWidget *parent = nullptr);

    // The chosen problem's code; empty until one is chosen.
    [[nodiscard]] QString problem() const;
    // The plain words for a problem's code.
    [[nodiscard]] static QString problemText(const QString &code);

private:
    QButtonGroup *m_choices = nullptr;
    QPushButton *m_send = nullptr;
};

} // namespace sportello::ui
