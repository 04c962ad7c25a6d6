// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/codedexports.h"
#include "reports/csvexport.h"
#include "reports/deskreport.h"
#include "reports/suppression.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sportello::text {

// The desk report as one CSV file for Excel in Italian locale (reliability target 31), with
// its small cells suppressed (target 30): it leaves the desk. Every table gets its column
// totals; a count from 1 to k−1, and a count hidden so that a small one cannot be worked out,
// both read "*" (two marks would let the totals tell them apart), explained at the end.
class ReportCsv final
{
    Q_DECLARE_TR_FUNCTIONS(ReportCsv)

public:
    // One block of the published report: its rows, the first being its heading. `id` names a
    // table of the report (reports::Breakdown::id, "needs.unmet"), empty for the other blocks.
    struct Section
    {
        QString id;
        QList<QList<reports::CsvValue>> rows;
    };

    [[nodiscard]] static QByteArray write(const reports::DeskReport &report, const QString &desk,
                                          int threshold = reports::kDefaultThreshold);
    // What write() writes, block by block (the PDF lays out the same): the desk and the periods,
    // the figures, every table, the unmet needs, the note on what is hidden.
    [[nodiscard]] static QList<Section> sections(const reports::DeskReport &report,
                                                 const QString &desk,
                                                 int threshold = reports::kDefaultThreshold);
    // A published count: the number, or "*" when hidden (small, or hidden to protect a small
    // one: the two must not be told apart).
    [[nodiscard]] static reports::CsvValue cell(const std::optional<qint64> &count);
    // What "*" means, at the end of every export.
    [[nodiscard]] static QString hiddenNote(int threshold);
    // Sections as one CSV file, an empty row between two.
    [[nodiscard]] static QByteArray bytes(const QList<Section> &sections);
    // The Caritas-coded CSV: people by Caritas macro-voce, by sex and by citizenship, with row
    // and column totals, suppressed both ways.
    [[nodiscard]] static QByteArray caritas(const reports::CaritasReport &report,
                                            const QString &desk,
                                            int threshold = reports::kDefaultThreshold);
    // The digital-facilitation CSV with the national monitoring's breakdowns.
    [[nodiscard]] static QByteArray facilita(const reports::FacilitaReport &report,
                                             const QString &desk,
                                             int threshold = reports::kDefaultThreshold);
};

} // namespace sportello::text
