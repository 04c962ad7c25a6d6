// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "referrals/referral.h"
#include "support/result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;

namespace sportello::ui {

// One step of a referral's life, asked for before it is recorded: the reason (required only
// where the state machine requires one), how it ended when closing, where it goes when
// redirected. What the service refuses stays in the dialog with its explanation.
class MoveDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MoveDialog)

public:
    using Apply = std::function<Status(const referrals::Transition &transition)>;

    // `summary` says which referral moves (destination, person); `apply` records the move.
    MoveDialog(const referrals::Referral &referral, referrals::State to, const QString &summary,
               Apply apply, QWidget *parent = nullptr);

    // The label of the button that starts a move to `to` ("Mark as sent…").
    [[nodiscard]] static QString actionLabel(referrals::State to);

    [[nodiscard]] referrals::State target() const { return m_to; }
    // The move as the fields say now.
    [[nodiscard]] referrals::Transition transition() const;
    // Null when the move has no such detail.
    [[nodiscard]] QComboBox *reasonCombo() const { return m_reason; }
    [[nodiscard]] QComboBox *outcomeCombo() const { return m_outcome; }
    [[nodiscard]] QComboBox *destinationCombo() const { return m_destination; }
    [[nodiscard]] QLabel *errorLabel() const { return m_error; }
    [[nodiscard]] QPushButton *okButton() const { return m_ok; }

    // Chooses a code in one of the combos (tests, and the keyboard-minded).
    bool setReason(const QString &code);
    bool setFinalOutcome(const QString &code);
    bool setDestination(const QString &code);

public Q_SLOTS:
    // Records the move; on success the dialog is accepted, otherwise the refusal is shown.
    void accept() override;

private:
    [[nodiscard]] QComboBox *addCombo(const QString &name, const QString &accessible);

    referrals::Referral m_referral;
    referrals::State m_to;
    Apply m_apply;
    QComboBox *m_reason = nullptr;
    QComboBox *m_outcome = nullptr;
    QComboBox *m_destination = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace sportello::ui
