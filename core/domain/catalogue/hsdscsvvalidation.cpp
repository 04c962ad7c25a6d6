// SPDX-License-Identifier: GPL-3.0-or-later
// The reading half of hsdscsv.h, last part: validation of the built catalogue, each problem
// pointed at the file, line and column it comes from.
#include "catalogue/hsdscsvreader.h"

using namespace Qt::StringLiterals;

namespace sportello::catalogue::hsds::csvread {

namespace {

int phoneLine(const QList<Phone> &phones, const QList<int> &lines, const QString &number)
{
    for (qsizetype i = 0; i < phones.size(); ++i) {
        if (phones.at(i).number == number)
            return lines.value(i);
    }
    return 0;
}

class Locator final
{
public:
    Locator(const QHash<QString, LoadedTable> &tables, QList<Located> &problems)
        : m_tables(tables)
        , m_problems(problems)
    { }

    void organization(const Organization &o, const Origin &origin)
    {
        for (const FieldProblem &p : validateOrganization(o)) {
            if (const int line = phoneLine(o.phones, origin.phoneLines, p.value);
                p.field == u"phones"_s && line > 0)
                add(u"phones"_s, line, u"number"_s, p);
            else
                add(u"organizations"_s, origin.line, p.field, p);
        }
    }

    void location(const Location &l, const Origin &origin, const ReferenceIndex &references)
    {
        for (const FieldProblem &p : validateLocation(l, references)) {
            const bool address = p.field == u"address"_s || p.field == u"city"_s;
            const QString column = p.field == u"address"_s ? u"address_1"_s
                : p.field == u"comune"_s                   ? u"x_comune_istat"_s
                                                           : p.field;
            if (const int line = phoneLine(l.phones, origin.phoneLines, p.value);
                p.field == u"phones"_s && line > 0)
                add(u"phones"_s, line, u"number"_s, p);
            else if (address && origin.addressLine > 0)
                add(u"addresses"_s, origin.addressLine, column, p);
            else
                add(u"locations"_s, origin.line, column, p);
        }
    }

    void service(const Service &s, const Origin &origin, const FieldProblem &p)
    {
        if (p.field == u"phones"_s) {
            if (const int line = phoneLine(s.phones, origin.phoneLines, p.value); line > 0)
                return add(u"phones"_s, line, u"number"_s, p);
        } else if (p.field == u"contacts"_s) {
            for (qsizetype k = 0; k < s.contacts.size(); ++k) {
                const Contact &contact = s.contacts.at(k);
                if (!p.value.isEmpty() && contact.email == p.value)
                    return add(u"contacts"_s, origin.contactLines.at(k), u"email"_s, p);
                const int line = phoneLine(contact.phones, origin.contactPhoneLines.at(k), p.value);
                if (line > 0)
                    return add(u"phones"_s, line, u"number"_s, p);
            }
        } else if ((p.field == u"categories"_s || p.field == u"user_areas"_s)
                   && p.code == FieldProblem::UnknownCode
                   && origin.attributeLines.contains(p.value)) {
            return add(u"attributes"_s, origin.attributeLines.value(p.value), u"taxonomy_term_id"_s,
                       p);
        } else if (p.field.startsWith(u"eligibility."_s) && p.field != u"eligibility.age"_s
                   && origin.eligibilityLine > 0) {
            return add(u"x_eligibility"_s, origin.eligibilityLine,
                       p.field == u"eligibility.comuni"_s ? u"comuni"_s : u"isee_max"_s, p);
        } else if (p.field == u"locations"_s || p.field == u"schedules"_s) {
            for (qsizetype k = 0; k < s.locations.size(); ++k) {
                const ServiceAtLocation &place = s.locations.at(k);
                if (place.locationUid != p.value)
                    continue;
                if (p.field == u"locations"_s)
                    return add(u"service_at_locations"_s, origin.placeLines.at(k), u"location_id"_s,
                               p);
                if (!origin.scheduleLines.at(k).isEmpty())
                    return add(u"schedules"_s, origin.scheduleLines.at(k).first(),
                               p.code == FieldProblem::DateOrder ? u"valid_to"_s : u"closes_at"_s,
                               p);
            }
        }
        static const QHash<QString, QString> columns {{u"source_url"_s, u"x_source_url"_s},
                                                      {u"status_note"_s, u"alert"_s},
                                                      {u"call_window"_s, u"x_call_window_closes"_s},
                                                      {u"eligibility.age"_s, u"maximum_age"_s},
                                                      {u"channels"_s, u"x_channels"_s},
                                                      {u"categories"_s, u"attributes"_s},
                                                      {u"user_areas"_s, u"attributes"_s}};
        add(u"services"_s, origin.line, columns.value(p.field, p.field), p);
    }

private:
    void add(const QString &tableName, int line, const QString &column, const FieldProblem &problem)
    {
        m_problems.append(
            {m_tables.constFind(tableName)->file, line, {column, problem.code, problem.value}});
    }

    const QHash<QString, LoadedTable> &m_tables;
    QList<Located> &m_problems;
};

} // namespace

void validateRows(const Catalogue &catalogue, const Origins &origins,
                  const ReferenceIndex &existing, const QHash<QString, LoadedTable> &tables,
                  QList<Located> &problems)
{
    ReferenceIndex references = existing;
    for (const Organization &o : catalogue.organizations)
        references.organizationUids.insert(o.uid);
    for (const Location &l : catalogue.locations)
        references.locationUids.insert(l.uid);
    Locator locator(tables, problems);
    for (qsizetype i = 0; i < catalogue.organizations.size(); ++i)
        locator.organization(catalogue.organizations.at(i), origins.organizations.at(i));
    for (qsizetype i = 0; i < catalogue.locations.size(); ++i)
        locator.location(catalogue.locations.at(i), origins.locations.at(i), references);
    for (qsizetype i = 0; i < catalogue.services.size(); ++i) {
        for (const FieldProblem &p :
             validateService(catalogue.services.at(i), references, ServiceSource::Document))
            locator.service(catalogue.services.at(i), origins.services.at(i), p);
    }
}

} // namespace sportello::catalogue::hsds::csvread
