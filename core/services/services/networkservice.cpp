// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/networkservice.h"

#include "audit/audit.h"
#include "crypto/secretstore.h"
#include "services/authorizer.h"
#include "services/changenotifier.h"
#include "services/desksettings.h"
#include "services/servicecontext.h"
#include "storage/auditlog.h"
#include "storage/outboxrepository.h"
#include "storage/settingsstore.h"
#include "storage/transaction.h"
#include "support/clock.h"
#include "sync/failure.h"
#include "sync/outbox.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace sportello::services {

namespace keys = storage::settingskeys;

namespace {

constexpr char kHubEntity[] = "hub";
constexpr char kOutboxEntity[] = "outbox";

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// Every setting enrolment writes, cleared when the desk leaves.
const QList<const char *> &hubKeys()
{
    static const QList<const char *> list {
        keys::kHubUrl,          keys::kHubCaPem,      keys::kHubPin,        keys::kHubCatalogueKey,
        keys::kHubTokenAccount, keys::kHubHttp2,      keys::kHubEnrolledAt, keys::kSyncPaused,
        keys::kSyncLastError,   keys::kSyncFeedCursor};
    return list;
}

Error keychainError(const Error &error)
{
    return makeError(ErrorCode::HubKeychainUnavailable, error.toLogString(),
                     {error.args.value(0, error.detail)});
}

QString newTokenAccount()
{
    quint64 random = QRandomGenerator::system()->generate64();
    return u"hub-"_s + QString::number(random, 16).rightJustified(16, u'0');
}

} // namespace

int SyncStatus::pending() const
{
    return counts.value(QString::fromLatin1(sync::outboxstate::kQueued))
        + counts.value(QString::fromLatin1(sync::outboxstate::kSending));
}

int SyncStatus::failed() const
{
    return counts.value(QString::fromLatin1(sync::outboxstate::kFailed));
}

NetworkService::NetworkService(const ServiceContext &context, crypto::SecretStore &secrets)
    : m_context(context)
    , m_secrets(secrets)
    , m_authorizer(std::make_unique<Authorizer>(context))
{ }

NetworkService::~NetworkService() = default;

Result<sync::HubConfig> NetworkService::hub() const
{
    const storage::SettingsStore settings(m_context.database, m_context.clock);
    auto read = [&settings](const char *name) {
        return settings.value(key(name));
    };
    auto url = read(keys::kHubUrl);
    if (!url)
        return url.error();
    sync::HubConfig hub;
    if (url->isEmpty())
        return hub;
    hub.url = QUrl(*url);
    hub.caPem = read(keys::kHubCaPem).valueOr(QString()).toLatin1();
    hub.spkiPin = sync::parseSpkiPin(read(keys::kHubPin).valueOr(QString()));
    hub.catalogueKey
        = QByteArray::fromBase64(read(keys::kHubCatalogueKey).valueOr(QString()).toLatin1());
    hub.tokenAccount = read(keys::kHubTokenAccount).valueOr(QString());
    hub.http2 = read(keys::kHubHttp2).valueOr(QString()) == u"1";
    hub.enrolledAt
        = QDateTime::fromString(read(keys::kHubEnrolledAt).valueOr(QString()), Qt::ISODateWithMs);
    return hub;
}

Result<QByteArray> NetworkService::token() const
{
    auto stored = hub();
    if (!stored)
        return stored.error();
    if (!stored->isEnrolled() || stored->tokenAccount.isEmpty())
        return makeError(ErrorCode::HubNotEnrolled, u"not enrolled"_s);
    auto token = m_secrets.read(stored->tokenAccount);
    if (!token) {
        if (token.error().code == ErrorCode::SecretNotFound)
            return makeError(ErrorCode::HubKeychainUnavailable, u"the token entry is gone"_s,
                             {u"no token entry"_s});
        return keychainError(token.error());
    }
    return *token;
}

Status NetworkService::enrol(const security::Actor &actor, sync::HubConfig hub,
                             const QByteArray &token, const wire::District &district)
{
    if (auto allowed
        = m_authorizer->require(actor, security::Permission::ConfigureDesk, key(kHubEntity));
        !allowed)
        return allowed;
    return store(actor.operatorId, std::move(hub), token, district);
}

Status NetworkService::enrolAsSystem(sync::HubConfig hub, const QByteArray &token,
                                     const wire::District &district)
{
    return store(0, std::move(hub), token, district);
}

Status NetworkService::store(qint64 operatorId, sync::HubConfig hub, const QByteArray &token,
                             const wire::District &district)
{
    if (auto problem = sync::hubUrlProblem(hub.url))
        return makeError(ErrorCode::HubAddressInvalid, *problem);
    if (hub.caPem.isEmpty() && hub.spkiPin.size() != 32)
        return makeError(ErrorCode::HubTrustMissing, u"no CA and no pin"_s);
    if (!sync::isHubToken(token))
        return makeError(ErrorCode::HubTokenInvalid, u"token of an unknown form"_s);
    // A Windows credential holds at most this much: a token that did not fit could not be kept.
    Q_ASSERT(token.size() <= sync::kMaxCredentialBytes);
    if (hub.catalogueKey.size() != 32 || district.name.isEmpty())
        return makeError(ErrorCode::HubBadAnswer, u"district or catalogue key missing"_s);

    auto previous = this->hub();
    if (!previous)
        return previous.error();
    // The token first, read back: settings that name an entry the keychain lacks would leave
    // the desk enrolled and unable to sync.
    hub.tokenAccount = newTokenAccount();
    if (auto written = m_secrets.write(hub.tokenAccount, token); !written)
        return keychainError(written.error());
    auto readBack = m_secrets.read(hub.tokenAccount);
    if (!readBack || *readBack != token) {
        (void)m_secrets.remove(hub.tokenAccount);
        return keychainError(readBack ? makeError(ErrorCode::SecretStoreUnavailable,
                                                  u"read back differs"_s, {u"read back differs"_s})
                                      : readBack.error());
    }
    hub.enrolledAt = m_context.clock.nowUtc();
    auto tx = storage::Transaction::begin(m_context.database);
    if (!tx)
        return tx.error();
    storage::SettingsStore settings(m_context.database, m_context.clock);
    const QList<std::pair<const char *, QString>> values {
        {keys::kHubUrl, hub.url.toString(QUrl::StripTrailingSlash)},
        {keys::kHubCaPem, QString::fromLatin1(hub.caPem)},
        {keys::kHubPin, hub.spkiPin.isEmpty() ? QString() : sync::formatSpkiPin(hub.spkiPin)},
        {keys::kHubCatalogueKey, QString::fromLatin1(hub.catalogueKey.toBase64())},
        {keys::kHubTokenAccount, hub.tokenAccount},
        {keys::kHubHttp2, hub.http2 ? u"1"_s : QString()},
        {keys::kHubEnrolledAt, hub.enrolledAt.toString(Qt::ISODateWithMs)},
        {keys::kSyncPaused, QString()},
        {keys::kSyncLastError, QString()},
        {keys::kSyncFeedCursor, QString()},
        {keys::kSyncCatalogueVersion, QString()},
        {keys::kSyncCatalogueEtag, QString()}};
    for (const auto &[name, value] : values) {
        if (auto saved = settings.setValue(key(name), value); !saved)
            return saved;
    }
    if (auto saved = detail::storeDistrict(m_context.database, m_context.clock, district); !saved)
        return saved;
    if (auto audited = m_context.audit.append(operatorId, key(audit::kHubEnrolled), key(kHubEntity),
                                              hub.url.host());
        !audited)
        return audited;
    m_context.notifier.announce(*tx, &ChangeNotifier::syncChanged);
    m_context.notifier.announce(*tx, &ChangeNotifier::deskSettingsChanged);
    if (auto committed = tx->commit(); !committed) {
        (void)m_secrets.remove(hub.tokenAccount);
        return committed;
    }
    // The earlier enrolment's token is of no use any more.
    if (previous->isEnrolled() && !previous->tokenAccount.isEmpty()
        && previous->tokenAccount != hub.tokenAccount)
        (void)m_secrets.remove(previous->tokenAccount);
    return {};
}

Status NetworkService::leave(const security::Actor &actor)
{
    if (auto allowed
        = m_authorizer->require(actor, security::Permission::ConfigureDesk, key(kHubEntity));
        !allowed)
        return allowed;
    return forget(actor.operatorId);
}

Status NetworkService::leaveAsSystem()
{
    return forget(0);
}

Status NetworkService::forget(qint64 operatorId)
{
    auto stored = hub();
    if (!stored)
        return stored.error();
    if (!stored->isEnrolled())
        return makeError(ErrorCode::HubNotEnrolled, u"not enrolled"_s);
    // The token goes first: a desk that cannot remove it stays enrolled and says so.
    if (!stored->tokenAccount.isEmpty()) {
        if (auto removed = m_secrets.remove(stored->tokenAccount); !removed)
            return keychainError(removed.error());
    }
    auto tx = storage::Transaction::begin(m_context.database);
    if (!tx)
        return tx.error();
    storage::SettingsStore settings(m_context.database, m_context.clock);
    for (const char *name : hubKeys()) {
        if (auto cleared = settings.setValue(key(name), QString()); !cleared)
            return cleared;
    }
    if (auto audited = m_context.audit.append(operatorId, key(audit::kHubLeft), key(kHubEntity),
                                              stored->url.host());
        !audited)
        return audited;
    m_context.notifier.announce(*tx, &ChangeNotifier::syncChanged);
    return tx->commit();
}

Result<SyncStatus> NetworkService::status() const
{
    auto stored = hub();
    if (!stored)
        return stored.error();
    SyncStatus status;
    status.enrolled = stored->isEnrolled();
    status.hubUrl = stored->url.toString();
    const storage::SettingsStore settings(m_context.database, m_context.clock);
    if (status.enrolled)
        status.districtName = settings.value(key(keys::kDistrictName)).valueOr(QString());
    status.paused = settings.value(key(keys::kSyncPaused)).valueOr(QString());
    status.lastSuccess = QDateTime::fromString(
        settings.value(key(keys::kSyncLastSuccess)).valueOr(QString()), Qt::ISODateWithMs);
    status.lastAttempt = QDateTime::fromString(
        settings.value(key(keys::kSyncLastAttempt)).valueOr(QString()), Qt::ISODateWithMs);
    status.lastError = settings.value(key(keys::kSyncLastError)).valueOr(QString());
    auto counts = storage::OutboxRepository(m_context.database).counts();
    if (!counts)
        return counts.error();
    status.counts = *counts;
    return status;
}

Status NetworkService::recordRound(const QDateTime &at, const QString &error)
{
    auto tx = storage::Transaction::begin(m_context.database);
    if (!tx)
        return tx.error();
    storage::SettingsStore settings(m_context.database, m_context.clock);
    const QString when = at.toUTC().toString(Qt::ISODateWithMs);
    if (auto saved = settings.setValue(key(keys::kSyncLastAttempt), when); !saved)
        return saved;
    if (error.isEmpty()) {
        if (auto saved = settings.setValue(key(keys::kSyncLastSuccess), when); !saved)
            return saved;
    }
    if (auto saved = settings.setValue(key(keys::kSyncLastError), error); !saved)
        return saved;
    m_context.notifier.announce(*tx, &ChangeNotifier::syncChanged);
    return tx->commit();
}

Status NetworkService::setPaused(const QString &code)
{
    auto tx = storage::Transaction::begin(m_context.database);
    if (!tx)
        return tx.error();
    if (auto saved = storage::SettingsStore(m_context.database, m_context.clock)
                         .setValue(key(keys::kSyncPaused), code);
        !saved)
        return saved;
    m_context.notifier.announce(*tx, &ChangeNotifier::syncChanged);
    return tx->commit();
}

Status NetworkService::requeue(const security::Actor &actor, qint64 itemId)
{
    return settle(actor, itemId, true);
}

Status NetworkService::discard(const security::Actor &actor, qint64 itemId)
{
    return settle(actor, itemId, false);
}

Status NetworkService::settle(const security::Actor &actor, qint64 itemId, bool requeue)
{
    const QString id = QString::number(itemId);
    if (auto allowed
        = m_authorizer->require(actor, security::Permission::ConfigureDesk, key(kOutboxEntity), id);
        !allowed)
        return allowed;
    auto tx = storage::Transaction::begin(m_context.database);
    if (!tx)
        return tx.error();
    storage::OutboxRepository outbox(m_context.database);
    const Status settled = requeue ? outbox.requeueRejected(itemId)
                                   : outbox.discardRejected(itemId, m_context.clock.nowUtc());
    if (!settled)
        return settled;
    if (auto audited = m_context.audit.append(
            actor.operatorId, key(requeue ? audit::kOutboxRequeued : audit::kOutboxDiscarded),
            key(kOutboxEntity), id);
        !audited)
        return audited;
    m_context.notifier.announce(*tx, &ChangeNotifier::syncChanged);
    return tx->commit();
}

} // namespace sportello::services
