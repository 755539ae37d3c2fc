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

    // Wrong codes are counted per sign-in identity in the store, so the limit holds across
    // every server process and survives Delete me: after kMaxWrongCodes within
    // kWrongCodeWindowMs, no code is issued or checked until the oldest of them leaves the
    // window. An 8-character code has 2^40 values; five guesses in ten minutes make guessing
    // hopeless even before a code's own 10 minutes run out.
    static constexpr int kMaxWrongCodes = 5;
    static constexpr qint64 kWrongCodeWindowMs = 10 * 60'000;
    Status noteWrong(qint64 identityId);
    // Milliseconds until the identity may send a code again; 0: now.
    Result<qint64> lockedForMs(qint64 identityId) const;

private:
    static QByteArray digest(qint64 profileId, AssistantCommand command, const QString &code);

    Database &m_db;
    const Clock &m_clock;
    qint64 m_validityMs;
};

} // namespace carillon
