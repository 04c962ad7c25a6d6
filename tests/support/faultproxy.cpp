// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultproxy.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <deque>

namespace sportello::test {

namespace {

// Debug output names each exchange with its fault: enable it to write a plan for a new test.
Q_LOGGING_CATEGORY(lcFaultProxy, "sportello.test.faultproxy", QtWarningMsg)

using Clock = std::chrono::steady_clock;

// Stops `socket` from calling back into the link before closing it: aborting a connected
// socket emits disconnected() synchronously, and the link must not react to its own close.
void dropSocket(QTcpSocket *socket, QObject *context)
{
    QObject::disconnect(socket, nullptr, context, nullptr);
    if (socket->state() != QAbstractSocket::UnconnectedState)
        socket->abort();
}

} // namespace

// One client connection and its upstream twin: relays both ways and applies the fault of the
// exchange under way to what flows back to the client.
class FaultProxy::Link final : public QObject
{
public:
    Link(FaultProxy *proxy, QTcpSocket *client);
    ~Link() override;
    Q_DISABLE_COPY_MOVE(Link)

private:
    struct Chunk
    {
        Clock::time_point due;
        QByteArray bytes;
    };

    void readClient();
    void readUpstream();
    void respond(QByteArray bytes);
    void sendToClient(QByteArray bytes, std::chrono::milliseconds delay);
    void flushDue();
    void clientClosed();
    void upstreamClosed();
    void closeClientWhenFlushed();
    void finish();
    void inject() { ++m_proxy->m_faultsInjected; }

    FaultProxy *const m_proxy;
    const int m_id;
    QTcpSocket *const m_client;
    QTcpSocket *const m_upstream;
    QTimer *const m_timer;
    std::deque<Chunk> m_queue; // response bytes held back by Delay, in order
    Fault m_fault = Fault::None;
    int m_exchange = 0; // the current exchange's number
    int m_relayedExchange = 0; // the last exchange whose beginning requestRelayed() announced
    bool m_inRequest = false; // the client spoke last
    qsizetype m_truncateLeft = -1; // response bytes still allowed by TruncateResponse
    bool m_stalled = false;
    bool m_clientGone = false;
    bool m_upstreamGone = false;
    bool m_closing = false; // the client is closed once the queue is empty
    bool m_finished = false;
};

FaultProxy::Link::Link(FaultProxy *proxy, QTcpSocket *client)
    : QObject(proxy)
    , m_proxy(proxy)
    , m_id(proxy->m_connectionsAccepted)
    , m_client(client)
    , m_upstream(new QTcpSocket(this))
    , m_timer(new QTimer(this))
{
    m_client->setParent(this);
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire early
    connect(m_timer, &QTimer::timeout, this, &Link::flushDue);
    for (QTcpSocket *socket : {m_client, m_upstream}) {
        const bool isClient = socket == m_client;
        connect(socket, &QTcpSocket::readyRead, this,
                isClient ? &Link::readClient : &Link::readUpstream);
        connect(socket, &QTcpSocket::disconnected, this,
                isClient ? &Link::clientClosed : &Link::upstreamClosed);
        // A failed connect (or a reset) may leave the socket unconnected without disconnected().
        connect(socket, &QTcpSocket::errorOccurred, this, [this, socket, isClient] {
            if (socket->state() != QAbstractSocket::UnconnectedState)
                return;
            if (isClient)
                clientClosed();
            else
                upstreamClosed();
        });
    }
    // Small writes leave at once, so chunks reach the other side as they were sent.
    m_client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_upstream, &QTcpSocket::connected, this,
            [this] { m_upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1); });
    m_upstream->connectToHost(QHostAddress(QHostAddress::LocalHost), proxy->m_upstreamPort);
}

FaultProxy::Link::~Link()
{
    dropSocket(m_client, this);
    dropSocket(m_upstream, this);
}

void FaultProxy::Link::readClient()
{
    if (m_finished || !m_client->isOpen())
        return;
    const QByteArray bytes = m_client->readAll();
    if (bytes.isEmpty())
        return;
    if (!m_inRequest && !m_stalled) {
        m_inRequest = true;
        m_fault = m_proxy->takeFault();
        m_exchange = m_proxy->m_exchangesSeen;
        m_truncateLeft = -1;
        qCDebug(lcFaultProxy) << "connection" << m_id << "exchange" << m_proxy->m_exchangesSeen
                              << m_fault << bytes.size() << "bytes";
        if (m_fault == Fault::RefuseConnection) {
            inject();
            finish();
            return;
        }
    }
    const bool begins = m_inRequest && bytes.size() > 0 && m_exchange > m_relayedExchange;
    if (!m_upstreamGone && m_upstream->isOpen())
        m_upstream->write(bytes);
    if (begins) {
        m_relayedExchange = m_exchange;
        Q_EMIT m_proxy->requestRelayed(m_exchange);
    }
}

void FaultProxy::Link::readUpstream()
{
    if (m_finished || !m_upstream->isOpen())
        return;
    QByteArray bytes = m_upstream->readAll();
    if (bytes.isEmpty() || m_stalled || m_clientGone)
        return;
    if (!m_inRequest) {
        respond(std::move(bytes)); // more of the same response, or a greeting
        return;
    }
    m_inRequest = false;
    qCDebug(lcFaultProxy) << "connection" << m_id << "response" << m_fault << bytes.size()
                          << "bytes";
    Q_EMIT m_proxy->responseArrived(m_exchange);
    if (m_finished || m_clientGone)
        return;
    switch (m_fault) {
    case Fault::ResetAfterRequest:
        inject();
        finish();
        return;
    case Fault::Stall:
        inject();
        m_stalled = true;
        return;
    case Fault::TruncateResponse:
        m_truncateLeft = m_proxy->m_truncateBytes > 0 ? m_proxy->m_truncateBytes
                                                      : std::max<qsizetype>(1, bytes.size() / 2);
        break;
    case Fault::Delay:
        inject();
        break;
    case Fault::None:
    case Fault::RefuseConnection:
        break;
    }
    respond(std::move(bytes));
}

void FaultProxy::Link::respond(QByteArray bytes)
{
    if (m_fault == Fault::TruncateResponse && m_truncateLeft >= 0) {
        if (bytes.size() >= m_truncateLeft) {
            bytes.truncate(m_truncateLeft);
            sendToClient(std::move(bytes), std::chrono::milliseconds(0));
            inject();
            dropSocket(m_upstream, this);
            m_upstreamGone = true;
            closeClientWhenFlushed();
            return;
        }
        m_truncateLeft -= bytes.size();
    }
    const bool delayed = m_fault == Fault::Delay;
    sendToClient(std::move(bytes), delayed ? m_proxy->m_delay : std::chrono::milliseconds(0));
}

void FaultProxy::Link::sendToClient(QByteArray bytes, std::chrono::milliseconds delay)
{
    if (m_clientGone || m_closing)
        return;
    const Clock::time_point now = Clock::now();
    if (m_queue.empty() && delay.count() <= 0) {
        m_client->write(bytes);
        return;
    }
    // Never before what is already waiting, so that order is kept.
    const Clock::time_point due
        = m_queue.empty() ? now + delay : std::max(now + delay, m_queue.back().due);
    m_queue.push_back({due, std::move(bytes)});
    if (!m_timer->isActive())
        flushDue();
}

void FaultProxy::Link::flushDue()
{
    const Clock::time_point now = Clock::now();
    while (!m_queue.empty() && m_queue.front().due <= now) {
        m_client->write(m_queue.front().bytes);
        m_queue.pop_front();
    }
    if (!m_queue.empty()) {
        const auto wait = std::chrono::ceil<std::chrono::milliseconds>(m_queue.front().due - now);
        m_timer->start(wait);
    } else if (m_closing) {
        m_client->disconnectFromHost(); // after the bytes already written
    }
}

void FaultProxy::Link::clientClosed()
{
    if (m_finished || m_clientGone)
        return;
    readClient(); // what arrived together with the close
    if (m_finished)
        return;
    m_clientGone = true;
    m_queue.clear();
    m_timer->stop();
    // Let the request bytes still buffered for the upstream leave before closing it.
    if (!m_closing && !m_upstreamGone && m_upstream->state() == QAbstractSocket::ConnectedState
        && m_upstream->bytesToWrite() > 0) {
        m_upstream->disconnectFromHost();
        return;
    }
    finish();
}

void FaultProxy::Link::upstreamClosed()
{
    if (m_finished || m_upstreamGone)
        return;
    readUpstream(); // what arrived together with the close
    if (m_finished)
        return;
    m_upstreamGone = true;
    if (m_clientGone)
        finish();
    else if (!m_stalled)
        closeClientWhenFlushed();
}

void FaultProxy::Link::closeClientWhenFlushed()
{
    if (m_closing)
        return;
    m_closing = true;
    if (!m_timer->isActive())
        flushDue();
}

// Aborts both sockets; the link goes once control is back in the event loop, since this may run
// inside one of its sockets' signals.
void FaultProxy::Link::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer->stop();
    dropSocket(m_client, this);
    dropSocket(m_upstream, this);
    deleteLater();
}

FaultProxy::FaultProxy(quint16 upstreamPort, QObject *parent)
    : QObject(parent)
    , m_upstreamPort(upstreamPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::acceptConnections);
}

// The links are children and close their sockets as they go.
FaultProxy::~FaultProxy()
{
    m_server.close();
}

bool FaultProxy::listen(quint16 port)
{
    return m_server.listen(QHostAddress(QHostAddress::LocalHost), port);
}

void FaultProxy::acceptConnections()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_connectionsAccepted;
        const Fault next = m_plan.isEmpty() ? m_defaultFault : m_plan.constFirst();
        if (next != Fault::RefuseConnection) {
            new Link(this, client);
            continue;
        }
        (void)takeFault();
        ++m_faultsInjected;
        qCDebug(lcFaultProxy) << "connection" << m_connectionsAccepted << "refused";
        client->abort();
        client->deleteLater();
    }
}

FaultProxy::Fault FaultProxy::takeFault()
{
    ++m_exchangesSeen;
    return m_plan.isEmpty() ? m_defaultFault : m_plan.takeFirst();
}

} // namespace sportello::test
