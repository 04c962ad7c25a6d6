// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/permissions.h"
#include "support/result.h"
#include "wire/record.h"

#include <QByteArray>
#include <QStringList>

namespace sportello::services {

struct ServiceContext;

// One verified answer of GET /v1/catalogue (its signature already checked against the key
// pinned at enrolment).
struct CatalogueUpdate
{
    qint64 version = 0;
    qint64 since = 0; // 0: the whole catalogue (also after the hub was restored)
    wire::District district;
    QByteArray upserts; // the services as a HSDS list document: {"contents": [...]}
    QStringList removals;
    QByteArray etag;
};

struct CatalogueUpdateReport
{
    int services = 0; // added or changed
    int ended = 0; // removed by the network: ended, kept for the referrals that name them
    QStringList keptLocal; // uids the desk owns itself: left untouched
    QStringList ignoredFields;
};

// The district's shared catalogue at the desk: applies the hub's deltas in one transaction
// (one owner per entry: the network's entries are written, the desk's own never), remembers the
// version and ETag, and lets a coordinator report an outdated network entry to the hub.
class NetworkCatalogue final
{
public:
    explicit NetworkCatalogue(const ServiceContext &context);

    // The version applied last (0: none) and the ETag of that answer.
    [[nodiscard]] Result<qint64> version() const;
    [[nodiscard]] Result<QByteArray> etag() const;
    // Applies `update`: all of it or, on any problem (an entry the importer refuses), nothing.
    [[nodiscard]] Result<CatalogueUpdateReport> apply(const CatalogueUpdate &update);
    // A coordinator reports that a network entry is out of date (`problem` one of
    // wire::feedbackProblems()): queued for the hub as catalogue.feedback. Audited.
    [[nodiscard]] Status reportOutdated(const security::Actor &actor, const QString &serviceUid,
                                        const QString &problem);

private:
    const ServiceContext &m_context;
};

} // namespace sportello::services
