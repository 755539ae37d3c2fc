#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace carillon {

// Why an operation failed. The code lets callers (command line, UI) pick an exit status or
// a presentation; the message is already translated and tells the person what to do next.
enum class ErrorCode
{
    InvalidInput, // the caller passed something malformed: fix the input and retry
    NotFound,     // the person, conversation or file named does not exist
    Conflict,     // the thing already exists or the state does not allow the operation
    Forbidden,    // the acting profile may not do this
    TooLarge,     // an attachment over the size limit
    Io,           // the file system refused (permissions, disk full)
    Storage,      // the database refused; the transaction was rolled back
};

struct Error
{
    ErrorCode code = ErrorCode::Storage;
    QString message;
};

// A value or an Error. Core operations return this instead of throwing so that every caller
// has to look at the failure, and so that failures cross the future network backend unchanged.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    // Reading the value of a failed result is a programming error: it stops the program with
    // the failure's message instead of reading an empty optional (undefined behaviour).
    const T &value() const & { return *checked(); }
    T &value() & { return *checked(); }
    T &&value() && { return std::move(*checked()); }
    const T &operator*() const { return *checked(); }
    T &operator*() { return *checked(); }
    const T *operator->() const { return &*checked(); }
    T *operator->() { return &*checked(); }
    const Error &error() const { return m_error; }
    T value_or(T fallback) const { return m_value ? *m_value : std::move(fallback); }

private:
    const std::optional<T> &checked() const
    {
        if (!m_value)
            qFatal("carillon: the value of a failed result was read (%s)",
                   qPrintable(m_error.message));
        return m_value;
    }
    std::optional<T> &checked()
    {
        std::as_const(*this).checked();
        return m_value;
    }

    std::optional<T> m_value;
    Error m_error;
};

// Result of an operation that has nothing to return but may fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)), m_failed(true) {}
    template <typename T> Status(const Result<T> &other)
    {
        if (!other.ok()) {
            m_error = other.error();
            m_failed = true;
        }
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace carillon
