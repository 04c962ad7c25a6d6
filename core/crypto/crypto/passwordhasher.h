// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace sportello::crypto {

// Argon2id cost: operations (passes) and memory in bytes.
struct KdfParams
{
    quint64 opsLimit = 0;
    size_t memLimit = 0;

    // What new hashes and key derivations use (libsodium's "interactive": t=2, 64 MiB).
    [[nodiscard]] static KdfParams current();
    // OWASP's minimum for Argon2id: 19 MiB, t=2, p=1. Nothing below is ever accepted.
    [[nodiscard]] static KdfParams owaspMinimum();
    friend bool operator==(const KdfParams &, const KdfParams &) = default;
};

// Password storage with libsodium's crypto_pwhash_str (Argon2id, salted, self-describing).
class PasswordHasher final
{
public:
    explicit PasswordHasher(KdfParams params = KdfParams::current());

    [[nodiscard]] Result<QString> hash(const QString &password) const;
    [[nodiscard]] bool verify(const QString &storedHash, const QString &password) const;
    // True when the stored hash used weaker parameters than this hasher's.
    [[nodiscard]] bool needsRehash(const QString &storedHash) const;
    // The parameters recorded in a stored hash ("$argon2id$v=19$m=65536,t=2,p=1$…").
    [[nodiscard]] static std::optional<KdfParams> paramsOf(const QString &storedHash);
    [[nodiscard]] const KdfParams &params() const { return m_params; }

private:
    KdfParams m_params;
};

// Why a new password is refused. The values are stable: they travel as the argument of
// ErrorCode::WeakPassword.
// CommonListMissing: the shipped list could not be read (a damaged installation) — every new
// password is refused then, rather than accepted unchecked.
// TooGuessable: zxcvbn estimates it below kMinimumPasswordBits, counting the context (the desk,
// its comune, the person's names) as words an attacker tries first.
enum class PasswordProblem { TooShort, Common, SameAsUsername, CommonListMissing, TooGuessable };
inline constexpr int kMinimumPasswordLength = 10;
// zxcvbn's estimate of log2(guesses) a new password must reach (decision 34).
inline constexpr double kMinimumPasswordBits = 40.0;

// Checks a new password: at least 10 characters, not on the shipped list of common passwords
// (resources/security/common-passwords.txt), not the username, then not too guessable by
// zxcvbn with the username and `context` (names of the desk, its organization and comune, the
// account's display name…) as words an attacker would try.
[[nodiscard]] std::optional<PasswordProblem> checkNewPassword(const QString &password,
                                                              const QString &username = {},
                                                              const QStringList &context = {});
// The same against another list (tests: an empty one is a missing list).
[[nodiscard]] std::optional<PasswordProblem> checkNewPassword(const QString &password,
                                                              const QString &username,
                                                              const QStringList &context,
                                                              const QSet<QString> &commonPasswords);

// zxcvbn's estimate in bits (log2 of the guesses an attacker needs), with `context` and each of
// its pieces (split on anything that is not a letter) as words of the attacker's dictionary.
[[nodiscard]] double passwordStrengthBits(const QString &password, const QStringList &context = {});

} // namespace sportello::crypto
