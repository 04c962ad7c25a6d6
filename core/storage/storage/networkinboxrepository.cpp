// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/networkinboxrepository.h"

#include "connection.h"
#include "sql.h"
#include "storage/database.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sportello::storage {

namespace {

const QString kAnswerColumns = u"SELECT event_uid, referral_id, ref_uuid, state, reason,"
                               " final_outcome, answered_at, received_at, applied"
                               " FROM network_answers "_s;
const QString kReceivedColumns = u"SELECT id, ref_uuid, record, state, reason, final_outcome,"
                                 " received_at, updated_at FROM received_referrals "_s;

QList<referrals::NetworkAnswer> readAnswers(SqlQuery &query)
{
    QList<referrals::NetworkAnswer> answers;
    while (query.next()) {
        answers.append({query.value(0).toString(), query.value(1).toLongLong(),
                        query.value(2).toString(), query.value(3).toString(),
                        query.value(4).toString(), query.value(5).toString(),
                        readStoredTime(query.value(6).toString()),
                        readStoredTime(query.value(7).toString()), query.value(8).toInt() == 1});
    }
    return answers;
}

QList<referrals::ReceivedReferral> readReceived(SqlQuery &query)
{
    QList<referrals::ReceivedReferral> list;
    while (query.next()) {
        referrals::ReceivedReferral r;
        r.id = query.value(0).toLongLong();
        r.refUuid = query.value(1).toString();
        r.record = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
        r.state = query.value(3).toString();
        r.reason = query.value(4).toString();
        r.finalOutcome = query.value(5).toString();
        r.receivedAt = readStoredTime(query.value(6).toString());
        r.updatedAt = readStoredTime(query.value(7).toString());
        list.append(r);
    }
    return list;
}

} // namespace

NetworkInboxRepository::NetworkInboxRepository(Database &database)
    : m_database(database)
{ }

Result<bool> NetworkInboxRepository::hasAnswer(const QString &eventUid) const
{
    auto query = run(connectionOf(m_database),
                     u"SELECT 1 FROM network_answers WHERE event_uid = ?"_s, {eventUid});
    if (!query)
        return query.error();
    return query->next();
}

Status NetworkInboxRepository::addAnswer(const referrals::NetworkAnswer &a)
{
    auto query
        = run(connectionOf(m_database),
              u"INSERT INTO network_answers(event_uid, referral_id, ref_uuid, state, reason,"
              " final_outcome, answered_at, received_at, applied)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
              {a.eventUid, nullableId(a.referralId), a.refUuid, a.state, a.reason, a.finalOutcome,
               storedTime(a.answeredAt), storedTime(a.receivedAt), a.applied ? 1 : 0});
    return query ? Status() : Status(query.error());
}

Result<QList<referrals::NetworkAnswer>> NetworkInboxRepository::answers(qint64 referralId) const
{
    auto query = run(connectionOf(m_database),
                     kAnswerColumns + u"WHERE referral_id = ? ORDER BY answered_at, rowid"_s,
                     {referralId});
    if (!query)
        return query.error();
    return readAnswers(*query);
}

Result<QList<referrals::NetworkAnswer>> NetworkInboxRepository::unappliedAnswers() const
{
    auto query = run(connectionOf(m_database),
                     kAnswerColumns + u"WHERE applied = 0 ORDER BY answered_at, rowid"_s);
    if (!query)
        return query.error();
    return readAnswers(*query);
}

Status NetworkInboxRepository::receive(const QString &refUuid, const QJsonObject &record,
                                       const QDateTime &at)
{
    const QString json = QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact));
    auto query = run(connectionOf(m_database),
                     u"INSERT INTO received_referrals(ref_uuid, record, received_at, updated_at)"
                     " VALUES (?, ?, ?, ?) ON CONFLICT (ref_uuid) DO UPDATE SET"
                     " record = excluded.record, updated_at = excluded.updated_at"_s,
                     {refUuid, json, storedTime(at), storedTime(at)});
    return query ? Status() : Status(query.error());
}

Result<QList<referrals::ReceivedReferral>> NetworkInboxRepository::received() const
{
    auto query = run(connectionOf(m_database), kReceivedColumns + u"ORDER BY id DESC"_s);
    if (!query)
        return query.error();
    return readReceived(*query);
}

Result<std::optional<referrals::ReceivedReferral>>
NetworkInboxRepository::receivedById(qint64 id) const
{
    auto query = run(connectionOf(m_database), kReceivedColumns + u"WHERE id = ?"_s, {id});
    if (!query)
        return query.error();
    const auto list = readReceived(*query);
    if (list.isEmpty())
        return std::optional<referrals::ReceivedReferral>();
    return std::optional<referrals::ReceivedReferral>(list.constFirst());
}

Status NetworkInboxRepository::answerReceived(qint64 id, const QString &state,
                                              const QString &reason, const QString &finalOutcome,
                                              const QDateTime &at)
{
    auto query = run(connectionOf(m_database),
                     u"UPDATE received_referrals SET state = ?, reason = ?, final_outcome = ?,"
                     " updated_at = ? WHERE id = ?"_s,
                     {state, reason, finalOutcome, storedTime(at), id});
    if (!query)
        return query.error();
    if (query->numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, u"no received referral %1"_s.arg(id));
    return {};
}

Result<NetworkInboxRepository::Counts> NetworkInboxRepository::counts(const QDateTime &since) const
{
    const SqlConnection db = connectionOf(m_database);
    const QString from = storedTime(since);
    auto answers
        = scalar(db, u"SELECT count(*) FROM network_answers WHERE received_at >= ?"_s, {from});
    if (!answers)
        return answers.error();
    auto received
        = scalar(db, u"SELECT count(*) FROM received_referrals WHERE received_at >= ?"_s, {from});
    if (!received)
        return received.error();
    auto waiting = scalar(db, u"SELECT count(*) FROM received_referrals WHERE state = ?"_s,
                          {u"RICEVUTA"_s}); // received, not yet answered
    if (!waiting)
        return waiting.error();
    return Counts {answers->toInt(), received->toInt(), waiting->toInt()};
}

} // namespace sportello::storage
