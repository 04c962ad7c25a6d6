// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/model.h"
#include "people/vocabulary.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sportello::text {

// Translated words for the codes of people and sessions: vocabulary labels, needs, consent
// purposes and methods, household counts. Qt Core only.
class PeopleText final
{
    Q_DECLARE_TR_FUNCTIONS(PeopleText)

public:
    // A vocabulary term in the interface language (the English gloss, translated); the code
    // itself when the list does not know it, so an unknown stored value stays visible.
    [[nodiscard]] static QString term(const QList<people::Term> &terms, const QString &code);
    // A need's label ("No income").
    [[nodiscard]] static QString need(const QString &code);
    // A need's label with its code, for lists where operators learn the codes:
    // "No income (POV.NORED)".
    [[nodiscard]] static QString needWithCode(const QString &code);
    [[nodiscard]] static QString consentPurpose(people::ConsentPurpose purpose);
    [[nodiscard]] static QString consentMethod(people::ConsentMethod method);
    // A household size or number of minors: the count, or one of the three answers
    // (people::count); empty for any other negative value.
    [[nodiscard]] static QString householdCount(int number);
    // Why a codice fiscale was refused (people::CodiceFiscaleProblem).
    [[nodiscard]] static QString codiceFiscaleProblem(int problem);
    // The sentence for an InvalidArgument error of the people services (args: field, value);
    // empty for fields it does not know.
    [[nodiscard]] static QString invalidField(const QString &field, const QString &value);
};

} // namespace sportello::text
