// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/error.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

// A request and its answer as the hub's logic sees them: no socket, no Qt HttpServer type, so
// every endpoint is tested as a plain function.
namespace sportello::hub {

struct Request
{
    QByteArray method; // "GET", "POST", …
    QString path; // without the query
    QUrlQuery query;
    QByteArray authorization;
    QByteArray contentType;
    QByteArray ifNoneMatch;
    QByteArray cookie; // the board's pages only
    QByteArray acceptLanguage;
    QString peer; // the client's address: the board's limits on logins and registrations
    QByteArray body;
};

struct Reply
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString deskId; // who asked, for the access log; empty before authentication
};

// An RFC 9457 problem document (application/problem+json) with a stable type
// "urn:sportello:problem:<slug>"; `field` names the offending input.
[[nodiscard]] Reply problem(int status, const char *slug, const QString &title,
                            const QString &detail = {}, const QString &field = {});
[[nodiscard]] Reply json(int status, const QByteArray &body);
// 503: the store failed; the error goes to the log (never to the client).
[[nodiscard]] Reply storeUnavailable(const Error &error);

} // namespace sportello::hub
