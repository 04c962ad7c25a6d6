// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profilesummary.h"

#include <QWidget>

namespace sportello::ui {

// The start page: what this desk's profile is, and a clear warning when its data are demo data.
class HomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomePage)

public:
    explicit HomePage(const ProfileSummary &profile, QWidget *parent = nullptr);
};

} // namespace sportello::ui
