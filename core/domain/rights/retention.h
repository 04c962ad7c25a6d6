// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace sportello::rights {

// How long a person's record is kept after the last contact (decision 37): two years unless
// a coordinator sets otherwise, within six months and ten years.
inline constexpr int kDefaultRetentionMonths = 24;
inline constexpr int kMinimumRetentionMonths = 6;
inline constexpr int kMaximumRetentionMonths = 120;

} // namespace sportello::rights
