// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"

#include <QSet>
#include <QString>

#include <optional>

namespace sportello::crypto {

// Why a new password is refused.
// CommonListMissing: the shipped list could not be read (a damaged installation) — every new
// password is refused then, rather than accepted unchecked.
enum class PasswordProblem { TooShort, Common, SameAsUsername, CommonListMissing };
inline constexpr int kMinimumPasswordLength = 10;

// Checks a new password: at least 10 characters, not on the shipped list of common passwords
// (resources/security/common-passwords.txt), not the username.
[[nodiscard]] std::optional<PasswordProblem> checkNewPassword(const QString &password,
                                                              const QString &username = {});
// The same against another list (tests: an empty one is a missing list).
[[nodiscard]] std::optional<PasswordProblem> checkNewPassword(const QString &password,
                                                              const QString &username,
                                                              const QSet<QString> &commonPasswords);

} // namespace sportello::crypto
