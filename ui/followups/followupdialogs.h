// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/model.h"
#include "support/result.h"

#include <QDialog>

#include <functional>
#include <utility>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace sportello::ui {

// Asks when a person is to be called back, why, and by whom. OK hands the follow-up to
// `submit`; on an error the dialog stays open with the message and what was typed.
class ScheduleFollowUpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleFollowUpDialog)

public:
    using Submit = std::function<Status(const people::FollowUp &followUp)>;

    // `today` is the earliest date offered; `assigneeId` is preselected among `operators`.
    ScheduleFollowUpDialog(QDate today, QList<std::pair<qint64, QString>> operators,
                           qint64 assigneeId, Submit submit, QWidget *parent = nullptr);

    void setDue(QDate due);
    void setNote(const QString &note);
    void setAssignee(qint64 operatorId);
    [[nodiscard]] people::FollowUp followUp() const;
    [[nodiscard]] QString errorText() const;

    void accept() override;

private:
    Submit m_submit;
    QDateEdit *m_due = nullptr;
    QLineEdit *m_note = nullptr;
    QComboBox *m_assignee = nullptr;
    QLabel *m_error = nullptr;
};

// Closes a follow-up: its outcome (Vocabulary::followUpOutcomes) and an optional note. OK
// hands them to `submit`; on an error the dialog stays open with the message.
class CompleteFollowUpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompleteFollowUpDialog)

public:
    using Submit = std::function<Status(const QString &outcome, const QString &note)>;

    // `summary` says which follow-up this is ("Mario Rossi, due 2 March").
    CompleteFollowUpDialog(const QString &summary, Submit submit, QWidget *parent = nullptr);

    void setOutcome(const QString &code);
    void setNote(const QString &note);
    [[nodiscard]] QString outcome() const;
    [[nodiscard]] QString errorText() const;

    void accept() override;

private:
    Submit m_submit;
    QComboBox *m_outcome = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace sportello::ui
