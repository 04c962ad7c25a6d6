// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/vault.h"
#include "memorysecretstore.h"
#include "services/accountservice.h"
#include "services/catalogueio.h"
#include "services/changenotifier.h"
#include "services/deskservices.h"
#include "services/peopleservice.h"
#include "services/sessionservice.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/profile.h"
#include "testhelpers.h"

#include <QFile>

#include <catch2/catch_test_macros.hpp>
#include <memory>

namespace sportello::test {

// A desk on the one service set the app builds (DeskServices), with its coordinator logged in
// and, when asked, the demo catalogue; the clock starts on Monday 2 March 2026, 09:00 UTC. The
// pointers name the set's own services.
struct PeopleDesk
{
    TempDir dir;
    FakeClock clock;
    std::unique_ptr<storage::Profile> profile;
    std::unique_ptr<services::DeskServices> services;
    const crypto::Vault *vault = nullptr;
    storage::AuditLog *audit = nullptr;
    services::ChangeNotifier *changes = nullptr;
    services::AccountService *accounts = nullptr;
    services::PeopleService *people = nullptr;
    services::SessionService *sessions = nullptr;
    security::Actor lead;
    security::Actor volunteer; // same operator row, counter role
    security::Actor facilitator;
    QString recoveryKey; // as the first run showed it

    explicit PeopleDesk(bool withCatalogue = false)
    {
        open();
        security::DeskIdentity desk {QStringLiteral("Centro di Ascolto"),
                                     QStringLiteral("Caritas"),
                                     QStringLiteral("015175"),
                                     QStringLiteral("PIO-CDA"),
                                     {QStringLiteral("Via Roma 1")}};
        auto first = accounts->firstRun(desk, QStringLiteral("anna"), QStringLiteral("Anna"),
                                        QStringLiteral("una frase lunga da ricordare"));
        REQUIRE(first.ok());
        lead = first->coordinator;
        recoveryKey = first->recoveryKey;
        volunteer = lead;
        volunteer.role = security::Role::Operatore;
        facilitator = lead;
        facilitator.role = security::Role::Facilitatore;
        if (withCatalogue) {
            QFile file(QStringLiteral(":/sportello/catalogue/demo-catalogue.json"));
            REQUIRE(file.open(QIODevice::ReadOnly));
            REQUIRE(services->catalogueIo()
                        .importJson(file.readAll(), QStringLiteral("demo"), QStringLiteral("t"))
                        .ok());
        }
    }

    // Opens the profile in `dir` with a new set of services, its vault locked.
    void open()
    {
        auto opened = storage::Profile::open(dir.path(), sportello::test::secrets());
        REQUIRE(opened.ok());
        profile = std::move(opened).value();
        services = std::make_unique<services::DeskServices>(profile->database(), clock);
        vault = &services->context().vault;
        audit = &services->context().audit;
        changes = &services->notifier();
        accounts = &services->accounts();
        people = &services->people();
        sessions = &services->sessions();
    }

    // Closes the profile and its files.
    void close()
    {
        services.reset();
        profile.reset();
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
