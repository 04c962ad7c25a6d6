// SPDX-License-Identifier: GPL-3.0-or-later
// The writing half of hsdscsv.h: the catalogue as CSV tables plus datapackage.json.
#include "catalogue/csv.h"
#include "catalogue/hsdscsv.h"
#include "catalogue/jsoncodec.h"
#include "catalogue/taxonomy.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace sportello::catalogue::hsds {

namespace {

using Values = QList<std::pair<QString, QString>>;

QString flag(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

// Exact, from the cents: "10140.00".
QString money(qint64 cents)
{
    const qint64 magnitude = qAbs(cents);
    return (cents < 0 ? u"-"_s : QString()) + QString::number(magnitude / 100) + u'.'
        + QString::number(magnitude % 100).rightJustified(2, u'0');
}

QString time(const QTime &time)
{
    return time.isValid() ? time.toString(u"HH:mm"_s) : QString();
}

// Rows of every table, in each table's column order.
class Tables
{
public:
    void add(const QString &table, const Values &values)
    {
        const CsvTable *spec = findCsvTable(table);
        Q_ASSERT(spec);
        QStringList row(spec->columns.size());
        for (const auto &[column, value] : values) {
            const qsizetype index = spec->columnNames().indexOf(column);
            Q_ASSERT(index >= 0);
            row[index] = value;
        }
        m_rows[table].append(row);
    }
    [[nodiscard]] QByteArray file(const CsvTable &table) const
    {
        QByteArray data = csv::formatRecord(table.columnNames());
        for (const QStringList &row : m_rows.value(table.name))
            data += csv::formatRecord(row);
        return data;
    }

private:
    QHash<QString, QList<QStringList>> m_rows;
};

void addPhones(Tables &tables, const QString &ownerColumn, const QString &ownerId,
               const QList<Phone> &phones)
{
    for (qsizetype i = 0; i < phones.size(); ++i) {
        const Phone &phone = phones.at(i);
        tables.add(u"phones"_s,
                   {{u"id"_s, u"%1:%2:phone:%3"_s.arg(ownerColumn.chopped(3), ownerId).arg(i + 1)},
                    {ownerColumn, ownerId},
                    {u"number"_s, phone.number},
                    {u"type"_s, phone.type},
                    {u"description"_s, phone.description}});
    }
}

void addLocation(Tables &tables, const Location &l)
{
    tables.add(u"locations"_s,
               {{u"id"_s, l.uid},
                {u"organization_id"_s, l.organizationUid},
                {u"name"_s, l.name},
                {u"description"_s, l.description},
                {u"location_type"_s, l.isVirtual ? u"virtual"_s : u"physical"_s},
                {u"x_comune_istat"_s, l.comuneIstat},
                {u"x_confidential"_s, flag(l.confidential)},
                {u"x_demo_values"_s, flag(l.demoValues)}});
    // Unlike the JSON writer, a partial address (no street nor city) is kept too.
    if (!l.street.isEmpty() || !l.city.isEmpty() || !l.postalCode.isEmpty() || !l.province.isEmpty()
        || l.country != u"IT"_s)
        tables.add(u"addresses"_s,
                   {{u"id"_s, l.uid + u":address"_s},
                    {u"location_id"_s, l.uid},
                    {u"address_1"_s, l.street},
                    {u"city"_s, l.city},
                    {u"postal_code"_s, l.postalCode},
                    {u"state_province"_s, l.province},
                    {u"country"_s, l.country},
                    {u"address_type"_s, u"physical"_s}});
    if (!l.accessibility.isEmpty()) {
        const QStringList lines = l.accessibility.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i)
            tables.add(u"accessibility"_s,
                       {{u"id"_s, u"%1:accessibility:%2"_s.arg(l.uid).arg(i + 1)},
                        {u"location_id"_s, l.uid},
                        {u"description"_s, lines.at(i)}});
    }
    addPhones(tables, u"location_id"_s, l.uid, l.phones);
}

void addPlace(Tables &tables, const Service &s, const ServiceAtLocation &place)
{
    // The database names a place without id the same way when it stores it.
    const QString id = place.uid.isEmpty() ? s.uid + u'@' + place.locationUid : place.uid;
    tables.add(u"service_at_locations"_s,
               {{u"id"_s, id},
                {u"service_id"_s, s.uid},
                {u"location_id"_s, place.locationUid},
                {u"description"_s, place.description}});
    for (qsizetype i = 0; i < place.schedules.size(); ++i) {
        const WeeklySchedule &schedule = place.schedules.at(i);
        tables.add(u"schedules"_s,
                   {{u"id"_s, u"%1:schedule:%2"_s.arg(id).arg(i + 1)},
                    {u"service_at_location_id"_s, id},
                    {u"freq"_s, u"WEEKLY"_s},
                    {u"byday"_s, byDayFromWeekdays(schedule.weekdays)},
                    {u"opens_at"_s, time(schedule.opensAt)},
                    {u"closes_at"_s, time(schedule.closesAt)},
                    {u"valid_from"_s, json::dateText(schedule.validFrom)},
                    {u"valid_to"_s, json::dateText(schedule.validTo)},
                    {u"description"_s, schedule.description}});
    }
    for (qsizetype i = 0; i < place.exceptions.size(); ++i) {
        const ScheduleException &exception = place.exceptions.at(i);
        tables.add(u"x_schedule_exceptions"_s,
                   {{u"id"_s, u"%1:exception:%2"_s.arg(id).arg(i + 1)},
                    {u"service_at_location_id"_s, id},
                    {u"date"_s, json::dateText(exception.day)},
                    {u"closed"_s, flag(exception.closed)},
                    {u"opens_at"_s, exception.closed ? QString() : time(exception.opensAt)},
                    {u"closes_at"_s, exception.closed ? QString() : time(exception.closesAt)},
                    {u"note"_s, exception.note}});
    }
}

void addEligibility(Tables &tables, const Service &s)
{
    EligibilityRules rest = s.rules;
    rest.minAge.reset(); // minimum_age and maximum_age are HSDS columns of services.csv
    rest.maxAge.reset();
    if (rest.isEmpty())
        return;
    QStringList household;
    for (int bit = 1; bit <= kAllHouseholdFlags; bit <<= 1) {
        if (rest.householdAny & bit)
            household.append(Taxonomy::householdFlagCode(static_cast<HouseholdFlag>(bit)));
    }
    Values values {{u"service_id"_s, s.uid},
                   {u"comuni"_s, rest.comuni.join(u';')},
                   {u"household_any"_s, household.join(u';')},
                   {u"min_household_size"_s,
                    rest.minHouseholdSize > 0 ? QString::number(rest.minHouseholdSize) : QString()},
                   {u"residence_permit"_s, flag(rest.residencePermit)}};
    if (rest.isee) {
        values += Values {{u"isee_type"_s, Taxonomy::iseeTypeCode(rest.isee->type)},
                          {u"isee_max"_s, money(rest.isee->maxCents)},
                          {u"isee_valid_from"_s, json::dateText(rest.isee->validFrom)}};
        if (rest.isee->altMaxCents > 0)
            values += Values {
                {u"isee_alt_max"_s, money(rest.isee->altMaxCents)},
                {u"isee_alt_min_children"_s, QString::number(rest.isee->altMinChildren)}};
    }
    tables.add(u"x_eligibility"_s, values);
}

void addService(Tables &tables, const Service &s)
{
    const auto optionalInt = [](const std::optional<int> &value) {
        return value ? QString::number(*value) : QString();
    };
    tables.add(u"services"_s,
               {{u"id"_s, s.uid},
                {u"organization_id"_s, s.organizationUid},
                {u"name"_s, s.name},
                {u"alternate_name"_s, s.alternateName},
                {u"description"_s, s.description},
                {u"url"_s, s.url},
                {u"email"_s, s.email},
                {u"status"_s,
                 s.status == ServiceStatus::Active                  ? u"active"_s
                     : s.status == ServiceStatus::TemporarilyClosed ? u"temporarily closed"_s
                                                                    : u"defunct"_s},
                {u"alert"_s, s.statusNote},
                {u"eligibility_description"_s, s.eligibilityText},
                {u"minimum_age"_s, optionalInt(s.rules.minAge)},
                {u"maximum_age"_s, optionalInt(s.rules.maxAge)},
                {u"application_process"_s, s.applicationSteps.join(u'\n')},
                {u"fees_description"_s, s.feesDescription},
                {u"interpretation_services"_s, s.interpretationServices},
                {u"wait_time"_s, s.waitTime},
                {u"assured_date"_s, json::dateText(s.verifiedOn)},
                {u"x_free"_s, flag(s.free)},
                {u"x_verified_by"_s, s.verifiedBy},
                {u"x_source_url"_s, s.sourceUrl},
                {u"x_automatic"_s, flag(s.automatic)},
                {u"x_call_window_opens"_s, json::dateText(s.callWindow.opens)},
                {u"x_call_window_closes"_s, json::dateText(s.callWindow.closes)},
                {u"x_demo_values"_s, flag(s.demoValues)}});
    const auto rowId = [&s](const QString &kind, qsizetype index) {
        return u"%1:%2:%3"_s.arg(s.uid, kind).arg(index + 1);
    };
    addPhones(tables, u"service_id"_s, s.uid, s.phones);
    for (qsizetype i = 0; i < s.contacts.size(); ++i) {
        const Contact &contact = s.contacts.at(i);
        const QString id = rowId(u"contact"_s, i);
        tables.add(u"contacts"_s,
                   {{u"id"_s, id},
                    {u"service_id"_s, s.uid},
                    {u"name"_s, contact.name},
                    {u"title"_s, contact.title},
                    {u"department"_s, contact.department},
                    {u"email"_s, contact.email}});
        addPhones(tables, u"contact_id"_s, id, contact.phones);
    }
    for (const ServiceAtLocation &place : s.locations)
        addPlace(tables, s, place);
    for (qsizetype i = 0; i < s.languages.size(); ++i)
        tables.add(u"languages"_s,
                   {{u"id"_s, rowId(u"language"_s, i)},
                    {u"service_id"_s, s.uid},
                    {u"code"_s, s.languages.at(i).code},
                    {u"name"_s, s.languages.at(i).name}});
    for (qsizetype i = 0; i < s.documents.size(); ++i)
        tables.add(u"required_documents"_s,
                   {{u"id"_s, rowId(u"document"_s, i)},
                    {u"service_id"_s, s.uid},
                    {u"x_document_id"_s, s.documents.at(i).uid},
                    {u"document"_s, s.documents.at(i).name}});
    for (qsizetype i = 0; i < s.prerequisites.size(); ++i)
        tables.add(u"x_prerequisites"_s,
                   {{u"id"_s, rowId(u"prerequisite"_s, i)},
                    {u"service_id"_s, s.uid},
                    {u"prerequisite_id"_s, s.prerequisites.at(i).uid},
                    {u"name"_s, s.prerequisites.at(i).name}});
    for (qsizetype i = 0; i < s.channels.size(); ++i)
        tables.add(u"x_channels"_s,
                   {{u"id"_s, rowId(u"channel"_s, i)},
                    {u"service_id"_s, s.uid},
                    {u"type"_s, Taxonomy::channelCode(s.channels.at(i).type)},
                    {u"details"_s, s.channels.at(i).details}});
    for (qsizetype i = 0; i < s.costOptions.size(); ++i) {
        const CostOption &cost = s.costOptions.at(i);
        tables.add(
            u"cost_options"_s,
            {{u"id"_s, rowId(u"cost"_s, i)},
             {u"service_id"_s, s.uid},
             {u"option"_s, cost.option},
             {u"amount"_s, QString::number(cost.amount, 'g', QLocale::FloatingPointShortest)},
             {u"currency"_s, cost.currency},
             {u"amount_description"_s, cost.description}});
    }
    const QStringList terms = s.categories + s.userAreas;
    for (qsizetype i = 0; i < terms.size(); ++i)
        tables.add(u"attributes"_s,
                   {{u"id"_s, rowId(u"attribute"_s, i)},
                    {u"link_id"_s, s.uid},
                    {u"link_entity"_s, u"service"_s},
                    {u"taxonomy_term_id"_s, terms.at(i)}});
    addEligibility(tables, s);
}

void addTaxonomies(Tables &tables)
{
    tables.add(
        u"taxonomies"_s,
        {{u"id"_s, u"sportello-categorie"_s}, {u"name"_s, u"Categorie dei servizi (Sportello)"_s}});
    tables.add(u"taxonomies"_s,
               {{u"id"_s, u"istat-aree-utenza"_s}, {u"name"_s, u"Aree di utenza ISTAT"_s}});
    for (const auto &[terms, taxonomy] :
         {std::pair {&Taxonomy::categories(), u"sportello-categorie"_s},
          std::pair {&Taxonomy::userAreas(), u"istat-aree-utenza"_s}}) {
        for (const Term &term : *terms)
            tables.add(u"taxonomy_terms"_s,
                       {{u"id"_s, QString::fromLatin1(term.code)},
                        {u"code"_s, QString::fromLatin1(term.code)},
                        {u"name"_s, QString::fromUtf8(term.italian)},
                        {u"taxonomy_id"_s, taxonomy}});
    }
}

QByteArray dataPackage(qint64 version)
{
    QJsonArray resources;
    for (const CsvTable &table : csvTables()) {
        QJsonArray fields;
        QJsonArray foreignKeys;
        for (const CsvColumn &column : table.columns) {
            QJsonObject field {{u"name"_s, column.name}, {u"type"_s, column.type}};
            if (column.required)
                field.insert(u"constraints"_s, QJsonObject {{u"required"_s, true}});
            fields.append(field);
            if (!column.references.isEmpty())
                foreignKeys.append(QJsonObject {
                    {u"fields"_s, column.name},
                    {u"reference"_s,
                     QJsonObject {{u"resource"_s, column.references.section(u'.', 0, 0)},
                                  {u"fields"_s, column.references.section(u'.', 1)}}}});
        }
        QJsonObject schema {{u"fields"_s, fields}};
        if (!table.primaryKey.isEmpty())
            schema.insert(u"primaryKey"_s, table.primaryKey);
        if (!foreignKeys.isEmpty())
            schema.insert(u"foreignKeys"_s, foreignKeys);
        resources.append(QJsonObject {{u"name"_s, table.name},
                                      {u"path"_s, table.fileName()},
                                      {u"profile"_s, u"tabular-data-resource"_s},
                                      {u"format"_s, u"csv"_s},
                                      {u"mediatype"_s, u"text/csv"_s},
                                      {u"encoding"_s, u"utf-8"_s},
                                      {u"schema"_s, schema}});
    }
    const QJsonObject root {{u"profile"_s, u"tabular-data-package"_s},
                            {u"name"_s, u"sportello-catalogue"_s},
                            {u"hsds_version"_s, u"3.0"_s},
                            {u"x_sportello_format"_s, 1},
                            {u"x_catalogue_version"_s, version},
                            {u"resources"_s, resources}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status saveFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::FileUnwritable, file.errorString(), {path});
    file.write(data);
    if (!file.commit())
        return makeError(ErrorCode::FileUnwritable, file.errorString(), {path});
    return {};
}

} // namespace

Status writeCsvPackage(const Catalogue &catalogue, qint64 version,
                       const QList<ChangeRecord> &history, const QString &folder)
{
    if (!QDir().mkpath(folder))
        return makeError(ErrorCode::FileUnwritable, u"cannot create the folder"_s, {folder});
    Tables tables;
    for (const Organization &o : catalogue.organizations) {
        tables.add(u"organizations"_s,
                   {{u"id"_s, o.uid},
                    {u"name"_s, o.name},
                    {u"alternate_name"_s, o.alternateName},
                    {u"description"_s, o.description},
                    {u"email"_s, o.email},
                    {u"website"_s, o.website},
                    {u"x_kind"_s, Taxonomy::kindCode(o.kind)},
                    {u"x_demo_values"_s, flag(o.demoValues)}});
        addPhones(tables, u"organization_id"_s, o.uid, o.phones);
    }
    for (const Location &location : catalogue.locations)
        addLocation(tables, location);
    for (const Service &service : catalogue.services)
        addService(tables, service);
    addTaxonomies(tables);
    for (qsizetype i = 0; i < history.size(); ++i) {
        const ChangeRecord &change = history.at(i);
        tables.add(u"metadata"_s,
                   {{u"id"_s, u"metadata:%1"_s.arg(i + 1)},
                    {u"resource_id"_s, change.entityUid},
                    {u"resource_type"_s, change.entityType},
                    {u"last_action_date"_s, change.changedAt.toString(Qt::ISODate)},
                    {u"last_action_type"_s, change.action},
                    {u"field_name"_s, change.field},
                    {u"previous_value"_s, change.oldValue},
                    {u"replacement_value"_s, change.newValue},
                    {u"updated_by"_s, change.changedBy}});
    }
    const QDir dir(folder);
    for (const CsvTable &table : csvTables()) {
        if (auto saved = saveFile(dir.filePath(table.fileName()), tables.file(table)); !saved)
            return saved;
    }
    // Last, so that a package whose datapackage.json is new has all its tables written.
    return saveFile(dir.filePath(QString::fromLatin1(kDataPackageFile)), dataPackage(version));
}

} // namespace sportello::catalogue::hsds
