#pragma once

#include <QString>

#include <cstddef>

namespace carillon {

// How an enum is written as text (database columns, JSON payloads, settings): one table of
// {value, name} per enum, read both ways by the two functions below. Every enum that is stored
// as text uses this style, with `toString(E)` / `fromString(text, E *)` wrappers next to the
// enum; names never change once stored.
template <typename E> struct EnumName
{
    E value;
    const char *name;
};

// The stored name of `value`; empty when the table lacks it (a programming error).
template <typename E, std::size_t N> QString nameOf(const EnumName<E> (&table)[N], E value)
{
    for (const EnumName<E> &entry : table)
        if (entry.value == value)
            return QLatin1String(entry.name);
    return {};
}

// Sets `*out` to the value stored as `text`; false (and `*out` untouched) for a name the table
// does not know, so the caller chooses the fallback.
template <typename E, std::size_t N>
bool valueOf(const EnumName<E> (&table)[N], QStringView text, E *out)
{
    for (const EnumName<E> &entry : table) {
        if (text == QLatin1String(entry.name)) {
            *out = entry.value;
            return true;
        }
    }
    return false;
}

} // namespace carillon
