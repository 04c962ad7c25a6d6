// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"

#include <QDate>
#include <QString>

namespace sportello::people {

// Why a codice fiscale was refused; the number is the argument of the InvalidArgument error.
enum class CodiceFiscaleProblem { Empty, WrongLength, BadCharacters, BadDate, BadCheckCharacter };

// What a valid codice fiscale says about its holder.
struct CodiceFiscaleInfo
{
    QString normalized; // as typed after normalizeCodiceFiscale, omocodia letters kept
    QDate birthDate;
    char gender = 'M'; // 'F' or 'M'
    QString birthplaceCode; // Belfiore code with digits restored, e.g. "G686", "Z404" abroad
    bool omocodia = false; // some digits were replaced by letters to tell twins of codes apart
};

// Trimmed, uppercase, without inner whitespace.
[[nodiscard]] QString normalizeCodiceFiscale(const QString &text);

// Parses and validates a codice fiscale: layout (omocodia letters accepted in any digit
// position), month letter, day (+40 for women), a real date and the check character. The
// two-digit year is placed in the most recent century that puts the birth not after `today`
// and at most 120 years before it. Errors: InvalidArgument, args {CodiceFiscaleProblem code}.
[[nodiscard]] Result<CodiceFiscaleInfo> parseCodiceFiscale(const QString &text, const QDate &today);

} // namespace sportello::people
