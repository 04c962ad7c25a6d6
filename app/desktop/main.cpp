// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktopapp.h"

#include <QApplication>

int main(int argc, char **argv)
{
    // A screenshot needs no display: choose the offscreen platform before the GUI starts.
    if (sportello::app::DesktopApp::wantsScreenshot(argc, argv)
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    return sportello::app::DesktopApp::run(application);
}
