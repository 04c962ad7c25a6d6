// SPDX-License-Identifier: GPL-3.0-or-later
// Ingest: a desk's batch stored in one transaction, each event once, with a handful of
// multi-row statements per batch rather than three statements per event (a round trip each
// under PostgreSQL).
#include "hub/sqlstore.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <array>
#include <numeric>

using namespace Qt::StringLiterals;

namespace sportello::hub::detail {

namespace {

// A batch is cut into pieces of these many rows, so a connection prepares a few statements
// whatever the sizes of the batches (at most 100 × 16 values in one statement: well inside
// both databases' limits).
constexpr std::array<qsizetype, 4> kPieces {100, 20, 5, 1};

// One piece after another over `count` items: `work(from, rows)`.
template<typename Work>
Status inPieces(qsizetype count, Work work)
{
    for (qsizetype from = 0; from < count;) {
        const qsizetype left = count - from;
        const qsizetype rows = *std::find_if(kPieces.begin(), kPieces.end(),
                                             [left](qsizetype n) { return n <= left; });
        if (auto done = work(from, rows); !done)
            return done;
        from += rows;
    }
    return {};
}

// "(?, ?, ?), (?, ?, ?)" for `rows` rows of `columns` values.
QString valuesList(int columns, qsizetype rows)
{
    QString row = u"("_s;
    for (int c = 0; c < columns; ++c)
        row += c == 0 ? u"?"_s : u", ?"_s;
    row += u')';
    QStringList all(rows, row);
    return all.join(u", "_s);
}

// "?, ?, ?" for an IN list.
QVariant nullableText(const QJsonValue &value)
{
    return value.isString() ? QVariant(value.toString()) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

// An event of the batch on its way in: where it was in the batch, and what was prepared for it.
struct SqlStore::Incoming
{
    qsizetype index = 0;
    const IngestEvent *source = nullptr;
    const wire::Event *event = nullptr; // &source->event
};

QList<SqlStore::Incoming> SqlStore::sorted(const QList<IngestEvent> &events)
{
    QList<Incoming> incoming(events.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        const IngestEvent &source = events.at(i);
        incoming[i] = {i, &source, &source.event};
    }
    // Rows are locked in one order by every writer, so two batches never wait on each other
    // in a circle.
    std::stable_sort(incoming.begin(), incoming.end(), [](const Incoming &a, const Incoming &b) {
        return a.event->id < b.event->id;
    });
    return incoming;
}

Result<QList<IngestResult>> SqlStore::ingest(const Desk &desk, const QList<wire::Event> &events,
                                             const QDateTime &now)
{
    IngestBatch batch {desk, {}};
    batch.events.reserve(events.size());
    for (const wire::Event &event : events)
        batch.events.append(prepareEvent(event));
    auto all = ingestMany({batch}, now);
    if (!all)
        return all.error();
    return all->constFirst();
}

Result<QList<QList<IngestResult>>> SqlStore::ingestMany(const QList<IngestBatch> &batches,
                                                        const QDateTime &now)
{
    QList<QList<Incoming>> prepared;
    prepared.reserve(batches.size());
    for (const IngestBatch &batch : batches)
        prepared.append(sorted(batch.events));
    return retrying([&]() -> Result<QList<QList<IngestResult>>> {
        if (auto began = m_backend.begin(); !began)
            return began.error();
        QList<QList<IngestResult>> all;
        all.reserve(batches.size());
        for (qsizetype b = 0; b < batches.size(); ++b) {
            auto results = ingestOne(batches.at(b).desk, prepared.at(b), now);
            if (!results) {
                m_backend.rollback();
                return results.error();
            }
            all.append(std::move(results).value());
        }
        if (auto committed = m_backend.commit(); !committed)
            return committed.error();
        return all;
    });
}

Result<QList<IngestResult>> SqlStore::ingestOne(const Desk &desk, const QList<Incoming> &incoming,
                                                const QDateTime &now)
{
    QList<IngestResult> results(incoming.size());
    for (const Incoming &item : incoming)
        results[item.index].id = item.event->id;

    // A referral belongs to the desk that first sent it; only its destination answers it.
    auto foreign = referralsOfOtherDesks(desk, incoming);
    if (!foreign)
        return foreign.error();
    auto addressed = referralsAddressedTo(desk, incoming);
    if (!addressed)
        return addressed.error();
    // The first of the remaining events with an id is inserted; the others, and those whose
    // id is already stored, are compared with the stored content.
    QList<const Incoming *> candidates;
    QList<const Incoming *> repeats;
    QSet<QString> seen;
    for (const Incoming &item : incoming) {
        const wire::Event &event = *item.event;
        if (wire::isReferralEventType(event.type)
            && foreign->contains(event.data.value(u"ref_uuid"_s).toString())) {
            IngestResult &result = results[item.index];
            result.status = IngestStatus::Invalid;
            result.field = u"data.ref_uuid"_s;
            result.detail = u"belongs to a referral of another desk"_s;
            continue;
        }
        if (event.type == QLatin1StringView(wire::eventtype::kReferralAnswered)
            && !addressed->contains(event.data.value(u"ref_uuid"_s).toString())) {
            IngestResult &result = results[item.index];
            result.status = IngestStatus::Invalid;
            result.field = u"data.ref_uuid"_s;
            result.detail = u"not a referral addressed to this desk"_s;
            continue;
        }
        if (seen.contains(event.id)) {
            repeats.append(&item);
            continue;
        }
        seen.insert(event.id);
        candidates.append(&item);
    }
    auto inserted = insertEvents(desk, candidates, wire::wireTime(now));
    if (!inserted)
        return inserted.error();
    QList<const Incoming *> stored;
    for (const Incoming *item : std::as_const(candidates)) {
        if (inserted->contains(item->event->id)) {
            results[item->index].status = IngestStatus::Stored;
            stored.append(item);
        } else {
            repeats.append(item);
        }
    }
    if (auto compared = compareWithStored(desk, repeats, results); !compared)
        return compared.error();
    if (auto applied = apply(desk, stored, now, *addressed); !applied)
        return applied.error();
    return results;
}

Result<QHash<QString, QString>> SqlStore::referralsAddressedTo(const Desk &desk,
                                                               const QList<Incoming> &incoming)
{
    QStringList refs;
    for (const Incoming &item : incoming) {
        if (item.event->type == QLatin1StringView(wire::eventtype::kReferralAnswered))
            refs.append(item.event->data.value(u"ref_uuid"_s).toString());
    }
    refs.removeDuplicates();
    QHash<QString, QString> addressed; // ref_uuid → the desk that sent it
    if (refs.isEmpty() || desk.organizationUid.isEmpty())
        return addressed;
    auto done = inPieces(refs.size(), [&](qsizetype from, qsizetype rows) -> Status {
        QVariantList values(refs.begin() + from, refs.begin() + from + rows);
        values.append(desk.organizationUid);
        values.append(desk.id);
        auto found
            = m_backend.run(u"SELECT ref_uuid, origin_desk FROM referrals"
                            " WHERE ref_uuid IN (%1) AND dest_org = ? AND origin_desk <> ?"_s.arg(
                                placeholders(rows)),
                            values);
        if (!found)
            return found.error();
        while (found->next())
            addressed.insert(found->value(0).toString(), found->value(1).toString());
        return {};
    });
    if (!done)
        return done.error();
    return addressed;
}

Status SqlStore::storeAnswer(const Desk &desk, const Incoming &item, const QString &originDesk,
                             const QString &now)
{
    const wire::Event &event = *item.event;
    const auto orNull = [&event](const QString &key) {
        const QJsonValue value = event.data.value(key);
        return value.isString() ? QVariant(value.toString())
                                : QVariant(QMetaType(QMetaType::QString));
    };
    auto answered
        = m_backend.run(u"INSERT INTO answers(event_id, ref_uuid, state, reason, outcome,"
                        " recorded_at, answered_by) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                        {event.id, event.data.value(u"ref_uuid"_s).toString(),
                         event.data.value(u"stato"_s).toString(), orNull(u"motivo"_s),
                         orNull(u"esito_finale"_s), now, QString(u"desk:"_s + desk.name)});
    if (!answered)
        return answered.error();
    if (auto marked = markAnswered(event.data.value(u"ref_uuid"_s).toString(),
                                   event.data.value(u"stato"_s).toString());
        !marked)
        return marked;
    // The sender reads it as the destination's answer, like one the administrator records.
    wire::Event forward = event;
    forward.type = QString::fromLatin1(wire::eventtype::kReferralStatusChanged);
    return appendToFeed(originDesk, forward, item.source->data);
}

Result<QSet<QString>> SqlStore::referralsOfOtherDesks(const Desk &desk,
                                                      const QList<Incoming> &incoming)
{
    QStringList refs;
    QSet<QString> distinct;
    for (const Incoming &item : incoming) {
        if (!wire::isReferralEventType(item.event->type))
            continue;
        const QString ref = item.event->data.value(u"ref_uuid"_s).toString();
        if (!distinct.contains(ref)) {
            distinct.insert(ref);
            refs.append(ref);
        }
    }
    QSet<QString> foreign;
    auto done = inPieces(refs.size(), [&](qsizetype from, qsizetype rows) -> Status {
        auto owners = m_backend.run(u"SELECT ref_uuid, origin_desk FROM referrals"
                                    " WHERE ref_uuid IN (%1)"_s.arg(placeholders(rows)),
                                    QVariantList(refs.begin() + from, refs.begin() + from + rows));
        if (!owners)
            return owners.error();
        while (owners->next()) {
            if (owners->value(1).toString() != desk.id)
                foreign.insert(owners->value(0).toString());
        }
        return {};
    });
    if (!done)
        return done.error();
    return foreign;
}

Result<QSet<QString>> SqlStore::insertEvents(const Desk &desk, const QList<const Incoming *> &items,
                                             const QString &received)
{
    QSet<QString> inserted;
    auto done = inPieces(items.size(), [&](qsizetype from, qsizetype rows) -> Status {
        QVariantList values;
        values.reserve(rows * 7);
        for (qsizetype i = from; i < from + rows; ++i) {
            const Incoming &item = *items.at(i);
            values << item.event->id << desk.id << item.event->type << item.source->occurred
                   << item.source->data << item.source->hash << received;
        }
        auto rowsIn = m_backend.run(
            u"INSERT INTO events(id, desk_id, type, occurred_at, data, content_hash, received_at)"
            " VALUES %1 ON CONFLICT (id) DO NOTHING RETURNING id"_s.arg(valuesList(7, rows)),
            values);
        if (!rowsIn)
            return rowsIn.error();
        while (rowsIn->next())
            inserted.insert(rowsIn->value(0).toString());
        return {};
    });
    if (!done)
        return done.error();
    return inserted;
}

Status SqlStore::compareWithStored(const Desk &desk, const QList<const Incoming *> &items,
                                   QList<IngestResult> &results)
{
    QStringList ids;
    for (const Incoming *item : items)
        ids.append(item->event->id);
    ids.removeDuplicates();
    QHash<QString, std::pair<QString, QString>> storedBy; // id → (desk, hash)
    auto done = inPieces(ids.size(), [&](qsizetype from, qsizetype rows) -> Status {
        auto existing = m_backend.run(u"SELECT id, desk_id, content_hash FROM events"
                                      " WHERE id IN (%1)"_s.arg(placeholders(rows)),
                                      QVariantList(ids.begin() + from, ids.begin() + from + rows));
        if (!existing)
            return existing.error();
        while (existing->next()) {
            storedBy.insert(existing->value(0).toString(),
                            {existing->value(1).toString(), existing->value(2).toString()});
        }
        return {};
    });
    if (!done)
        return done;
    for (const Incoming *item : items) {
        const auto found = storedBy.constFind(item->event->id);
        const bool same = found != storedBy.constEnd() && found->first == desk.id
            && found->second == item->source->hash;
        IngestResult &result = results[item->index];
        result.status = same ? IngestStatus::Duplicate : IngestStatus::Conflict;
        if (!same)
            result.detail = u"an event with this id and other content is stored"_s;
    }
    return {};
}

Status SqlStore::apply(const Desk &desk, const QList<const Incoming *> &stored,
                       const QDateTime &now, const QHash<QString, QString> &origins)
{
    const QString nowText = wire::wireTime(now);
    // The latest record of each referral wins, whatever order the retries brought the
    // events in; on a tie the later of the batch (in id order) wins, as it would one by one.
    QMap<QString, const Incoming *> latest; // by ref_uuid: one lock order
    QHash<QString, QStringList> destinations; // by dest_org
    for (const Incoming *item : stored) {
        const wire::Event &event = *item->event;
        if (event.type == QLatin1StringView(wire::eventtype::kAuditAnchor))
            continue; // the stored event, with the time the hub received it, is the attestation
        if (event.type == QLatin1StringView(wire::eventtype::kReferralAnswered)) {
            const QString origin = origins.value(event.data.value(u"ref_uuid"_s).toString());
            if (auto done = storeAnswer(desk, *item, origin, nowText); !done)
                return done;
            continue;
        }
        if (!wire::isReferralEventType(event.type)) {
            if (auto done = storeFeedback(desk, *item, nowText); !done)
                return done;
            continue;
        }
        const QString ref = event.data.value(u"ref_uuid"_s).toString();
        const Incoming *&winner = latest[ref];
        if (!winner || event.occurredAt >= winner->event->occurredAt)
            winner = item;
        // A referral sent to an organization that is itself a desk of the network reaches
        // it; a referral only logged at the desk, or still a draft there, goes nowhere.
        const QJsonValue destOrg = event.data.value(u"dest_org"_s);
        if (event.type == QLatin1StringView(wire::eventtype::kReferralLogged) || !destOrg.isString()
            || event.data.value(u"stato"_s).toString() == u"BOZZA")
            continue;
        auto found = destinations.find(destOrg.toString());
        if (found == destinations.end()) {
            if (auto locked = lockOrganization(destOrg.toString()); !locked)
                return locked;
            auto desks = m_backend.run(u"SELECT id FROM desks WHERE organization_uid = ?"
                                       " AND revoked_at IS NULL AND id <> ? ORDER BY id"_s,
                                       {destOrg.toString(), desk.id});
            if (!desks)
                return desks.error();
            QStringList ids;
            while (desks->next())
                ids.append(desks->value(0).toString());
            found = destinations.insert(destOrg.toString(), ids);
        }
        if (found->isEmpty())
            continue;
        // In a destination's feed a referral.status_changed is an answer to its own referral:
        // the sender's move reaches it as the referral's record updated.
        wire::Event routed = event;
        if (routed.type == QLatin1StringView(wire::eventtype::kReferralStatusChanged))
            routed.type = QString::fromLatin1(wire::eventtype::kReferralUpdated);
        for (const QString &id : std::as_const(*found)) {
            if (auto appended = appendToFeed(id, routed, item->source->data); !appended)
                return appended;
        }
    }
    const QList<const Incoming *> winners = latest.values();
    return inPieces(winners.size(), [&](qsizetype from, qsizetype rows) -> Status {
        constexpr int kColumns = 16;
        QVariantList values;
        values.reserve(rows * kColumns);
        for (qsizetype i = from; i < from + rows; ++i) {
            const Incoming &item = *winners.at(i);
            const QJsonObject &data = item.event->data;
            const auto text = [&data](const char *key) {
                return data.value(QLatin1StringView(key)).toString();
            };
            QStringList needs;
            for (const QJsonValue &need : data.value(u"bisogni_macro"_s).toArray())
                needs.append(need.toString());
            values << text("ref_uuid") << desk.id << nullableText(data.value(u"dest_org"_s))
                   << item.source->data << item.source->occurred << nowText << text("anno_mese")
                   << text("comune_istat") << text("fascia_eta") << text("genere")
                   << text("cittadinanza_macro") << text("dest_tipo") << text("stato")
                   << nullableText(data.value(u"esito_finale"_s))
                   << nullableText(data.value(u"giorni_invio_presa_in_carico"_s))
                   << QString(u',' + needs.join(u',') + u',');
        }
        // The coded fields go to columns of their own for the district report.
        auto upserted = m_backend.run(
            u"INSERT INTO referrals(ref_uuid, origin_desk, dest_org, record, occurred_at,"
            " updated_at, anno_mese, comune, fascia_eta, genere, cittadinanza, dest_tipo, stato,"
            " esito, giorni, bisogni) VALUES %1 ON CONFLICT (ref_uuid) DO UPDATE SET"
            " dest_org = excluded.dest_org, record = excluded.record,"
            " occurred_at = excluded.occurred_at, updated_at = excluded.updated_at,"
            " anno_mese = excluded.anno_mese, comune = excluded.comune,"
            " fascia_eta = excluded.fascia_eta, genere = excluded.genere,"
            " cittadinanza = excluded.cittadinanza, dest_tipo = excluded.dest_tipo,"
            " stato = excluded.stato, esito = excluded.esito, giorni = excluded.giorni,"
            " bisogni = excluded.bisogni"
            " WHERE excluded.occurred_at >= referrals.occurred_at"_s.arg(
                valuesList(kColumns, rows)),
            values);
        return upserted ? Status() : Status(upserted.error());
    });
}

const QStringList &SqlStore::decisions()
{
    static const QStringList states {u"PRESA_IN_CARICO"_s, u"NON_PRESA_IN_CARICO"_s,
                                     u"REINDIRIZZATA"_s, u"CHIUSA"_s};
    return states;
}

Status SqlStore::markAnswered(const QString &refUuid, const QString &state)
{
    if (!decisions().contains(state))
        return {};
    auto marked
        = m_backend.run(u"UPDATE referrals SET answered = 1 WHERE ref_uuid = ?"_s, {refUuid});
    return marked ? Status() : Status(marked.error());
}

Status SqlStore::storeFeedback(const Desk &desk, const Incoming &item, const QString &now)
{
    const wire::Event &event = *item.event;
    const QJsonValue version = event.data.value(u"catalogue_version"_s);
    auto done
        = m_backend.run(u"INSERT INTO catalogue_feedback(event_id, desk_id, service_id, problem,"
                        " catalogue_version, received_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
                        {event.id, desk.id, event.data.value(u"service_id"_s).toString(),
                         event.data.value(u"problema"_s).toString(),
                         version.isNull() ? QVariant(QMetaType(QMetaType::LongLong))
                                          : QVariant(version.toInteger()),
                         now});
    return done ? Status() : Status(done.error());
}

} // namespace sportello::hub::detail
