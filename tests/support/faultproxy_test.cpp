// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultproxy.h"

#include <QByteArrayList>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <catch2/catch_test_macros.hpp>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using sportello::test::FaultProxy;
using Fault = FaultProxy::Fault;

namespace {

constexpr int kTimeoutMs = 3000;

// The upstream: answers each line "PING n" with "PONG n" and remembers what it saw.
class PingServer final : public QObject
{
public:
    PingServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    while (socket->canReadLine()) {
                        QByteArray line = socket->readLine();
                        m_received.append(line);
                        socket->write(line.replace("PING", "PONG"));
                    }
                });
                connect(socket, &QTcpSocket::disconnected, this, [this] { ++m_disconnections; });
            }
        });
        REQUIRE(m_server.listen(QHostAddress(QHostAddress::LocalHost)));
    }
    Q_DISABLE_COPY_MOVE(PingServer)

    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    [[nodiscard]] const QByteArrayList &received() const { return m_received; }
    [[nodiscard]] int connections() const { return m_connections; }
    [[nodiscard]] int disconnections() const { return m_disconnections; }

private:
    // Before the server: its sockets may call back while it deletes them.
    QByteArrayList m_received;
    int m_connections = 0;
    int m_disconnections = 0;
    QTcpServer m_server;
};

// A client of the proxy that records the bytes it gets and whether its connection ended.
class Client final
{
public:
    explicit Client(quint16 port)
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket,
                         [this] { m_received += m_socket.readAll(); });
        QObject::connect(&m_socket, &QTcpSocket::disconnected, &m_socket,
                         [this] { m_closed = true; });
        QObject::connect(&m_socket, &QTcpSocket::errorOccurred, &m_socket,
                         [this] { m_closed = true; });
        m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    }
    Q_DISABLE_COPY_MOVE(Client)

    void send(const QByteArray &bytes) { m_socket.write(bytes); }
    [[nodiscard]] bool waitForBytes(qsizetype size)
    {
        return QTest::qWaitFor([this, size] { return m_received.size() >= size; }, kTimeoutMs);
    }
    [[nodiscard]] bool waitForClose()
    {
        return QTest::qWaitFor([this] { return m_closed; }, kTimeoutMs);
    }
    [[nodiscard]] const QByteArray &received() const { return m_received; }
    [[nodiscard]] bool isClosed() const { return m_closed; }

private:
    // Before the socket, which reports its own close while it is destroyed.
    QByteArray m_received;
    bool m_closed = false;
    QTcpSocket m_socket;
};

template<typename Condition>
bool waitUntil(Condition condition)
{
    return QTest::qWaitFor(condition, kTimeoutMs);
}

} // namespace

TEST_CASE("FaultProxy relays several exchanges on one connection untouched")
{
    PingServer upstream;
    FaultProxy proxy(upstream.port());
    REQUIRE(proxy.listen());
    REQUIRE(proxy.port() != 0);
    REQUIRE(proxy.port() != upstream.port());

    Client client(proxy.port());
    client.send("PING 1\n");
    REQUIRE(client.waitForBytes(7));
    client.send("PING 2\n");
    REQUIRE(client.waitForBytes(14));

    CHECK(client.received() == "PONG 1\nPONG 2\n");
    CHECK_FALSE(client.isClosed());
    CHECK(upstream.received() == QByteArrayList {"PING 1\n", "PING 2\n"});
    CHECK(upstream.connections() == 1);
    CHECK(proxy.connectionsAccepted() == 1);
    CHECK(proxy.exchangesSeen() == 2);
    CHECK(proxy.faultsInjected() == 0);
}

TEST_CASE("FaultProxy ResetAfterRequest closes the connection after the server got the request")
{
    PingServer upstream;
    FaultProxy proxy(upstream.port());
    REQUIRE(proxy.listen());

    SECTION("on the first exchange")
    {
        proxy.setPlan({Fault::ResetAfterRequest});
        Client client(proxy.port());
        client.send("PING 1\n");
        REQUIRE(client.waitForClose());
        CHECK(client.received().isEmpty());
        CHECK(upstream.received() == QByteArrayList {"PING 1\n"});
        // The upstream side is aborted too.
        REQUIRE(waitUntil([&] { return upstream.disconnections() == 1; }));

        // The plan is spent: the next connection is relayed.
        Client next(proxy.port());
        next.send("PING 2\n");
        REQUIRE(next.waitForBytes(7));
        CHECK(next.received() == "PONG 2\n");
        CHECK(proxy.connectionsAccepted() == 2);
    }
    SECTION("on the second exchange of a keep-alive connection")
    {
        proxy.setPlan({Fault::None, Fault::ResetAfterRequest});
        Client client(proxy.port());
        client.send("PING 1\n");
        REQUIRE(client.waitForBytes(7));
        client.send("PING 2\n");
        REQUIRE(client.waitForClose());
        CHECK(client.received() == "PONG 1\n");
        CHECK(upstream.received() == QByteArrayList {"PING 1\n", "PING 2\n"});
        CHECK(proxy.connectionsAccepted() == 1);
    }
    CHECK(proxy.exchangesSeen() == 2);
    CHECK(proxy.faultsInjected() == 1);
}

TEST_CASE("FaultProxy TruncateResponse forwards part of the response, then closes")
{
    PingServer upstream;
    FaultProxy proxy(upstream.port());
    REQUIRE(proxy.listen());
    proxy.setPlan({Fault::TruncateResponse});

    SECTION("half of the first chunk by default")
    {
        Client client(proxy.port());
        client.send("PING 1\n");
        REQUIRE(client.waitForClose());
        CHECK(client.received().size() >= 1);
        CHECK(client.received().size() < 7);
        CHECK(QByteArray("PONG 1\n").startsWith(client.received()));
    }
    SECTION("the number of bytes asked for")
    {
        proxy.setTruncateBytes(5);
        Client client(proxy.port());
        client.send("PING 1\n");
        REQUIRE(client.waitForClose());
        CHECK(client.received() == "PONG ");
    }
    CHECK(upstream.received() == QByteArrayList {"PING 1\n"});
    REQUIRE(waitUntil([&] { return upstream.disconnections() == 1; }));
    CHECK(proxy.faultsInjected() == 1);
}

TEST_CASE("FaultProxy Delay forwards the response late and in order")
{
    PingServer upstream;
    FaultProxy proxy(upstream.port());
    REQUIRE(proxy.listen());
    proxy.setDelay(300ms);
    // The second exchange is relayed at once, but may not overtake the first one's answer.
    proxy.setPlan({Fault::Delay, Fault::None});

    Client client(proxy.port());
    REQUIRE(waitUntil([&] { return upstream.connections() == 1; }));
    QElapsedTimer elapsed;
    elapsed.start();
    client.send("PING 1\n");
    REQUIRE(waitUntil([&] { return upstream.received().size() == 1; }));
    QTest::qWait(50); // for the answer to reach the proxy, so that the next line is an exchange
    client.send("PING 2\n");
    REQUIRE(client.waitForBytes(7));
    CHECK(elapsed.elapsed() >= 300);
    REQUIRE(client.waitForBytes(14));
    CHECK(client.received() == "PONG 1\nPONG 2\n");
    CHECK_FALSE(client.isClosed());
    CHECK(proxy.faultsInjected() == 1);
}

TEST_CASE("FaultProxy Stall keeps the connection open without an answer")
{
    PingServer upstream;
    auto proxy = std::make_unique<FaultProxy>(upstream.port());
    REQUIRE(proxy->listen());
    proxy->setPlan({Fault::Stall});

    Client client(proxy->port());
    client.send("PING 1\n");
    REQUIRE(waitUntil([&] { return upstream.received().size() == 1; }));
    QTest::qWait(300);
    CHECK(client.received().isEmpty());
    CHECK_FALSE(client.isClosed());
    CHECK(upstream.disconnections() == 0);
    CHECK(proxy->faultsInjected() == 1);

    // The proxy going away ends the stalled connection on both sides.
    proxy.reset();
    REQUIRE(client.waitForClose());
    CHECK(client.received().isEmpty());
    REQUIRE(waitUntil([&] { return upstream.disconnections() == 1; }));
}

TEST_CASE("FaultProxy RefuseConnection closes without reaching the upstream")
{
    PingServer upstream;
    FaultProxy proxy(upstream.port());
    REQUIRE(proxy.listen());

    SECTION("a new connection")
    {
        proxy.setPlan({Fault::RefuseConnection});
        Client refused(proxy.port());
        REQUIRE(refused.waitForClose());
        CHECK(upstream.connections() == 0);
        CHECK(proxy.exchangesSeen() == 1);

        Client next(proxy.port());
        next.send("PING 1\n");
        REQUIRE(next.waitForBytes(7));
        CHECK(next.received() == "PONG 1\n");
        CHECK(proxy.connectionsAccepted() == 2);
        CHECK(proxy.exchangesSeen() == 2);
    }
    SECTION("an exchange on an open connection")
    {
        proxy.setPlan({Fault::None, Fault::RefuseConnection});
        Client client(proxy.port());
        client.send("PING 1\n");
        REQUIRE(client.waitForBytes(7));
        client.send("PING 2\n");
        REQUIRE(client.waitForClose());
        CHECK(client.received() == "PONG 1\n");
        QTest::qWait(100);
        CHECK(upstream.received() == QByteArrayList {"PING 1\n"});
    }
    CHECK(proxy.faultsInjected() == 1);
}

TEST_CASE("FaultProxy applies the default fault once the plan is spent")
{
    PingServer upstream;
    FaultProxy proxy(upstream.port());
    REQUIRE(proxy.listen());
    proxy.setPlan({Fault::None});
    proxy.setDefaultFault(Fault::ResetAfterRequest);

    Client client(proxy.port());
    client.send("PING 1\n");
    REQUIRE(client.waitForBytes(7));
    client.send("PING 2\n");
    REQUIRE(client.waitForClose());
    for (int attempt = 3; attempt <= 4; ++attempt) {
        Client next(proxy.port());
        next.send("PING " + QByteArray::number(attempt) + '\n');
        REQUIRE(next.waitForClose());
        CHECK(next.received().isEmpty());
    }
    CHECK(client.received() == "PONG 1\n");
    CHECK(upstream.received().size() == 4);
    CHECK(proxy.exchangesSeen() == 4);
    CHECK(proxy.faultsInjected() == 3);
}

TEST_CASE("FaultProxy closes the client when the upstream is unreachable")
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        REQUIRE(probe.listen(QHostAddress(QHostAddress::LocalHost)));
        closedPort = probe.serverPort();
    }
    FaultProxy proxy(closedPort);
    REQUIRE(proxy.listen());
    Client client(proxy.port());
    client.send("PING 1\n");
    REQUIRE(client.waitForClose());
    CHECK(client.received().isEmpty());
    CHECK(proxy.connectionsAccepted() == 1);
}
