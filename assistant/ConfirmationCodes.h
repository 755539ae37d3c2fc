#pragma once

#include "core/AssistantPayloads.h"
#include "core/Result.h"

namespace carillon {

class Clock;
class Database;

// One active confirmation code per (profile, command). Codes are 8 characters of Crockford's
// base32 from the system's secure generator. The store keeps only a SHA-256 bound to the profile
// and the command, so a code never confirms another person's or another command's request, and
// no code can be read back from the database or a log.
class ConfirmationCodes
{
public:
    static constexpr qint64 kDefaultValidityMs = 10 * 60'000;

    struct Issued
    {
        QString code;
        qint64 expiresAt = 0;
    };
    enum class Check
    {
        Valid,
        Wrong,
        Expired,
        NoCode
    };

    ConfirmationCodes(Database &db, const Clock &clock, qint64 validityMs = kDefaultValidityMs)
        : m_db(db), m_clock(clock), m_validityMs(validityMs)
    {
    }

    // Replaces any active code for the pair.
    Result<Issued> issue(qint64 profileId, AssistantCommand command);
    // Checks and always voids the active code: a valid code is used up, a wrong or late one
    // stops working (the caller then issues a new one).
    Result<Check> consume(qint64 profileId, AssistantCommand command, const QString &code);

private:
    static QByteArray digest(qint64 profileId, AssistantCommand command, const QString &code);

    Database &m_db;
    const Clock &m_clock;
    qint64 m_validityMs;
};

} // namespace carillon
