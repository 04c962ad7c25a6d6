// SPDX-License-Identifier: GPL-3.0-or-later
#include "brand.h"

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

} // namespace sportello::ui::brand
