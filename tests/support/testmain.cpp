// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 main for every test executable: headless Qt platform, a QApplication when the suite
// needs widgets (SPORTELLO_TEST_GUI) or a QCoreApplication otherwise.
#include "testhelpers.h"

#include <catch2/catch_session.hpp>

#ifdef SPORTELLO_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char **argv)
{
    // Without this a QApplication on a machine without display aborts before Catch2 registers
    // a single test — and a run that lists zero tests must never look like a pass.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    TestApplication application(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("SportelloTests"));
    TestApplication::setApplicationName(QStringLiteral("sportello-tests"));
    if (const int helperResult = sportello::test::runHelperModeIfRequested(); helperResult >= 0)
        return helperResult;
    return Catch::Session().run(argc, argv);
}
