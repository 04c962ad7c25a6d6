// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/sodiuminit.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace sportello::crypto {

Status ensureSodium()
{
    // sodium_init() is itself safe to call repeatedly; the static keeps it to one call and
    // makes concurrent first uses wait for it.
    static const int result = sodium_init();
    if (result < 0)
        return makeError(ErrorCode::CryptoFailed, u"libsodium could not be initialized"_s);
    return {};
}

QByteArray passwordBytes(const QString &password)
{
    QString normalized = password.normalized(QString::NormalizationForm_KC);
    QByteArray bytes = normalized.toUtf8();
    // The normalized copy is ours to clear; the caller's QString is beyond our reach.
    if (!normalized.isEmpty() && normalized.isDetached())
        sodium_memzero(normalized.data(), size_t(normalized.size()) * sizeof(QChar));
    return bytes;
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && bytes.isDetached())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

} // namespace sportello::crypto
