// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/deskreport.h"
#include "reports/suppression.h"

#include <QString>

namespace sportello::ui {

// The desk report as an A4 PDF/A-1b for the Comuni, Caritas and the facilitation programme: a
// title page (desk, period, the one before, the date, what is hidden and why), then what the
// CSV publishes — the figures, every table with its chart, the unmet needs — small counts
// suppressed, as it leaves the desk. A chart draws only the counts the table shows. Needs a
// QApplication (the charts are widgets' graphics). True when the file was written.
[[nodiscard]] bool writeReportPdf(const reports::DeskReport &report, const QString &desk,
                                  const QString &path, const QDate &producedOn,
                                  int threshold = reports::kDefaultThreshold);

} // namespace sportello::ui
