// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to syntheticpeople.cpp: the name and street lists the generator draws from.
#pragma once

#include <QStringView>

#include <span>

namespace sportello::demo::detail {

// The naming tradition a synthetic person's names are drawn from.
enum class NameOrigin {
    Italian,
    Romanian,
    Ukrainian,
    Arabic,
    Hispanic,
    Albanian,
    Senegalese,
    French
};

// Given names by gender and family names of one naming tradition, spelled as on documents
// (accents and apostrophes kept).
struct NamePool
{
    std::span<const QStringView> women;
    std::span<const QStringView> men;
    std::span<const QStringView> families;
};

[[nodiscard]] const NamePool &namePool(NameOrigin origin);

// Common Italian street names with their prefix, e.g. "Via Roma".
[[nodiscard]] std::span<const QStringView> streetNames();

} // namespace sportello::demo::detail
