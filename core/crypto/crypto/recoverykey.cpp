// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/recoverykey.h"

#include "crypto/securebuffer.h"
#include "crypto/sodiuminit.h"

#include <QByteArray>

using namespace Qt::StringLiterals;

namespace sportello::crypto {

namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
// 256 bits in 5-bit symbols: 52 symbols, the last one carrying 1 bit and 4 zero bits.
constexpr int kSymbols = (RecoveryKey::kBytes * 8 + 4) / 5;

// The 5-bit value of a Crockford symbol, with its confusable spellings; -1 for anything else.
int symbolValue(char32_t c)
{
    if (c >= u'a' && c <= u'z')
        c = c - u'a' + u'A';
    if (c == u'O')
        c = u'0';
    else if (c == u'I' || c == u'L')
        c = u'1';
    for (int i = 0; i < 32; ++i) {
        if (char32_t(kAlphabet[i]) == c)
            return i;
    }
    return -1;
}

} // namespace

QString RecoveryKey::encode(const SecureBuffer &secret)
{
    if (secret.isNull() || secret.size() != size_t(kBytes))
        return {};
    QByteArray text;
    text.reserve(kSymbols + kSymbols / kGroupLength);
    quint32 buffer = 0;
    int bits = 0;
    int written = 0;
    const auto put = [&](quint32 value) {
        if (written > 0 && written % kGroupLength == 0)
            text.append('-');
        text.append(kAlphabet[value & 31]);
        ++written;
    };
    for (size_t i = 0; i < secret.size(); ++i) {
        buffer = (buffer << 8) | secret.data()[i];
        bits += 8;
        while (bits >= 5) {
            put(buffer >> (bits - 5));
            bits -= 5;
        }
        buffer &= (1u << bits) - 1;
    }
    if (bits > 0)
        put(buffer << (5 - bits));
    const QString result = QString::fromLatin1(text);
    wipe(text);
    buffer = 0;
    return result;
}

SecureBuffer RecoveryKey::decode(const QString &text)
{
    SecureBuffer secret(kBytes);
    if (secret.isNull())
        return {};
    quint32 buffer = 0;
    int bits = 0;
    int symbols = 0;
    size_t produced = 0;
    for (const QChar ch : text) {
        if (ch.isSpace() || ch == u'-')
            continue;
        const int value = symbolValue(ch.unicode());
        if (value < 0 || ++symbols > kSymbols)
            return {};
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            secret.data()[produced++] = static_cast<unsigned char>(buffer >> (bits - 8));
            bits -= 8;
        }
        buffer &= (1u << bits) - 1; // only the bits not yet produced stay
    }
    // All 52 symbols, and the padding bits of the last one zero (one spelling per key).
    const bool complete = symbols == kSymbols && produced == size_t(kBytes) && buffer == 0;
    buffer = 0;
    if (!complete)
        return {};
    return secret;
}

} // namespace sportello::crypto
