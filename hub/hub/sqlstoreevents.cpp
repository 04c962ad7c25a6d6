// SPDX-License-Identifier: GPL-3.0-or-later
// The events side of the SQL store: the desks' feeds and the destinations' answers (ingest is
// in sqlstoreingest.cpp).
#include "hub/sqlstore.h"
#include "support/uuid.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sportello::hub::detail {

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// The states of a referral its destination can still answer.
bool isOpen(const QString &record)
{
    static const QStringList open {u"INVIATA"_s, u"RICEVUTA"_s, u"IN_VALUTAZIONE"_s,
                                   u"PRESA_IN_CARICO"_s};
    return open.contains(
        QJsonDocument::fromJson(record.toUtf8()).object().value(u"stato"_s).toString());
}

} // namespace

Status SqlStore::routeOpenReferrals(const QString &deskId, const QString &organization)
{
    // Open at the sender, and not declined or closed by a destination already (an answer the
    // sender has not read back yet).
    auto rows = m_backend.run(u"SELECT record, occurred_at FROM referrals r WHERE dest_org = ?"
                              " AND NOT EXISTS (SELECT 1 FROM answers a WHERE a.ref_uuid ="
                              " r.ref_uuid AND a.state IN ('NON_PRESA_IN_CARICO', 'CHIUSA'))"
                              " ORDER BY occurred_at, ref_uuid"_s,
                              {organization});
    if (!rows)
        return rows.error();
    QList<std::pair<QString, QDateTime>> open; // read whole before the next statement runs
    while (rows->next()) {
        const QString record = rows->value(0).toString();
        if (isOpen(record))
            open.append({record, QDateTime::fromString(rows->value(1).toString(), Qt::ISODate)});
    }
    for (const auto &[record, occurredAt] : std::as_const(open)) {
        wire::Event event;
        event.id = newTimeOrderedUuid();
        event.type = QString::fromLatin1(wire::eventtype::kReferralCreated);
        event.occurredAt = occurredAt.toUTC();
        if (auto appended = appendToFeed(deskId, event, record); !appended)
            return appended;
    }
    return {};
}

Status SqlStore::appendToFeed(const QString &deskId, const wire::Event &event, const QString &data)
{
    auto counter = m_backend.run(
        u"UPDATE desks SET feed_seq = feed_seq + 1 WHERE id = ? RETURNING feed_seq"_s, {deskId});
    if (!counter)
        return counter.error();
    if (!counter->next())
        return makeError(ErrorCode::NotFound, u"desk"_s, {deskId});
    const qint64 seq = counter->value(0).toLongLong();
    auto done = m_backend.run(
        u"INSERT INTO feed(desk_id, seq, event_id, type, occurred_at, data)"
        " VALUES (?, ?, ?, ?, ?, ?)"_s,
        {deskId, seq, event.id, event.type, wire::wireTime(event.occurredAt), data});
    return done ? Status() : Status(done.error());
}

Result<FeedPage> SqlStore::feed(const QString &deskId, qint64 cursor, int limit)
{
    auto query = m_backend.run(u"SELECT seq, event_id, type, occurred_at, data FROM feed"
                               " WHERE desk_id = ? AND seq > ? ORDER BY seq LIMIT ?"_s,
                               {deskId, cursor, limit + 1});
    if (!query)
        return query.error();
    FeedPage page;
    page.next = cursor;
    while (query->next()) {
        if (page.events.size() == limit) {
            page.more = true;
            break;
        }
        FeedEvent item;
        item.cursor = query->value(0).toLongLong();
        item.event.id = query->value(1).toString();
        item.event.type = query->value(2).toString();
        item.event.occurredAt
            = QDateTime::fromString(query->value(3).toString(), Qt::ISODate).toUTC();
        item.event.data = QJsonDocument::fromJson(query->value(4).toString().toUtf8()).object();
        page.next = item.cursor;
        page.events.append(item);
    }
    return page;
}

Result<wire::Event> SqlStore::recordStatus(const wire::StatusChange &change, const QDateTime &now,
                                           const QString &actor)
{
    return retrying([&]() -> Result<wire::Event> {
        if (auto began = m_backend.begin(); !began)
            return began.error();
        auto origin = m_backend.run(u"SELECT origin_desk FROM referrals WHERE ref_uuid = ?"_s,
                                    {change.refUuid});
        if (!origin) {
            m_backend.rollback();
            return origin.error();
        }
        if (!origin->next()) {
            m_backend.rollback();
            return makeError(ErrorCode::NotFound, u"referral"_s, {change.refUuid});
        }
        const QString deskId = origin->value(0).toString();
        wire::Event event;
        event.id = newTimeOrderedUuid();
        event.type = QString::fromLatin1(wire::eventtype::kReferralStatusChanged);
        event.occurredAt = now.toUTC();
        event.data = wire::toJson(change);
        const auto orNull = [](const QString &code) {
            return code.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(code);
        };
        auto answered
            = m_backend.run(u"INSERT INTO answers(event_id, ref_uuid, state, reason,"
                            " outcome, recorded_at, answered_by) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                            {event.id, change.refUuid, change.state, orNull(change.reason),
                             orNull(change.finalOutcome), wire::wireTime(now), actor});
        if (!answered) {
            m_backend.rollback();
            return answered.error();
        }
        if (auto marked = markAnswered(change.refUuid, change.state); !marked) {
            m_backend.rollback();
            return marked.error();
        }
        if (auto appended = appendToFeed(deskId, event, compact(event.data)); !appended) {
            m_backend.rollback();
            return appended.error();
        }
        if (auto committed = m_backend.commit(); !committed)
            return committed.error();
        return event;
    });
}

} // namespace sportello::hub::detail
