// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "referrals/referral.h"
#include "security/permissions.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace sportello {
class Clock;
namespace services {
class CatalogueService;
class ReferralService;
} // namespace services
} // namespace sportello

namespace sportello::ui {

// Creates a referral from a just-saved session, from the keyboard: sent or only logged, where
// it goes (the destination type and, optionally, the concrete organization or service of the
// catalogue), the session's needs, how urgent (with the social-emergency contact shown for
// an urgent one), a note for the destination and when an answer is expected. What the service
// refuses is shown in the dialog, and nothing typed is lost. Enter does not accept the dialog
// unless the OK button has the focus; Esc cancels.
class ReferralDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferralDialog)

public:
    struct Context
    {
        services::ReferralService &referrals;
        const services::CatalogueService &catalogue;
        const Clock &clock;
        security::Actor actor;
        qint64 sessionId = 0;
        qint64 personId = 0; // 0: an anonymous walk-in
        QStringList needs; // the session's needs, all ticked at first
        QString destinationType = {}; // preselected destination; empty: the first
        // A draft to complete (id > 0): the dialog edits it instead of creating a referral;
        // kind and destination stay as they are.
        referrals::Referral draft = {};
    };

    explicit ReferralDialog(Context context, QWidget *parent = nullptr);
    ~ReferralDialog() override;

    // After acceptance: the referral as created or completed (with its id and uid).
    [[nodiscard]] const referrals::Referral &created() const { return m_created; }

    [[nodiscard]] QComboBox *kindCombo() const { return m_kind; }
    [[nodiscard]] QComboBox *destinationCombo() const { return m_destination; }
    [[nodiscard]] QComboBox *catalogueCombo() const { return m_catalogueEntry; }
    [[nodiscard]] QListWidget *needList() const { return m_needs; }
    [[nodiscard]] QComboBox *urgencyCombo() const { return m_urgency; }
    [[nodiscard]] QLabel *emergencyLabel() const { return m_emergency; }
    [[nodiscard]] QPlainTextEdit *noteEdit() const { return m_note; }
    [[nodiscard]] QDateEdit *feedbackEdit() const { return m_feedback; }
    [[nodiscard]] QLabel *errorLabel() const { return m_error; }
    [[nodiscard]] QPushButton *okButton() const { return m_ok; }

public Q_SLOTS:
    // Creates the referral (or saves the draft); on success the dialog is accepted, otherwise
    // the refusal is shown.
    void create();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fillCatalogue();
    void loadDraft();
    [[nodiscard]] bool editing() const { return m_context.draft.id > 0; }
    // The catalogue entry `text` names: the exact item, or the only one containing it; -1 when
    // none or several do.
    [[nodiscard]] int catalogueIndex(const QString &text) const;
    void updateForKind();
    void updateForUrgency();
    void showError(const QString &message, QWidget *field);

    Context m_context;
    referrals::Referral m_created;
    QComboBox *m_kind = nullptr;
    QLabel *m_kindHint = nullptr;
    QComboBox *m_destination = nullptr;
    QComboBox *m_catalogueEntry = nullptr;
    QListWidget *m_needs = nullptr;
    QComboBox *m_urgency = nullptr;
    QLabel *m_emergency = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QDateEdit *m_feedback = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace sportello::ui
