// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/secretstore.h"
#include "storage/databasekey.h"

#include <QHash>
#include <QMutex>

namespace sportello::test {

// The in-process suites' keychain: entries in memory for the life of the test process, and a
// switch that makes it answer like a keychain that cannot be reached. Never linked into a
// program (the shipped-binary scan looks for its name).
class MemorySecretStore final : public crypto::SecretStore
{
public:
    MemorySecretStore() = default;

    [[nodiscard]] Result<QByteArray> read(const QString &account) override;
    [[nodiscard]] Status write(const QString &account, const QByteArray &secret) override;
    [[nodiscard]] Status remove(const QString &account) override;

    void setUnavailable(bool unavailable);
    [[nodiscard]] int entryCount() const;
    void clear();

private:
    mutable QMutex m_mutex;
    QHash<QString, QByteArray> m_entries;
    bool m_unavailable = false;
};

// The one store the in-process suites share, so that a profile closed and opened again in a
// test finds its key.
[[nodiscard]] MemorySecretStore &secrets();

// One database key for the tests that open a Database directly (without a profile).
[[nodiscard]] const storage::DatabaseKey &databaseKey();

} // namespace sportello::test
