// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/passwordhasher.h"

#include "crypto/sodiuminit.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace sportello::crypto {

namespace {

// The shipped list, lowercased, read once.
const QSet<QString> &commonPasswords()
{
    static const QSet<QString> list = [] {
        QSet<QString> entries;
        QFile file(u":/sportello/security/common-passwords.txt"_s);
        if (!file.open(QIODevice::ReadOnly))
            return entries;
        const QList<QByteArray> lines = file.readAll().split('\n');
        entries.reserve(lines.size());
        for (const QByteArray &line : lines) {
            const QString entry = QString::fromUtf8(line).trimmed().toLower();
            if (!entry.isEmpty())
                entries.insert(entry);
        }
        return entries;
    }();
    return list;
}

// Only the letters, lowercased: "M.Rossi" and "mrossi2024!" both give "mrossi".
QString lettersOf(const QString &text)
{
    QString letters;
    for (const char32_t c : text.toUcs4()) {
        if (QChar::isLetter(c))
            letters.append(QString::fromUcs4(&c, 1));
    }
    return letters.toLower();
}

// The text without trailing characters that are neither letters nor digits ("password1234!").
QString withoutTrailingSymbols(const QString &text)
{
    qsizetype end = text.size();
    while (end > 0 && !text.at(end - 1).isLetterOrNumber())
        --end;
    return text.left(end);
}

} // namespace

std::optional<PasswordProblem> checkNewPassword(const QString &password, const QString &username)
{
    return checkNewPassword(password, username, commonPasswords());
}

std::optional<PasswordProblem> checkNewPassword(const QString &password, const QString &username,
                                                const QSet<QString> &common)
{
    if (common.isEmpty())
        return PasswordProblem::CommonListMissing; // fail closed
    const QString normalized = password.normalized(QString::NormalizationForm_KC);
    // Code points, not UTF-16 units: "àèìòù1234" is nine characters, an emoji is one.
    if (normalized.toUcs4().size() < kMinimumPasswordLength)
        return PasswordProblem::TooShort;

    const QString lower = normalized.toLower();
    if (common.contains(lower) || common.contains(withoutTrailingSymbols(lower)))
        return PasswordProblem::Common;

    // The username, whatever digits and symbols are added around or inside it: compare the
    // letters only ("mrossi2024!" for "mrossi", "M.Rossi-1" for "m.rossi"). A username without
    // letters is compared whole.
    const QString user = username.normalized(QString::NormalizationForm_KC).toLower().trimmed();
    if (!user.isEmpty()) {
        const QString userLetters = lettersOf(user);
        if (lower == user || (!userLetters.isEmpty() && lettersOf(lower) == userLetters))
            return PasswordProblem::SameAsUsername;
    }
    return std::nullopt;
}

} // namespace sportello::crypto
