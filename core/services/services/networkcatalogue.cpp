// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/networkcatalogue.h"

#include "audit/audit.h"
#include "catalogue/hsdsjson.h"
#include "services/authorizer.h"
#include "services/changenotifier.h"
#include "services/desksettings.h"
#include "services/servicecontext.h"
#include "storage/auditlog.h"
#include "storage/catalogueownership.h"
#include "storage/cataloguerepository.h"
#include "storage/outboxrepository.h"
#include "storage/settingsstore.h"
#include "storage/transaction.h"
#include "support/clock.h"
#include "wire/events.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sportello::services {

namespace keys = storage::settingskeys;

namespace {
// The name the catalogue's change log gives the network's writes.
constexpr char kNetworkActor[] = "rete";
} // namespace

NetworkCatalogue::NetworkCatalogue(const ServiceContext &context)
    : m_context(context)
{ }

Result<qint64> NetworkCatalogue::version() const
{
    auto stored = storage::SettingsStore(m_context.database, m_context.clock)
                      .value(QString::fromLatin1(keys::kSyncCatalogueVersion));
    if (!stored)
        return stored.error();
    return stored->toLongLong();
}

Result<QByteArray> NetworkCatalogue::etag() const
{
    auto stored = storage::SettingsStore(m_context.database, m_context.clock)
                      .value(QString::fromLatin1(keys::kSyncCatalogueEtag));
    if (!stored)
        return stored.error();
    return stored->toLatin1();
}

Result<CatalogueUpdateReport> NetworkCatalogue::apply(const CatalogueUpdate &update)
{
    storage::CatalogueRepository repository(m_context.database, m_context.clock);
    auto references = repository.references();
    if (!references)
        return references.error();
    auto parsed = catalogue::hsds::readJson(update.upserts, u"hub"_s, *references);
    if (!parsed)
        return parsed.error();
    auto previous = version();
    if (!previous)
        return previous.error();

    auto tx = storage::Transaction::begin(m_context.database);
    if (!tx)
        return tx.error();
    storage::CatalogueOwnership ownership(m_context.database);
    CatalogueUpdateReport report;
    report.ignoredFields = parsed->ignoredFields;
    catalogue::Catalogue owned = parsed->catalogue;
    auto keptLocal = ownership.keepOwnedBy(storage::CatalogueOwnership::Origin::Network, owned);
    if (!keptLocal)
        return keptLocal.error();
    report.keptLocal = *keptLocal;
    const QString actor = QString::fromLatin1(kNetworkActor);
    if (!owned.services.isEmpty() || !owned.organizations.isEmpty() || !owned.locations.isEmpty()) {
        auto imported = repository.importCatalogue(owned, actor);
        if (!imported)
            return imported.error();
        if (auto marked = ownership.markNetwork(owned); !marked)
            return marked.error();
        report.services = imported->services;
    }
    // What the network no longer publishes ends; a whole catalogue (since 0) also ends what it
    // does not hold. An ended entry stays for the referrals and sessions that name it.
    QStringList ending = update.removals;
    if (update.since == 0 && *previous > 0) {
        auto network = ownership.networkServices();
        if (!network)
            return network.error();
        QSet<QString> published;
        for (const catalogue::Service &service : std::as_const(owned.services))
            published.insert(service.uid);
        for (const QString &uid : std::as_const(*network)) {
            if (!published.contains(uid))
                ending.append(uid);
        }
    }
    for (const QString &uid : std::as_const(ending)) {
        auto network = ownership.isNetworkService(uid);
        if (!network)
            return network.error();
        if (!*network)
            continue; // the desk's own entry, or one it never had
        if (auto ended = repository.setStatus(uid, catalogue::ServiceStatus::Ended,
                                              u"Rimosso dal catalogo del distretto"_s, actor);
            !ended)
            return ended.error();
        ++report.ended;
    }
    if (auto district = detail::storeDistrict(m_context.database, m_context.clock, update.district);
        !district)
        return district.error();
    storage::SettingsStore settings(m_context.database, m_context.clock);
    if (auto saved = settings.setValue(QString::fromLatin1(keys::kSyncCatalogueVersion),
                                       QString::number(update.version));
        !saved)
        return saved.error();
    if (auto saved = settings.setValue(QString::fromLatin1(keys::kSyncCatalogueEtag),
                                       QString::fromLatin1(update.etag));
        !saved)
        return saved.error();
    if (report.services > 0 || report.ended > 0)
        m_context.notifier.announce(*tx, &ChangeNotifier::catalogueChanged);
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return report;
}

Status NetworkCatalogue::reportOutdated(const security::Actor &actor, const QString &serviceUid,
                                        const QString &problem)
{
    if (auto allowed = Authorizer(m_context).require(actor, security::Permission::ManageCatalogue,
                                                     u"service"_s, serviceUid);
        !allowed)
        return allowed;
    auto network = storage::CatalogueOwnership(m_context.database).isNetworkService(serviceUid);
    if (!network)
        return network.error();
    if (!*network)
        return makeError(ErrorCode::InvalidArgument, u"not a network entry"_s,
                         {u"service"_s, serviceUid});
    auto current = version();
    if (!current)
        return current.error();
    const QJsonObject data {
        {u"service_id"_s, serviceUid},
        {u"problema"_s, problem},
        {u"catalogue_version"_s, *current > 0 ? QJsonValue(*current) : QJsonValue()}};
    if (auto wrong = wire::checkFeedback(data, u"data"_s))
        return makeError(ErrorCode::InvalidArgument, wrong->message, {u"problem"_s, problem});
    auto tx = storage::Transaction::begin(m_context.database);
    if (!tx)
        return tx.error();
    if (auto queued = storage::OutboxRepository(m_context.database)
                          .enqueue(QString::fromLatin1(wire::eventtype::kCatalogueFeedback),
                                   QJsonDocument(data).toJson(QJsonDocument::Compact),
                                   m_context.clock.nowUtc());
        !queued)
        return queued.error();
    if (auto audited = m_context.audit.append(actor.operatorId, QString::fromLatin1(audit::kEdit),
                                              u"service"_s, serviceUid, u"reported_outdated"_s);
        !audited)
        return audited;
    m_context.notifier.announce(*tx, &ChangeNotifier::syncChanged);
    return tx->commit();
}

} // namespace sportello::services
