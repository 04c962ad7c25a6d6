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
#include <QString>
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

// Builds and validates the catalogue from the loaded tables (keyed by table name).
[[nodiscard]] Result<ParsedCatalogue> buildCatalogue(const QHash<QString, LoadedTable> &tables,
                                                     const ReferenceIndex &existing,
                                                     ParsedCatalogue parsed);

// Runs validateOrganization/Location/Service on the built catalogue, with references to its own
// entries and to `existing`, and appends each problem located at the row it comes from.
void validateRows(const Catalogue &catalogue, const Origins &origins,
                  const ReferenceIndex &existing, const QHash<QString, LoadedTable> &tables,
                  QList<Located> &problems);

} // namespace sportello::catalogue::hsds::csvread
