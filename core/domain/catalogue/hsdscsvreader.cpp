// SPDX-License-Identifier: GPL-3.0-or-later
// The reading half of hsdscsv.h, first part: datapackage.json, the CSV files and typed values.
#include "catalogue/hsdscsvreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sportello::catalogue::hsds {

namespace csvread {

bool RowReader::flag(const QString &column, bool fallback)
{
    const QString value = text(column);
    if (value.isEmpty())
        return fallback;
    if (value == u"true"_s || value == u"True"_s || value == u"TRUE"_s || value == u"1"_s)
        return true;
    if (value == u"false"_s || value == u"False"_s || value == u"FALSE"_s || value == u"0"_s)
        return false;
    problem(column, FieldProblem::ExpectedBool, value);
    return fallback;
}

QDate RowReader::date(const QString &column)
{
    const QString value = text(column);
    if (value.isEmpty())
        return {};
    const QDate date = QDate::fromString(value, u"yyyy-MM-dd"_s);
    if (!date.isValid())
        problem(column, FieldProblem::InvalidDate, value);
    return date;
}

QTime RowReader::time(const QString &column)
{
    const QString value = text(column);
    if (value.isEmpty())
        return {};
    QTime time = QTime::fromString(value, u"HH:mm"_s);
    if (!time.isValid())
        time = QTime::fromString(value, u"HH:mm:ss"_s);
    if (!time.isValid())
        problem(column, FieldProblem::InvalidTime, value);
    return time;
}

std::optional<int> RowReader::integer(const QString &column, int min, int max)
{
    const QString value = text(column).trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || number != std::floor(number) || number < min || number > max) {
        problem(column, FieldProblem::OutOfRange, u"%1–%2"_s.arg(min).arg(max));
        return std::nullopt;
    }
    return static_cast<int>(number);
}

std::optional<double> RowReader::amount(const QString &column, bool required)
{
    QString value = text(column).trimmed();
    if (value.isEmpty()) {
        if (required)
            problem(column, FieldProblem::InvalidAmount, value);
        return required ? std::nullopt : std::optional<double>(0.0);
    }
    if (!value.contains(u'.') && value.count(u',') == 1)
        value.replace(u',', u'.'); // "10140,00" as typed in an Italian spreadsheet
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number)) {
        problem(column, required ? FieldProblem::InvalidAmount : FieldProblem::ExpectedNumber,
                text(column));
        return std::nullopt;
    }
    if (number < 0) {
        problem(column, FieldProblem::InvalidAmount, text(column));
        return std::nullopt;
    }
    return number;
}

void RowReader::problem(const QString &column, FieldProblem::Code code, const QString &value)
{
    m_problems.append({m_table.file, m_row.line, {column, code, value}});
}

} // namespace csvread

namespace {

using csvread::LoadedTable;

Error malformed(const QString &file, int line, const QString &column, const QString &message)
{
    return makeError(ErrorCode::ImportMalformed,
                     u"%1:%2: %3 %4"_s.arg(file).arg(line).arg(column, message),
                     {file, QString::number(line), column, message});
}

Error missingFile(const QString &file)
{
    return malformed(file, 0, {}, u"missing file"_s);
}

// What datapackage.json says: the file of each known table, and the package's version.
struct PackageIndex
{
    QHash<QString, QString> paths; // table name → path relative to the folder
    QSet<QString> listed; // tables the package lists: their files must exist
    qint64 version = 0;
    bool standard = false; // no x_sportello_format: a standard HSDS package
};

bool isSafeRelativePath(const QString &path)
{
    return !path.isEmpty() && QDir::isRelativePath(path) && !path.startsWith(u'/')
        && !path.startsWith(u'\\') && !path.split(u'/').contains(u".."_s)
        && !path.split(u'\\').contains(u".."_s);
}

Result<PackageIndex> readDataPackage(const QDir &dir, QStringList &ignored)
{
    const QString name = QString::fromLatin1(kDataPackageFile);
    QFile file(dir.filePath(name));
    if (!file.exists())
        return missingFile(name);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileUnreadable, file.errorString(), {file.fileName()});
    const QByteArray data = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype lineStart = data.lastIndexOf('\n', parseError.offset - 1) + 1;
        return malformed(name, lineAt(data, parseError.offset),
                         QString::number(parseError.offset - lineStart + 1),
                         parseError.errorString());
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || !root.value(u"resources"_s).isArray())
        return malformed(name, 1, {}, u"not a data package: no resources"_s);

    PackageIndex index;
    index.version = root.value(u"x_catalogue_version"_s).toInteger();
    index.standard = !root.contains(u"x_sportello_format"_s);
    const QJsonArray resources = root.value(u"resources"_s).toArray();
    for (const QJsonValue &value : resources) {
        const QJsonObject resource = value.toObject();
        const QString path = resource.value(u"path"_s).toString();
        if (!isSafeRelativePath(path))
            return malformed(name, lineAt(data, data.indexOf(path.toUtf8())), {},
                             u"unsupported resource path: %1"_s.arg(path));
        const QString resourceName = resource.value(u"name"_s).toString();
        const CsvTable *table = findCsvTable(resourceName);
        const QList<CsvTable> &extra
            = index.standard ? csvread::standardOnlyTables() : QList<CsvTable>();
        for (const CsvTable &candidate : extra) {
            if (!table && candidate.name == resourceName)
                table = &candidate;
        }
        for (const QList<CsvTable> *list : {&csvTables(), &extra}) {
            for (const CsvTable &candidate : *list) {
                if (!table && QFileInfo(path).fileName() == candidate.fileName())
                    table = &candidate;
            }
        }
        if (!table || index.listed.contains(table->name)) {
            if (!ignored.contains(path))
                ignored.append(path);
            continue;
        }
        index.paths.insert(table->name, path);
        index.listed.insert(table->name);
    }
    return index;
}

Result<LoadedTable> loadTable(const QDir &dir, const CsvTable &spec, const PackageIndex &package,
                              QStringList &ignored)
{
    LoadedTable table;
    table.file = package.paths.value(spec.name, spec.fileName());
    QFile file(dir.filePath(table.file));
    if (!file.exists()) {
        if (spec.requiredFile || package.listed.contains(spec.name))
            return missingFile(table.file);
        return table; // an optional table left out: no rows
    }
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileUnreadable, file.errorString(), {file.fileName()});
    auto records = csv::parse(file.readAll(), table.file);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return malformed(table.file, 1, u"1"_s, u"no header row"_s);
    table.header = records->takeFirst().fields;
    table.rows = std::move(*records);
    for (qsizetype i = 0; i < table.header.size(); ++i) {
        const QString &column = table.header.at(i);
        if (table.columns.contains(column))
            return malformed(table.file, 1, column, u"duplicate column"_s);
        table.columns.insert(column, i);
    }
    for (const CsvColumn &column : spec.columns) {
        if (column.required && !table.columns.contains(column.name)
            && !(package.standard && csvread::optionalInStandard(spec.name, column.name)))
            return malformed(table.file, 1, column.name, u"missing column"_s);
    }
    const QStringList known = spec.columnNames()
        + (package.standard ? csvread::standardColumns(spec.name) : QStringList());
    for (qsizetype i = 0; i < table.header.size(); ++i) {
        if (known.contains(table.header.at(i)))
            continue;
        // Like the JSON reader, which skips null values: an empty column drops nothing.
        const bool used
            = std::any_of(table.rows.cbegin(), table.rows.cend(),
                          [i](const csv::Record &row) { return !row.fields.at(i).isEmpty(); });
        if (used)
            ignored.append(table.file + u':' + table.header.at(i));
    }
    return table;
}

} // namespace

Result<ParsedCatalogue> readCsvPackage(const QString &path, const ReferenceIndex &existing)
{
    const QFileInfo info(path);
    const QDir dir(info.isDir() ? info.absoluteFilePath() : info.absolutePath());
    ParsedCatalogue parsed;
    auto package = readDataPackage(dir, parsed.ignoredFields);
    if (!package)
        return package.error();
    parsed.sourceVersion = package->version;

    QHash<QString, LoadedTable> tables;
    QSet<QString> knownFiles {QString::fromLatin1(kDataPackageFile)};
    for (const CsvTable &spec :
         csvTables() + (package->standard ? csvread::standardOnlyTables() : QList<CsvTable>())) {
        auto table = loadTable(dir, spec, *package, parsed.ignoredFields);
        if (!table)
            return table.error();
        knownFiles.insert(QDir::cleanPath(table->file));
        tables.insert(spec.name, std::move(*table));
    }
    // CSV files in the folder that the package does not explain are reported, not skipped.
    for (const QString &file : dir.entryList({u"*.csv"_s}, QDir::Files, QDir::Name)) {
        if (!knownFiles.contains(file) && !parsed.ignoredFields.contains(file))
            parsed.ignoredFields.append(file);
    }
    if (!tables.value(u"metadata"_s).rows.isEmpty())
        parsed.ignoredFields.append(tables.value(u"metadata"_s).file); // history stays local
    return csvread::buildCatalogue(tables, existing, std::move(parsed), package->standard);
}

} // namespace sportello::catalogue::hsds
