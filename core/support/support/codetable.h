// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>
#include <QString>

#include <array>
#include <cstddef>
#include <utility>

// An enumeration and its stable codes, as one constexpr table per enumeration:
//   constexpr std::array<std::pair<State, const char *>, 3> kStates {{{State::Open, "APERTO"}, …}};
// so that the two directions can never disagree.
namespace sportello::codes {

// The code of `value`; empty for a value the table lacks.
template<typename Enum, std::size_t N>
[[nodiscard]] QString codeOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[e, code] : table) {
        if (e == value)
            return QString::fromLatin1(code);
    }
    return {};
}

// The value of `code` into *value; false (and *value untouched) for a code the table lacks.
template<typename Enum, std::size_t N>
[[nodiscard]] bool valueOf(const std::array<std::pair<Enum, const char *>, N> &table,
                           const QString &code, Enum *value)
{
    for (const auto &[e, c] : table) {
        if (code == QLatin1StringView(c)) {
            *value = e;
            return true;
        }
    }
    return false;
}

} // namespace sportello::codes
