// SPDX-License-Identifier: GPL-3.0-or-later
#include "wire/events.h"

#include "referrals/referralstate.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace sportello::wire {

namespace {

const QStringList kEnvelopeKeys {u"id"_s, u"type"_s, u"occurred_at"_s, u"data"_s};
const QStringList kFeedbackKeys {u"service_id"_s, u"problema"_s, u"catalogue_version"_s};

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

} // namespace

const QStringList &postableEventTypes()
{
    static const QStringList types {QString::fromLatin1(eventtype::kReferralCreated),
                                    QString::fromLatin1(eventtype::kReferralLogged),
                                    QString::fromLatin1(eventtype::kReferralUpdated),
                                    QString::fromLatin1(eventtype::kReferralStatusChanged),
                                    QString::fromLatin1(eventtype::kCatalogueFeedback),
                                    QString::fromLatin1(eventtype::kAuditAnchor),
                                    QString::fromLatin1(eventtype::kReferralAnswered)};
    return types;
}

bool isReferralEventType(const QString &type)
{
    return type == QLatin1StringView(eventtype::kReferralCreated)
        || type == QLatin1StringView(eventtype::kReferralLogged)
        || type == QLatin1StringView(eventtype::kReferralUpdated)
        || type == QLatin1StringView(eventtype::kReferralStatusChanged);
}

QString wireTime(const QDateTime &time)
{
    // By hand, not QDateTime::toString: the hub writes two of these for every event.
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    char text[32];
    const int length
        = std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", date.year(),
                        date.month(), date.day(), clock.hour(), clock.minute(), clock.second());
    return QString::fromLatin1(text, std::clamp(length, 0, int(sizeof text) - 1));
}

QDateTime parseWireTime(QStringView text)
{
    // yyyy-MM-ddTHH:mm:ssZ, checked character by character.
    constexpr char kShape[] = "dddd-dd-ddTdd:dd:ddZ";
    constexpr qsizetype kLength = sizeof kShape - 1;
    if (text.size() != kLength)
        return {};
    for (qsizetype i = 0; i < kLength; ++i) {
        const QChar c = text.at(i);
        if (kShape[i] == 'd' ? !(c >= u'0' && c <= u'9') : c != QLatin1Char(kShape[i]))
            return {};
    }
    const auto number = [text](qsizetype from, qsizetype length) {
        return text.sliced(from, length).toInt();
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

QJsonObject toJson(const Event &event)
{
    return {{u"id"_s, event.id},
            {u"type"_s, event.type},
            {u"occurred_at"_s, wireTime(event.occurredAt)},
            {u"data"_s, event.data}};
}

QByteArray canonicalContent(const Event &event)
{
    return canonicalContent(event, QJsonDocument(event.data).toJson(QJsonDocument::Compact));
}

QByteArray canonicalContent(const Event &event, const QByteArray &compactData)
{
    return event.type.toUtf8() + '\n' + wireTime(event.occurredAt).toUtf8() + '\n' + compactData;
}

std::variant<Event, FieldError> readPostedEvent(const QJsonValue &value, const District &district,
                                                const QString &path)
{
    if (!value.isObject())
        return FieldError {path, u"must be an object"_s};
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!kEnvelopeKeys.contains(it.key()))
            return FieldError {join(path, it.key()), u"is not a field of an event"_s};
    }
    for (const QString &key : kEnvelopeKeys) {
        if (!object.contains(key))
            return FieldError {join(path, key), u"is required"_s};
    }
    Event event;
    event.id = object.value(u"id"_s).toString();
    if (!isLowercaseUuid(event.id))
        return FieldError {join(path, u"id"_s), u"must be a lowercase UUID"_s};
    event.type = object.value(u"type"_s).toString();
    if (!postableEventTypes().contains(event.type))
        return FieldError {join(path, u"type"_s), u"is not an event type a desk may post"_s};
    event.occurredAt = parseWireTime(object.value(u"occurred_at"_s).toString());
    if (!event.occurredAt.isValid())
        return FieldError {join(path, u"occurred_at"_s),
                           u"must be a UTC time like 2026-12-05T10:00:00Z"_s};
    if (!object.value(u"data"_s).isObject())
        return FieldError {join(path, u"data"_s), u"must be an object"_s};
    event.data = object.value(u"data"_s).toObject();
    const QString dataPath = join(path, u"data"_s);
    if (event.type == QLatin1StringView(eventtype::kReferralAnswered)) {
        auto change = readStatusChange(event.data, dataPath);
        if (auto *problem = std::get_if<FieldError>(&change))
            return *problem;
        return event;
    }
    const auto wrong = isReferralEventType(event.type)
        ? checkReferralRecord(event.data, district, dataPath)
        : event.type == QLatin1StringView(eventtype::kAuditAnchor)
        ? checkAuditAnchor(event.data, dataPath)
        : checkFeedback(event.data, dataPath);
    if (wrong)
        return *wrong;
    return event;
}

const QStringList &feedbackProblems()
{
    static const QStringList codes {u"TELEFONO_ERRATO"_s,  u"INDIRIZZO_ERRATO"_s,
                                    u"ORARI_ERRATI"_s,     u"REQUISITI_CAMBIATI"_s,
                                    u"SERVIZIO_CESSATO"_s, u"ALTRO"_s};
    return codes;
}

std::optional<FieldError> checkAuditAnchor(const QJsonObject &data, const QString &path)
{
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
    for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
        if (it.key() != u"head")
            return FieldError {join(path, it.key()), u"is not a field of an audit anchor"_s};
    }
    if (!hex.match(data.value(u"head"_s).toString()).hasMatch())
        return FieldError {join(path, u"head"_s), u"must be 64 lowercase hexadecimal digits"_s};
    return std::nullopt;
}

std::optional<FieldError> checkFeedback(const QJsonObject &data, const QString &path)
{
    for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
        if (!kFeedbackKeys.contains(it.key()))
            return FieldError {join(path, it.key()), u"is not a field of a catalogue feedback"_s};
    }
    for (const QString &key : kFeedbackKeys) {
        if (!data.contains(key))
            return FieldError {join(path, key), u"is required"_s};
    }
    if (!isCatalogueUid(data.value(u"service_id"_s).toString()))
        return FieldError {join(path, u"service_id"_s), u"must be a catalogue uid"_s};
    if (!feedbackProblems().contains(data.value(u"problema"_s).toString()))
        return FieldError {join(path, u"problema"_s), u"is not a code of its vocabulary"_s};
    const QJsonValue version = data.value(u"catalogue_version"_s);
    if (!version.isNull()
        && (!version.isDouble() || version.toDouble() < 0
            || version.toDouble() != double(version.toInteger()))) {
        return FieldError {join(path, u"catalogue_version"_s), u"must be a whole number or null"_s};
    }
    return std::nullopt;
}

QJsonObject toJson(const StatusChange &change)
{
    const auto orNull = [](const QString &code) {
        return code.isEmpty() ? QJsonValue() : QJsonValue(code);
    };
    return {{u"ref_uuid"_s, change.refUuid},
            {u"stato"_s, change.state},
            {u"motivo"_s, orNull(change.reason)},
            {u"esito_finale"_s, orNull(change.finalOutcome)}};
}

std::variant<StatusChange, FieldError> readStatusChange(const QJsonObject &data,
                                                        const QString &path)
{
    static const QStringList keys {u"ref_uuid"_s, u"stato"_s, u"motivo"_s, u"esito_finale"_s};
    for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
        if (!keys.contains(it.key()))
            return FieldError {join(path, it.key()), u"is not a field of a status change"_s};
    }
    for (const QString &key : keys) {
        if (!data.contains(key))
            return FieldError {join(path, key), u"is required"_s};
    }
    const auto codeOrNull = [&data](const QString &key, QString *out) {
        const QJsonValue value = data.value(key);
        if (value.isNull())
            return true;
        if (!value.isString())
            return false;
        *out = value.toString();
        return !out->isEmpty();
    };
    StatusChange change;
    if (!data.value(u"ref_uuid"_s).isString() || !data.value(u"stato"_s).isString())
        return FieldError {join(path, u"stato"_s), u"must be a string"_s};
    change.refUuid = data.value(u"ref_uuid"_s).toString();
    change.state = data.value(u"stato"_s).toString();
    if (!codeOrNull(u"motivo"_s, &change.reason))
        return FieldError {join(path, u"motivo"_s), u"must be a code or null"_s};
    if (!codeOrNull(u"esito_finale"_s, &change.finalOutcome))
        return FieldError {join(path, u"esito_finale"_s), u"must be a code or null"_s};
    if (auto problem = checkStatusChange(change))
        return FieldError {join(path, problem->field), problem->message};
    return change;
}

const QStringList &answerStates()
{
    static const QStringList states {u"RICEVUTA"_s,
                                     u"IN_VALUTAZIONE"_s,
                                     u"PRESA_IN_CARICO"_s,
                                     u"NON_PRESA_IN_CARICO"_s,
                                     u"RESPINTA_INCOMPLETA"_s,
                                     u"CHIUSA"_s};
    return states;
}

std::optional<FieldError> checkStatusChange(const StatusChange &change)
{
    if (!isLowercaseUuid(change.refUuid))
        return FieldError {u"ref_uuid"_s, u"must be a lowercase UUID"_s};
    if (!answerStates().contains(change.state))
        return FieldError {u"stato"_s, u"must be one of %1"_s.arg(answerStates().join(u", "))};
    referrals::State state = referrals::State::Bozza;
    if (!referrals::stateFromCode(change.state, &state))
        return FieldError {u"stato"_s, u"is not a referral state"_s};
    const QStringList reasons = referrals::reasonsFor(state);
    if (change.reason.isEmpty() ? referrals::reasonRequired(state)
                                : !reasons.contains(change.reason)) {
        return FieldError {u"motivo"_s,
                           reasons.isEmpty() ? u"takes no reason"_s
                                             : u"must be one of %1"_s.arg(reasons.join(u", "))};
    }
    const bool closing = state == referrals::State::Chiusa;
    if (closing != !change.finalOutcome.isEmpty()
        || (closing && !referrals::finalOutcomes().contains(change.finalOutcome))) {
        return FieldError {u"esito_finale"_s,
                           closing
                               ? u"must be one of %1"_s.arg(referrals::finalOutcomes().join(u", "))
                               : u"is only for CHIUSA"_s};
    }
    return std::nullopt;
}

} // namespace sportello::wire
