// SPDX-License-Identifier: GPL-3.0-or-later
// The events side of the SQL store: ingest (each event once), routing, the desks' feeds and
// the destinations' answers.
#include "hub/sqlstore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace sportello::hub::detail {

namespace {

constexpr int kAttempts = 5;

QString hashOf(const wire::Event &event)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(wire::canonicalContent(event), QCryptographicHash::Sha256)
            .toHex());
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

template<typename Work>
auto SqlStore::retrying(Work work) -> decltype(work())
{
    for (int attempt = 1;; ++attempt) {
        auto result = work();
        if (result || attempt == kAttempts || !Backend::isRetryable(result.error()))
            return result;
    }
}

Result<QList<IngestResult>> SqlStore::ingest(const Desk &desk, const QList<wire::Event> &events,
                                             const QDateTime &now)
{
    return retrying([&] { return ingestOnce(desk, events, now); });
}

Result<QList<IngestResult>> SqlStore::ingestOnce(const Desk &desk, const QList<wire::Event> &events,
                                                 const QDateTime &now)
{
    if (auto began = m_backend.begin(); !began)
        return began.error();
    const auto fail = [this](const Error &error) {
        m_backend.rollback();
        return error;
    };
    // Rows are locked in one order by every writer, so two batches never wait on each other.
    QList<qsizetype> order(events.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&events](qsizetype a, qsizetype b) { return events[a].id < events[b].id; });
    QList<IngestResult> results(events.size());
    const QString received = wire::wireTime(now);
    for (const qsizetype index : std::as_const(order)) {
        const wire::Event &event = events.at(index);
        IngestResult &result = results[index];
        result.id = event.id;
        const QString hash = hashOf(event);
        if (wire::isReferralEventType(event.type)) {
            // A referral belongs to the desk that first sent it.
            auto owner = m_backend.run(u"SELECT origin_desk FROM referrals WHERE ref_uuid = ?"_s,
                                       {event.data.value(u"ref_uuid"_s).toString()});
            if (!owner)
                return fail(owner.error());
            if (owner->next() && owner->value(0).toString() != desk.id) {
                result.status = IngestStatus::Invalid;
                result.field = u"data.ref_uuid"_s;
                result.detail = u"belongs to a referral of another desk"_s;
                continue;
            }
        }
        auto inserted = m_backend.run(
            u"INSERT INTO events(id, desk_id, type, occurred_at, data, content_hash, received_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"_s,
            {event.id, desk.id, event.type, wire::wireTime(event.occurredAt), compact(event.data),
             hash, received});
        if (!inserted)
            return fail(inserted.error());
        if (inserted->numRowsAffected() == 1) {
            if (auto applied = apply(desk, event, now); !applied)
                return fail(applied.error());
            result.status = IngestStatus::Stored;
            continue;
        }
        auto existing
            = m_backend.run(u"SELECT desk_id, content_hash FROM events WHERE id = ?"_s, {event.id});
        if (!existing)
            return fail(existing.error());
        const bool same = existing->next() && existing->value(0).toString() == desk.id
            && existing->value(1).toString() == hash;
        result.status = same ? IngestStatus::Duplicate : IngestStatus::Conflict;
        if (!same)
            result.detail = u"an event with this id and other content is stored"_s;
    }
    if (auto committed = m_backend.commit(); !committed)
        return committed.error();
    return results;
}

Status SqlStore::apply(const Desk &desk, const wire::Event &event, const QDateTime &now)
{
    if (!wire::isReferralEventType(event.type)) {
        const QJsonValue version = event.data.value(u"catalogue_version"_s);
        auto done = m_backend.run(
            u"INSERT INTO catalogue_feedback(event_id, desk_id, service_id, problem,"
            " catalogue_version, received_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
            {event.id, desk.id, event.data.value(u"service_id"_s).toString(),
             event.data.value(u"problema"_s).toString(),
             version.isNull() ? QVariant(QMetaType(QMetaType::LongLong))
                              : QVariant(version.toInteger()),
             wire::wireTime(now)});
        return done ? Status() : Status(done.error());
    }
    const QString refUuid = event.data.value(u"ref_uuid"_s).toString();
    const QJsonValue destOrg = event.data.value(u"dest_org"_s);
    const QVariant dest = destOrg.isString() ? QVariant(destOrg.toString())
                                             : QVariant(QMetaType(QMetaType::QString));
    // The latest record wins, whatever order the retries brought the events in.
    auto upserted = m_backend.run(
        u"INSERT INTO referrals(ref_uuid, origin_desk, dest_org, record, occurred_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (ref_uuid) DO UPDATE SET"
        " dest_org = excluded.dest_org, record = excluded.record,"
        " occurred_at = excluded.occurred_at, updated_at = excluded.updated_at"
        " WHERE excluded.occurred_at >= referrals.occurred_at"_s,
        {refUuid, desk.id, dest, compact(event.data), wire::wireTime(event.occurredAt),
         wire::wireTime(now)});
    if (!upserted)
        return upserted.error();
    // A referral sent to an organization that is itself a desk of the network reaches it; a
    // referral only logged at the desk goes nowhere.
    if (event.type == QLatin1StringView(wire::eventtype::kReferralLogged) || !destOrg.isString())
        return {};
    auto destinations = m_backend.run(u"SELECT id FROM desks WHERE organization_uid = ?"
                                      " AND revoked_at IS NULL AND id <> ? ORDER BY id"_s,
                                      {destOrg.toString(), desk.id});
    if (!destinations)
        return destinations.error();
    QStringList ids;
    while (destinations->next())
        ids.append(destinations->value(0).toString());
    for (const QString &id : std::as_const(ids)) {
        if (auto appended = appendToFeed(id, event); !appended)
            return appended;
    }
    return {};
}

Status SqlStore::appendToFeed(const QString &deskId, const wire::Event &event)
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
        {deskId, seq, event.id, event.type, wire::wireTime(event.occurredAt), compact(event.data)});
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

Result<wire::Event> SqlStore::recordStatus(const wire::StatusChange &change, const QDateTime &now)
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
        event.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        event.type = QString::fromLatin1(wire::eventtype::kReferralStatusChanged);
        event.occurredAt = now.toUTC();
        event.data = wire::toJson(change);
        const auto orNull = [](const QString &code) {
            return code.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(code);
        };
        auto answered
            = m_backend.run(u"INSERT INTO answers(event_id, ref_uuid, state, reason,"
                            " outcome, recorded_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
                            {event.id, change.refUuid, change.state, orNull(change.reason),
                             orNull(change.finalOutcome), wire::wireTime(now)});
        if (!answered) {
            m_backend.rollback();
            return answered.error();
        }
        if (auto appended = appendToFeed(deskId, event); !appended) {
            m_backend.rollback();
            return appended.error();
        }
        if (auto committed = m_backend.commit(); !committed)
            return committed.error();
        return event;
    });
}

} // namespace sportello::hub::detail
