// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/secretstore.h"

#include <QJsonObject>
#include <QString>

namespace sportello::bench {

// The benchmarks' keychain: entries in one file beside the cached profiles they open, so that a
// region-sized profile generated once (minutes) opens again in the next run. The profiles hold
// synthetic data only; the file is created owner-only. Never linked into a program.
class FileSecretStore final : public crypto::SecretStore
{
public:
    explicit FileSecretStore(QString path);

    [[nodiscard]] Result<QByteArray> read(const QString &account) override;
    [[nodiscard]] Status write(const QString &account, const QByteArray &secret) override;
    [[nodiscard]] Status remove(const QString &account) override;

private:
    [[nodiscard]] QJsonObject load() const;
    [[nodiscard]] Status save(const QJsonObject &entries) const;

    QString m_path;
};

} // namespace sportello::bench
