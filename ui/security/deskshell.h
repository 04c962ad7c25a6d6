// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/permissions.h"

#include <QObject>

#include <functional>
#include <optional>

namespace sportello {
class Clock;
namespace services {
class DeskServices;
}
} // namespace sportello

namespace sportello::ui {

class LockController;
class LoginPanel;
class MainWindow;
class Prompter;

// Who is at the desk: shows the login screen, builds the pages for the operator who logs in,
// and on "lock now" or idle timeout wipes the key, removes every page and returns to the login
// screen — so nothing personal stays on screen and the next operator starts clean.
class DeskShell final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskShell)

public:
    struct Services
    {
        services::DeskServices &desk; // logins, the lock, password changes
        const Clock &clock;
        Prompter &prompter;
    };
    // Adds the pages the operator may use to the window (called at each login).
    using PageBuilder = std::function<void(MainWindow &, const security::Actor &)>;

    DeskShell(MainWindow &window, Services services, PageBuilder buildPages,
              QObject *parent = nullptr);
    ~DeskShell() override;

    void start();
    [[nodiscard]] std::optional<security::Actor> actor() const { return m_actor; }
    [[nodiscard]] LockController &lockController() const { return *m_lock; }
    [[nodiscard]] LoginPanel &loginPanel() const { return *m_login; }
    // Logs in directly (used after the first-run wizard, which already authenticated).
    void enter(const security::Actor &actor);

public Q_SLOTS:
    void lockNow();
    void changePassword();

Q_SIGNALS:
    void locked();
    void unlocked(const sportello::security::Actor &actor);

private:
    // Rejects every dialog open over the desk, modal ones included.
    static void closeDialogs();

    MainWindow &m_window;
    Services m_services;
    PageBuilder m_buildPages;
    LockController *m_lock = nullptr;
    LoginPanel *m_login = nullptr;
    std::optional<security::Actor> m_actor;
};

} // namespace sportello::ui
