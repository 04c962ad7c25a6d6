// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QApplication;
class QWidget;

namespace sportello::app {

// The desktop composition root: parses the command line, opens the profile, builds the core
// services and the main window, and wires them together.
class DesktopApp final
{
    Q_DECLARE_TR_FUNCTIONS(DesktopApp)

public:
    // True when argv asks for a screenshot, which must be known before QApplication exists.
    [[nodiscard]] static bool wantsScreenshot(int argc, char **argv);
    [[nodiscard]] static int run(QApplication &application);

private:
    // Writes `widget` as a PNG to `file`; the process's exit code.
    [[nodiscard]] static int saveScreenshot(QWidget &widget, const QString &file);
};

} // namespace sportello::app
