// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/appsetup.h"
#include "common/processhardening.h"
#include "testhelpers.h"

#include <QCoreApplication>
#include <QLocale>

#include <catch2/catch_test_macros.hpp>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;
using sportello::app::chooseLanguage;
namespace app = sportello::app;

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
    CHECK(QCoreApplication::translate("sportello::ui::TodayPage", "Today") == u"Oggi"_s);
    // Qt's own strings come in Italian too (qtbase_it).
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == u"Annulla"_s);
    REQUIRE(sportello::app::installTranslations(*QCoreApplication::instance(), u"en"_s));
}

TEST_CASE("the desk's process writes no core dump and cannot be read by the user's others", "[app]")
{
    CHECK(app::hardenProcess().isEmpty());
#if defined(Q_OS_UNIX)
    rlimit limit {};
    REQUIRE(getrlimit(RLIMIT_CORE, &limit) == 0);
    CHECK(limit.rlim_cur == 0);
#endif
#if defined(Q_OS_LINUX)
    CHECK(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0);
#endif
}
