// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/secretstore.h"

#include <QString>

namespace sportello::test {

// The crash tests' keychain: one file per entry in a folder of the test's own, so that the
// database key and the hub token outlive a process killed with SIGKILL (an OS keychain would
// too; a store in memory would not). Never linked into a program.
class FileSecretStore final : public crypto::SecretStore
{
public:
    explicit FileSecretStore(QString folder);

    [[nodiscard]] Result<QByteArray> read(const QString &account) override;
    [[nodiscard]] Status write(const QString &account, const QByteArray &secret) override;
    [[nodiscard]] Status remove(const QString &account) override;

private:
    [[nodiscard]] QString fileOf(const QString &account) const;

    QString m_folder;
};

} // namespace sportello::test
