// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/server.h"

#include "hub/requestguard.h"
#include "wire/events.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcHub, "sportello.hub", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace sportello::hub {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

// An answer written straight to the socket when the guard refuses a request before the
// parser has it; the connection closes after it.
void refuse(QTcpSocket *socket, const Reply &reply, const QByteArray &reason)
{
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reason + "\r\n";
    bytes += "Content-Type: " + reply.contentType + "\r\n";
    bytes += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    bytes += "Connection: close\r\n\r\n" + reply.body;
    socket->write(bytes);
    socket->disconnectFromHost();
}

} // namespace

// Watches one connection ahead of the HTTP parser.
class ConnectionGuard final : public QObject
{
public:
    static constexpr char kObjectName[] = "sportello-connection-guard";

    // The guard of a socket (found by name: the class has no meta-object of its own).
    static ConnectionGuard *of(QTcpSocket *socket)
    {
        return static_cast<ConnectionGuard *>(socket->findChild<QObject *>(
            QString::fromLatin1(kObjectName), Qt::FindDirectChildrenOnly));
    }

    ConnectionGuard(QTcpSocket *socket, const HubServer::Limits &limits)
        : QObject(socket)
        , m_socket(socket)
        , m_guard(limits.maxHeaderBytes, wire::kMaxBodyBytes)
        , m_requestTimeout(limits.requestTimeoutMs)
    {
        setObjectName(QString::fromLatin1(kObjectName));
        m_deadline.setSingleShot(true);
        m_idle.setSingleShot(true);
        m_idle.start(limits.idleTimeoutMs);
        connect(&m_deadline, &QTimer::timeout, this, [this] {
            qCInfo(lcHub).noquote() << "connection cut: request not complete in time";
            refuse(m_socket, problem(408, "request-timeout", u"The request took too long"_s),
                   "Request Timeout");
            stopParser();
        });
        connect(&m_idle, &QTimer::timeout, m_socket, &QTcpSocket::disconnectFromHost);
        // Connected before the server's own handler, so this one runs first.
        connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::inspect);
    }

    void answered(bool closeAfter)
    {
        m_deadline.stop();
        if (closeAfter)
            m_socket->disconnectFromHost();
        else if (!m_guard.inRequest())
            m_idle.start();
    }
    [[nodiscard]] bool busy() const { return m_guard.inRequest(); }

private:
    void inspect()
    {
        const QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
        const RequestGuard::Verdict verdict = m_guard.feed(fresh);
        if (verdict == RequestGuard::Verdict::Continue) {
            if (m_guard.inRequest()) {
                m_idle.stop();
                if (!m_deadline.isActive())
                    m_deadline.start(m_requestTimeout);
            }
            return;
        }
        switch (verdict) {
        case RequestGuard::Verdict::HeaderTooLarge:
            refuse(m_socket, problem(431, "header-too-large", u"The request header is too large"_s),
                   "Request Header Fields Too Large");
            break;
        case RequestGuard::Verdict::BodyTooLarge:
            refuse(m_socket,
                   problem(413, "too-large", u"The batch is too large"_s,
                           u"At most %1 bytes."_s.arg(wire::kMaxBodyBytes)),
                   "Payload Too Large");
            break;
        case RequestGuard::Verdict::LengthRequired:
            refuse(m_socket,
                   problem(411, "invalid-request", u"Send the body with a Content-Length"_s),
                   "Length Required");
            break;
        default:
            refuse(m_socket, problem(400, "invalid-request", u"Malformed request"_s),
                   "Bad Request");
            break;
        }
        stopParser();
    }

    // The parser must not see a refused request: it would buffer it.
    void stopParser()
    {
        m_deadline.stop();
        m_idle.stop();
        QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    }

    QTcpSocket *m_socket;
    RequestGuard m_guard;
    int m_requestTimeout;
    QTimer m_deadline;
    QTimer m_idle;
};

class GuardedSslServer final : public QSslServer
{
public:
    explicit GuardedSslServer(HubServer *owner)
        : m_owner(owner)
    { }

    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *socket = QSslServer::nextPendingConnection();
        if (socket)
            m_owner->watch(socket);
        return socket;
    }

private:
    HubServer *m_owner;
};

HubServer::HubServer(Api &api, Limits limits, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_api(api)
    , m_limits(limits)
{ }

Result<quint16> HubServer::listenTls(const QHostAddress &address, quint16 port,
                                     const QSslConfiguration &tls)
{
    auto *server = new GuardedSslServer(this);
    server->setSslConfiguration(tls);
    server->setHandshakeTimeout(m_limits.handshakeTimeoutMs);
    if (!server->listen(address, port)) {
        const QString why = server->errorString();
        delete server;
        return makeError(ErrorCode::InvalidArgument, why);
    }
    bind(server);
    return server->serverPort();
}

void HubServer::watch(QTcpSocket *socket)
{
    ++m_open;
    connect(socket, &QObject::destroyed, this, &HubServer::forget);
    if (m_draining || m_open > m_limits.maxConnections) {
        // After the HTTP server has connected its handlers, which then delete the socket.
        QTimer::singleShot(0, socket, [socket] { socket->abort(); });
        return;
    }
    new ConnectionGuard(socket, m_limits);
}

void HubServer::forget()
{
    --m_open;
    if (m_draining && m_open == 0)
        Q_EMIT drained();
}

void HubServer::drain()
{
    m_draining = true;
    for (QTcpServer *server : servers())
        server->close();
    const auto sockets = findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        auto *guard = ConnectionGuard::of(socket);
        if (!guard || !guard->busy())
            socket->disconnectFromHost();
    }
    if (m_open == 0)
        QTimer::singleShot(0, this, &HubServer::drained);
}

bool HubServer::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    Request request;
    request.method = methodName(httpRequest.method());
    request.path = httpRequest.url().path();
    request.query = httpRequest.query();
    request.authorization = httpRequest.value("authorization");
    request.contentType = httpRequest.value("content-type");
    request.ifNoneMatch = httpRequest.value("if-none-match");
    request.body = httpRequest.body();
    const Reply reply = m_api.handle(request);

    QHttpServerResponder responder = makeResponder(httpRequest, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    if (!reply.contentType.isEmpty())
        responder.writeHeader("Content-Type", reply.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeHeader("Cache-Control", "no-store");
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    if (m_draining)
        responder.writeHeader("Connection", "close");
    responder.writeBody(reply.body);
    // Never the query string, a header or a body: they may carry a token or data.
    qCInfo(lcHub).noquote() << request.method << request.path << reply.status << reply.body.size()
                            << "B" << timer.elapsed() << "ms"
                            << (reply.deskId.isEmpty() ? u"-"_s : reply.deskId);
    if (auto *guard = ConnectionGuard::of(socket))
        guard->answered(m_draining);
    return true;
}

void HubServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    socket->disconnectFromHost();
}

} // namespace sportello::hub
