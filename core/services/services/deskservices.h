// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/permissions.h"
#include "services/servicecontext.h"

#include <memory>

namespace sportello::services {

class AccountService;
class AuditService;
class BackupService;
class BoardService;
class CatalogueIo;
class CatalogueService;
class DeskSettings;
class NetworkCatalogue;
class NetworkInbox;
class OutboxService;
class PeopleService;
class PersonEraser;
class PersonFiles;
class ReferralService;
class RetentionService;
class SearchController;
class SessionService;
class SubjectAccessService;

// The desk's one set of services, built once on an open Database and a Clock: the desktop's
// composition root, the command line, the demo and the test fixtures all start here, so each
// service exists once and shares one vault (the master key), one audit log and one notifier.
// The later sync engine joins this set and starts at login.
class DeskServices final
{
public:
    DeskServices(storage::Database &database, const Clock &clock);
    ~DeskServices(); // locks the vault
    Q_DISABLE_COPY_MOVE(DeskServices)

    // What the services share (raw vault, database, audit log): for the composition roots,
    // the demo and white-box tests only; ui never touches it (tests/core/includegraph_test).
    [[nodiscard]] const ServiceContext &context() const { return m_context; }
    [[nodiscard]] ChangeNotifier &notifier() const { return *m_notifier; }
    [[nodiscard]] AccountService &accounts() const { return *m_accounts; }
    [[nodiscard]] AuditService &audit() const { return *m_audit; }
    [[nodiscard]] DeskSettings &settings() const { return *m_settings; }
    // The desk's backups: the plan, the last attempt (the writing runs on a BackupRunner).
    [[nodiscard]] BackupService &backups() const { return *m_backups; }
    [[nodiscard]] PeopleService &people() const { return *m_people; }
    [[nodiscard]] PersonEraser &eraser() const { return *m_eraser; }
    [[nodiscard]] PersonFiles &files() const { return *m_files; }
    [[nodiscard]] RetentionService &retention() const { return *m_retention; }
    [[nodiscard]] SubjectAccessService &subjectAccess() const { return *m_subjectAccess; }
    [[nodiscard]] SessionService &sessions() const { return *m_sessions; }
    [[nodiscard]] ReferralService &referrals() const { return *m_referrals; }
    [[nodiscard]] OutboxService &outbox() const { return *m_outbox; }
    [[nodiscard]] CatalogueService &catalogue() const { return *m_catalogue; }
    [[nodiscard]] CatalogueIo &catalogueIo() const { return *m_catalogueIo; }
    // What the network tells the desk: the destinations' answers, the referrals it received.
    [[nodiscard]] NetworkInbox &inbox() const { return *m_inbox; }
    // The neighbourhood board for the people at the counter, queued for the hub.
    [[nodiscard]] BoardService &board() const { return *m_board; }
    // The district's catalogue at the desk: its version, and a coordinator's reports.
    [[nodiscard]] NetworkCatalogue &networkCatalogue() const { return *m_networkCatalogue; }
    // The catalogue search on its worker thread, started on first use and reloaded whenever
    // the catalogue changes.
    [[nodiscard]] SearchController &search();

    // Ends the operator's turn: forgets the decrypted names, wipes the key, audits the lock.
    void lock(const security::Actor &actor);

private:
    struct Parts;
    std::unique_ptr<Parts> m_parts; // what the services share: wrap store, vault, audit log
    std::unique_ptr<ChangeNotifier> m_notifier;
    ServiceContext m_context;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<AuditService> m_audit;
    std::unique_ptr<DeskSettings> m_settings;
    std::unique_ptr<BackupService> m_backups;
    std::unique_ptr<PeopleService> m_people;
    std::unique_ptr<PersonEraser> m_eraser;
    std::unique_ptr<PersonFiles> m_files;
    std::unique_ptr<RetentionService> m_retention;
    std::unique_ptr<SubjectAccessService> m_subjectAccess;
    std::unique_ptr<SessionService> m_sessions;
    std::unique_ptr<ReferralService> m_referrals;
    std::unique_ptr<OutboxService> m_outbox;
    std::unique_ptr<CatalogueService> m_catalogue;
    std::unique_ptr<CatalogueIo> m_catalogueIo;
    std::unique_ptr<NetworkInbox> m_inbox;
    std::unique_ptr<NetworkCatalogue> m_networkCatalogue;
    std::unique_ptr<BoardService> m_board;
    std::unique_ptr<SearchController> m_search;
};

} // namespace sportello::services
