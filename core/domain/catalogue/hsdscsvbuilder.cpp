// SPDX-License-Identifier: GPL-3.0-or-later
// The reading half of hsdscsv.h, second part: rows to catalogue entries, with the same defaults
// and checks as the JSON reader, each entry remembering the lines its rows came from.
#include "catalogue/hsdscsvreader.h"
#include "catalogue/hsdsjsonreader.h"
#include "catalogue/jsoncodec.h"
#include "catalogue/taxonomy.h"
#include "catalogue/validation.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sportello::catalogue::hsds::csvread {

namespace {

Origin originAt(int line)
{
    Origin origin;
    origin.line = line;
    return origin;
}

class Builder final
{
public:
    Builder(const QHash<QString, LoadedTable> &tables, const ReferenceIndex &existing,
            ParsedCatalogue parsed, bool standard)
        : m_tables(tables)
        , m_existing(existing)
        , m_parsed(std::move(parsed))
        , m_standard(standard)
    { }

    Result<ParsedCatalogue> build()
    {
        readOrganizations();
        readLocations();
        readServices();
        readContacts();
        readPhones();
        readPlaces();
        readSchedules();
        readServiceItems();
        readAttributes();
        readEligibility();
        readServiceAreas();
        for (qsizetype i = 0; i < services().size(); ++i) {
            const Origin &origin = m_serviceOrigins.at(i);
            Service &s = services()[i];
            if (origin.minAge)
                s.rules.minAge = origin.minAge;
            if (origin.maxAge)
                s.rules.maxAge = origin.maxAge;
            jsonread::applyDefaults(
                s, m_standard ? jsonread::Dialect::Standard : jsonread::Dialect::Sportello);
        }
        linkLocations(m_parsed.catalogue);
        validateRows(m_parsed.catalogue, m_origins, m_existing, m_tables, m_problems);
        if (m_problems.isEmpty())
            return std::move(m_parsed);
        const Located &first = m_problems.first();
        const FieldProblem &problem = first.problem;
        return makeError(ErrorCode::ImportInvalid,
                         u"%1:%2: %3 (problem %4) %5"_s.arg(first.file)
                             .arg(first.line)
                             .arg(problem.field)
                             .arg(static_cast<int>(problem.code))
                             .arg(problem.value),
                         {first.file, QString::number(first.line), problem.field,
                          QString::number(static_cast<int>(problem.code)), problem.value});
    }

private:
    QList<Organization> &organizations() { return m_parsed.catalogue.organizations; }
    QList<Location> &locations() { return m_parsed.catalogue.locations; }
    QList<Service> &services() { return m_parsed.catalogue.services; }

    // A row the model has no place for, listed as "file:line".
    void ignoreRow(const RowReader &r, const QString &name)
    {
        m_parsed.ignoredFields.append(u"%1:%2"_s.arg(table(name).file).arg(r.line()));
    }

    [[nodiscard]] const LoadedTable &table(const QString &name) const
    {
        return *m_tables.constFind(name);
    }

    template<typename Read>
    void forRows(const QString &name, Read read)
    {
        const LoadedTable &loaded = table(name);
        for (const csv::Record &row : loaded.rows) {
            RowReader reader(loaded, row, m_problems);
            read(reader);
        }
    }

    void readOrganizations()
    {
        QSet<QString> seen;
        forRows(u"organizations"_s, [&](RowReader &r) {
            Organization o;
            o.uid = r.text(u"id"_s);
            if (claimRow(r, seen, u"id"_s, o.uid, false))
                m_organizationIndex.insert(o.uid, organizations().size());
            o.name = r.text(u"name"_s);
            o.alternateName = r.text(u"alternate_name"_s);
            o.description = r.text(u"description"_s);
            o.email = r.text(u"email"_s);
            o.website = r.text(u"website"_s);
            const QString kind = r.text(u"x_kind"_s); // optional: kind Other (decision 22)
            if (!kind.isEmpty() && !Taxonomy::kindFromCode(kind, &o.kind))
                r.problem(u"x_kind"_s, FieldProblem::UnknownCode, kind);
            o.demoValues = r.flag(u"x_demo_values"_s);
            organizations().append(o);
            m_organizationOrigins.append(originAt(r.line()));
        });
    }

    void readLocations()
    {
        QSet<QString> seen;
        forRows(u"locations"_s, [&](RowReader &r) {
            Location l;
            l.uid = r.text(u"id"_s);
            if (claimRow(r, seen, u"id"_s, l.uid, false))
                m_locationIndex.insert(l.uid, locations().size());
            l.organizationUid = r.text(u"organization_id"_s);
            l.name = r.text(u"name"_s);
            l.description = r.text(u"description"_s);
            const QString type = r.text(u"location_type"_s);
            if (!type.isEmpty() && type != u"physical"_s && type != u"virtual"_s
                && !(m_standard && type == u"postal"_s))
                r.problem(u"location_type"_s, FieldProblem::UnknownCode, type);
            l.isVirtual = type == u"virtual"_s;
            l.comuneIstat = r.text(u"x_comune_istat"_s);
            l.confidential = r.flag(u"x_confidential"_s);
            l.demoValues = r.flag(u"x_demo_values"_s);
            locations().append(l);
            m_locationOrigins.append(originAt(r.line()));
        });
        forRows(u"addresses"_s, [&](RowReader &r) {
            const qsizetype index = lookupRow(r, u"location_id"_s, m_locationIndex);
            if (index < 0)
                return;
            Origin &origin = m_locationOrigins[index];
            // The model keeps one address, as the JSON reader: the first, or in a standard
            // package the physical one.
            const bool physical = r.text(u"address_type"_s) == u"physical"_s;
            if (origin.addressLine > 0
                && !(m_standard && physical && !m_physicalAddress.contains(index))) {
                ignoreRow(r, u"addresses"_s);
                return;
            }
            if (origin.addressLine > 0)
                m_parsed.ignoredFields.append(
                    u"%1:%2"_s.arg(table(u"addresses"_s).file).arg(origin.addressLine));
            if (physical)
                m_physicalAddress.insert(index);
            origin.addressLine = r.line();
            Location &l = locations()[index];
            l.street = r.text(u"address_1"_s);
            if (const QString more = r.text(u"address_2"_s).trimmed(); !more.isEmpty())
                l.street += u", "_s + more;
            l.city = r.text(u"city"_s);
            l.postalCode = r.text(u"postal_code"_s);
            l.province = r.text(u"state_province"_s);
            const QString country = r.text(u"country"_s);
            l.country = country.isEmpty() ? u"IT"_s : country;
        });
        QHash<qsizetype, QStringList> notes;
        forRows(u"accessibility"_s, [&](RowReader &r) {
            const qsizetype index = lookupRow(r, u"location_id"_s, m_locationIndex);
            if (index < 0)
                return;
            const QString details = r.text(u"details"_s);
            const QString description = r.text(u"description"_s);
            notes[index].append(details.isEmpty()           ? description
                                    : description.isEmpty() ? details
                                                            : description + u": "_s + details);
        });
        for (auto it = notes.cbegin(); it != notes.cend(); ++it)
            locations()[it.key()].accessibility = it.value().join(u'\n');
    }

    void readServices()
    {
        QSet<QString> seen;
        static const QRegularExpression numbering(u"^\\s*(\\d+[.)]|[-•*])\\s*"_s);
        forRows(u"services"_s, [&](RowReader &r) {
            Service s;
            Origin origin = originAt(r.line());
            s.uid = r.text(u"id"_s);
            if (claimRow(r, seen, u"id"_s, s.uid, false))
                m_serviceIndex.insert(s.uid, services().size());
            s.organizationUid = r.text(u"organization_id"_s);
            s.name = r.text(u"name"_s);
            s.alternateName = r.text(u"alternate_name"_s);
            s.description = r.text(u"description"_s);
            s.url = r.text(u"url"_s);
            s.email = r.text(u"email"_s);
            const QString status = r.text(u"status"_s);
            if (status.isEmpty() || status == u"active"_s)
                s.status = ServiceStatus::Active;
            else if (status == u"temporarily closed"_s || status == u"inactive"_s)
                s.status = ServiceStatus::TemporarilyClosed;
            else if (status == u"defunct"_s)
                s.status = ServiceStatus::Ended;
            else
                r.problem(u"status"_s, FieldProblem::UnknownCode, status);
            s.statusNote = r.text(u"alert"_s);
            s.eligibilityText = r.text(u"eligibility_description"_s);
            origin.minAge = r.integer(u"minimum_age"_s, 0, 130);
            origin.maxAge = r.integer(u"maximum_age"_s, 0, 130);
            for (QString step : r.text(u"application_process"_s).split(u'\n', Qt::SkipEmptyParts)) {
                step.remove(numbering);
                if (!step.trimmed().isEmpty())
                    s.applicationSteps.append(step.trimmed());
            }
            s.feesDescription = r.text(u"fees_description"_s);
            s.interpretationServices = r.text(u"interpretation_services"_s);
            s.waitTime = r.text(u"wait_time"_s);
            if (s.feesDescription.isEmpty() && m_standard)
                s.feesDescription = r.text(u"fees"_s); // the deprecated name
            s.free = r.flag(u"x_free"_s);
            s.verifiedOn = r.date(u"assured_date"_s);
            s.verifiedBy = r.text(u"x_verified_by"_s);
            s.sourceUrl = r.text(u"x_source_url"_s);
            s.automatic = r.flag(u"x_automatic"_s);
            s.callWindow = {r.date(u"x_call_window_opens"_s), r.date(u"x_call_window_closes"_s)};
            s.demoValues = r.flag(u"x_demo_values"_s);
            services().append(s);
            m_serviceOrigins.append(origin);
        });
    }

    void readContacts()
    {
        QSet<QString> seen;
        forRows(u"contacts"_s, [&](RowReader &r) {
            const QString id = r.text(u"id"_s);
            if (m_standard && r.text(u"service_id"_s).isEmpty()) {
                ignoreRow(r, u"contacts"_s); // an organization's or a location's contact
                return;
            }
            const bool unique = claimRow(r, seen, u"id"_s, id, true);
            const qsizetype index = lookupRow(r, u"service_id"_s, m_serviceIndex);
            if (index < 0)
                return;
            QList<Contact> &contacts = services()[index].contacts;
            contacts.append({r.text(u"name"_s),
                             r.text(u"title"_s),
                             r.text(u"department"_s),
                             r.text(u"email"_s),
                             {}});
            m_serviceOrigins[index].contactLines.append(r.line());
            m_serviceOrigins[index].contactPhoneLines.append(QList<int>());
            if (unique)
                m_contacts.insert(id, {index, contacts.size() - 1});
        });
    }

    void readPhones()
    {
        forRows(u"phones"_s, [&](RowReader &r) {
            Phone phone;
            phone.number = r.text(u"number"_s).trimmed();
            const QString type = r.text(u"type"_s);
            phone.type = type.isEmpty() ? u"voice"_s : type;
            phone.description = r.text(u"description"_s);
            if (phone.number.isEmpty())
                r.problem(u"number"_s, FieldProblem::Required);
            QStringList owners;
            for (const QString &column :
                 {u"organization_id"_s, u"location_id"_s, u"service_id"_s, u"contact_id"_s}) {
                if (!r.text(column).isEmpty())
                    owners.append(column);
            }
            if (owners.isEmpty() && m_standard && !r.text(u"service_at_location_id"_s).isEmpty()) {
                ignoreRow(r, u"phones"_s); // the model has no phones per place
                return;
            }
            if (owners.size() != 1) {
                if (owners.isEmpty())
                    r.problem(u"service_id"_s, FieldProblem::Required);
                else
                    r.problem(owners.at(1), FieldProblem::Unsupported, r.text(owners.at(1)));
                return;
            }
            const QString &owner = owners.first();
            if (owner == u"contact_id"_s) {
                const QString id = r.text(owner);
                if (!m_contacts.contains(id)) {
                    r.problem(owner, FieldProblem::UnknownReference, id);
                    return;
                }
                const auto [service, contact] = m_contacts.value(id);
                services()[service].contacts[contact].phones.append(phone);
                m_serviceOrigins[service].contactPhoneLines[contact].append(r.line());
                return;
            }
            const bool isOrganization = owner == u"organization_id"_s;
            const bool isLocation = owner == u"location_id"_s;
            const qsizetype index = lookupRow(r, owner,
                                              isOrganization   ? m_organizationIndex
                                                  : isLocation ? m_locationIndex
                                                               : m_serviceIndex);
            if (index < 0)
                return;
            (isOrganization   ? organizations()[index].phones
                 : isLocation ? locations()[index].phones
                              : services()[index].phones)
                .append(phone);
            (isOrganization   ? m_organizationOrigins
                 : isLocation ? m_locationOrigins
                              : m_serviceOrigins)[index]
                .phoneLines.append(r.line());
        });
    }

    void readPlaces()
    {
        QSet<QString> seen;
        forRows(u"service_at_locations"_s, [&](RowReader &r) {
            const QString id = r.text(u"id"_s);
            const bool unique = claimRow(r, seen, u"id"_s, id, true);
            const qsizetype index = lookupRow(r, u"service_id"_s, m_serviceIndex);
            if (index < 0)
                return;
            QList<ServiceAtLocation> &places = services()[index].locations;
            places.append({id, r.text(u"location_id"_s), r.text(u"description"_s), {}, {}});
            m_serviceOrigins[index].placeLines.append(r.line());
            m_serviceOrigins[index].scheduleLines.append(QList<int>());
            if (unique)
                m_places.insert(id, {index, places.size() - 1});
        });
    }

    // The place a schedule row belongs to, or nullptr after recording the problem.
    ServiceAtLocation *place(RowReader &r, qsizetype *service = nullptr, qsizetype *index = nullptr)
    {
        const QString id = r.text(u"service_at_location_id"_s);
        if (!m_places.contains(id)) {
            r.problem(u"service_at_location_id"_s,
                      id.isEmpty() ? FieldProblem::Required : FieldProblem::UnknownReference, id);
            return nullptr;
        }
        const auto [s, p] = m_places.value(id);
        if (service)
            *service = s;
        if (index)
            *index = p;
        return &services()[s].locations[p];
    }

    // Standard schedules: a service at a location's hours, or a service's own hours, which are
    // its hours at each place that has none of its own; a location's hours have no place.
    void readStandardSchedules()
    {
        QSet<std::pair<qsizetype, qsizetype>> timed; // service, place with hours of its own
        QList<std::tuple<qsizetype, WeeklySchedule, int>> serviceHours;
        forRows(u"schedules"_s, [&](RowReader &r) {
            const bool forPlace = !r.text(u"service_at_location_id"_s).isEmpty();
            if (!forPlace && r.text(u"service_id"_s).isEmpty()) {
                ignoreRow(r, u"schedules"_s);
                return;
            }
            qsizetype service = 0;
            qsizetype index = 0;
            ServiceAtLocation *at = forPlace ? place(r, &service, &index) : nullptr;
            if (!forPlace)
                service = lookupRow(r, u"service_id"_s, m_serviceIndex);
            if ((forPlace && !at) || service < 0)
                return;
            const auto schedule = standardSchedule(r, table(u"schedules"_s), m_parsed);
            if (!schedule)
                return;
            if (!forPlace) {
                serviceHours.append({service, *schedule, r.line()});
                return;
            }
            at->schedules.append(*schedule);
            m_serviceOrigins[service].scheduleLines[index].append(r.line());
            timed.insert({service, index});
        });
        for (const auto &[service, schedule, line] : serviceHours) {
            QList<ServiceAtLocation> &places = services()[service].locations;
            bool used = false;
            for (qsizetype i = 0; i < places.size(); ++i) {
                if (timed.contains({service, i}))
                    continue;
                places[i].schedules.append(schedule);
                m_serviceOrigins[service].scheduleLines[i].append(line);
                used = true;
            }
            if (!used)
                m_parsed.ignoredFields.append(u"%1:%2"_s.arg(table(u"schedules"_s).file).arg(line));
        }
    }

    void readSchedules()
    {
        if (m_standard)
            readStandardSchedules();
        else
            forRows(u"schedules"_s, [&](RowReader &r) {
                qsizetype service = 0;
                qsizetype index = 0;
                ServiceAtLocation *at = place(r, &service, &index);
                if (!at)
                    return;
                WeeklySchedule schedule;
                const QString freq = r.text(u"freq"_s);
                if (!freq.isEmpty() && freq.toUpper() != u"WEEKLY"_s)
                    r.problem(u"freq"_s, FieldProblem::Unsupported, freq);
                const QString byDay = r.text(u"byday"_s);
                schedule.weekdays = weekdaysFromByDay(byDay);
                if (schedule.weekdays == 0)
                    r.problem(u"byday"_s, FieldProblem::InvalidWeekdays, byDay);
                schedule.opensAt = r.time(u"opens_at"_s);
                schedule.closesAt = r.time(u"closes_at"_s);
                if (!schedule.opensAt.isValid() || !schedule.closesAt.isValid())
                    r.problem(schedule.opensAt.isValid() ? u"closes_at"_s : u"opens_at"_s,
                              FieldProblem::ScheduleTimes);
                else if (schedule.opensAt >= schedule.closesAt)
                    r.problem(u"closes_at"_s, FieldProblem::ScheduleTimes);
                schedule.validFrom = r.date(u"valid_from"_s);
                schedule.validTo = r.date(u"valid_to"_s);
                if (schedule.validFrom.isValid() && schedule.validTo.isValid()
                    && schedule.validTo < schedule.validFrom)
                    r.problem(u"valid_to"_s, FieldProblem::DateOrder);
                schedule.description = r.text(u"description"_s);
                at->schedules.append(schedule);
                m_serviceOrigins[service].scheduleLines[index].append(r.line());
            });
        forRows(u"x_schedule_exceptions"_s, [&](RowReader &r) {
            ServiceAtLocation *at = place(r);
            if (!at)
                return;
            ScheduleException exception;
            exception.day = r.date(u"date"_s);
            if (!exception.day.isValid())
                r.problem(u"date"_s, FieldProblem::Required);
            exception.closed = r.flag(u"closed"_s, true);
            if (!exception.closed) {
                exception.opensAt = r.time(u"opens_at"_s);
                exception.closesAt = r.time(u"closes_at"_s);
                if (!(exception.opensAt.isValid() && exception.closesAt.isValid()
                      && exception.opensAt < exception.closesAt))
                    r.problem(exception.opensAt.isValid() ? u"closes_at"_s : u"opens_at"_s,
                              FieldProblem::ScheduleTimes);
            }
            exception.note = r.text(u"note"_s);
            at->exceptions.append(exception);
        });
    }

    void readServiceItems()
    {
        const auto each = [this](const QString &name, auto read) {
            forRows(name, [&](RowReader &r) {
                // A standard package also lists a location's or a phone's languages.
                if (m_standard && r.text(u"service_id"_s).isEmpty()) {
                    ignoreRow(r, name);
                    return;
                }
                const qsizetype index = lookupRow(r, u"service_id"_s, m_serviceIndex);
                if (index >= 0)
                    read(r, services()[index]);
            });
        };
        each(u"languages"_s, [this](RowReader &r, Service &s) {
            if (const auto language = languageRow(r, m_standard))
                s.languages.append(*language);
            else
                m_parsed.unsupportedValues.append(
                    u"%1:%2"_s.arg(table(u"languages"_s).file).arg(r.line()));
        });
        each(u"required_documents"_s,
             [this](RowReader &r, Service &s) { s.documents.append(documentRow(r, m_standard)); });
        each(u"x_prerequisites"_s, [](RowReader &r, Service &s) {
            s.prerequisites.append(namedItemRow(r, u"prerequisite_id"_s, u"name"_s));
        });
        each(u"x_channels"_s, [](RowReader &r, Service &s) { s.channels.append(channelRow(r)); });
        each(u"cost_options"_s,
             [](RowReader &r, Service &s) { s.costOptions.append(costOptionRow(r)); });
    }

    void readAttributes()
    {
        forRows(u"attributes"_s, [&](RowReader &r) {
            const QString entity = r.text(u"link_entity"_s);
            if (!entity.isEmpty() && entity != u"service"_s) {
                if (m_standard)
                    ignoreRow(r, u"attributes"_s); // another entity's attribute
                else
                    r.problem(u"link_entity"_s, FieldProblem::Unsupported, entity);
                return;
            }
            const qsizetype index = lookupRow(r, u"link_id"_s, m_serviceIndex);
            if (index < 0)
                return;
            QString code = r.text(u"taxonomy_term_id"_s);
            if (m_standard) {
                // A term of another taxonomy has no place; one of Sportello's maps.
                code = termCode(code, table(u"taxonomy_terms"_s));
                if (code.isEmpty()) {
                    ignoreRow(r, u"attributes"_s);
                    return;
                }
            }
            Service &s = services()[index];
            (code.startsWith(u"AREA."_s) ? s.userAreas : s.categories).append(code);
            if (!m_serviceOrigins[index].attributeLines.contains(code))
                m_serviceOrigins[index].attributeLines.insert(code, r.line());
        });
    }

    // Standard service areas naming a district comune become the residence rule.
    void readServiceAreas()
    {
        if (!m_standard)
            return;
        forRows(u"service_areas"_s, [&](RowReader &r) {
            const QString comune = areaComune(r.text(u"name"_s).trimmed());
            if (comune.isEmpty() || r.text(u"service_id"_s).isEmpty()) {
                ignoreRow(r, u"service_areas"_s);
                return;
            }
            const qsizetype index = lookupRow(r, u"service_id"_s, m_serviceIndex);
            if (index >= 0 && !services()[index].rules.comuni.contains(comune))
                services()[index].rules.comuni.append(comune);
        });
    }

    void readEligibility()
    {
        forRows(u"x_eligibility"_s, [&](RowReader &r) {
            const qsizetype index = lookupRow(r, u"service_id"_s, m_serviceIndex);
            if (index < 0)
                return;
            Origin &origin = m_serviceOrigins[index];
            if (origin.eligibilityLine > 0) {
                r.problem(u"service_id"_s, FieldProblem::DuplicateUid, r.text(u"service_id"_s));
                return;
            }
            origin.eligibilityLine = r.line();
            services()[index].rules = eligibilityRow(r);
        });
    }

    const QHash<QString, LoadedTable> &m_tables;
    const ReferenceIndex &m_existing;
    ParsedCatalogue m_parsed;
    QList<Located> m_problems;
    QHash<QString, qsizetype> m_organizationIndex;
    QHash<QString, qsizetype> m_locationIndex;
    QHash<QString, qsizetype> m_serviceIndex;
    Origins m_origins;
    QList<Origin> &m_organizationOrigins = m_origins.organizations;
    QList<Origin> &m_locationOrigins = m_origins.locations;
    QList<Origin> &m_serviceOrigins = m_origins.services;
    QHash<QString, std::pair<qsizetype, qsizetype>> m_contacts; // id → service, contact
    QHash<QString, std::pair<qsizetype, qsizetype>> m_places; // id → service, place
    bool m_standard = false;
    QSet<qsizetype> m_physicalAddress; // locations whose address is a physical one
};

} // namespace

Result<ParsedCatalogue> buildCatalogue(const QHash<QString, LoadedTable> &tables,
                                       const ReferenceIndex &existing, ParsedCatalogue parsed,
                                       bool standard)
{
    return Builder(tables, existing, std::move(parsed), standard).build();
}

} // namespace sportello::catalogue::hsds::csvread
