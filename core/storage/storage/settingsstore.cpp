// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/settingsstore.h"

#include "connection.h"
#include "sql.h"
#include "storage/database.h"
#include "support/clock.h"

using namespace Qt::StringLiterals;

namespace sportello::storage {

SettingsStore::SettingsStore(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

Result<QString> SettingsStore::value(const QString &key, const QString &fallback) const
{
    auto value
        = scalar(connectionOf(m_database), u"SELECT value FROM settings WHERE key = ?"_s, {key});
    if (!value)
        return value.error();
    return value->isValid() ? value->toString() : fallback;
}

Status SettingsStore::setValue(const QString &key, const QString &value)
{
    auto query = run(connectionOf(m_database),
                     u"INSERT INTO settings(key, value, updated_at) VALUES (?, ?, ?) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value, "
                     "updated_at = excluded.updated_at"_s,
                     {key, value, m_clock.nowUtc().toString(Qt::ISODate)});
    if (!query)
        return query.error();
    return {};
}

} // namespace sportello::storage
