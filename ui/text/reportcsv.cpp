// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/reportcsv.h"

#include "people/vocabulary.h"
#include "reports/csvexport.h"
#include "text/peopletext.h"
#include "text/reporttext.h"

using namespace Qt::StringLiterals;

namespace sportello::text {

namespace {

using reports::CsvValue;
using reports::Figure;
using reports::Hidden;

// Every hidden count reads the same: a small one and one hidden to protect it must not be told
// apart, or the totals give the small one back ("<5" beside "*" and a total of 6 reads 1 and 5).
constexpr char kHidden[] = "*";

// The rows (current, previous) of a table with its totals row, as the cells a reader may see.
struct Published
{
    QList<QList<CsvValue>> rows; // one per figure, then the totals: [current, previous]
};

// Collects the rows section by section.
struct Builder
{
    QList<ReportCsv::Section> sections;
    QString id; // of the section being written
    QList<QList<CsvValue>> rows;

    void addRow(const QList<CsvValue> &row) { rows.append(row); }
    void end()
    {
        sections.append({id, std::exchange(rows, {})});
        id.clear();
    }
};

// A grid as published: every cell and shown total, hidden ones as "<k" or "*"; rows then the
// totals row, each row's cells then its total when shown.
QList<QList<CsvValue>> publishGrid(const reports::CountGrid &grid, int threshold)
{
    QList<QList<CsvValue>> rows;
    for (const auto &values : reports::publishedValues(grid, threshold)) {
        QList<CsvValue> cells;
        for (const std::optional<qint64> &value : values)
            cells.append(ReportCsv::cell(value));
        rows.append(cells);
    }
    return rows;
}

// Figures of the period and the one before with their totals row: the two periods are never
// added up, so the complements run down the columns.
Published publish(const QList<Figure> &figures, int threshold)
{
    reports::CountGrid grid;
    grid.rowTotals = false;
    for (const Figure &f : figures)
        grid.cells.append({f.current, f.previous});
    return {publishGrid(grid, threshold)};
}

// The first lines of a coded export: what it is, whose, when.
void heading(reports::ItalianCsv &csv, const QString &title, const QString &desk,
             const reports::Period &period)
{
    csv.addRow({title, desk});
    csv.addRow({ReportCsv::tr("Period"), CsvValue::date(period.from), CsvValue::date(period.to)});
    csv.addEmptyRow();
}

} // namespace

QList<ReportCsv::Section> ReportCsv::sections(const reports::DeskReport &report,
                                              const QString &desk, int threshold)
{
    threshold = reports::clampThreshold(threshold);
    const QString hidden = QString::fromLatin1(kHidden);
    Builder csv;
    csv.addRow({tr("Desk report"), desk});
    csv.addRow(
        {tr("Period"), CsvValue::date(report.period.from), CsvValue::date(report.period.to)});
    csv.addRow({tr("Previous period"), CsvValue::date(report.previousPeriod.from),
                CsvValue::date(report.previousPeriod.to)});
    csv.end();

    const QString current = tr("Period");
    const QString previous = tr("Previous period");
    // The figures that add up go together, so that their total cannot give a small one away.
    const auto group = [&](const QString &title, const QList<std::pair<QString, Figure>> &parts,
                           const QString &totalLabel) {
        QList<Figure> figures;
        for (const auto &part : parts)
            figures.append(part.second);
        const Published published = publish(figures, threshold);
        csv.addRow({title, current, previous});
        for (qsizetype i = 0; i < parts.size(); ++i)
            csv.addRow(QList<CsvValue> {parts.at(i).first} + published.rows.at(i));
        csv.addRow(QList<CsvValue> {totalLabel} + published.rows.constLast());
        csv.end();
    };
    const Figure named {report.sessions.current - report.anonymousSessions.current,
                        report.sessions.previous - report.anonymousSessions.previous};
    group(tr("Sessions"),
          {{tr("With a person on record"), named},
           {tr("Anonymous walk-ins"), report.anonymousSessions}},
          tr("Sessions"));
    group(tr("People met"),
          {{tr("New"), report.newPeople}, {tr("Returning"), report.returningPeople}},
          tr("People met"));
    // Referrals, the unanswered ones, follow-ups: counts of their own, each hidden when small.
    csv.addRow({tr("Referrals and follow-ups"), current, previous});
    for (const auto &[label, f] : QList<std::pair<QString, Figure>> {
             {tr("Referrals"), report.referrals},
             {tr("Sent and still without an answer"), report.referralsWithoutAnswer},
             {tr("Follow-ups done"), report.followUpsDone},
             {tr("Follow-ups overdue"), report.followUpsOverdue}}) {
        const auto cell = [&](qint64 v) {
            return v >= 1 && v < threshold ? CsvValue(hidden) : CsvValue::count(v);
        };
        csv.addRow({label, cell(f.current), cell(f.previous)});
    }
    // A median of fewer than k referrals would describe too few of them.
    const QString notShown = tr("n/a");
    const auto median = [&](const std::optional<double> &value, qint64 of) {
        if (!value)
            return CsvValue();
        return of < threshold ? CsvValue(notShown) : CsvValue::decimal(*value, 1);
    };
    csv.addRow({tr("Median days from sending to take-over"),
                median(report.medianDaysToTakeOver, report.takenOver.current),
                median(report.previousMedianDaysToTakeOver, report.takenOver.previous)});
    csv.end();

    for (const reports::Breakdown &table : report.breakdowns) {
        csv.id = table.id;
        const Published published = publish(table.figures, threshold);
        csv.addRow({ReportText::title(table.id), tr("Code"), current, previous});
        for (int row = 0; row < table.codes.size(); ++row)
            csv.addRow(QList<CsvValue> {ReportText::rowLabel(table, row), table.codes.at(row)}
                       + published.rows.at(row));
        csv.addRow(QList<CsvValue> {tr("Total"), QString()} + published.rows.constLast());
        csv.end();
    }
    if (!report.unmetNeeds.isEmpty()) {
        csv.id = u"needs.unmet"_s;
        // A need in a comune with fewer than k people would say that someone there has it:
        // those rows go together into one.
        QList<reports::UnmetNeed> shown;
        qint64 others = 0;
        for (const reports::UnmetNeed &u : report.unmetNeeds) {
            if (u.people >= threshold)
                shown.append(u);
            else
                others += u.people;
        }
        QList<Figure> people;
        for (const reports::UnmetNeed &u : std::as_const(shown))
            people.append({u.people, 0});
        if (others > 0)
            people.append({others, 0});
        const Published published = publish(people, threshold);
        csv.addRow(
            {tr("Needs without an answer"), tr("Code"), tr("Comune"), tr("People"), tr("Why")});
        for (qsizetype i = 0; i < shown.size(); ++i) {
            const reports::UnmetNeed &u = shown.at(i);
            csv.addRow({PeopleText::need(u.need), u.need, ReportText::comune(u.comune),
                        published.rows.at(i).first(), ReportText::unmetReason(u)});
        }
        if (others > 0)
            csv.addRow({tr("Other needs and comuni, each with fewer than %1 people").arg(threshold),
                        QString(), QString(), published.rows.at(shown.size()).first()});
        csv.addRow({tr("Total"), QString(), QString(), published.rows.constLast().first()});
        csv.end();
    }
    csv.addRow({QString(hiddenNote(threshold) + u' '
                        + tr("\"%1\": a median of fewer than %2 referrals, not shown.")
                              .arg(notShown)
                              .arg(threshold))});
    csv.end();
    return csv.sections;
}

QByteArray ReportCsv::write(const reports::DeskReport &report, const QString &desk, int threshold)
{
    return bytes(sections(report, desk, threshold));
}

QByteArray ReportCsv::bytes(const QList<Section> &all)
{
    reports::ItalianCsv csv;
    for (qsizetype i = 0; i < all.size(); ++i) {
        for (const QList<CsvValue> &row : all.at(i).rows)
            csv.addRow(row);
        if (i + 1 < all.size())
            csv.addEmptyRow();
    }
    return csv.bytes();
}

QByteArray ReportCsv::caritas(const reports::CaritasReport &report, const QString &desk,
                              int threshold)
{
    threshold = reports::clampThreshold(threshold);
    reports::ItalianCsv csv;
    heading(csv, tr("Needs by Caritas macro-voce"), desk, report.period);
    for (const reports::CodedGrid *grid : {&report.byGender, &report.byCitizenship}) {
        reports::CountGrid counts;
        counts.cells = grid->cells;
        const QList<QList<CsvValue>> published = publishGrid(counts, threshold);
        QList<CsvValue> header {tr("Caritas macro-voce")};
        for (const QString &column : grid->columns)
            header.append(column);
        header.append(tr("People"));
        csv.addRow(header);
        for (qsizetype r = 0; r < published.size(); ++r) {
            const QString label = r < grid->rows.size()
                ? grid->rows.at(r)
                : tr("Total (a person once per macro-voce)");
            csv.addRow(QList<CsvValue> {label} + published.at(r));
        }
        csv.addEmptyRow();
    }
    csv.addRow({hiddenNote(threshold)});
    return csv.bytes();
}

QByteArray ReportCsv::facilita(const reports::FacilitaReport &report, const QString &desk,
                               int threshold)
{
    threshold = reports::clampThreshold(threshold);
    reports::ItalianCsv csv;
    heading(csv, tr("Digital facilitation"), desk, report.period);
    for (const reports::Breakdown &table : report.breakdowns) {
        reports::CountGrid counts;
        counts.rowTotals = false;
        for (const reports::Figure &f : table.figures)
            counts.cells.append(QList<qint64> {f.current});
        const QList<QList<CsvValue>> published = publishGrid(counts, threshold);
        const bool sessions = table.id == u"facilita.service" || table.id == u"facilita.ambito";
        csv.addRow({ReportText::title(table.id), sessions ? tr("Sessions") : tr("People")});
        for (qsizetype r = 0; r < published.size(); ++r) {
            const QString label = r < table.codes.size()
                ? (table.id == u"facilita.ambito"
                       ? PeopleText::term(people::Vocabulary::digitalAmbiti(), table.codes.at(r))
                       : table.codes.at(r))
                : tr("Total");
            csv.addRow(QList<CsvValue> {label} + published.at(r));
        }
        csv.addEmptyRow();
    }
    csv.addRow({hiddenNote(threshold)});
    return csv.bytes();
}

CsvValue ReportCsv::cell(const std::optional<qint64> &count)
{
    return count ? CsvValue::count(*count) : CsvValue(QString::fromLatin1(kHidden));
}

QString ReportCsv::hiddenNote(int threshold)
{
    return tr("\"*\": not shown, to protect the people counted: a count from 1 to %1, or a count "
              "hidden so that such a count cannot be worked out from the totals.")
        .arg(threshold - 1);
}

} // namespace sportello::text
