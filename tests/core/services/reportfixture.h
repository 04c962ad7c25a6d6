// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "referralfixture.h"
#include "services/catalogueio.h"
#include "services/sessionservice.h"

#include <QFile>

using namespace Qt::StringLiterals;

// A desk for the reports' tests: the demo catalogue (the services suggested), three people of
// known age, gender, citizenship and comune, and helpers that record sessions and move
// referrals on the days given.
namespace sportello::test {

struct ReportDesk : ReferralDesk
{
    qint64 segrate = 0; // Rita Marchetti, 1957, F, IT, Segrate (the fixture's person)
    qint64 pioltello = 0; // 2000, M, EXTRA_UE, Pioltello
    qint64 vimodrone = 0; // 1990, F, UE, Vimodrone

    ReportDesk()
    {
        QFile file(u":/sportello/catalogue/demo-catalogue.json"_s); // the services suggested
        REQUIRE(file.open(QIODevice::ReadOnly));
        REQUIRE(services->catalogueIo().importJson(file.readAll(), u"demo"_s, u"t"_s).ok());
        segrate = personId;
        REQUIRE(people->update(volunteer, withProfile(segrate, u"F"_s, u"IT"_s, u"015205"_s)).ok());
        pioltello = addPerson(u"Karim"_s, 2000, u"M"_s, u"EXTRA_UE"_s, u"015175"_s);
        vimodrone = addPerson(u"Ana"_s, 1990, u"F"_s, u"UE"_s, u"015242"_s);
    }

    people::Person withProfile(qint64 id, const QString &gender, const QString &citizenship,
                               const QString &residence)
    {
        people::Person p = people->person(volunteer, id).value();
        p.gender = gender;
        p.citizenship = citizenship;
        p.residence = residence;
        return p;
    }

    qint64 addPerson(const QString &name, int year, const QString &gender,
                     const QString &citizenship, const QString &residence)
    {
        people::Person p = person(name, u"Prova"_s, year);
        p.gender = gender;
        p.citizenship = citizenship;
        p.residence = residence;
        const qint64 id = people->create(volunteer, p).value();
        consent(id, people::ConsentPurpose::PersonalData);
        return id;
    }

    // A session at noon of `day` (the clock moves there first).
    qint64 session(qint64 who, QDate day, const QString &type, const QString &channel,
                   const QStringList &needs, const QStringList &services = {},
                   const QStringList &outcomes = {})
    {
        clock.set(QDateTime(day, QTime(12, 0)));
        people::Session s;
        s.personId = who;
        s.startedAt = clock.nowUtc();
        s.type = type;
        s.channel = channel;
        s.needs = needs;
        for (const QString &uid : services)
            s.services.append({uid, u"Assegno di Inclusione"_s, 1});
        s.outcomes = outcomes;
        if (type == u"FACDIG") {
            s.facilitation.kind = u"IND"_s;
            s.facilitation.ambiti = {u"SPID"_s};
            s.facilitation.goal = people::Facilitation::Goal::Reached;
        }
        auto saved = sessions->save(volunteer, s);
        INFO((saved ? QString() : saved.error().toLogString()).toStdString());
        REQUIRE(saved.ok());
        return *saved;
    }

    void moveOn(qint64 referral, QDate day, referrals::State to)
    {
        clock.set(QDateTime(day, QTime(12, 30)));
        const auto moved = referrals->move(volunteer, referral, {to, {}, {}, {}});
        INFO((moved ? QString() : moved.error().toLogString()).toStdString());
        REQUIRE(moved.ok());
    }
};

} // namespace sportello::test
