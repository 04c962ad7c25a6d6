// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/eventsendpoint.h"

#include "support/compactjson.h"
#include "support/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace sportello::hub {

namespace {

// A decimal cursor or limit; nullopt for anything else.
std::optional<qint64> number(const QString &text, qint64 fallback)
{
    if (text.isEmpty())
        return fallback;
    if (text.size() > 18)
        return std::nullopt;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok && value >= 0 && !text.startsWith(u'+') ? std::optional(value) : std::nullopt;
}

} // namespace

Reply EventsEndpoint::post(const Desk &desk, const Request &request)
{
    auto checked = check(request);
    if (auto *refusal = std::get_if<Reply>(&checked))
        return *refusal;
    CheckedBatch &batch = std::get<CheckedBatch>(checked);
    if (batch.valid.isEmpty())
        return answer(std::move(batch), QList<IngestResult>());
    const auto stored = m_store.ingest(desk, batch.valid, m_clock.nowUtc());
    return answer(std::move(batch), stored);
}

std::variant<Reply, EventsEndpoint::CheckedBatch> EventsEndpoint::check(const Request &request)
{
    if (!request.contentType.startsWith("application/json"))
        return problem(415, "unsupported-media-type", u"Send application/json"_s);
    if (request.body.size() > wire::kMaxBodyBytes)
        return problem(413, "too-large", u"The batch is too large"_s,
                       u"At most %1 bytes."_s.arg(wire::kMaxBodyBytes));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return problem(400, "bad-json", u"The body is not JSON"_s, parseError.errorString());
    if (!document.isObject())
        return problem(422, "invalid-request", u"The body must be an object"_s, {}, u"$"_s);
    const QJsonObject body = document.object();
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (it.key() != u"events")
            return problem(422, "invalid-request", u"Unknown field"_s, {}, it.key());
    }
    if (!body.value(u"events"_s).isArray())
        return problem(422, "invalid-request", u"events must be an array"_s, {}, u"events"_s);
    const QJsonArray items = body.value(u"events"_s).toArray();
    if (items.isEmpty())
        return problem(422, "invalid-request", u"The batch is empty"_s, {}, u"events"_s);
    if (items.size() > wire::kMaxBatchEvents)
        return problem(413, "too-large", u"Too many events"_s,
                       u"At most %1 events in a batch."_s.arg(wire::kMaxBatchEvents));

    auto district = m_store.district();
    if (!district)
        return storeUnavailable(district.error());
    CheckedBatch batch;
    batch.results.resize(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        auto read = wire::readPostedEvent(items.at(i), *district, {});
        if (auto *error = std::get_if<wire::FieldError>(&read)) {
            IngestResult &result = batch.results[i];
            result.id = items.at(i).toObject().value(u"id"_s).toString().left(36);
            result.status = IngestStatus::Invalid;
            result.field = error->field;
            result.detail = error->message;
            continue;
        }
        batch.valid.append(std::get<wire::Event>(std::move(read)));
        batch.validAt.append(i);
    }
    return batch;
}

Reply EventsEndpoint::answer(CheckedBatch batch, const Result<QList<IngestResult>> &stored)
{
    if (!stored)
        return storeUnavailable(stored.error());
    for (qsizetype k = 0; k < batch.validAt.size() && k < stored->size(); ++k)
        batch.results[batch.validAt.at(k)] = stored->at(k);
    // Written by hand: a batch's answer is made for every batch, on the HTTP thread.
    QByteArray body;
    body.reserve(32 + batch.results.size() * 64);
    body.append(R"({"results":[)");
    bool first = true;
    for (const IngestResult &result : std::as_const(batch.results)) {
        body.append(std::exchange(first, false) ? R"({"id":)" : R"(,{"id":)");
        json::appendString(body, result.id);
        body.append(R"(,"status":)");
        json::appendString(body, statusCode(result.status));
        if (!result.field.isEmpty()) {
            body.append(R"(,"field":)");
            json::appendString(body, QStringView(result.field).left(200));
        }
        if (!result.detail.isEmpty()) {
            body.append(R"(,"detail":)");
            json::appendString(body, result.detail);
        }
        body.append('}');
    }
    body.append("]}");
    return json(200, body);
}

Reply EventsEndpoint::get(const Desk &desk, const Request &request)
{
    for (const auto &[key, value] : request.query.queryItems()) {
        if (key != u"after" && key != u"limit")
            return problem(422, "invalid-request", u"Unknown parameter"_s, {}, key);
    }
    const auto after = number(request.query.queryItemValue(u"after"_s), 0);
    if (!after)
        return problem(422, "invalid-request", u"after must be a cursor"_s, {}, u"after"_s);
    const auto limit = number(request.query.queryItemValue(u"limit"_s), kDefaultPage);
    if (!limit || *limit < 1 || *limit > kMaxPage)
        return problem(422, "invalid-request", u"limit must be 1…%1"_s.arg(kMaxPage), {},
                       u"limit"_s);
    auto page = m_store.feed(desk.id, *after, int(*limit));
    if (!page)
        return storeUnavailable(page.error());
    QJsonArray events;
    for (const FeedEvent &item : std::as_const(page->events)) {
        QJsonObject event = wire::toJson(item.event);
        event.insert(u"cursor"_s, QString::number(item.cursor));
        events.append(event);
    }
    const QJsonObject answer {
        {u"events"_s, events}, {u"next"_s, QString::number(page->next)}, {u"more"_s, page->more}};
    return json(200, QJsonDocument(answer).toJson(QJsonDocument::Compact));
}

} // namespace sportello::hub
