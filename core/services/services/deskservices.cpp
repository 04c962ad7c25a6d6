// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/deskservices.h"

#include "crypto/vault.h"
#include "services/accountservice.h"
#include "services/auditservice.h"
#include "services/backupservice.h"
#include "services/boardservice.h"
#include "services/catalogueio.h"
#include "services/catalogueservice.h"
#include "services/changenotifier.h"
#include "services/desksettings.h"
#include "services/networkcatalogue.h"
#include "services/networkinbox.h"
#include "services/outboxservice.h"
#include "services/peopleservice.h"
#include "services/personeraser.h"
#include "services/personfiles.h"
#include "services/referralservice.h"
#include "services/retentionservice.h"
#include "services/searchcontroller.h"
#include "services/searchsnapshots.h"
#include "services/sessionservice.h"
#include "services/subjectaccessservice.h"
#include "storage/auditlog.h"
#include "storage/vaultwrapstore.h"
#include "support/logging.h"

namespace sportello::services {

struct DeskServices::Parts
{
    Parts(storage::Database &database, const Clock &clock)
        : wraps(database, clock)
        , vault(wraps)
        , audit(database, clock, &vault)
    { }

    storage::VaultWrapStore wraps;
    crypto::Vault vault;
    storage::AuditLog audit;
};

DeskServices::DeskServices(storage::Database &database, const Clock &clock)
    : m_parts(std::make_unique<Parts>(database, clock))
    , m_notifier(std::make_unique<ChangeNotifier>())
    , m_context {database, clock, m_parts->vault, m_parts->audit, *m_notifier}
    , m_accounts(std::make_unique<AccountService>(m_context))
    , m_audit(std::make_unique<AuditService>(m_context))
    , m_settings(std::make_unique<DeskSettings>(m_context))
    , m_backups(std::make_unique<BackupService>(m_context))
    , m_people(std::make_unique<PeopleService>(m_context))
    , m_eraser(std::make_unique<PersonEraser>(m_context, *m_people))
    , m_files(std::make_unique<PersonFiles>(m_context))
    , m_retention(std::make_unique<RetentionService>(m_context, *m_people, *m_settings))
    , m_subjectAccess(std::make_unique<SubjectAccessService>(m_context, *m_settings))
    , m_sessions(std::make_unique<SessionService>(m_context))
    , m_referrals(std::make_unique<ReferralService>(m_context))
    , m_outbox(std::make_unique<OutboxService>(m_context))
    , m_catalogue(std::make_unique<CatalogueService>(m_context))
    , m_catalogueIo(std::make_unique<CatalogueIo>(m_context))
    , m_inbox(std::make_unique<NetworkInbox>(m_context))
    , m_networkCatalogue(std::make_unique<NetworkCatalogue>(m_context))
    , m_board(std::make_unique<BoardService>(m_context))
{ }

DeskServices::~DeskServices()
{
    // The search thread reads the database: stop it before anything it uses goes.
    m_search.reset();
    m_people->forget();
    m_parts->vault.lock();
}

SearchController &DeskServices::search()
{
    if (!m_search) {
        // The loader and the keeper run on the index thread, with that thread's own
        // connection; the snapshot comes from the copy on disk and the changes since.
        auto snapshots = std::make_shared<SearchSnapshots>(m_context.database);
        m_search = std::make_unique<SearchController>(
            [snapshots](const SearchController::Snapshot &previous) {
                return snapshots->next(previous);
            },
            [snapshots](const SearchController::Snapshot &index) { snapshots->keep(*index); });
        QObject::connect(m_search.get(), &SearchController::reloadFailed, m_search.get(),
                         [](const Error &error) {
                             qCWarning(lcServices).noquote()
                                 << "search index:" << error.toLogString();
                         });
        QObject::connect(m_notifier.get(), &ChangeNotifier::catalogueChanged, m_search.get(),
                         &SearchController::reload);
        m_search->reload();
    }
    return *m_search;
}

void DeskServices::lock(const security::Actor &actor)
{
    // The decrypted names of the person search must not outlive the key.
    m_people->forget();
    m_accounts->lock(actor);
}

} // namespace sportello::services
