// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/hubconfig.h"

using namespace Qt::StringLiterals;

namespace sportello::sync {

std::optional<QString> hubUrlProblem(const QUrl &url)
{
    if (!url.isValid())
        return u"not a URL"_s;
    if (url.scheme() != u"https")
        return u"not https"_s;
    if (url.host().isEmpty())
        return u"no host"_s;
    if (!url.userInfo().isEmpty())
        return u"user information in the address"_s;
    if (url.hasQuery() || url.hasFragment())
        return u"a query or a fragment"_s;
    if (!url.path().isEmpty() && url.path() != u"/")
        return u"a path"_s;
    return std::nullopt;
}

QByteArray parseSpkiPin(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.startsWith(u"sha256/")) {
        const auto decoded = QByteArray::fromBase64Encoding(
            trimmed.mid(7).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        return decoded && decoded.decoded.size() == 32 ? decoded.decoded : QByteArray();
    }
    QString hex = trimmed;
    hex.remove(u':');
    if (hex.size() != 64)
        return {};
    for (const QChar c : std::as_const(hex)) {
        if (!c.isDigit() && !(c.toLower() >= u'a' && c.toLower() <= u'f'))
            return {};
    }
    return QByteArray::fromHex(hex.toLatin1());
}

QString formatSpkiPin(const QByteArray &pin)
{
    return u"sha256/"_s + QString::fromLatin1(pin.toBase64());
}

bool isHubToken(QByteArrayView token)
{
    if (token.size() != 48 || !token.startsWith("sph1_"))
        return false;
    for (const char c : token.sliced(5)) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || c == '-' || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace sportello::sync
