// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/error.h"

#include <utility>
#include <variant>

namespace sportello {

// The outcome of a fallible operation: either a value or an Error. No exceptions cross layers.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    { }
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error))
    { }

    [[nodiscard]] bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] const T &value() const & { return std::get<0>(m_state); }
    [[nodiscard]] T &value() & { return std::get<0>(m_state); }
    [[nodiscard]] T &&value() && { return std::get<0>(std::move(m_state)); }
    [[nodiscard]] T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }

    [[nodiscard]] const Error &error() const { return std::get<1>(m_state); }
    [[nodiscard]] ErrorCode code() const { return ok() ? ErrorCode {} : error().code; }

private:
    std::variant<T, Error> m_state;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    { }

    [[nodiscard]] bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    [[nodiscard]] const Error &error() const { return m_error; }
    [[nodiscard]] ErrorCode code() const { return m_ok ? ErrorCode {} : m_error.code; }

private:
    Error m_error;
    bool m_ok = true;
};

using Status = Result<void>;

} // namespace sportello
