// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace sportello::crypto {

// Why a new password is refused. The values are stable: they travel as the argument of
// ErrorCode::WeakPassword.
// CommonListMissing: the shipped list could not be read (a damaged installation) — every new
// password is refused then, rather than accepted unchecked.
// TooGuessable: zxcvbn estimates it below kMinimumPasswordBits, counting the context (the desk,
// its comune, the person's names) as words an attacker tries first.
enum class PasswordProblem { TooShort, Common, SameAsUsername, CommonListMissing, TooGuessable };
inline constexpr int kMinimumPasswordLength = 10;
// zxcvbn's estimate of log2(guesses) a new password must reach (decision 36).
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
