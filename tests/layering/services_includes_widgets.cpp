// SPDX-License-Identifier: GPL-3.0-or-later
// Must not compile: nothing in core links Gui or Widgets.
#include <QWidget>
