// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"

#include <QByteArray>
#include <QString>

namespace sportello::crypto {

// Where the desk keeps the few secrets that must open its files before anybody logs in (the
// database key, decision 30): the operating system's keychain in the programs (Credential
// Manager, the macOS Keychain, the Secret Service on Linux), a memory store in the tests.
// Entries are named by an account string under the program's own service name.
//
// Every call is synchronous and bounded in time. The errors are distinct on purpose, because
// the profile acts on them differently: ErrorCode::SecretNotFound means the keychain answered
// and has no such entry; ErrorCode::SecretStoreUnavailable means it could not be asked (no
// secret service, access denied, no answer in time) and says nothing about the entry.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    [[nodiscard]] virtual Result<QByteArray> read(const QString &account) = 0;
    // Creates or replaces the entry.
    [[nodiscard]] virtual Status write(const QString &account, const QByteArray &secret) = 0;
    // Removing an entry that does not exist is not an error.
    [[nodiscard]] virtual Status remove(const QString &account) = 0;

protected:
    SecretStore() = default;
    Q_DISABLE_COPY_MOVE(SecretStore)
};

} // namespace sportello::crypto
