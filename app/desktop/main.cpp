// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/processhardening.h"
#include "desktopapp.h"

#include <QApplication>

int main(int argc, char **argv)
{
    // First, before any personal datum is in memory.
    const QStringList missed = sportello::app::hardenProcess();
    // A screenshot needs no display: choose the offscreen platform before the GUI starts.
    if (sportello::app::DesktopApp::wantsScreenshot(argc, argv)
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    if (!missed.isEmpty())
        qWarning("process hardening incomplete: %s", qPrintable(missed.join(u", ")));
    return sportello::app::DesktopApp::run(application);
}
