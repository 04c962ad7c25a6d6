// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/auditanchor.h"

#include "storage/auditlog.h"
#include "storage/outboxrepository.h"
#include "storage/settingsstore.h"
#include "storage/transaction.h"
#include "support/clock.h"
#include "wire/events.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sportello::services::detail {

Result<bool> anchorAuditChain(storage::Database &database, const Clock &clock,
                              const storage::AuditLog &audit)
{
    auto head = audit.head();
    if (!head)
        return head.error();
    if (head->isEmpty())
        return false;
    storage::SettingsStore settings(database, clock);
    const QString atKey = QString::fromLatin1(storage::settingskeys::kAuditAnchorAt);
    const QString headKey = QString::fromLatin1(storage::settingskeys::kAuditAnchorHead);
    auto lastAt = settings.value(atKey);
    if (!lastAt)
        return lastAt.error();
    auto lastHead = settings.value(headKey);
    if (!lastHead)
        return lastHead.error();
    const QDateTime now = clock.nowUtc();
    const QDateTime previous = QDateTime::fromString(*lastAt, Qt::ISODate);
    if (*lastHead == *head
        || (previous.isValid() && previous <= now
            && previous.secsTo(now) < qint64(kAuditAnchorHours) * 3600))
        return false;
    auto tx = storage::Transaction::begin(database);
    if (!tx)
        return tx.error();
    const QByteArray payload
        = QJsonDocument(QJsonObject {{u"head"_s, *head}}).toJson(QJsonDocument::Compact);
    auto queued = storage::OutboxRepository(database).enqueue(
        QString::fromLatin1(wire::eventtype::kAuditAnchor), payload, now);
    if (!queued)
        return queued.error();
    if (auto saved = settings.setValue(atKey, now.toString(Qt::ISODate)); !saved)
        return saved.error();
    if (auto saved = settings.setValue(headKey, *head); !saved)
        return saved.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return true;
}

} // namespace sportello::services::detail
