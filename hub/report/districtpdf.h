// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/districtreport.h"

#include <QDate>
#include <QString>

namespace sportello::hub {

// The district report as an A4 PDF/A-1b: the heading, the closed loop in short, every table,
// the note on what is hidden (text::DistrictText::sections, as the CSV). Needs a
// QGuiApplication (fonts). True when the file was written.
[[nodiscard]] bool writeDistrictPdf(const reports::DistrictReport &report, const QString &path,
                                    const QDate &producedOn);

} // namespace sportello::hub
