// SPDX-License-Identifier: GPL-3.0-or-later
// The referrals addressed to a Comune's social services, as its account reads them on the web
// (issue 16, point 4): the anonymized records the hub holds, with the sending desk's name and
// the answers so far.
#include "hub/sqlstore.h"
#include "referrals/referralstate.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sportello::hub::detail {

Result<QList<AddressedReferral>> SqlStore::addressedReferrals(const Addressee &addressee)
{
    if (addressee.comune.isEmpty() || addressee.destinationTypes.isEmpty())
        return QList<AddressedReferral> {};
    QVariantList values {addressee.comune};
    for (const QString &type : addressee.destinationTypes)
        values.append(type);
    QString sql = u"SELECT r.ref_uuid, d.name, r.record, r.stato, r.occurred_at"
                  " FROM referrals r JOIN desks d ON d.id = r.origin_desk"
                  " WHERE r.comune = ? AND r.dest_tipo IN (%1)"_s.arg(
                      placeholders(addressee.destinationTypes.size()));
    if (!addressee.refUuid.isEmpty()) {
        sql += u" AND r.ref_uuid = ?"_s;
        values.append(addressee.refUuid);
    }
    // An answer can close a referral still open in the desk's record, never open a closed one.
    if (addressee.openOnly)
        sql += u" AND r.stato IN ('INVIATA', 'RICEVUTA', 'IN_VALUTAZIONE', 'PRESA_IN_CARICO')"_s;
    sql += u" ORDER BY r.occurred_at DESC, r.ref_uuid LIMIT ?"_s;
    values.append(qBound(1, addressee.limit, 1000));

    QList<AddressedReferral> found;
    QHash<QString, qsizetype> at;
    {
        auto rows = m_backend.run(sql, values);
        if (!rows)
            return rows.error();
        while (rows->next()) {
            AddressedReferral r;
            r.refUuid = rows->value(0).toString();
            r.deskName = rows->value(1).toString();
            r.record = QJsonDocument::fromJson(rows->value(2).toString().toUtf8()).object();
            r.state = rows->value(3).toString();
            r.occurredAt = readTime(rows->value(4));
            at.insert(r.refUuid, found.size());
            found.append(r);
        }
    }
    if (found.isEmpty())
        return found;
    QVariantList refs;
    for (const AddressedReferral &r : std::as_const(found))
        refs.append(r.refUuid);
    auto answers = m_backend.run(
        u"SELECT ref_uuid, state, reason, outcome, answered_by, recorded_at FROM answers"
        " WHERE ref_uuid IN (%1) ORDER BY recorded_at, event_id"_s.arg(placeholders(refs.size())),
        refs);
    if (!answers)
        return answers.error();
    while (answers->next()) {
        AddressedAnswer a;
        a.state = answers->value(1).toString();
        a.reason = answers->value(2).toString();
        a.outcome = answers->value(3).toString();
        a.answeredBy = answers->value(4).toString();
        a.recordedAt = readTime(answers->value(5));
        found[at.value(answers->value(0).toString())].answers.append(a);
    }
    // The state now: the desk's record, moved by each answer the desk has not applied yet (an
    // answer reaches the record only at the desk's next sync; one already applied, or one the
    // record has gone past, moves nothing), as the desk itself will follow them.
    for (AddressedReferral &r : found) {
        referrals::State state = referrals::State::Inviata;
        if (!referrals::stateFromCode(r.state, &state))
            continue;
        for (const AddressedAnswer &a : std::as_const(r.answers)) {
            referrals::State to = state;
            if (referrals::stateFromCode(a.state, &to)
                && !referrals::answerPath(state, to).isEmpty())
                state = to;
        }
        r.state = referrals::stateCode(state);
    }
    if (addressee.openOnly) {
        static const QStringList open {u"INVIATA"_s, u"RICEVUTA"_s, u"IN_VALUTAZIONE"_s,
                                       u"PRESA_IN_CARICO"_s};
        found.removeIf([](const AddressedReferral &r) { return !open.contains(r.state); });
    }
    return found;
}

} // namespace sportello::hub::detail
