// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/districtreport.h"
#include "text/reportcsv.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sportello::text {

// The words of the district report and its CSV, for the hub's `report` command and the desk's
// "Distretto" tab alike. The report comes already suppressed: a hidden count reads "*".
class DistrictText final
{
    Q_DECLARE_TR_FUNCTIONS(DistrictText)

public:
    [[nodiscard]] static QString title(const QString &tableId);
    // The label of a row or a column code of a table: a desk's name, a month, a comune, a
    // destination, a state, a band of days; the code itself when nothing else knows it.
    [[nodiscard]] static QString rowLabel(const QString &tableId, const QString &code);
    [[nodiscard]] static QString columnLabel(const QString &tableId, const QString &code);
    // "gennaio 2026 – dicembre 2026".
    [[nodiscard]] static QString months(const reports::MonthRange &months);

    // The report block by block: the heading, the closed loop in short (share answered and
    // median days to take-over by destination), every table with its totals, the note.
    [[nodiscard]] static QList<ReportCsv::Section> sections(const reports::DistrictReport &report);
    // The same as one CSV file for Excel in Italian locale.
    [[nodiscard]] static QByteArray csv(const reports::DistrictReport &report);
};

} // namespace sportello::text
