#pragma once

#include <QString>

#include <utility>
#include <variant>

// A failure meant for a person: what went wrong and what to do, plus a machine-readable kind.
struct Error
{
    enum class Kind
    {
        Failed,
        NotFound,
        Invalid,
        Duplicate,
        NotRegulars,
        TooNew,
        Damaged,
        CannotOpen,
        NotAllowed,  // the signed-in person's role may not do this
        Unreachable, // the database server could not be reached; trying again later may work
    };
    Kind kind = Kind::Failed;
    QString message;
    qint64 relatedId = 0; // e.g. the customer that already holds a phone number
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T& operator*() const { return value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

inline Error makeError(Error::Kind kind, const QString& message, qint64 relatedId = 0)
{
    return Error{kind, message, relatedId};
}
