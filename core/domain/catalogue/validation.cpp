// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/validation.h"

#include "catalogue/taxonomy.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace sportello::catalogue {

bool isValidHttpUrl(const QString &text)
{
    const QUrl url(text, QUrl::TolerantMode);
    return url.isValid() && (url.scheme() == u"https"_s || url.scheme() == u"http"_s)
        && !url.host().isEmpty() && url.host().contains(u'.');
}

bool isValidEmail(const QString &text)
{
    static const QRegularExpression pattern(
        u"^[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}$"_s);
    return pattern.match(text).hasMatch();
}

bool isValidPhone(const QString &text)
{
    // Italian numbers as people write them: "02 9999 0101", "+39 02 …", "800 123 456", "803.164".
    static const QRegularExpression pattern(u"^\\+?[0-9][0-9 ./\\-]{2,19}$"_s);
    qsizetype digits = 0;
    for (const QChar c : text)
        digits += c.isDigit() ? 1 : 0;
    return pattern.match(text).hasMatch() && digits >= 3 && digits <= 15;
}

bool isValidUid(const QString &text)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9._:\\-]{0,119}$"_s);
    return pattern.match(text).hasMatch();
}

namespace {
void require(QList<FieldProblem> &problems, const QString &field, const QString &value)
{
    if (value.trimmed().isEmpty())
        problems.append({field, FieldProblem::Required, {}});
}

void checkOptional(QList<FieldProblem> &problems, const QString &field, const QString &value,
                   bool (*valid)(const QString &), FieldProblem::Code code)
{
    if (!value.isEmpty() && !valid(value))
        problems.append({field, code, value});
}

void checkPhones(QList<FieldProblem> &problems, const QString &field, const QList<Phone> &phones)
{
    for (const Phone &phone : phones)
        checkOptional(problems, field, phone.number, isValidPhone, FieldProblem::InvalidPhone);
}

void checkUid(QList<FieldProblem> &problems, const QString &uid)
{
    if (uid.isEmpty())
        problems.append({u"id"_s, FieldProblem::Required, {}});
    else if (!isValidUid(uid))
        problems.append({u"id"_s, FieldProblem::InvalidUid, uid});
}
} // namespace

QList<FieldProblem> validateOrganization(const Organization &organization)
{
    QList<FieldProblem> problems;
    checkUid(problems, organization.uid);
    require(problems, u"name"_s, organization.name);
    checkOptional(problems, u"website"_s, organization.website, isValidHttpUrl,
                  FieldProblem::InvalidUrl);
    checkOptional(problems, u"email"_s, organization.email, isValidEmail,
                  FieldProblem::InvalidEmail);
    checkPhones(problems, u"phones"_s, organization.phones);
    return problems;
}

QList<FieldProblem> validateLocation(const Location &location, const ReferenceIndex &references)
{
    QList<FieldProblem> problems;
    checkUid(problems, location.uid);
    require(problems, u"name"_s, location.name);
    if (!references.organizationUids.contains(location.organizationUid))
        problems.append(
            {u"organization_id"_s, FieldProblem::UnknownReference, location.organizationUid});
    if (!location.isVirtual) {
        require(problems, u"address"_s, location.street);
        require(problems, u"city"_s, location.city);
    }
    if (!location.comuneIstat.isEmpty()
        && !Taxonomy::find(Taxonomy::comuni(), location.comuneIstat))
        problems.append({u"comune"_s, FieldProblem::UnknownCode, location.comuneIstat});
    checkPhones(problems, u"phones"_s, location.phones);
    return problems;
}

QList<FieldProblem> validateService(const Service &service, const ReferenceIndex &references,
                                    ServiceSource source)
{
    QList<FieldProblem> problems;
    checkUid(problems, service.uid);
    require(problems, u"name"_s, service.name);
    require(problems, u"description"_s, service.description);
    if (!references.organizationUids.contains(service.organizationUid))
        problems.append(
            {u"organization_id"_s, FieldProblem::UnknownReference, service.organizationUid});
    checkOptional(problems, u"url"_s, service.url, isValidHttpUrl, FieldProblem::InvalidUrl);
    checkOptional(problems, u"source_url"_s, service.sourceUrl, isValidHttpUrl,
                  FieldProblem::InvalidUrl);
    checkOptional(problems, u"email"_s, service.email, isValidEmail, FieldProblem::InvalidEmail);
    checkPhones(problems, u"phones"_s, service.phones);
    for (const Contact &contact : service.contacts) {
        checkOptional(problems, u"contacts"_s, contact.email, isValidEmail,
                      FieldProblem::InvalidEmail);
        checkPhones(problems, u"contacts"_s, contact.phones);
    }
    if (source == ServiceSource::Editor && service.status == ServiceStatus::TemporarilyClosed
        && service.statusNote.trimmed().isEmpty())
        problems.append({u"status_note"_s, FieldProblem::ClosedWithoutNote, {}});
    if (service.categories.isEmpty())
        problems.append({u"categories"_s, FieldProblem::MissingCategory, {}});
    for (const QString &code : service.categories) {
        if (!Taxonomy::find(Taxonomy::categories(), code))
            problems.append({u"categories"_s, FieldProblem::UnknownCode, code});
    }
    if (service.userAreas.isEmpty())
        problems.append({u"user_areas"_s, FieldProblem::MissingUserArea, {}});
    for (const QString &code : service.userAreas) {
        if (!Taxonomy::find(Taxonomy::userAreas(), code))
            problems.append({u"user_areas"_s, FieldProblem::UnknownCode, code});
    }
    if (service.channels.isEmpty() && !service.automatic)
        problems.append({u"channels"_s, FieldProblem::MissingChannel, {}});
    if (service.callWindow.opens.isValid() && service.callWindow.closes.isValid()
        && service.callWindow.closes < service.callWindow.opens)
        problems.append({u"call_window"_s, FieldProblem::DateOrder, {}});

    const EligibilityRules &rules = service.rules;
    if (rules.minAge && rules.maxAge && *rules.minAge > *rules.maxAge)
        problems.append({u"eligibility.age"_s, FieldProblem::AgeRange, {}});
    for (const QString &comune : rules.comuni) {
        if (!Taxonomy::find(Taxonomy::comuni(), comune))
            problems.append({u"eligibility.comuni"_s, FieldProblem::UnknownCode, comune});
    }
    if (rules.isee
        && (rules.isee->maxCents <= 0
            || (rules.isee->altMaxCents > 0 && rules.isee->altMaxCents < rules.isee->maxCents)))
        problems.append({u"eligibility.isee"_s, FieldProblem::IseeCeiling, {}});

    for (const ServiceAtLocation &at : service.locations) {
        if (!references.locationUids.contains(at.locationUid))
            problems.append({u"locations"_s, FieldProblem::UnknownReference, at.locationUid});
        for (const WeeklySchedule &schedule : at.schedules) {
            if (schedule.weekdays == 0 || !schedule.opensAt.isValid()
                || !schedule.closesAt.isValid() || schedule.opensAt >= schedule.closesAt)
                problems.append({u"schedules"_s, FieldProblem::ScheduleTimes, at.locationUid});
            if (schedule.validFrom.isValid() && schedule.validTo.isValid()
                && schedule.validTo < schedule.validFrom)
                problems.append({u"schedules"_s, FieldProblem::DateOrder, at.locationUid});
        }
        // The same rules the HSDS reader applies, so whatever is saved can be imported again.
        for (const ScheduleException &exception : at.exceptions) {
            if (!exception.day.isValid())
                problems.append({u"schedules"_s, FieldProblem::Required, at.locationUid});
            else if (!exception.closed
                     && !(exception.opensAt.isValid() && exception.closesAt.isValid()
                          && exception.opensAt < exception.closesAt))
                problems.append({u"schedules"_s, FieldProblem::ScheduleTimes, at.locationUid});
        }
    }
    return problems;
}

} // namespace sportello::catalogue
