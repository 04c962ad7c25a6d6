// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/deskreport.h"

#include <QCoreApplication>
#include <QString>

namespace sportello::text {

// The words of the desk report: each table's title and each row's label in the interface
// language. Qt Core only, for the report page and the exports of both front ends.
class ReportText final
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)

public:
    // "Sessions by type" for "sessions.type"; the id itself for an unknown table.
    [[nodiscard]] static QString title(const QString &tableId);
    // The label of row `row` of `table`: the vocabulary's word, the month's name, the
    // service's name; the code itself when nothing else knows it.
    [[nodiscard]] static QString rowLabel(const reports::Breakdown &table, int row);
    // A comune of residence; "ND" (anonymous walk-ins) reads "Not known".
    [[nodiscard]] static QString comune(const QString &code);
    // Why a need is listed as unmet: no service where the people live, no answer available,
    // or both.
    [[nodiscard]] static QString unmetReason(const reports::UnmetNeed &need);
    // "01/03/2026 – 31/03/2026".
    [[nodiscard]] static QString period(const reports::Period &period);
};

} // namespace sportello::text
