// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profilesummary.h"
#include "security/permissions.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace sportello {
class Clock;
namespace people {
class PeopleService;
class SessionService;
} // namespace people
namespace referrals {
class ReferralService;
}
namespace search {
class SearchController;
}
namespace security {
class AccountService;
class GuardedCatalogue;
class Vault;
} // namespace security
namespace storage {
class AuditLog;
class CatalogueRepository;
class Database;
} // namespace storage
namespace ui {
class DeskShell;
class MainWindow;
class Prompter;
} // namespace ui
} // namespace sportello

namespace sportello::app {

// What the desktop builds on an open profile: the core services, the main window, the desk
// shell (login, lock) and, at each login, the pages the operator may use. The executable and
// the end-to-end tests build the very same thing.
class DeskComposition final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskComposition)

public:
    DeskComposition(storage::Database &database, const Clock &clock, ui::Prompter &prompter,
                    const ui::ProfileSummary &summary, QObject *parent = nullptr);
    ~DeskComposition() override;

    [[nodiscard]] ui::MainWindow &window() const { return *m_window; }
    [[nodiscard]] ui::DeskShell &shell() const { return *m_shell; }
    [[nodiscard]] search::SearchController &search() const { return *m_search; }
    [[nodiscard]] security::AccountService &accounts() const { return *m_accounts; }
    [[nodiscard]] people::PeopleService &people() const { return *m_people; }
    [[nodiscard]] people::SessionService &sessions() const { return *m_sessions; }
    [[nodiscard]] referrals::ReferralService &referrals() const { return *m_referrals; }

    // Removes intakes abandoned without consent for 72 hours (also run every hour).
    void purgeAbandonedIntakes();

private:
    void buildPages(ui::MainWindow &window, const security::Actor &actor);

    storage::Database &m_database;
    const Clock &m_clock;
    ui::Prompter &m_prompter;
    ui::ProfileSummary m_summary;
    std::unique_ptr<storage::CatalogueRepository> m_catalogue;
    std::unique_ptr<search::SearchController> m_search;
    std::unique_ptr<security::Vault> m_vault;
    std::unique_ptr<storage::AuditLog> m_audit;
    std::unique_ptr<security::AccountService> m_accounts;
    std::unique_ptr<security::Authorizer> m_authorizer;
    std::unique_ptr<security::GuardedCatalogue> m_editing;
    std::unique_ptr<people::PeopleService> m_people;
    std::unique_ptr<people::SessionService> m_sessions;
    std::unique_ptr<referrals::ReferralService> m_referrals;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<ui::DeskShell> m_shell;
    QTimer m_purgeTimer;
};

} // namespace sportello::app
