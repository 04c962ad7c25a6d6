// SPDX-License-Identifier: GPL-3.0-or-later
#include "brand.h"

#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace sportello::ui::brand {

QString errorStyle(const QPalette &palette)
{
    return isDark(palette) ? u"font-weight: bold;"_s
                           : u"color: %1; font-weight: bold;"_s.arg(errorText().name());
}

QString demoNoticeStyle(const QPalette &palette)
{
    if (isDark(palette))
        return u"border: 2px solid palette(window-text);"_s;
    return u"background: %1; color: %2; border: 1px solid %3;"_s.arg(
        demoBackground().name(), demoText().name(), demoBorder().name());
}

QVariant alertForeground()
{
    if (isDark(QGuiApplication::palette()))
        return {};
    return errorText();
}

QString emergencyStyle(const QPalette &palette, const QString &objectName)
{
    if (isDark(palette))
        return u"QLabel#%1 { border: 2px solid palette(window-text); border-radius: 4px;"
               " padding: 6px; }"_s.arg(objectName);
    return u"QLabel#%1 { border: 2px solid #b00020; border-radius: 4px; background: #fdecea;"
           " color: #7a0016; padding: 6px; }"_s.arg(objectName);
}

} // namespace sportello::ui::brand
