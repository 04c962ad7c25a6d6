// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboxrepository.h"

#include "database.h"
#include "sql.h"

using namespace Qt::StringLiterals;

namespace sportello::storage {

const QStringList &outboxStates()
{
    static const QStringList states {u"QUEUED"_s, u"SENDING"_s, u"DELIVERED"_s, u"FAILED"_s};
    return states;
}

OutboxRepository::OutboxRepository(Database &database)
    : m_database(database)
{ }

Result<QList<OutboxItem>> OutboxRepository::items(const QString &state) const
{
    if (!state.isEmpty() && !outboxStates().contains(state))
        return makeError(ErrorCode::InvalidArgument, u"outbox state %1"_s.arg(state),
                         {u"state"_s, state});
    // One statement for the filtered and the whole list: an empty state matches every row (a
    // null QString would bind SQL NULL, which matches none).
    const QString wanted = state.isEmpty() ? u""_s : state;
    auto query = run(m_database.connection(),
                     u"SELECT id, event_uid, event_type, payload, created_at, state FROM outbox "
                     "WHERE ? = '' OR state = ? ORDER BY id"_s,
                     {wanted, wanted});
    if (!query)
        return query.error();
    QList<OutboxItem> items;
    while (query->next())
        items.append({query->value(0).toLongLong(), query->value(1).toString(),
                      query->value(2).toString(), query->value(3).toString().toUtf8(),
                      readStoredTime(query->value(4).toString()), query->value(5).toString()});
    return items;
}

} // namespace sportello::storage
