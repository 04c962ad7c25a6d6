// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/model.h"
#include "catalogue/searchtext.h"
#include "sqlite.h"
#include "support/result.h"

// Row-level SQL of the catalogue, for CatalogueRepository (which owns transactions, versions
// and the change log). Every function works on the caller's connection and transaction.
namespace sportello::storage::cataloguerows {

[[nodiscard]] Result<qint64> idOf(const SqlConnection &db, const QString &table,
                                  const QString &uid);

[[nodiscard]] Result<QList<catalogue::Organization>>
readOrganizations(const SqlConnection &db, const QString &where = {}, const QVariant &arg = {});
[[nodiscard]] Result<QList<catalogue::Location>>
readLocations(const SqlConnection &db, const QString &where = {}, const QVariant &arg = {});
// Services with every list filled; `where` filters services (s.*), e.g. "s.id = ?".
[[nodiscard]] Result<QList<catalogue::Service>>
readServices(const SqlConnection &db, const QString &where = {}, const QVariant &arg = {});

// Insert or update by uid; returns the row id.
[[nodiscard]] Result<qint64> writeOrganization(const SqlConnection &db,
                                               const catalogue::Organization &organization,
                                               const QString &actor, const QString &now);
[[nodiscard]] Result<qint64> writeLocation(const SqlConnection &db,
                                           const catalogue::Location &location,
                                           const QString &actor, const QString &now);
[[nodiscard]] Result<qint64> writeService(const SqlConnection &db,
                                          const catalogue::Service &service, const QString &actor,
                                          const QString &now);

// Writes the search row of one service from the entry itself (no re-read).
[[nodiscard]] Status writeSearchRow(const SqlConnection &db, qint64 serviceId,
                                    const catalogue::Service &service,
                                    const catalogue::Organization &organization,
                                    const catalogue::Synonyms &synonyms);

// Rewrites the search row of each service id (name, organization, documents… may have changed).
[[nodiscard]] Status refreshSearchText(const SqlConnection &db, const QList<qint64> &serviceIds,
                                       const catalogue::Synonyms &synonyms);

} // namespace sportello::storage::cataloguerows
