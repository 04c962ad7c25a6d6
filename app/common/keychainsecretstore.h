// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/secretstore.h"

#include <memory>

class QObject;

namespace sportello::app {

// The operating system's keychain through QtKeychain: Credential Manager on Windows, the
// login Keychain on macOS, the Secret Service (GNOME Keyring, KWallet) on Linux. Never falls
// back to a file in clear (QtKeychain's "insecure fallback" stays off). Each call waits for
// its job in a local event loop, at most `timeoutMs`: a locked collection may prompt, and a
// command-line run must not hang on it. Needs a QCoreApplication.
//
// Usable from any thread (the background sync reads the hub's token from its own): QtKeychain
// queues its jobs in one object that is not thread-safe, so every job is made and run in the
// thread that made this store, which must run an event loop; a call from another thread waits
// in that thread's own local event loop, which quitting the thread also ends.
class KeychainSecretStore final : public crypto::SecretStore
{
public:
    static constexpr char kService[] = "Sportello";
    static constexpr int kDefaultTimeoutMs = 10000;

    explicit KeychainSecretStore(int timeoutMs = kDefaultTimeoutMs);
    ~KeychainSecretStore() override;

    [[nodiscard]] Result<QByteArray> read(const QString &account) override;
    [[nodiscard]] Status write(const QString &account, const QByteArray &secret) override;
    [[nodiscard]] Status remove(const QString &account) override;

private:
    int m_timeoutMs;
    std::unique_ptr<QObject> m_home; // lives in the thread that made the store: jobs run there
};

} // namespace sportello::app
