// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QString>

namespace sportello::search {

namespace detail {
// Appends the folded, accent-free form of one character (a whole code point) to `out`.
void appendFolded(char32_t codePoint, QString &out);
[[nodiscard]] bool isTokenChar(char32_t codePoint);
} // namespace detail

template<typename Sink>
void forEachToken(QStringView text, Sink &&sink)
{
    QString current;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t cp = text.at(i).unicode();
        if (QChar::isHighSurrogate(cp) && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (cp < 0x80) {
            // Fast path for ASCII, which is most of the text.
            if ((cp >= u'a' && cp <= u'z') || (cp >= u'0' && cp <= u'9')) {
                current.append(QChar(cp));
                continue;
            }
            if (cp >= u'A' && cp <= u'Z') {
                current.append(QChar(cp + 32));
                continue;
            }
        } else if (detail::isTokenChar(cp)) {
            detail::appendFolded(cp, current);
            continue;
        }
        if (!current.isEmpty()) {
            sink(current.toUtf8());
            current.clear();
        }
    }
    if (!current.isEmpty())
        sink(current.toUtf8());
}

} // namespace sportello::search
