// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/secretstore.h"

namespace sportello::app {

// The operating system's keychain through QtKeychain: Credential Manager on Windows, the
// login Keychain on macOS, the Secret Service (GNOME Keyring, KWallet) on Linux. Never falls
// back to a file in clear (QtKeychain's "insecure fallback" stays off). Each call waits for
// its job in a local event loop, at most `timeoutMs`: a locked collection may prompt, and a
// command-line run must not hang on it. Needs a QCoreApplication.
class KeychainSecretStore final : public crypto::SecretStore
{
public:
    static constexpr char kService[] = "Sportello";
    static constexpr int kDefaultTimeoutMs = 10000;

    explicit KeychainSecretStore(int timeoutMs = kDefaultTimeoutMs);

    [[nodiscard]] Result<QByteArray> read(const QString &account) override;
    [[nodiscard]] Status write(const QString &account, const QByteArray &secret) override;
    [[nodiscard]] Status remove(const QString &account) override;

private:
    int m_timeoutMs;
};

} // namespace sportello::app
