// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>

#include <functional>

// A network in memory for the sync's unit tests, after Nextcloud desktop's FakeQNAM: every
// request is recorded and answered by the test's handler, without a socket.
namespace sportello::test {

struct FakeAnswer
{
    enum class Kind {
        Http, // an HTTP answer: status, headers, body
        NetworkError, // the connection failed (`error`) before any answer
        Hang, // never answers: only an abort ends it
        SslErrors, // the handshake reports `sslErrors`; the request goes on if they are ignored
    };
    Kind kind = Kind::Http;
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::ConnectionRefusedError;
    QList<QSslError> sslErrors;
};

struct FakeRequest
{
    QByteArray verb;
    QUrl url;
    QByteArray authorization;
    QByteArray body;
};

class FakeNetwork final : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using Handler = std::function<FakeAnswer(const FakeRequest &)>;

    // `handler` answers every request but the feed's and the catalogue's GET, which get an
    // empty feed and 304 unless the test routes them itself.
    explicit FakeNetwork(Handler handler, QObject *parent = nullptr);

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Requests with this verb and path go to `handler` instead of the main one (replacing an
    // earlier route for them).
    void route(const QByteArray &verb, const QString &path, Handler handler);
    [[nodiscard]] const QList<FakeRequest> &requests() const { return m_requests; }
    // The POST requests only (the batches), in order.
    [[nodiscard]] QList<FakeRequest> posts() const;
    void clearRequests() { m_requests.clear(); }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    Handler m_handler;
    QHash<QString, Handler> m_routes; // "VERB path"
    QList<FakeRequest> m_requests;
};

// A JSON answer.
[[nodiscard]] FakeAnswer jsonAnswer(int status, const QByteArray &body);
// The hub's answer to a batch: one result per event of `request`, from `status(id)`.
[[nodiscard]] FakeAnswer eventResults(const FakeRequest &request,
                                      const std::function<QString(const QString &id)> &status);
// The ids of the events a batch request carries, in order.
[[nodiscard]] QStringList eventIds(const FakeRequest &request);

} // namespace sportello::test
