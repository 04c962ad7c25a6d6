// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sportello::hub {

namespace detail {
class Backend;
}

// Who holds a board account (issue 16, point 2): a citizen, an organization (an association, a
// parish, a cooperative), a Comune's social services, or a network operator who moderates.
enum class BoardAccountKind { Citizen, Organization, Comune, Operator };
[[nodiscard]] QString accountKindCode(BoardAccountKind kind); // CITTADINO, ORGANIZZAZIONE, …
[[nodiscard]] bool accountKindFromCode(const QString &code, BoardAccountKind *kind);

// Pending until a network operator, having checked who it is, issues the credentials.
enum class BoardAccountState { Pending, Active, Suspended };
[[nodiscard]] QString accountStateCode(BoardAccountState state); // IN_ATTESA, ATTIVO, SOSPESO
[[nodiscard]] bool accountStateFromCode(const QString &code, BoardAccountState *state);

struct BoardAccount
{
    QString id;
    BoardAccountKind kind = BoardAccountKind::Citizen;
    QString username; // lower case
    QString displayName;
    QString contact; // a phone or an e-mail: shown to the other party of an accepted match only
    QString comune; // ISTAT code; for a Comune's account, the Comune it answers for
    BoardAccountState state = BoardAccountState::Pending;
    bool mustChangePassword = false;
    int failedLogins = 0;
    QDateTime lockedUntil;
    QDateTime createdAt;
    QDateTime activatedAt;
    QString activatedBy; // a desk's id, or "hub" for the administrator
    QDateTime lastSeenAt;
    QDateTime noticeSentAt; // the notice before deletion for inactivity
};

// What a registrant gives on the registration page.
struct NewBoardAccount
{
    BoardAccountKind kind = BoardAccountKind::Citizen;
    QString username;
    QString displayName;
    QString contact;
    QString comune;
    QString password;
};

// A logged-in browser.
struct BoardSession
{
    QString accountId;
    QString csrf;
    QDateTime expiresAt;
};

// The board's accounts and their sessions, in the hub's board tables (migration 0004). Every
// refusal of a login is WrongCredentials whether the username exists or not, at the same cost;
// AccountLocked (seconds to wait) after five failures in a row, the wait doubling each time up
// to an hour; AccountInactive only to whoever gave the right password of a pending or
// suspended account.
class BoardAccounts final
{
public:
    explicit BoardAccounts(detail::Backend &backend);

    static constexpr int kFreeAttempts = 5;
    static constexpr qint64 kFirstLockSeconds = 30;
    static constexpr qint64 kLongestLockSeconds = 3600;

    // A new pending account. InvalidArgument ("board.<field>", problem) for a field that is
    // not acceptable, WeakPassword, UsernameTaken.
    [[nodiscard]] Result<BoardAccount> registerAccount(const NewBoardAccount &account,
                                                       const QDateTime &now);
    [[nodiscard]] Result<BoardAccount> account(const QString &id);
    // The account of a username (any case); none when there is no such account.
    [[nodiscard]] Result<std::optional<BoardAccount>> byUsername(const QString &username);
    [[nodiscard]] Result<QList<BoardAccount>> pending();
    [[nodiscard]] Result<QList<BoardAccount>> ofKind(BoardAccountKind kind);
    // The board account a desk posts under (an organization's, named after the desk, with no
    // password: nobody logs in with it), made on first use and marked as seen now; its id.
    [[nodiscard]] Result<QString> deskAccount(const QString &deskId, const QString &deskName,
                                              const QString &comune, const QDateTime &now);
    // The accounts that have had their notice before deletion for inactivity.
    [[nodiscard]] Result<QList<BoardAccount>> noticed();
    // Issues the credentials of a pending account, as `by` (a desk's id, or "hub").
    [[nodiscard]] Status activate(const QString &id, const QString &by, const QDateTime &now);
    [[nodiscard]] Status suspend(const QString &id);
    [[nodiscard]] Result<BoardAccount> login(const QString &username, const QString &password,
                                             const QDateTime &now);
    // An operator's reset: a temporary password the person must change at the next login;
    // unlocks the account and ends its sessions.
    [[nodiscard]] Status resetPassword(const QString &id, const QString &temporary);
    [[nodiscard]] Status changePassword(const QString &id, const QString &current,
                                        const QString &replacement);
    // The account and everything the board holds of it (art. 17).
    [[nodiscard]] Status remove(const QString &id);

    [[nodiscard]] Status openSession(const QString &accountId, const QByteArray &tokenHash,
                                     const QString &csrf, const QDateTime &now,
                                     const QDateTime &expiresAt);
    // The session of a cookie's token, if it is still valid at `now`.
    [[nodiscard]] Result<std::optional<BoardSession>> session(const QByteArray &tokenHash,
                                                              const QDateTime &now);
    [[nodiscard]] Status closeSession(const QByteArray &tokenHash);

    // Retention (issue 16, point 3): accounts unused since `noticeCutoff` get their notice
    // (returned, noted once); those unused since `deleteCutoff` whose notice is older than
    // `noticeGrace` days are deleted (their number).
    [[nodiscard]] Result<QList<BoardAccount>> noticeInactive(const QDateTime &noticeCutoff,
                                                             const QDateTime &now);
    [[nodiscard]] Result<int> removeInactive(const QDateTime &deleteCutoff, const QDateTime &now,
                                             int noticeGrace = 30);

private:
    // The accounts of `condition` (SQL after WHERE, its order included) with `values`.
    [[nodiscard]] Result<QList<BoardAccount>> accountsWhere(const QString &condition,
                                                            const QVariantList &values);
    [[nodiscard]] Status setPassword(const QString &id, const QString &password, bool mustChange);

    detail::Backend &m_backend;
};

} // namespace sportello::hub
