// SPDX-License-Identifier: GPL-3.0-or-later
// The HSDS JSON reader, second part: one organization, location or service, in Sportello's
// dialect or as the HSDS 3.x schemas define it.
#include "catalogue/hsdsjsonreader.h"
#include "catalogue/jsoncodec.h"
#include "catalogue/taxonomy.h"
#include "catalogue/validation.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sportello::catalogue::hsds::jsonread {

namespace {

// The id and the links to its parents of a nested HSDS object: structure, not data.
const QStringList kChildLinks = {u"id"_s,
                                 u"service_id"_s,
                                 u"location_id"_s,
                                 u"organization_id"_s,
                                 u"contact_id"_s,
                                 u"phone_id"_s,
                                 u"service_at_location_id"_s,
                                 u"link_id"_s};

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
const QStringList kAddressKeys
    = {u"address_1"_s,      u"address_2"_s, u"city"_s,        u"postal_code"_s,
       u"state_province"_s, u"country"_s,   u"address_type"_s};
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
                                  u"fees"_s,
                                  u"interpretation_services"_s,
                                  u"wait_time"_s,
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
                                  u"schedules"_s,
                                  u"service_areas"_s,
                                  u"service_at_locations"_s,
                                  u"x_demo_values"_s};
const QStringList kPlaceKeys = {u"id"_s,          u"service_id"_s, u"location_id"_s,
                                u"description"_s, u"schedules"_s,  u"x_schedule_exceptions"_s};

bool isStandard(const Notes &notes)
{
    return notes.dialect == Dialect::Standard;
}

QJsonArray listOf(const QJsonObject &o, const QString &key, const QString &path,
                  QList<FieldProblem> &problems)
{
    const QJsonValue value = o.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray()) {
        problems.append({join(path, key), FieldProblem::ExpectedList, {}});
        return {};
    }
    return value.toArray();
}

// Lists the unknown keys of each object of the list `key`.
void reportUnknownInList(const QJsonObject &o, const QString &key, const QStringList &known,
                         const QString &path, const Notes &notes)
{
    const QJsonArray array = o.value(key).toArray();
    for (qsizetype i = 0; i < array.size(); ++i)
        reportUnknown(array.at(i).toObject(), known + kChildLinks, at(join(path, key), i), notes);
}

QList<Phone> readPhoneList(const QJsonObject &o, const QString &path, QList<FieldProblem> &problems,
                           const Notes &notes)
{
    reportUnknownInList(o, u"phones"_s, {u"number"_s, u"type"_s, u"description"_s}, path, notes);
    return json::readPhones(o.value(u"phones"_s), join(path, u"phones"_s), problems);
}

QList<NamedItem> readNamedItems(const QJsonValue &value, const QString &path, const QString &idKey,
                                const QString &nameKey, QList<FieldProblem> &problems,
                                const Notes &notes)
{
    QList<NamedItem> items;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString p = at(path, i);
        const QJsonObject object = array.at(i).toObject();
        NamedItem item {json::readString(object, idKey, p, problems),
                        json::readString(object, nameKey, p, problems).trimmed()};
        if (isStandard(notes)) {
            reportUnknown(object, kChildLinks + QStringList {idKey, nameKey}, p, notes);
            // A standard required_document has its own `id`; one without any id gets a stable
            // one from its name, so the same document in two files is one document.
            if (item.uid.isEmpty())
                item.uid = json::readString(object, u"id"_s, p, problems);
            if (item.uid.isEmpty() && !item.name.isEmpty())
                item.uid = u"doc-"_s
                    + QString::fromLatin1(QCryptographicHash::hash(item.name.toUtf8(),
                                                                   QCryptographicHash::Sha1)
                                              .toHex()
                                              .left(12));
        }
        if (item.uid.isEmpty())
            problems.append({join(p, idKey), FieldProblem::Required, {}});
        else if (!isValidUid(item.uid))
            problems.append({join(p, idKey), FieldProblem::InvalidUid, item.uid});
        if (item.name.isEmpty())
            problems.append({join(p, nameKey), FieldProblem::Required, {}});
        items.append(item);
    }
    return items;
}

// Standard languages: "en-GB" is English; one without a code cannot be kept.
QList<Language> readStandardLanguages(const QJsonObject &o, const QString &path,
                                      QList<FieldProblem> &problems, const Notes &notes)
{
    QList<Language> languages;
    const QString key = join(path, u"languages"_s);
    const QJsonArray array = listOf(o, u"languages"_s, path, problems);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString p = at(key, i);
        if (!array.at(i).isObject()) {
            problems.append({p, FieldProblem::ExpectedObject, {}});
            continue;
        }
        const QJsonObject object = array.at(i).toObject();
        reportUnknown(object, kChildLinks + QStringList {u"code"_s, u"name"_s}, p, notes);
        Language language {json::readString(object, u"code"_s, p, problems).section(u'-', 0, 0),
                           json::readString(object, u"name"_s, p, problems)};
        language.code = language.code.trimmed().toLower();
        if (language.code.isEmpty()) {
            notes.unsupported->append(p);
            continue;
        }
        if (language.code.size() < 2 || language.code.size() > 3)
            problems.append({join(p, u"code"_s), FieldProblem::InvalidLanguage, language.code});
        languages.append(language);
    }
    return languages;
}

// Service areas that name one of the district's comuni (by ISTAT code or Italian name) become
// the residence rule; other areas have no place.
void readServiceAreas(const QJsonObject &o, const QString &path, Service &s,
                      QList<FieldProblem> &problems, const Notes &notes)
{
    const QString key = join(path, u"service_areas"_s);
    const QJsonArray array = listOf(o, u"service_areas"_s, path, problems);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString p = at(key, i);
        const QJsonObject area = array.at(i).toObject();
        const QString name = json::readString(area, u"name"_s, p, problems).trimmed();
        QString code;
        for (const Term &term : Taxonomy::comuni()) {
            if (name == QLatin1String(term.code)
                || name.compare(QString::fromUtf8(term.italian), Qt::CaseInsensitive) == 0)
                code = QString::fromLatin1(term.code);
        }
        if (code.isEmpty()) {
            notes.ignored->append(p);
            continue;
        }
        reportUnknown(area, kChildLinks + QStringList {u"name"_s}, p, notes);
        if (!s.rules.comuni.contains(code))
            s.rules.comuni.append(code);
    }
}

void readAttributes(const QJsonObject &o, const QString &path, Service &s,
                    QList<FieldProblem> &problems, const Notes &notes)
{
    const QString key = join(path, u"attributes"_s);
    const QJsonArray attributes = listOf(o, u"attributes"_s, path, problems);
    for (qsizetype i = 0; i < attributes.size(); ++i) {
        const QString p = at(key, i);
        const QJsonObject attribute = attributes.at(i).toObject();
        QString code = json::readString(attribute, u"taxonomy_term_id"_s, p, problems);
        if (!isStandard(notes)) {
            (code.startsWith(u"AREA."_s) ? s.userAreas : s.categories).append(code);
            continue;
        }
        // A standard attribute names its term by id; the term's code may be one of ours.
        const QJsonObject term = attribute.value(u"taxonomy_term"_s).toObject();
        const bool ours = Taxonomy::find(Taxonomy::categories(), code)
            || Taxonomy::find(Taxonomy::userAreas(), code);
        if (!ours)
            code = term.value(u"code"_s).toString();
        if (Taxonomy::find(Taxonomy::userAreas(), code))
            s.userAreas.append(code);
        else if (Taxonomy::find(Taxonomy::categories(), code))
            s.categories.append(code);
        else
            notes.ignored->append(p);
    }
}

void readPlaces(const QJsonObject &o, const QString &path, Service &s,
                QList<FieldProblem> &problems, const Notes &notes)
{
    const QString key = join(path, u"service_at_locations"_s);
    const QJsonArray places = listOf(o, u"service_at_locations"_s, path, problems);
    for (qsizetype i = 0; i < places.size(); ++i) {
        const QString p = at(key, i);
        if (!places.at(i).isObject()) {
            problems.append({p, FieldProblem::ExpectedObject, {}});
            continue;
        }
        const QJsonObject place = places.at(i).toObject();
        reportUnknown(place, kPlaceKeys, p, notes);
        ServiceAtLocation at_;
        at_.uid = json::readString(place, u"id"_s, p, problems);
        at_.locationUid = json::readString(place, u"location_id"_s, p, problems);
        if (at_.uid.isEmpty() && isStandard(notes))
            at_.uid = s.uid + u'@' + at_.locationUid; // the model keeps one place per location
        at_.description = json::readString(place, u"description"_s, p, problems);
        if (isStandard(notes)) {
            at_.schedules = readStandardSchedules(place.value(u"schedules"_s),
                                                  join(p, u"schedules"_s), problems, notes);
        } else {
            const QJsonArray schedules = place.value(u"schedules"_s).toArray();
            for (qsizetype k = 0; k < schedules.size(); ++k)
                at_.schedules.append(
                    json::readSchedule(schedules.at(k), at(join(p, u"schedules"_s), k), problems));
        }
        const QJsonArray exceptions = place.value(u"x_schedule_exceptions"_s).toArray();
        for (qsizetype k = 0; k < exceptions.size(); ++k)
            at_.exceptions.append(json::readException(
                exceptions.at(k), at(join(p, u"x_schedule_exceptions"_s), k), problems));
        s.locations.append(at_);
    }
    // A standard service's own schedules are its hours at each place that has none of its own.
    if (!o.contains(u"schedules"_s))
        return;
    const QString schedulesPath = join(path, u"schedules"_s);
    const QList<WeeklySchedule> serviceHours
        = readStandardSchedules(o.value(u"schedules"_s), schedulesPath, problems, notes);
    bool used = false;
    for (ServiceAtLocation &place : s.locations) {
        if (place.schedules.isEmpty() && !serviceHours.isEmpty()) {
            place.schedules = serviceHours;
            used = true;
        }
    }
    if (!used && !serviceHours.isEmpty())
        notes.ignored->append(schedulesPath);
}

} // namespace

Organization readOrganization(const QJsonObject &o, const QString &path,
                              QList<FieldProblem> &problems, const Notes &notes)
{
    reportUnknown(o, kOrganizationKeys, path, notes);
    Organization organization;
    organization.uid = json::readString(o, u"id"_s, path, problems);
    organization.name = json::readString(o, u"name"_s, path, problems);
    organization.alternateName = json::readString(o, u"alternate_name"_s, path, problems);
    organization.description = json::readString(o, u"description"_s, path, problems);
    organization.email = json::readString(o, u"email"_s, path, problems);
    organization.website = json::readString(o, u"website"_s, path, problems);
    // Without x_kind the organization is of kind Other (decision 22).
    const QString kind = json::readString(o, u"x_kind"_s, path, problems);
    if (!kind.isEmpty() && !Taxonomy::kindFromCode(kind, &organization.kind))
        problems.append({join(path, u"x_kind"_s), FieldProblem::UnknownCode, kind});
    organization.phones = readPhoneList(o, path, problems, notes);
    organization.demoValues = json::readBool(o, u"x_demo_values"_s, path, problems);
    return organization;
}

Location readLocation(const QJsonObject &o, const QString &path, QList<FieldProblem> &problems,
                      const Notes &notes)
{
    reportUnknown(o, kLocationKeys, path, notes);
    Location location;
    location.uid = json::readString(o, u"id"_s, path, problems);
    location.organizationUid = json::readString(o, u"organization_id"_s, path, problems);
    location.name = json::readString(o, u"name"_s, path, problems);
    location.description = json::readString(o, u"description"_s, path, problems);
    const QString type = json::readString(o, u"location_type"_s, path, problems);
    // HSDS also has "postal": a mailing address, kept like a physical one.
    if (!type.isEmpty() && type != u"physical"_s && type != u"virtual"_s
        && !(isStandard(notes) && type == u"postal"_s))
        problems.append({join(path, u"location_type"_s), FieldProblem::UnknownCode, type});
    location.isVirtual = type == u"virtual"_s;
    const QJsonArray addresses = listOf(o, u"addresses"_s, path, problems);
    // The model keeps one address: the physical one where a standard location has several.
    qsizetype chosen = 0;
    for (qsizetype i = 0; isStandard(notes) && i < addresses.size(); ++i) {
        if (addresses.at(i).toObject().value(u"address_type"_s).toString() == u"physical"_s) {
            chosen = i;
            break;
        }
    }
    if (addresses.size() > 1 && !isStandard(notes))
        notes.ignored->append(join(path, u"addresses[1…]"_s));
    for (qsizetype i = 0; isStandard(notes) && i < addresses.size(); ++i) {
        if (i != chosen)
            notes.ignored->append(at(join(path, u"addresses"_s), i));
    }
    if (!addresses.isEmpty()) {
        const QString p = at(join(path, u"addresses"_s), chosen);
        const QJsonObject address = addresses.at(chosen).toObject();
        reportUnknown(address, kAddressKeys + (isStandard(notes) ? kChildLinks : QStringList()), p,
                      notes);
        location.street = json::readString(address, u"address_1"_s, p, problems);
        const QString more = json::readString(address, u"address_2"_s, p, problems).trimmed();
        if (!more.isEmpty())
            location.street += u", "_s + more;
        location.city = json::readString(address, u"city"_s, p, problems);
        location.postalCode = json::readString(address, u"postal_code"_s, p, problems);
        location.province = json::readString(address, u"state_province"_s, p, problems);
        const QString country = json::readString(address, u"country"_s, p, problems);
        location.country = country.isEmpty() ? u"IT"_s : country;
    }
    location.comuneIstat = json::readString(o, u"x_comune_istat"_s, path, problems);
    QStringList accessibility;
    const QJsonArray notesList = listOf(o, u"accessibility"_s, path, problems);
    for (qsizetype i = 0; i < notesList.size(); ++i) {
        const QString p = at(join(path, u"accessibility"_s), i);
        const QJsonObject note = notesList.at(i).toObject();
        reportUnknown(note, kChildLinks + QStringList {u"description"_s, u"details"_s}, p, notes);
        QString line = json::readString(note, u"description"_s, p, problems);
        const QString details = json::readString(note, u"details"_s, p, problems);
        if (!details.isEmpty())
            line = line.isEmpty() ? details : line + u": "_s + details;
        accessibility.append(line);
    }
    location.accessibility = accessibility.join(u'\n');
    location.confidential = json::readBool(o, u"x_confidential"_s, path, problems);
    location.phones = readPhoneList(o, path, problems, notes);
    location.demoValues = json::readBool(o, u"x_demo_values"_s, path, problems);
    return location;
}

Service readService(const QJsonObject &o, const QString &path, QList<FieldProblem> &problems,
                    const Notes &notes)
{
    reportUnknown(o, kServiceKeys, path, notes);
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
        problems.append({join(path, u"status"_s), FieldProblem::UnknownCode, status});
    s.statusNote = json::readString(o, u"alert"_s, path, problems);
    s.eligibilityText = json::readString(o, u"eligibility_description"_s, path, problems);
    s.rules
        = json::readRules(o.value(u"x_eligibility"_s), join(path, u"x_eligibility"_s), problems);
    QJsonObject ages;
    for (const auto &[hsdsKey, ruleKey] :
         {std::pair {u"minimum_age"_s, u"min_age"_s}, std::pair {u"maximum_age"_s, u"max_age"_s}}) {
        if (o.contains(hsdsKey) && !o.value(hsdsKey).isNull())
            ages.insert(ruleKey, o.value(hsdsKey));
    }
    QList<FieldProblem> ageProblems;
    const EligibilityRules ageRules = json::readRules(ages, path, ageProblems);
    for (FieldProblem problem : ageProblems) { // named as in the file
        problem.field.replace(u"min_age"_s, u"minimum_age"_s)
            .replace(u"max_age"_s, u"maximum_age"_s);
        problems.append(problem);
    }
    if (ageRules.minAge)
        s.rules.minAge = ageRules.minAge;
    if (ageRules.maxAge)
        s.rules.maxAge = ageRules.maxAge;
    readServiceAreas(o, path, s, problems, notes);
    const QString process = json::readString(o, u"application_process"_s, path, problems);
    static const QRegularExpression numbering(u"^\\s*(\\d+[.)]|[-•*])\\s*"_s);
    for (QString step : process.split(u'\n', Qt::SkipEmptyParts)) {
        step.remove(numbering);
        if (!step.trimmed().isEmpty())
            s.applicationSteps.append(step.trimmed());
    }
    s.feesDescription = json::readString(o, u"fees_description"_s, path, problems);
    // `fees` is the deprecated name of fees_description: kept when that one is missing.
    const QString fees = json::readString(o, u"fees"_s, path, problems);
    if (s.feesDescription.isEmpty())
        s.feesDescription = fees;
    else if (!fees.isEmpty() && fees != s.feesDescription)
        notes.ignored->append(join(path, u"fees"_s));
    s.interpretationServices = json::readString(o, u"interpretation_services"_s, path, problems);
    s.waitTime = json::readString(o, u"wait_time"_s, path, problems);
    s.free = json::readBool(o, u"x_free"_s, path, problems);
    reportUnknownInList(o, u"cost_options"_s,
                        {u"option"_s, u"amount"_s, u"currency"_s, u"amount_description"_s}, path,
                        notes);
    s.costOptions = json::readCostOptions(o.value(u"cost_options"_s), join(path, u"cost_options"_s),
                                          problems);
    s.verifiedOn = json::readDate(o, u"assured_date"_s, path, problems);
    s.verifiedBy = json::readString(o, u"x_verified_by"_s, path, problems);
    s.sourceUrl = json::readString(o, u"x_source_url"_s, path, problems);
    s.automatic = json::readBool(o, u"x_automatic"_s, path, problems);
    const QJsonObject window = o.value(u"x_call_window"_s).toObject();
    s.callWindow = CallWindow {
        json::readDate(window, u"opens"_s, join(path, u"x_call_window"_s), problems),
        json::readDate(window, u"closes"_s, join(path, u"x_call_window"_s), problems)};
    s.languages = isStandard(notes)
        ? readStandardLanguages(o, path, problems, notes)
        : json::readLanguages(o.value(u"languages"_s), join(path, u"languages"_s), problems);
    s.documents
        = readNamedItems(o.value(u"required_documents"_s), join(path, u"required_documents"_s),
                         u"x_document_id"_s, u"document"_s, problems, notes);
    s.prerequisites = readNamedItems(o.value(u"x_prerequisites"_s),
                                     join(path, u"x_prerequisites"_s), u"id"_s, u"name"_s, problems,
                                     {Dialect::Sportello, notes.ignored, notes.unsupported});
    s.channels
        = json::readChannels(o.value(u"x_channels"_s), join(path, u"x_channels"_s), problems);
    readAttributes(o, path, s, problems, notes);
    reportUnknownInList(o, u"contacts"_s,
                        {u"name"_s, u"title"_s, u"department"_s, u"email"_s, u"phones"_s}, path,
                        notes);
    const QJsonArray contacts = o.value(u"contacts"_s).toArray();
    for (qsizetype i = 0; i < contacts.size(); ++i)
        reportUnknownInList(contacts.at(i).toObject(), u"phones"_s,
                            {u"number"_s, u"type"_s, u"description"_s},
                            at(join(path, u"contacts"_s), i), notes);
    s.contacts = json::readContacts(o.value(u"contacts"_s), join(path, u"contacts"_s), problems);
    s.phones = readPhoneList(o, path, problems, notes);
    readPlaces(o, path, s, problems, notes);
    s.demoValues = json::readBool(o, u"x_demo_values"_s, path, problems);
    applyDefaults(s, notes.dialect);
    return s;
}

} // namespace sportello::catalogue::hsds::jsonread
