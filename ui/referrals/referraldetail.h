// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "referrals/networkinbox.h"
#include "referrals/referral.h"
#include "security/permissions.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace sportello {
class Clock;
namespace services {
class ReferralService;
}
} // namespace sportello

namespace sportello::ui {

class MoveDialog;

// Everything about one referral: its facts and the note for the destination (read through the
// audited view, so only for the referral the operator picked), the whole history of its
// states, and a button for each step the state machine allows from where it is now.
class ReferralDetail final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferralDetail)

public:
    using NameOf = std::function<QString(qint64 id)>;

    struct Context
    {
        services::ReferralService &referrals;
        const Clock &clock; // what "late" is measured against
        security::Actor actor;
        NameOf personName; // empty: erased or unknown
        NameOf operatorName; // empty: unknown
        std::function<QString(const QString &uid)> entryName; // catalogue organization/service
    };

    explicit ReferralDetail(Context context, QWidget *parent = nullptr);

    // The referral shown (0 when none) as last read, note included.
    [[nodiscard]] qint64 referralId() const { return m_referral.id; }
    [[nodiscard]] const referrals::Referral &referral() const { return m_referral; }
    [[nodiscard]] const QList<referrals::TransitionRecord> &history() const { return m_history; }
    [[nodiscard]] QTreeWidget *historyView() const { return m_historyView; }
    // One button per legal next step, in nextStates() order.
    [[nodiscard]] const QList<QPushButton *> &moveButtons() const { return m_moveButtons; }
    [[nodiscard]] QPushButton *openPersonButton() const { return m_openPerson; }
    [[nodiscard]] QPushButton *letterButton() const { return m_letter; }
    [[nodiscard]] QPushButton *editDraftButton() const { return m_editDraft; }
    // The move dialog while it is open, else nullptr.
    [[nodiscard]] MoveDialog *moveDialog() const;
    // The text the detail shows for a field (tests read it): "state", "note", "person", …
    [[nodiscard]] QString fieldText(const QString &field) const;

public Q_SLOTS:
    // Reads a referral (an audited view) and its history; false when it cannot be read.
    bool showReferral(qint64 referralId);
    void clear();
    // Opens the move dialog for a step to `to` (a state the referral may move to).
    void startMove(referrals::State to);

Q_SIGNALS:
    // The operator wants to complete the draft shown (the page opens the editor).
    void editDraftRequested(qint64 referralId);
    void referralMoved(qint64 referralId);
    void openPersonRequested(qint64 personId);
    void letterRequested(qint64 referralId);

private:
    void buildFacts();
    void fill();
    void fillHistory();
    void rebuildMoves();
    void setField(const QString &field, const QString &text);
    [[nodiscard]] QString summary() const;
    [[nodiscard]] QString personName() const;
    [[nodiscard]] QString operatorName(qint64 operatorId) const;

    Context m_context;
    referrals::Referral m_referral;
    QList<referrals::TransitionRecord> m_history;
    QList<referrals::NetworkAnswer> m_networkAnswers; // those not applied are shown too
    QLabel *m_hint = nullptr;
    QLabel *m_error = nullptr;
    QWidget *m_body = nullptr;
    QLabel *m_title = nullptr;
    QFormLayout *m_form = nullptr;
    QList<std::pair<QString, QLabel *>> m_fields;
    QPlainTextEdit *m_note = nullptr;
    QTreeWidget *m_historyView = nullptr;
    QLabel *m_noMoves = nullptr;
    QHBoxLayout *m_moves = nullptr;
    QList<QPushButton *> m_moveButtons;
    QPushButton *m_openPerson = nullptr;
    QPushButton *m_letter = nullptr;
    QPushButton *m_editDraft = nullptr;
    QPointer<MoveDialog> m_dialog;
};

} // namespace sportello::ui
