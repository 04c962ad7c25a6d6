// SPDX-License-Identifier: GPL-3.0-or-later
#include "peopletext.h"

#include "people/codicefiscale.h"

#include <QLocale>

using namespace sportello::people;

namespace sportello::text {

QString PeopleText::term(const QList<Term> &terms, const QString &code)
{
    const Term *found = catalogue::Taxonomy::find(terms, code);
    return found ? QCoreApplication::translate("sportello::people::Vocabulary", found->english)
                 : code;
}

QString PeopleText::need(const QString &code)
{
    return term(Vocabulary::needs(), code);
}

QString PeopleText::needWithCode(const QString &code)
{
    if (!Vocabulary::isNeed(code))
        return code;
    return tr("%1 (%2)", "need label (need code)").arg(need(code), code);
}

QString PeopleText::consentPurpose(ConsentPurpose purpose)
{
    switch (purpose) {
    case ConsentPurpose::PersonalData:
        return tr("Recording personal data");
    case ConsentPurpose::SpecialCategories:
        return tr("Special-category data (health, disability, addiction, justice)");
    case ConsentPurpose::IdentifiedReferral:
        return tr("Identified referral to Social Services");
    case ConsentPurpose::PhoneContact:
        return tr("Contact by phone");
    case ConsentPurpose::Board:
        return tr("Neighbourhood board (requests and offers of help)");
    }
    return {};
}

QString PeopleText::consentMethod(ConsentMethod method)
{
    switch (method) {
    case ConsentMethod::SignedForm:
        return tr("Signed form");
    case ConsentMethod::VerbalScripted:
        return tr("Verbal, with the scripted text");
    }
    return {};
}

QString PeopleText::householdCount(int number)
{
    if (number >= 0)
        return QLocale().toString(number);
    switch (number) {
    case count::kNotAsked:
        return term(Vocabulary::answers(), QString::fromLatin1(answer::kNotAsked));
    case count::kDontKnow:
        return term(Vocabulary::answers(), QString::fromLatin1(answer::kDontKnow));
    case count::kNoAnswer:
        return term(Vocabulary::answers(), QString::fromLatin1(answer::kNoAnswer));
    default:
        return {};
    }
}

QString PeopleText::codiceFiscaleProblem(int problem)
{
    switch (static_cast<CodiceFiscaleProblem>(problem)) {
    case CodiceFiscaleProblem::Empty:
        return tr("The codice fiscale is empty.");
    case CodiceFiscaleProblem::WrongLength:
        return tr("A codice fiscale has 16 characters.");
    case CodiceFiscaleProblem::BadCharacters:
        return tr("The codice fiscale has letters and digits in the wrong places.");
    case CodiceFiscaleProblem::BadDate:
        return tr("The birth date in the codice fiscale does not exist.");
    case CodiceFiscaleProblem::BadCheckCharacter:
        return tr("The last character of the codice fiscale does not match: there is a typing "
                  "mistake.");
    }
    return tr("The codice fiscale is not valid.");
}

QString PeopleText::invalidField(const QString &field, const QString &value)
{
    if (field == u"codice_fiscale")
        return codiceFiscaleProblem(value.toInt());
    if (field == u"name")
        return tr("Enter at least the given or the family name.");
    if (field == u"birth_year" || field == u"birth_date")
        return tr("The year of birth %1 is not plausible.").arg(value);
    if (field == u"email")
        return tr("The e-mail address is not valid.");
    if (field == u"phone")
        return tr("The phone number may contain only digits, spaces and a leading +.");
    if (field == u"minors" || field == u"household_size")
        return tr("The number of minors must be smaller than the household size.");
    if (field == u"other_need")
        return tr("Describe the \"other\" need in a few words.");
    if (field == u"facilitation")
        return tr("Digital-facilitation details belong only to digital-facilitation sessions.");
    if (field == u"facilitation_kind")
        return tr("Choose the kind of digital facilitation.");
    if (field == u"facilitation_failure")
        return tr("Say why the digital goal was not reached.");
    if (field == u"services")
        return tr("The service %1 is no longer in the catalogue.").arg(value);
    if (field == u"due")
        return tr("The follow-up date must be today or later.");
    if (field == u"duration")
        return tr("The duration must be between 0 and 1440 minutes.");
    return {};
}

} // namespace sportello::text
