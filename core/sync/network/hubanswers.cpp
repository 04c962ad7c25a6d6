// SPDX-License-Identifier: GPL-3.0-or-later
#include "network/hubanswers.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sportello::sync {

namespace {

bool isCursor(const QString &text)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    for (const QChar c : text) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

// The answer as a JSON object, or nullopt.
std::optional<QJsonObject> objectOf(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

std::variant<DistrictAnswer, QString> readDistrictAnswer(const QByteArray &body)
{
    const auto answer = objectOf(body);
    if (!answer)
        return u"district: not a JSON object"_s;
    DistrictAnswer read;
    read.district.name = answer->value(u"name"_s).toString().trimmed();
    const QJsonValue comuni = answer->value(u"comuni"_s);
    if (read.district.name.isEmpty() || read.district.name.size() > 200 || !comuni.isArray())
        return u"district: name or comuni missing"_s;
    QSet<QString> seen;
    for (const QJsonValue &value : comuni.toArray()) {
        const QString code = value.toString();
        if (!wire::isIstatCode(code) || seen.contains(code))
            return u"district: a comune that is not an ISTAT code"_s;
        seen.insert(code);
        read.district.comuni.append(code);
    }
    const auto key
        = QByteArray::fromBase64Encoding(answer->value(u"catalogue_key"_s).toString().toLatin1(),
                                         QByteArray::AbortOnBase64DecodingErrors);
    if (!key || key.decoded.size() != 32)
        return u"district: no catalogue key"_s;
    read.catalogueKey = key.decoded;
    return read;
}

std::variant<QList<EventResult>, QString> readEventResults(const QByteArray &body,
                                                           const QStringList &eventIds)
{
    const QJsonArray results = QJsonDocument::fromJson(body).object().value(u"results"_s).toArray();
    if (results.size() != eventIds.size())
        return u"events: %1 results for %2 events"_s.arg(results.size()).arg(eventIds.size());
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
            return u"events: result %1 has no known status"_s.arg(i);
        // An invalid event may have had no readable id; any other result names its event.
        const QString id = result.value(u"id"_s).toString();
        if (id != eventIds.at(i) && !(*outcome == EventResult::Outcome::Invalid && id.isEmpty()))
            return u"events: result %1 is about another event"_s.arg(i);
        read.append({*outcome, result.value(u"field"_s).toString().left(128)});
    }
    return read;
}

std::variant<FeedPage, QString> readFeedPage(const QByteArray &body, int pageSize)
{
    const auto page = objectOf(body);
    if (!page)
        return u"feed: not a JSON object"_s;
    FeedPage read;
    const QJsonValue events = page->value(u"events"_s);
    read.next = page->value(u"next"_s).toString();
    if (!events.isArray() || !isCursor(read.next) || !page->value(u"more"_s).isBool())
        return u"feed: events, next or more missing"_s;
    read.more = page->value(u"more"_s).toBool();
    static const QStringList types {QString::fromLatin1(wire::eventtype::kReferralStatusChanged),
                                    QString::fromLatin1(wire::eventtype::kReferralCreated),
                                    QString::fromLatin1(wire::eventtype::kReferralUpdated)};
    const QJsonArray list = events.toArray();
    if (list.size() > pageSize)
        return u"feed: more events than asked for"_s;
    for (const QJsonValue &value : list) {
        const QJsonObject object = value.toObject();
        wire::FeedEvent item;
        item.cursor = object.value(u"cursor"_s).toString();
        item.event.id = object.value(u"id"_s).toString();
        item.event.type = object.value(u"type"_s).toString();
        item.event.occurredAt = wire::parseWireTime(object.value(u"occurred_at"_s).toString());
        item.event.data = object.value(u"data"_s).toObject();
        if (!isCursor(item.cursor) || !wire::isLowercaseUuid(item.event.id)
            || !types.contains(item.event.type) || !item.event.occurredAt.isValid()
            || !object.value(u"data"_s).isObject())
            return u"feed: event %1 has a broken envelope"_s.arg(read.events.size());
        read.events.append(item);
    }
    return read;
}

std::variant<services::CatalogueUpdate, QString> readCatalogueDelta(const QByteArray &body)
{
    const auto delta = objectOf(body);
    if (!delta)
        return u"catalogue: not a delta"_s;
    const QJsonValue upserts = delta->value(u"upserts"_s);
    const QJsonValue removals = delta->value(u"removals"_s);
    const QJsonObject district = delta->value(u"district"_s).toObject();
    if (!delta->value(u"version"_s).isDouble() || !delta->value(u"since"_s).isDouble()
        || !upserts.isArray() || !removals.isArray())
        return u"catalogue: not a delta"_s;
    services::CatalogueUpdate update;
    update.version = delta->value(u"version"_s).toInteger(-1);
    update.since = delta->value(u"since"_s).toInteger(-1);
    update.district.name = district.value(u"name"_s).toString().trimmed();
    for (const QJsonValue &code : district.value(u"comuni"_s).toArray()) {
        if (!wire::isIstatCode(code.toString()))
            return u"catalogue: a comune that is not an ISTAT code"_s;
        update.district.comuni.append(code.toString());
    }
    for (const QJsonValue &uid : removals.toArray()) {
        if (!wire::isCatalogueUid(uid.toString()))
            return u"catalogue: a removal that is not a catalogue uid"_s;
        update.removals.append(uid.toString());
    }
    if (update.version < 0 || update.since < 0 || update.district.name.isEmpty())
        return u"catalogue: version, since or district missing"_s;
    update.upserts
        = QJsonDocument(QJsonObject {{u"contents"_s, upserts}}).toJson(QJsonDocument::Compact);
    return update;
}

} // namespace sportello::sync
