// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/account.h"
#include "support/result.h"

#include <QString>

namespace sportello::services::detail {

// WeakPassword (the problem's number as argument) when a new password fails the policy of
// crypto::checkNewPassword, given as known words what someone who knows the desk tries first:
// the account's display name, the desk's name, organization and code, its comune (decision 36).
[[nodiscard]] Status refuseWeakPassword(const QString &password, const QString &username,
                                        const security::DeskIdentity &desk,
                                        const QString &displayName);

} // namespace sportello::services::detail
