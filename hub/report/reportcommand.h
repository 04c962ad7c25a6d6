// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/clock.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace sportello::hub {

// `sportello-hub report --dir DIR --from DATE --to DATE --format csv|pdf|json --out FILE
// [--threshold K]`: the district report over every desk's referrals, small counts suppressed
// (K from hub.conf's report_threshold unless given, never below 3). DATE is a month YYYY-MM
// or a day (its month). pdf needs a QGuiApplication.
class ReportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(sportello::hub::ReportCommand)

public:
    // The exit code: 0 written, 1 failed, 2 wrong usage.
    [[nodiscard]] static int run(const QStringList &arguments, const Clock &clock, QTextStream &out,
                                 QTextStream &err);
    // Whether `arguments` ask for a PDF (main then makes a QGuiApplication).
    [[nodiscard]] static bool wantsPdf(const QStringList &arguments);
};

} // namespace sportello::hub
