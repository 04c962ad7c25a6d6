// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/fieldview.h"

#include "catalogue/jsoncodec.h"
#include "catalogue/taxonomy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sportello::catalogue {

namespace {
QString toJson(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString toJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Categories and areas are sets: their order means nothing.
QStringList sorted(QStringList codes)
{
    codes.sort();
    return codes;
}

QString flag(bool value)
{
    return value ? u"1"_s : u"0"_s;
}
} // namespace

QMap<QString, QString> fieldView(const Organization &o)
{
    return {{u"name"_s, o.name},
            {u"alternate_name"_s, o.alternateName},
            {u"description"_s, o.description},
            {u"email"_s, o.email},
            {u"website"_s, o.website},
            {u"kind"_s, Taxonomy::kindCode(o.kind)},
            {u"phones"_s, toJson(json::writePhones(o.phones))},
            {u"demo_values"_s, flag(o.demoValues)}};
}

QMap<QString, QString> fieldView(const Location &l)
{
    return {{u"organization_id"_s, l.organizationUid},
            {u"name"_s, l.name},
            {u"description"_s, l.description},
            {u"virtual"_s, flag(l.isVirtual)},
            {u"address"_s, l.street},
            {u"city"_s, l.city},
            {u"postal_code"_s, l.postalCode},
            {u"province"_s, l.province},
            {u"country"_s, l.country},
            {u"comune"_s, l.comuneIstat},
            {u"accessibility"_s, l.accessibility},
            {u"confidential"_s, flag(l.confidential)},
            {u"phones"_s, toJson(json::writePhones(l.phones))},
            {u"demo_values"_s, flag(l.demoValues)}};
}

QMap<QString, QString> fieldView(const Service &s)
{
    QJsonArray places;
    for (const ServiceAtLocation &place : s.locations) {
        QJsonArray schedules;
        for (const WeeklySchedule &schedule : place.schedules)
            schedules.append(json::writeSchedule(schedule));
        // Exceptions are stored by date, not in the order they were entered.
        QList<ScheduleException> byDay = place.exceptions;
        std::stable_sort(
            byDay.begin(), byDay.end(),
            [](const ScheduleException &a, const ScheduleException &b) { return a.day < b.day; });
        QJsonArray exceptions;
        for (const ScheduleException &exception : std::as_const(byDay))
            exceptions.append(json::writeException(exception));
        places.append(QJsonObject {{u"location_id"_s, place.locationUid},
                                   {u"description"_s, place.description},
                                   {u"schedules"_s, schedules},
                                   {u"exceptions"_s, exceptions}});
    }
    QJsonArray documents;
    for (const NamedItem &item : s.documents)
        documents.append(QString(item.uid + u": "_s + item.name));
    QJsonArray prerequisites;
    for (const NamedItem &item : s.prerequisites)
        prerequisites.append(QString(item.uid + u": "_s + item.name));
    return {{u"organization_id"_s, s.organizationUid},
            {u"name"_s, s.name},
            {u"alternate_name"_s, s.alternateName},
            {u"description"_s, s.description},
            {u"url"_s, s.url},
            {u"email"_s, s.email},
            {u"status"_s, Taxonomy::statusCode(s.status)},
            {u"status_note"_s, s.statusNote},
            {u"eligibility_text"_s, s.eligibilityText},
            {u"eligibility_rules"_s, toJson(json::writeRules(s.rules))},
            {u"application_steps"_s, s.applicationSteps.join(u'\n')},
            {u"fees_description"_s, s.feesDescription},
            {u"interpretation_services"_s, s.interpretationServices},
            {u"wait_time"_s, s.waitTime},
            {u"free"_s, flag(s.free)},
            {u"cost_options"_s, toJson(json::writeCostOptions(s.costOptions))},
            {u"automatic"_s, flag(s.automatic)},
            {u"call_opens_on"_s, json::dateText(s.callWindow.opens)},
            {u"call_closes_on"_s, json::dateText(s.callWindow.closes)},
            {u"languages"_s, toJson(json::writeLanguages(s.languages))},
            {u"documents"_s, toJson(documents)},
            {u"prerequisites"_s, toJson(prerequisites)},
            {u"channels"_s, toJson(json::writeChannels(s.channels))},
            {u"categories"_s, sorted(s.categories).join(u',')},
            {u"user_areas"_s, sorted(s.userAreas).join(u',')},
            {u"contacts"_s, toJson(json::writeContacts(s.contacts))},
            {u"phones"_s, toJson(json::writePhones(s.phones))},
            {u"locations"_s, toJson(places)},
            {u"source_url"_s, s.sourceUrl},
            {u"verified_on"_s, json::dateText(s.verifiedOn)},
            {u"verified_by"_s, s.verifiedBy},
            {u"demo_values"_s, flag(s.demoValues)}};
}

QList<FieldChange> diffFields(const QMap<QString, QString> &before,
                              const QMap<QString, QString> &after)
{
    QList<FieldChange> changes;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const QString old = before.value(it.key());
        if (old != it.value())
            changes.append(FieldChange {it.key(), old, it.value()});
    }
    return changes;
}

} // namespace sportello::catalogue
