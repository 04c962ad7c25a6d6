// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hub/api.h"
#include "support/result.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QSslConfiguration>

Q_DECLARE_LOGGING_CATEGORY(lcHub)

// The thin HTTP layer over Qt HttpServer: HTTPS only, a guard ahead of the parser on every
// connection (header and body limits, a deadline for each request, an idle timeout, a cap on
// open connections), the access log (method, path, status, size, duration, desk id — never a
// body, a token or a query string), and a clean drain on shutdown.
namespace sportello::hub {

class HubServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Limits
    {
        int requestTimeoutMs = 15000; // from the first byte of a request to its last
        int idleTimeoutMs = 60000; // a kept-alive connection with nothing to say
        int handshakeTimeoutMs = 10000;
        int maxConnections = 2000;
        qsizetype maxHeaderBytes = 16 * 1024;
    };

    HubServer(Api &api, Limits limits, QObject *parent = nullptr);

    // Listens for HTTPS on `address`:`port` (0: any free port); the port, or an error.
    [[nodiscard]] Result<quint16> listenTls(const QHostAddress &address, quint16 port,
                                            const QSslConfiguration &tls);
    // Stops accepting, closes idle connections, lets the requests in flight finish (each
    // within its deadline), then emits drained().
    void drain();
    [[nodiscard]] int openConnections() const { return m_open; }

Q_SIGNALS:
    void drained();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    friend class GuardedSslServer;
    // A new connection from the TLS server: counted, guarded, or refused past the cap.
    void watch(QTcpSocket *socket);
    void forget();

    Api &m_api;
    Limits m_limits;
    int m_open = 0;
    bool m_draining = false;
};

} // namespace sportello::hub
