#pragma once

#include "core/AssistantPayloads.h"

#include <QString>

namespace carillon {

// What a person typed to the assistant, after forgiving normalisation: case, surrounding and
// repeated white space (non-breaking spaces included), wrapping straight or curly quotes and
// trailing '.'/'!' do not matter; a code may follow the command with or without a space.
struct ParsedCommand
{
    enum class Kind
    {
        Unknown,
        Help,
        GetAttachments,
        DeleteMe
    };
    Kind kind = Kind::Unknown;
    // After GetAttachments/DeleteMe: empty for the bare command; otherwise what followed it,
    // upper-cased. isCode tells whether it has the shape of a code (8 characters of the code
    // alphabet); anything else is an attempt that cannot match.
    QString argument;
    bool isCode = false;

    bool hasArgument() const { return !argument.isEmpty(); }
    AssistantCommand command() const
    {
        return kind == Kind::DeleteMe ? AssistantCommand::DeleteMe
                                      : AssistantCommand::GetAttachments;
    }
};

namespace CommandParser {
constexpr int kCodeLength = 8;
ParsedCommand parse(const QString &text);
// Upper-cases and maps the look-alikes Crockford's base32 allows (O→0, I/L→1). Empty when the
// text is not a code.
QString normalizeCode(const QString &text);
} // namespace CommandParser

} // namespace carillon
