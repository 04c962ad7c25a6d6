// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/board.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace sportello::ui {

// The form of a request or an offer entered at the counter for the person in front of the
// operator: kind, category, where (the district's comuni), the weekdays and hours, for whom,
// notes, how many people an offer can take, and whether the person's own name and phone are
// shown instead of the desk's. It builds the post; the page sends it.
class BoardPostForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardPostForm)

public:
    // `comuni`: the district's, as (ISTAT code, name).
    explicit BoardPostForm(const QList<QPair<QString, QString>> &comuni, QWidget *parent = nullptr);
    ~BoardPostForm() override;

    // Whom the post is for: the person open at the counter, or none (the form waits).
    void setPerson(qint64 personId, const QString &name);
    [[nodiscard]] qint64 personId() const { return m_personId; }

    [[nodiscard]] board::Post post() const;
    [[nodiscard]] bool showOwnContact() const;
    // Says what went wrong (an announced message), or clears it.
    void setProblem(const QString &message);
    void clear();

    [[nodiscard]] QPushButton *submitButton() const { return m_submit; }
    [[nodiscard]] QComboBox *kindBox() const { return m_kind; }
    [[nodiscard]] QComboBox *categoryBox() const { return m_category; }
    [[nodiscard]] QComboBox *comuneBox() const { return m_comune; }
    [[nodiscard]] QCheckBox *dayBox(int weekday) const { return m_days.value(weekday - 1); }
    [[nodiscard]] QTimeEdit *fromEdit() const { return m_from; }
    [[nodiscard]] QTimeEdit *toEdit() const { return m_to; }
    [[nodiscard]] QCheckBox *ownContactBox() const { return m_ownContact; }
    [[nodiscard]] QLabel *problemLabel() const { return m_problem; }

Q_SIGNALS:
    void submitted();

private:
    void updateState();

    qint64 m_personId = 0;
    QLabel *m_person = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_comune = nullptr;
    QLineEdit *m_neighbourhood = nullptr;
    QList<QCheckBox *> m_days;
    QCheckBox *m_anyTime = nullptr;
    QTimeEdit *m_from = nullptr;
    QTimeEdit *m_to = nullptr;
    QComboBox *m_forWhom = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QSpinBox *m_capacity = nullptr;
    QCheckBox *m_ownContact = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_submit = nullptr;
};

} // namespace sportello::ui
