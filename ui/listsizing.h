// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace sportello::ui {

// How many rows beyond those on screen a column sized to its contents measures
// (QHeaderView::setResizeContentsPrecision; Qt's default is 1000). Lists that can hold tens of
// thousands of rows — referrals, the audit log — would otherwise lay out a thousand rows' text
// on the GUI thread at every relayout.
inline constexpr int kSizedRows = 50;

} // namespace sportello::ui
