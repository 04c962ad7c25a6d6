// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/server.h"

#include "hub/requestguard.h"
#include "wire/events.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QLocale>
#include <QPointer>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

#if defined(Q_OS_LINUX)
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

#include <map>
#include <optional>

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

const char *reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    default:
        return status >= 500 ? "Server Error" : "Error";
    }
}

// The bytes of an HTTP/1.1 answer. The hub writes its answers itself: an answer may come
// after the store's thread has had the batch, when Qt HttpServer's request is long gone.
QByteArray encode(const Reply &reply, bool close, bool head = false)
{
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(reply.status) + ' '
        + reasonPhrase(reply.status) + "\r\n";
    bytes += "Date: "
        + QLocale::c()
              .toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s)
              .toLatin1()
        + "\r\n";
    if (!reply.contentType.isEmpty())
        bytes += "Content-Type: " + reply.contentType + "\r\n";
    if (reply.status != 304) // a 304 says nothing of the length of what it stands for
        bytes += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    bytes += "Cache-Control: no-store\r\n";
    for (const auto &[name, value] : reply.headers)
        bytes += name + ": " + value + "\r\n";
    if (close)
        bytes += "Connection: close\r\n";
    // An answer to HEAD says how long its body would be and sends none.
    bytes += "\r\n";
    if (!head)
        bytes += reply.body;
    return bytes;
}

// Asks the kernel to acknowledge what arrives now rather than wait to piggyback the ACK on an
// answer. A client that writes a request in pieces with Nagle's algorithm on (Qt's network
// access manager does) otherwise holds its last piece until the ACK of the previous one, and
// Linux delays that ACK by up to 40 ms once a connection looks interactive. The flag does not
// stick, so it is set again at every read. Linux only; elsewhere a no-op.
void acknowledgeQuickly(QTcpSocket *socket)
{
#if defined(Q_OS_LINUX) && defined(TCP_QUICKACK)
    const qintptr fd = socket->socketDescriptor();
    if (fd < 0)
        return;
    const int on = 1;
    ::setsockopt(int(fd), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
#else
    Q_UNUSED(socket);
#endif
}

// An answer written straight to the socket when the guard refuses a request before the
// parser has it; the connection closes after it.
void refuse(QTcpSocket *socket, const Reply &reply)
{
    socket->write(encode(reply, true));
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
            refuseHere(problem(408, "request-timeout", u"The request took too long"_s));
        });
        connect(&m_idle, &QTimer::timeout, m_socket, &QTcpSocket::disconnectFromHost);
        // Connected before the server's own handler, so this one runs first.
        connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::inspect);
    }

    // A request has reached the API: its answer is written after those of the requests
    // before it on this connection (HTTP/1.1 answers in order, even when a later one is
    // ready first). None when the connection is closing, when the client has too many
    // requests waiting, or when it does not read its answers (they would pile up here).
    [[nodiscard]] std::optional<quint64> expectAnswer()
    {
        m_idle.stop();
        if (m_closed || m_nextTicket - m_nextToWrite >= kMaxWaiting
            || m_socket->bytesToWrite() > kMaxUnread)
            return std::nullopt;
        return m_nextTicket++;
    }
    void answer(quint64 ticket, QByteArray bytes, bool close)
    {
        if (m_closed)
            return; // an answer after the one that closed the connection
        m_ready.emplace(ticket, std::make_pair(std::move(bytes), close));
        for (auto next = m_ready.find(m_nextToWrite); next != m_ready.end();
             next = m_ready.find(m_nextToWrite)) {
            m_socket->write(next->second.first);
            const bool closing = next->second.second;
            m_ready.erase(next);
            ++m_nextToWrite;
            if (closing) {
                closeNow(false);
                return;
            }
        }
        if (!busy())
            m_idle.start();
    }
    [[nodiscard]] bool busy() const { return m_guard.inRequest() || m_nextToWrite != m_nextTicket; }

private:
    void inspect()
    {
        acknowledgeQuickly(m_socket);
        m_idle.stop(); // a request is coming: not idle, whatever its size
        const QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
        const RequestGuard::Verdict verdict = m_guard.feed(fresh);
        if (verdict == RequestGuard::Verdict::Continue) {
            if (m_guard.inRequest()) {
                m_idle.stop();
                if (!m_deadline.isActive())
                    m_deadline.start(m_requestTimeout);
            } else {
                // All of it has arrived: the deadline is the client's, not the store's.
                m_deadline.stop();
            }
            return;
        }
        switch (verdict) {
        case RequestGuard::Verdict::HeaderTooLarge:
            refuseHere(problem(431, "header-too-large", u"The request header is too large"_s));
            break;
        case RequestGuard::Verdict::BodyTooLarge:
            refuseHere(problem(413, "too-large", u"The batch is too large"_s,
                               u"At most %1 bytes."_s.arg(wire::kMaxBodyBytes)));
            break;
        case RequestGuard::Verdict::LengthRequired:
            refuseHere(problem(411, "invalid-request", u"Send the body with a Content-Length"_s));
            break;
        default:
            refuseHere(problem(400, "invalid-request", u"Malformed request"_s));
            break;
        }
    }

    // Refuses the request arriving now and closes the connection. With answers to earlier
    // requests still owed, the refusal would be read as one of them: the connection is cut.
    void refuseHere(const Reply &reply)
    {
        if (m_nextToWrite == m_nextTicket)
            refuse(m_socket, reply);
        closeNow(m_nextToWrite != m_nextTicket);
    }

    void closeNow(bool abort)
    {
        m_closed = true;
        m_ready.clear();
        stopParser();
        if (abort)
            m_socket->abort();
        else
            m_socket->disconnectFromHost();
    }

    // The parser must not see a refused request: it would buffer it.
    void stopParser()
    {
        m_deadline.stop();
        m_idle.stop();
        QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    }

    static constexpr quint64 kMaxWaiting = 8;
    static constexpr qint64 kMaxUnread = 4 * 1024 * 1024; // answers written, not yet taken

    QTcpSocket *m_socket;
    RequestGuard m_guard;
    quint64 m_nextTicket = 0;
    quint64 m_nextToWrite = 0;
    std::map<quint64, std::pair<QByteArray, bool>> m_ready; // answers waiting for earlier ones
    bool m_closed = false;
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
    auto *guard = ConnectionGuard::of(socket);
    const std::optional<quint64> ticket = guard ? guard->expectAnswer() : std::nullopt;
    if (!ticket) {
        // A connection past the cap, or a client piling up requests: cut off.
        socket->abort();
        return true;
    }
    Request request;
    request.method = methodName(httpRequest.method());
    request.path = httpRequest.url().path();
    request.query = httpRequest.query();
    request.authorization = httpRequest.value("authorization");
    request.contentType = httpRequest.value("content-type");
    request.ifNoneMatch = httpRequest.value("if-none-match");
    request.cookie = httpRequest.value("cookie");
    request.acceptLanguage = httpRequest.value("accept-language");
    request.peer = socket->peerAddress().toString();
    request.body = httpRequest.body();
    // A client that says it closes after this request gets its answer, then the close.
    bool clientCloses = false;
    for (const auto &[name, value] : httpRequest.headers()) {
        if (name.compare("connection", Qt::CaseInsensitive) == 0
            && value.toLower().contains("close"))
            clientCloses = true;
    }
    QElapsedTimer timer;
    timer.start();
    m_api.handle(request,
                 [this, timer, ticket = *ticket, to = QPointer<ConnectionGuard>(guard),
                  method = request.method, path = request.path, clientCloses](const Reply &reply) {
                     // Never the query string, a header or a body: they may carry a token or data.
                     qCInfo(lcHub).noquote() << method << path << reply.status << reply.body.size()
                                             << "B" << timer.elapsed() << "ms"
                                             << (reply.deskId.isEmpty() ? u"-"_s : reply.deskId);
                     const bool close = m_draining || clientCloses;
                     if (to) // else the client has gone
                         to->answer(ticket, encode(reply, close, method == "HEAD"), close);
                 });
    return true;
}

void HubServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    socket->disconnectFromHost();
}

} // namespace sportello::hub
