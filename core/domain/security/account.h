// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/permissions.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sportello::security {

// An operator account as the accounts page lists it. Never carries the password or its hash:
// those stay in storage and in the account service.
struct Account
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Operatore;
    bool active = true;
    int failedLogins = 0;
    bool mustChangePassword = false;
    // Active, but without a key to the vault (a key rotation removed an old-format wrap): it
    // cannot log in until a coordinator sets a temporary password.
    bool needsNewPassword = false;
    QDateTime createdAt; // UTC
    QDateTime passwordChangedAt; // UTC
};

// The desk's identity, entered at first run and printed on handouts and letters.
struct DeskIdentity
{
    QString name;
    QString organization;
    QString comuneIstat;
    QString code; // short desk code, e.g. "PIO-CDA"
    QStringList contacts;
};

} // namespace sportello::security
