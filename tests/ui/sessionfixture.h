// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The session page in a window of its own over a desk with the demo catalogue, and a keyboard
// that counts its presses.

#include "../core/services/peoplefixture.h"
#include "scriptedprompter.h"
#include "services/catalogueservice.h"
#include "services/deskservices.h"
#include "services/referralservice.h"
#include "services/searchcontroller.h"
#include "sessions/needpicker.h"
#include "sessions/personpanel.h"
#include "sessions/sessionpage.h"
#include "sessions/typeahead.h"

#include <QApplication>
#include <QShortcut>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

namespace sportello::test {

inline const QString kNoticeVersion = QStringLiteral("desk-2");

// The page in a window of its own, with Ctrl+N bound as the desktop app binds it.
struct Fixture
{
    PeopleDesk desk {true};
    ScriptedPrompter prompter;
    services::CatalogueService *catalogue = nullptr;
    services::ReferralService *referrals = nullptr;
    std::unique_ptr<ui::SessionPage> page;

    Fixture()
    {
        catalogue = &desk.services->catalogue();
        referrals = &desk.services->referrals();
        // The services to suggest come from the search snapshot: the desk starts with it ready.
        services::SearchController &search = desk.services->search();
        if (!search.isReady()) {
            QSignalSpy ready(&search, &services::SearchController::indexReloaded);
            REQUIRE(ready.wait(20000));
        }
        page = std::make_unique<ui::SessionPage>(ui::SessionPage::Context {
            *desk.people,
            *desk.sessions,
            *referrals,
            *catalogue,
            search,
            *desk.changes,
            desk.clock,
            prompter,
            {QStringLiteral("Sportello di prova"), {QStringLiteral("Via Roma 1, Pioltello")}},
            desk.volunteer,
            [] { return kNoticeVersion; },
        });
        auto *shortcut = new QShortcut(QKeySequence::New, page.get());
        QObject::connect(shortcut, &QShortcut::activated, page.get(), &ui::SessionPage::startNew);
        page->resize(1280, 800);
        page->show();
        page->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(page.get()));
    }

    [[nodiscard]] ui::TypeAhead *personPicker() const { return page->personPanel()->picker(); }
    [[nodiscard]] ui::TypeAhead *needAhead() const { return page->needPicker()->typeAhead(); }
};

// A keyboard: each press goes to the focus widget, as the window system would send it; a
// combination with modifiers (Ctrl+S) counts as one press.
struct Keyboard
{
    int presses = 0;

    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget();
        REQUIRE(target != nullptr);
        QTest::keyClick(target, key, modifiers);
        ++presses;
    }
    // Plain ASCII only: QTest::keyClicks cannot type accented letters.
    void type(const QString &text)
    {
        for (const QChar c : text) {
            REQUIRE(c.unicode() < 128);
            QWidget *target = QApplication::focusWidget();
            REQUIRE(target != nullptr);
            QTest::keyClicks(target, QString(c));
            ++presses;
        }
    }
};

inline QWidget *focused()
{
    return QApplication::focusWidget();
}

} // namespace sportello::test
