// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sportello::ui {

// What the shell shows about the open profile; filled by app from core, so ui needs no SQL.
struct ProfileSummary
{
    QString dataDir;
    QString databasePath;
    int schemaVersion = 0;
    bool demo = false;
};

} // namespace sportello::ui
