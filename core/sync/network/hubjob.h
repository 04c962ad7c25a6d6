// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/failure.h"
#include "sync/hubconfig.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace sportello {
class Clock;
}

namespace sportello::sync {

// One hub, one token, one trust policy, over one QNetworkAccessManager: the manager reuses a
// TLS connection across requests, so a manager must never serve two trust policies. The
// manager is injected (the tests pass a fake network) and must outlive the client's jobs.
class HubClient final
{
public:
    static constexpr int kDefaultTimeoutMs = 30000;
    // What any answer may weigh: more is a broken or hostile server.
    static constexpr qint64 kMaxAnswerBytes = 32 * 1024 * 1024;

    HubClient(QNetworkAccessManager &network, const HubConfig &hub, QByteArray token,
              const Clock &clock, int timeoutMs = kDefaultTimeoutMs);

    [[nodiscard]] QNetworkAccessManager &network() const { return m_network; }
    [[nodiscard]] const HubConfig &hub() const { return m_hub; }
    [[nodiscard]] const QByteArray &token() const { return m_token; }
    [[nodiscard]] const Clock &clock() const { return m_clock; }
    [[nodiscard]] int timeoutMs() const { return m_timeoutMs; }
    [[nodiscard]] const QSslConfiguration &tls() const { return m_tls; }

private:
    QNetworkAccessManager &m_network;
    HubConfig m_hub;
    QByteArray m_token;
    const Clock &m_clock;
    int m_timeoutMs;
    QSslConfiguration m_tls;
};

// One request to the hub, after Nextcloud's job-per-request design: each kind of request is a
// small subclass that says what to send and reads what came back. The base class sends with
// the token and the hub's TLS trust, ends a transfer that makes no progress for the client's
// timeout, follows a redirect only within the hub's own origin (another origin is refused and
// never sees the token), caps the answer's size, and classifies every failure.
class HubJob : public QObject
{
    Q_OBJECT

public:
    explicit HubJob(const HubClient &client, QObject *parent = nullptr);
    ~HubJob() override;

    // Sends the request; finished() follows, always, exactly once.
    void start();
    // Stops the request: finished() with a Network failure whose detail is "cancelled".
    void abort();

    [[nodiscard]] bool succeeded() const { return m_done && !m_failure; }
    [[nodiscard]] const std::optional<Failure> &failure() const { return m_failure; }
    [[nodiscard]] bool wasCancelled() const { return m_cancelled; }
    [[nodiscard]] int status() const { return m_status; }
    [[nodiscard]] const QByteArray &body() const { return m_body; }
    [[nodiscard]] QByteArray header(const QByteArray &name) const;

Q_SIGNALS:
    void finished();

protected:
    [[nodiscard]] virtual QByteArray verb() const = 0;
    [[nodiscard]] virtual QString path() const = 0;
    [[nodiscard]] virtual QUrlQuery query() const { return {}; }
    [[nodiscard]] virtual QByteArray payload() const { return {}; }
    virtual void prepare(QNetworkRequest &request) const { Q_UNUSED(request) }
    // Reads a successful answer (2xx JSON, or 304); a failure (usually BadAnswer) when the
    // answer breaks the protocol.
    [[nodiscard]] virtual std::optional<Failure> readAnswer() = 0;

    [[nodiscard]] const HubClient &client() const { return m_client; }
    [[nodiscard]] static Failure badAnswer(const QString &detail);

private:
    void send(const QUrl &url);
    void onFinished();
    void finish(std::optional<Failure> failure);
    [[nodiscard]] std::optional<Failure> transportFailure(int networkError) const;

    const HubClient &m_client;
    QPointer<QNetworkReply> m_reply;
    QTimer m_stall;
    QList<QSslError> m_tlsErrors;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    std::optional<Failure> m_failure;
    int m_status = 0;
    int m_redirects = 0;
    bool m_done = false;
    bool m_cancelled = false;
    bool m_timedOut = false;
    bool m_tooLarge = false;
};

} // namespace sportello::sync
