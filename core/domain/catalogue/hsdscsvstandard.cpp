// SPDX-License-Identifier: GPL-3.0-or-later
// The reading half of hsdscsv.h, standard packages: what a standard HSDS 3.x tabular package has
// that Sportello's own does not, read with the defaults of docs/decisions.md, 22.
#include "catalogue/hsdscsvreader.h"
#include "catalogue/hsdsjsonreader.h"
#include "catalogue/taxonomy.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sportello::catalogue::hsds::csvread {

const QList<CsvTable> &standardOnlyTables()
{
    // Only the columns the reader maps: the others are listed as not imported when used.
    static const QList<CsvTable> tables = {
        {u"service_areas"_s,
         {{u"id"_s, u"string"_s, {}, false},
          {u"service_id"_s, u"string"_s, u"services.id"_s, false},
          {u"name"_s, u"string"_s, {}, false}},
         u"id"_s,
         false},
    };
    return tables;
}

QStringList standardColumns(const QString &table)
{
    // Links of rows that are listed as a whole, and standard columns mapped to the model.
    static const QHash<QString, QStringList> columns = {
        {u"addresses"_s, {u"address_2"_s}},
        {u"accessibility"_s, {u"details"_s}},
        {u"services"_s, {u"fees"_s}},
        {u"phones"_s, {u"service_at_location_id"_s}},
        {u"contacts"_s, {u"organization_id"_s, u"location_id"_s, u"service_at_location_id"_s}},
        {u"languages"_s, {u"location_id"_s, u"phone_id"_s}},
        {u"attributes"_s, {u"link_type"_s}},
        {u"schedules"_s,
         {u"service_id"_s, u"location_id"_s, u"dtstart"_s, u"until"_s, u"count"_s, u"wkst"_s,
          u"interval"_s, u"byweekno"_s, u"bymonthday"_s, u"byyearday"_s, u"notes"_s}},
    };
    return columns.value(table);
}

bool optionalInStandard(const QString &table, const QString &column)
{
    return (table == u"locations"_s && column == u"organization_id"_s)
        || (table == u"schedules"_s && column == u"service_at_location_id"_s)
        || (table == u"required_documents"_s && column == u"x_document_id"_s);
}

std::optional<WeeklySchedule> standardSchedule(RowReader &r, const LoadedTable &table,
                                               ParsedCatalogue &parsed)
{
    // The row as the JSON schedule object it stands for, read by the same code.
    QJsonObject object;
    for (const QString &column : table.header) {
        if (!r.text(column).isEmpty())
            object.insert(column, r.text(column));
    }
    QList<FieldProblem> problems;
    QStringList ignored;
    QStringList unsupported;
    const jsonread::Notes notes {jsonread::Dialect::Standard, &ignored, &unsupported};
    const QList<WeeklySchedule> weekly
        = jsonread::readStandardSchedules(QJsonArray {object}, u"row"_s, problems, notes);
    for (const FieldProblem &problem : problems)
        r.problem(problem.field.section(u'.', 1), problem.code, problem.value);
    const QString where = u"%1:%2"_s.arg(table.file).arg(r.line());
    // Unknown columns are listed once for the file; only the notes a description displaced here.
    if (ignored.contains(u"row[0].notes"_s))
        parsed.ignoredFields.append(where + u":notes"_s);
    if (!unsupported.isEmpty())
        parsed.unsupportedValues.append(where);
    if (weekly.isEmpty() || !problems.isEmpty())
        return std::nullopt;
    return weekly.first();
}

QString termCode(const QString &termId, const LoadedTable &terms)
{
    const auto ours = [](const QString &code) {
        return Taxonomy::find(Taxonomy::categories(), code)
            || Taxonomy::find(Taxonomy::userAreas(), code);
    };
    if (ours(termId))
        return termId;
    for (const csv::Record &row : terms.rows) {
        if (terms.value(row, u"id"_s) == termId && ours(terms.value(row, u"code"_s)))
            return terms.value(row, u"code"_s);
    }
    return {};
}

void linkLocations(Catalogue &catalogue)
{
    for (Location &location : catalogue.locations) {
        for (const Service &service : catalogue.services) {
            for (const ServiceAtLocation &place : service.locations) {
                if (place.locationUid == location.uid && location.organizationUid.isEmpty())
                    location.organizationUid = service.organizationUid;
            }
        }
    }
}

QString areaComune(const QString &name)
{
    for (const Term &term : Taxonomy::comuni()) {
        if (name == QLatin1String(term.code)
            || name.compare(QString::fromUtf8(term.italian), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(term.code);
    }
    return {};
}

} // namespace sportello::catalogue::hsds::csvread
