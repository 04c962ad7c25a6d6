// SPDX-License-Identifier: GPL-3.0-or-later
#include "filesecretstore.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace sportello::test {

FileSecretStore::FileSecretStore(QString folder)
    : m_folder(std::move(folder))
{
    QDir().mkpath(m_folder);
}

QString FileSecretStore::fileOf(const QString &account) const
{
    return m_folder + u'/' + QString::fromLatin1(account.toUtf8().toHex());
}

Result<QByteArray> FileSecretStore::read(const QString &account)
{
    QFile file(fileOf(account));
    if (!file.exists())
        return makeError(ErrorCode::SecretNotFound, u"no entry"_s);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::SecretStoreUnavailable, file.errorString(),
                         {file.errorString()});
    return QByteArray::fromBase64(file.readAll());
}

Status FileSecretStore::write(const QString &account, const QByteArray &secret)
{
    // Written whole or not at all, and on the disk before the caller goes on: the key of a
    // database must never be lost to a kill that follows.
    QSaveFile file(fileOf(account));
    if (!file.open(QIODevice::WriteOnly) || file.write(secret.toBase64()) < 0 || !file.commit())
        return makeError(ErrorCode::SecretStoreUnavailable, file.errorString(),
                         {file.errorString()});
    return {};
}

Status FileSecretStore::remove(const QString &account)
{
    QFile::remove(fileOf(account));
    return {};
}

} // namespace sportello::test
