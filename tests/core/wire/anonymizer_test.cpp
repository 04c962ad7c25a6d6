// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/syntheticpeople.h"
#include "people/vocabulary.h"
#include "referrals/referralstate.h"
#include "testhelpers.h"
#include "wire/anonymizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QUuid>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::referrals;
using namespace sportello::wire;

namespace {
const District kDistrict {u"Est Milano"_s, {u"015175"_s, u"015205"_s, u"015242"_s, u"015185"_s}};

people::Person personOf(const demo::SyntheticPerson &s)
{
    people::Person p;
    p.givenName = s.givenName;
    p.familyName = s.familyName;
    p.codiceFiscale = s.codiceFiscale;
    p.phone = s.phone;
    p.email = s.email;
    p.address = s.address;
    p.birthDate = s.birthDate;
    p.birthYear = s.birthDate.year();
    p.gender = QString(QChar::fromLatin1(s.gender));
    p.residence = s.residence;
    p.citizenship = s.citizenship;
    p.householdType = s.householdType;
    return p;
}
} // namespace

TEST_CASE("age bands follow DESIGN.md and the birthday", "[wire][anonymizer]")
{
    const QDate on(2026, 6, 15);
    CHECK(ageBand(0, QDate(2008, 6, 16), on) == u"0-17");
    CHECK(ageBand(0, QDate(2008, 6, 15), on) == u"18-29");
    CHECK(ageBand(0, QDate(1982, 1, 1), on) == u"30-44");
    CHECK(ageBand(0, QDate(1981, 6, 16), on) == u"30-44");
    CHECK(ageBand(0, QDate(1981, 6, 15), on) == u"45-54");
    CHECK(ageBand(1961, {}, on) == u"65-74");
    CHECK(ageBand(1951, QDate(1951, 12, 31), on) == u"65-74");
    CHECK(ageBand(1950, {}, on) == u"75+");
    CHECK(ageBand(0, {}, on) == u"ND");
}

TEST_CASE("the anonymized referral of 10,000 generated people holds only allow-listed codes",
          "[wire][anonymizer]")
{
    demo::SyntheticPeople generator(20261122);
    const QDate today(2026, 11, 22);
    const QSet<QString> allowed(referralRecordKeys().cbegin(), referralRecordKeys().cend());
    const auto &needs = people::Vocabulary::needs();
    QRandomGenerator random(7);
    int outside = 0;
    for (int i = 0; i < 10000; ++i) {
        const demo::SyntheticPerson synthetic = generator.next(today);
        const people::Person person = personOf(synthetic);
        ReferralFacts referral;
        referral.referralUid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        referral.deskId = u"PIO-CDA"_s;
        referral.referralDate = today.addDays(-random.bounded(700));
        referral.needs = {QString::fromLatin1(needs.at(random.bounded(needs.size())).code),
                          QString::fromLatin1(needs.at(random.bounded(needs.size())).code)};
        referral.destinationType = destinationTypes().at(random.bounded(destinationTypes().size()));
        referral.urgency = urgencies().at(random.bounded(urgencies().size()));
        referral.state = stateCode(allStates().at(random.bounded(allStates().size())));
        referral.note = u"Nota per il servizio: %1 %2, tel. %3, abita in %4"_s.arg(
            person.givenName, person.familyName, person.phone, person.address);

        const QJsonObject record = anonymize(person, referral, kDistrict);
        const QString json
            = QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact));
        INFO(i);
        for (auto it = record.constBegin(); it != record.constEnd(); ++it)
            REQUIRE(allowed.contains(it.key()));
        // The anonymizer and the hub's validation share one schema: every key, each valid.
        REQUIRE(record.size() == referralRecordKeys().size());
        const auto wrong = checkReferralRecord(record, kDistrict, u"data"_s);
        REQUIRE_FALSE(wrong);
        for (const QString &secret :
             {person.givenName, person.familyName, person.codiceFiscale, person.phone,
              person.address, person.birthDate.toString(Qt::ISODate),
              person.birthDate.toString(u"dd/MM/yyyy"_s), referral.note}) {
            REQUIRE_FALSE(json.contains(secret));
        }
        if (!person.email.isEmpty())
            REQUIRE_FALSE(json.contains(person.email));
        // Needs leave as macro codes only.
        for (const QJsonValue &need : record.value(u"bisogni_macro"_s).toArray())
            REQUIRE(people::Vocabulary::isMacroNeed(need.toString()));
        REQUIRE(record.value(u"anno_mese"_s).toString().size() == 7);
        outside += record.value(u"comune_istat"_s).toString() == u"FUORI_DISTRETTO" ? 1 : 0;
    }
    CHECK(outside > 0);
}

TEST_CASE("unexpected values never pass through the anonymizer", "[wire][anonymizer]")
{
    people::Person person;
    person.givenName = u"Zeno"_s;
    person.residence = u"Via Garibaldi 3"_s; // a value where a code belongs
    person.citizenship = u"italiana"_s;
    person.gender = u"NON_RISPONDE"_s;
    ReferralFacts referral;
    referral.referralDate = QDate(2026, 3, 9);
    referral.destinationType = u"Dott. Bianchi"_s;
    referral.urgency = u"subito"_s;
    referral.state = u"chiamare Zeno"_s;
    referral.finalOutcome = u"risolta con Zeno"_s;
    referral.needs = {u"ALT.ALTRO"_s, u"testo libero"_s};
    const QJsonObject record = anonymize(person, referral, kDistrict);
    CHECK(record.value(u"comune_istat"_s).toString() == u"FUORI_DISTRETTO");
    CHECK(record.value(u"cittadinanza_macro"_s).toString() == u"ND");
    CHECK(record.value(u"genere"_s).toString() == u"ND");
    CHECK(record.value(u"dest_tipo"_s).toString() == u"ND");
    CHECK(record.value(u"urgenza"_s).toString() == u"ND");
    CHECK(record.value(u"stato"_s).toString() == u"ND");
    CHECK(record.value(u"esito_finale"_s).toString() == u"ND");
    CHECK(record.value(u"dest_org"_s).isNull());
    CHECK(record.value(u"bisogni_macro"_s).toArray() == QJsonArray {u"ALT"_s});
    CHECK(record.value(u"anno_mese"_s).toString() == u"2026-03");
    CHECK_FALSE(QJsonDocument(record).toJson().contains("Zeno"));
}

TEST_CASE("a kept profile gives the same record as the person, and nothing unexpected",
          "[wire][anonymizer]")
{
    demo::SyntheticPeople generator(20260302);
    const QDate today(2026, 3, 2);
    ReferralFacts referral;
    referral.referralUid = u"2f1e0c1c-6a55-4a4f-9a55-0d0f3c1b2a10"_s;
    referral.deskId = u"PIO-CDA"_s;
    referral.destinationType = u"CAF"_s;
    referral.urgency = u"ORD"_s;
    referral.state = u"INVIATA"_s;
    referral.needs = {u"CAS.SFRATTO"_s};
    QStringList profileKeys = wire::profileKeys();
    profileKeys.sort(); // QJsonObject::keys() are sorted
    for (int i = 0; i < 500; ++i) {
        const people::Person person = personOf(generator.next(today));
        referral.referralDate = today.addDays(-i);
        const QJsonObject profile = anonymizedProfile(person, referral.referralDate, kDistrict);
        INFO(i);
        REQUIRE(profile.keys() == profileKeys);
        REQUIRE(anonymize(profile, referral, kDistrict) == anonymize(person, referral, kDistrict));
    }

    // Read like any input: only the profile keys, only values the anonymizer could produce.
    const QJsonObject tampered {{u"comune_istat"_s, u"Via Garibaldi 3"_s},
                                {u"fascia_eta"_s, u"67"_s},
                                {u"genere"_s, u"Zeno"_s},
                                {u"cittadinanza_macro"_s, 1},
                                {u"nucleo_tipo"_s, u"SOLO"_s},
                                {u"nome"_s, u"Zeno"_s}};
    referral.referralDate = today;
    const QJsonObject record = anonymize(tampered, referral, kDistrict);
    CHECK(record.value(u"comune_istat"_s).toString() == u"ND");
    CHECK(record.value(u"fascia_eta"_s).toString() == u"ND");
    CHECK(record.value(u"genere"_s).toString() == u"ND");
    CHECK(record.value(u"cittadinanza_macro"_s).toString() == u"ND");
    CHECK(record.value(u"nucleo_tipo"_s).toString() == u"SOLO");
    CHECK_FALSE(record.contains(u"nome"_s));
    CHECK_FALSE(QJsonDocument(record).toJson().contains("Zeno"));
    // No profile at all: an anonymous referral.
    const QJsonObject anonymous = anonymize(QJsonObject(), referral, kDistrict);
    for (const QString &key : wire::profileKeys())
        CHECK(anonymous.value(key).toString() == u"ND");
}
