// SPDX-License-Identifier: GPL-3.0-or-later
#include "wire/anonymizer.h"
#include "wire/events.h"
#include "wire/record.h"

#include <QJsonArray>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::wire;

namespace {

const District kDistrict {u"Est Milano"_s, {u"015175"_s, u"015205"_s}};

QJsonObject validRecord()
{
    return {{u"ref_uuid"_s, u"0b6f1a52-0c3e-4c1e-9d55-5a3e2f8b9c01"_s},
            {u"sportello_id"_s, u"PIO-CDA"_s},
            {u"anno_mese"_s, u"2026-11"_s},
            {u"comune_istat"_s, u"015175"_s},
            {u"fascia_eta"_s, u"30-44"_s},
            {u"genere"_s, u"F"_s},
            {u"cittadinanza_macro"_s, u"EXTRA_UE"_s},
            {u"nucleo_tipo"_s, u"MONOGENITORE"_s},
            {u"bisogni_macro"_s, QJsonArray {u"CAS"_s, u"OCC"_s}},
            {u"dest_tipo"_s, u"SS_COMUNE"_s},
            {u"dest_org"_s, u"org-caritas-pioltello"_s},
            {u"urgenza"_s, u"ORD"_s},
            {u"stato"_s, u"INVIATA"_s},
            {u"esito_finale"_s, QJsonValue()},
            {u"giorni_invio_presa_in_carico"_s, QJsonValue()}};
}

QString problemField(const QJsonObject &record)
{
    const auto wrong = checkReferralRecord(record, kDistrict, u"data"_s);
    return wrong ? wrong->field : QString();
}

} // namespace

TEST_CASE("the referral record schema takes every allow-listed field and nothing else", "[wire]")
{
    REQUIRE(problemField(validRecord()).isEmpty());

    QJsonObject extra = validRecord();
    extra.insert(u"nome"_s, u"Zeno"_s);
    CHECK(problemField(extra) == u"data.nome");

    QJsonObject missing = validRecord();
    missing.remove(u"dest_org"_s);
    CHECK(problemField(missing) == u"data.dest_org");

    QJsonObject freeText = validRecord();
    freeText.insert(u"dest_tipo"_s, u"Dott. Bianchi, via Roma 3"_s);
    CHECK(problemField(freeText) == u"data.dest_tipo");

    QJsonObject wrongType = validRecord();
    wrongType.insert(u"urgenza"_s, 3);
    CHECK(problemField(wrongType) == u"data.urgenza");

    QJsonObject exactDays = validRecord();
    exactDays.insert(u"giorni_invio_presa_in_carico"_s, 12);
    CHECK(problemField(exactDays) == u"data.giorni_invio_presa_in_carico");

    QJsonObject micro = validRecord();
    micro.insert(u"bisogni_macro"_s, QJsonArray {u"CAS.SFRATTO"_s});
    CHECK(problemField(micro) == u"data.bisogni_macro");

    QJsonObject nested = validRecord();
    nested.insert(u"bisogni_macro"_s, QJsonArray {QJsonObject {{u"x"_s, 1}}});
    CHECK(problemField(nested) == u"data.bisogni_macro");

    QJsonObject birth = validRecord();
    birth.insert(u"anno_mese"_s, u"1980-04-12"_s);
    CHECK(problemField(birth) == u"data.anno_mese");

    QJsonObject upperUuid = validRecord();
    upperUuid.insert(u"ref_uuid"_s, u"0B6F1A52-0C3E-4C1E-9D55-5A3E2F8B9C01"_s);
    CHECK(problemField(upperUuid) == u"data.ref_uuid");

    // The hand-written checks, at their edges.
    const auto fieldFor = [](const char *key, const QJsonValue &value) {
        QJsonObject record = validRecord();
        record.insert(QString::fromLatin1(key), value);
        return problemField(record);
    };
    for (const char *month : {"2026-00", "2026-13", "2026-1", "202A-11", "2026/11", "nd"})
        CHECK(fieldFor("anno_mese", QString::fromLatin1(month)) == u"data.anno_mese");
    for (const char *month : {"2026-01", "2026-12", "ND"})
        CHECK(fieldFor("anno_mese", QString::fromLatin1(month)).isEmpty());
    for (const char *uuid :
         {"0b6f1a52-0c3e-4c1e-9d55-5a3e2f8b9c0", "0b6f1a52-0c3e-4c1e-9d55-5a3e2f8b9c0g",
          "0b6f1a520c3e-4c1e-9d55-5a3e2f8b9c01-", " b6f1a52-0c3e-4c1e-9d55-5a3e2f8b9c01"})
        CHECK(fieldFor("ref_uuid", QString::fromLatin1(uuid)) == u"data.ref_uuid");
    for (const char *desk : {"", "PIO CDA", "PIO/CDA", "PIÒ"})
        CHECK(fieldFor("sportello_id", QString::fromUtf8(desk)) == u"data.sportello_id");
    CHECK(fieldFor("sportello_id", QString(64, u'A')).isEmpty());
    CHECK(fieldFor("sportello_id", QString(65, u'A')) == u"data.sportello_id");
    CHECK(fieldFor("comune_istat", u"01517"_s) == u"data.comune_istat");
    CHECK(fieldFor("comune_istat", u"０15175"_s) == u"data.comune_istat"); // a full-width digit
    CHECK(fieldFor("dest_org", u"org:comune.pioltello_2-x"_s).isEmpty());
    CHECK(fieldFor("dest_org", u"org comune"_s) == u"data.dest_org");
    CHECK(fieldFor("bisogni_macro", QJsonArray {u"CAS"_s, u"CAS"_s}) == u"data.bisogni_macro");

    // A field swapped for an unknown one is named as the unknown one.
    QJsonObject swapped = validRecord();
    swapped.remove(u"genere"_s);
    swapped.insert(u"nome"_s, u"Zeno"_s);
    CHECK(problemField(swapped) == u"data.nome");
}

TEST_CASE("wire times are UTC, whole seconds, in one exact form", "[wire]")
{
    const QDateTime time(QDate(2026, 12, 5), QTime(9, 7, 3), Qt::UTC);
    CHECK(wireTime(time) == u"2026-12-05T09:07:03Z");
    CHECK(wireTime(time.toOffsetFromUtc(3600)) == u"2026-12-05T09:07:03Z");
    CHECK(parseWireTime(u"2026-12-05T09:07:03Z") == time);
    CHECK(parseWireTime(u"2026-12-05T09:07:03Z").timeSpec() == Qt::UTC);
    for (const char *bad : {"2026-02-30T10:00:00Z", "2026-12-05T24:00:00Z", "2026-12-05T10:00:00",
                            "2026-12-05T10:00:00+01:00", "2026-12-05 10:00:00Z",
                            "2026-12-05T10:00:00.5Z", "+2026-12-05T10:00:0Z", ""})
        CHECK_FALSE(parseWireTime(QString::fromLatin1(bad)).isValid());
}

TEST_CASE("only the district's comuni travel as codes", "[wire]")
{
    QJsonObject record = validRecord();
    record.insert(u"comune_istat"_s, u"015146"_s); // Milano: not in this district
    CHECK(problemField(record) == u"data.comune_istat");
    record.insert(u"comune_istat"_s, u"FUORI_DISTRETTO"_s);
    CHECK(problemField(record).isEmpty());
    record.insert(u"comune_istat"_s, u"Pioltello"_s);
    CHECK(problemField(record) == u"data.comune_istat");

    // The anonymizer takes the district it is given: nothing about one district in code.
    people::Person person;
    person.residence = u"015146"_s;
    ReferralFacts facts;
    facts.referralDate = QDate(2026, 11, 2);
    CHECK(anonymize(person, facts, kDistrict).value(u"comune_istat"_s).toString()
          == u"FUORI_DISTRETTO");
    const District milano {u"Milano"_s, {u"015146"_s}};
    CHECK(anonymize(person, facts, milano).value(u"comune_istat"_s).toString() == u"015146");
}

TEST_CASE("days to take-over travel in bands", "[wire]")
{
    CHECK(daysToTakeOverBand(0) == u"0-7");
    CHECK(daysToTakeOverBand(7) == u"0-7");
    CHECK(daysToTakeOverBand(8) == u"8-14");
    CHECK(daysToTakeOverBand(15) == u"15-30");
    CHECK(daysToTakeOverBand(60) == u"31-60");
    CHECK(daysToTakeOverBand(61) == u"61+");
    ReferralFacts facts;
    facts.daysToTakeOver = 12;
    const QJsonObject record = anonymize(QJsonObject(), facts, kDistrict);
    CHECK(record.value(u"giorni_invio_presa_in_carico"_s).toString() == u"8-14");
}

TEST_CASE("a posted event is read with its envelope and data checked", "[wire]")
{
    const QJsonObject event {{u"id"_s, u"7d0c7a4e-1f7a-4b8e-8f0e-3c9d2b1a0f11"_s},
                             {u"type"_s, u"referral.created"_s},
                             {u"occurred_at"_s, u"2026-12-05T10:00:00Z"_s},
                             {u"data"_s, validRecord()}};
    const auto read = readPostedEvent(event, kDistrict, u"events[0]"_s);
    REQUIRE(std::holds_alternative<Event>(read));
    CHECK(std::get<Event>(read).occurredAt == QDateTime(QDate(2026, 12, 5), QTime(10, 0), Qt::UTC));
    CHECK(toJson(std::get<Event>(read)) == event);

    const auto fieldOf = [](const QJsonObject &e) {
        const auto r = readPostedEvent(e, kDistrict, u"events[2]"_s);
        return std::holds_alternative<FieldError>(r) ? std::get<FieldError>(r).field : QString();
    };
    QJsonObject bad = event;
    bad.insert(u"type"_s, u"person.created"_s);
    CHECK(fieldOf(bad) == u"events[2].type");
    bad = event;
    bad.insert(u"occurred_at"_s, u"5/12/2026"_s);
    CHECK(fieldOf(bad) == u"events[2].occurred_at");
    bad = event;
    bad.insert(u"note"_s, u"chiamare Zeno"_s);
    CHECK(fieldOf(bad) == u"events[2].note");
    QJsonObject data = validRecord();
    data.insert(u"telefono"_s, u"3331234567"_s);
    bad = event;
    bad.insert(u"data"_s, data);
    CHECK(fieldOf(bad) == u"events[2].data.telefono");

    const QJsonObject feedback {{u"id"_s, u"7d0c7a4e-1f7a-4b8e-8f0e-3c9d2b1a0f12"_s},
                                {u"type"_s, u"catalogue.feedback"_s},
                                {u"occurred_at"_s, u"2026-12-05T10:00:00Z"_s},
                                {u"data"_s,
                                 QJsonObject {{u"service_id"_s, u"svc-emporio"_s},
                                              {u"problema"_s, u"ORARI_ERRATI"_s},
                                              {u"catalogue_version"_s, 3}}}};
    CHECK(fieldOf(feedback).isEmpty());
    QJsonObject text = feedback;
    text.insert(u"data"_s,
                QJsonObject {{u"service_id"_s, u"svc-emporio"_s},
                             {u"problema"_s, u"il telefono è sbagliato"_s},
                             {u"catalogue_version"_s, QJsonValue()}});
    CHECK(fieldOf(text) == u"events[2].data.problema");
}

TEST_CASE("a destination's answer carries the reason or outcome its state needs", "[wire]")
{
    StatusChange change {u"0b6f1a52-0c3e-4c1e-9d55-5a3e2f8b9c01"_s, u"PRESA_IN_CARICO"_s, {}, {}};
    CHECK_FALSE(checkStatusChange(change));
    change.state = u"NON_PRESA_IN_CARICO"_s;
    CHECK(checkStatusChange(change)->field == u"motivo");
    change.reason = u"NON_COMPETENZA"_s;
    CHECK_FALSE(checkStatusChange(change));
    change = {u"0b6f1a52-0c3e-4c1e-9d55-5a3e2f8b9c01"_s, u"CHIUSA"_s, {}, {}};
    CHECK(checkStatusChange(change)->field == u"esito_finale");
    change.finalOutcome = u"RISOLTA"_s;
    CHECK_FALSE(checkStatusChange(change));
    change.state = u"BOZZA"_s;
    CHECK(checkStatusChange(change)->field == u"stato");
}
