// SPDX-License-Identifier: GPL-3.0-or-later
#include "network/hubjobs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace sportello::sync {

QString DistrictJob::path() const
{
    return u"/v1/district"_s;
}

std::optional<Failure> DistrictJob::readAnswer()
{
    auto read = readDistrictAnswer(body());
    if (auto *problem = std::get_if<QString>(&read))
        return badAnswer(*problem);
    auto &answer = std::get<DistrictAnswer>(read);
    m_district = std::move(answer.district);
    m_catalogueKey = std::move(answer.catalogueKey);
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
    auto read = readEventResults(body(), m_eventIds);
    if (auto *problem = std::get_if<QString>(&read))
        return badAnswer(*problem);
    m_results = std::get<QList<EventResult>>(std::move(read));
    return std::nullopt;
}

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
    auto read = readFeedPage(body(), kPageSize);
    if (auto *problem = std::get_if<QString>(&read))
        return badAnswer(*problem);
    auto &page = std::get<FeedPage>(read);
    m_events = std::move(page.events);
    m_next = std::move(page.next);
    m_more = page.more;
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
    auto read = readCatalogueDelta(body());
    if (auto *problem = std::get_if<QString>(&read))
        return badAnswer(*problem);
    m_update = std::get<services::CatalogueUpdate>(std::move(read));
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
