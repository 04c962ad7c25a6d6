// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/networkinbox.h"

#include "audit/audit.h"
#include "services/authorizer.h"
#include "services/changenotifier.h"
#include "services/desksettings.h"
#include "services/referralservice.h"
#include "services/servicecontext.h"
#include "storage/auditlog.h"
#include "storage/networkinboxrepository.h"
#include "storage/outboxrepository.h"
#include "storage/settingsstore.h"
#include "storage/transaction.h"
#include "support/clock.h"
#include "support/logging.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sportello::services {

namespace keys = storage::settingskeys;

namespace {
constexpr char kEntity[] = "referral";
constexpr char kReceivedEntity[] = "received_referral";
} // namespace

QStringList NetworkInbox::answersFrom(const QString &state)
{
    if (state == u"RICEVUTA")
        return {u"PRESA_IN_CARICO"_s, u"NON_PRESA_IN_CARICO"_s};
    if (state == u"PRESA_IN_CARICO")
        return {u"CHIUSA"_s};
    return {};
}

Status NetworkInbox::answer(const security::Actor &actor, qint64 receivedId, const QString &state,
                            const QString &reason, const QString &finalOutcome)
{
    const QString id = QString::number(receivedId);
    if (auto allowed = m_authorizer->require(actor, security::Permission::RecordSessions,
                                             QString::fromLatin1(kReceivedEntity), id);
        !allowed)
        return allowed;
    storage::NetworkInboxRepository inbox(m_context.database);
    auto found = inbox.receivedById(receivedId);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, u"no received referral %1"_s.arg(receivedId));
    if (!answersFrom((*found)->state).contains(state))
        return makeError(ErrorCode::InvalidArgument,
                         u"answer %1 from %2"_s.arg(state, (*found)->state), {u"state"_s, state});
    const wire::StatusChange change {(*found)->refUuid, state, reason, finalOutcome};
    if (auto problem = wire::checkStatusChange(change))
        return makeError(ErrorCode::InvalidArgument, problem->message,
                         {problem->field == u"motivo" ? u"reason"_s : u"outcome"_s,
                          problem->field == u"motivo" ? reason : finalOutcome});
    const QDateTime now = m_context.clock.nowUtc();
    auto tx = storage::Transaction::begin(m_context.database);
    if (!tx)
        return tx.error();
    if (auto saved = inbox.answerReceived(receivedId, state, reason, finalOutcome, now); !saved)
        return saved;
    const QByteArray payload = QJsonDocument(wire::toJson(change)).toJson(QJsonDocument::Compact);
    if (auto queued
        = storage::OutboxRepository(m_context.database)
              .enqueue(QString::fromLatin1(wire::eventtype::kReferralAnswered), payload, now);
        !queued)
        return queued.error();
    if (auto audited = m_context.audit.append(actor.operatorId, QString::fromLatin1(audit::kEdit),
                                              QString::fromLatin1(kReceivedEntity), id);
        !audited)
        return audited;
    m_context.notifier.announce(*tx, &ChangeNotifier::syncChanged);
    return tx->commit();
}

NetworkInbox::NetworkInbox(const ServiceContext &context)
    : m_context(context)
    , m_referrals(std::make_unique<ReferralService>(context))
    , m_authorizer(std::make_unique<Authorizer>(context))
{ }

NetworkInbox::~NetworkInbox() = default;

Result<QString> NetworkInbox::cursor() const
{
    auto stored = storage::SettingsStore(m_context.database, m_context.clock)
                      .value(QString::fromLatin1(keys::kSyncFeedCursor));
    if (!stored)
        return stored.error();
    return stored->isEmpty() ? u"0"_s : *stored;
}

Result<InboxReport> NetworkInbox::apply(const QList<wire::FeedEvent> &events, const QString &next)
{
    auto district = detail::readDistrict(m_context.database, m_context.clock);
    if (!district)
        return district.error();
    auto tx = storage::Transaction::begin(m_context.database);
    if (!tx)
        return tx.error();
    storage::NetworkInboxRepository inbox(m_context.database);
    InboxReport report;
    bool receivedAny = false;
    for (const wire::FeedEvent &item : events) {
        const wire::Event &event = item.event;
        if (event.type == QLatin1StringView(wire::eventtype::kReferralStatusChanged)) {
            auto change = wire::readStatusChange(event.data, u"data"_s);
            if (const auto *problem = std::get_if<wire::FieldError>(&change)) {
                qCWarning(lcSync) << "feed event" << event.id << "skipped:" << problem->field;
                ++report.skipped;
                continue;
            }
            const auto &status = std::get<wire::StatusChange>(change);
            referrals::NetworkAnswer answer;
            answer.eventUid = event.id;
            answer.refUuid = status.refUuid;
            answer.state = status.state;
            answer.reason = status.reason;
            answer.finalOutcome = status.finalOutcome;
            answer.answeredAt = event.occurredAt;
            auto applied = m_referrals->applyNetworkAnswer(answer);
            if (!applied)
                return applied.error();
            ++(*applied ? report.answersApplied : report.answersKept);
            continue;
        }
        // A referral addressed to this desk: its anonymized record, checked like the hub does.
        if (auto problem = wire::checkReferralRecord(event.data, *district, u"data"_s)) {
            qCWarning(lcSync) << "feed event" << event.id << "skipped:" << problem->field;
            ++report.skipped;
            continue;
        }
        if (auto stored = inbox.receive(event.data.value(u"ref_uuid"_s).toString(), event.data,
                                        m_context.clock.nowUtc());
            !stored)
            return stored.error();
        ++report.received;
        receivedAny = true;
    }
    if (auto saved = storage::SettingsStore(m_context.database, m_context.clock)
                         .setValue(QString::fromLatin1(keys::kSyncFeedCursor), next);
        !saved)
        return saved.error();
    if (receivedAny)
        m_context.notifier.announce(*tx, &ChangeNotifier::syncChanged);
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return report;
}

Result<QList<referrals::ReceivedReferral>>
NetworkInbox::received(const security::Actor &actor) const
{
    if (auto allowed = m_authorizer->requireAccount(actor, QString::fromLatin1(kEntity)); !allowed)
        return allowed.error();
    return storage::NetworkInboxRepository(m_context.database).received();
}

Result<QList<referrals::NetworkAnswer>>
NetworkInbox::unappliedAnswers(const security::Actor &actor) const
{
    if (auto allowed = m_authorizer->requireAccount(actor, QString::fromLatin1(kEntity)); !allowed)
        return allowed.error();
    return storage::NetworkInboxRepository(m_context.database).unappliedAnswers();
}

} // namespace sportello::services
