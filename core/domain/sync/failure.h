// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

// Why one request to the hub did not bring a usable answer, and whether trying again later can
// help. The sync engine decides everything from this: retry with backoff, split the batch,
// quarantine an item, pause until someone acts.
namespace sportello::sync {

enum class FailureKind {
    Network, // refused, reset, host not found, no route: transient
    Timeout, // no progress within the transfer timeout: transient
    Tls, // the hub's certificate is not the district's: pauses, nothing sent
    Clock, // the certificate is fine but the computer's date is not: pauses, nothing sent
    CaptivePortal, // an HTML page instead of the hub's JSON (Wi-Fi login, proxy page): transient
    BadAnswer, // an answer that is not what the protocol says: transient
    ServerError, // 5xx other than 503: transient
    Busy, // 429 or 503, with Retry-After when the hub gave one: transient
    Unauthorized, // 401: the token is revoked or wrong; pauses until the desk enrols again
    ProxyAuth, // 407: the proxy wants credentials; pauses, the outbox untouched
    TooLarge, // 413: the batch is split, nobody is blamed
    Refused, // any other 4xx: permanent for what was sent (split, then quarantine)
    Redirect, // a redirect to another origin: refused, the token not sent there
    BadSignature, // a catalogue answer the pinned key did not sign: discarded, retried later
};

struct Failure
{
    FailureKind kind = FailureKind::Network;
    int status = 0; // the HTTP status, 0 when none came
    std::optional<int> retryAfterSeconds;
    QString problemType; // the slug of the hub's problem type ("invalid-event"), if any
    QString field; // the field the problem names, if any
    QString detail; // English, for logs: never a body, a token or a query string with data
};

// Whether the same request may succeed later without anyone doing anything.
[[nodiscard]] bool isTransient(FailureKind kind);
// Whether the sync must stop until a person acts (enrol again, fix the clock, the proxy).
[[nodiscard]] bool pausesSync(FailureKind kind);
// A short stable code stored with an outbox item and shown, translated, on the Sync page:
// "network", "timeout", "tls", "clock", "captive-portal", "bad-answer", "http-500", "busy",
// "unauthorized", "proxy-auth", "too-large", "redirect", "bad-signature", or
// "refused:<slug>[:<field>]".
[[nodiscard]] QString failureCode(const Failure &failure);

// Reads an HTTP answer that arrived whole: nullopt when it is the success the request expects
// (2xx with `application/json`, or 304), otherwise why not. `retryAfter` is the header's value
// (seconds or an HTTP date, taken relative to `now`).
[[nodiscard]] std::optional<Failure> classifyAnswer(int status, const QByteArray &contentType,
                                                    const QByteArray &body,
                                                    const QByteArray &retryAfter,
                                                    const QDateTime &now);
// Retry-After (RFC 9110 §10.2.3): delta-seconds or an HTTP date; nullopt when unreadable.
// Capped at a day, so a broken header cannot stop a desk for longer.
[[nodiscard]] std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &now);

} // namespace sportello::sync
