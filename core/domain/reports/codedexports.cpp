// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/codedexports.h"

#include <QHash>

#include <utility>

using namespace Qt::StringLiterals;

namespace sportello::reports {

namespace {

const QString kNotKnown = u"Non rilevato"_s;

QString lookup(const QList<std::pair<QString, QString>> &table, const QString &code)
{
    for (const auto &[from, to] : table) {
        if (from == code)
            return to;
    }
    return kNotKnown;
}

// taxonomy.md (a), column "↔ Caritas".
const QList<std::pair<QString, QString>> &caritasTable()
{
    static const QList<std::pair<QString, QString>> table {
        {u"POV"_s, u"Povertà economica"_s},
        {u"OCC"_s, u"Problemi di occupazione"_s},
        {u"CAS"_s, u"Problemi abitativi"_s},
        {u"FAM"_s, u"Problemi familiari"_s},
        {u"SAL"_s, u"Problemi di salute"_s},
        {u"DIS"_s, u"Handicap/disabilità"_s},
        {u"DIP"_s, u"Dipendenze"_s},
        {u"GIU"_s, u"Detenzione e giustizia"_s},
        {u"IMM"_s, u"Problemi legati all'immigrazione"_s},
        {u"IST"_s, u"Problemi di istruzione"_s},
        {u"DIG"_s, u"Altri problemi"_s},
        {u"REL"_s, u"Altri problemi"_s},
        {u"ALT"_s, u"Altri tipi di problemi"_s},
    };
    return table;
}

} // namespace

QString caritasMacro(const QString &needMacro)
{
    for (const auto &[from, to] : caritasTable()) {
        if (from == needMacro)
            return to;
    }
    return {};
}

const QStringList &caritasMacros()
{
    static const QStringList macros = [] {
        QStringList list;
        for (const auto &row : caritasTable()) {
            if (!list.contains(row.second))
                list.append(row.second);
        }
        return list;
    }();
    return macros;
}

QString facilitaAgeBand(int age)
{
    if (age < 0)
        return kNotKnown;
    if (age < 18)
        return u"Under 18"_s;
    if (age < 30)
        return u"18-29"_s;
    if (age < 55)
        return u"30-54"_s;
    if (age < 75)
        return u"55-74"_s;
    return u"Oltre 74"_s;
}

QString facilitaEducation(const QString &education)
{
    static const QList<std::pair<QString, QString>> table {
        {u"NESSUNO"_s, u"Nessun titolo"_s}, {u"ELEMENTARE"_s, u"Licenza elementare"_s},
        {u"MEDIA"_s, u"Licenza media"_s},   {u"DIPLOMA"_s, u"Diploma"_s},
        {u"LAUREA"_s, u"Laurea"_s},
    };
    return lookup(table, education);
}

QString facilitaEmployment(const QString &employment)
{
    static const QList<std::pair<QString, QString>> table {
        {u"DIPENDENTE"_s, u"Dipendente"_s},
        {u"AUTONOMO"_s, u"Autonomo"_s},
        {u"DISOCCUPATO"_s, u"Disoccupato/inoccupato"_s},
        {u"PENSIONATO"_s, u"Pensionato"_s},
        {u"STUDENTE"_s, u"Studente"_s},
        {u"CASALINGA"_s, u"Altro"_s},
        {u"ALTRO"_s, u"Altro"_s},
    };
    return lookup(table, employment);
}

QString facilitaGender(const QString &gender)
{
    static const QList<std::pair<QString, QString>> table {
        {u"F"_s, u"Femmina"_s}, {u"M"_s, u"Maschio"_s}, {u"ALTRO"_s, u"Altro"_s}};
    return lookup(table, gender);
}

QString facilitaServiceType(const QString &kind)
{
    static const QList<std::pair<QString, QString>> table {
        {u"IND"_s, u"Facilitazione individuale"_s},
        {u"GRP"_s, u"Formazione in presenza"_s},
        {u"ONL"_s, u"Formazione online"_s},
    };
    return lookup(table, kind);
}

const QStringList &facilitaCategories(const QString &breakdown)
{
    static const QHash<QString, QStringList> categories {
        {u"age"_s, {u"Under 18"_s, u"18-29"_s, u"30-54"_s, u"55-74"_s, u"Oltre 74"_s, kNotKnown}},
        {u"gender"_s, {u"Femmina"_s, u"Maschio"_s, u"Altro"_s, kNotKnown}},
        {u"education"_s,
         {u"Nessun titolo"_s, u"Licenza elementare"_s, u"Licenza media"_s, u"Diploma"_s,
          u"Laurea"_s, kNotKnown}},
        {u"employment"_s,
         {u"Dipendente"_s, u"Autonomo"_s, u"Disoccupato/inoccupato"_s, u"Pensionato"_s,
          u"Studente"_s, u"Altro"_s, kNotKnown}},
        {u"service"_s,
         {u"Facilitazione individuale"_s, u"Formazione in presenza"_s, u"Formazione online"_s}},
    };
    static const QStringList none;
    const auto it = categories.constFind(breakdown);
    return it == categories.constEnd() ? none : *it;
}

} // namespace sportello::reports
