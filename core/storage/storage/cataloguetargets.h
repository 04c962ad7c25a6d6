// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/model.h"
#include "support/result.h"

#include <QList>

#include <optional>

namespace sportello::storage {

class Database;

// The catalogue's entries a referral can name, each list or entry read in one statement.
class CatalogueTargets final
{
public:
    explicit CatalogueTargets(Database &database);

    // Every organization and every service still offered.
    [[nodiscard]] Result<QList<catalogue::ReferralTarget>> all() const;
    // The organization or service with `uid` (even one no longer offered); empty when none.
    [[nodiscard]] Result<std::optional<catalogue::ReferralTarget>> byUid(const QString &uid) const;

private:
    Database &m_database;
};

} // namespace sportello::storage
