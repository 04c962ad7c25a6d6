// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/passwordhasher.h"

#include "crypto/sodiuminit.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <vector>
#include <zxcvbn.h>

// A zxcvbn built to read its dictionaries from a file would need ZxcvbnInit() and that file
// shipped; the distributions' builds carry them inside the library (decision 36).
#ifdef USE_DICT_FILE
#error "zxcvbn built with USE_DICT_FILE is not supported: build it with the dictionaries inside"
#endif

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

// zxcvbn's matching grows faster than linearly with the length: like KeePassXC, estimate the
// first 256 characters and count the rest at their average.
constexpr qsizetype kEstimatedLength = 256;
// Pieces shorter than this ("di", "la") would only make ordinary words look guessable.
constexpr qsizetype kShortestContextPiece = 3;

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

// The words zxcvbn takes as the attacker's own dictionary: the program's name, each context
// entry whole and in its pieces, lowercased, as UTF-8. zxcvbn folds the case of ASCII letters
// only, so a word with other letters ("Cantù") is given in upper case too.
QList<QByteArray> contextWords(const QStringList &context)
{
    QStringList words {u"sportello"_s};
    const auto add = [&words](const QString &word) {
        if (word.toUcs4().size() < kShortestContextPiece)
            return;
        const QString lower = word.toLower();
        if (!words.contains(lower))
            words.append(lower);
        if (!isAscii(word) && !words.contains(word.toUpper()))
            words.append(word.toUpper());
    };
    for (const QString &entry : context) {
        const QString text = entry.normalized(QString::NormalizationForm_KC).trimmed();
        add(text);
        QString piece;
        for (const char32_t c : text.toUcs4()) {
            if (QChar::isLetter(c)) {
                piece.append(QString::fromUcs4(&c, 1));
            } else {
                add(piece);
                piece.clear();
            }
        }
        add(piece);
    }
    QList<QByteArray> utf8;
    utf8.reserve(words.size());
    for (const QString &word : std::as_const(words))
        utf8.append(word.toUtf8());
    return utf8;
}

} // namespace

double passwordStrengthBits(const QString &password, const QStringList &context)
{
    const QList<QByteArray> words = contextWords(context);
    std::vector<const char *> dictionary;
    dictionary.reserve(size_t(words.size()) + 1);
    for (const QByteArray &word : words)
        dictionary.push_back(word.constData());
    dictionary.push_back(nullptr);

    const QString normalized = password.normalized(QString::NormalizationForm_KC);
    qsizetype cut = std::min(normalized.size(), kEstimatedLength);
    if (cut < normalized.size() && normalized.at(cut - 1).isHighSurrogate())
        --cut;
    QByteArray head = normalized.left(cut).toUtf8();
    double bits = ZxcvbnMatch(head.constData(), dictionary.data(), nullptr);
    wipe(head);
    if (cut > 0 && cut < normalized.size())
        bits += bits / double(cut) * double(normalized.size() - cut);
    return bits;
}

std::optional<PasswordProblem> checkNewPassword(const QString &password, const QString &username,
                                                const QStringList &context)
{
    return checkNewPassword(password, username, context, commonPasswords());
}

std::optional<PasswordProblem> checkNewPassword(const QString &password, const QString &username,
                                                const QStringList &context,
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

    // What the rules above cannot see: keyboard walks, dates, repeats, dictionary words with
    // digits around them, and the names of this desk ("Caritas2024!" where Caritas runs it).
    QStringList words = context;
    if (!user.isEmpty())
        words.prepend(user);
    if (passwordStrengthBits(normalized, words) < kMinimumPasswordBits)
        return PasswordProblem::TooGuessable;
    return std::nullopt;
}

} // namespace sportello::crypto
