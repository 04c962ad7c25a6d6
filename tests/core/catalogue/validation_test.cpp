// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/handout.h"
#include "catalogue/validation.h"
#include "testhelpers.h"

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello::catalogue;

namespace {

ReferenceIndex references()
{
    ReferenceIndex index;
    index.organizationUids = {u"org-comune-pioltello"_s};
    index.locationUids = {u"loc-pioltello-servizi-sociali"_s};
    return index;
}

Organization validOrganization()
{
    Organization o;
    o.uid = u"org-comune-pioltello"_s;
    o.name = u"Comune di Pioltello"_s;
    o.email = u"servizi.sociali@comune.pioltello.mi.it"_s;
    o.website = u"https://www.comune.pioltello.mi.it"_s;
    o.kind = OrganizationKind::Comune;
    o.phones = {Phone {u"02 9236 6111"_s, u"voice"_s, {}}};
    return o;
}

Location validLocation()
{
    Location l;
    l.uid = u"loc-pioltello-servizi-sociali"_s;
    l.organizationUid = u"org-comune-pioltello"_s;
    l.name = u"Servizi sociali del Comune"_s;
    l.street = u"Via Carlo Cattaneo 1"_s;
    l.city = u"Pioltello"_s;
    l.postalCode = u"20096"_s;
    l.comuneIstat = u"015175"_s;
    return l;
}

Service validService()
{
    Service s;
    s.uid = u"svc-pioltello-segretariato"_s;
    s.organizationUid = u"org-comune-pioltello"_s;
    s.name = u"Segretariato sociale"_s;
    s.description = u"Ascolto, informazioni e orientamento ai servizi del territorio."_s;
    s.url = u"https://www.comune.pioltello.mi.it/servizi-sociali"_s;
    s.email = u"segretariato@comune.pioltello.mi.it"_s;
    s.categories = {u"ACC.SEGR"_s};
    s.userAreas = {u"AREA.MULTIUTENZA"_s};
    s.channels = {Channel {ChannelType::InPerson, u"Allo sportello"_s}};
    s.phones = {Phone {u"02 9236 6250"_s, u"voice"_s, {}}};
    ServiceAtLocation place;
    place.uid = u"sal-segretariato"_s;
    place.locationUid = u"loc-pioltello-servizi-sociali"_s;
    WeeklySchedule monday;
    monday.weekdays = 1;
    monday.opensAt = QTime(9, 0);
    monday.closesAt = QTime(12, 0);
    place.schedules = {monday};
    s.locations = {place};
    return s;
}

FieldProblem problem(const QString &field, FieldProblem::Code code, const QString &value = {})
{
    return FieldProblem {field, code, value};
}

} // namespace

template<>
struct Catch::StringMaker<FieldProblem>
{
    static std::string convert(const FieldProblem &p)
    {
        const QString text
            = p.field + u" #"_s + QString::number(p.code) + u" '"_s + p.value + u"'"_s;
        return text.toStdString();
    }
};

TEST_CASE("the baselines are valid", "[catalogue][validation]")
{
    CHECK(validateOrganization(validOrganization()).isEmpty());
    CHECK(validateLocation(validLocation(), references()).isEmpty());
    CHECK(validateService(validService(), references()).isEmpty());
}

TEST_CASE("required fields are named", "[catalogue][validation]")
{
    Service service = validService();
    service.uid.clear();
    service.name = u"   "_s;
    service.description.clear();
    CHECK(validateService(service, references())
          == QList<FieldProblem> {problem(u"id"_s, FieldProblem::Required),
                                  problem(u"name"_s, FieldProblem::Required),
                                  problem(u"description"_s, FieldProblem::Required)});

    Organization organization = validOrganization();
    organization.name.clear();
    CHECK(validateOrganization(organization)
          == QList<FieldProblem> {problem(u"name"_s, FieldProblem::Required)});
    organization = validOrganization();
    organization.uid = u"org comune"_s;
    CHECK(validateOrganization(organization)
          == QList<FieldProblem> {problem(u"id"_s, FieldProblem::InvalidUid, u"org comune"_s)});

    Location location = validLocation();
    location.street.clear();
    location.city.clear();
    CHECK(validateLocation(location, references())
          == QList<FieldProblem> {problem(u"address"_s, FieldProblem::Required),
                                  problem(u"city"_s, FieldProblem::Required)});
    location.isVirtual = true; // a web portal or a phone line has no address
    CHECK(validateLocation(location, references()).isEmpty());
}

TEST_CASE("service categories, user areas and channels are required", "[catalogue][validation]")
{
    Service service = validService();
    service.categories.clear();
    service.userAreas.clear();
    service.channels.clear();
    CHECK(validateService(service, references())
          == QList<FieldProblem> {problem(u"categories"_s, FieldProblem::MissingCategory),
                                  problem(u"user_areas"_s, FieldProblem::MissingUserArea),
                                  problem(u"channels"_s, FieldProblem::MissingChannel)});
    // An automatic benefit (no application) needs no channel.
    service = validService();
    service.channels.clear();
    service.automatic = true;
    CHECK(validateService(service, references()).isEmpty());
}

TEST_CASE("URLs must be http(s) with a host name", "[catalogue][validation]")
{
    for (const QString &good :
         {u"https://www.inps.it"_s, u"http://www.comune.segrate.mi.it/x?y=1"_s,
          u"https://servizi2.inps.it/servizi/adi"_s}) {
        CAPTURE(good);
        CHECK(isValidHttpUrl(good));
    }
    for (const QString &bad : {u"abc"_s, u"www.inps.it"_s, u"ftp://files.inps.it"_s,
                               u"https://localhost"_s, u"mailto:info@inps.it"_s, u"https://"_s}) {
        CAPTURE(bad);
        CHECK_FALSE(isValidHttpUrl(bad));
    }
    Service service = validService();
    service.url = u"www.comune.pioltello.mi.it"_s;
    service.sourceUrl = u"abc"_s;
    CHECK(validateService(service, references())
          == QList<FieldProblem> {
              problem(u"url"_s, FieldProblem::InvalidUrl, u"www.comune.pioltello.mi.it"_s),
              problem(u"source_url"_s, FieldProblem::InvalidUrl, u"abc"_s)});
    Organization organization = validOrganization();
    organization.website = u"comune.pioltello.it"_s;
    CHECK(validateOrganization(organization)
          == QList<FieldProblem> {
              problem(u"website"_s, FieldProblem::InvalidUrl, u"comune.pioltello.it"_s)});
}

TEST_CASE("e-mail addresses", "[catalogue][validation]")
{
    for (const QString &good :
         {u"info@caritas.it"_s, u"servizi.sociali@comune.pioltello.mi.it"_s, u"a+b@x-y.org"_s}) {
        CAPTURE(good);
        CHECK(isValidEmail(good));
    }
    for (const QString &bad : {u"abc"_s, u"a@b"_s, u"a@@b.it"_s, u"@comune.it"_s,
                               u"mario rossi@comune.it"_s, u"info@comune"_s}) {
        CAPTURE(bad);
        CHECK_FALSE(isValidEmail(bad));
    }
    Service service = validService();
    service.email = u"abc"_s;
    service.contacts = {Contact {u"Anna"_s, {}, {}, u"anna@"_s, {}}};
    CHECK(validateService(service, references())
          == QList<FieldProblem> {problem(u"email"_s, FieldProblem::InvalidEmail, u"abc"_s),
                                  problem(u"contacts"_s, FieldProblem::InvalidEmail, u"anna@"_s)});
}

TEST_CASE("phone numbers as Italians write them", "[catalogue][validation]")
{
    for (const QString &good :
         {u"02 9999 0101"_s, u"+39 02 1234567"_s, u"803.164"_s, u"800 123 456"_s, u"02-1234567"_s,
          u"112"_s, u"+39 333 1234567"_s}) {
        CAPTURE(good);
        CHECK(isValidPhone(good));
    }
    for (const QString &bad :
         {u"abc"_s, u"12"_s, u""_s, u"+39"_s, u"02 1234 abc"_s, u"1234567890123456"_s}) {
        CAPTURE(bad);
        CHECK_FALSE(isValidPhone(bad));
    }
    Service service = validService();
    service.phones = {Phone {u"02 9999 0101"_s, u"voice"_s, {}}, Phone {u"12"_s, u"voice"_s, {}}};
    service.contacts = {Contact {u"Anna"_s, {}, {}, {}, {Phone {u"abc"_s, u"cell"_s, {}}}}};
    CHECK(validateService(service, references())
          == QList<FieldProblem> {problem(u"phones"_s, FieldProblem::InvalidPhone, u"12"_s),
                                  problem(u"contacts"_s, FieldProblem::InvalidPhone, u"abc"_s)});
    Location location = validLocation();
    location.phones = {Phone {u"abc"_s, u"voice"_s, {}}};
    CHECK(validateLocation(location, references())
          == QList<FieldProblem> {problem(u"phones"_s, FieldProblem::InvalidPhone, u"abc"_s)});
}

TEST_CASE("a temporarily closed service needs a note", "[catalogue][validation]")
{
    Service service = validService();
    service.status = ServiceStatus::TemporarilyClosed;
    CHECK(validateService(service, references())
          == QList<FieldProblem> {problem(u"status_note"_s, FieldProblem::ClosedWithoutNote)});
    service.statusNote = u"  "_s;
    CHECK(validateService(service, references())
          == QList<FieldProblem> {problem(u"status_note"_s, FieldProblem::ClosedWithoutNote)});
    service.statusNote = u"Chiuso per lavori fino al 31 marzo"_s;
    CHECK(validateService(service, references()).isEmpty());
    // An ended service needs none.
    service = validService();
    service.status = ServiceStatus::Ended;
    CHECK(validateService(service, references()).isEmpty());
    // A published document may close a service without saying why (HSDS's alert is optional).
    service.status = ServiceStatus::TemporarilyClosed;
    CHECK(validateService(service, references(), ServiceSource::Document).isEmpty());
    CHECK(validateService(service, references(), ServiceSource::Editor)
          == QList<FieldProblem> {problem(u"status_note"_s, FieldProblem::ClosedWithoutNote)});
}

TEST_CASE("eligibility rules: age range and ISEE ceilings", "[catalogue][validation]")
{
    Service service = validService();
    service.rules.minAge = 60;
    service.rules.maxAge = 18;
    CHECK(validateService(service, references())
          == QList<FieldProblem> {problem(u"eligibility.age"_s, FieldProblem::AgeRange)});
    service.rules.maxAge = 60; // a single age is a valid range
    CHECK(validateService(service, references()).isEmpty());

    service = validService();
    service.rules.isee = IseeRule {IseeType::Ordinario, 0, {}, 0, 0};
    CHECK(validateService(service, references())
          == QList<FieldProblem> {problem(u"eligibility.isee"_s, FieldProblem::IseeCeiling)});
    service.rules.isee->maxCents = -100;
    CHECK(validateService(service, references())
          == QList<FieldProblem> {problem(u"eligibility.isee"_s, FieldProblem::IseeCeiling)});
    service.rules.isee->maxCents = 953000;
    service.rules.isee->altMaxCents = 500000; // a family ceiling below the ordinary one
    service.rules.isee->altMinChildren = 4;
    CHECK(validateService(service, references())
          == QList<FieldProblem> {problem(u"eligibility.isee"_s, FieldProblem::IseeCeiling)});
    service.rules.isee->altMaxCents = 2000000;
    CHECK(validateService(service, references()).isEmpty());
}

TEST_CASE("unknown vocabulary codes are reported with the code", "[catalogue][validation]")
{
    Service service = validService();
    service.categories = {u"ACC.SEGR"_s, u"INC.NOPE"_s};
    service.userAreas = {u"AREA.MARTE"_s};
    service.rules.comuni = {u"015175"_s, u"099999"_s};
    CHECK(validateService(service, references())
          == QList<FieldProblem> {
              problem(u"categories"_s, FieldProblem::UnknownCode, u"INC.NOPE"_s),
              problem(u"user_areas"_s, FieldProblem::UnknownCode, u"AREA.MARTE"_s),
              problem(u"eligibility.comuni"_s, FieldProblem::UnknownCode, u"099999"_s)});

    Location location = validLocation();
    location.comuneIstat = u"015999"_s;
    CHECK(validateLocation(location, references())
          == QList<FieldProblem> {problem(u"comune"_s, FieldProblem::UnknownCode, u"015999"_s)});
}

TEST_CASE("schedule times and dates", "[catalogue][validation]")
{
    const QString place = u"loc-pioltello-servizi-sociali"_s;
    Service service = validService();
    WeeklySchedule &schedule = service.locations.first().schedules.first();

    schedule.closesAt = QTime(8, 0); // closes before it opens
    CHECK(validateService(service, references())
          == QList<FieldProblem> {problem(u"schedules"_s, FieldProblem::ScheduleTimes, place)});
    schedule.closesAt = schedule.opensAt; // opens and closes at once
    CHECK(validateService(service, references())
          == QList<FieldProblem> {problem(u"schedules"_s, FieldProblem::ScheduleTimes, place)});
    schedule.closesAt = QTime(12, 0);
    schedule.weekdays = 0; // no weekday
    CHECK(validateService(service, references())
          == QList<FieldProblem> {problem(u"schedules"_s, FieldProblem::ScheduleTimes, place)});
    schedule.weekdays = 1;
    schedule.opensAt = QTime();
    CHECK(validateService(service, references())
          == QList<FieldProblem> {problem(u"schedules"_s, FieldProblem::ScheduleTimes, place)});
    schedule.opensAt = QTime(9, 0);
    schedule.validFrom = QDate(2026, 6, 1);
    schedule.validTo = QDate(2026, 5, 31);
    CHECK(validateService(service, references())
          == QList<FieldProblem> {problem(u"schedules"_s, FieldProblem::DateOrder, place)});
    schedule.validTo = QDate(2026, 6, 1);
    CHECK(validateService(service, references()).isEmpty());

    service.callWindow = CallWindow {QDate(2026, 4, 30), QDate(2026, 3, 1)};
    CHECK(validateService(service, references())
          == QList<FieldProblem> {problem(u"call_window"_s, FieldProblem::DateOrder)});
    service.callWindow = CallWindow {QDate(2026, 3, 1), QDate(2026, 4, 30)};
    CHECK(validateService(service, references()).isEmpty());
}

TEST_CASE("schedule exceptions: a day, and hours in order when open", "[catalogue][validation]")
{
    const QString place = u"loc-pioltello-servizi-sociali"_s;
    Service service = validService();
    QList<ScheduleException> &exceptions = service.locations.first().exceptions;
    exceptions = {ScheduleException {QDate(2026, 12, 24), true, {}, {}, u"Chiuso"_s},
                  ScheduleException {QDate(2026, 8, 14), false, QTime(9, 0), QTime(11, 0), {}}};
    CHECK(validateService(service, references()).isEmpty());

    exceptions[1].closesAt = QTime(8, 0);
    CHECK(validateService(service, references())
          == QList<FieldProblem> {problem(u"schedules"_s, FieldProblem::ScheduleTimes, place)});
    exceptions[1].closesAt = QTime(11, 0);
    exceptions[0].day = QDate();
    CHECK(validateService(service, references())
          == QList<FieldProblem> {problem(u"schedules"_s, FieldProblem::Required, place)});
}

TEST_CASE("references to organizations and locations must exist", "[catalogue][validation]")
{
    Service service = validService();
    service.organizationUid = u"org-nope"_s;
    service.locations.first().locationUid = u"loc-nope"_s;
    CHECK(validateService(service, references())
          == QList<FieldProblem> {
              problem(u"organization_id"_s, FieldProblem::UnknownReference, u"org-nope"_s),
              problem(u"locations"_s, FieldProblem::UnknownReference, u"loc-nope"_s)});

    Location location = validLocation();
    location.organizationUid = u"org-nope"_s;
    CHECK(validateLocation(location, references())
          == QList<FieldProblem> {
              problem(u"organization_id"_s, FieldProblem::UnknownReference, u"org-nope"_s)});
    CHECK(validateLocation(validLocation(), ReferenceIndex {})
          == QList<FieldProblem> {problem(u"organization_id"_s, FieldProblem::UnknownReference,
                                          u"org-comune-pioltello"_s)});
}

TEST_CASE("the handout says a service is closed, with its reason or without", "[catalogue]")
{
    Service service = validService();
    service.status = ServiceStatus::TemporarilyClosed;
    const QDate today(2026, 12, 5);
    auto noteOf = [&](const QString &language) {
        const HandoutContent handout
            = buildHandout({service}, {}, {}, DeskInfo {}, language, today);
        REQUIRE(handout.services.size() == 1);
        return handout.services.first().statusNote;
    };
    CHECK(noteOf(u"it"_s) == u"Temporaneamente chiuso"_s);
    CHECK(noteOf(u"uk"_s) == u"Тимчасово зачинено"_s);
    service.statusNote = u"Fino al 31 marzo"_s;
    CHECK(noteOf(u"it"_s) == u"Temporaneamente chiuso: Fino al 31 marzo"_s);
    CHECK(noteOf(u"en"_s) == u"Temporarily closed: Fino al 31 marzo"_s);
}
