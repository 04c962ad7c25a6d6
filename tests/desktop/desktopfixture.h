// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop as the executable builds it (DeskComposition), over a desk with the demo
// catalogue and its coordinator logged in: for the end-to-end suites.
#pragma once

#include "../ui/scriptedprompter.h"
#include "deskcomposition.h"
#include "mainwindow.h"
#include "memorysecretstore.h"
#include "security/deskshell.h"
#include "services/accountservice.h"
#include "services/catalogueio.h"
#include "services/deskservices.h"
#include "storage/profile.h"
#include "testhelpers.h"

#include <QCoreApplication>
#include <QFile>

#include <catch2/catch_test_macros.hpp>

namespace sportello::test {

// The desktop as the executable builds it, over a desk with the demo catalogue and its
// coordinator logged in.
struct Desktop
{
    test::TempDir dir;
    test::FakeClock clock {QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<storage::Profile> profile;
    test::ScriptedPrompter prompter;
    std::unique_ptr<app::DeskComposition> desk;
    security::Actor lead;

    Desktop()
    {
        auto opened = storage::Profile::open(dir.path(), secrets());
        REQUIRE(opened.ok());
        profile = std::move(opened).value();
        desk = std::make_unique<app::DeskComposition>(profile->database(), clock, secrets(),
                                                      prompter, ui::ProfileSummary {});
        services::DeskServices &services = desk->services();
        QFile file(QStringLiteral(":/sportello/catalogue/demo-catalogue.json"));
        REQUIRE(file.open(QIODevice::ReadOnly));
        REQUIRE(services.catalogueIo()
                    .importJson(file.readAll(), QStringLiteral("demo"), QStringLiteral("test"))
                    .ok());
        auto first
            = services.accounts().firstRun({QStringLiteral("Centro di Ascolto"),
                                            QStringLiteral("Caritas"),
                                            QStringLiteral("015175"),
                                            QStringLiteral("PIO-CDA"),
                                            {}},
                                           QStringLiteral("anna"), QStringLiteral("Anna Bianchi"),
                                           QStringLiteral("frase della coordinatrice"));
        REQUIRE(first.ok());
        lead = first->coordinator;
        window().resize(1280, 800);
        window().show();
        desk->shell().start();
        desk->shell().enter(lead);
        REQUIRE_FALSE(window().isLocked());
    }

    ui::MainWindow &window() const { return desk->window(); }
    services::DeskServices &services() const { return desk->services(); }

    template<typename Page>
    Page *page(const QString &id)
    {
        window().showPage(id);
        auto *found = window().findChild<Page *>();
        REQUIRE(found);
        return found;
    }

    // Lets the pages take in the notifications, as the event loop would.
    static void settle() { QCoreApplication::processEvents(); }
};

} // namespace sportello::test
