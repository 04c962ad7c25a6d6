// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/csv.h"
#include "catalogue/fieldproblem.h"
#include "catalogue/hsdscsv.h"
#include "catalogue/model.h"
#include "catalogue/validation.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

// Internals shared by the two halves of the CSV package reader: loading the files
// (hsdscsvreader.cpp) and building the catalogue from their rows (hsdscsvbuilder.cpp).
namespace sportello::catalogue::hsds::csvread {

// A problem at one row of one file.
struct Located
{
    QString file;
    int line = 0;
    FieldProblem problem; // field: the column
};

// One CSV file of the package, parsed; absent files are empty tables.
struct LoadedTable
{
    QString file; // as named in the package: "services.csv"
    QStringList header;
    QList<csv::Record> rows; // without the header
    QHash<QString, qsizetype> columns;

    [[nodiscard]] QString value(const csv::Record &row, const QString &column) const
    {
        const auto it = columns.constFind(column);
        return it == columns.cend() ? QString() : row.fields.at(*it);
    }
};

// Typed values of one row; every problem is recorded with the row's file and line.
class RowReader final
{
public:
    RowReader(const LoadedTable &table, const csv::Record &row, QList<Located> &problems)
        : m_table(table)
        , m_row(row)
        , m_problems(problems)
    { }

    [[nodiscard]] int line() const { return m_row.line; }
    [[nodiscard]] QString text(const QString &column) const { return m_table.value(m_row, column); }
    // Frictionless booleans: true/True/TRUE/1, false/False/FALSE/0; empty gives `fallback`.
    [[nodiscard]] bool flag(const QString &column, bool fallback = false);
    [[nodiscard]] QDate date(const QString &column);
    [[nodiscard]] QTime time(const QString &column);
    [[nodiscard]] std::optional<int> integer(const QString &column, int min, int max);
    // An amount in euro; empty is 0 when `required` is false. Comma decimals are accepted.
    [[nodiscard]] std::optional<double> amount(const QString &column, bool required);
    void problem(const QString &column, FieldProblem::Code code, const QString &value = {});

private:
    const LoadedTable &m_table;
    const csv::Record &m_row;
    QList<Located> &m_problems;
};

// The lines where the rows of one entry are, to point a validation problem at the right row.
struct Origin
{
    int line = 0;
    int addressLine = 0;
    int eligibilityLine = 0;
    QList<int> phoneLines;
    QList<int> contactLines;
    QList<QList<int>> contactPhoneLines;
    QList<int> placeLines;
    QList<QList<int>> scheduleLines;
    QHash<QString, int> attributeLines; // taxonomy term → line
    std::optional<int> minAge; // services.csv minimum_age and maximum_age
    std::optional<int> maxAge;
};

// Where every entry of a catalogue came from, parallel to its lists.
struct Origins
{
    QList<Origin> organizations;
    QList<Origin> locations;
    QList<Origin> services;
};

// Builds and validates the catalogue from the loaded tables (keyed by table name). `standard`:
// the package is a standard HSDS one (its datapackage.json has no x_sportello_format), read
// with the defaults and tolerance of decision 22.
[[nodiscard]] Result<ParsedCatalogue> buildCatalogue(const QHash<QString, LoadedTable> &tables,
                                                     const ReferenceIndex &existing,
                                                     ParsedCatalogue parsed, bool standard);

// Rows of one entry's parts (hsdscsvrows.cpp).

// The index of the entry `column` names, or -1 after recording the problem.
[[nodiscard]] qsizetype lookupRow(RowReader &r, const QString &column,
                                  const QHash<QString, qsizetype> &index);
// Whether `uid` is new in its table; a repeated one is a problem.
[[nodiscard]] bool claimRow(RowReader &r, QSet<QString> &seen, const QString &column,
                            const QString &uid, bool required);
// A reusable document or prerequisite: its id must be a valid id, its name present.
[[nodiscard]] NamedItem namedItemRow(RowReader &r, const QString &idColumn,
                                     const QString &nameColumn);
// A required document; a standard row without x_document_id keeps its own id, else gets one
// from its name, so the same document in two packages is one document.
[[nodiscard]] NamedItem documentRow(RowReader &r, bool standard);
// A language; nothing for a standard row without a code, which the model cannot hold.
[[nodiscard]] std::optional<Language> languageRow(RowReader &r, bool standard);
[[nodiscard]] Channel channelRow(RowReader &r);
[[nodiscard]] CostOption costOptionRow(RowReader &r);
[[nodiscard]] EligibilityRules eligibilityRow(RowReader &r);

// The standard HSDS package (hsdscsvstandard.cpp).

// Tables of a standard package that Sportello reads but never writes (service_areas).
[[nodiscard]] const QList<CsvTable> &standardOnlyTables();
// Standard columns of Sportello's tables that the reader maps but the writer does not write.
[[nodiscard]] QStringList standardColumns(const QString &table);
// Whether a column Sportello's own package must have may be missing from a standard one.
[[nodiscard]] bool optionalInStandard(const QString &table, const QString &column);
// One row of a standard schedules.csv as a weekly slot; nothing when the model cannot hold it
// (listed in parsed.unsupportedValues as "schedules.csv:LINE").
[[nodiscard]] std::optional<WeeklySchedule> standardSchedule(RowReader &r, const LoadedTable &table,
                                                             ParsedCatalogue &parsed);
// The code of the term an attribute row names: the id itself when it is one of Sportello's
// codes, else the code of the taxonomy_terms row with that id.
[[nodiscard]] QString termCode(const QString &termId, const LoadedTable &terms);
// A standard location may name no organization: it is the organization of the first service
// held there.
void linkLocations(Catalogue &catalogue);
// A service area row's comune (ISTAT code), empty when it names none of the district's.
[[nodiscard]] QString areaComune(const QString &name);

// Runs validateOrganization/Location/Service on the built catalogue, with references to its own
// entries and to `existing`, and appends each problem located at the row it comes from.
void validateRows(const Catalogue &catalogue, const Origins &origins,
                  const ReferenceIndex &existing, const QHash<QString, LoadedTable> &tables,
                  QList<Located> &problems);

} // namespace sportello::catalogue::hsds::csvread
