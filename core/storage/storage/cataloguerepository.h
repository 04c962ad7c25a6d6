// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/model.h"
#include "catalogue/searchtext.h"
#include "catalogue/summary.h"
#include "catalogue/validation.h"
#include "support/result.h"

#include <QList>
#include <QString>

namespace sportello {
class Clock;
}

namespace sportello::storage {

class Database;

// All SQL of the catalogue. Every write runs in one BEGIN IMMEDIATE transaction that also bumps
// the catalogue version, records who changed which field and refreshes the search text.
class CatalogueRepository final
{
public:
    CatalogueRepository(Database &database, const Clock &clock,
                        const catalogue::Synonyms &synonyms = catalogue::Synonyms::builtIn());

    [[nodiscard]] Result<qint64> version() const;
    // The desk's own services still offered (not the network's, not ended) whose facts were
    // last verified before `verifiedBefore`, or never.
    [[nodiscard]] Result<int> countUnverifiedLocal(const QDate &verifiedBefore) const;
    [[nodiscard]] Result<QList<catalogue::Organization>> organizations() const;
    [[nodiscard]] Result<QList<catalogue::Location>> locations() const;
    [[nodiscard]] Result<QList<catalogue::Service>> services() const;
    // The organizations and locations `services` name, each once.
    [[nodiscard]] Result<catalogue::ServicePlaces>
    placesOf(const QList<catalogue::Service> &services) const;
    [[nodiscard]] Result<catalogue::Service> service(qint64 id) const;
    [[nodiscard]] Result<catalogue::Service> serviceByUid(const QString &uid) const;
    // Just the name of a service (NotFound when no service has this uid).
    [[nodiscard]] Result<QString> serviceName(const QString &uid) const;
    [[nodiscard]] Result<QList<catalogue::NamedItem>> documents() const;
    [[nodiscard]] Result<QList<catalogue::NamedItem>> prerequisites() const;
    [[nodiscard]] Result<catalogue::ReferenceIndex> references() const;
    [[nodiscard]] Result<QList<catalogue::ChangeRecord>> history(const QString &entityType,
                                                                 const QString &uid) const;
    [[nodiscard]] Result<QList<catalogue::ChangeRecord>> allHistory() const;

    // For the search: compact summaries and the full-text rows of every service.
    [[nodiscard]] Result<QList<catalogue::ServiceSummary>> summaries() const;
    [[nodiscard]] Result<QList<catalogue::SearchRow>> searchRows() const;
    // The same for the services of `ids` only (those that still exist), in id order.
    [[nodiscard]] Result<QList<catalogue::ServiceSummary>>
    summaries(const QList<qint64> &ids) const;
    [[nodiscard]] Result<QList<catalogue::SearchRow>> searchRows(const QList<qint64> &ids) const;

    // Saves after validating; a validation failure is InvalidArgument with the problems' fields.
    [[nodiscard]] Result<qint64> saveOrganization(const catalogue::Organization &organization,
                                                  const QString &actor);
    [[nodiscard]] Result<qint64> saveLocation(const catalogue::Location &location,
                                              const QString &actor);
    [[nodiscard]] Result<qint64> saveService(const catalogue::Service &service,
                                             const QString &actor);
    [[nodiscard]] Status markVerified(const QString &serviceUid, const QString &verifiedBy,
                                      const QString &actor);
    [[nodiscard]] Status setStatus(const QString &serviceUid, catalogue::ServiceStatus status,
                                   const QString &note, const QString &actor);

    // Adds or updates every entry of `catalogue` by id, all in one transaction: on any error
    // nothing is written.
    [[nodiscard]] Result<catalogue::ImportSummary>
    importCatalogue(const catalogue::Catalogue &catalogue, const QString &actor);

private:
    Database &m_database;
    const Clock &m_clock;
    const catalogue::Synonyms &m_synonyms;
};

} // namespace sportello::storage
