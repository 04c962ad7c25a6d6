// SPDX-License-Identifier: GPL-3.0-or-later
// The HSDS JSON reader, third part: the shapes of standard HSDS 3.x documents and their
// schedules (docs/decisions.md, 22).
#include "catalogue/hsdsjsonreader.h"
#include "catalogue/jsoncodec.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sportello::catalogue::hsds::jsonread {

QString at(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

void reportUnknown(const QJsonObject &object, const QStringList &known, const QString &path,
                   const Notes &notes)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()) && !it.value().isNull())
            notes.ignored->append(join(path, it.key()));
    }
}

namespace {

const QStringList kScheduleKeys
    = {u"id"_s,          u"service_id"_s, u"location_id"_s, u"service_at_location_id"_s,
       u"valid_from"_s,  u"valid_to"_s,   u"dtstart"_s,     u"until"_s,
       u"count"_s,       u"wkst"_s,       u"freq"_s,        u"interval"_s,
       u"byday"_s,       u"byweekno"_s,   u"bymonthday"_s,  u"byyearday"_s,
       u"description"_s, u"opens_at"_s,   u"closes_at"_s,   u"notes"_s};
const QStringList kPageKeys = {u"total_items"_s, u"total_pages"_s, u"page_number"_s, u"size"_s,
                               u"first_page"_s,  u"last_page"_s,   u"empty"_s,       u"contents"_s};
// Keys only a service has (HSDS requires `status` of every service); an object with none of
// them and a name is read as an organization.
const QStringList kServiceMarkers = {u"status"_s,
                                     u"organization"_s,
                                     u"service_at_locations"_s,
                                     u"application_process"_s,
                                     u"eligibility_description"_s,
                                     u"fees_description"_s,
                                     u"required_documents"_s,
                                     u"service_areas"_s,
                                     u"program_id"_s,
                                     u"interpretation_services"_s,
                                     u"minimum_age"_s,
                                     u"maximum_age"_s,
                                     u"assured_date"_s,
                                     u"cost_options"_s,
                                     u"alert"_s};

// HSDS times are "HH:MM" or "HH:MM:SS", perhaps with a UTC offset or "Z". The desk reads them as
// its own local time, which is what Italian publishers mean.
QTime readStandardTime(const QJsonObject &object, const QString &key, const QString &path,
                       QList<FieldProblem> &problems)
{
    const QString text = json::readString(object, key, path, problems).trimmed();
    if (text.isEmpty())
        return {};
    static const QRegularExpression pattern(
        u"^(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?$"_s);
    const auto match = pattern.match(text);
    const QTime time = match.hasMatch()
        ? QTime(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt())
        : QTime();
    if (!time.isValid())
        problems.append({join(path, key), FieldProblem::InvalidTime, text});
    return time;
}

// A date, or the date part of an iCal date-time (`dtstart`, `until`).
QDate readStandardDate(const QJsonObject &object, const QString &key, const QString &path,
                       QList<FieldProblem> &problems)
{
    const QString text = json::readString(object, key, path, problems).trimmed();
    if (text.isEmpty())
        return {};
    const QDate date = QDate::fromString(text.left(10), u"yyyy-MM-dd"_s);
    if (!date.isValid())
        problems.append({join(path, key), FieldProblem::InvalidDate, text});
    return date;
}

} // namespace

QList<WeeklySchedule> readStandardSchedules(const QJsonValue &value, const QString &path,
                                            QList<FieldProblem> &problems, const Notes &notes)
{
    QList<WeeklySchedule> schedules;
    if (value.isUndefined() || value.isNull())
        return schedules;
    if (!value.isArray()) {
        problems.append({path, FieldProblem::ExpectedList, {}});
        return schedules;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString p = at(path, i);
        if (!array.at(i).isObject()) {
            problems.append({p, FieldProblem::ExpectedObject, {}});
            continue;
        }
        const QJsonObject o = array.at(i).toObject();
        reportUnknown(o, kScheduleKeys, p, notes);
        bool weekly = true; // representable as weekly slots
        const QString freq = json::readString(o, u"freq"_s, p, problems).trimmed().toUpper();
        if (!freq.isEmpty() && freq != u"WEEKLY"_s)
            weekly = false;
        const QJsonValue interval = o.value(u"interval"_s);
        if (!interval.isUndefined() && !interval.isNull()) {
            const double every
                = interval.isString() ? interval.toString().toDouble() : interval.toDouble(-1.0);
            if (!interval.isDouble() && !interval.isString())
                problems.append({join(p, u"interval"_s), FieldProblem::ExpectedNumber, {}});
            else if (every > 1)
                weekly = false;
        }
        for (const QString &key : {u"byweekno"_s, u"bymonthday"_s, u"byyearday"_s, u"count"_s}) {
            const QJsonValue rule = o.value(key);
            if (!rule.isUndefined() && !rule.isNull() && rule != QJsonValue(QString()))
                weekly = false;
        }
        WeeklySchedule schedule;
        const QString byDay = json::readString(o, u"byday"_s, p, problems).trimmed();
        static const QRegularExpression ordinal(u"[0-9]"_s);
        const QDate start = readStandardDate(o, u"dtstart"_s, p, problems);
        if (byDay.contains(ordinal)) {
            weekly = false; // "2MO": the second Monday of a month
        } else if (byDay.isEmpty()) {
            // RFC 5545: a weekly rule without BYDAY repeats on the weekday of DTSTART.
            schedule.weekdays = start.isValid() ? weekdayBit(start.dayOfWeek()) : 0;
        } else {
            schedule.weekdays = weekdaysFromByDay(byDay);
            if (schedule.weekdays == 0)
                problems.append({join(p, u"byday"_s), FieldProblem::InvalidWeekdays, byDay});
        }
        schedule.opensAt = readStandardTime(o, u"opens_at"_s, p, problems);
        schedule.closesAt = readStandardTime(o, u"closes_at"_s, p, problems);
        const bool timed = o.contains(u"opens_at"_s) && o.contains(u"closes_at"_s);
        if (schedule.opensAt.isValid() && schedule.closesAt.isValid()
            && schedule.opensAt >= schedule.closesAt)
            problems.append({join(p, u"closes_at"_s), FieldProblem::ScheduleTimes, {}});
        schedule.validFrom = readStandardDate(o, u"valid_from"_s, p, problems);
        if (!schedule.validFrom.isValid())
            schedule.validFrom = start;
        schedule.validTo = readStandardDate(o, u"valid_to"_s, p, problems);
        const QDate until = readStandardDate(o, u"until"_s, p, problems);
        if (!schedule.validTo.isValid())
            schedule.validTo = until;
        if (schedule.validFrom.isValid() && schedule.validTo.isValid()
            && schedule.validTo < schedule.validFrom)
            problems.append({join(p, u"valid_to"_s), FieldProblem::DateOrder, {}});
        schedule.description = json::readString(o, u"description"_s, p, problems);
        const QString remarks = json::readString(o, u"notes"_s, p, problems);
        if (schedule.description.isEmpty())
            schedule.description = remarks;
        else if (!remarks.isEmpty())
            notes.ignored->append(join(p, u"notes"_s));
        // Hours by appointment, monthly or fortnightly rules, a day without times: the weekly
        // model cannot hold them, and guessing would show the desk wrong hours.
        if (!weekly || !timed || schedule.weekdays == 0) {
            notes.unsupported->append(p);
            continue;
        }
        schedules.append(schedule);
    }
    return schedules;
}

QList<Channel> impliedChannels(const Service &service)
{
    QList<Channel> channels;
    if (!service.locations.isEmpty())
        channels.append({ChannelType::InPerson, {}});
    if (!service.url.isEmpty())
        channels.append({ChannelType::Online, {}});
    const bool phone = !service.phones.isEmpty()
        || std::any_of(service.contacts.cbegin(), service.contacts.cend(),
                       [](const Contact &contact) { return !contact.phones.isEmpty(); });
    if (phone)
        channels.append({ChannelType::Phone, {}});
    if (channels.isEmpty())
        channels.append({ChannelType::InPerson, {}});
    return channels;
}

void applyDefaults(Service &service, Dialect dialect)
{
    if (service.channels.isEmpty() && !service.automatic)
        service.channels = impliedChannels(service);
    if (dialect != Dialect::Standard)
        return;
    // HSDS requires no description; the desk shows one, so the name stands in for it.
    if (service.description.trimmed().isEmpty())
        service.description = service.name;
    // The access and orientation category and the "all users" area, for the operator to refine.
    if (service.categories.isEmpty())
        service.categories.append(u"ACC.SEGR"_s);
    if (service.userAreas.isEmpty())
        service.userAreas.append(u"AREA.MULTIUTENZA"_s);
}

bool isSportelloBundle(const QJsonObject &root)
{
    if (root.contains(u"x_sportello_format"_s))
        return true;
    if (root.contains(u"id"_s) || root.contains(u"contents"_s))
        return false;
    return root.value(u"organizations"_s).isArray() || root.value(u"locations"_s).isArray()
        || root.value(u"services"_s).isArray();
}

namespace {

// Moves the entities of nested HSDS objects into the three tables, each entity once.
class Collector final
{
public:
    Collector(Entries &entries, QList<FieldProblem> &problems, const Notes &notes)
        : m_entries(entries)
        , m_problems(problems)
        , m_notes(notes)
    { }

    // One item of a list, or the document itself: a service or an organization.
    void item(const QJsonValue &value, const QString &path)
    {
        if (!value.isObject()) {
            m_problems.append(
                {path.isEmpty() ? u"(document)"_s : path, FieldProblem::ExpectedObject, {}});
            return;
        }
        const QJsonObject object = value.toObject();
        if (isServiceAtLocation(object))
            serviceAtLocation(object, path);
        else if (isService(object))
            service(object, path, {});
        else if (object.contains(u"name"_s) || object.contains(u"services"_s))
            organization(object, path);
        else
            m_problems.append(
                {path.isEmpty() ? u"(document)"_s : path, FieldProblem::UnknownDocument, {}});
    }

    void page(const QJsonObject &root)
    {
        reportUnknown(root, kPageKeys, {}, m_notes);
        const QJsonValue contents = root.value(u"contents"_s);
        if (!contents.isArray()) {
            m_problems.append({u"contents"_s, FieldProblem::ExpectedList, {}});
            return;
        }
        const QJsonArray items = contents.toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            item(items.at(i), at(u"contents"_s, i));
    }

    void list(const QJsonArray &items)
    {
        for (qsizetype i = 0; i < items.size(); ++i)
            item(items.at(i), at({}, i));
    }

    // The places that named their service by id only join it now; one whose service the
    // document does not give fails naming `service_id`.
    void finish()
    {
        for (const Entry &pending : std::as_const(m_pendingPlaces)) {
            const QString serviceUid = pending.object.value(u"service_id"_s).toString();
            const qsizetype index = serviceUid.isEmpty() ? -1 : m_services.value(serviceUid, -1);
            if (index < 0)
                m_problems.append({join(pending.path, u"service_id"_s),
                                   FieldProblem::UnknownReference, serviceUid});
            else
                addPlaces(index, {pending});
        }
        m_pendingPlaces.clear();
    }

private:
    // A service_at_location as the API returns it (GET /service_at_locations/{id}, or an item of
    // its list): the link with its service and its location nested, or the service's id.
    static bool isServiceAtLocation(const QJsonObject &object)
    {
        return object.value(u"service"_s).isObject()
            || (object.contains(u"service_id"_s)
                && (object.contains(u"location_id"_s) || object.contains(u"location"_s))
                && !isService(object));
    }

    static bool isService(const QJsonObject &object)
    {
        return std::any_of(kServiceMarkers.cbegin(), kServiceMarkers.cend(),
                           [&object](const QString &key) { return object.contains(key); });
    }

    // The list `key` of `object`, each item an object, or nothing after recording the problem.
    QList<QJsonObject> objects(const QJsonObject &object, const QString &key, const QString &path)
    {
        QList<QJsonObject> list;
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return list;
        if (!value.isArray()) {
            m_problems.append({join(path, key), FieldProblem::ExpectedList, {}});
            return list;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (array.at(i).isObject())
                list.append(array.at(i).toObject());
            else
                m_problems.append({at(join(path, key), i), FieldProblem::ExpectedObject, {}});
        }
        return list;
    }

    static void setIfMissing(QJsonObject &object, const QString &key, const QString &value)
    {
        if (object.value(key).toString().isEmpty() && !value.isEmpty())
            object.insert(key, value);
    }

    void location(QJsonObject object, const QString &path, const QString &organizationUid)
    {
        setIfMissing(object, u"organization_id"_s, organizationUid);
        const QString uid = object.value(u"id"_s).toString();
        if (uid.isEmpty() || !m_locations.contains(uid))
            m_entries.locations.append({object, path});
        m_locations.insert(uid);
    }

    void organization(QJsonObject object, const QString &path)
    {
        const QString uid = object.value(u"id"_s).toString();
        const QList<QJsonObject> locations = objects(object, u"locations"_s, path);
        const QList<QJsonObject> services = objects(object, u"services"_s, path);
        object.remove(u"locations"_s);
        object.remove(u"services"_s);
        if (uid.isEmpty() || !m_organizations.contains(uid))
            m_entries.organizations.append({object, path});
        m_organizations.insert(uid);
        for (qsizetype i = 0; i < locations.size(); ++i)
            location(locations.at(i), at(join(path, u"locations"_s), i), uid);
        for (qsizetype i = 0; i < services.size(); ++i)
            service(services.at(i), at(join(path, u"services"_s), i), uid);
    }

    // The place a service_at_location document describes joins its service: the service
    // nested in it, or one the document gives elsewhere, before or after (see finish()).
    void serviceAtLocation(QJsonObject object, const QString &path)
    {
        const QJsonValue nested = object.value(u"service"_s);
        object.remove(u"service"_s);
        if (nested.isObject()) {
            QJsonObject serviceObject = nested.toObject();
            setIfMissing(object, u"service_id"_s, serviceObject.value(u"id"_s).toString());
            // After the places the nested service lists itself, if any.
            QJsonArray places = serviceObject.value(u"service_at_locations"_s).toArray();
            places.append(object);
            serviceObject.insert(u"service_at_locations"_s, places);
            service(serviceObject, join(path, u"service"_s), {});
            return;
        }
        if (!nested.isUndefined() && !nested.isNull()) {
            m_problems.append({join(path, u"service"_s), FieldProblem::ExpectedObject, {}});
            return;
        }
        // Its service may come later in a list: joined once the whole document is read.
        m_pendingPlaces.append({object, path});
    }

    // Appends `place` (a service_at_location of a service owned by `owner`) to `places` unless
    // it is there already; its nested location joins the locations.
    void addPlace(QJsonArray &places, QJsonObject place, const QString &placePath,
                  const QString &owner)
    {
        // The same place again: the same id, or without ids the same location.
        const QString id = place.value(u"id"_s).toString();
        const QString where = place.value(u"location_id"_s).toString().isEmpty()
            ? place.value(u"location"_s).toObject().value(u"id"_s).toString()
            : place.value(u"location_id"_s).toString();
        for (const QJsonValue &existing : std::as_const(places)) {
            const QJsonObject other = existing.toObject();
            const QString otherId = other.value(u"id"_s).toString();
            if (!id.isEmpty() ? otherId == id
                              : otherId.isEmpty() && !where.isEmpty()
                        && other.value(u"location_id"_s).toString() == where)
                return;
        }
        const QJsonValue nestedLocation = place.value(u"location"_s);
        if (nestedLocation.isObject()) {
            setIfMissing(place, u"location_id"_s,
                         nestedLocation.toObject().value(u"id"_s).toString());
            location(nestedLocation.toObject(), join(placePath, u"location"_s), owner);
        } else if (!nestedLocation.isUndefined() && !nestedLocation.isNull()) {
            m_problems.append({join(placePath, u"location"_s), FieldProblem::ExpectedObject, {}});
        }
        place.remove(u"location"_s);
        places.append(place);
    }

    void service(QJsonObject object, const QString &path, const QString &organizationUid)
    {
        const QString uid = object.value(u"id"_s).toString();
        if (!uid.isEmpty() && m_services.contains(uid)) {
            // Read again: an organization nested in its own service lists it, or several
            // service_at_location documents carry it. New places join the first reading.
            mergePlaces(uid, object, path);
            return;
        }
        m_services.insert(uid, -1);
        const QJsonValue nested = object.value(u"organization"_s);
        if (nested.isObject()) {
            const QJsonObject organizationObject = nested.toObject();
            setIfMissing(object, u"organization_id"_s,
                         organizationObject.value(u"id"_s).toString());
            organization(organizationObject, join(path, u"organization"_s));
        } else if (!nested.isUndefined() && !nested.isNull()) {
            m_problems.append({join(path, u"organization"_s), FieldProblem::ExpectedObject, {}});
        }
        object.remove(u"organization"_s);
        setIfMissing(object, u"organization_id"_s, organizationUid);
        const QString owner = object.value(u"organization_id"_s).toString();

        const QJsonValue placesValue = object.value(u"service_at_locations"_s);
        if (placesValue.isArray()) {
            const QJsonArray given = placesValue.toArray();
            QJsonArray places;
            for (qsizetype i = 0; i < given.size(); ++i) {
                if (given.at(i).isObject())
                    addPlace(places, given.at(i).toObject(),
                             at(join(path, u"service_at_locations"_s), i), owner);
                else
                    places.append(given.at(i)); // readService reports it
            }
            object.insert(u"service_at_locations"_s, places);
        }
        // Inserted before its organization's other services are read, so paths stay in order.
        if (!uid.isEmpty())
            m_services.insert(uid, m_entries.services.size());
        m_entries.services.append({object, path});
    }

    void mergePlaces(const QString &uid, const QJsonObject &again, const QString &path)
    {
        const qsizetype index = m_services.value(uid, -1);
        if (index < 0)
            return; // still being read: its own places are being added
        QList<Entry> places;
        const QJsonArray more = again.value(u"service_at_locations"_s).toArray();
        for (qsizetype i = 0; i < more.size(); ++i) {
            if (more.at(i).isObject())
                places.append(
                    {more.at(i).toObject(), at(join(path, u"service_at_locations"_s), i)});
        }
        addPlaces(index, places);
    }

    // Places (each with its path) join the service already collected at `index`.
    void addPlaces(qsizetype index, const QList<Entry> &more)
    {
        Entry &entry = m_entries.services[index];
        QJsonArray places = entry.object.value(u"service_at_locations"_s).toArray();
        const QString owner = entry.object.value(u"organization_id"_s).toString();
        for (const Entry &place : more)
            addPlace(places, place.object, place.path, owner);
        entry.object.insert(u"service_at_locations"_s, places);
    }

    Entries &m_entries;
    QList<FieldProblem> &m_problems;
    const Notes &m_notes;
    QSet<QString> m_organizations;
    QSet<QString> m_locations;
    QHash<QString, qsizetype> m_services; // uid → index in m_entries.services (-1 while read)
    QList<Entry> m_pendingPlaces; // service_at_locations naming their service by id only
};

} // namespace

void collectStandard(const QJsonDocument &document, Entries &entries, QList<FieldProblem> &problems,
                     const Notes &notes)
{
    Collector collector(entries, problems, notes);
    const QJsonObject root = document.object();
    if (document.isArray())
        collector.list(document.array());
    else if (root.contains(u"contents"_s))
        collector.page(root);
    else
        collector.item(root, {});
    collector.finish();
}

} // namespace sportello::catalogue::hsds::jsonread
