// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectproxy.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace sportello::test {

namespace {

constexpr qsizetype kMaxHeader = 16 * 1024;

// The value of `name` among the header lines of `head`, or empty.
QByteArray headerValue(const QByteArray &head, const QByteArray &name)
{
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

// Relays `from` to `to` until either closes.
void relay(QTcpSocket *from, QTcpSocket *to)
{
    QObject::connect(from, &QTcpSocket::readyRead, to, [from, to] { to->write(from->readAll()); });
    QObject::connect(from, &QTcpSocket::disconnected, to, [to] { to->disconnectFromHost(); });
}

} // namespace

ConnectProxy::ConnectProxy(quint16 upstreamPort, const QByteArray &user, const QByteArray &password,
                           QObject *parent)
    : QObject(parent)
    , m_upstreamPort(upstreamPort)
    , m_expected("Basic " + QByteArray(user + ':' + password).toBase64())
{
    connect(&m_server, &QTcpServer::newConnection, this, &ConnectProxy::accept);
}

ConnectProxy::~ConnectProxy()
{
    m_server.close();
    // The sockets are children of this object and go with it.
}

bool ConnectProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void ConnectProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        client->setParent(this);
        auto head = std::make_shared<QByteArray>();
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QTcpSocket::readyRead, this, [this, client, head] {
            if (head->endsWith("\r\n\r\n"))
                return; // the tunnel's bytes, relayed once it is open
            *head += client->read(kMaxHeader - head->size());
            const qsizetype end = head->indexOf("\r\n\r\n");
            if (end < 0) {
                if (head->size() >= kMaxHeader)
                    client->abort();
                return;
            }
            const QByteArray early = head->mid(end + 4); // a client may not wait for the 200
            head->truncate(end + 4);
            if (!head->startsWith("CONNECT ")
                || headerValue(*head, "Proxy-Authorization") != m_expected) {
                ++m_refused;
                client->write("HTTP/1.1 407 Proxy Authentication Required\r\n"
                              "Proxy-Authenticate: Basic realm=\"test proxy\"\r\n"
                              "Content-Length: 0\r\nConnection: close\r\n\r\n");
                client->disconnectFromHost();
                return;
            }
            ++m_tunnels;
            auto *upstream = new QTcpSocket(client);
            connect(upstream, &QTcpSocket::connected, client, [client, upstream, early] {
                client->write("HTTP/1.1 200 Connection established\r\n\r\n");
                if (!early.isEmpty())
                    upstream->write(early);
                relay(client, upstream);
                relay(upstream, client);
                if (client->bytesAvailable() > 0)
                    upstream->write(client->readAll());
            });
            connect(upstream, &QTcpSocket::errorOccurred, client,
                    [client] { client->disconnectFromHost(); });
            upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
        });
    }
}

} // namespace sportello::test
