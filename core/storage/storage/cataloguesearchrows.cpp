// SPDX-License-Identifier: GPL-3.0-or-later
// CatalogueRepository's bulk reads for the search: a handful of whole-table queries instead of
// one query per service, so a region's catalogue loads in seconds.
#include "catalogue/jsoncodec.h"
#include "catalogue/taxonomy.h"
#include "connection.h"
#include "sql.h"
#include "sqlite.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"

#include <QHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace sportello::catalogue;

namespace sportello::storage {

namespace {
QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QTime timeOf(const QVariant &value)
{
    return QTime::fromString(value.toString(), u"HH:mm"_s);
}
} // namespace

Result<QList<ServiceSummary>> CatalogueRepository::summaries() const
{
    const SqlConnection db = connectionOf(m_database);
    auto rows = run(db,
                    u"SELECT s.id, s.uid, s.name, o.name, s.status, s.is_free, s.is_automatic, "
                    "s.demo_values, s.eligibility_text <> '', s.call_opens_on, s.call_closes_on, "
                    "s.verified_on, s.eligibility_rules, s.channels FROM services s "
                    "JOIN organizations o ON o.id = s.organization_id ORDER BY s.id"_s);
    if (!rows)
        return rows.error();
    QList<ServiceSummary> summaries;
    QHash<qint64, qsizetype> indexOf;
    QList<FieldProblem> ignored;
    while (rows->next()) {
        ServiceSummary s;
        s.id = rows->value(0).toLongLong();
        s.uid = rows->value(1).toString();
        s.name = rows->value(2).toString();
        s.organizationName = rows->value(3).toString();
        if (!Taxonomy::statusFromCode(rows->value(4).toString(), &s.status))
            s.status = ServiceStatus::Active; // the CHECK constraint allows no other value
        s.free = rows->value(5).toBool();
        s.automatic = rows->value(6).toBool();
        s.demoValues = rows->value(7).toBool();
        s.hasEligibilityText = rows->value(8).toBool();
        s.callWindow = CallWindow {dateOf(rows->value(9)), dateOf(rows->value(10))};
        s.verifiedOn = dateOf(rows->value(11));
        const auto rules = QJsonDocument::fromJson(rows->value(12).toString().toUtf8());
        s.rules = json::readRules(rules.object(), {}, ignored);
        const auto channels = QJsonDocument::fromJson(rows->value(13).toString().toUtf8());
        for (const Channel &channel : json::readChannels(channels.array(), {}, ignored))
            s.channels |= 1u << static_cast<int>(channel.type);
        indexOf.insert(s.id, summaries.size());
        summaries.append(std::move(s));
    }
    rows->finish();

    auto terms = run(db, u"SELECT service_id, taxonomy, code FROM service_terms"_s);
    if (!terms)
        return terms.error();
    while (terms->next()) {
        ServiceSummary &s = summaries[indexOf.value(terms->value(0).toLongLong())];
        const bool category = terms->value(1).toString() == u"category"_s;
        const int bit = termIndex(category ? Taxonomy::categories() : Taxonomy::userAreas(),
                                  terms->value(2).toString());
        if (bit >= 0)
            (category ? s.categories : s.userAreas) |= 1u << bit;
    }
    terms->finish();

    // Places: comune of each location and its hours.
    QHash<qint64, std::pair<qsizetype, qsizetype>> placeOf; // sal id → (summary, place)
    auto places = run(db,
                      u"SELECT sal.service_id, sal.id, l.comune_istat FROM service_at_location sal "
                      "JOIN locations l ON l.id = sal.location_id ORDER BY sal.service_id, "
                      "sal.position"_s);
    if (!places)
        return places.error();
    while (places->next()) {
        const qsizetype index = indexOf.value(places->value(0).toLongLong());
        ServiceSummary &s = summaries[index];
        const int bit = termIndex(Taxonomy::comuni(), places->value(2).toString());
        if (bit >= 0)
            s.comuni |= 1u << bit;
        placeOf.insert(places->value(1).toLongLong(), {index, s.places.size()});
        s.places.append(ServiceSummary::Place {});
    }
    places->finish();

    auto schedules = run(db,
                         u"SELECT service_at_location_id, weekdays, opens_at, closes_at, "
                         "valid_from, valid_to FROM schedules ORDER BY position"_s);
    if (!schedules)
        return schedules.error();
    while (schedules->next()) {
        const auto [index, place] = placeOf.value(schedules->value(0).toLongLong());
        summaries[index].places[place].schedules.append(WeeklySchedule {schedules->value(1).toInt(),
                                                                        timeOf(schedules->value(2)),
                                                                        timeOf(schedules->value(3)),
                                                                        dateOf(schedules->value(4)),
                                                                        dateOf(schedules->value(5)),
                                                                        {}});
    }
    schedules->finish();

    auto exceptions = run(db,
                          u"SELECT service_at_location_id, day, closed, opens_at, closes_at "
                          "FROM schedule_exceptions"_s);
    if (!exceptions)
        return exceptions.error();
    while (exceptions->next()) {
        const auto [index, place] = placeOf.value(exceptions->value(0).toLongLong());
        summaries[index].places[place].exceptions.append(
            ScheduleException {dateOf(exceptions->value(1)),
                               exceptions->value(2).toBool(),
                               timeOf(exceptions->value(3)),
                               timeOf(exceptions->value(4)),
                               {}});
    }
    return summaries;
}

Result<QList<catalogue::SearchRow>> CatalogueRepository::searchRows() const
{
    auto query = run(connectionOf(m_database),
                     u"SELECT rowid, name, organization, categories, keywords, description, "
                     "eligibility, documents FROM catalogue_fts ORDER BY rowid"_s);
    if (!query)
        return query.error();
    QList<SearchRow> rows;
    while (query->next()) {
        SearchRow row;
        row.serviceId = query->value(0).toLongLong();
        for (int field = 0; field < SearchFieldCount; ++field)
            row.columns[static_cast<size_t>(field)] = query->value(field + 1).toString();
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace sportello::storage
