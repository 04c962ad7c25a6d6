// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/servicecontext.h"
#include "support/result.h"
#include "sync/outbox.h"

#include <QList>

namespace sportello::services {

// What the desk will send to the hub. The records are anonymized when they are written (by the
// referral service), so reading them needs neither a login nor the vault.
class OutboxService final
{
public:
    explicit OutboxService(const ServiceContext &context);

    // The items in `state` (every item when empty), oldest first; InvalidArgument with args
    // {"state", code} for a state sync::outboxStates() does not have.
    [[nodiscard]] Result<QList<sync::OutboxItem>> items(const QString &state = {}) const;

private:
    storage::Database &m_database;
};

} // namespace sportello::services
