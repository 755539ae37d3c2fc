// Fuzzes the assistant's command matcher: whatever a person types, parse() and normalizeCode()
// must not crash, and what they return must keep the promises of CommandParser.h.

#include "assistant/CommandParser.h"
#include "fuzz/FuzzCheck.h"

#include <QString>

#include <cstdint>

using namespace carillon;

using carillon::fuzz::check;

namespace {

bool isCodeShaped(const QString &code)
{
    static const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
    if (code.size() != CommandParser::kCodeLength)
        return false;
    for (const QChar c : code) {
        if (!alphabet.contains(c))
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    const QString code = CommandParser::normalizeCode(text);
    check(code.isEmpty() || isCodeShaped(code), "normalizeCode returns 8 code characters");
    check(code.isEmpty() || CommandParser::normalizeCode(code) == code,
          "normalizeCode is idempotent");

    const ParsedCommand parsed = CommandParser::parse(text);
    switch (parsed.kind) {
    case ParsedCommand::Kind::Unknown:
    case ParsedCommand::Kind::Help:
        check(!parsed.hasArgument() && !parsed.isCode, "Help and Unknown carry no argument");
        break;
    case ParsedCommand::Kind::GetAttachments:
    case ParsedCommand::Kind::DeleteMe:
        check(!parsed.isCode || isCodeShaped(parsed.argument), "a code has the shape of a code");
        check(!parsed.isCode || parsed.hasArgument(), "a code is an argument");
        if (parsed.isCode) {
            // The canonical spelling of the same command parses to the same thing.
            const QString canonical = (parsed.kind == ParsedCommand::Kind::DeleteMe
                                           ? QStringLiteral("Delete me ")
                                           : QStringLiteral("Get my attachments ")) +
                                      parsed.argument;
            const ParsedCommand again = CommandParser::parse(canonical);
            check(again.kind == parsed.kind && again.isCode && again.argument == parsed.argument,
                  "the canonical spelling of a command with a code parses the same");
        }
        break;
    }
    return 0;
}
