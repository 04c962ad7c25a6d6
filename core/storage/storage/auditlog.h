// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/audit.h"
#include "support/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sportello {
class Clock;
}

namespace sportello::storage {

class Database;

// The append-only, hash-chained audit log: each row's hash covers its fields and the previous
// row's hash; SQLite triggers refuse UPDATE and DELETE. Rows hold codes and ids, never personal
// content.
class AuditLog final
{
public:
    AuditLog(Database &database, const Clock &clock);

    // Appends one row, inside the caller's write transaction if there is one (so the row
    // exists exactly when the audited change committed), else in its own.
    [[nodiscard]] Status append(qint64 operatorId, const QString &action,
                                const QString &entityType = {}, const QString &entityId = {},
                                const QString &outcome = QStringLiteral("ok"));
    [[nodiscard]] Result<QList<audit::AuditEntry>> entries(const audit::AuditFilter &filter) const;
    [[nodiscard]] Result<audit::AuditVerification> verify() const;

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace sportello::storage
