// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/outboxservice.h"

#include "storage/outboxrepository.h"

namespace sportello::services {

OutboxService::OutboxService(const ServiceContext &context)
    : m_database(context.database)
{ }

Result<QList<sync::OutboxItem>> OutboxService::items(const QString &state) const
{
    return storage::OutboxRepository(m_database).items(state);
}

} // namespace sportello::services
