// SPDX-License-Identifier: GPL-3.0-or-later
// The crash tests' worker (tests/crash/killloop_test.cpp drives it): a desk on the real
// services and storage that saves people, sessions, referrals (with their outbox rows),
// erasures and sync rounds against a real hub, and can be killed at a chosen point.
//
//   crashworker setup  PROFILE URL CA_FILE TOKEN   first run, enrolment in the hub
//   crashworker work   PROFILE SEED STEPS          a seeded run of saves and sync rounds
//   crashworker check  PROFILE                     what the database holds, as JSON
//   crashworker drain  PROFILE                     sync rounds until the outbox is empty
//
// `work` prints one line per save the services confirmed ("SAVED person 12", "SAVED session
// 40 12", "SAVED referral 7 UUID", "SENT referral 7", "ERASED person 12", "SYNCED …"), flushed
// before it goes on: those are what a volunteer would have seen as saved. "ERASING person 12"
// comes before an erasure, which a kill may leave done but unreported. The kill point is
// SPORTELLO_KILL_POINT (killpoints.h), reached SPORTELLO_KILL_SKIP times before it fires.
#include "connection.h"
#include "crypto/kdfparams.h"
#include "filesecretstore.h"
#include "killpoints.h"
#include "network/enrolment.h"
#include "network/syncround.h"
#include "services/accountservice.h"
#include "services/deskservices.h"
#include "services/networkservice.h"
#include "services/peopleservice.h"
#include "services/personeraser.h"
#include "services/referralservice.h"
#include "services/sessionservice.h"
#include "storage/profile.h"
#include "support/clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace sportello;

namespace {

constexpr char kPassword[] = "una frase lunga da ricordare";

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

int fail(const QString &what, const std::optional<Error> &error = std::nullopt)
{
    std::fprintf(stderr, "crashworker: %s%s\n", qPrintable(what),
                 error ? qPrintable(u": "_s + error->toLogString()) : "");
    return 2;
}

// The profile of one desk, with its keychain beside it.
struct Desk
{
    SystemClock clock;
    test::FileSecretStore secrets;
    std::unique_ptr<storage::Profile> profile;
    std::unique_ptr<services::DeskServices> services;
    security::Actor lead;

    explicit Desk(const QString &dir)
        : secrets(dir + u".keychain"_s)
    { }

    [[nodiscard]] std::optional<Error> open(const QString &dir)
    {
        auto opened = storage::Profile::open(dir, secrets);
        if (!opened)
            return opened.error();
        profile = std::move(opened).value();
        services = std::make_unique<services::DeskServices>(profile->database(), clock);
        return std::nullopt;
    }

    [[nodiscard]] std::optional<Error> login()
    {
        auto actor = services->accounts().login(u"anna"_s, QString::fromLatin1(kPassword));
        if (!actor)
            return actor.error();
        lead = *actor;
        return std::nullopt;
    }

    [[nodiscard]] storage::SqlConnection connection()
    {
        return storage::connectionOf(profile->database());
    }
};

template<typename T>
void waitFor(T *object)
{
    QEventLoop loop;
    QObject::connect(object, &T::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

int setup(const QStringList &args)
{
    if (args.size() != 4)
        return fail(u"setup PROFILE URL CA_FILE TOKEN"_s);
    Desk desk(args.at(0));
    if (auto error = desk.open(args.at(0)))
        return fail(u"open"_s, error);
    const security::DeskIdentity identity {
        u"Centro di Ascolto"_s, u"Caritas"_s, u"015175"_s, u"PIO-CDA"_s, {u"Via Roma 1"_s}};
    auto first = desk.services->accounts().firstRun(identity, u"anna"_s, u"Anna"_s,
                                                    QString::fromLatin1(kPassword));
    if (!first)
        return fail(u"first run"_s, first.error());
    QFile ca(args.at(2));
    if (!ca.open(QIODevice::ReadOnly))
        return fail(u"CA file"_s);
    sync::EnrolmentRequest request;
    request.url = QUrl(args.at(1));
    request.token = args.at(3).toLatin1();
    request.caPem = ca.readAll();
    QNetworkAccessManager network;
    sync::Enrolment enrolment(network, desk.clock, request);
    QMetaObject::invokeMethod(
        &enrolment, [&enrolment] { enrolment.start(); }, Qt::QueuedConnection);
    waitFor(&enrolment);
    if (enrolment.error())
        return fail(u"enrolment"_s, enrolment.error());
    services::NetworkService service(desk.services->context(), desk.secrets);
    if (auto stored
        = service.enrol(first->coordinator, enrolment.hub(), request.token, enrolment.district());
        !stored)
        return fail(u"enrol"_s, stored.error());
    say(u"READY"_s);
    return 0;
}

QList<qint64> ids(storage::SqlConnection connection, const QString &sql)
{
    QList<qint64> list;
    storage::SqlQuery query(std::move(connection));
    if (query.exec(sql)) {
        while (query.next())
            list.append(query.value(0).toLongLong());
    }
    return list;
}

QStringList rowsOf(storage::SqlConnection connection, const QString &sql)
{
    QStringList rows;
    storage::SqlQuery query(std::move(connection));
    if (query.exec(sql)) {
        while (query.next())
            rows.append(query.value(0).toString());
    }
    return rows;
}

// One sync round to its end; its line for the driver, or its error.
QString syncOnce(Desk &desk, QNetworkAccessManager &network)
{
    sync::SyncRound round(desk.services->context(), desk.secrets, network, {});
    QMetaObject::invokeMethod(
        &round, [&round] { round.start(); }, Qt::QueuedConnection);
    waitFor(&round);
    const QString error = round.error() ? round.error()->toLogString() : u"none"_s;
    return u"SYNCED delivered=%1 error=%2"_s.arg(round.delivery().delivered).arg(error);
}

referrals::Referral referralFor(qint64 personId, const QDate &today)
{
    referrals::Referral r;
    r.personId = personId;
    r.destinationType = u"SS_COMUNE"_s;
    r.needs = {u"CAS.SFRATTO"_s, u"POV.INSUF"_s};
    r.urgency = u"PRIOR"_s;
    r.note = u"Sfratto esecutivo, chiede contatto."_s;
    r.feedbackDue = today.addDays(14);
    return r;
}

// A new person who gave the personal-data consent; 0 when a save failed.
qint64 newPerson(Desk &desk, QRandomGenerator &random)
{
    people::Person p;
    p.givenName = u"Persona"_s;
    p.familyName = u"Prova %1"_s.arg(random.bounded(100000));
    p.birthYear = 1940 + random.bounded(60);
    p.residence = u"015205"_s;
    auto id = desk.services->people().create(desk.lead, p);
    if (!id)
        return 0;
    say(u"SAVED person %1"_s.arg(*id));
    auto consent = desk.services->people().recordConsent(
        desk.lead, *id, people::ConsentPurpose::PersonalData, people::ConsentMethod::SignedForm,
        u"crash-%1"_s.arg(*id));
    if (!consent)
        return 0;
    say(u"SAVED consent %1"_s.arg(*id));
    return *id;
}

int work(const QStringList &args)
{
    if (args.size() != 3)
        return fail(u"work PROFILE SEED STEPS"_s);
    Desk desk(args.at(0));
    if (auto error = desk.open(args.at(0)))
        return fail(u"open"_s, error);
    if (auto error = desk.login())
        return fail(u"login"_s, error);
    test::crash::armSqlKillPoint(desk.connection().handle(), qgetenv("SPORTELLO_KILL_POINT"),
                                 qEnvironmentVariableIntValue("SPORTELLO_KILL_SKIP"));
    QRandomGenerator random(args.at(1).toUInt());
    const int steps = args.at(2).toInt();
    QNetworkAccessManager network;
    for (int step = 0; step < steps; ++step) {
        const int dice = random.bounded(100);
        const QList<qint64> people = ids(desk.connection(), u"SELECT id FROM people ORDER BY id"_s);
        if (dice < 15 || people.isEmpty()) {
            newPerson(desk, random);
        } else if (dice < 45) {
            people::Session s;
            s.personId = random.bounded(3) == 0 ? 0 : people.at(random.bounded(people.size()));
            s.needs = {u"CAS.AFFITTO"_s, u"POV.ALIM"_s};
            s.outcomes = {u"ORIENT_SERV"_s};
            s.notes = u"Colloquio di prova."_s;
            if (auto id = desk.services->sessions().save(desk.lead, s))
                say(u"SAVED session %1 %2"_s.arg(*id).arg(s.personId));
        } else if (dice < 65) {
            const qint64 person = newPerson(desk, random);
            if (person == 0)
                continue;
            auto r = referralFor(person, desk.clock.today());
            if (auto id = desk.services->referrals().create(desk.lead, r)) {
                auto saved = desk.services->referrals().referral(desk.lead, *id);
                say(u"SAVED referral %1 %2"_s.arg(*id).arg(saved ? saved->uid : QString()));
            }
        } else if (dice < 75) {
            const QList<qint64> drafts = ids(
                desk.connection(), u"SELECT id FROM referrals WHERE state = 'BOZZA' ORDER BY id"_s);
            if (drafts.isEmpty())
                continue;
            referrals::Transition sent;
            sent.to = referrals::State::Inviata;
            sent.reason = u"PEC"_s;
            const qint64 id = drafts.at(random.bounded(drafts.size()));
            if (desk.services->referrals().move(desk.lead, id, sent))
                say(u"SENT referral %1"_s.arg(id));
        } else if (dice < 82) {
            const qint64 id = people.at(random.bounded(people.size()));
            // Said before: a kill after its COMMIT leaves the person erased, unreported.
            say(u"ERASING person %1"_s.arg(id));
            if (desk.services->eraser().erase(desk.lead, id))
                say(u"ERASED person %1"_s.arg(id));
        } else {
            say(syncOnce(desk, network));
        }
    }
    say(syncOnce(desk, network));
    return 0;
}

int check(const QStringList &args)
{
    if (args.size() != 1)
        return fail(u"check PROFILE"_s);
    Desk desk(args.at(0));
    if (auto error = desk.open(args.at(0)))
        return fail(u"open"_s, error);
    QJsonObject report;
    {
        storage::SqlQuery query(desk.connection());
        QStringList lines;
        if (query.exec(u"PRAGMA integrity_check"_s)) {
            while (query.next())
                lines.append(query.value(0).toString());
        }
        report[u"integrity"_s] = lines.join(u"; "_s);
    }
    const auto list = [&desk](const QString &sql) {
        QJsonArray array;
        storage::SqlQuery query(desk.connection());
        if (query.exec(sql)) {
            while (query.next())
                array.append(query.value(0).toString());
        }
        return array;
    };
    report[u"people"_s] = list(u"SELECT id FROM people"_s);
    report[u"consents"_s] = list(u"SELECT DISTINCT person_id FROM consents"_s);
    report[u"sessions"_s] = list(u"SELECT id FROM sessions"_s);
    report[u"referrals"_s] = list(u"SELECT uid FROM referrals"_s);
    report[u"sent"_s] = list(u"SELECT id FROM referrals WHERE state <> 'BOZZA'"_s);
    report[u"referralsWithoutOutbox"_s]
        = list(u"SELECT uid FROM referrals r WHERE NOT EXISTS (SELECT 1 FROM outbox o"
               " WHERE json_extract(o.payload, '$.ref_uuid') = r.uid)"_s);
    report[u"sentWithoutEvent"_s]
        = list(u"SELECT uid FROM referrals r WHERE state <> 'BOZZA' AND NOT EXISTS (SELECT 1"
               " FROM outbox o WHERE json_extract(o.payload, '$.ref_uuid') = r.uid"
               " AND json_extract(o.payload, '$.stato') <> 'BOZZA')"_s);
    report[u"outboxWithoutReferral"_s] = list(
        u"SELECT event_uid FROM outbox o WHERE event_type LIKE 'referral.%' AND NOT EXISTS"
        " (SELECT 1 FROM referrals r WHERE r.uid = json_extract(o.payload, '$.ref_uuid'))"_s);
    report[u"events"_s]
        = list(u"SELECT event_uid || ' ' || state || ' ' || attempts || ' '"
               " || last_error || ' ' || next_attempt_at FROM outbox ORDER BY id"_s);
    say(QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact)));
    return 0;
}

int drain(const QStringList &args)
{
    if (args.size() != 1)
        return fail(u"drain PROFILE"_s);
    Desk desk(args.at(0));
    if (auto error = desk.open(args.at(0)))
        return fail(u"open"_s, error);
    if (auto error = desk.login())
        return fail(u"login"_s, error);
    // The next syncs, as the app's scheduler would run them: a round, then, while items
    // wait for a retry the hub or the backoff set, another once the first is due — for at
    // most two minutes.
    QNetworkAccessManager network;
    QElapsedTimer elapsed;
    elapsed.start();
    for (int round = 0; round < 20 && elapsed.elapsed() < 120000; ++round) {
        say(syncOnce(desk, network));
        if (ids(desk.connection(), u"SELECT id FROM outbox WHERE state <> 'DELIVERED'"_s).isEmpty())
            break;
        storage::SqlQuery next(desk.connection());
        if (!next.exec(u"SELECT min(next_attempt_at) FROM outbox WHERE state = 'QUEUED'"_s)
            || !next.next())
            break;
        const QDateTime due = QDateTime::fromString(next.value(0).toString(), Qt::ISODateWithMs);
        const qint64 waitMs = due.isValid() ? desk.clock.nowUtc().msecsTo(due) : 0;
        say(u"WAIT %1 ms for %2"_s.arg(waitMs).arg(
            rowsOf(desk.connection(),
                   u"SELECT event_uid || ' ' || attempts || ' ' || last_error FROM outbox"
                   " WHERE state <> 'DELIVERED'"_s)
                .join(u"; "_s)));
        if (waitMs > 0)
            QThread::msleep(ulong(std::min<qint64>(waitMs + 100, 60000)));
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setOrganizationName(u"SportelloTests"_s);
    QCoreApplication::setApplicationName(u"sportello-crashworker"_s);
    // Hundreds of logins: the test suites' wrap cost, not the shipped one.
    crypto::setWrapCost(crypto::KdfParams::owaspMinimum());
    QStringList args = QCoreApplication::arguments().mid(1);
    const QString mode = args.isEmpty() ? QString() : args.takeFirst();
    if (mode == u"setup")
        return setup(args);
    if (mode == u"work")
        return work(args);
    if (mode == u"check")
        return check(args);
    if (mode == u"drain")
        return drain(args);
    return fail(u"usage: crashworker setup|work|check|drain …"_s);
}
