// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "network/synccontroller.h"
#include "profilesummary.h"
#include "security/permissions.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <memory>

namespace sportello {
class Clock;
namespace crypto {
class SecretStore;
}
namespace services {
class BackupRunner;
class DeskServices;
class DeskToday;
class NetworkService;
} // namespace services
namespace storage {
class Database;
}
namespace ui {
class DeskShell;
class MainWindow;
class Prompter;
class SessionPage;
class SyncStatusWidget;
} // namespace ui
} // namespace sportello

namespace sportello::app {

// What the desktop builds on an open profile: the desk's one service set, the main window, the
// desk shell (login, lock), the background sync with its line in the status bar (it runs whoever
// is logged in, and while the desk is locked) and, at each login, the pages the operator may
// use. Pages follow the services' change notifications themselves; what is wired here is
// navigation between pages. The executable and the end-to-end tests build the very same thing.
class DeskComposition final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskComposition)

public:
    // `secrets` holds the hub's token (the OS keychain in the executable); `syncOptions` says how
    // the background sync reaches the hub (the tests pass a fake network).
    DeskComposition(storage::Database &database, const Clock &clock, crypto::SecretStore &secrets,
                    ui::Prompter &prompter, const ui::ProfileSummary &summary,
                    sync::SyncController::Options syncOptions = {}, QObject *parent = nullptr);
    ~DeskComposition() override;

    [[nodiscard]] ui::MainWindow &window() const { return *m_window; }
    [[nodiscard]] ui::DeskShell &shell() const { return *m_shell; }
    [[nodiscard]] services::DeskServices &services() const { return *m_services; }
    [[nodiscard]] sync::SyncController &syncController() const { return *m_sync; }

    // Starts the background sync's triggers (a first round shortly, then every period, and at
    // each login); until then rounds run only when asked (the tests, a screenshot).
    void startSync();

    // Removes intakes abandoned without consent for 72 hours (also run every hour).
    void purgeAbandonedIntakes();
    // Removes the people whose records the retention period let expire, and those who
    // withdrew the personal-data consent (at start-up and daily; decision 37).
    // Both find what is due on a thread of their own and remove it on this one, later.
    void applyRetention();
    // Writes the scheduled backup when one is due (also checked every ten minutes).
    void backUpIfDue();

private:
    void buildPages(ui::MainWindow &window, const security::Actor &actor);
    // The neighbourhood board, following the person open on `sessionPage`.
    void addBoardPage(ui::MainWindow &window, const security::Actor &actor,
                      ui::SessionPage &sessionPage);

    const Clock &m_clock;
    ui::Prompter &m_prompter;
    ui::ProfileSummary m_summary;
    std::unique_ptr<services::DeskServices> m_services;
    std::unique_ptr<services::NetworkService> m_network;
    sync::NetworkFactory m_networkFactory;
    std::unique_ptr<sync::SyncController> m_sync;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<ui::DeskShell> m_shell;
    // The desk's backups, a coordinator's and the schedule's (checked every few minutes,
    // whoever is logged in, and while the desk is locked).
    std::unique_ptr<services::BackupRunner> m_backups;
    QTimer m_backupTimer;
    // The counts of the desk's day, for the Today page.
    std::unique_ptr<services::DeskToday> m_today;
    QTimer m_purgeTimer;
    QTimer m_retentionTimer;
    struct Housekeeping
    {
        bool intakes = false;
        bool retention = false;
    };
    void housekeeping(Housekeeping jobs);
    // Finds the abandoned intakes and who retention must remove (passes over every person):
    // see housekeeping(). Joined before the services go.
    std::unique_ptr<QThread> m_housekeepingScan;
};

} // namespace sportello::app
