// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/api.h"

#include "hub/batchwriter.h"
#include "hub/boarddeskapi.h"
#include "hub/cataloguepublisher.h"
#include "hub/reportendpoint.h"
#include "hub/tokens.h"
#include "support/logging.h"
#include "web/boardweb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sportello::hub {

namespace {

// 405, with the methods the resource takes (RFC 9110 §15.5.6).
Reply notAllowed(const char *allow)
{
    Reply reply = problem(405, "method-not-allowed", u"Use %1"_s.arg(QLatin1StringView(allow)));
    reply.headers.append(qMakePair(QByteArray("Allow"), QByteArray(allow)));
    return reply;
}

} // namespace

Api::Api(Store &store, const Clock &clock, RateLimiter &limiter, QByteArray openApiDocument,
         Signer signer)
    : m_store(store)
    , m_clock(clock)
    , m_limiter(limiter)
    , m_openApi(std::move(openApiDocument))
    , m_signer(std::move(signer))
    , m_events(store, clock)
{ }

Reply Api::handle(const Request &request)
{
    return *route(request, nullptr);
}

void Api::handle(const Request &request, const Answer &answer)
{
    if (auto now = route(request, &answer))
        answer(std::move(*now));
}

void Api::setWriter(BatchWriter *writer, QObject *context)
{
    m_writer = writer;
    m_writerContext = context;
}

std::optional<Reply> Api::route(const Request &request, const Answer *later)
{
    const QString &path = request.path;
    const bool get = request.method == "GET";
    if (path == u"/v1/health") {
        if (!get)
            return notAllowed("GET");
        return json(200, R"({"status":"ok","version":"1"})");
    }
    if (path == u"/v1/openapi.yaml") {
        if (!get)
            return notAllowed("GET");
        Reply reply;
        reply.contentType = "application/yaml";
        reply.body = m_openApi;
        return reply;
    }
    if (m_board) {
        if (auto page = m_board->handle(request))
            return page;
    }
    const bool board = m_boardDesk && (path == u"/v1/board" || path == u"/v1/board/actions");
    const bool known = path == u"/v1/events" || path == u"/v1/district" || path == u"/v1/catalogue"
        || path == u"/v1/reports/district" || (m_floor && path == u"/v1/_floor") || board;
    if (!known)
        return problem(404, "not-found", u"No such resource"_s);
    auto who = authenticate(request);
    if (auto *refusal = std::get_if<Reply>(&who))
        return *refusal;
    const Desk &desk = std::get<Desk>(who);
    Reply reply;
    if (const int wait = m_limiter.take(desk.id, m_clock.nowUtc()); wait > 0) {
        reply = problem(429, "rate-limited", u"Too many requests"_s,
                        u"Retry after %1 seconds."_s.arg(wait));
        reply.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray::number(wait)));
    } else if (path == u"/v1/district") {
        reply = get ? district() : notAllowed("GET");
    } else if (path == u"/v1/board") {
        reply = get ? m_boardDesk->view(desk) : notAllowed("GET");
    } else if (path == u"/v1/board/actions") {
        reply = request.method == "POST" ? m_boardDesk->actions(desk, request) : notAllowed("POST");
    } else if (path == u"/v1/_floor") {
        reply = json(200, R"({"results":[]})");
    } else if (path == u"/v1/reports/district") {
        reply = get ? districtReportReply(m_store, desk, request.query, m_reportThreshold)
                    : notAllowed("GET");
    } else if (path == u"/v1/catalogue") {
        reply = get ? catalogue(request) : notAllowed("GET");
    } else if (request.method == "POST" && later && m_writer) {
        return queueBatch(desk, request, *later);
    } else if (request.method == "POST") {
        reply = m_events.post(desk, request);
    } else if (get) {
        reply = m_events.get(desk, request);
    } else {
        reply = notAllowed("GET, POST");
    }
    reply.deskId = desk.id;
    return reply;
}

std::optional<Reply> Api::queueBatch(const Desk &desk, const Request &request, const Answer &later)
{
    auto checked = m_events.check(request);
    if (auto *refusal = std::get_if<Reply>(&checked)) {
        refusal->deskId = desk.id;
        return *refusal;
    }
    auto &batch = std::get<EventsEndpoint::CheckedBatch>(checked);
    QList<IngestEvent> valid;
    valid.reserve(batch.valid.size());
    for (wire::Event &event : batch.valid)
        valid.append(prepareEvent(std::move(event)));
    batch.valid.clear();
    if (valid.isEmpty()) {
        Reply reply = EventsEndpoint::answer(std::move(batch), QList<IngestResult>());
        reply.deskId = desk.id;
        return reply;
    }
    const bool queued
        = m_writer->submit({desk, std::move(valid)}, m_clock.nowUtc(), m_writerContext,
                           [batch = std::move(batch), later,
                            deskId = desk.id](const Result<QList<IngestResult>> &stored) mutable {
                               Reply reply = EventsEndpoint::answer(std::move(batch), stored);
                               reply.deskId = deskId;
                               later(std::move(reply));
                           });
    if (queued)
        return std::nullopt;
    // More batches wait for the database than the hub queues: the desk tries again soon.
    Reply busy = problem(503, "unavailable", u"The hub is busy"_s, u"Retry in a moment."_s);
    busy.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
    busy.deskId = desk.id;
    return busy;
}

std::variant<Desk, Reply> Api::authenticate(const Request &request)
{
    // One answer for a missing, malformed, unknown, revoked or expired token: no hint which.
    Reply refusal = problem(401, "unauthorized", u"A valid desk token is required"_s);
    refusal.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer")));
    if (!request.authorization.startsWith("Bearer "))
        return refusal;
    const QByteArray token = request.authorization.mid(7).trimmed();
    if (!tokens::looksValid(token))
        return refusal;
    auto desk = m_store.deskByToken(tokens::hash(token), m_clock.nowUtc());
    if (!desk)
        return storeUnavailable(desk.error());
    if (!*desk)
        return refusal;
    return **desk;
}

Reply Api::district()
{
    auto district = m_store.district();
    if (!district)
        return storeUnavailable(district.error());
    QJsonObject answer {{u"name"_s, district->name},
                        {u"comuni"_s, QJsonArray::fromStringList(district->comuni)}};
    if (!m_catalogueKey.isEmpty())
        answer.insert(u"catalogue_key"_s, QString::fromLatin1(m_catalogueKey));
    return json(200, QJsonDocument(answer).toJson(QJsonDocument::Compact));
}

Reply Api::catalogue(const Request &request)
{
    for (const auto &[key, value] : request.query.queryItems()) {
        if (key != u"since")
            return problem(422, "invalid-request", u"Unknown parameter"_s, {}, key);
    }
    const QString text = request.query.queryItemValue(u"since"_s);
    bool ok = text.isEmpty();
    qint64 since = ok ? 0 : text.toLongLong(&ok);
    if (!ok || since < 0 || text.size() > 18 || text.startsWith(u'+'))
        return problem(422, "invalid-request", u"since must be a catalogue version"_s, {},
                       u"since"_s);
    auto delta = m_store.catalogueDelta(since);
    if (!delta)
        return storeUnavailable(delta.error());
    // A desk ahead of the hub (a hub restored from a backup) gets the whole catalogue again.
    if (since > delta->version) {
        since = 0;
        delta = m_store.catalogueDelta(0);
        if (!delta)
            return storeUnavailable(delta.error());
    }
    // The ETag names the catalogue's version: a desk that has applied it gets 304.
    const QByteArray etag = "\"v" + QByteArray::number(delta->version) + '"';
    Reply reply;
    reply.headers.append(qMakePair(QByteArray("ETag"), etag));
    if (request.ifNoneMatch == etag) {
        reply.status = 304;
        return reply;
    }
    auto district = m_store.district();
    if (!district)
        return storeUnavailable(district.error());
    const QByteArray body = catalogueDeltaBody(*delta, since, *district);
    if (!m_signer)
        return problem(503, "unavailable", u"The hub publishes no catalogue"_s);
    reply.contentType = "application/json";
    reply.body = body;
    reply.headers.append(qMakePair(QByteArray("X-Sportello-Signature"), m_signer(body)));
    return reply;
}

} // namespace sportello::hub
