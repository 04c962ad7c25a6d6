// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

class QPainter;
class QRectF;

namespace sportello::ui {

// The desk's own icon set (issue 18, point 7): line glyphs drawn for this project at whatever
// size is asked (crisp at 200% scaling), in the network's blue, in the palette's text colour on
// a dark or high-contrast palette, and in the highlight's text colour when selected. No
// picture files, no image plugin: the same on Windows, macOS and Linux.
enum class Icon {
    Today,
    Session,
    FollowUps,
    Referrals,
    Received,
    Board,
    People,
    Catalogue,
    Reports,
    Audit,
    Accounts,
    Backup,
    Sync,
};

[[nodiscard]] QIcon icon(Icon which);
// The icon of the window's page `pageId` ("today", "session", …); a null icon for another id.
[[nodiscard]] QIcon pageIcon(const QString &pageId);

// The application's own icon: a white speech bubble on the network's blue, a rounded square.
// The window's icon, and the PNGs of the installed menu entry (app/tools/appicons.cpp), so
// both come from this one drawing.
void paintAppIcon(QPainter &painter, const QRectF &square);
[[nodiscard]] QIcon appIcon();

} // namespace sportello::ui
