// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/needcategories.h"

#include "people/vocabulary.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace sportello::people {

namespace {

struct Mapping
{
    const char *need;
    const char *categories; // space-separated category codes, most relevant first
};

// Macro-voci give the default of their micro-voci; a micro-voce listed here overrides it.
constexpr Mapping kCategories[] = {
    {"POV", "INC.REDD INC.CONTR"},
    {"POV.STRAOR", "INC.CONTR"},
    {"POV.UTENZE", "INC.UTENZE INC.CONTR"},
    {"POV.DEBITI", "INC.LEGALE INC.CONTR"},
    {"POV.ALIM", "INC.ALIM"},
    {"OCC", "INC.LAVORO INC.REDD"},
    {"CAS", "INC.CASA"},
    {"CAS.SENZA", "RES.ACCOGL ACC.RESID ACC.PIS INC.CASA"},
    {"CAS.SFRATTO", "INC.CASA INC.LEGALE"},
    {"CAS.RESID", "ACC.RESID INC.CASA"},
    {"FAM", "COM.INFAN ACC.PROF"},
    {"FAM.SEPAR", "INC.LEGALE COM.INFAN"},
    {"FAM.VIOL", "INC.LEGALE ACC.PIS"},
    {"FAM.CURA", "DOM.SAD DOM.NONAUT DOM.PROS"},
    {"FAM.LUTTO", "INC.DOC ACC.PROF"},
    {"SAL", "INC.SALUTE"},
    {"SAL.FISICA", "INC.SALUTE DOM.SAN"},
    {"SAL.NONAUTO", "DOM.NONAUT DOM.SAD DOM.SAN"},
    {"DIS", "DOM.NONAUT INC.DOC"},
    {"DIS.RICON", "INC.DOC DOM.NONAUT"},
    {"DIP", "INC.SALUTE"},
    {"DIP.GIOCO", "INC.SALUTE INC.LEGALE"},
    {"GIU", "INC.LEGALE ACC.PROF"},
    {"GIU.DETEN", "INC.LEGALE INC.LAVORO ACC.PROF"},
    {"GIU.LEGALE", "INC.LEGALE"},
    {"IMM", "INC.LEGALE INC.DOC"},
    {"IMM.PERMESSO", "INC.DOC INC.LEGALE"},
    {"IMM.ASILO", "INC.LEGALE RES.ACCOGL"},
    {"IMM.DOCUM", "INC.DOC"},
    {"IMM.LINGUA", "INC.LEGALE INC.LAVORO"},
    {"IST", "INC.LAVORO COM.INFAN"},
    {"IST.BASSA", "INC.LAVORO"},
    {"IST.ABBAND", "COM.INFAN COM.DIURNI"},
    {"IST.TITOLO", "INC.DOC INC.LAVORO"},
    {"IST.COSTI", "COM.INFAN INC.CONTR"},
    {"DIG", "INC.DIGIT"},
    {"REL", "DOM.PROS COM.DIURNI"},
    {"REL.ANZIANO", "DOM.PROS COM.DIURNI DOM.SAD"},
    {"REL.RETE", "DOM.PROS ACC.PROF"},
    {"ALT", "ACC.SEGR"},
};

// Words of the counter, in the same form (lowercase, no accents) the picker compares with.
constexpr Mapping kKeywords[] = {
    {"POV", "soldi economici"},
    {"POV.NORED", "soldi reddito"},
    {"POV.INSUF", "soldi stipendio pensione"},
    {"POV.STRAOR", "spese imprevisti"},
    {"POV.UTENZE", "bollette luce gas acqua riscaldamento"},
    {"POV.DEBITI", "debiti prestito finanziaria"},
    {"POV.ALIM", "cibo spesa pacco mangiare mensa"},
    {"OCC", "lavoro"},
    {"OCC.DISOCC", "lavoro disoccupato"},
    {"OCC.NERO", "lavoro nero"},
    {"OCC.PERDITA", "lavoro licenziato licenziamento"},
    {"CAS", "casa alloggio"},
    {"CAS.SENZA", "casa strada dormire dormitorio"},
    {"CAS.PRECAR", "casa alloggio"},
    {"CAS.SFRATTO", "casa affitto"},
    {"CAS.AFFITTO", "casa canone"},
    {"CAS.SOVRAF", "casa"},
    {"CAS.RESID", "residenza casa"},
    {"FAM.SEPAR", "separata separato"},
    {"FAM.VIOL", "maltrattamenti botte"},
    {"FAM.CURA", "badante assistenza anziano"},
    {"FAM.GENIT", "figli"},
    {"SAL.CURE", "medico farmaci ticket"},
    {"SAL.NONAUTO", "badante invalido"},
    {"DIS.RICON", "invalidita 104"},
    {"DIP.GIOCO", "slot scommesse"},
    {"GIU.DETEN", "carcere"},
    {"IMM.PERMESSO", "soggiorno questura"},
    {"IMM.LINGUA", "italiano"},
    {"IST.TITOLO", "diploma laurea"},
    {"IST.COSTI", "scuola libri mensa"},
    {"DIG.IDENT", "spid cie"},
    {"DIG.DISPOS", "computer telefono internet"},
    {"DIG.COMPET", "computer internet"},
    {"DIG.PRATICA", "online inps"},
    {"REL", "solo sola"},
};

template<size_t N>
QHash<QString, QStringList> table(const Mapping (&mappings)[N])
{
    QHash<QString, QStringList> result;
    for (const Mapping &mapping : mappings)
        result.insert(QString::fromLatin1(mapping.need),
                      QString::fromLatin1(mapping.categories).split(u' ', Qt::SkipEmptyParts));
    return result;
}

} // namespace

QStringList catalogueCategoriesFor(const QString &needCode)
{
    static const QHash<QString, QStringList> categories = table(kCategories);
    if (!Vocabulary::isNeed(needCode))
        return {};
    if (const auto own = categories.constFind(needCode); own != categories.cend())
        return *own;
    return categories.value(Vocabulary::needMacro(needCode));
}

QStringList needKeywords(const QString &needCode)
{
    static const QHash<QString, QStringList> keywords = table(kKeywords);
    return keywords.value(needCode);
}

} // namespace sportello::people
