// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloguetext.h"

#include "catalogue/taxonomy.h"

#include <QLocale>

using namespace Qt::StringLiterals;
using namespace sportello::catalogue;

namespace sportello::text {

QString CatalogueText::label(const Term &term)
{
    return QCoreApplication::translate("sportello::catalogue::Taxonomy", term.english);
}

QString CatalogueText::label(const QList<Term> &terms, const QString &code)
{
    const Term *term = Taxonomy::find(terms, code);
    return term ? label(*term) : code;
}

QString CatalogueText::problem(FieldProblem::Code code, const QString &value)
{
    switch (code) {
    case FieldProblem::Required:
        return tr("this field is required.");
    case FieldProblem::InvalidUrl:
        return tr("\"%1\" is not a web address (https://…).").arg(value);
    case FieldProblem::InvalidEmail:
        return tr("\"%1\" is not an e-mail address.").arg(value);
    case FieldProblem::InvalidPhone:
        return tr("\"%1\" is not a phone number.").arg(value);
    case FieldProblem::InvalidUid:
        return tr("\"%1\" is not a valid identifier (letters, digits, - _ . :).").arg(value);
    case FieldProblem::DateOrder:
        return tr("the end date comes before the start date.");
    case FieldProblem::AgeRange:
        return tr("the minimum age is above the maximum age.");
    case FieldProblem::IseeCeiling:
        return tr("the ISEE ceiling must be above zero, and the family ceiling above the normal "
                  "one.");
    case FieldProblem::UnknownCode:
        return tr("\"%1\" is not one of the known codes.").arg(value);
    case FieldProblem::MissingCategory:
        return tr("choose at least one service category.");
    case FieldProblem::MissingUserArea:
        return tr("choose at least one user area.");
    case FieldProblem::MissingChannel:
        return tr("say at least one way to apply, or mark the benefit as automatic.");
    case FieldProblem::ClosedWithoutNote:
        return tr("say why the service is closed and until when.");
    case FieldProblem::UnknownReference:
        return tr("\"%1\" does not exist in the catalogue.").arg(value);
    case FieldProblem::ScheduleTimes:
        return tr("opening hours need weekdays and a closing time after the opening time.");
    case FieldProblem::ExpectedList:
        return tr("a list was expected.");
    case FieldProblem::ExpectedObject:
        return tr("an object { … } was expected.");
    case FieldProblem::ExpectedText:
        return tr("a text was expected.");
    case FieldProblem::ExpectedBool:
        return tr("true or false was expected.");
    case FieldProblem::ExpectedNumber:
        return tr("a number was expected.");
    case FieldProblem::OutOfRange:
        return tr("a whole number in the range %1 was expected.").arg(value);
    case FieldProblem::InvalidAmount:
        return tr("an amount in euro, zero or more, was expected.");
    case FieldProblem::InvalidDate:
        return tr("\"%1\" is not a date (YYYY-MM-DD).").arg(value);
    case FieldProblem::InvalidTime:
        return tr("\"%1\" is not a time (HH:MM).").arg(value);
    case FieldProblem::InvalidWeekdays:
        return tr("\"%1\" is not a list of weekdays (MO,TU,WE,TH,FR,SA,SU).").arg(value);
    case FieldProblem::InvalidLanguage:
        return tr("\"%1\" is not a language code (it, en, fr…).").arg(value);
    case FieldProblem::Unsupported:
        return tr("\"%1\" is not supported.").arg(value);
    case FieldProblem::DuplicateUid:
        return tr("the identifier \"%1\" is used twice.").arg(value);
    case FieldProblem::UnknownDocument:
        return tr("this is not a catalogue Sportello can read: an HSDS service, an organization, "
                  "a page of an HSDS API list (\"contents\"), a list of services or "
                  "organizations, or a Sportello export was expected.");
    }
    return tr("invalid value.");
}

QString CatalogueText::verdict(Verdict verdict)
{
    switch (verdict) {
    case Verdict::LikelyEligible:
        return tr("Likely eligible");
    case Verdict::Unknown:
        return tr("To be checked");
    case Verdict::NotEligible:
        return tr("Not eligible");
    }
    return {};
}

QString CatalogueText::money(qint64 cents)
{
    const QLocale locale;
    const double euro = static_cast<double>(cents) / 100.0;
    const QString amount
        = cents % 100 == 0 ? locale.toString(cents / 100) : locale.toString(euro, 'f', 2);
    return tr("%1 €").arg(amount);
}

QString CatalogueText::iseeType(IseeType type)
{
    switch (type) {
    case IseeType::Ordinario:
        return tr("ordinary ISEE");
    case IseeType::Sociosanitario:
        return tr("socio-sanitary ISEE");
    case IseeType::Minorenni:
        return tr("ISEE for minors");
    }
    return {};
}

QString CatalogueText::household(int flags)
{
    QStringList parts;
    if (flags & HouseholdMinors)
        parts.append(tr("a child under 18"));
    if (flags & HouseholdMember60)
        parts.append(tr("a member aged 60 or more"));
    if (flags & HouseholdMember65)
        parts.append(tr("a member aged 65 or more"));
    if (flags & HouseholdDisability)
        parts.append(tr("a member with a disability"));
    if (flags & HouseholdLoneParent)
        parts.append(tr("a lone parent"));
    return parts.join(tr(" or "));
}

QString CatalogueText::comuneName(const QString &istat)
{
    const Term *term = Taxonomy::find(Taxonomy::comuni(), istat);
    return term ? QString::fromUtf8(term->italian) : tr("another comune");
}

QString CatalogueText::reason(const EligibilityReason &r)
{
    using R = EligibilityReason;
    switch (r.code) {
    case R::OpenToEveryone:
        return tr("open to everyone");
    case R::ConditionsInText:
        return tr("read the conditions in the description");
    case R::AgeOk:
        return tr("age %1 within the limits").arg(r.a);
    case R::AgeBelowMinimum:
        return tr("age %1 < minimum %2").arg(r.a).arg(r.b);
    case R::AgeAboveMaximum:
        return tr("age %1 > maximum %2").arg(r.a).arg(r.c);
    case R::AgeMissing:
        if (r.b >= 0 && r.c >= 0)
            return tr("age needed (%1–%2)").arg(r.b).arg(r.c);
        return r.b >= 0 ? tr("age needed (from %1)").arg(r.b)
                        : tr("age needed (up to %1)").arg(r.c);
    case R::ComuneOk:
        return tr("resident in %1").arg(comuneName(r.text));
    case R::ComuneNotServed:
        return tr("only for residents of other comuni (%1 not served)").arg(comuneName(r.text));
    case R::ComuneMissing:
        return tr("comune of residence needed");
    case R::IseeOk:
        return tr("ISEE %1 ≤ %2").arg(money(r.a), money(r.b));
    case R::IseeAboveCeiling:
        return tr("ISEE %1 > %2").arg(money(r.a), money(r.b));
    case R::IseeMissing:
        return tr("ISEE needed (ceiling %1)").arg(money(r.b));
    case R::IseeWrongType:
        return tr("%1 needed").arg(iseeType(static_cast<IseeType>(r.a)));
    case R::HouseholdOk:
        return tr("household with %1").arg(household(static_cast<int>(r.a)));
    case R::HouseholdNone:
        return tr("requires a household with %1").arg(household(static_cast<int>(r.a)));
    case R::HouseholdMissing:
        return tr("ask whether the household has %1").arg(household(static_cast<int>(r.a)));
    case R::HouseholdSizeOk:
        return tr("household of %1 (at least %2)").arg(r.a).arg(r.b);
    case R::HouseholdSizeTooSmall:
        return tr("household of %1 < %2 people").arg(r.a).arg(r.b);
    case R::HouseholdSizeMissing:
        return tr("household size needed (at least %1)").arg(r.b);
    case R::PermitOk:
        return tr("residence permit held");
    case R::PermitLacking:
        return tr("a valid residence permit is required");
    case R::PermitMissing:
        return tr("citizenship and residence permit needed");
    }
    return {};
}

QString CatalogueText::explanation(const EligibilityResult &result)
{
    QStringList parts;
    const QList<EligibilityReason> &deciding = result.verdict == Verdict::NotEligible
        ? result.failed
        : result.verdict == Verdict::Unknown ? result.missing
                                             : result.passed;
    for (const EligibilityReason &r : deciding)
        parts.append(reason(r));
    return tr("%1: %2").arg(verdict(result.verdict), parts.join(u"; "_s));
}

QString CatalogueText::status(ServiceStatus status)
{
    switch (status) {
    case ServiceStatus::Active:
        return tr("Active");
    case ServiceStatus::TemporarilyClosed:
        return tr("Temporarily closed");
    case ServiceStatus::Ended:
        return tr("Ended");
    }
    return {};
}

} // namespace sportello::text
