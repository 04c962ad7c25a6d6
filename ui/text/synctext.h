// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace sportello::text {

// Translated words for the sync's codes: the outbox's item states, the event types, the
// failure codes stored with an item or a round (sync::failureCode) and the reasons of a pause,
// for the Sync page, the status bar and the command line. Each function returns the code itself
// for a code it does not know, so an unexpected stored value stays visible. Qt Core only.
class SyncText final
{
    Q_DECLARE_TR_FUNCTIONS(SyncText)

public:
    // "waiting" for QUEUED; every state of sync::outboxStates(), lower case for table cells.
    [[nodiscard]] static QString state(const QString &state);
    // The same as a filter's choice: "Waiting", "Refused"…
    [[nodiscard]] static QString stateFilter(const QString &state);
    // "New referral" for referral.created; every type a desk posts.
    [[nodiscard]] static QString eventType(const QString &type);
    // One plain sentence for a failure code: "network", "timeout", "tls", "clock",
    // "captive-portal", "bad-answer", "http-<status>", "busy", "unauthorized", "proxy-auth",
    // "too-large", "redirect", "refused:<type>[:<field>]".
    [[nodiscard]] static QString failure(const QString &code);
    // A few words for the status bar after "paused: ", for the codes that pause the sync.
    [[nodiscard]] static QString pauseReason(const QString &code);
    // What a person does about a pause, for the Sync page.
    [[nodiscard]] static QString pauseAdvice(const QString &code);
    // "today 10:42", "yesterday 18:05", "tomorrow 09:00", else the short date and time, in
    // local time; `now` is the clock's. Empty for an invalid time.
    [[nodiscard]] static QString when(const QDateTime &at, const QDateTime &now);
};

} // namespace sportello::text
