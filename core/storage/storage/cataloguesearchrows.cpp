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

// The services a bulk read covers: every one, or those of a list of ids (bound as one JSON
// array, so a thousand ids are still one statement).
struct Only
{
    const QList<qint64> *ids = nullptr;

    [[nodiscard]] QString where(const QString &column, const QString &keyword) const
    {
        return ids ? u" %1 %2 IN (SELECT value FROM json_each(?))"_s.arg(keyword, column)
                   : QString();
    }
    // For the tables of a place (schedules, exceptions): the join to its service, filtered.
    [[nodiscard]] QString byPlace(const QString &alias) const
    {
        return ids
            ? u" JOIN service_at_location sal ON sal.id = %1.service_at_location_id"_s.arg(alias)
                + where(u"sal.service_id"_s, u"WHERE"_s)
            : QString();
    }
    [[nodiscard]] QVariantList values() const
    {
        if (!ids)
            return {};
        QStringList numbers;
        numbers.reserve(ids->size());
        for (const qint64 id : *ids)
            numbers.append(QString::number(id));
        return {QVariant(u"["_s + numbers.join(u',') + u"]"_s)};
    }
};

Result<QList<ServiceSummary>> readSummaries(const SqlConnection &db, const Only &only)
{
    auto rows = runValues(db,
                          u"SELECT s.id, s.uid, s.name, o.name, s.status, s.is_free, "
                          "s.is_automatic, s.demo_values, s.eligibility_text <> '', "
                          "s.call_opens_on, s.call_closes_on, s.verified_on, "
                          "s.eligibility_rules, s.channels FROM services s "
                          "JOIN organizations o ON o.id = s.organization_id"_s
                              + only.where(u"s.id"_s, u"WHERE"_s) + u" ORDER BY s.id"_s,
                          only.values());
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

    auto terms = runValues(db,
                           u"SELECT service_id, taxonomy, code FROM service_terms"_s
                               + only.where(u"service_id"_s, u"WHERE"_s),
                           only.values());
    if (!terms)
        return terms.error();
    // The reads are separate statements: a row of a service saved between two of them is
    // skipped (the search-change log brings that service back; decision 55).
    while (terms->next()) {
        const auto found = indexOf.constFind(terms->value(0).toLongLong());
        if (found == indexOf.cend())
            continue;
        ServiceSummary &s = summaries[*found];
        const bool category = terms->value(1).toString() == u"category"_s;
        const int bit = termIndex(category ? Taxonomy::categories() : Taxonomy::userAreas(),
                                  terms->value(2).toString());
        if (bit >= 0)
            (category ? s.categories : s.userAreas) |= 1u << bit;
    }
    terms->finish();

    // Places: comune of each location and its hours.
    QHash<qint64, std::pair<qsizetype, qsizetype>> placeOf; // sal id → (summary, place)
    auto places
        = runValues(db,
                    u"SELECT sal.service_id, sal.id, l.comune_istat "
                    "FROM service_at_location sal JOIN locations l ON l.id = sal.location_id"_s
                        + only.where(u"sal.service_id"_s, u"WHERE"_s)
                        + u" ORDER BY sal.service_id, sal.position"_s,
                    only.values());
    if (!places)
        return places.error();
    while (places->next()) {
        const auto found = indexOf.constFind(places->value(0).toLongLong());
        if (found == indexOf.cend())
            continue;
        const qsizetype index = *found;
        ServiceSummary &s = summaries[index];
        const int bit = termIndex(Taxonomy::comuni(), places->value(2).toString());
        if (bit >= 0)
            s.comuni |= 1u << bit;
        placeOf.insert(places->value(1).toLongLong(), {index, s.places.size()});
        s.places.append(ServiceSummary::Place {});
    }
    places->finish();

    auto schedules
        = runValues(db,
                    u"SELECT sc.service_at_location_id, sc.weekdays, sc.opens_at, sc.closes_at, "
                    "sc.valid_from, sc.valid_to FROM schedules sc"_s
                        + only.byPlace(u"sc"_s) + u" ORDER BY sc.position"_s,
                    only.values());
    if (!schedules)
        return schedules.error();
    while (schedules->next()) {
        const auto found = placeOf.constFind(schedules->value(0).toLongLong());
        if (found == placeOf.cend())
            continue;
        const auto [index, place] = *found;
        summaries[index].places[place].schedules.append(WeeklySchedule {schedules->value(1).toInt(),
                                                                        timeOf(schedules->value(2)),
                                                                        timeOf(schedules->value(3)),
                                                                        dateOf(schedules->value(4)),
                                                                        dateOf(schedules->value(5)),
                                                                        {}});
    }
    schedules->finish();

    auto exceptions
        = runValues(db,
                    u"SELECT e.service_at_location_id, e.day, e.closed, e.opens_at, e.closes_at "
                    "FROM schedule_exceptions e"_s
                        + only.byPlace(u"e"_s),
                    only.values());
    if (!exceptions)
        return exceptions.error();
    while (exceptions->next()) {
        const auto found = placeOf.constFind(exceptions->value(0).toLongLong());
        if (found == placeOf.cend())
            continue;
        const auto [index, place] = *found;
        summaries[index].places[place].exceptions.append(
            ScheduleException {dateOf(exceptions->value(1)),
                               exceptions->value(2).toBool(),
                               timeOf(exceptions->value(3)),
                               timeOf(exceptions->value(4)),
                               {}});
    }
    return summaries;
}

Result<QList<catalogue::SearchRow>> readSearchRows(const SqlConnection &db, const Only &only)
{
    auto query = runValues(db,
                           u"SELECT rowid, name, organization, categories, keywords, description, "
                           "eligibility, documents FROM catalogue_fts"_s
                               + only.where(u"rowid"_s, u"WHERE"_s) + u" ORDER BY rowid"_s,
                           only.values());
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
} // namespace

Result<QList<ServiceSummary>> CatalogueRepository::summaries() const
{
    return readSummaries(connectionOf(m_database), {});
}

Result<QList<ServiceSummary>> CatalogueRepository::summaries(const QList<qint64> &ids) const
{
    return readSummaries(connectionOf(m_database), Only {&ids});
}

Result<QList<catalogue::SearchRow>> CatalogueRepository::searchRows() const
{
    return readSearchRows(connectionOf(m_database), {});
}

Result<QList<catalogue::SearchRow>> CatalogueRepository::searchRows(const QList<qint64> &ids) const
{
    return readSearchRows(connectionOf(m_database), Only {&ids});
}

} // namespace sportello::storage
