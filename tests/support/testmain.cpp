// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 main for every test executable: headless Qt platform, a QApplication when the suite
// needs widgets (SPORTELLO_TEST_GUI) or a QCoreApplication otherwise.
#include "testhelpers.h"

#include <QFile>
#include <QTemporaryDir>

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
    // SPORTELLO_TEST_PLATFORM=xcb runs the widget suites on an X server (Xvfb) instead: the
    // offscreen plugin of Qt 6.4 warns on every window with a size constraint, so the
    // QT_FATAL_WARNINGS=1 run of the suite (.ci/run) uses xcb.
    const QByteArray platform = qgetenv("SPORTELLO_TEST_PLATFORM");
    qputenv("QT_QPA_PLATFORM", platform.isEmpty() ? QByteArray("offscreen") : platform);
    // The suites that run the desk's programs use the private Secret Service the ctest fixture
    // started (tests/support/keyring.sh): the same variables for this process and its children.
    if (const QByteArray keyring = qgetenv("SPORTELLO_TEST_KEYRING"); !keyring.isEmpty()) {
        qputenv("HOME", keyring + "/home");
        qputenv("XDG_DATA_HOME", keyring + "/data");
        qputenv("XDG_RUNTIME_DIR", keyring + "/run");
        qputenv("XDG_CONFIG_HOME", keyring + "/config");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + keyring + "/bus");
    }
    // Qt warns once when XDG_RUNTIME_DIR is missing (a CI container, a bare ssh session), and
    // under QT_FATAL_WARNINGS=1 that warning aborts the suite: give it a private one.
    QTemporaryDir runtimeDir;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") && runtimeDir.isValid()) {
        QFile::setPermissions(runtimeDir.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir.path()));
    }
    // Reliability target 4: the suites without widgets run with every warning fatal — a
    // connection used from the wrong thread, one removed while in use, any misuse Qt reports.
    // (The widget suites only when asked, QT_FATAL_WARNINGS=1 on Xvfb: Qt 6.4's offscreen
    // platform warns on every window with a size constraint.) A test that expects a warning
    // says so (ExpectedWarnings).
#if defined(SPORTELLO_TEST_GUI) && !defined(SPORTELLO_TEST_FATAL_WARNINGS)
    const bool fatalWarnings = qEnvironmentVariableIntValue("QT_FATAL_WARNINGS") != 0;
#else
    const bool fatalWarnings = true;
#endif
    if (fatalWarnings)
        sportello::test::makeWarningsFatal();
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
