// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpServer>

namespace sportello::test {

// An HTTP proxy on 127.0.0.1 that asks for a user name and password, as a company's or a
// school's proxy does: a CONNECT without the right Basic credentials gets 407 and the
// connection is closed; with them, a tunnel to 127.0.0.1:upstreamPort relays the bytes (TLS
// passes through untouched). Everything runs in the caller's event loop.
class ConnectProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectProxy)

public:
    ConnectProxy(quint16 upstreamPort, const QByteArray &user, const QByteArray &password,
                 QObject *parent = nullptr);
    ~ConnectProxy() override;

    [[nodiscard]] bool listen(); // on a free port
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }

    [[nodiscard]] int refused() const { return m_refused; } // 407s answered
    [[nodiscard]] int tunnels() const { return m_tunnels; } // CONNECTs let through

private:
    void accept();

    QTcpServer m_server;
    const quint16 m_upstreamPort;
    const QByteArray m_expected; // the Proxy-Authorization value that opens a tunnel
    int m_refused = 0;
    int m_tunnels = 0;
};

} // namespace sportello::test
