// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/failure.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sportello::sync {

namespace {

constexpr int kMaxRetryAfterSeconds = 24 * 3600;
constexpr char kProblemPrefix[] = "urn:sportello:problem:";

bool startsWithJson(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').constFirst().trimmed().toLower();
    return type == "application/json" || type == "application/problem+json";
}

} // namespace

bool isTransient(FailureKind kind)
{
    switch (kind) {
    case FailureKind::Network:
    case FailureKind::Timeout:
    case FailureKind::CaptivePortal:
    case FailureKind::BadAnswer:
    case FailureKind::ServerError:
    case FailureKind::Busy:
    case FailureKind::BadSignature:
        return true;
    default:
        return false;
    }
}

bool pausesSync(FailureKind kind)
{
    switch (kind) {
    case FailureKind::Tls:
    case FailureKind::Clock:
    case FailureKind::Unauthorized:
    case FailureKind::ProxyAuth:
    case FailureKind::Redirect:
        return true;
    default:
        return false;
    }
}

QString failureCode(const Failure &failure)
{
    switch (failure.kind) {
    case FailureKind::Network:
        return u"network"_s;
    case FailureKind::Timeout:
        return u"timeout"_s;
    case FailureKind::Tls:
        return u"tls"_s;
    case FailureKind::Clock:
        return u"clock"_s;
    case FailureKind::CaptivePortal:
        return u"captive-portal"_s;
    case FailureKind::BadAnswer:
        return u"bad-answer"_s;
    case FailureKind::ServerError:
        return u"http-%1"_s.arg(failure.status);
    case FailureKind::Busy:
        return u"busy"_s;
    case FailureKind::Unauthorized:
        return u"unauthorized"_s;
    case FailureKind::ProxyAuth:
        return u"proxy-auth"_s;
    case FailureKind::TooLarge:
        return u"too-large"_s;
    case FailureKind::Redirect:
        return u"redirect"_s;
    case FailureKind::BadSignature:
        return u"bad-signature"_s;
    case FailureKind::Refused:
        break;
    }
    QString code = u"refused:"_s
        + (failure.problemType.isEmpty() ? u"http-%1"_s.arg(failure.status) : failure.problemType);
    if (!failure.field.isEmpty())
        code += u':' + failure.field;
    return code;
}

std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qlonglong seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0
            ? std::nullopt
            : std::optional<int>(int(std::min<qlonglong>(seconds, kMaxRetryAfterSeconds)));
    // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT".
    const QDateTime at
        = QLocale::c().toDateTime(QString::fromLatin1(text), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!at.isValid())
        return std::nullopt;
    QDateTime utc = at;
    utc.setTimeSpec(Qt::UTC);
    const qint64 wait = now.secsTo(utc);
    return int(std::clamp<qint64>(wait, 0, kMaxRetryAfterSeconds));
}

std::optional<Failure> classifyAnswer(int status, const QByteArray &contentType,
                                      const QByteArray &body, const QByteArray &retryAfter,
                                      const QDateTime &now)
{
    Failure failure;
    failure.status = status;
    if (status == 304)
        return std::nullopt;
    const bool json = startsWithJson(contentType);
    if (contentType.toLower().contains("html")) {
        // A Wi-Fi login page or a proxy's error page, whatever its status.
        failure.kind = FailureKind::CaptivePortal;
        failure.detail = u"an HTML page answered (HTTP %1)"_s.arg(status);
        return failure;
    }
    if (status >= 200 && status < 300) {
        if (json)
            return std::nullopt;
        failure.kind = FailureKind::BadAnswer;
        failure.detail = u"HTTP %1 without JSON"_s.arg(status);
        return failure;
    }
    if (json) {
        const QJsonObject problem = QJsonDocument::fromJson(body).object();
        const QString type = problem.value(u"type"_s).toString();
        if (type.startsWith(QLatin1StringView(kProblemPrefix)))
            failure.problemType = type.mid(int(sizeof kProblemPrefix) - 1).left(64);
        failure.field = problem.value(u"field"_s).toString().left(128);
    }
    failure.detail = u"HTTP %1"_s.arg(status);
    if (!failure.problemType.isEmpty())
        failure.detail += u' ' + failure.problemType;
    if (status == 401) {
        failure.kind = FailureKind::Unauthorized;
    } else if (status == 407) {
        failure.kind = FailureKind::ProxyAuth;
    } else if (status == 413) {
        failure.kind = FailureKind::TooLarge;
    } else if (status == 429 || status == 503) {
        failure.kind = FailureKind::Busy;
        failure.retryAfterSeconds = parseRetryAfter(retryAfter, now);
    } else if (status == 408) {
        failure.kind = FailureKind::Timeout;
    } else if (status >= 500) {
        failure.kind = FailureKind::ServerError;
    } else if (status >= 400) {
        failure.kind = FailureKind::Refused;
    } else {
        // 1xx or 3xx reaching this point (redirects are followed or refused before).
        failure.kind = FailureKind::BadAnswer;
    }
    return failure;
}

} // namespace sportello::sync
