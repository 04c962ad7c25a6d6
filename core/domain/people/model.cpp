// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/model.h"

using namespace Qt::StringLiterals;

namespace sportello::people {

QString Person::displayName() const
{
    return QString(givenName.trimmed() + u' ' + familyName.trimmed()).trimmed();
}

QString consentPurposeCode(ConsentPurpose purpose)
{
    switch (purpose) {
    case ConsentPurpose::PersonalData:
        return u"DATI_PERSONALI"_s;
    case ConsentPurpose::SpecialCategories:
        return u"CATEGORIE_PARTICOLARI"_s;
    case ConsentPurpose::IdentifiedReferral:
        return u"INVIO_IDENTIFICATO"_s;
    case ConsentPurpose::PhoneContact:
        return u"CONTATTO_TELEFONICO"_s;
    case ConsentPurpose::Board:
        return u"BACHECA"_s;
    }
    return {};
}

bool consentPurposeFromCode(const QString &code, ConsentPurpose *purpose)
{
    for (ConsentPurpose candidate : allConsentPurposes()) {
        if (consentPurposeCode(candidate) == code) {
            *purpose = candidate;
            return true;
        }
    }
    return false;
}

QString consentMethodCode(ConsentMethod method)
{
    return method == ConsentMethod::SignedForm ? u"MODULO_FIRMATO"_s : u"VERBALE"_s;
}

bool consentMethodFromCode(const QString &code, ConsentMethod *method)
{
    if (code == u"MODULO_FIRMATO")
        *method = ConsentMethod::SignedForm;
    else if (code == u"VERBALE")
        *method = ConsentMethod::VerbalScripted;
    else
        return false;
    return true;
}

const QList<ConsentPurpose> &allConsentPurposes()
{
    static const QList<ConsentPurpose> purposes {
        ConsentPurpose::PersonalData, ConsentPurpose::SpecialCategories,
        ConsentPurpose::IdentifiedReferral, ConsentPurpose::PhoneContact, ConsentPurpose::Board};
    return purposes;
}

} // namespace sportello::people
