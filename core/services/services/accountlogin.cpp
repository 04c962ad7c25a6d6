// SPDX-License-Identifier: GPL-3.0-or-later
// AccountService's login, whole (login()) or in the three steps the login screen uses to keep
// the slow password check off the GUI thread, and the LoginAttempt that carries it between them.
#include "crypto/securebuffer.h"
#include "crypto/vault.h"
#include "services/accountseal.h"
#include "services/accountservice.h"
#include "services/keyrotation.h"
#include "storage/accountrepository.h"
#include "storage/auditlog.h"
#include "support/clock.h"
#include "support/logging.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace sportello::services {

using namespace security;

using storage::OperatorRecord;

struct LoginAttempt::Data
{
    qint64 operatorId = 0; // 0: no account of that name
    QString refusal; // decided before the password: the check is a decoy
    crypto::WrapRow wrap;
    std::optional<Result<crypto::SecureBuffer>> key; // set by checkPassword()
};

LoginAttempt::LoginAttempt()
    : d(std::make_unique<Data>())
{ }

LoginAttempt::~LoginAttempt() = default;
LoginAttempt::LoginAttempt(LoginAttempt &&other) noexcept = default;
LoginAttempt &LoginAttempt::operator=(LoginAttempt &&other) noexcept = default;

void LoginAttempt::checkPassword(const QString &password)
{
    if (!d || d->key)
        return;
    if (!d->refusal.isEmpty() || d->operatorId == 0) {
        crypto::Vault::deriveDecoy(password);
        d->key = Result<crypto::SecureBuffer>(
            makeError(ErrorCode::WrongCredentials, u"refused before the password"_s));
        return;
    }
    d->key = crypto::Vault::openOperatorWrap(d->wrap, d->operatorId, password);
}

bool LoginAttempt::isChecked() const
{
    return d && d->key.has_value();
}

namespace {
QString id(qint64 value)
{
    return QString::number(value);
}

bool sameWrap(const crypto::WrapRow &a, const crypto::WrapRow &b)
{
    return a.version == b.version && a.salt == b.salt && a.opsLimit == b.opsLimit
        && a.memLimit == b.memLimit && a.nonce == b.nonce && a.wrappedKey == b.wrappedKey
        && a.publicKey == b.publicKey && a.sealedMaster == b.sealedMaster;
}
} // namespace

Result<Actor> AccountService::login(const QString &username, const QString &password)
{
    auto attempt = beginLogin(username);
    if (!attempt)
        return attempt.error();
    attempt->checkPassword(password);
    return finishLogin(std::move(attempt).value(), password);
}

// One answer for every refusal — unknown name, wrong password, account waiting after failures,
// deactivated or without a key — so that nobody at the keyboard learns which names exist or what
// state an account is in (issue 13). The audit log keeps the reason. The password is checked by
// opening the account's wrap (decision 34); every refusal that does not get that far pays one
// derivation at the same cost (LoginAttempt::checkPassword), so all take as long.
Result<LoginAttempt> AccountService::beginLogin(const QString &username)
{
    LoginAttempt attempt;
    auto found = storage::AccountRepository(m_database).byUsername(username);
    if (!found)
        return found.error();
    if (!*found)
        return attempt;
    const OperatorRecord &record = **found;
    attempt.d->operatorId = record.id;
    attempt.d->refusal = refusalBeforePassword(&record);
    if (!attempt.d->refusal.isEmpty())
        return attempt;
    auto wrap = m_vault.operatorWrap(record.id);
    if (!wrap) {
        if (wrap.code() != ErrorCode::NotFound)
            return wrap.error();
        attempt.d->refusal = u"no_key"_s;
        return attempt;
    }
    attempt.d->wrap = std::move(wrap).value();
    return attempt;
}

Result<Actor> AccountService::finishLogin(LoginAttempt attempt, const QString &password)
{
    if (!attempt.d)
        return makeError(ErrorCode::Internal, u"login attempt already used"_s);
    attempt.checkPassword(password); // nothing when already done
    LoginAttempt::Data &tried = *attempt.d;
    if (tried.operatorId == 0)
        return refuseLogin(0, u"unknown_user"_s);
    if (!tried.refusal.isEmpty())
        return refuseLogin(tried.operatorId, tried.refusal);
    // Judged as the account stands now, not as it stood when the check began.
    auto current = storage::AccountRepository(m_database).byId(tried.operatorId);
    if (!current) {
        if (current.code() == ErrorCode::NotFound) // removed meanwhile
            return refuseLogin(tried.operatorId, u"unknown_user"_s);
        return current.error();
    }
    OperatorRecord record = std::move(current).value();
    if (const QString refusal = refusalBeforePassword(&record); !refusal.isEmpty())
        return refuseLogin(record.id, refusal);
    auto wrap = m_vault.operatorWrap(record.id);
    if (!wrap) {
        if (wrap.code() == ErrorCode::NotFound)
            return refuseLogin(record.id, u"no_key"_s);
        return wrap.error();
    }
    if (!sameWrap(*wrap, tried.wrap))
        return refuseLogin(record.id, u"wrap_changed"_s);
    Result<crypto::SecureBuffer> &key = *tried.key;
    if (!key) {
        if (key.code() != ErrorCode::WrongCredentials)
            return key.error();
        if (auto counted = storage::AccountRepository(m_database)
                               .setFailures(record.id, record.failedLogins + 1, m_clock.nowUtc());
            !counted)
            return counted.error();
        return refuseLogin(record.id, u"wrong_password"_s);
    }
    if (auto status = m_vault.unlockWith(std::move(key).value()); !status)
        return status.error();
    // Whatever fails from here on locks the vault again: the window stays locked too.
    auto actor = completeLogin(std::move(record), password);
    if (!actor)
        m_vault.lock();
    return actor;
}

QString AccountService::refusalBeforePassword(const OperatorRecord *record) const
{
    if (const qint64 wait = lockoutSeconds(record->failedLogins); wait > 0) {
        const qint64 remaining = m_clock.nowUtc().secsTo(record->lastFailedAt.addSecs(wait));
        if (remaining > 0)
            return u"locked"_s;
    }
    if (!record->active)
        return u"inactive"_s;
    return {};
}

Error AccountService::refuseLogin(qint64 operatorId, const QString &reason)
{
    if (auto status
        = m_audit.append(operatorId, QString::fromLatin1(audit::kLoginFailed), u"operator"_s,
                         operatorId ? id(operatorId) : QString(), reason);
        !status)
        return status.error();
    return makeError(ErrorCode::WrongCredentials, u"login refused"_s);
}

Result<Actor> AccountService::completeLogin(OperatorRecord record, const QString &password)
{
    // With the key at hand: seal what was written while locked, then check this account's
    // role and state against its seal before trusting them (decision 32).
    if (auto status = afterUnlock(); !status) {
        m_vault.lock();
        return status.error();
    }
    // As stored now: an upgraded profile's first unlock has just sealed it.
    if (auto sealedRecord = storage::AccountRepository(m_database).byId(record.id); sealedRecord)
        record = *sealedRecord;
    else {
        m_vault.lock();
        return sealedRecord.error();
    }
    if (auto sealed = seals().check(record); !sealed) {
        m_vault.lock();
        if (sealed.code() == ErrorCode::AccountTampered) {
            if (auto audited = m_audit.append(record.id, QString::fromLatin1(audit::kLoginFailed),
                                              u"operator"_s, id(record.id), u"tampered"_s);
                !audited)
                return audited.error();
        }
        return sealed.error();
    }
    if (record.failedLogins > 0) {
        if (auto status = storage::AccountRepository(m_database).setFailures(record.id, 0, {});
            !status)
            return status.error();
        if (auto status = seals().seal(record.id); !status)
            return status.error();
    }
    // A wrap of the old format or at a lower cost than today's: wrap again while we have the
    // password. Not a reason to refuse the login if it fails; it is tried again next time.
    if (auto state = m_vault.wrapState(record.id); state && *state == crypto::WrapState::Outdated) {
        if (auto rewrapped = m_vault.wrapForOperator(record.id, password); !rewrapped)
            qCWarning(lcServices).noquote()
                << "rewrap at login:" << rewrapped.error().toLogString();
    }
    if (auto status = m_audit.append(record.id, QString::fromLatin1(audit::kLogin), u"operator"_s,
                                     id(record.id));
        !status)
        return status.error();
    detail::resumeKeyRotation(m_context, record.id);
    return actorOf(record);
}

} // namespace sportello::services
