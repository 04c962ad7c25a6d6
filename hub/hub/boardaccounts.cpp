// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/boardaccounts.h"

#include "crypto/passwordhasher.h"
#include "hub/backend.h"
#include "hub/boardpassword.h"
#include "support/codetable.h"
#include "wire/events.h"

#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace sportello::hub {

namespace {

using detail::nullableTime;
using detail::orEmpty;
using detail::readTime;
using detail::timeText;

constexpr std::array<std::pair<BoardAccountKind, const char *>, 4> kKinds {{
    {BoardAccountKind::Citizen, "CITTADINO"},
    {BoardAccountKind::Organization, "ORGANIZZAZIONE"},
    {BoardAccountKind::Comune, "COMUNE"},
    {BoardAccountKind::Operator, "OPERATORE"},
}};

constexpr std::array<std::pair<BoardAccountState, const char *>, 3> kStates {{
    {BoardAccountState::Pending, "IN_ATTESA"},
    {BoardAccountState::Active, "ATTIVO"},
    {BoardAccountState::Suspended, "SOSPESO"},
}};

const QString kColumns = u"id, kind, username, display_name, contact, comune, state,"
                         " must_change_password, failed_logins, locked_until, created_at,"
                         " activated_at, activated_by, last_seen_at, notice_sent_at"_s;

BoardAccount readAccount(const detail::Rows &row)
{
    BoardAccount a;
    a.id = row.value(0).toString();
    (void)accountKindFromCode(row.value(1).toString(), &a.kind);
    a.username = row.value(2).toString();
    a.displayName = row.value(3).toString();
    a.contact = row.value(4).toString();
    a.comune = row.value(5).toString();
    (void)accountStateFromCode(row.value(6).toString(), &a.state);
    a.mustChangePassword = row.value(7).toInt() != 0;
    a.failedLogins = row.value(8).toInt();
    a.lockedUntil = readTime(row.value(9));
    a.createdAt = readTime(row.value(10));
    a.activatedAt = readTime(row.value(11));
    a.activatedBy = row.value(12).toString();
    a.lastSeenAt = readTime(row.value(13));
    a.noticeSentAt = readTime(row.value(14));
    return a;
}

Error invalid(const QString &field, const QString &problem)
{
    return makeError(ErrorCode::InvalidArgument, u"board account %1: %2"_s.arg(field, problem),
                     {u"board."_s + field, problem});
}

Error wrongCredentials()
{
    return makeError(ErrorCode::WrongCredentials, u"board login refused"_s);
}

// How long the account stays locked after `failures` in a row.
qint64 lockSeconds(int failures)
{
    const int over = failures - BoardAccounts::kFreeAttempts;
    if (over < 0)
        return 0;
    qint64 seconds = BoardAccounts::kFirstLockSeconds;
    for (int i = 0; i < over && seconds < BoardAccounts::kLongestLockSeconds; ++i)
        seconds *= 2;
    return std::min(seconds, BoardAccounts::kLongestLockSeconds);
}

} // namespace

QString accountKindCode(BoardAccountKind kind)
{
    return codes::codeOf(kKinds, kind);
}

bool accountKindFromCode(const QString &code, BoardAccountKind *kind)
{
    return codes::valueOf(kKinds, code, kind);
}

QString accountStateCode(BoardAccountState state)
{
    return codes::codeOf(kStates, state);
}

bool accountStateFromCode(const QString &code, BoardAccountState *state)
{
    return codes::valueOf(kStates, code, state);
}

BoardAccounts::BoardAccounts(detail::Backend &backend)
    : m_backend(backend)
{ }

Result<BoardAccount> BoardAccounts::registerAccount(const NewBoardAccount &account,
                                                    const QDateTime &now)
{
    static const QRegularExpression usernamePattern(u"^[a-z0-9][a-z0-9._-]{2,39}$"_s);
    static const QRegularExpression istat(u"^[0-9]{6}$"_s);
    const QString username = account.username.trimmed().toLower();
    const QString displayName = account.displayName.simplified();
    const QString contact = account.contact.simplified();
    if (!usernamePattern.match(username).hasMatch())
        return invalid(u"username"_s, u"INVALID"_s);
    if (displayName.isEmpty())
        return invalid(u"display_name"_s, u"MISSING"_s);
    if (displayName.size() > 100)
        return invalid(u"display_name"_s, u"TOO_LONG"_s);
    if (contact.size() > 200)
        return invalid(u"contact"_s, u"TOO_LONG"_s);
    if (!account.comune.isEmpty() && !istat.match(account.comune).hasMatch())
        return invalid(u"comune"_s, u"INVALID"_s);
    if (account.kind == BoardAccountKind::Comune && account.comune.isEmpty())
        return invalid(u"comune"_s, u"MISSING"_s);
    if (const auto problem = crypto::checkNewPassword(account.password, username, {displayName}))
        return makeError(ErrorCode::WeakPassword, u"password refused"_s,
                         {QString::number(static_cast<int>(*problem))});
    auto taken = byUsername(username);
    if (!taken)
        return taken.error();
    if (*taken)
        return makeError(ErrorCode::UsernameTaken, u"username taken"_s, {username});
    auto hash = boardpassword::hash(account.password);
    if (!hash)
        return hash.error();
    BoardAccount stored;
    stored.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    stored.kind = account.kind;
    stored.username = username;
    stored.displayName = displayName;
    stored.contact = contact;
    stored.comune = account.comune;
    stored.createdAt = now;
    stored.lastSeenAt = now;
    auto inserted = m_backend.run(
        u"INSERT INTO board_accounts(id, kind, username, display_name, contact, comune,"
        " password_hash, state, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (username) DO NOTHING"_s,
        {stored.id, accountKindCode(stored.kind), username, displayName, orEmpty(contact),
         orEmpty(stored.comune), *hash, accountStateCode(BoardAccountState::Pending), timeText(now),
         timeText(now)});
    if (!inserted)
        return inserted.error();
    auto again = this->account(stored.id);
    if (!again) // another registration took the name between the check and the insert
        return again.code() == ErrorCode::NotFound
            ? makeError(ErrorCode::UsernameTaken, u"username taken"_s, {username})
            : again.error();
    return again;
}

Result<BoardAccount> BoardAccounts::account(const QString &id)
{
    auto row = m_backend.run(u"SELECT %1 FROM board_accounts WHERE id = ?"_s.arg(kColumns), {id});
    if (!row)
        return row.error();
    if (!row->next())
        return makeError(ErrorCode::NotFound, u"board account"_s, {id});
    return readAccount(*row);
}

Result<std::optional<BoardAccount>> BoardAccounts::byUsername(const QString &username)
{
    auto row = m_backend.run(u"SELECT %1 FROM board_accounts WHERE username = ?"_s.arg(kColumns),
                             {username.trimmed().toLower()});
    if (!row)
        return row.error();
    if (!row->next())
        return std::optional<BoardAccount>();
    return std::optional<BoardAccount>(readAccount(*row));
}

Result<QList<BoardAccount>> BoardAccounts::accountsWhere(const QString &condition,
                                                         const QVariantList &values)
{
    auto rows = m_backend.run(u"SELECT %1 FROM board_accounts WHERE %2"_s.arg(kColumns, condition),
                              values);
    if (!rows)
        return rows.error();
    QList<BoardAccount> list;
    while (rows->next())
        list.append(readAccount(*rows));
    return list;
}

Result<QList<BoardAccount>> BoardAccounts::pending()
{
    return accountsWhere(u"state = ? ORDER BY created_at, id"_s,
                         {accountStateCode(BoardAccountState::Pending)});
}

Result<QList<BoardAccount>> BoardAccounts::ofKind(BoardAccountKind kind)
{
    return accountsWhere(u"kind = ? ORDER BY created_at, id"_s, {accountKindCode(kind)});
}

Result<QString> BoardAccounts::deskAccount(const QString &deskId, const QString &deskName,
                                           const QString &comune, const QDateTime &now)
{
    // A colon no registration accepts in a username: no one can take a desk's name.
    const QString username = u"sportello:"_s + deskId;
    auto row = m_backend.run(u"SELECT id FROM board_accounts WHERE username = ?"_s, {username});
    if (!row)
        return row.error();
    if (row->next()) {
        const QString id = row->value(0).toString();
        auto seen = m_backend.run(u"UPDATE board_accounts SET last_seen_at = ?,"
                                  " notice_sent_at = NULL, display_name = ? WHERE id = ?"_s,
                                  {timeText(now), deskName, id});
        if (!seen)
            return seen.error();
        return id;
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto made = m_backend.run(
        u"INSERT INTO board_accounts(id, kind, username, display_name, contact, comune,"
        " password_hash, state, created_at, activated_at, activated_by, last_seen_at)"
        " VALUES (?, ?, ?, ?, '', ?, '!', ?, ?, ?, ?, ?)"_s,
        {id, accountKindCode(BoardAccountKind::Organization), username, deskName, comune,
         accountStateCode(BoardAccountState::Active), timeText(now), timeText(now),
         QString(u"desk:"_s + deskId), timeText(now)});
    if (!made)
        return made.error();
    return id;
}

Result<QList<BoardAccount>> BoardAccounts::noticed()
{
    return accountsWhere(u"notice_sent_at IS NOT NULL ORDER BY notice_sent_at, id"_s, {});
}

Status BoardAccounts::activate(const QString &id, const QString &by, const QDateTime &now)
{
    auto found = account(id);
    if (!found)
        return found.error();
    if (found->state != BoardAccountState::Pending)
        return invalid(u"state"_s, accountStateCode(found->state));
    auto done
        = m_backend.run(u"UPDATE board_accounts SET state = ?, activated_at = ?, activated_by = ?,"
                        " last_seen_at = ? WHERE id = ? AND state = ?"_s,
                        {accountStateCode(BoardAccountState::Active), timeText(now), by,
                         timeText(now), id, accountStateCode(BoardAccountState::Pending)});
    return done ? Status() : Status(done.error());
}

Status BoardAccounts::suspend(const QString &id)
{
    if (auto found = account(id); !found)
        return found.error();
    auto done = m_backend.run(u"UPDATE board_accounts SET state = ? WHERE id = ?"_s,
                              {accountStateCode(BoardAccountState::Suspended), id});
    if (!done)
        return done.error();
    auto ended = m_backend.run(u"DELETE FROM board_sessions WHERE account_id = ?"_s, {id});
    return ended ? Status() : Status(ended.error());
}

Result<BoardAccount> BoardAccounts::login(const QString &username, const QString &password,
                                          const QDateTime &now)
{
    auto found = byUsername(username);
    if (!found)
        return found.error();
    if (!*found) {
        boardpassword::verifyNothing(password);
        return wrongCredentials();
    }
    BoardAccount a = **found;
    if (a.lockedUntil.isValid() && a.lockedUntil > now)
        return makeError(ErrorCode::AccountLocked, u"board account locked"_s,
                         {QString::number(now.secsTo(a.lockedUntil))});
    auto stored = m_backend.run(u"SELECT password_hash FROM board_accounts WHERE id = ?"_s, {a.id});
    if (!stored)
        return stored.error();
    const QString hash = stored->next() ? stored->value(0).toString() : QString();
    if (!boardpassword::verify(hash, password)) {
        const int failures = a.failedLogins + 1;
        const qint64 lock = lockSeconds(failures);
        auto counted = m_backend.run(
            u"UPDATE board_accounts SET failed_logins = ?, locked_until = ? WHERE id = ?"_s,
            {failures, lock > 0 ? nullableTime(now.addSecs(lock)) : nullableTime({}), a.id});
        if (!counted)
            return counted.error();
        return wrongCredentials();
    }
    if (a.state != BoardAccountState::Active)
        return makeError(ErrorCode::AccountInactive,
                         u"board account %1"_s.arg(accountStateCode(a.state)),
                         {accountStateCode(a.state)});
    const bool rehash = boardpassword::needsRehash(hash);
    auto seen = m_backend.run(u"UPDATE board_accounts SET failed_logins = 0, locked_until = NULL,"
                              " last_seen_at = ?, notice_sent_at = NULL WHERE id = ?"_s,
                              {timeText(now), a.id});
    if (!seen)
        return seen.error();
    if (rehash) {
        if (auto redone = setPassword(a.id, password, a.mustChangePassword); !redone)
            return redone.error();
    }
    return account(a.id);
}

Status BoardAccounts::setPassword(const QString &id, const QString &password, bool mustChange)
{
    auto hash = boardpassword::hash(password);
    if (!hash)
        return hash.error();
    auto done
        = m_backend.run(u"UPDATE board_accounts SET password_hash = ?, must_change_password = ?,"
                        " failed_logins = 0, locked_until = NULL WHERE id = ?"_s,
                        {*hash, mustChange ? 1 : 0, id});
    return done ? Status() : Status(done.error());
}

Status BoardAccounts::resetPassword(const QString &id, const QString &temporary)
{
    auto found = account(id);
    if (!found)
        return found.error();
    if (const auto problem = crypto::checkNewPassword(temporary, found->username))
        return makeError(ErrorCode::WeakPassword, u"password refused"_s,
                         {QString::number(static_cast<int>(*problem))});
    if (auto set = setPassword(id, temporary, true); !set)
        return set;
    auto ended = m_backend.run(u"DELETE FROM board_sessions WHERE account_id = ?"_s, {id});
    return ended ? Status() : Status(ended.error());
}

Status BoardAccounts::changePassword(const QString &id, const QString &current,
                                     const QString &replacement)
{
    auto found = account(id);
    if (!found)
        return found.error();
    auto stored = m_backend.run(u"SELECT password_hash FROM board_accounts WHERE id = ?"_s, {id});
    if (!stored)
        return stored.error();
    const QString hash = stored->next() ? stored->value(0).toString() : QString();
    if (!boardpassword::verify(hash, current))
        return wrongCredentials();
    if (replacement == current)
        return makeError(ErrorCode::WeakPassword, u"unchanged"_s, {u"-1"_s});
    if (const auto problem
        = crypto::checkNewPassword(replacement, found->username, {found->displayName}))
        return makeError(ErrorCode::WeakPassword, u"password refused"_s,
                         {QString::number(static_cast<int>(*problem))});
    if (auto set = setPassword(id, replacement, false); !set)
        return set;
    auto ended = m_backend.run(u"DELETE FROM board_sessions WHERE account_id = ?"_s, {id});
    return ended ? Status() : Status(ended.error());
}

Status BoardAccounts::remove(const QString &id)
{
    if (auto found = account(id); !found)
        return found.error();
    // The matches of the account's posts go with the posts, the posts and sessions with the
    // account (ON DELETE CASCADE).
    auto done = m_backend.run(u"DELETE FROM board_accounts WHERE id = ?"_s, {id});
    return done ? Status() : Status(done.error());
}

Status BoardAccounts::openSession(const QString &accountId, const QByteArray &tokenHash,
                                  const QString &csrf, const QDateTime &now,
                                  const QDateTime &expiresAt)
{
    auto done = m_backend.run(
        u"INSERT INTO board_sessions(token_hash, account_id, csrf, created_at, expires_at)"
        " VALUES (?, ?, ?, ?, ?)"_s,
        {QString::fromLatin1(tokenHash.toHex()), accountId, csrf, timeText(now),
         timeText(expiresAt)});
    return done ? Status() : Status(done.error());
}

Result<std::optional<BoardSession>> BoardAccounts::session(const QByteArray &tokenHash,
                                                           const QDateTime &now)
{
    auto row = m_backend.run(u"SELECT s.account_id, s.csrf, s.expires_at FROM board_sessions s"
                             " JOIN board_accounts a ON a.id = s.account_id"
                             " WHERE s.token_hash = ? AND s.expires_at > ? AND a.state = ?"_s,
                             {QString::fromLatin1(tokenHash.toHex()), timeText(now),
                              accountStateCode(BoardAccountState::Active)});
    if (!row)
        return row.error();
    if (!row->next())
        return std::optional<BoardSession>();
    return std::optional<BoardSession>(
        BoardSession {row->value(0).toString(), row->value(1).toString(), readTime(row->value(2))});
}

Status BoardAccounts::closeSession(const QByteArray &tokenHash)
{
    auto done = m_backend.run(u"DELETE FROM board_sessions WHERE token_hash = ?"_s,
                              {QString::fromLatin1(tokenHash.toHex())});
    return done ? Status() : Status(done.error());
}

Result<QList<BoardAccount>> BoardAccounts::noticeInactive(const QDateTime &noticeCutoff,
                                                          const QDateTime &now)
{
    auto found
        = accountsWhere(u"last_seen_at < ? AND notice_sent_at IS NULL ORDER BY last_seen_at, id"_s,
                        {timeText(noticeCutoff)});
    if (!found)
        return found.error();
    QList<BoardAccount> list = std::move(found).value();
    for (BoardAccount &a : list) {
        auto noted = m_backend.run(u"UPDATE board_accounts SET notice_sent_at = ? WHERE id = ?"_s,
                                   {timeText(now), a.id});
        if (!noted)
            return noted.error();
        a.noticeSentAt = now;
    }
    return list;
}

Result<int> BoardAccounts::removeInactive(const QDateTime &deleteCutoff, const QDateTime &now,
                                          int noticeGrace)
{
    auto rows = m_backend.run(u"SELECT id FROM board_accounts WHERE last_seen_at < ?"
                              " AND notice_sent_at IS NOT NULL AND notice_sent_at <= ?"_s,
                              {timeText(deleteCutoff), timeText(now.addDays(-noticeGrace))});
    if (!rows)
        return rows.error();
    QStringList ids;
    while (rows->next())
        ids.append(rows->value(0).toString());
    for (const QString &id : std::as_const(ids)) {
        if (auto removed = remove(id); !removed)
            return removed.error();
    }
    return int(ids.size());
}

} // namespace sportello::hub
