// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wire/record.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

// The events of protocol v1 (docs/hub-api.yaml): immutable, each with its own UUID, sent by a
// desk in batches and, addressed to a desk, read back from the hub's feed.
namespace sportello::wire {

namespace eventtype {
inline constexpr char kReferralCreated[] = "referral.created";
inline constexpr char kReferralLogged[] = "referral.logged";
inline constexpr char kReferralUpdated[] = "referral.updated";
inline constexpr char kReferralStatusChanged[] = "referral.status_changed";
inline constexpr char kCatalogueFeedback[] = "catalogue.feedback";
// A destination desk's answer to a referral addressed to it (its data a StatusChange): the hub
// routes it to the desk that sent the referral as a referral.status_changed of its feed.
inline constexpr char kReferralAnswered[] = "referral.answered";
// The head of a desk's audit chain, an opaque hash, so the hub can later attest that the
// desk's log held it by then (decision 32).
inline constexpr char kAuditAnchor[] = "audit.anchor";
} // namespace eventtype

// The types a desk may post.
[[nodiscard]] const QStringList &postableEventTypes();
// The referral types among them whose data is a referral record (not referral.answered).
[[nodiscard]] bool isReferralEventType(const QString &type);

// A batch holds at most this many events in at most this many bytes.
inline constexpr int kMaxBatchEvents = 500;
inline constexpr qsizetype kMaxBodyBytes = 1024 * 1024;

struct Event
{
    QString id; // lowercase UUID, the idempotency key
    QString type;
    QDateTime occurredAt; // UTC, whole seconds
    QJsonObject data;
};

// One event of a desk's feed (GET /v1/events): its position and the event.
struct FeedEvent
{
    QString cursor; // decimal, grows along the feed
    Event event;
};

// The wire form: {"id", "type", "occurred_at", "data"}.
[[nodiscard]] QJsonObject toJson(const Event &event);
// The bytes two deliveries of one event must share to be the same event: type, time and data
// in a canonical serialization (QJsonObject keeps its keys sorted).
[[nodiscard]] QByteArray canonicalContent(const Event &event);
// The same, with the data already in its compact serialization.
[[nodiscard]] QByteArray canonicalContent(const Event &event, const QByteArray &compactData);

// Reads one posted event, checking the envelope and the data against the schema; a field of
// an error is prefixed by `path` ("events[3]").
[[nodiscard]] std::variant<Event, FieldError>
readPostedEvent(const QJsonValue &value, const District &district, const QString &path);

// What a desk reports about an outdated catalogue entry: codes only, no free text.
[[nodiscard]] const QStringList &feedbackProblems(); // TELEFONO_ERRATO, …
[[nodiscard]] std::optional<FieldError> checkFeedback(const QJsonObject &data, const QString &path);
// {"head": 64 lowercase hex digits}, nothing else.
[[nodiscard]] std::optional<FieldError> checkAuditAnchor(const QJsonObject &data,
                                                         const QString &path);

// The answer to a referral as the hub tells the desk that sent it.
struct StatusChange
{
    QString refUuid;
    QString state; // a referral state code
    QString reason; // a reason code of the move, may be empty
    QString finalOutcome; // for CHIUSA, may be empty
};
[[nodiscard]] QJsonObject toJson(const StatusChange &change);
// The states a destination's answer may carry, and whether a reason or an outcome is needed.
[[nodiscard]] const QStringList &answerStates();
[[nodiscard]] std::optional<FieldError> checkStatusChange(const StatusChange &change);
// Reads one from its wire form ({"ref_uuid", "stato", "motivo", "esito_finale"}, nothing else)
// and checks it; a field of an error is prefixed by `path`.
[[nodiscard]] std::variant<StatusChange, FieldError> readStatusChange(const QJsonObject &data,
                                                                      const QString &path);

// "2026-12-05T10:00:00Z": UTC, whole seconds.
[[nodiscard]] QString wireTime(const QDateTime &time);
// The time of a wire string in exactly that form; an invalid QDateTime for anything else.
[[nodiscard]] QDateTime parseWireTime(QStringView text);

} // namespace sportello::wire
