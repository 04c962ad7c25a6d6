// SPDX-License-Identifier: GPL-3.0-or-later
// sportello-cli outbox list, run as the real executable on profiles whose referrals were made
// through ReferralService: the table, the JSON, the state filter, and nothing personal.
#include "appkeychain.h"
#include "clirun.h"
#include "crypto/vault.h"
#include "demo/syntheticpeople.h"
#include "services/accountservice.h"
#include "services/deskservices.h"
#include "services/desksettings.h"
#include "services/peopleservice.h"
#include "services/referralservice.h"
#include "storage/auditlog.h"
#include "storage/profile.h"
#include "testhelpers.h"
#include "wire/anonymizer.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;

namespace {

using Run = test::CliRun;

Run cli(const QString &dataDir, const QStringList &arguments, const QByteArray &input = {})
{
    return test::runCli(dataDir, arguments, input);
}

const QDate kBirth(1957, 1, 20);

QString codiceFiscale()
{
    return demo::codiceFiscaleFor(u"Marchetti"_s, u"Rita"_s, kBirth, 'F', u"F205"_s);
}

// What the person told the desk, none of which may leave it.
QStringList personalTexts()
{
    return {u"Rita"_s,    u"Marchetti"_s,  u"333 111 2222"_s,
            u"Sfratto"_s, codiceFiscale(), kBirth.toString(Qt::ISODate)};
}

// A desk with one person and two referrals made through ReferralService: one to Social
// Services, sent (3 outbox rows), one logged for the CAF (1 row). The profile is closed on
// return, so the CLI can open it.
void seedReferrals(const QString &dataDir)
{
    test::FakeClock clock; // Monday 2 March 2026, 09:00 UTC
    auto profile = storage::Profile::open(dataDir, sportello::test::keychain());
    REQUIRE(profile.ok());
    services::DeskServices core((*profile)->database(), clock);
    services::AccountService &accounts = core.accounts();
    security::DeskIdentity desk {
        u"Centro di Ascolto"_s, u"Caritas"_s, u"015175"_s, u"PIO-CDA"_s, {u"Via Roma 1"_s}};
    auto first = accounts.firstRun(desk, u"anna"_s, u"Anna"_s, u"una frase lunga da ricordare"_s);
    REQUIRE(first.ok());
    const security::Actor lead = first->coordinator;
    REQUIRE(core.settings().setDistrict({u"Est Milano"_s, {u"015175"_s, u"015205"_s}}).ok());
    services::PeopleService &people = core.people();
    services::ReferralService &referrals = core.referrals();

    people::Person person;
    person.givenName = u"Rita"_s;
    person.familyName = u"Marchetti"_s;
    person.codiceFiscale = codiceFiscale();
    person.birthDate = kBirth;
    person.residence = u"015205"_s;
    person.phone = u"+39 333 111 2222"_s;
    auto personId = people.create(lead, person);
    REQUIRE(personId.ok());
    for (auto purpose :
         {people::ConsentPurpose::PersonalData, people::ConsentPurpose::IdentifiedReferral})
        REQUIRE(people
                    .recordConsent(lead, *personId, purpose, people::ConsentMethod::SignedForm,
                                   u"test-1"_s)
                    .ok());

    referrals::Referral comune;
    comune.personId = *personId;
    comune.destinationType = u"SS_COMUNE"_s;
    comune.needs = {u"CAS.SFRATTO"_s, u"POV.INSUF"_s};
    comune.urgency = u"PRIOR"_s;
    comune.note = u"Sfratto esecutivo il 12 gennaio, chiede contatto urgente."_s;
    auto id = referrals.create(lead, comune);
    REQUIRE(id.ok());
    clock.advanceSecs(600);
    REQUIRE(referrals.move(lead, *id, {referrals::State::Inviata, u"PEC"_s, {}, {}}).ok());
    clock.advanceDays(1);
    REQUIRE(referrals.move(lead, *id, {referrals::State::Ricevuta, {}, {}, {}}).ok());

    referrals::Referral caf;
    caf.personId = *personId;
    caf.kind = referrals::Kind::Logged;
    caf.destinationType = u"CAF"_s;
    caf.needs = {u"POV.UTENZE"_s};
    REQUIRE(referrals.create(lead, caf).ok());
    core.lock(lead);
}

void checkNothingPersonal(const Run &run)
{
    for (const QString &text : personalTexts()) {
        INFO(text.toStdString());
        CHECK_FALSE(run.out.contains(text, Qt::CaseInsensitive));
        CHECK_FALSE(run.err.contains(text, Qt::CaseInsensitive));
    }
}

QJsonArray parseArray(const Run &run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isArray());
    return document.array();
}

} // namespace

TEST_CASE("sportello-cli outbox list shows the anonymized records as a table and as JSON",
          "[cli][outbox]")
{
    test::TempDir dir;
    seedReferrals(dir.path());

    const Run list = cli(dir.path(), {u"outbox"_s, u"list"_s});
    INFO(list.err.toStdString());
    REQUIRE(list.exitCode == 0);
    CHECK(list.err.isEmpty());
    const QStringList lines = list.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 6); // header, four rows, the count
    const QString &header = lines.at(0);
    CHECK(header.startsWith(u"Id"_s));
    for (const QString &column : {u"Created"_s, u"State"_s, u"Event"_s, u"stato"_s, u"dest_tipo"_s,
                                  u"urgenza"_s, u"anno_mese"_s})
        CHECK(header.contains(column));
    const QStringList expected[] = {
        {u"1"_s, u"QUEUED"_s, u"referral.created"_s, u"BOZZA"_s, u"SS_COMUNE"_s, u"PRIOR"_s},
        {u"2"_s, u"QUEUED"_s, u"referral.status_changed"_s, u"INVIATA"_s, u"SS_COMUNE"_s},
        {u"3"_s, u"QUEUED"_s, u"referral.status_changed"_s, u"RICEVUTA"_s, u"SS_COMUNE"_s},
        {u"4"_s, u"QUEUED"_s, u"referral.logged"_s, u"BOZZA"_s, u"CAF"_s, u"ORD"_s},
    };
    for (int row = 0; row < 4; ++row) {
        const QString &line = lines.at(row + 1);
        INFO(line.toStdString());
        const QStringList cells = line.split(u' ', Qt::SkipEmptyParts);
        REQUIRE(cells.size() == 9);
        CHECK(cells.at(0) == expected[row].at(0));
        CHECK(cells.at(1).startsWith(u"2026-03-0"_s)); // local time, with its offset
        CHECK(cells.at(2) == expected[row].at(1));
        CHECK(cells.at(3) == expected[row].at(2));
        CHECK(cells.at(4).size() == 36); // the event's UUID
        for (qsizetype k = 3; k < expected[row].size(); ++k)
            CHECK(cells.contains(expected[row].at(k)));
        CHECK(cells.at(8) == u"2026-03"_s);
        // Aligned: every column starts under its header.
        CHECK(line.indexOf(cells.at(4)) == header.indexOf(u"Event id"_s));
        CHECK(line.lastIndexOf(cells.at(8)) == header.indexOf(u"anno_mese"_s));
    }
    CHECK(lines.at(5).startsWith(u"4 outbox item"_s));
    checkNothingPersonal(list);

    const Run json = cli(dir.path(), {u"outbox"_s, u"list"_s, u"--json"_s});
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    const QJsonArray items = parseArray(json);
    REQUIRE(items.size() == 4);
    QSet<QString> referralUids;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        CHECK(item.value(u"id"_s).toInteger() == i + 1);
        CHECK(item.value(u"state"_s).toString() == u"QUEUED"_s);
        CHECK(list.out.contains(item.value(u"event_uid"_s).toString()));
        const QDateTime created
            = QDateTime::fromString(item.value(u"created_at"_s).toString(), Qt::ISODateWithMs);
        CHECK(created.isValid());
        CHECK(created.date() >= QDate(2026, 3, 2));
        const QJsonObject record = item.value(u"record"_s).toObject();
        for (auto it = record.constBegin(); it != record.constEnd(); ++it)
            CHECK(wire::referralRecordKeys().contains(it.key()));
        CHECK(record.value(u"sportello_id"_s).toString() == u"PIO-CDA"_s);
        CHECK(record.value(u"comune_istat"_s).toString() == u"015205"_s);
        CHECK(record.value(u"fascia_eta"_s).toString() == u"65-74"_s);
        referralUids.insert(record.value(u"ref_uuid"_s).toString());
    }
    CHECK(items.at(0).toObject().value(u"event_type"_s).toString() == u"referral.created"_s);
    CHECK(items.at(2).toObject().value(u"record"_s).toObject().value(u"stato"_s).toString()
          == u"RICEVUTA"_s);
    CHECK(referralUids.size() == 2);
    checkNothingPersonal(json);
}

TEST_CASE("sportello-cli outbox list filters by state and refuses unknown ones", "[cli][outbox]")
{
    test::TempDir dir;
    seedReferrals(dir.path());

    const Run queued = cli(dir.path(), {u"outbox"_s, u"list"_s, u"--state"_s, u"QUEUED"_s});
    REQUIRE(queued.exitCode == 0);
    CHECK(queued.out.split(u'\n', Qt::SkipEmptyParts).size() == 6);
    CHECK(queued.out.contains(u"in state QUEUED"_s));

    const Run delivered = cli(dir.path(), {u"outbox"_s, u"list"_s, u"--state=DELIVERED"_s});
    CHECK(delivered.exitCode == 0);
    CHECK(delivered.out.trimmed() == u"No outbox item is in state DELIVERED."_s);
    const Run deliveredJson
        = cli(dir.path(), {u"outbox"_s, u"list"_s, u"--state"_s, u"DELIVERED"_s, u"--json"_s});
    CHECK(deliveredJson.exitCode == 0);
    CHECK(parseArray(deliveredJson).isEmpty());

    for (const QStringList &args :
         {QStringList {u"--state"_s, u"BOGUS"_s}, QStringList {u"--state"_s, u"queued"_s},
          QStringList {u"--state"_s}, QStringList {u"--verbose"_s}}) {
        INFO(args.join(u' ').toStdString());
        const Run refused = cli(dir.path(), QStringList {u"outbox"_s, u"list"_s} + args);
        CHECK(refused.exitCode == 2);
        CHECK(refused.out.isEmpty());
        CHECK_FALSE(refused.err.isEmpty());
    }
    const Run bogus = cli(dir.path(), {u"outbox"_s, u"list"_s, u"--state"_s, u"BOGUS"_s});
    CHECK(bogus.err.contains(u"Unknown outbox state \"BOGUS\""_s));
    CHECK(bogus.err.contains(u"QUEUED"_s));
}

TEST_CASE("sportello-cli outbox list on an empty outbox and on a folder without a database",
          "[cli][outbox]")
{
    test::TempDir dir;
    {
        auto profile = storage::Profile::open(dir.path(), sportello::test::keychain());
        REQUIRE(profile.ok());
    }
    const Run empty = cli(dir.path(), {u"outbox"_s, u"list"_s});
    CHECK(empty.exitCode == 0);
    CHECK(empty.out.contains(u"The outbox is empty"_s));
    const Run emptyJson = cli(dir.path(), {u"outbox"_s, u"list"_s, u"--json"_s});
    CHECK(emptyJson.exitCode == 0);
    CHECK(parseArray(emptyJson).isEmpty());

    test::TempDir nothing;
    const Run missing = cli(nothing.path(), {u"outbox"_s, u"list"_s});
    CHECK(missing.exitCode == 1);
    CHECK(missing.out.isEmpty());
    CHECK(missing.err.contains(u"no Sportello database"_s));
    CHECK_FALSE(QFile::exists(nothing.filePath(u"sportello.db"_s)));
}

TEST_CASE("sportello-cli outbox list shows the demo's referrals and none of its people",
          "[cli][outbox][demo]")
{
    test::TempDir dir;
    REQUIRE(cli(dir.path(), {u"demo"_s}).exitCode == 0);
    const Run json = cli(dir.path(), {u"outbox"_s, u"list"_s, u"--json"_s});
    REQUIRE(json.exitCode == 0);
    const QJsonArray items = parseArray(json);
    // Where each referral stands now: the last record of each ref_uuid.
    QHash<QString, QString> lastState;
    for (const QJsonValue &value : items) {
        if (!value.toObject().value(u"event_type"_s).toString().startsWith(u"referral."))
            continue; // the audit chain's anchor
        const QJsonObject record = value.toObject().value(u"record"_s).toObject();
        lastState.insert(record.value(u"ref_uuid"_s).toString(),
                         record.value(u"dest_tipo"_s).toString() + u' '
                             + record.value(u"stato"_s).toString());
    }
    QStringList states = lastState.values();
    states.sort();
    CHECK(states
          == QStringList {u"CAF BOZZA"_s, u"CASA RICEVUTA"_s, u"CPI BOZZA"_s, u"PIS CHIUSA"_s,
                          u"SS_COMUNE PRESA_IN_CARICO"_s, u"SS_SEGR CHIUSA"_s});
    const Run table = cli(dir.path(), {u"outbox"_s, u"list"_s});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(u"%1 outbox item"_s.arg(items.size())));
    for (const Run *run : {&json, &table}) {
        for (const QString &name : {u"Colombo"_s, u"Kovalenko"_s, u"Ferrari"_s, u"Greco"_s,
                                    u"Rinaldi"_s, u"Diop"_s, u"Galli"_s})
            CHECK_FALSE(run->out.contains(name));
    }
}
