// SPDX-License-Identifier: GPL-3.0-or-later
#include "network/hubjobs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QSet>

#include <sodium.h>

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

} // namespace

FeedJob::FeedJob(const HubClient &client, QString after, QObject *parent)
    : HubJob(client, parent)
    , m_after(std::move(after))
{ }

QString FeedJob::path() const
{
    return u"/v1/events"_s;
}

QUrlQuery FeedJob::query() const
{
    QUrlQuery q;
    q.addQueryItem(u"after"_s, m_after.isEmpty() ? u"0"_s : m_after);
    q.addQueryItem(u"limit"_s, QString::number(kPageSize));
    return q;
}

std::optional<Failure> FeedJob::readAnswer()
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return badAnswer(u"feed: not a JSON object"_s);
    const QJsonObject page = document.object();
    const QJsonValue events = page.value(u"events"_s);
    m_next = page.value(u"next"_s).toString();
    if (!events.isArray() || !isCursor(m_next) || !page.value(u"more"_s).isBool())
        return badAnswer(u"feed: events, next or more missing"_s);
    m_more = page.value(u"more"_s).toBool();
    static const QStringList types {QString::fromLatin1(wire::eventtype::kReferralStatusChanged),
                                    QString::fromLatin1(wire::eventtype::kReferralCreated),
                                    QString::fromLatin1(wire::eventtype::kReferralUpdated)};
    QList<wire::FeedEvent> read;
    for (const QJsonValue &value : events.toArray()) {
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
            return badAnswer(u"feed: event %1 has a broken envelope"_s.arg(read.size()));
        read.append(item);
    }
    if (read.size() > kPageSize)
        return badAnswer(u"feed: more events than asked for"_s);
    m_events = read;
    return std::nullopt;
}

CatalogueJob::CatalogueJob(const HubClient &client, qint64 since, QByteArray etag, QObject *parent)
    : HubJob(client, parent)
    , m_since(since)
    , m_etag(std::move(etag))
{ }

QString CatalogueJob::path() const
{
    return u"/v1/catalogue"_s;
}

QUrlQuery CatalogueJob::query() const
{
    QUrlQuery q;
    q.addQueryItem(u"since"_s, QString::number(m_since));
    return q;
}

void CatalogueJob::prepare(QNetworkRequest &request) const
{
    if (!m_etag.isEmpty() && m_since > 0)
        request.setRawHeader("If-None-Match", m_etag);
}

std::optional<Failure> CatalogueJob::readAnswer()
{
    if (status() == 304) {
        m_unchanged = true;
        return std::nullopt;
    }
    // The signature first, over the exact bytes: nothing of an unsigned answer is read.
    const QByteArray &key = client().hub().catalogueKey;
    const auto signature = QByteArray::fromBase64Encoding(header("X-Sportello-Signature"),
                                                          QByteArray::AbortOnBase64DecodingErrors);
    if (key.size() != crypto_sign_PUBLICKEYBYTES || !signature
        || signature.decoded.size() != crypto_sign_BYTES || sodium_init() < 0
        || crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.decoded.constData()),
               reinterpret_cast<const unsigned char *>(body().constData()), size_t(body().size()),
               reinterpret_cast<const unsigned char *>(key.constData()))
            != 0) {
        Failure failure;
        failure.kind = FailureKind::BadSignature;
        failure.status = status();
        failure.detail = u"catalogue answer not signed by the pinned key"_s;
        return failure;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body(), &error);
    const QJsonObject delta = document.object();
    const QJsonValue upserts = delta.value(u"upserts"_s);
    const QJsonValue removals = delta.value(u"removals"_s);
    const QJsonObject district = delta.value(u"district"_s).toObject();
    if (error.error != QJsonParseError::NoError || !delta.value(u"version"_s).isDouble()
        || !delta.value(u"since"_s).isDouble() || !upserts.isArray() || !removals.isArray())
        return badAnswer(u"catalogue: not a delta"_s);
    m_update.version = delta.value(u"version"_s).toInteger(-1);
    m_update.since = delta.value(u"since"_s).toInteger(-1);
    m_update.district.name = district.value(u"name"_s).toString().trimmed();
    for (const QJsonValue &code : district.value(u"comuni"_s).toArray()) {
        if (!wire::isIstatCode(code.toString()))
            return badAnswer(u"catalogue: a comune that is not an ISTAT code"_s);
        m_update.district.comuni.append(code.toString());
    }
    for (const QJsonValue &uid : removals.toArray()) {
        if (!wire::isCatalogueUid(uid.toString()))
            return badAnswer(u"catalogue: a removal that is not a catalogue uid"_s);
        m_update.removals.append(uid.toString());
    }
    if (m_update.version < 0 || m_update.since < 0 || m_update.district.name.isEmpty())
        return badAnswer(u"catalogue: version, since or district missing"_s);
    m_update.upserts
        = QJsonDocument(QJsonObject {{u"contents"_s, upserts}}).toJson(QJsonDocument::Compact);
    m_update.etag = header("ETag");
    return std::nullopt;
}

DistrictReportJob::DistrictReportJob(const HubClient &client, reports::MonthRange months,
                                     QObject *parent)
    : HubJob(client, parent)
    , m_months(std::move(months))
{ }

QString DistrictReportJob::path() const
{
    return u"/v1/reports/district"_s;
}

QUrlQuery DistrictReportJob::query() const
{
    QUrlQuery query;
    query.addQueryItem(u"from"_s, m_months.from);
    query.addQueryItem(u"to"_s, m_months.to);
    return query;
}

std::optional<Failure> DistrictReportJob::readAnswer()
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return badAnswer(u"district report: not a JSON object"_s);
    auto read = reports::districtReportFromJson(document.object());
    if (const auto *problem = std::get_if<QString>(&read))
        return badAnswer(u"district report: "_s + *problem);
    m_report = std::get<reports::DistrictReport>(std::move(read));
    if (m_report.months.from != m_months.from || m_report.months.to != m_months.to)
        return badAnswer(u"district report: not the months asked for"_s);
    return std::nullopt;
}

} // namespace sportello::sync
