// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/hsdsjson.h"

#include "catalogue/jsoncodec.h"
#include "catalogue/taxonomy.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sportello::catalogue::hsds {

namespace {

const QStringList kTopKeys
    = {u"hsds_version"_s, u"x_sportello_format"_s, u"x_catalogue_version"_s, u"organizations"_s,
       u"locations"_s,    u"services"_s,           u"taxonomies"_s,          u"taxonomy_terms"_s};
const QStringList kOrganizationKeys
    = {u"id"_s,      u"name"_s,   u"alternate_name"_s, u"description"_s,  u"email"_s,
       u"website"_s, u"x_kind"_s, u"phones"_s,         u"x_demo_values"_s};
const QStringList kLocationKeys = {u"id"_s,
                                   u"organization_id"_s,
                                   u"name"_s,
                                   u"description"_s,
                                   u"location_type"_s,
                                   u"addresses"_s,
                                   u"x_comune_istat"_s,
                                   u"accessibility"_s,
                                   u"x_confidential"_s,
                                   u"phones"_s,
                                   u"x_demo_values"_s};
const QStringList kAddressKeys = {u"address_1"_s,      u"city"_s,    u"postal_code"_s,
                                  u"state_province"_s, u"country"_s, u"address_type"_s};
const QStringList kServiceKeys = {u"id"_s,
                                  u"organization_id"_s,
                                  u"name"_s,
                                  u"alternate_name"_s,
                                  u"description"_s,
                                  u"url"_s,
                                  u"email"_s,
                                  u"status"_s,
                                  u"alert"_s,
                                  u"eligibility_description"_s,
                                  u"minimum_age"_s,
                                  u"maximum_age"_s,
                                  u"application_process"_s,
                                  u"fees_description"_s,
                                  u"x_free"_s,
                                  u"cost_options"_s,
                                  u"assured_date"_s,
                                  u"x_verified_by"_s,
                                  u"x_source_url"_s,
                                  u"x_automatic"_s,
                                  u"x_call_window"_s,
                                  u"languages"_s,
                                  u"required_documents"_s,
                                  u"x_prerequisites"_s,
                                  u"x_channels"_s,
                                  u"x_eligibility"_s,
                                  u"attributes"_s,
                                  u"contacts"_s,
                                  u"phones"_s,
                                  u"service_at_locations"_s,
                                  u"x_demo_values"_s};
const QStringList kPlaceKeys
    = {u"id"_s, u"location_id"_s, u"description"_s, u"schedules"_s, u"x_schedule_exceptions"_s};

QString at(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

void reportUnknown(const QJsonObject &object, const QStringList &known, const QString &path,
                   QStringList &ignored)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()) && !it.value().isNull())
            ignored.append(path + u'.' + it.key());
    }
}

// Problems found while reading one entry, remembered with the entry's id (and which entry with
// that id, for a repeated one) for the line number.
struct Located
{
    QString uid;
    FieldProblem problem;
    int occurrence = 0;
};

void take(QList<Located> &all, const QString &uid, const QList<FieldProblem> &problems,
          int occurrence = 0)
{
    for (const FieldProblem &problem : problems)
        all.append({uid, problem, occurrence});
}

Organization readOrganization(const QJsonObject &o, const QString &path,
                              QList<FieldProblem> &problems, QStringList &ignored)
{
    reportUnknown(o, kOrganizationKeys, path, ignored);
    Organization organization;
    organization.uid = json::readString(o, u"id"_s, path, problems);
    organization.name = json::readString(o, u"name"_s, path, problems);
    organization.alternateName = json::readString(o, u"alternate_name"_s, path, problems);
    organization.description = json::readString(o, u"description"_s, path, problems);
    organization.email = json::readString(o, u"email"_s, path, problems);
    organization.website = json::readString(o, u"website"_s, path, problems);
    const QString kind = json::readString(o, u"x_kind"_s, path, problems);
    if (!Taxonomy::kindFromCode(kind, &organization.kind))
        problems.append({path + u".x_kind"_s,
                         kind.isEmpty() ? FieldProblem::Required : FieldProblem::UnknownCode,
                         kind});
    organization.phones = json::readPhones(o.value(u"phones"_s), path + u".phones"_s, problems);
    organization.demoValues = json::readBool(o, u"x_demo_values"_s, path, problems);
    return organization;
}

Location readLocation(const QJsonObject &o, const QString &path, QList<FieldProblem> &problems,
                      QStringList &ignored)
{
    reportUnknown(o, kLocationKeys, path, ignored);
    Location location;
    location.uid = json::readString(o, u"id"_s, path, problems);
    location.organizationUid = json::readString(o, u"organization_id"_s, path, problems);
    location.name = json::readString(o, u"name"_s, path, problems);
    location.description = json::readString(o, u"description"_s, path, problems);
    const QString type = json::readString(o, u"location_type"_s, path, problems);
    if (!type.isEmpty() && type != u"physical"_s && type != u"virtual"_s)
        problems.append({path + u".location_type"_s, FieldProblem::UnknownCode, type});
    location.isVirtual = type == u"virtual"_s;
    const QJsonArray addresses = o.value(u"addresses"_s).toArray();
    if (addresses.size() > 1)
        ignored.append(path + u".addresses[1…]"_s);
    if (!addresses.isEmpty()) {
        const QString p = path + u".addresses[0]"_s;
        const QJsonObject address = addresses.first().toObject();
        reportUnknown(address, kAddressKeys, p, ignored);
        location.street = json::readString(address, u"address_1"_s, p, problems);
        location.city = json::readString(address, u"city"_s, p, problems);
        location.postalCode = json::readString(address, u"postal_code"_s, p, problems);
        location.province = json::readString(address, u"state_province"_s, p, problems);
        const QString country = json::readString(address, u"country"_s, p, problems);
        location.country = country.isEmpty() ? u"IT"_s : country;
    }
    location.comuneIstat = json::readString(o, u"x_comune_istat"_s, path, problems);
    QStringList accessibility;
    const QJsonArray notes = o.value(u"accessibility"_s).toArray();
    for (qsizetype i = 0; i < notes.size(); ++i)
        accessibility.append(json::readString(notes.at(i).toObject(), u"description"_s,
                                              at(path + u".accessibility"_s, i), problems));
    location.accessibility = accessibility.join(u'\n');
    location.confidential = json::readBool(o, u"x_confidential"_s, path, problems);
    location.phones = json::readPhones(o.value(u"phones"_s), path + u".phones"_s, problems);
    location.demoValues = json::readBool(o, u"x_demo_values"_s, path, problems);
    return location;
}

QList<NamedItem> readNamedItems(const QJsonValue &value, const QString &path, const QString &idKey,
                                const QString &nameKey, QList<FieldProblem> &problems)
{
    QList<NamedItem> items;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString p = at(path, i);
        const QJsonObject object = array.at(i).toObject();
        NamedItem item {json::readString(object, idKey, p, problems),
                        json::readString(object, nameKey, p, problems).trimmed()};
        if (item.uid.isEmpty())
            problems.append({p + u'.' + idKey, FieldProblem::Required, {}});
        else if (!isValidUid(item.uid))
            problems.append({p + u'.' + idKey, FieldProblem::InvalidUid, item.uid});
        if (item.name.isEmpty())
            problems.append({p + u'.' + nameKey, FieldProblem::Required, {}});
        items.append(item);
    }
    return items;
}

Service readService(const QJsonObject &o, const QString &path, QList<FieldProblem> &problems,
                    QStringList &ignored)
{
    reportUnknown(o, kServiceKeys, path, ignored);
    Service s;
    s.uid = json::readString(o, u"id"_s, path, problems);
    s.organizationUid = json::readString(o, u"organization_id"_s, path, problems);
    s.name = json::readString(o, u"name"_s, path, problems);
    s.alternateName = json::readString(o, u"alternate_name"_s, path, problems);
    s.description = json::readString(o, u"description"_s, path, problems);
    s.url = json::readString(o, u"url"_s, path, problems);
    s.email = json::readString(o, u"email"_s, path, problems);
    const QString status = json::readString(o, u"status"_s, path, problems);
    if (status.isEmpty() || status == u"active"_s)
        s.status = ServiceStatus::Active;
    else if (status == u"temporarily closed"_s || status == u"inactive"_s)
        s.status = ServiceStatus::TemporarilyClosed;
    else if (status == u"defunct"_s)
        s.status = ServiceStatus::Ended;
    else
        problems.append({path + u".status"_s, FieldProblem::UnknownCode, status});
    s.statusNote = json::readString(o, u"alert"_s, path, problems);
    s.eligibilityText = json::readString(o, u"eligibility_description"_s, path, problems);
    s.rules = json::readRules(o.value(u"x_eligibility"_s), path + u".x_eligibility"_s, problems);
    QJsonObject ages;
    for (const auto &[hsdsKey, ruleKey] :
         {std::pair {u"minimum_age"_s, u"min_age"_s}, std::pair {u"maximum_age"_s, u"max_age"_s}}) {
        if (o.contains(hsdsKey) && !o.value(hsdsKey).isNull())
            ages.insert(ruleKey, o.value(hsdsKey));
    }
    const EligibilityRules ageRules = json::readRules(ages, path, problems);
    if (ageRules.minAge)
        s.rules.minAge = ageRules.minAge;
    if (ageRules.maxAge)
        s.rules.maxAge = ageRules.maxAge;
    const QString process = json::readString(o, u"application_process"_s, path, problems);
    static const QRegularExpression numbering(u"^\\s*(\\d+[.)]|[-•*])\\s*"_s);
    for (QString step : process.split(u'\n', Qt::SkipEmptyParts)) {
        step.remove(numbering);
        if (!step.trimmed().isEmpty())
            s.applicationSteps.append(step.trimmed());
    }
    s.feesDescription = json::readString(o, u"fees_description"_s, path, problems);
    s.free = json::readBool(o, u"x_free"_s, path, problems);
    s.costOptions
        = json::readCostOptions(o.value(u"cost_options"_s), path + u".cost_options"_s, problems);
    s.verifiedOn = json::readDate(o, u"assured_date"_s, path, problems);
    s.verifiedBy = json::readString(o, u"x_verified_by"_s, path, problems);
    s.sourceUrl = json::readString(o, u"x_source_url"_s, path, problems);
    s.automatic = json::readBool(o, u"x_automatic"_s, path, problems);
    const QJsonObject window = o.value(u"x_call_window"_s).toObject();
    s.callWindow
        = CallWindow {json::readDate(window, u"opens"_s, path + u".x_call_window"_s, problems),
                      json::readDate(window, u"closes"_s, path + u".x_call_window"_s, problems)};
    s.languages = json::readLanguages(o.value(u"languages"_s), path + u".languages"_s, problems);
    s.documents = readNamedItems(o.value(u"required_documents"_s), path + u".required_documents"_s,
                                 u"x_document_id"_s, u"document"_s, problems);
    s.prerequisites = readNamedItems(o.value(u"x_prerequisites"_s), path + u".x_prerequisites"_s,
                                     u"id"_s, u"name"_s, problems);
    s.channels = json::readChannels(o.value(u"x_channels"_s), path + u".x_channels"_s, problems);
    const QJsonArray attributes = o.value(u"attributes"_s).toArray();
    for (qsizetype i = 0; i < attributes.size(); ++i) {
        const QString code = json::readString(attributes.at(i).toObject(), u"taxonomy_term_id"_s,
                                              at(path + u".attributes"_s, i), problems);
        (code.startsWith(u"AREA."_s) ? s.userAreas : s.categories).append(code);
    }
    s.contacts = json::readContacts(o.value(u"contacts"_s), path + u".contacts"_s, problems);
    s.phones = json::readPhones(o.value(u"phones"_s), path + u".phones"_s, problems);
    const QJsonArray places = o.value(u"service_at_locations"_s).toArray();
    for (qsizetype i = 0; i < places.size(); ++i) {
        const QString p = at(path + u".service_at_locations"_s, i);
        const QJsonObject place = places.at(i).toObject();
        reportUnknown(place, kPlaceKeys, p, ignored);
        ServiceAtLocation at_;
        at_.uid = json::readString(place, u"id"_s, p, problems);
        at_.locationUid = json::readString(place, u"location_id"_s, p, problems);
        at_.description = json::readString(place, u"description"_s, p, problems);
        const QJsonArray schedules = place.value(u"schedules"_s).toArray();
        for (qsizetype k = 0; k < schedules.size(); ++k)
            at_.schedules.append(
                json::readSchedule(schedules.at(k), at(p + u".schedules"_s, k), problems));
        const QJsonArray exceptions = place.value(u"x_schedule_exceptions"_s).toArray();
        for (qsizetype k = 0; k < exceptions.size(); ++k)
            at_.exceptions.append(json::readException(
                exceptions.at(k), at(p + u".x_schedule_exceptions"_s, k), problems));
        s.locations.append(at_);
    }
    s.demoValues = json::readBool(o, u"x_demo_values"_s, path, problems);
    return s;
}

} // namespace

int lineAt(const QByteArray &data, qsizetype offset)
{
    return 1 + static_cast<int>(data.left(offset).count('\n'));
}

Error importError(const QByteArray &data, const QString &fileName, const QString &uid,
                  const FieldProblem &problem, int occurrence)
{
    int line = 1;
    if (!uid.isEmpty()) {
        const QRegularExpression idPattern(u"\"id\"\\s*:\\s*\""_s + QRegularExpression::escape(uid)
                                           + u'"');
        const QString text = QString::fromUtf8(data);
        qsizetype start = -1;
        auto matches = idPattern.globalMatch(text);
        for (int i = 0; i <= occurrence && matches.hasNext(); ++i)
            start = matches.next().capturedStart();
        if (start >= 0)
            line = 1 + static_cast<int>(text.left(start).count(u'\n'));
    }
    return makeError(ErrorCode::ImportInvalid,
                     u"%1:%2: %3 (problem %4) %5"_s.arg(fileName)
                         .arg(line)
                         .arg(problem.field)
                         .arg(static_cast<int>(problem.code))
                         .arg(problem.value),
                     {fileName, QString::number(line), problem.field,
                      QString::number(static_cast<int>(problem.code)), problem.value});
}

Result<ParsedCatalogue> readJson(const QByteArray &data, const QString &fileName,
                                 const ReferenceIndex &existing)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = lineAt(data, parseError.offset);
        const qsizetype lineStart = data.lastIndexOf('\n', parseError.offset - 1) + 1;
        return makeError(ErrorCode::ImportMalformed,
                         u"%1:%2: %3"_s.arg(fileName).arg(line).arg(parseError.errorString()),
                         {fileName, QString::number(line),
                          QString::number(parseError.offset - lineStart + 1),
                          parseError.errorString()});
    }
    if (!document.isObject())
        return importError(data, fileName, {}, {u"(document)"_s, FieldProblem::ExpectedObject, {}});
    const QJsonObject root = document.object();

    ParsedCatalogue parsed;
    reportUnknown(root, kTopKeys + QStringList {u"metadata"_s}, QString(), parsed.ignoredFields);
    if (root.contains(u"metadata"_s))
        parsed.ignoredFields.append(u"metadata"_s); // change history stays with each desk
    for (QString &field : parsed.ignoredFields) {
        if (field.startsWith(u'.'))
            field.remove(0, 1);
    }
    parsed.sourceVersion = root.value(u"x_catalogue_version"_s).toInteger();

    QList<Located> problems;
    ReferenceIndex references = existing;
    QSet<QString> seen;
    // Entries read so far per id, in file order, so that the problems of a repeated id point at
    // the repetition and not at the first entry.
    QHash<QString, int> occurrences;
    QList<int> locationOccurrence;
    QList<int> serviceOccurrence;
    const struct
    {
        QString key;
        int kind;
    } tables[] = {{u"organizations"_s, 0}, {u"locations"_s, 1}, {u"services"_s, 2}};
    for (const auto &table : tables) {
        const QJsonValue value = root.value(table.key);
        if (!value.isUndefined() && !value.isArray()) {
            problems.append({{}, {table.key, FieldProblem::ExpectedList, {}}});
            continue;
        }
        const QJsonArray array = value.toArray();
        seen.clear();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = at(table.key, i);
            if (!array.at(i).isObject()) {
                problems.append({{}, {path, FieldProblem::ExpectedObject, {}}});
                continue;
            }
            const QJsonObject object = array.at(i).toObject();
            const QString uid = object.value(u"id"_s).toString();
            const int occurrence = uid.isEmpty() ? 0 : occurrences[uid]++;
            QList<FieldProblem> found;
            if (!uid.isEmpty() && seen.contains(uid))
                found.append({path + u".id"_s, FieldProblem::DuplicateUid, uid});
            seen.insert(uid);
            if (table.kind == 0) {
                Organization organization
                    = readOrganization(object, path, found, parsed.ignoredFields);
                references.organizationUids.insert(organization.uid);
                found += [&] {
                    auto list = validateOrganization(organization);
                    for (FieldProblem &p : list)
                        p.field = path + u'.' + p.field;
                    return list;
                }();
                parsed.catalogue.organizations.append(organization);
            } else if (table.kind == 1) {
                parsed.catalogue.locations.append(
                    readLocation(object, path, found, parsed.ignoredFields));
                references.locationUids.insert(parsed.catalogue.locations.last().uid);
                locationOccurrence.append(occurrence);
            } else {
                parsed.catalogue.services.append(
                    readService(object, path, found, parsed.ignoredFields));
                serviceOccurrence.append(occurrence);
            }
            take(problems, uid, found, occurrence);
        }
    }
    // References are checked once every table is read (locations may precede organizations).
    for (qsizetype i = 0; i < parsed.catalogue.locations.size(); ++i) {
        const Location &location = parsed.catalogue.locations.at(i);
        auto list = validateLocation(location, references);
        for (FieldProblem &p : list)
            p.field = at(u"locations"_s, i) + u'.' + p.field;
        take(problems, location.uid, list, locationOccurrence.at(i));
    }
    for (qsizetype i = 0; i < parsed.catalogue.services.size(); ++i) {
        const Service &service = parsed.catalogue.services.at(i);
        auto list = validateService(service, references);
        for (FieldProblem &p : list)
            p.field = at(u"services"_s, i) + u'.' + p.field;
        take(problems, service.uid, list, serviceOccurrence.at(i));
    }
    if (!problems.isEmpty())
        return importError(data, fileName, problems.first().uid, problems.first().problem,
                           problems.first().occurrence);
    return parsed;
}

} // namespace sportello::catalogue::hsds
