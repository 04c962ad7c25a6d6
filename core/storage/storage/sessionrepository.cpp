// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sessionrepository.h"

#include "connection.h"
#include "sql.h"
#include "storage/database.h"
#include "storage/peoplerepository.h"
#include "storage/transaction.h"

using namespace Qt::StringLiterals;

namespace sportello::storage {

namespace {

const QString kSession = QString::fromLatin1(kSessionEntity);
const QString kFollowUp = QString::fromLatin1(kFollowUpEntity);

QString goalCode(people::Facilitation::Goal goal)
{
    switch (goal) {
    case people::Facilitation::Goal::Reached:
        return u"RAGGIUNTO"_s;
    case people::Facilitation::Goal::NotReached:
        return u"NON_RAGGIUNTO"_s;
    case people::Facilitation::Goal::NotSet:
        break;
    }
    return {};
}

people::Facilitation::Goal goalFromCode(const QString &code)
{
    if (code == u"RAGGIUNTO")
        return people::Facilitation::Goal::Reached;
    if (code == u"NON_RAGGIUNTO")
        return people::Facilitation::Goal::NotReached;
    return people::Facilitation::Goal::NotSet;
}

const QString kSessionColumns
    = u"id, uid, person_id, started_at, duration_minutes, desk_code, operator_id, type, "
      "channel, arrival, facilitation_kind, facilitation_goal, facilitation_failure, "
      "created_at"_s;

people::Session readSession(const SqlQuery &q)
{
    people::Session s;
    s.id = q.value(0).toLongLong();
    s.uid = q.value(1).toString();
    s.personId = q.value(2).toLongLong();
    s.startedAt = readStoredTime(q.value(3).toString());
    s.durationMinutes = q.value(4).toInt();
    s.deskCode = q.value(5).toString();
    s.operatorId = q.value(6).toLongLong();
    s.type = q.value(7).toString();
    s.channel = q.value(8).toString();
    s.arrival = q.value(9).toString();
    s.facilitation.kind = q.value(10).toString();
    s.facilitation.goal = goalFromCode(q.value(11).toString());
    s.facilitation.failureReason = q.value(12).toString();
    s.createdAt = readStoredTime(q.value(13).toString());
    return s;
}

const QString kFollowUpColumns = u"id, person_id, session_id, due, assignee_id, created_at, "
                                 "created_by, done_at, done_by, outcome"_s;

people::FollowUp readFollowUpRow(const SqlQuery &q)
{
    people::FollowUp f;
    f.id = q.value(0).toLongLong();
    f.personId = q.value(1).toLongLong();
    f.sessionId = q.value(2).toLongLong();
    f.due = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    f.assigneeId = q.value(4).toLongLong();
    f.createdAt = readStoredTime(q.value(5).toString());
    f.createdBy = q.value(6).toLongLong();
    f.doneAt = readStoredTime(q.value(7).toString());
    f.doneBy = q.value(8).toLongLong();
    f.outcome = q.value(9).toString();
    return f;
}

Result<QStringList> codes(const SqlConnection &db, const QString &table, qint64 sessionId)
{
    auto query = run(db, u"SELECT code FROM %1 WHERE session_id = ? ORDER BY rowid"_s.arg(table),
                     {sessionId});
    if (!query)
        return query.error();
    QStringList result;
    while (query->next())
        result.append(query->value(0).toString());
    return result;
}

} // namespace

SessionRepository::SessionRepository(Database &database, const crypto::Vault &vault)
    : m_database(database)
    , m_personal(database, vault)
{ }

Result<qint64> SessionRepository::insert(const people::Session &session)
{
    const SqlConnection db = connectionOf(m_database);
    auto tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    auto query = runValues(
        db,
        u"INSERT INTO sessions(uid, person_id, started_at, duration_minutes, desk_code, "
        "operator_id, type, channel, arrival, facilitation_kind, facilitation_goal, "
        "facilitation_failure, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {session.uid, nullableId(session.personId), storedTime(session.startedAt),
         session.durationMinutes, session.deskCode, nullableId(session.operatorId), session.type,
         session.channel, session.arrival, session.facilitation.kind,
         goalCode(session.facilitation.goal), session.facilitation.failureReason,
         storedTime(session.createdAt)});
    if (!query)
        return query.error();
    const qint64 id = query->lastInsertId().toLongLong();
    for (const QString &need : session.needs) {
        const QString macro = need.section(u'.', 0, 0);
        if (auto row
            = run(db, u"INSERT INTO session_needs(session_id, code, macro) VALUES (?, ?, ?)"_s,
                  {id, need, macro});
            !row)
            return row.error();
    }
    for (const people::DiscussedService &service : session.services) {
        if (auto row = run(db,
                           u"INSERT INTO session_services(session_id, service_uid, service_name, "
                           "catalogue_version) VALUES (?, ?, ?, ?)"_s,
                           {id, service.serviceUid, service.serviceName, service.catalogueVersion});
            !row)
            return row.error();
    }
    const auto insertCodes = [&](const QString &table, const QStringList &list) -> Status {
        for (const QString &code : list) {
            if (auto row = run(db, u"INSERT INTO %1(session_id, code) VALUES (?, ?)"_s.arg(table),
                               {id, code});
                !row)
                return row.error();
        }
        return {};
    };
    if (auto done = insertCodes(u"session_outcomes"_s, session.outcomes); !done)
        return done.error();
    if (auto done = insertCodes(u"session_ambiti"_s, session.facilitation.ambiti); !done)
        return done.error();
    const QList<std::pair<QString, QString>> texts {{u"notes"_s, session.notes},
                                                    {u"next_step"_s, session.nextStep},
                                                    {u"other_need"_s, session.otherNeedLabel}};
    for (const auto &[field, value] : texts) {
        if (value.isEmpty())
            continue;
        if (auto put = m_personal.put(kSession, id, field, value); !put)
            return put.error();
    }
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return id;
}

Status SessionRepository::readDetails(people::Session &session, bool withTexts) const
{
    const SqlConnection db = connectionOf(m_database);
    auto needs = codes(db, u"session_needs"_s, session.id);
    if (!needs)
        return needs.error();
    session.needs = *needs;
    auto outcomes = codes(db, u"session_outcomes"_s, session.id);
    if (!outcomes)
        return outcomes.error();
    session.outcomes = *outcomes;
    auto ambiti = codes(db, u"session_ambiti"_s, session.id);
    if (!ambiti)
        return ambiti.error();
    session.facilitation.ambiti = *ambiti;
    auto services = run(db,
                        u"SELECT service_uid, service_name, catalogue_version FROM "
                        "session_services WHERE session_id = ? ORDER BY rowid"_s,
                        {session.id});
    if (!services)
        return services.error();
    while (services->next())
        session.services.append({services->value(0).toString(), services->value(1).toString(),
                                 services->value(2).toLongLong()});
    if (!withTexts)
        return {};
    auto texts = m_personal.all(kSession, session.id);
    if (!texts)
        return texts.error();
    session.notes = texts->value(u"notes"_s);
    session.nextStep = texts->value(u"next_step"_s);
    session.otherNeedLabel = texts->value(u"other_need"_s);
    return {};
}

Result<people::Session> SessionRepository::session(qint64 sessionId, bool withTexts) const
{
    auto query = run(connectionOf(m_database),
                     u"SELECT %1 FROM sessions WHERE id = ?"_s.arg(kSessionColumns), {sessionId});
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound, u"no session %1"_s.arg(sessionId));
    people::Session session = readSession(*query);
    if (auto details = readDetails(session, withTexts); !details)
        return details.error();
    return session;
}

Result<QList<people::Session>> SessionRepository::sessionsOf(qint64 personId, bool withTexts) const
{
    auto query = run(connectionOf(m_database),
                     u"SELECT %1 FROM sessions WHERE person_id = ? "
                     "ORDER BY started_at DESC, id DESC"_s.arg(kSessionColumns),
                     {personId});
    if (!query)
        return query.error();
    QList<people::Session> result;
    while (query->next())
        result.append(readSession(*query));
    for (people::Session &session : result) {
        if (auto details = readDetails(session, withTexts); !details)
            return details.error();
    }
    return result;
}

Result<int> SessionRepository::anonymizeSessionsOf(qint64 personId)
{
    const SqlConnection db = connectionOf(m_database);
    auto tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    auto ids = run(db, u"SELECT id FROM sessions WHERE person_id = ?"_s, {personId});
    if (!ids)
        return ids.error();
    QList<qint64> sessionIds;
    while (ids->next())
        sessionIds.append(ids->value(0).toLongLong());
    for (qint64 id : sessionIds) {
        if (auto removed = m_personal.remove(kSession, id); !removed)
            return removed.error();
    }
    if (auto detached
        = run(db, u"UPDATE sessions SET person_id = NULL WHERE person_id = ?"_s, {personId});
        !detached)
        return detached.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return int(sessionIds.size());
}

Result<int> SessionRepository::removeWalkInTextsBefore(const QDateTime &cutoff)
{
    const SqlConnection db = connectionOf(m_database);
    auto tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    auto ids = run(db,
                   u"SELECT s.id FROM sessions s WHERE s.person_id IS NULL AND s.started_at < ? "
                   "AND EXISTS (SELECT 1 FROM personal_fields f WHERE f.entity_type = ? "
                   "AND f.entity_id = s.id) ORDER BY s.id"_s,
                   {storedTime(cutoff), kSession});
    if (!ids)
        return ids.error();
    QList<qint64> sessionIds;
    while (ids->next())
        sessionIds.append(ids->value(0).toLongLong());
    for (qint64 id : sessionIds) {
        if (auto removed = m_personal.remove(kSession, id); !removed)
            return removed.error();
    }
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return int(sessionIds.size());
}

Result<int> SessionRepository::eraseFollowUpsOf(qint64 personId)
{
    const SqlConnection db = connectionOf(m_database);
    auto tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    auto ids = run(db, u"SELECT id FROM follow_ups WHERE person_id = ?"_s, {personId});
    if (!ids)
        return ids.error();
    QList<qint64> followUpIds;
    while (ids->next())
        followUpIds.append(ids->value(0).toLongLong());
    for (qint64 id : followUpIds) {
        if (auto removed = m_personal.remove(kFollowUp, id); !removed)
            return removed.error();
    }
    if (auto deleted = run(db, u"DELETE FROM follow_ups WHERE person_id = ?"_s, {personId});
        !deleted)
        return deleted.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return int(followUpIds.size());
}

Result<qint64> SessionRepository::insertFollowUp(const people::FollowUp &followUp)
{
    const SqlConnection db = connectionOf(m_database);
    auto tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    auto query = run(db,
                     u"INSERT INTO follow_ups(person_id, session_id, due, assignee_id, created_at, "
                     "created_by) VALUES (?, ?, ?, ?, ?, ?)"_s,
                     {nullableId(followUp.personId), nullableId(followUp.sessionId),
                      followUp.due.toString(Qt::ISODate), nullableId(followUp.assigneeId),
                      storedTime(followUp.createdAt), nullableId(followUp.createdBy)});
    if (!query)
        return query.error();
    const qint64 id = query->lastInsertId().toLongLong();
    if (!followUp.note.isEmpty()) {
        if (auto put = m_personal.put(kFollowUp, id, u"note"_s, followUp.note); !put)
            return put.error();
    }
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return id;
}

Result<QList<people::FollowUp>> SessionRepository::readFollowUps(const QString &where,
                                                                 const QVariantList &values) const
{
    auto query = runValues(
        connectionOf(m_database),
        u"SELECT %1 FROM follow_ups WHERE %2 ORDER BY due, id"_s.arg(kFollowUpColumns, where),
        values);
    if (!query)
        return query.error();
    QList<people::FollowUp> result;
    while (query->next())
        result.append(readFollowUpRow(*query));
    for (people::FollowUp &f : result) {
        auto texts = m_personal.all(kFollowUp, f.id);
        if (!texts)
            return texts.error();
        f.note = texts->value(u"note"_s);
        f.outcomeNote = texts->value(u"outcome_note"_s);
    }
    return result;
}

Result<people::FollowUp> SessionRepository::followUp(qint64 followUpId) const
{
    auto list = readFollowUps(u"id = ?"_s, {followUpId});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return makeError(ErrorCode::NotFound, u"no follow-up %1"_s.arg(followUpId));
    return list->first();
}

Status SessionRepository::completeFollowUp(qint64 followUpId, const QDateTime &at, qint64 by,
                                           const QString &outcome, const QString &note)
{
    const SqlConnection db = connectionOf(m_database);
    auto tx = Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    auto query = run(db,
                     u"UPDATE follow_ups SET done_at = ?, done_by = ?, outcome = ? "
                     "WHERE id = ? AND done_at = ''"_s,
                     {storedTime(at), nullableId(by), outcome, followUpId});
    if (!query)
        return query.error();
    if (query->numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, u"no open follow-up %1"_s.arg(followUpId));
    if (!note.isEmpty()) {
        if (auto put = m_personal.put(kFollowUp, followUpId, u"outcome_note"_s, note); !put)
            return put;
    }
    return tx->commit();
}

Result<QList<people::FollowUp>> SessionRepository::openFollowUps(qint64 assigneeId) const
{
    if (assigneeId > 0)
        return readFollowUps(u"done_at = '' AND assignee_id = ?"_s, {assigneeId});
    return readFollowUps(u"done_at = ''"_s, {});
}

Result<int> SessionRepository::countOpenFollowUps(const QDate &dueBy, qint64 assigneeId,
                                                  qint64 involving) const
{
    QString sql = u"SELECT count(*) FROM follow_ups WHERE done_at = '' AND due <= ?"_s;
    QVariantList values {dueBy.toString(Qt::ISODate)};
    if (assigneeId > 0) {
        sql += u" AND assignee_id = ?"_s;
        values.append(assigneeId);
    }
    if (involving > 0) {
        sql += u" AND (assignee_id = ? OR created_by = ?)"_s;
        values.append(involving);
        values.append(involving);
    }
    auto counted = runValues(connectionOf(m_database), sql, values);
    if (!counted)
        return counted.error();
    return counted->next() ? counted->value(0).toInt() : 0;
}

Result<QList<people::FollowUp>> SessionRepository::followUpsOf(qint64 personId) const
{
    return readFollowUps(u"person_id = ?"_s, {personId});
}

} // namespace sportello::storage
