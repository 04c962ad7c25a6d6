// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorysecretstore.h"

#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace sportello::test {

Result<QByteArray> MemorySecretStore::read(const QString &account)
{
    const QMutexLocker locker(&m_mutex);
    if (m_unavailable)
        return makeError(ErrorCode::SecretStoreUnavailable, u"test store switched off"_s,
                         {u"test store switched off"_s});
    const auto it = m_entries.constFind(account);
    if (it == m_entries.cend())
        return makeError(ErrorCode::SecretNotFound, u"no entry"_s);
    return *it;
}

Status MemorySecretStore::write(const QString &account, const QByteArray &secret)
{
    const QMutexLocker locker(&m_mutex);
    if (m_unavailable)
        return makeError(ErrorCode::SecretStoreUnavailable, u"test store switched off"_s,
                         {u"test store switched off"_s});
    m_entries.insert(account, secret);
    return {};
}

Status MemorySecretStore::remove(const QString &account)
{
    const QMutexLocker locker(&m_mutex);
    if (m_unavailable)
        return makeError(ErrorCode::SecretStoreUnavailable, u"test store switched off"_s,
                         {u"test store switched off"_s});
    m_entries.remove(account);
    return {};
}

void MemorySecretStore::setUnavailable(bool unavailable)
{
    const QMutexLocker locker(&m_mutex);
    m_unavailable = unavailable;
}

int MemorySecretStore::entryCount() const
{
    const QMutexLocker locker(&m_mutex);
    return int(m_entries.size());
}

void MemorySecretStore::clear()
{
    const QMutexLocker locker(&m_mutex);
    m_entries.clear();
}

const storage::DatabaseKey &databaseKey()
{
    static const storage::DatabaseKey key = storage::DatabaseKey::generate().valueOr({});
    return key;
}

MemorySecretStore &secrets()
{
    static MemorySecretStore store;
    return store;
}

} // namespace sportello::test
