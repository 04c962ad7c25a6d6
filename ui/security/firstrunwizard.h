// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/permissions.h"

#include <QWizard>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sportello::services {
class AccountService;
}

namespace sportello::ui {

class Prompter;

// First run of a new desk: its identity, the first coordinator account, and the recovery key —
// shown once, printable, to be stored away from the computer.
class FirstRunWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunWizard)

public:
    enum PageId { DeskPage, CoordinatorPage, RecoveryPage };

    FirstRunWizard(services::AccountService &accounts, Prompter &prompter,
                   QWidget *parent = nullptr);

    [[nodiscard]] std::optional<security::Actor> coordinator() const { return m_coordinator; }
    [[nodiscard]] QString recoveryKey() const { return m_recoveryKey; }
    // The recovery sheet as printed (HTML), for printing or saving as PDF.
    [[nodiscard]] QString recoverySheet() const;
    [[nodiscard]] bool saveRecoverySheetPdf(const QString &path) const;

    bool validateCurrentPage() override;

private:
    QWizardPage *buildDeskPage();
    QWizardPage *buildCoordinatorPage();
    QWizardPage *buildRecoveryPage();
    bool createDesk();

    services::AccountService &m_accounts;
    Prompter &m_prompter;
    QLineEdit *m_deskName = nullptr;
    QLineEdit *m_organization = nullptr;
    QComboBox *m_comune = nullptr;
    QLineEdit *m_deskCode = nullptr;
    QPlainTextEdit *m_contacts = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_passwordAgain = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_keyLabel = nullptr;
    QCheckBox *m_stored = nullptr;
    std::optional<security::Actor> m_coordinator;
    QString m_recoveryKey;
};

} // namespace sportello::ui
