// SPDX-License-Identifier: GPL-3.0-or-later
#include "network/hubjobs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sportello::sync {

QString DistrictJob::path() const
{
    return u"/v1/district"_s;
}

std::optional<Failure> DistrictJob::readAnswer()
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return badAnswer(u"district: not a JSON object"_s);
    const QJsonObject answer = document.object();
    m_district.name = answer.value(u"name"_s).toString().trimmed();
    const QJsonValue comuni = answer.value(u"comuni"_s);
    if (m_district.name.isEmpty() || m_district.name.size() > 200 || !comuni.isArray())
        return badAnswer(u"district: name or comuni missing"_s);
    QSet<QString> seen;
    for (const QJsonValue &value : comuni.toArray()) {
        const QString code = value.toString();
        if (!wire::isIstatCode(code) || seen.contains(code))
            return badAnswer(u"district: a comune that is not an ISTAT code"_s);
        seen.insert(code);
        m_district.comuni.append(code);
    }
    const auto key
        = QByteArray::fromBase64Encoding(answer.value(u"catalogue_key"_s).toString().toLatin1(),
                                         QByteArray::AbortOnBase64DecodingErrors);
    if (!key || key.decoded.size() != 32)
        return badAnswer(u"district: no catalogue key"_s);
    m_catalogueKey = key.decoded;
    return std::nullopt;
}

PostEventsJob::PostEventsJob(const HubClient &client, QByteArray body, QStringList eventIds,
                             QObject *parent)
    : HubJob(client, parent)
    , m_body(std::move(body))
    , m_eventIds(std::move(eventIds))
{ }

QString PostEventsJob::path() const
{
    return u"/v1/events"_s;
}

std::optional<Failure> PostEventsJob::readAnswer()
{
    const QJsonArray results
        = QJsonDocument::fromJson(body()).object().value(u"results"_s).toArray();
    if (results.size() != m_eventIds.size())
        return badAnswer(
            u"events: %1 results for %2 events"_s.arg(results.size()).arg(m_eventIds.size()));
    static const QHash<QString, EventResult::Outcome> outcomes {
        {u"stored"_s, EventResult::Outcome::Stored},
        {u"duplicate"_s, EventResult::Outcome::Duplicate},
        {u"conflict"_s, EventResult::Outcome::Conflict},
        {u"invalid"_s, EventResult::Outcome::Invalid}};
    QList<EventResult> read;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject result = results.at(i).toObject();
        const auto outcome = outcomes.constFind(result.value(u"status"_s).toString());
        if (outcome == outcomes.cend())
            return badAnswer(u"events: result %1 has no known status"_s.arg(i));
        // An invalid event may have had no readable id; any other result names its event.
        const QString id = result.value(u"id"_s).toString();
        if (id != m_eventIds.at(i) && !(*outcome == EventResult::Outcome::Invalid && id.isEmpty()))
            return badAnswer(u"events: result %1 is about another event"_s.arg(i));
        read.append({*outcome, result.value(u"field"_s).toString().left(128)});
    }
    m_results = read;
    return std::nullopt;
}

} // namespace sportello::sync
