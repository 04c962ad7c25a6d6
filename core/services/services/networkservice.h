// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/permissions.h"
#include "support/result.h"
#include "sync/hubconfig.h"
#include "wire/record.h"

#include <QDateTime>
#include <QMap>
#include <QString>

namespace sportello::crypto {
class SecretStore;
}

namespace sportello::services {

class Authorizer;
struct ServiceContext;

// What the Sync page, the status bar and `sportello-cli sync status` show.
struct SyncStatus
{
    bool enrolled = false;
    QString hubUrl;
    QString districtName;
    QMap<QString, int> counts; // outbox items by state (sync::outboxStates())
    QString paused; // why the sync waits for a person (a sync::failureCode), empty when not
    QDateTime lastSuccess; // the last round that reached the hub (UTC)
    QDateTime lastAttempt;
    QString lastError; // the last round's problem (a sync::failureCode), empty when none

    [[nodiscard]] int pending() const; // QUEUED and SENDING
    [[nodiscard]] int failed() const; // FAILED: quarantined, waiting for a coordinator
};

// The desk's membership of the district network, without any network code: what enrolment
// stores (the hub's address and trust in the settings, the token in the OS keychain only),
// leaving, the sync's bookkeeping, and a coordinator's choices for quarantined items. The
// network itself is core/sync's. Enrolling, leaving and the choices need ConfigureDesk and
// are audited; the command line acts as the system (operator 0), like its other admin commands.
class NetworkService final
{
public:
    NetworkService(const ServiceContext &context, crypto::SecretStore &secrets);
    ~NetworkService();
    Q_DISABLE_COPY_MOVE(NetworkService)

    // The stored hub, with isEnrolled() false before enrolment.
    [[nodiscard]] Result<sync::HubConfig> hub() const;
    // The token from the keychain: HubNotEnrolled before enrolment, HubKeychainUnavailable
    // when the keychain cannot be asked or has lost it. Never logged, never stored elsewhere.
    [[nodiscard]] Result<QByteArray> token() const;

    // Joins the hub whose district answered `district` (GET /v1/district with this token,
    // over the trust in `hub`). The token goes to the keychain first and is read back; only
    // then are the settings and the district written, in one transaction. Replaces an earlier
    // enrolment (its token entry is removed) and clears a pause.
    [[nodiscard]] Status enrol(const security::Actor &actor, sync::HubConfig hub,
                               const QByteArray &token, const wire::District &district);
    [[nodiscard]] Status enrolAsSystem(sync::HubConfig hub, const QByteArray &token,
                                       const wire::District &district);
    // Leaves the network: the token entry is removed and the hub forgotten; the outbox stays
    // (what is waiting is sent after the next enrolment).
    [[nodiscard]] Status leave(const security::Actor &actor);
    [[nodiscard]] Status leaveAsSystem();

    [[nodiscard]] Result<SyncStatus> status() const;
    // The sync engine's bookkeeping: a round ended, reaching the hub when `error` is empty.
    [[nodiscard]] Status recordRound(const QDateTime &at, const QString &error);
    // Pauses the sync until a person acts (`code` a sync::failureCode), or clears the pause.
    [[nodiscard]] Status setPaused(const QString &code);

    // A quarantined (FAILED) item is sent again from scratch, or given up (DISCARDED).
    [[nodiscard]] Status requeue(const security::Actor &actor, qint64 itemId);
    [[nodiscard]] Status discard(const security::Actor &actor, qint64 itemId);

private:
    [[nodiscard]] Status store(qint64 operatorId, sync::HubConfig hub, const QByteArray &token,
                               const wire::District &district);
    [[nodiscard]] Status forget(qint64 operatorId);
    [[nodiscard]] Status settle(const security::Actor &actor, qint64 itemId, bool requeue);

    const ServiceContext &m_context;
    crypto::SecretStore &m_secrets;
    std::unique_ptr<Authorizer> m_authorizer;
};

} // namespace sportello::services
