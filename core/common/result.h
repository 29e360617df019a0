// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace hearth::core {

// What went wrong, as a category callers can branch on.
enum class ErrorKind
{
    NotFound,
    InvalidInput,
    NotADatabase,
    NotHearthDatabase,
    NewerSchema,
    Corrupt,
    ReadOnly,
    Busy,
    DiskFull,
    MissingFeature,
    Io,
    Conflict,
    // A team plan's server: not reached, login refused, a statement not allowed, the
    // connection dropped (retrying may help).
    ConnectionFailed,
    AuthenticationFailed,
    PermissionDenied,
    ConnectionLost,
    Internal,
};

QString toString(ErrorKind kind);

// An error as a value: a kind to branch on and a message a user can act on.
struct Error
{
    ErrorKind kind = ErrorKind::Internal;
    QString message;

    static Error make(ErrorKind kind, QString message) { return Error{kind, std::move(message)}; }
};

// Either a value or an Error; the core never lets exceptions cross its boundary.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<1>(m_state); }

    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

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
    {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

inline Result<void> success()
{
    return {};
}

} // namespace hearth::core
