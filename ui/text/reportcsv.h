// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/deskreport.h"
#include "reports/suppression.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sportello::text {

// The desk report as one CSV file for Excel in Italian locale (reliability target 31), with
// its small cells suppressed (target 30): it leaves the desk. Every table gets its column
// totals; a count from 1 to k−1 reads "<k", and a count hidden so that a small one cannot be
// worked out reads "*", explained at the end of the file.
class ReportCsv final
{
    Q_DECLARE_TR_FUNCTIONS(ReportCsv)

public:
    [[nodiscard]] static QByteArray write(const reports::DeskReport &report, const QString &desk,
                                          int threshold = reports::kDefaultThreshold);
};

} // namespace sportello::text
