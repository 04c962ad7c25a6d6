// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/hsdsjson.h"
#include "catalogue/model.h"
#include "catalogue/validation.h"
#include "support/result.h"

#include <QList>
#include <QString>
#include <QStringList>

// Reading and writing the catalogue as the Open Referral HSDS 3.x *tabular* package: a folder
// with datapackage.json (Frictionless) and one CSV per table, holding exactly what the JSON
// format holds (docs/catalogue-format.md, "CSV package").
namespace sportello::catalogue::hsds {

// One column of a package table, as written and as declared in datapackage.json.
struct CsvColumn
{
    QString name;
    QString type; // Frictionless type: string, integer, number, boolean, date, time
    QString references; // "table.id" for a foreign key, else empty
    bool required = false; // the reader refuses a file without this column
};

// One table (CSV file) of the package.
struct CsvTable
{
    QString name; // "services"; the file is name + ".csv"
    QList<CsvColumn> columns;
    QString primaryKey; // empty when rows have no key of their own
    bool requiredFile = false; // the reader refuses a package without it

    [[nodiscard]] QString fileName() const { return name + QStringLiteral(".csv"); }
    [[nodiscard]] QStringList columnNames() const;
};

// Every table Sportello writes, in the order it writes and reads them.
[[nodiscard]] const QList<CsvTable> &csvTables();
[[nodiscard]] const CsvTable *findCsvTable(const QString &name);

inline constexpr char kDataPackageFile[] = "datapackage.json";

// Writes datapackage.json and every table into `folder` (created when missing, reused when it
// exists), each file replaced atomically. CSV files are UTF-8 without BOM, RFC 4180, CRLF.
[[nodiscard]] Status writeCsvPackage(const Catalogue &catalogue, qint64 version,
                                     const QList<ChangeRecord> &history, const QString &folder);

// Reads and validates a package; `path` is its folder or its datapackage.json. Builds the same
// catalogue readJson builds from the same content. A problem fails with
// ErrorCode::ImportInvalid, args {file ("services.csv"), line of the row, column, FieldProblem
// code, value}; a package that cannot be read as CSV (bad quoting, wrong number of fields,
// missing file or column) with ErrorCode::ImportMalformed, args {file, line, column, message};
// an unreadable file with ErrorCode::FileUnreadable. Columns and files it does not know are
// listed in ignoredFields ("services.csv:program_id", "programs.csv").
[[nodiscard]] Result<ParsedCatalogue> readCsvPackage(const QString &path,
                                                     const ReferenceIndex &existing);

} // namespace sportello::catalogue::hsds
