// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/hsdscsv.h"

using namespace Qt::StringLiterals;

namespace sportello::catalogue::hsds {

namespace {

enum Flag { Optional, Required };

CsvColumn text(const QString &name, Flag flag = Optional)
{
    return {name, u"string"_s, {}, flag == Required};
}

CsvColumn typed(const QString &name, const QString &type)
{
    return {name, type, {}, false};
}

CsvColumn key(const QString &name, const QString &table, Flag flag = Required)
{
    return {name, u"string"_s, table + u".id"_s, flag == Required};
}

QList<CsvTable> makeTables()
{
    const CsvColumn id = text(u"id"_s, Required);
    const CsvColumn rowId = text(u"id"_s); // child rows: the model keeps no id of theirs
    const CsvColumn serviceId = key(u"service_id"_s, u"services"_s);
    const CsvColumn placeId = key(u"service_at_location_id"_s, u"service_at_locations"_s);
    const CsvColumn demo = typed(u"x_demo_values"_s, u"boolean"_s);
    return {
        {u"organizations"_s,
         {id, text(u"name"_s), text(u"alternate_name"_s), text(u"description"_s), text(u"email"_s),
          text(u"website"_s), text(u"x_kind"_s), demo},
         u"id"_s,
         true},
        {u"locations"_s,
         {id, key(u"organization_id"_s, u"organizations"_s), text(u"name"_s),
          text(u"description"_s), text(u"location_type"_s), text(u"x_comune_istat"_s),
          typed(u"x_confidential"_s, u"boolean"_s), demo},
         u"id"_s,
         true},
        {u"addresses"_s,
         {rowId, key(u"location_id"_s, u"locations"_s), text(u"address_1"_s), text(u"city"_s),
          text(u"postal_code"_s), text(u"state_province"_s), text(u"country"_s),
          text(u"address_type"_s)},
         u"id"_s,
         false},
        {u"accessibility"_s,
         {rowId, key(u"location_id"_s, u"locations"_s), text(u"description"_s)},
         u"id"_s,
         false},
        {u"services"_s,
         {id,
          key(u"organization_id"_s, u"organizations"_s),
          text(u"name"_s),
          text(u"alternate_name"_s),
          text(u"description"_s),
          text(u"url"_s),
          text(u"email"_s),
          text(u"status"_s),
          text(u"alert"_s),
          text(u"eligibility_description"_s),
          typed(u"minimum_age"_s, u"integer"_s),
          typed(u"maximum_age"_s, u"integer"_s),
          text(u"application_process"_s),
          text(u"fees_description"_s),
          text(u"interpretation_services"_s),
          text(u"wait_time"_s),
          typed(u"assured_date"_s, u"date"_s),
          typed(u"x_free"_s, u"boolean"_s),
          text(u"x_verified_by"_s),
          text(u"x_source_url"_s),
          typed(u"x_automatic"_s, u"boolean"_s),
          typed(u"x_call_window_opens"_s, u"date"_s),
          typed(u"x_call_window_closes"_s, u"date"_s),
          demo},
         u"id"_s,
         true},
        {u"contacts"_s,
         {id, serviceId, text(u"name"_s), text(u"title"_s), text(u"department"_s),
          text(u"email"_s)},
         u"id"_s,
         false},
        {u"phones"_s,
         {rowId, key(u"organization_id"_s, u"organizations"_s, Optional),
          key(u"location_id"_s, u"locations"_s, Optional),
          key(u"service_id"_s, u"services"_s, Optional),
          key(u"contact_id"_s, u"contacts"_s, Optional), text(u"number"_s, Required),
          text(u"type"_s), text(u"description"_s)},
         u"id"_s,
         false},
        {u"service_at_locations"_s,
         {id, serviceId, key(u"location_id"_s, u"locations"_s), text(u"description"_s)},
         u"id"_s,
         false},
        {u"schedules"_s,
         {rowId, placeId, text(u"freq"_s), text(u"byday"_s), typed(u"opens_at"_s, u"time"_s),
          typed(u"closes_at"_s, u"time"_s), typed(u"valid_from"_s, u"date"_s),
          typed(u"valid_to"_s, u"date"_s), text(u"description"_s)},
         u"id"_s,
         false},
        {u"x_schedule_exceptions"_s,
         {rowId, placeId, typed(u"date"_s, u"date"_s), typed(u"closed"_s, u"boolean"_s),
          typed(u"opens_at"_s, u"time"_s), typed(u"closes_at"_s, u"time"_s), text(u"note"_s)},
         u"id"_s,
         false},
        {u"languages"_s, {rowId, serviceId, text(u"code"_s), text(u"name"_s)}, u"id"_s, false},
        {u"required_documents"_s,
         {rowId, serviceId, text(u"x_document_id"_s, Required), text(u"document"_s)},
         u"id"_s,
         false},
        {u"x_prerequisites"_s,
         {rowId, serviceId, text(u"prerequisite_id"_s, Required), text(u"name"_s)},
         u"id"_s,
         false},
        {u"x_channels"_s, {rowId, serviceId, text(u"type"_s), text(u"details"_s)}, u"id"_s, false},
        {u"cost_options"_s,
         {rowId, serviceId, text(u"option"_s), typed(u"amount"_s, u"number"_s), text(u"currency"_s),
          text(u"amount_description"_s)},
         u"id"_s,
         false},
        {u"attributes"_s,
         {rowId, key(u"link_id"_s, u"services"_s), text(u"link_entity"_s),
          key(u"taxonomy_term_id"_s, u"taxonomy_terms"_s)},
         u"id"_s,
         false},
        {u"x_eligibility"_s,
         {serviceId, text(u"comuni"_s), text(u"isee_type"_s), typed(u"isee_max"_s, u"number"_s),
          typed(u"isee_valid_from"_s, u"date"_s), typed(u"isee_alt_max"_s, u"number"_s),
          typed(u"isee_alt_min_children"_s, u"integer"_s), text(u"household_any"_s),
          typed(u"min_household_size"_s, u"integer"_s), typed(u"residence_permit"_s, u"boolean"_s)},
         u"service_id"_s,
         false},
        {u"taxonomies"_s, {rowId, text(u"name"_s)}, u"id"_s, false},
        {u"taxonomy_terms"_s,
         {rowId, text(u"code"_s), text(u"name"_s),
          key(u"taxonomy_id"_s, u"taxonomies"_s, Optional)},
         u"id"_s,
         false},
        {u"metadata"_s,
         {rowId, text(u"resource_id"_s), text(u"resource_type"_s),
          typed(u"last_action_date"_s, u"datetime"_s), text(u"last_action_type"_s),
          text(u"field_name"_s), text(u"previous_value"_s), text(u"replacement_value"_s),
          text(u"updated_by"_s)},
         u"id"_s,
         false},
    };
}

} // namespace

QStringList CsvTable::columnNames() const
{
    QStringList names;
    for (const CsvColumn &column : columns)
        names.append(column.name);
    return names;
}

const QList<CsvTable> &csvTables()
{
    static const QList<CsvTable> tables = makeTables();
    return tables;
}

const CsvTable *findCsvTable(const QString &name)
{
    for (const CsvTable &table : csvTables()) {
        if (table.name == name)
            return &table;
    }
    return nullptr;
}

} // namespace sportello::catalogue::hsds
