// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/referralrepository.h"

#include "connection.h"
#include "sql.h"
#include "storage/database.h"
#include "storage/peoplerepository.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace sportello::storage {

namespace {

const QString kEntity = QString::fromLatin1(kReferralEntity);

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// Replaces a referral's need codes, keeping their order.
Status writeNeeds(const SqlConnection &db, qint64 referralId, const QStringList &needs)
{
    if (auto cleared = run(db, u"DELETE FROM referral_needs WHERE referral_id = ?"_s, {referralId});
        !cleared)
        return cleared.error();
    for (const QString &need : needs) {
        if (auto row = run(db, u"INSERT INTO referral_needs(referral_id, code) VALUES (?, ?)"_s,
                           {referralId, need});
            !row)
            return row.error();
    }
    return {};
}

} // namespace

ReferralRepository::ReferralRepository(Database &database, const crypto::Vault &vault)
    : m_database(database)
    , m_personal(database, vault)
{ }

Result<qint64> ReferralRepository::insert(const referrals::Referral &r)
{
    const SqlConnection db = connectionOf(m_database);
    auto tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    auto query = runValues(
        db,
        u"INSERT INTO referrals(uid, person_id, session_id, kind, destination_type, "
        "destination_uid, urgency, state, final_outcome, feedback_due, sent_at, taken_over_at, "
        "created_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {r.uid, nullableId(r.personId), nullableId(r.sessionId), referrals::kindCode(r.kind),
         r.destinationType, r.destinationUid, r.urgency, referrals::stateCode(r.state),
         r.finalOutcome, dateText(r.feedbackDue), storedTime(r.sentAt), storedTime(r.takenOverAt),
         storedTime(r.createdAt), nullableId(r.createdBy), storedTime(r.updatedAt)});
    if (!query)
        return query.error();
    const qint64 id = query->lastInsertId().toLongLong();
    if (auto needs = writeNeeds(db, id, r.needs); !needs)
        return needs.error();
    if (!r.note.isEmpty()) {
        if (auto put = m_personal.put(kEntity, id, u"note"_s, r.note); !put)
            return put.error();
    }
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return id;
}

Status ReferralRepository::updateState(const referrals::Referral &r)
{
    auto query
        = run(connectionOf(m_database),
              u"UPDATE referrals SET state = ?, final_outcome = ?, destination_type = ?, "
              "sent_at = ?, taken_over_at = ?, updated_at = ? WHERE id = ?"_s,
              {referrals::stateCode(r.state), r.finalOutcome, r.destinationType,
               storedTime(r.sentAt), storedTime(r.takenOverAt), storedTime(r.updatedAt), r.id});
    if (!query)
        return query.error();
    if (query->numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, u"no referral %1"_s.arg(r.id));
    return {};
}

Status ReferralRepository::updateDraft(const referrals::Referral &r)
{
    const SqlConnection db = connectionOf(m_database);
    auto tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    auto query = run(
        db,
        u"UPDATE referrals SET destination_uid = ?, urgency = ?, feedback_due = ?, "
        "updated_at = ? WHERE id = ?"_s,
        {r.destinationUid, r.urgency, dateText(r.feedbackDue), storedTime(r.updatedAt), r.id});
    if (!query)
        return query.error();
    if (query->numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, u"no referral %1"_s.arg(r.id));
    if (auto needs = writeNeeds(db, r.id, r.needs); !needs)
        return needs;
    const Status note = r.note.isEmpty() ? m_personal.remove(kEntity, r.id)
                                         : m_personal.put(kEntity, r.id, u"note"_s, r.note);
    if (!note)
        return note;
    return tx->commit();
}

Result<referrals::Referral> ReferralRepository::referral(qint64 referralId) const
{
    auto found = select(u"r.id = ?"_s, {referralId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound, u"no referral %1"_s.arg(referralId));
    referrals::Referral r = found->constFirst();
    auto texts = m_personal.all(kEntity, referralId);
    if (!texts)
        return texts.error();
    r.note = texts->value(u"note"_s);
    return r;
}

Result<std::optional<referrals::Referral>> ReferralRepository::byUid(const QString &uid) const
{
    auto found = select(u"r.uid = ?"_s, {uid});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<referrals::Referral>();
    return std::optional<referrals::Referral>(found->constFirst());
}

namespace {
// The WHERE clause of a filter over `referrals AS r`, its values appended to `values`.
QString whereOf(const referrals::ReferralFilter &filter, QVariantList &values)
{
    QStringList where;
    if (!filter.states.isEmpty()) {
        QStringList marks;
        for (referrals::State state : filter.states) {
            marks.append(u"?"_s);
            values.append(referrals::stateCode(state));
        }
        where.append(u"r.state IN (%1)"_s.arg(marks.join(u", "_s)));
    }
    if (!filter.destinationType.isEmpty()) {
        where.append(u"r.destination_type = ?"_s);
        values.append(filter.destinationType);
    }
    if (filter.personId > 0) {
        where.append(u"r.person_id = ?"_s);
        values.append(filter.personId);
    }
    if (filter.kind) {
        where.append(u"r.kind = ?"_s);
        values.append(referrals::kindCode(*filter.kind));
    }
    if (filter.feedbackDueBy.isValid()) {
        QStringList marks;
        for (referrals::State state : referrals::allStates()) {
            if (!referrals::awaitsFeedback(state))
                continue;
            marks.append(u"?"_s);
            values.append(referrals::stateCode(state));
        }
        // The date's placeholder comes after the states' ones.
        where.append(u"r.kind = 'INVIO' AND r.state IN (%1) AND r.feedback_due <> '' "
                     "AND r.feedback_due <= ?"_s.arg(marks.join(u", "_s)));
        values.append(dateText(filter.feedbackDueBy));
    }
    if (filter.createdBy > 0) {
        where.append(u"r.created_by = ?"_s);
        values.append(filter.createdBy);
    }
    return where.isEmpty() ? u"1"_s : where.join(u" AND "_s);
}
} // namespace

Result<QList<referrals::Referral>>
ReferralRepository::list(const referrals::ReferralFilter &filter) const
{
    QVariantList values;
    const QString where = whereOf(filter, values);
    return select(where, values);
}

Result<int> ReferralRepository::count(const referrals::ReferralFilter &filter) const
{
    QVariantList values;
    const QString where = whereOf(filter, values);
    auto counted = runValues(connectionOf(m_database),
                             u"SELECT count(*) FROM referrals AS r WHERE %1"_s.arg(where), values);
    if (!counted)
        return counted.error();
    return counted->next() ? counted->value(0).toInt() : 0;
}

Result<QList<referrals::Referral>> ReferralRepository::select(const QString &where,
                                                              const QVariantList &values) const
{
    auto query = runValues(
        connectionOf(m_database),
        u"SELECT r.id, r.uid, r.person_id, r.session_id, r.kind, r.destination_type, "
        "r.destination_uid, r.urgency, r.state, r.final_outcome, r.feedback_due, r.sent_at, "
        "r.taken_over_at, r.created_at, r.created_by, r.updated_at, "
        "(SELECT group_concat(n.code, ' ') FROM (SELECT code FROM referral_needs "
        "WHERE referral_id = r.id ORDER BY rowid) AS n), r.profile, "
        "(SELECT t.from_network FROM referral_transitions AS t WHERE t.referral_id = r.id "
        "ORDER BY t.id DESC LIMIT 1) FROM referrals AS r WHERE %1 "
        "ORDER BY r.created_at DESC, r.id DESC"_s.arg(where),
        values);
    if (!query)
        return query.error();
    QList<referrals::Referral> found;
    while (query->next()) {
        referrals::Referral r;
        r.id = query->value(0).toLongLong();
        r.uid = query->value(1).toString();
        r.personId = query->value(2).toLongLong();
        r.sessionId = query->value(3).toLongLong();
        r.kind = query->value(4).toString() == u"REGISTRATA" ? referrals::Kind::Logged
                                                             : referrals::Kind::Sent;
        r.destinationType = query->value(5).toString();
        r.destinationUid = query->value(6).toString();
        r.urgency = query->value(7).toString();
        [[maybe_unused]] const bool known
            = referrals::stateFromCode(query->value(8).toString(), &r.state);
        r.finalOutcome = query->value(9).toString();
        r.feedbackDue = QDate::fromString(query->value(10).toString(), Qt::ISODate);
        r.sentAt = readStoredTime(query->value(11).toString());
        r.takenOverAt = readStoredTime(query->value(12).toString());
        r.createdAt = readStoredTime(query->value(13).toString());
        r.createdBy = query->value(14).toLongLong();
        r.updatedAt = readStoredTime(query->value(15).toString());
        r.needs = query->value(16).toString().split(u' ', Qt::SkipEmptyParts);
        r.profile = QJsonDocument::fromJson(query->value(17).toString().toUtf8()).object();
        r.lastMoveFromNetwork = query->value(18).toInt() == 1;
        found.append(r);
    }
    return found;
}

Status ReferralRepository::detach(qint64 referralId, const QJsonObject &profile)
{
    const SqlConnection db = connectionOf(m_database);
    auto tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    auto query = run(
        db, u"UPDATE referrals SET person_id = NULL, profile = ? WHERE id = ?"_s,
        {QString::fromUtf8(QJsonDocument(profile).toJson(QJsonDocument::Compact)), referralId});
    if (!query)
        return query.error();
    if (query->numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, u"no referral %1"_s.arg(referralId));
    if (auto removed = m_personal.remove(kEntity, referralId); !removed)
        return removed;
    return tx->commit();
}

Status ReferralRepository::addTransition(qint64 referralId, const referrals::TransitionRecord &m)
{
    auto query = run(connectionOf(m_database),
                     u"INSERT INTO referral_transitions(referral_id, from_state, to_state, reason, "
                     "at, by_operator, from_network) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                     {referralId, referrals::stateCode(m.from), referrals::stateCode(m.to),
                      m.reason, storedTime(m.at), nullableId(m.by), m.fromNetwork ? 1 : 0});
    if (!query)
        return query.error();
    return {};
}

Result<QList<referrals::TransitionRecord>> ReferralRepository::history(qint64 referralId) const
{
    auto query = run(connectionOf(m_database),
                     u"SELECT from_state, to_state, reason, at, by_operator, from_network FROM "
                     "referral_transitions WHERE referral_id = ? ORDER BY id"_s,
                     {referralId});
    if (!query)
        return query.error();
    QList<referrals::TransitionRecord> moves;
    while (query->next()) {
        referrals::TransitionRecord m;
        [[maybe_unused]] const bool from
            = referrals::stateFromCode(query->value(0).toString(), &m.from);
        [[maybe_unused]] const bool to
            = referrals::stateFromCode(query->value(1).toString(), &m.to);
        m.reason = query->value(2).toString();
        m.at = readStoredTime(query->value(3).toString());
        m.by = query->value(4).toLongLong();
        m.fromNetwork = query->value(5).toInt() == 1;
        moves.append(m);
    }
    return moves;
}

} // namespace sportello::storage
