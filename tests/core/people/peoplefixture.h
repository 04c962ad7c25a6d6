// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/peopleservice.h"
#include "people/sessionservice.h"
#include "security/accountservice.h"
#include "security/vault.h"
#include "storage/auditlog.h"
#include "storage/catalogueio.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/profile.h"
#include "testhelpers.h"

#include <QFile>

#include <catch2/catch_test_macros.hpp>
#include <memory>

namespace sportello::test {

// A desk with its coordinator logged in, the demo catalogue, and the people and session
// services; the clock starts on Monday 2 March 2026, 09:00 UTC.
struct PeopleDesk
{
    TempDir dir;
    FakeClock clock;
    std::unique_ptr<storage::Profile> profile;
    std::unique_ptr<security::Vault> vault;
    std::unique_ptr<storage::AuditLog> audit;
    std::unique_ptr<security::AccountService> accounts;
    std::unique_ptr<people::PeopleService> people;
    std::unique_ptr<people::SessionService> sessions;
    security::Actor lead;
    security::Actor volunteer; // same operator row, counter role
    security::Actor facilitator;

    explicit PeopleDesk(bool withCatalogue = false)
    {
        auto opened = storage::Profile::open(dir.path());
        REQUIRE(opened.ok());
        profile = std::move(opened).value();
        vault = std::make_unique<security::Vault>(profile->database(), clock);
        audit = std::make_unique<storage::AuditLog>(profile->database(), clock);
        accounts = std::make_unique<security::AccountService>(profile->database(), *vault, *audit,
                                                              clock);
        security::DeskIdentity desk {QStringLiteral("Centro di Ascolto"),
                                     QStringLiteral("Caritas"),
                                     QStringLiteral("015175"),
                                     QStringLiteral("PIO-CDA"),
                                     {QStringLiteral("Via Roma 1")}};
        auto first = accounts->firstRun(desk, QStringLiteral("anna"), QStringLiteral("Anna"),
                                        QStringLiteral("una frase lunga da ricordare"));
        REQUIRE(first.ok());
        lead = first->coordinator;
        volunteer = lead;
        volunteer.role = security::Role::Operatore;
        facilitator = lead;
        facilitator.role = security::Role::Facilitatore;
        people
            = std::make_unique<people::PeopleService>(profile->database(), *vault, *audit, clock);
        sessions
            = std::make_unique<people::SessionService>(profile->database(), *vault, *audit, clock);
        if (withCatalogue) {
            QFile file(QStringLiteral(":/sportello/catalogue/demo-catalogue.json"));
            REQUIRE(file.open(QIODevice::ReadOnly));
            storage::CatalogueRepository catalogue(profile->database(), clock);
            storage::CatalogueIo io(catalogue);
            REQUIRE(
                io.importJson(file.readAll(), QStringLiteral("demo"), QStringLiteral("t")).ok());
        }
    }

    people::Person person(const QString &given, const QString &family, int birthYear = 0)
    {
        people::Person p;
        p.givenName = given;
        p.familyName = family;
        p.birthYear = birthYear;
        return p;
    }

    qint64 create(const QString &given, const QString &family, int birthYear = 0)
    {
        auto id = people->create(volunteer, person(given, family, birthYear));
        REQUIRE(id.ok());
        return *id;
    }

    void consent(qint64 personId, people::ConsentPurpose purpose)
    {
        REQUIRE(people
                    ->recordConsent(volunteer, personId, purpose, people::ConsentMethod::SignedForm,
                                    QStringLiteral("test-1"))
                    .ok());
    }

    QStringList auditActions(const QString &entityType)
    {
        auto entries = audit->entries({});
        REQUIRE(entries.ok());
        QStringList list;
        for (const auto &entry : *entries) { // newest first
            if (entry.entityType == entityType)
                list.prepend(entry.action);
        }
        return list;
    }
};

} // namespace sportello::test
