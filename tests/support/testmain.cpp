// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 main for every test executable: headless Qt platform, a QApplication when the suite
// needs widgets (SPORTELLO_TEST_GUI) or a QCoreApplication otherwise.
#include "testhelpers.h"

#include <QFile>

#ifndef SPORTELLO_TEST_NO_DESK
#include "crypto/kdfparams.h"
#endif

#include <catch2/catch_session.hpp>
#include <cstdio>

#ifdef SPORTELLO_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

namespace {

// libsqlcipher (the desk's storage) and the system libsqlite3 (Qt's SQLite driver, the hub's
// store) export the same symbols and must never share a process: each keeps its own POSIX
// lock bookkeeping, so a file closed through one silently drops the other's locks. Linux only.
bool bothSqliteLibrariesLoaded()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = maps.readAll();
    return text.contains("/libsqlcipher.so") && text.contains("/libsqlite3.so");
}

} // namespace

int main(int argc, char **argv)
{
    // Without this a QApplication on a machine without display aborts before Catch2 registers
    // a single test — and a run that lists zero tests must never look like a pass.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // The suites that run the desk's programs use the private Secret Service the ctest fixture
    // started (tests/support/keyring.sh): the same variables for this process and its children.
    if (const QByteArray keyring = qgetenv("SPORTELLO_TEST_KEYRING"); !keyring.isEmpty()) {
        qputenv("HOME", keyring + "/home");
        qputenv("XDG_DATA_HOME", keyring + "/data");
        qputenv("XDG_RUNTIME_DIR", keyring + "/run");
        qputenv("XDG_CONFIG_HOME", keyring + "/config");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + keyring + "/bus");
    }
    TestApplication application(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("SportelloTests"));
    TestApplication::setApplicationName(QStringLiteral("sportello-tests"));
#ifndef SPORTELLO_TEST_NO_DESK
    // Hundreds of logins: wraps at OWASP's minimum (~0.04 s) instead of MODERATE (~0.9 s). The
    // programs the app tests start keep the real cost; vault_test checks the default.
    sportello::crypto::setWrapCost(sportello::crypto::KdfParams::owaspMinimum());
    if (const int helperResult = sportello::test::runHelperModeIfRequested(); helperResult >= 0)
        return helperResult;
#endif
    const int result = Catch::Session().run(argc, argv);
    if (bothSqliteLibrariesLoaded()) {
        std::fprintf(stderr, "libsqlcipher and libsqlite3 were both loaded in this process\n");
        return 1;
    }
    return result;
}
