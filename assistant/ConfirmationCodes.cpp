#include "assistant/ConfirmationCodes.h"

#include "assistant/CommandParser.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/SecureRandom.h"

#include <QCryptographicHash>

#include <algorithm>

namespace carillon {

QByteArray ConfirmationCodes::digest(qint64 profileId, AssistantCommand command,
                                     const QString &code)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(profileId));
    hash.addData(QByteArrayView(":"));
    hash.addData(commandName(command).toLatin1());
    hash.addData(QByteArrayView(":"));
    hash.addData(code.toLatin1());
    return hash.result().toHex();
}

Result<ConfirmationCodes::Issued> ConfirmationCodes::issue(qint64 profileId,
                                                           AssistantCommand command)
{
    Issued issued{SecureRandom::crockford(CommandParser::kCodeLength),
                  m_clock.nowMs() + m_validityMs};
    auto q =
        m_db.exec(QStringLiteral("INSERT INTO assistant_codes (profile_id, command, code_hash, "
                                 "expires_at) VALUES (?, ?, ?, ?) ON CONFLICT (profile_id, "
                                 "command) DO UPDATE SET code_hash = excluded.code_hash, "
                                 "expires_at = excluded.expires_at"),
                  {profileId, commandName(command),
                   QString::fromLatin1(digest(profileId, command, issued.code)), issued.expiresAt});
    if (!q)
        return q.error();
    return issued;
}

Result<ConfirmationCodes::Check>
ConfirmationCodes::consume(qint64 profileId, AssistantCommand command, const QString &code)
{
    Check check = Check::NoCode;
    Status s = m_db.transaction([&]() -> Status {
        auto q = m_db.exec(QStringLiteral("SELECT code_hash, expires_at FROM assistant_codes WHERE "
                                          "profile_id = ? AND command = ?"),
                           {profileId, commandName(command)});
        if (!q)
            return q.error();
        if (!q->next())
            return {};
        const QByteArray stored = q->value(0).toString().toLatin1();
        const qint64 expiresAt = q->value(1).toLongLong();
        q->finish();
        const QString normalized = CommandParser::normalizeCode(code);
        const bool matches =
            SecureRandom::constantTimeEquals(digest(profileId, command, normalized), stored);
        check = m_clock.nowMs() >= expiresAt ? Check::Expired
                : matches                    ? Check::Valid
                                             : Check::Wrong;
        return Status(m_db.exec(
            QStringLiteral("DELETE FROM assistant_codes WHERE profile_id = ? AND command = ?"),
            {profileId, commandName(command)}));
    });
    if (!s)
        return s.error();
    return check;
}

Status ConfirmationCodes::noteWrong(qint64 identityId)
{
    const qint64 now = m_clock.nowMs();
    return m_db.transaction([&]() -> Status {
        // Only the window matters: older rows go as new ones come, so the table stays small.
        if (auto q = m_db.exec(QStringLiteral("DELETE FROM assistant_code_failures WHERE "
                                              "identity_id = ? AND failed_at <= ?"),
                               {identityId, now - kWrongCodeWindowMs});
            !q)
            return q.error();
        return Status(m_db.exec(QStringLiteral("INSERT INTO assistant_code_failures "
                                               "(identity_id, failed_at) VALUES (?, ?)"),
                                {identityId, now}));
    });
}

Result<qint64> ConfirmationCodes::lockedForMs(qint64 identityId) const
{
    const qint64 now = m_clock.nowMs();
    // The kMaxWrongCodes newest failures in the window: with that many, the oldest of them
    // leaving the window is when a try is allowed again.
    auto q = m_db.exec(QStringLiteral("SELECT failed_at FROM assistant_code_failures WHERE "
                                      "identity_id = ? AND failed_at > ? ORDER BY failed_at "
                                      "DESC LIMIT %1")
                           .arg(kMaxWrongCodes),
                       {identityId, now - kWrongCodeWindowMs});
    if (!q)
        return q.error();
    int count = 0;
    qint64 oldest = 0;
    while (q->next()) {
        ++count;
        oldest = q->value(0).toLongLong();
    }
    if (count < kMaxWrongCodes)
        return qint64(0);
    return std::max<qint64>(1, oldest + kWrongCodeWindowMs - now);
}

} // namespace carillon
