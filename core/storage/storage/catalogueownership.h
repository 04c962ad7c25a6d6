// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/model.h"
#include "support/result.h"

#include <QSet>
#include <QString>

namespace sportello::storage {

class Database;

// Who owns each catalogue entry (migration 15): the desk ("local") or the district's network
// ("network", from the hub's signed catalogue). Writes join the caller's transaction.
class CatalogueOwnership final
{
public:
    enum class Origin { Local, Network };

    explicit CatalogueOwnership(Database &database);

    // `catalogue` without the entries (organizations, locations, services) that `owner` does
    // not own: what an import by `owner` may write. Returns the uids left out.
    [[nodiscard]] Result<QStringList> keepOwnedBy(Origin owner,
                                                  catalogue::Catalogue &catalogue) const;
    // Marks every entry of `catalogue` as the network's.
    [[nodiscard]] Status markNetwork(const catalogue::Catalogue &catalogue);
    // Whether the service with this uid is the network's.
    [[nodiscard]] Result<bool> isNetworkService(const QString &uid) const;
    // The uids of the network's services.
    [[nodiscard]] Result<QSet<QString>> networkServices() const;

private:
    Database &m_database;
};

} // namespace sportello::storage
