// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QTcpServer>

#include <chrono>
#include <utility>

namespace sportello::test {

// A loopback TCP proxy in front of a real server (the hub) that breaks chosen request/response
// exchanges, so integration tests can watch the desk's sync engine survive a bad network.
//
// It relays bytes without reading them, so TLS passes through untouched and faults are defined
// on exchanges rather than on HTTP requests. On each connection an exchange begins when the
// client sends bytes at the start of the connection or after the upstream last spoke, and its
// response phase begins with the upstream's first bytes after that; a keep-alive connection
// carries several exchanges. Bytes the upstream sends before the client ever spoke are relayed
// as they are; a stalled connection starts no more exchanges.
//
// Over HTTPS the handshake takes exchanges too. With TLS 1.3 (the hub's default) a new
// connection takes two: the ClientHello, then the client's Finished, which usually shares its
// exchange with the first request, whose response then begins with the server's session
// tickets; with TLS 1.2 a full handshake takes exactly two and the first request is the third.
// Each later request on the connection is one exchange. Qt's network access manager resends a
// request, even a POST and up to three times, when its connection closes before any decrypted
// response byte, so a single ResetAfterRequest, or a TruncateResponse that cuts the first TLS
// record, reaches the server again instead of the caller. The debug output of the logging
// category "sportello.test.faultproxy" numbers the exchanges and names their faults.
//
// The plan hands one fault to each exchange in the order the exchanges begin, across all
// connections; once it is exhausted every exchange gets the default fault (None unless set).
// Everything runs in the caller's event loop; the destructor closes every connection.
class FaultProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaultProxy)

public:
    enum class Fault {
        // Relays the exchange.
        None,
        // Relays the whole request; when the upstream's first response bytes arrive they are
        // dropped and both sockets are aborted, so the server did handle the request but the
        // client sees its connection closed without an answer.
        ResetAfterRequest,
        // Relays the first truncateBytes() bytes of the response (across several chunks if
        // needed), then closes both sockets. A response shorter than that passes whole and the
        // fault never fires.
        TruncateResponse,
        // Relays each response chunk delay() after it arrived. Later bytes on the same
        // connection, whatever their fault, wait behind it so that order is kept.
        Delay,
        // Never relays the response nor anything the upstream sends later on this connection;
        // both sockets stay open (the client must time out) until the client closes or the
        // proxy is destroyed. Later client bytes still reach the upstream but start no exchange.
        Stall,
        // On a newly accepted connection: closes it at once without contacting the upstream.
        // On an exchange of an open connection: drops the request and aborts both sockets.
        RefuseConnection,
    };
    Q_ENUM(Fault)

    // Relays to 127.0.0.1:upstreamPort; call listen() before use.
    explicit FaultProxy(quint16 upstreamPort, QObject *parent = nullptr);
    ~FaultProxy() override;

    // Listens on 127.0.0.1; 0 picks a free port, which port() then returns.
    [[nodiscard]] bool listen(quint16 port = 0);
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }

    // Replaces what is left of the plan; exchanges already under way keep their fault.
    void setPlan(QList<Fault> plan) { m_plan = std::move(plan); }
    void setDefaultFault(Fault fault) { m_defaultFault = fault; }
    // How many response bytes TruncateResponse lets through; 0 (the default) means half of the
    // response's first chunk, at least 1.
    void setTruncateBytes(qsizetype bytes) { m_truncateBytes = bytes; }
    [[nodiscard]] qsizetype truncateBytes() const { return m_truncateBytes; }
    void setDelay(std::chrono::milliseconds delay) { m_delay = delay; }
    [[nodiscard]] std::chrono::milliseconds delay() const { return m_delay; }

    // For assertions: connections accepted (refused ones included), exchanges begun (a refused
    // connection counts as one), and faults that took effect (a TruncateResponse whose
    // response was shorter than the limit does not count).
    [[nodiscard]] int connectionsAccepted() const { return m_connectionsAccepted; }
    [[nodiscard]] int exchangesSeen() const { return m_exchangesSeen; }
    [[nodiscard]] int faultsInjected() const { return m_faultsInjected; }

Q_SIGNALS:
    // Exchange `exchange` (numbered from 1 in the order exchanges begin) relayed the bytes that
    // began it to the upstream; and, later, its response's first bytes arrived from the
    // upstream, before anything of them is relayed. A receiver may kill the client there (the
    // crash tests do): the server then has the request, the client never sees the answer.
    void requestRelayed(int exchange);
    void responseArrived(int exchange);

private:
    class Link;

    void acceptConnections();
    [[nodiscard]] Fault takeFault();

    QTcpServer m_server;
    quint16 m_upstreamPort;
    QList<Fault> m_plan;
    Fault m_defaultFault = Fault::None;
    qsizetype m_truncateBytes = 0;
    std::chrono::milliseconds m_delay {500};
    int m_connectionsAccepted = 0;
    int m_exchangesSeen = 0;
    int m_faultsInjected = 0;
};

} // namespace sportello::test
