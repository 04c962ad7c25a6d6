// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/appsetup.h"
#include "testhelpers.h"

#include <QCoreApplication>
#include <QLocale>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using sportello::app::chooseLanguage;

TEST_CASE("the interface language follows the system unless --lang says otherwise", "[app]")
{
    const QLocale italian(QLocale::Italian, QLocale::Italy);
    const QLocale swissItalian(QLocale::Italian, QLocale::Switzerland);
    const QLocale german(QLocale::German, QLocale::Germany);
    CHECK(chooseLanguage({}, italian) == u"it"_s);
    CHECK(chooseLanguage({}, swissItalian) == u"it"_s);
    CHECK(chooseLanguage({}, german) == u"en"_s);
    CHECK(chooseLanguage(u"en"_s, italian) == u"en"_s);
    CHECK(chooseLanguage(u"IT"_s, german) == u"it"_s);
    CHECK(chooseLanguage(u"fr"_s, italian).isEmpty());
}

TEST_CASE("the Italian translation is compiled in and complete for the shell", "[app]")
{
    REQUIRE(sportello::app::installTranslations(*QCoreApplication::instance(), u"it"_s));
    CHECK(QCoreApplication::translate("sportello::ui::HomePage", "Welcome to Sportello")
          == u"Benvenuti in Sportello"_s);
    // Qt's own strings come in Italian too (qtbase_it).
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == u"Annulla"_s);
    REQUIRE(sportello::app::installTranslations(*QCoreApplication::instance(), u"en"_s));
}
