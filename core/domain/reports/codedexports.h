// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/deskreport.h"

#include <QList>
#include <QString>
#include <QStringList>

// The column mappings of the two coded exports (issue 15, point 4), each kept here in one table
// so it can be adjusted when a template changes; docs/reports.md lists them.
namespace sportello::reports {

// Caritas: the desk's need macro-voce ("POV") → the Caritas macro-voce of taxonomy.md
// ("Povertà economica"); empty for an unknown code.
[[nodiscard]] QString caritasMacro(const QString &needMacro);
// The Caritas macro-voci in the order a diocesan observatory lists them.
[[nodiscard]] const QStringList &caritasMacros();

// Digital facilitation (national "Facilita" monitoring, PNRR 1.7.2). Each maps one of the
// desk's codes to the monitoring's category, "Non rilevato" when the desk does not know.
// Age at the period's end → "18-29", "30-54", "55-74", "Oltre 74" ("Under 18" for minors).
[[nodiscard]] QString facilitaAgeBand(int age);
[[nodiscard]] QString facilitaEducation(const QString &education); // people::Vocabulary::education
[[nodiscard]] QString facilitaEmployment(const QString &employment);
[[nodiscard]] QString facilitaGender(const QString &gender);
[[nodiscard]] QString facilitaServiceType(const QString &kind); // IND, GRP, ONL
// Each breakdown's categories in the monitoring's order.
[[nodiscard]] const QStringList &facilitaCategories(const QString &breakdown);

// People by Caritas macro-voce (rows, caritasMacros() order) across `columns`: a person counts
// once in each macro-voce of their needs in the period.
struct CodedGrid
{
    QStringList rows;
    QStringList columns;
    QList<QList<qint64>> cells; // [row][column]
};

struct CaritasReport
{
    Period period;
    CodedGrid byGender; // columns: Femmine, Maschi, Altro o non rilevato
    CodedGrid byCitizenship; // columns: Italiani, Stranieri, Non rilevata
};

// The period's digital facilitation by the monitoring's breakdowns: people by age band, sex,
// education and employment; sessions by service type and by ambito (one row per ambito of
// each session). Breakdown ids: facilita.age, .gender, .education, .employment, .service,
// .ambito; figures' `current` only.
struct FacilitaReport
{
    Period period;
    QList<Breakdown> breakdowns;
};

} // namespace sportello::reports
