// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/codicefiscale.h"

#include <array>

using namespace Qt::StringLiterals;

namespace sportello::people {

namespace {

constexpr int kLength = 16;
constexpr int kMaximumAge = 120;

// 0-based positions that hold digits, or their omocodia letters.
constexpr std::array<int, 7> kDigitPositions = {6, 7, 9, 10, 12, 13, 14};

// Omocodia letters standing for 0–9.
constexpr QStringView kOmocodiaLetters = u"LMNPQRSTUV";

// Month letters for January–December.
constexpr QStringView kMonthLetters = u"ABCDEHLMPRST";

// Values of 0–9 and A–Z in odd (1-based) positions; even positions use 0–9 and 0–25.
constexpr std::array<int, 36> kOddValues = {
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, // 0–9
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
};

bool isLetter(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isDigitPosition(int index)
{
    for (const int position : kDigitPositions) {
        if (position == index)
            return true;
    }
    return false;
}

// Index into kOddValues: digits first, then letters.
int tableIndex(QChar c)
{
    return isDigit(c) ? c.unicode() - u'0' : 10 + (c.unicode() - u'A');
}

QChar checkCharacter(QStringView first15)
{
    int sum = 0;
    for (int i = 0; i < 15; ++i) {
        const QChar c = first15.at(i);
        if (i % 2 == 0)
            sum += kOddValues[tableIndex(c)];
        else
            sum += isDigit(c) ? c.unicode() - u'0' : c.unicode() - u'A';
    }
    return QChar(u'A' + sum % 26);
}

Error problem(CodiceFiscaleProblem p, const QString &detail)
{
    return makeError(ErrorCode::InvalidArgument, detail, {QString::number(static_cast<int>(p))});
}

// The most recent year ending in `twoDigits` giving a real date not after `today` and at most
// kMaximumAge years before it; an invalid QDate when there is none.
QDate birthDateFor(int twoDigits, int month, int day, const QDate &today)
{
    int year = today.year() - ((today.year() - twoDigits) % 100 + 100) % 100;
    for (; year >= today.year() - kMaximumAge - 1; year -= 100) {
        const QDate date(year, month, day);
        if (!date.isValid() || date > today)
            continue;
        if (date.addYears(kMaximumAge + 1) <= today)
            break;
        return date;
    }
    return {};
}

} // namespace

QString normalizeCodiceFiscale(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            result.append(c.toUpper());
    }
    return result;
}

Result<CodiceFiscaleInfo> parseCodiceFiscale(const QString &text, const QDate &today)
{
    CodiceFiscaleInfo info;
    info.normalized = normalizeCodiceFiscale(text);
    if (info.normalized.isEmpty())
        return problem(CodiceFiscaleProblem::Empty, u"empty codice fiscale"_s);
    if (info.normalized.size() != kLength)
        return problem(CodiceFiscaleProblem::WrongLength,
                       u"codice fiscale of %1 characters"_s.arg(info.normalized.size()));

    // The code with omocodia letters turned back into digits.
    QString plain = info.normalized;
    for (int i = 0; i < kLength; ++i) {
        const QChar c = plain.at(i);
        if (isDigitPosition(i)) {
            if (isDigit(c))
                continue;
            const qsizetype digit = kOmocodiaLetters.indexOf(c);
            if (digit < 0)
                return problem(CodiceFiscaleProblem::BadCharacters,
                               u"no digit at position %1"_s.arg(i + 1));
            plain[i] = QChar(u'0' + int(digit));
            info.omocodia = true;
        } else if (!isLetter(c)) {
            return problem(CodiceFiscaleProblem::BadCharacters,
                           u"no letter at position %1"_s.arg(i + 1));
        }
    }

    const qsizetype month = kMonthLetters.indexOf(plain.at(8));
    int day = QStringView(plain).mid(9, 2).toInt();
    info.gender = day > 40 ? 'F' : 'M';
    if (day > 40)
        day -= 40;
    if (month < 0 || day < 1 || day > 31)
        return problem(CodiceFiscaleProblem::BadDate, u"bad month letter or day"_s);
    info.birthDate = birthDateFor(QStringView(plain).mid(6, 2).toInt(), int(month) + 1, day, today);
    if (!info.birthDate.isValid())
        return problem(CodiceFiscaleProblem::BadDate, u"impossible birth date"_s);

    if (checkCharacter(QStringView(info.normalized).first(15)) != info.normalized.at(15))
        return problem(CodiceFiscaleProblem::BadCheckCharacter, u"wrong check character"_s);

    info.birthplaceCode = plain.mid(11, 4);
    return info;
}

} // namespace sportello::people
