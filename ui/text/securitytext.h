// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/passwordhasher.h"
#include "security/permissions.h"

#include <QCoreApplication>
#include <QString>

namespace sportello::text {

// Translated names of roles and reasons for refused passwords. Qt Core only.
class SecurityText final
{
    Q_DECLARE_TR_FUNCTIONS(SecurityText)

public:
    [[nodiscard]] static QString role(security::Role role);
    [[nodiscard]] static QString passwordProblem(int problem);
};

} // namespace sportello::text
