// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/api.h"

#include "hub/tokens.h"
#include "support/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sportello::hub {

Api::Api(Store &store, const Clock &clock, RateLimiter &limiter, QByteArray openApiDocument)
    : m_store(store)
    , m_clock(clock)
    , m_limiter(limiter)
    , m_openApi(std::move(openApiDocument))
    , m_events(store, clock)
{ }

Reply Api::handle(const Request &request)
{
    const QString &path = request.path;
    const bool get = request.method == "GET";
    if (path == u"/v1/health") {
        if (!get)
            return problem(405, "method-not-allowed", u"Use GET"_s);
        return json(200, R"({"status":"ok","version":"1"})");
    }
    if (path == u"/v1/openapi.yaml") {
        if (!get)
            return problem(405, "method-not-allowed", u"Use GET"_s);
        Reply reply;
        reply.contentType = "application/yaml";
        reply.body = m_openApi;
        return reply;
    }
    const bool known = path == u"/v1/events" || path == u"/v1/district";
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
        reply = get ? district() : problem(405, "method-not-allowed", u"Use GET"_s);
    } else if (request.method == "POST") {
        reply = m_events.post(desk, request);
    } else if (get) {
        reply = m_events.get(desk, request);
    } else {
        reply = problem(405, "method-not-allowed", u"Use GET or POST"_s);
    }
    reply.deskId = desk.id;
    return reply;
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
    if (!desk) {
        qCWarning(lcApp).noquote() << "hub store:" << desk.error().toLogString();
        return problem(503, "unavailable", u"The hub cannot reach its database"_s);
    }
    if (!*desk)
        return refusal;
    return **desk;
}

Reply Api::district()
{
    auto district = m_store.district();
    if (!district)
        return problem(503, "unavailable", u"The hub cannot reach its database"_s);
    const QJsonObject answer {{u"name"_s, district->name},
                              {u"comuni"_s, QJsonArray::fromStringList(district->comuni)}};
    return json(200, QJsonDocument(answer).toJson(QJsonDocument::Compact));
}

} // namespace sportello::hub
