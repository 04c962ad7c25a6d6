// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/catalogueownership.h"

#include "connection.h"
#include "sql.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace sportello::storage {

namespace {

QString originText(CatalogueOwnership::Origin origin)
{
    return origin == CatalogueOwnership::Origin::Network ? u"network"_s : u"local"_s;
}

// The uids of `table` owned by anyone but `owner`.
Result<QSet<QString>> ownedByOthers(const SqlConnection &db, const QString &table,
                                    CatalogueOwnership::Origin owner)
{
    auto query = run(db, u"SELECT uid FROM %1 WHERE origin <> ?"_s.arg(table), {originText(owner)});
    if (!query)
        return query.error();
    QSet<QString> uids;
    while (query->next())
        uids.insert(query->value(0).toString());
    return uids;
}

template<typename T>
void dropForeign(QList<T> &entries, const QSet<QString> &foreign, QStringList &dropped)
{
    entries.removeIf([&](const T &entry) {
        if (!foreign.contains(entry.uid))
            return false;
        dropped.append(entry.uid);
        return true;
    });
}

} // namespace

CatalogueOwnership::CatalogueOwnership(Database &database)
    : m_database(database)
{ }

Result<QStringList> CatalogueOwnership::keepOwnedBy(Origin owner,
                                                    catalogue::Catalogue &catalogue) const
{
    const SqlConnection db = connectionOf(m_database);
    QStringList dropped;
    auto organizations = ownedByOthers(db, u"organizations"_s, owner);
    auto locations = ownedByOthers(db, u"locations"_s, owner);
    auto services = ownedByOthers(db, u"services"_s, owner);
    if (!organizations)
        return organizations.error();
    if (!locations)
        return locations.error();
    if (!services)
        return services.error();
    dropForeign(catalogue.organizations, *organizations, dropped);
    dropForeign(catalogue.locations, *locations, dropped);
    dropForeign(catalogue.services, *services, dropped);
    return dropped;
}

Status CatalogueOwnership::markNetwork(const catalogue::Catalogue &catalogue)
{
    const SqlConnection db = connectionOf(m_database);
    auto mark = [&db](const QString &table, const QString &uid) -> Status {
        auto query = run(db, u"UPDATE %1 SET origin = 'network' WHERE uid = ?"_s.arg(table), {uid});
        return query ? Status() : Status(query.error());
    };
    for (const auto &organization : catalogue.organizations) {
        if (auto done = mark(u"organizations"_s, organization.uid); !done)
            return done;
    }
    for (const auto &location : catalogue.locations) {
        if (auto done = mark(u"locations"_s, location.uid); !done)
            return done;
    }
    for (const auto &service : catalogue.services) {
        if (auto done = mark(u"services"_s, service.uid); !done)
            return done;
    }
    return {};
}

Result<bool> CatalogueOwnership::isNetworkService(const QString &uid) const
{
    auto query = run(connectionOf(m_database),
                     u"SELECT 1 FROM services WHERE uid = ? AND origin = 'network'"_s, {uid});
    if (!query)
        return query.error();
    return query->next();
}

Result<QSet<QString>> CatalogueOwnership::networkServices() const
{
    auto query
        = run(connectionOf(m_database), u"SELECT uid FROM services WHERE origin = 'network'"_s);
    if (!query)
        return query.error();
    QSet<QString> uids;
    while (query->next())
        uids.insert(query->value(0).toString());
    return uids;
}

} // namespace sportello::storage
