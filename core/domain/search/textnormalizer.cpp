// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/textnormalizer.h"

namespace sportello::search {

namespace detail {

bool isTokenChar(char32_t codePoint)
{
    // unicode61: categories L*, N* and Co are token characters; combining marks (M*) are kept
    // only to be removed, so they never split a token.
    switch (QChar::category(codePoint)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Other_PrivateUse:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

void appendFolded(char32_t codePoint, QString &out)
{
    const QString decomposed
        = QString::fromUcs4(&codePoint, 1).normalized(QString::NormalizationForm_D);
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        out.append(c.toCaseFolded());
    }
}

} // namespace detail

QList<QByteArray> tokenize(QStringView text)
{
    QList<QByteArray> tokens;
    forEachToken(text, [&](QByteArray &&token) { tokens.append(std::move(token)); });
    return tokens;
}

} // namespace sportello::search
