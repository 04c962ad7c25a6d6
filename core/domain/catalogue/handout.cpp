// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/handout.h"

#include "catalogue/taxonomy.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sportello::catalogue {

namespace {
const QJsonObject &allLabels()
{
    static const QJsonObject labels = [] {
        QFile file(u":/sportello/handout/labels.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            return QJsonObject();
        return QJsonDocument::fromJson(file.readAll()).object().value(u"languages"_s).toObject();
    }();
    return labels;
}

QString hoursText(const QList<TimeRange> &ranges)
{
    QStringList parts;
    for (const TimeRange &range : ranges)
        parts.append(range.from.toString(u"HH:mm"_s) + u"–"_s + range.to.toString(u"HH:mm"_s));
    return parts.join(u", "_s);
}

// The opening hours of a normal week, day by day, from a given week's Monday.
QStringList weeklyText(const ServiceAtLocation &place, const QDate &today, const QLocale &locale)
{
    QStringList lines;
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    for (int day = 0; day < 7; ++day) {
        const QDate date = monday.addDays(day);
        QList<TimeRange> ranges;
        for (const WeeklySchedule &schedule : place.schedules) {
            if (schedule.appliesOn(date))
                ranges.append({schedule.opensAt, schedule.closesAt, {}});
        }
        if (ranges.isEmpty())
            continue;
        std::sort(ranges.begin(), ranges.end(),
                  [](const TimeRange &a, const TimeRange &b) { return a.from < b.from; });
        lines.append(locale.dayName(date.dayOfWeek()) + u' ' + hoursText(ranges));
    }
    return lines;
}
} // namespace

QStringList HandoutLabels::languages()
{
    return {u"it"_s, u"en"_s, u"fr"_s, u"es"_s, u"ar"_s, u"ro"_s, u"uk"_s};
}

HandoutLabels HandoutLabels::forLanguage(const QString &code)
{
    const QString chosen = allLabels().contains(code) ? code : u"it"_s;
    const QJsonObject object = allLabels().value(chosen).toObject();
    HandoutLabels labels;
    labels.m_code = chosen;
    labels.m_rtl = object.value(u"rtl"_s).toBool();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.value().isString())
            labels.m_labels.insert(it.key(), it.value().toString());
    }
    return labels;
}

QString HandoutLabels::text(QStringView key, const QStringList &args) const
{
    QString value = m_labels.value(key.toString(), key.toString());
    for (const QString &arg : args)
        value = value.arg(arg);
    return value;
}

HandoutContent buildHandout(const QList<Service> &services,
                            const QList<Organization> &organizations,
                            const QList<Location> &locations, const DeskInfo &desk,
                            const QString &language, const QDate &today,
                            const QString &referralCode)
{
    HandoutContent content;
    content.labels = HandoutLabels::forLanguage(language);
    content.desk = desk;
    content.date = today;
    content.referralCode = referralCode;
    const QLocale locale(content.labels.code());
    const auto dateText = [&](const QDate &date) {
        return locale.toString(date, QLocale::ShortFormat);
    };

    QHash<QString, const Organization *> organizationOf;
    for (const Organization &organization : organizations)
        organizationOf.insert(organization.uid, &organization);
    QHash<QString, const Location *> locationOf;
    for (const Location &location : locations)
        locationOf.insert(location.uid, &location);

    for (const Service &service : services) {
        HandoutService out;
        out.name = service.name;
        const Organization *organization = organizationOf.value(service.organizationUid);
        out.organization = organization ? organization->name : QString();
        out.description = service.description;
        if (service.status == ServiceStatus::TemporarilyClosed)
            out.statusNote = service.statusNote.trimmed().isEmpty()
                ? content.labels.text(u"temporarilyClosedNoNote")
                : content.labels.text(u"temporarilyClosed", {service.statusNote});
        for (const ServiceAtLocation &place : service.locations) {
            const Location *location = locationOf.value(place.locationUid);
            if (!location)
                continue;
            HandoutService::Place p;
            p.name = location->name;
            p.confidential = location->confidential;
            if (!location->confidential && !location->isVirtual) {
                p.address = location->street;
                if (!location->city.isEmpty())
                    p.address += u", "_s
                        + (location->postalCode.isEmpty() ? QString() : location->postalCode + u' ')
                        + location->city;
            }
            const auto todayRanges = hoursOn(place.schedules, place.exceptions, today);
            p.today = hoursText(todayRanges);
            p.weekly = weeklyText(place, today, locale);
            if (!location->confidential) {
                for (const Phone &phone : location->phones)
                    p.phones.append(phone.number);
            }
            out.demoValues = out.demoValues || location->demoValues;
            out.places.append(p);
        }
        for (const NamedItem &document : service.documents)
            out.documents.append(document.name);
        for (const NamedItem &prerequisite : service.prerequisites)
            out.prerequisites.append(prerequisite.name);
        out.steps = service.applicationSteps;
        for (const Channel &channel : service.channels) {
            QString label
                = content.labels.text(QString(u"channel."_s + Taxonomy::channelCode(channel.type)));
            if (!channel.details.isEmpty())
                label += u" — "_s + channel.details;
            out.channels.append(label);
        }
        out.automatic = service.automatic;
        if (service.callWindow.opens.isValid() && service.callWindow.closes.isValid())
            out.callWindow = content.labels.text(
                u"callWindow",
                {dateText(service.callWindow.opens), dateText(service.callWindow.closes)});
        else if (service.callWindow.closes.isValid())
            out.callWindow
                = content.labels.text(u"callOpenUntil", {dateText(service.callWindow.closes)});
        out.cost = service.free ? content.labels.text(u"free") : service.feesDescription;
        for (const Phone &phone : service.phones)
            out.contacts.append(phone.description.isEmpty()
                                    ? phone.number
                                    : phone.number + u" ("_s + phone.description + u')');
        if (!service.email.isEmpty())
            out.contacts.append(service.email);
        if (!service.url.isEmpty())
            out.contacts.append(service.url);
        out.demoValues
            = out.demoValues || service.demoValues || (organization && organization->demoValues);
        content.demo = content.demo || out.demoValues;
        content.services.append(out);
    }
    return content;
}

} // namespace sportello::catalogue
