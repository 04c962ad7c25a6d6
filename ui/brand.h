// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>
#include <QVariant>

namespace sportello::ui::brand {

// The network's name and colours, in one place (issue 18, point 7). Colours that carry a
// meaning (an error, a warning, the demo notice) give way to the palette in force when it is a
// dark or high-contrast one, where a fixed colour could not be read.
inline constexpr char kName[] = "Sportello";

// The network's blue: the icons, and what is the desk's own.
inline QColor primary()
{
    return QColor(0x1f, 0x5f, 0x8b);
}
// An error or something late, in text.
inline QColor errorText()
{
    return QColor(0xa0, 0x10, 0x10);
}
// The demo notice: a pale yellow panel with dark text.
inline QColor demoBackground()
{
    return QColor(0xff, 0xf4, 0xd6);
}
inline QColor demoText()
{
    return QColor(0x4a, 0x3b, 0x00);
}
inline QColor demoBorder()
{
    return QColor(0xe0, 0xc0, 0x60);
}

// Whether `palette` is dark (a dark theme, a high-contrast one): then the brand's fixed
// colours step aside for the palette's own.
[[nodiscard]] inline bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// A style sheet for an error label: the brand's red on a light palette, the palette's text
// (bold) on a dark or high-contrast one.
[[nodiscard]] QString errorStyle(const QPalette &palette);
// The demo notice's style sheet, likewise.
[[nodiscard]] QString demoNoticeStyle(const QPalette &palette);
// A model's Qt::ForegroundRole for something late or urgent: the brand's red on a light
// palette, nothing (the palette's own text, the row being bold) on a dark or high-contrast one.
[[nodiscard]] QVariant alertForeground();
// The frame round the social-emergency contact of an urgent referral (a QLabel named
// `objectName`): red on pale red, or a frame in the palette's text colour on a dark palette.
[[nodiscard]] QString emergencyStyle(const QPalette &palette, const QString &objectName);

} // namespace sportello::ui::brand
