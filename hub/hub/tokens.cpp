// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/tokens.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace sportello::hub::tokens {

QString generate()
{
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    const QString token = u"sph1_"_s
        + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding
                                             | QByteArray::OmitTrailingEquals));
    sodium_memzero(bytes.data(), size_t(bytes.size()));
    return token;
}

QByteArray hash(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

bool looksValid(const QByteArray &token)
{
    static const QRegularExpression shape(u"^sph1_[A-Za-z0-9_-]{43}$"_s);
    return token.size() == 48 && shape.match(QString::fromLatin1(token)).hasMatch();
}

} // namespace sportello::hub::tokens
