// SPDX-License-Identifier: GPL-3.0-or-later
// Needs (taxonomy.md a) and their hierarchy and sensitivity; the other vocabularies are in
// vocabulary.cpp.
#include "people/vocabulary.h"

#include <QCoreApplication>

namespace sportello::people {

const QList<Term> &Vocabulary::needs()
{
    static const QList<Term> terms = {
        {"POV", "Povertà / problemi economici",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Economic poverty"), 0},
        {"POV.NORED", "Nessun reddito",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "No income"), 1},
        {"POV.INSUF", "Reddito insufficiente per le spese ordinarie",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Insufficient income"), 1},
        {"POV.STRAOR", "Spese straordinarie",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "One-off expenses"), 1},
        {"POV.UTENZE", "Difficoltà a pagare utenze",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Utility arrears"), 1},
        {"POV.DEBITI", "Indebitamento / usura",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Debt or usury"), 1},
        {"POV.ALIM", "Insufficienza alimentare",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Food insecurity"), 1},
        {"OCC", "Problemi di occupazione / lavoro",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Employment"), 0},
        {"OCC.DISOCC", "Disoccupazione",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Unemployment"), 1},
        {"OCC.PRECAR", "Lavoro precario / sottoccupazione",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Precarious work"), 1},
        {"OCC.NERO", "Lavoro irregolare",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Undeclared work"), 1},
        {"OCC.POVERO", "Lavoro povero",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "In-work poverty"), 1},
        {"OCC.PERDITA", "Perdita recente del lavoro",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Recent job loss"), 1},
        {"CAS", "Problemi abitativi", QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Housing"),
         0},
        {"CAS.SENZA", "Senza dimora / privo di abitazione",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Homeless"), 1},
        {"CAS.PRECAR", "Abitazione precaria o inadeguata",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Inadequate housing"), 1},
        {"CAS.SFRATTO", "Sfratto / morosità",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Eviction or rent arrears"), 1},
        {"CAS.AFFITTO", "Costo affitto insostenibile",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Rent burden"), 1},
        {"CAS.SOVRAF", "Sovraffollamento",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Overcrowding"), 1},
        {"CAS.RESID", "Problemi di residenza anagrafica",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Registered residence"), 1},
        {"FAM", "Problemi familiari", QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Family"),
         0},
        {"FAM.SEPAR", "Separazione / divorzio",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Separation or divorce"), 1},
        {"FAM.CONFL", "Conflittualità familiare",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Family conflict"), 1},
        {"FAM.VIOL", "Violenza / maltrattamento",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Domestic violence"), 1},
        {"FAM.CURA", "Carico di cura di familiari",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Caregiving burden"), 1},
        {"FAM.LUTTO", "Lutto", QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Bereavement"),
         1},
        {"FAM.GENIT", "Difficoltà genitoriali",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Parenting difficulties"), 1},
        {"SAL", "Problemi di salute", QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Health"),
         0},
        {"SAL.FISICA", "Malattia fisica / cronica",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Physical illness"), 1},
        {"SAL.MENTALE", "Disagio psichico",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Mental health"), 1},
        {"SAL.CURE", "Difficoltà di accesso a cure / farmaci",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Access to care or medicines"), 1},
        {"SAL.NONAUTO", "Non autosufficienza",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Loss of self-sufficiency"), 1},
        {"DIS", "Disabilità", QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Disability"), 0},
        {"DIS.FISICA", "Disabilità fisica",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Physical disability"), 1},
        {"DIS.PSICHICA", "Disabilità psichica o intellettiva",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Mental or intellectual disability"),
         1},
        {"DIS.SENSOR", "Disabilità sensoriale",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Sensory disability"), 1},
        {"DIS.RICON", "Riconoscimento invalidità / L.104 in corso",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Disability assessment pending"), 1},
        {"DIP", "Dipendenze", QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Addictions"), 0},
        {"DIP.ALCOL", "Alcol", QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Alcohol"), 1},
        {"DIP.SOST", "Sostanze", QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Drugs"), 1},
        {"DIP.GIOCO", "Gioco d'azzardo",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Gambling"), 1},
        {"DIP.ALTRO", "Altre dipendenze",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Other addictions"), 1},
        {"GIU", "Detenzione e giustizia",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Justice"), 0},
        {"GIU.DETEN", "Detenuto o ex detenuto",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Current or former prisoner"), 1},
        {"GIU.MISURE", "Misure alternative",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Alternative sentences"), 1},
        {"GIU.LEGALE", "Problemi legali / procedimenti",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Legal proceedings"), 1},
        {"IMM", "Problemi legati all'immigrazione",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Migration-related"), 0},
        {"IMM.PERMESSO", "Permesso di soggiorno",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Residence permit"), 1},
        {"IMM.ASILO", "Richiedente / titolare protezione",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Asylum or protection"), 1},
        {"IMM.DOCUM", "Pratiche e documenti",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Paperwork"), 1},
        {"IMM.LINGUA", "Difficoltà linguistiche",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Language"), 1},
        {"IMM.RICONG", "Ricongiungimento",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Family reunification"), 1},
        {"IST", "Istruzione e formazione",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Education"), 0},
        {"IST.BASSA", "Bassa scolarità / analfabetismo",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Low schooling or illiteracy"), 1},
        {"IST.ABBAND", "Abbandono scolastico",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Early school leaving"), 1},
        {"IST.TITOLO", "Riconoscimento titolo estero",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Foreign qualification recognition"),
         1},
        {"IST.COSTI", "Costi scolastici",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "School costs"), 1},
        {"DIG", "Esclusione digitale",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Digital exclusion"), 0},
        {"DIG.IDENT", "Identità digitale (SPID/CIE)",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Digital identity (SPID/CIE)"), 1},
        {"DIG.DISPOS", "Mancanza dispositivo o connessione",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "No device or connection"), 1},
        {"DIG.COMPET", "Competenze digitali",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Digital skills"), 1},
        {"DIG.PRATICA", "Pratica online bloccata",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Stuck online procedure"), 1},
        {"REL", "Solitudine / isolamento relazionale",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Loneliness"), 0},
        {"REL.SOLO", "Persona sola",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Lives alone"), 1},
        {"REL.ANZIANO", "Anziano isolato",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Isolated older person"), 1},
        {"REL.RETE", "Rete familiare assente",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "No family network"), 1},
        {"ALT", "Altri problemi",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Other problems"), 0},
        {"ALT.ALTRO", "Altro (da specificare)",
         QT_TRANSLATE_NOOP("sportello::people::Vocabulary", "Other (to be specified)"), 1},
    };
    return terms;
}

bool Vocabulary::isNeed(const QString &code)
{
    return catalogue::Taxonomy::find(needs(), code) != nullptr;
}

bool Vocabulary::isMacroNeed(const QString &code)
{
    const Term *term = catalogue::Taxonomy::find(needs(), code);
    return term && term->group == 0;
}

QString Vocabulary::needMacro(const QString &code)
{
    if (!isNeed(code))
        return {};
    const qsizetype dot = code.indexOf(u'.');
    return dot < 0 ? code : code.left(dot);
}

Sensitivity Vocabulary::needSensitivity(const QString &code)
{
    if (!isNeed(code))
        return Sensitivity::Ordinary;
    const QString macro = needMacro(code);
    if (macro == u"GIU")
        return Sensitivity::Article10;
    if (macro == u"SAL" || macro == u"DIS" || macro == u"DIP" || code == u"FAM.VIOL")
        return Sensitivity::Article9;
    return Sensitivity::Ordinary;
}

bool Vocabulary::needRequiresConsent(const QString &code, bool identified)
{
    if (needSensitivity(code) == Sensitivity::Ordinary)
        return false;
    // A macro-voce says nothing finer than "health" or "justice": for a walk-in nobody can
    // identify it is an ordinary statistic, for a named person it is special-category data.
    return identified || !isMacroNeed(code);
}

bool Vocabulary::needRequiresLabel(const QString &code)
{
    return code == u"ALT.ALTRO";
}

} // namespace sportello::people
