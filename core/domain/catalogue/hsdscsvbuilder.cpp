// SPDX-License-Identifier: GPL-3.0-or-later
// The reading half of hsdscsv.h, second part: rows to catalogue entries, with the same defaults
// and checks as the JSON reader, each entry remembering the lines its rows came from.
#include "catalogue/hsdscsvreader.h"
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
            ParsedCatalogue parsed)
        : m_tables(tables)
        , m_existing(existing)
        , m_parsed(std::move(parsed))
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
        for (qsizetype i = 0; i < services().size(); ++i) {
            const Origin &origin = m_serviceOrigins.at(i);
            if (origin.minAge)
                services()[i].rules.minAge = origin.minAge;
            if (origin.maxAge)
                services()[i].rules.maxAge = origin.maxAge;
        }
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

    // The index of the entry `column` names, or -1 after recording the problem.
    static qsizetype lookup(RowReader &r, const QString &column,
                            const QHash<QString, qsizetype> &index)
    {
        const QString uid = r.text(column);
        const auto it = index.constFind(uid);
        if (it != index.cend())
            return *it;
        r.problem(column, uid.isEmpty() ? FieldProblem::Required : FieldProblem::UnknownReference,
                  uid);
        return -1;
    }

    // Whether `uid` is new in its table; a repeated one is a problem.
    static bool claim(RowReader &r, QSet<QString> &seen, const QString &column, const QString &uid,
                      bool required)
    {
        if (uid.isEmpty()) {
            if (required)
                r.problem(column, FieldProblem::Required);
            return false;
        }
        if (seen.contains(uid)) {
            r.problem(column, FieldProblem::DuplicateUid, uid);
            return false;
        }
        seen.insert(uid);
        return true;
    }

    void readOrganizations()
    {
        QSet<QString> seen;
        forRows(u"organizations"_s, [&](RowReader &r) {
            Organization o;
            o.uid = r.text(u"id"_s);
            if (claim(r, seen, u"id"_s, o.uid, false))
                m_organizationIndex.insert(o.uid, organizations().size());
            o.name = r.text(u"name"_s);
            o.alternateName = r.text(u"alternate_name"_s);
            o.description = r.text(u"description"_s);
            o.email = r.text(u"email"_s);
            o.website = r.text(u"website"_s);
            const QString kind = r.text(u"x_kind"_s);
            if (!Taxonomy::kindFromCode(kind, &o.kind))
                r.problem(u"x_kind"_s,
                          kind.isEmpty() ? FieldProblem::Required : FieldProblem::UnknownCode,
                          kind);
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
            if (claim(r, seen, u"id"_s, l.uid, false))
                m_locationIndex.insert(l.uid, locations().size());
            l.organizationUid = r.text(u"organization_id"_s);
            l.name = r.text(u"name"_s);
            l.description = r.text(u"description"_s);
            const QString type = r.text(u"location_type"_s);
            if (!type.isEmpty() && type != u"physical"_s && type != u"virtual"_s)
                r.problem(u"location_type"_s, FieldProblem::UnknownCode, type);
            l.isVirtual = type == u"virtual"_s;
            l.comuneIstat = r.text(u"x_comune_istat"_s);
            l.confidential = r.flag(u"x_confidential"_s);
            l.demoValues = r.flag(u"x_demo_values"_s);
            locations().append(l);
            m_locationOrigins.append(originAt(r.line()));
        });
        forRows(u"addresses"_s, [&](RowReader &r) {
            const qsizetype index = lookup(r, u"location_id"_s, m_locationIndex);
            if (index < 0)
                return;
            Origin &origin = m_locationOrigins[index];
            if (origin.addressLine > 0) { // the model keeps one address, as the JSON reader
                m_parsed.ignoredFields.append(
                    u"%1:%2"_s.arg(table(u"addresses"_s).file).arg(r.line()));
                return;
            }
            origin.addressLine = r.line();
            Location &l = locations()[index];
            l.street = r.text(u"address_1"_s);
            l.city = r.text(u"city"_s);
            l.postalCode = r.text(u"postal_code"_s);
            l.province = r.text(u"state_province"_s);
            const QString country = r.text(u"country"_s);
            l.country = country.isEmpty() ? u"IT"_s : country;
        });
        QHash<qsizetype, QStringList> notes;
        forRows(u"accessibility"_s, [&](RowReader &r) {
            const qsizetype index = lookup(r, u"location_id"_s, m_locationIndex);
            if (index >= 0)
                notes[index].append(r.text(u"description"_s));
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
            if (claim(r, seen, u"id"_s, s.uid, false))
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
            const bool unique = claim(r, seen, u"id"_s, id, true);
            const qsizetype index = lookup(r, u"service_id"_s, m_serviceIndex);
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
            const qsizetype index = lookup(r, owner,
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
            const bool unique = claim(r, seen, u"id"_s, id, true);
            const qsizetype index = lookup(r, u"service_id"_s, m_serviceIndex);
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

    void readSchedules()
    {
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

    // A reusable document or prerequisite: its id must be a valid id, its name present.
    static NamedItem namedItem(RowReader &r, const QString &idColumn, const QString &nameColumn)
    {
        NamedItem item {r.text(idColumn), r.text(nameColumn).trimmed()};
        if (item.uid.isEmpty())
            r.problem(idColumn, FieldProblem::Required);
        else if (!isValidUid(item.uid))
            r.problem(idColumn, FieldProblem::InvalidUid, item.uid);
        if (item.name.isEmpty())
            r.problem(nameColumn, FieldProblem::Required);
        return item;
    }

    void readServiceItems()
    {
        const auto each = [this](const QString &name, auto read) {
            forRows(name, [&](RowReader &r) {
                const qsizetype index = lookup(r, u"service_id"_s, m_serviceIndex);
                if (index >= 0)
                    read(r, services()[index]);
            });
        };
        each(u"languages"_s, [](RowReader &r, Service &s) {
            const Language language {r.text(u"code"_s).toLower(), r.text(u"name"_s)};
            if (language.code.size() < 2 || language.code.size() > 3)
                r.problem(u"code"_s, FieldProblem::InvalidLanguage, language.code);
            s.languages.append(language);
        });
        each(u"required_documents"_s, [](RowReader &r, Service &s) {
            s.documents.append(namedItem(r, u"x_document_id"_s, u"document"_s));
        });
        each(u"x_prerequisites"_s, [](RowReader &r, Service &s) {
            s.prerequisites.append(namedItem(r, u"prerequisite_id"_s, u"name"_s));
        });
        each(u"x_channels"_s, [](RowReader &r, Service &s) {
            Channel channel;
            const QString type = r.text(u"type"_s);
            if (!Taxonomy::channelFromCode(type, &channel.type))
                r.problem(u"type"_s, FieldProblem::UnknownCode, type);
            channel.details = r.text(u"details"_s);
            s.channels.append(channel);
        });
        each(u"cost_options"_s, [](RowReader &r, Service &s) {
            CostOption cost;
            cost.option = r.text(u"option"_s);
            cost.amount = r.amount(u"amount"_s, false).value_or(0.0);
            const QString currency = r.text(u"currency"_s);
            cost.currency = currency.isEmpty() ? u"EUR"_s : currency;
            cost.description = r.text(u"amount_description"_s);
            s.costOptions.append(cost);
        });
    }

    void readAttributes()
    {
        forRows(u"attributes"_s, [&](RowReader &r) {
            const QString entity = r.text(u"link_entity"_s);
            if (!entity.isEmpty() && entity != u"service"_s) {
                r.problem(u"link_entity"_s, FieldProblem::Unsupported, entity);
                return;
            }
            const qsizetype index = lookup(r, u"link_id"_s, m_serviceIndex);
            if (index < 0)
                return;
            const QString code = r.text(u"taxonomy_term_id"_s);
            Service &s = services()[index];
            (code.startsWith(u"AREA."_s) ? s.userAreas : s.categories).append(code);
            if (!m_serviceOrigins[index].attributeLines.contains(code))
                m_serviceOrigins[index].attributeLines.insert(code, r.line());
        });
    }

    void readEligibility()
    {
        forRows(u"x_eligibility"_s, [&](RowReader &r) {
            const qsizetype index = lookup(r, u"service_id"_s, m_serviceIndex);
            if (index < 0)
                return;
            Origin &origin = m_serviceOrigins[index];
            if (origin.eligibilityLine > 0) {
                r.problem(u"service_id"_s, FieldProblem::DuplicateUid, r.text(u"service_id"_s));
                return;
            }
            origin.eligibilityLine = r.line();
            EligibilityRules rules;
            for (const QString &comune : r.text(u"comuni"_s).split(u';', Qt::SkipEmptyParts))
                rules.comuni.append(comune.trimmed());
            const QStringList iseeColumns {u"isee_type"_s, u"isee_max"_s, u"isee_valid_from"_s,
                                           u"isee_alt_max"_s, u"isee_alt_min_children"_s};
            if (std::any_of(iseeColumns.cbegin(), iseeColumns.cend(),
                            [&r](const QString &column) { return !r.text(column).isEmpty(); })) {
                IseeRule rule;
                const QString type = r.text(u"isee_type"_s);
                if (!type.isEmpty() && !Taxonomy::iseeTypeFromCode(type, &rule.type))
                    r.problem(u"isee_type"_s, FieldProblem::UnknownCode, type);
                rule.maxCents = json::euroToCents(r.amount(u"isee_max"_s, true).value_or(0.0));
                rule.validFrom = r.date(u"isee_valid_from"_s);
                if (!r.text(u"isee_alt_max"_s).isEmpty()) {
                    rule.altMaxCents
                        = json::euroToCents(r.amount(u"isee_alt_max"_s, true).value_or(0.0));
                    rule.altMinChildren = r.integer(u"isee_alt_min_children"_s, 1, 20).value_or(1);
                }
                rules.isee = rule;
            }
            for (const QString &flag : r.text(u"household_any"_s).split(u';', Qt::SkipEmptyParts)) {
                const int bit = Taxonomy::householdFlagFromCode(flag.trimmed());
                if (bit == 0)
                    r.problem(u"household_any"_s, FieldProblem::UnknownCode, flag.trimmed());
                rules.householdAny |= bit;
            }
            rules.minHouseholdSize = r.integer(u"min_household_size"_s, 1, 30).value_or(0);
            rules.residencePermit = r.flag(u"residence_permit"_s);
            services()[index].rules = rules;
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
};

} // namespace

Result<ParsedCatalogue> buildCatalogue(const QHash<QString, LoadedTable> &tables,
                                       const ReferenceIndex &existing, ParsedCatalogue parsed)
{
    return Builder(tables, existing, std::move(parsed)).build();
}

} // namespace sportello::catalogue::hsds::csvread
