// SPDX-License-Identifier: GPL-3.0-or-later
#include "filesecretstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace sportello::bench {

FileSecretStore::FileSecretStore(QString path)
    : m_path(std::move(path))
{ }

QJsonObject FileSecretStore::load() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

Status FileSecretStore::save(const QJsonObject &entries) const
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::SecretStoreUnavailable, file.errorString(),
                         {file.errorString()});
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(entries).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return makeError(ErrorCode::SecretStoreUnavailable, file.errorString(),
                         {file.errorString()});
    return {};
}

Result<QByteArray> FileSecretStore::read(const QString &account)
{
    const QJsonValue value = load().value(account);
    if (!value.isString())
        return makeError(ErrorCode::SecretNotFound, u"no entry"_s);
    return QByteArray::fromBase64(value.toString().toLatin1());
}

Status FileSecretStore::write(const QString &account, const QByteArray &secret)
{
    QJsonObject entries = load();
    entries.insert(account, QString::fromLatin1(secret.toBase64()));
    return save(entries);
}

Status FileSecretStore::remove(const QString &account)
{
    QJsonObject entries = load();
    entries.remove(account);
    return save(entries);
}

} // namespace sportello::bench
