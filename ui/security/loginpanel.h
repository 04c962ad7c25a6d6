// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/permissions.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QThread;

namespace sportello::services {
class AccountService;
}

namespace sportello::ui {

class Prompter;

// The screen shown when nobody is logged in or the screen is locked: username and password,
// clear messages for wrong passwords and waiting times, and the recovery-key way back in.
class LoginPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginPanel)

public:
    LoginPanel(services::AccountService &accounts, Prompter &prompter, QWidget *parent = nullptr);
    // Waits for a password check still running (at most its second): closing the window
    // meanwhile neither leaves the thread behind nor drops the key it may have opened unwiped.
    ~LoginPanel() override;

    void reset(const QString &message = {});
    [[nodiscard]] QLineEdit *usernameField() const { return m_username; }
    [[nodiscard]] QLineEdit *passwordField() const { return m_password; }
    [[nodiscard]] QString message() const;
    // True while the password is being checked on its worker thread; the fields wait.
    [[nodiscard]] bool isChecking() const;

public Q_SLOTS:
    void attemptLogin();
    void recover();

Q_SIGNALS:
    void loggedIn(const sportello::security::Actor &actor);

private:
    void setChecking(bool checking);

    services::AccountService &m_accounts;
    Prompter &m_prompter;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_login = nullptr;
    QPushButton *m_recovery = nullptr;
    bool m_checking = false;
    std::unique_ptr<QThread> m_check; // the password's check while it runs
};

} // namespace sportello::ui
