// SPDX-License-Identifier: GPL-3.0-or-later
#include "network/hubjob.h"

#include "network/hubtls.h"
#include "support/clock.h"
#include "support/version.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace sportello::sync {

namespace {

constexpr int kMaxRedirects = 3;

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(443) == b.port(443);
}

} // namespace

HubClient::HubClient(QNetworkAccessManager &network, const HubConfig &hub, QByteArray token,
                     const Clock &clock, int timeoutMs)
    : m_network(network)
    , m_hub(hub)
    , m_token(std::move(token))
    , m_clock(clock)
    , m_timeoutMs(timeoutMs)
    , m_tls(hubSslConfiguration(hub))
{ }

HubJob::HubJob(const HubClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_stall.setSingleShot(true);
    connect(&m_stall, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
}

HubJob::~HubJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HubJob::start()
{
    QUrl url = m_client.hub().url;
    url.setPath(path());
    const QUrlQuery q = query();
    if (!q.isEmpty())
        url.setQuery(q);
    send(url);
}

void HubJob::abort()
{
    if (m_done)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
}

QByteArray HubJob::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

Failure HubJob::badAnswer(const QString &detail)
{
    Failure failure;
    failure.kind = FailureKind::BadAnswer;
    failure.detail = detail;
    return failure;
}

void HubJob::send(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setSslConfiguration(m_client.tls());
    request.setRawHeader("Authorization", "Bearer " + m_client.token());
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", QByteArray("Sportello/") + QByteArray(kVersion));
    // Redirects are ours to judge: the token must never reach another origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, m_client.hub().http2);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    const QByteArray body = payload();
    if (!body.isEmpty())
        request.setRawHeader("Content-Type", "application/json");
    prepare(request);
    m_tlsErrors.clear();
    m_reply = verb() == "GET" ? m_client.network().get(request)
                              : m_client.network().sendCustomRequest(request, verb(), body);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        const QList<QSslError> ignore = pinnedErrorsToIgnore(
            errors, reply->sslConfiguration().peerCertificate(), m_client.hub().spkiPin);
        if (!ignore.isEmpty() && ignore.size() == errors.size())
            reply->ignoreSslErrors(ignore); // the pinned key, and only chain-trust errors
        else
            m_tlsErrors = errors;
    });
    auto progress = [this](qint64 received) {
        m_stall.start(m_client.timeoutMs());
        if (received > HubClient::kMaxAnswerBytes && m_reply) {
            m_tooLarge = true;
            m_reply->abort();
        }
    };
    connect(reply, &QNetworkReply::downloadProgress, this, progress);
    connect(reply, &QNetworkReply::uploadProgress, this,
            [this] { m_stall.start(m_client.timeoutMs()); });
    connect(reply, &QNetworkReply::finished, this, &HubJob::onFinished);
    m_stall.start(m_client.timeoutMs());
}

void HubJob::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    m_stall.stop();
    m_reply = nullptr;
    reply->deleteLater();
    const QDateTime now = m_client.clock().nowUtc();
    if (m_cancelled) {
        Failure failure;
        failure.detail = u"cancelled"_s;
        return finish(failure);
    }
    if (m_timedOut) {
        Failure failure;
        failure.kind = FailureKind::Timeout;
        failure.detail = u"no progress for %1 ms"_s.arg(m_client.timeoutMs());
        return finish(failure);
    }
    if (m_tooLarge)
        return finish(badAnswer(u"answer larger than %1 bytes"_s.arg(HubClient::kMaxAnswerBytes)));
    if (!m_tlsErrors.isEmpty())
        return finish(tlsFailure(m_tlsErrors, now));
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_status >= 300 && m_status < 400 && m_status != 304) {
        const QUrl target = reply->url().resolved(
            reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        if (target.isValid() && sameOrigin(target, m_client.hub().url)
            && m_redirects < kMaxRedirects) {
            ++m_redirects;
            return send(target);
        }
        Failure failure;
        failure.kind = FailureKind::Redirect;
        failure.status = m_status;
        failure.detail = u"redirect to another origin or too many redirects"_s;
        return finish(failure);
    }
    if (m_status == 0) {
        if (auto failure = transportFailure(reply->error()))
            return finish(*failure);
        return finish(badAnswer(u"no HTTP status"_s));
    }
    m_headers = reply->rawHeaderPairs();
    m_body = reply->readAll();
    auto failure
        = classifyAnswer(m_status, header("Content-Type"), m_body, header("Retry-After"), now);
    if (!failure)
        failure = readAnswer();
    finish(failure);
}

std::optional<Failure> HubJob::transportFailure(int networkError) const
{
    Failure failure;
    failure.detail = u"network error %1"_s.arg(networkError);
    switch (QNetworkReply::NetworkError(networkError)) {
    case QNetworkReply::NoError:
        return std::nullopt;
    case QNetworkReply::TimeoutError:
        failure.kind = FailureKind::Timeout;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        failure.kind = FailureKind::Tls;
        break;
    case QNetworkReply::ProxyAuthenticationRequiredError:
        failure.kind = FailureKind::ProxyAuth;
        break;
    case QNetworkReply::AuthenticationRequiredError:
        failure.kind = FailureKind::Unauthorized;
        break;
    default:
        failure.kind = FailureKind::Network;
        break;
    }
    return failure;
}

void HubJob::finish(std::optional<Failure> failure)
{
    if (m_done)
        return;
    m_done = true;
    m_failure = std::move(failure);
    Q_EMIT finished();
}

} // namespace sportello::sync
