// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/http.h"

#include "support/logging.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sportello::hub {

namespace {
// A field path comes from the request (a key a client made up): kept short in the answer.
constexpr qsizetype kMaxFieldLength = 200;
} // namespace

Reply problem(int status, const char *slug, const QString &title, const QString &detail,
              const QString &field)
{
    QJsonObject document {
        {u"type"_s, QString(u"urn:sportello:problem:"_s + QString::fromLatin1(slug))},
        {u"title"_s, title},
        {u"status"_s, status}};
    if (!detail.isEmpty())
        document.insert(u"detail"_s, detail);
    if (!field.isEmpty())
        document.insert(u"field"_s, field.left(kMaxFieldLength));
    Reply reply;
    reply.status = status;
    reply.contentType = "application/problem+json";
    reply.body = QJsonDocument(document).toJson(QJsonDocument::Compact);
    return reply;
}

Reply storeUnavailable(const Error &error)
{
    qCWarning(lcApp).noquote() << "hub store:" << error.toLogString();
    // Busy past its timeout, full, or unreachable: nothing of the request was kept, and the
    // desk's outbox tries again after the wait it is given here.
    Reply reply = problem(503, "unavailable", u"The hub cannot reach its database"_s,
                          u"Try again later."_s);
    reply.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("30")));
    return reply;
}

Reply json(int status, const QByteArray &body)
{
    Reply reply;
    reply.status = status;
    reply.contentType = "application/json";
    reply.body = body;
    return reply;
}

} // namespace sportello::hub
