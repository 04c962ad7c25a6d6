// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profilesummary.h"

#include <QDialog>

namespace sportello::ui {

// Shows the version, the licence and where this profile keeps its data.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(const ProfileSummary &profile, QWidget *parent = nullptr);
};

} // namespace sportello::ui
