#include "core/SessionStore.h"

#include "core/AccountStore.h"
#include "core/ChangeFeed.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/EnumNames.h"
#include "core/SecureRandom.h"

#include <QCryptographicHash>
#include <QUuid>

namespace carillon {

namespace {
QString tokenHash(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

constexpr EnumName<RevokeReason> kReasons[] = {
    {RevokeReason::SignedOut, "signed-out"},
    {RevokeReason::ProfileDeleted, "profile-deleted"},
    {RevokeReason::DeletedByOrganisation, "deleted-by-organisation"},
    {RevokeReason::DataReset, "data-reset"},
};
} // namespace

QString toString(RevokeReason reason)
{
    return nameOf(kReasons, reason);
}

bool fromString(const QString &text, RevokeReason *reason)
{
    return valueOf(kReasons, text, reason);
}

Result<SessionGrant> SessionStore::signIn(const QString &email, const QString &password,
                                          const QString &device)
{
    auto identity = m_accounts.verifyPassword(email, password);
    if (!identity)
        return identity.error();
    return signInVerified(*identity, device);
}

Result<SessionGrant> SessionStore::signInVerified(const Identity &identity, const QString &device)
{
    return openSession(identity.id, device);
}

Result<SessionGrant> SessionStore::openSession(qint64 identityId, const QString &device)
{
    SessionGrant grant;
    Status s = m_ctx.db.transaction([&]() -> Status {
        auto profile = m_accounts.ensureProfile(identityId);
        if (!profile)
            return profile.error();
        grant.profile = *profile;
        grant.sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        grant.token = SecureRandom::token(32);
        const qint64 now = m_ctx.clock.nowMs();
        auto q = m_ctx.db.exec(
            QStringLiteral("INSERT INTO sessions (id, identity_id, profile_id, "
                           "device, token_hash, created_at, last_seen_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {grant.sessionId, identityId, profile->id, device, tokenHash(grant.token), now, now});
        if (!q)
            return q.error();
        m_ctx.feed.record(Topic::Session, profile->id);
        return {};
    });
    if (!s)
        return s.error();
    return grant;
}

Result<SessionGrant> SessionStore::resume(const QString &token, const QString &device)
{
    auto q = m_ctx.db.exec(QStringLiteral("SELECT id, identity_id FROM sessions WHERE token_hash = "
                                          "? AND revoked_at IS NULL AND profile_id IS NOT NULL"),
                           {tokenHash(token)});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::Forbidden,
                     tr("The saved sign-in is no longer valid. Sign in with your password.")};
    const QString oldId = q->value(0).toString();
    const qint64 identityId = q->value(1).toLongLong();
    q->finish();
    // Rotate: the remembered token opens a fresh session and the old one ends.
    Result<SessionGrant> grant = Error{};
    Status s = m_ctx.db.transaction([&]() -> Status {
        if (Status r = revoke(oldId, RevokeReason::SignedOut); !r)
            return r;
        grant = openSession(identityId, device);
        return Status(grant);
    });
    if (!s)
        return s.error();
    return grant;
}

Result<qint64> SessionStore::profileForToken(const QString &token) const
{
    auto owner = ownerOfToken(token);
    if (!owner)
        return owner.error();
    return owner->profileId;
}

Result<SessionStore::TokenOwner> SessionStore::ownerOfToken(const QString &token) const
{
    auto q = m_ctx.db.exec(QStringLiteral("SELECT id, profile_id FROM sessions WHERE "
                                          "token_hash = ? AND revoked_at IS NULL AND "
                                          "profile_id IS NOT NULL"),
                           {tokenHash(token)});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::Forbidden, tr("This session has ended. Sign in again.")};
    return TokenOwner{q->value(0).toString(), q->value(1).toLongLong()};
}

SessionState SessionStore::state(const QString &sessionId) const
{
    auto q = m_ctx.db.exec(QStringLiteral("SELECT revoked_at, revoke_reason, profile_id FROM "
                                          "sessions WHERE id = ?"),
                           {sessionId});
    if (!q)
        return {true, RevokeReason::SignedOut}; // a busy moment is not a sign-out
    if (!q->next())
        return {false, RevokeReason::DataReset};
    if (q->value(0).isNull() && !q->value(2).isNull())
        return {true, RevokeReason::SignedOut};
    // A reason written by a newer version reads as the profile having gone.
    RevokeReason reason = RevokeReason::ProfileDeleted;
    valueOf(kReasons, q->value(1).toString(), &reason);
    return {false, reason};
}

Status SessionStore::revoke(const QString &sessionId, RevokeReason reason)
{
    return m_ctx.db.transaction([&]() -> Status {
        auto profile = m_ctx.db.scalar(
            QStringLiteral("SELECT profile_id FROM sessions WHERE id = ?"), {sessionId});
        if (!profile)
            return profile.error();
        auto q = m_ctx.db.exec(QStringLiteral("UPDATE sessions SET revoked_at = ?, revoke_reason "
                                              "= ? WHERE id = ? AND revoked_at IS NULL"),
                               {m_ctx.clock.nowMs(), toString(reason), sessionId});
        if (!q)
            return q.error();
        m_ctx.feed.record(Topic::Session, profile->toLongLong());
        return {};
    });
}

Result<int> SessionStore::revokeAll(qint64 profileId, RevokeReason reason)
{
    int count = 0;
    Status s = m_ctx.db.transaction([&]() -> Status {
        auto q = m_ctx.db.exec(QStringLiteral("UPDATE sessions SET revoked_at = ?, revoke_reason "
                                              "= ? WHERE profile_id = ? AND revoked_at IS NULL"),
                               {m_ctx.clock.nowMs(), toString(reason), profileId});
        if (!q)
            return q.error();
        count = q->numRowsAffected();
        m_ctx.feed.record(Topic::Session, profileId);
        return {};
    });
    if (!s)
        return s.error();
    return count;
}

Result<int> SessionStore::activeCount(qint64 profileId) const
{
    auto v = m_ctx.db.scalar(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE profile_id = ? "
                                            "AND revoked_at IS NULL"),
                             {profileId});
    if (!v)
        return v.error();
    return v->toInt();
}

} // namespace carillon
