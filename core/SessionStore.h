#pragma once

#include "core/Result.h"
#include "core/StoreContext.h"
#include "core/Types.h"

#include <QCoreApplication>

namespace carillon {

class AccountStore;

// One session per signed-in device (each running Carillon instance). A session is revoked,
// never silently dropped, so that the device can tell the person why it was signed out.
enum class RevokeReason
{
    SignedOut,
    ProfileDeleted,
    DeletedByOrganisation,
    DataReset
};
QString toString(RevokeReason reason);
bool fromString(const QString &text, RevokeReason *reason);

struct SessionGrant
{
    QString sessionId;
    QString token; // handed to the device once (for "remember me"); only its hash is stored
    Profile profile;
};

struct SessionState
{
    bool active = false;
    RevokeReason reason = RevokeReason::SignedOut; // meaningful when !active
};

class SessionStore
{
    Q_DECLARE_TR_FUNCTIONS(SessionStore)
public:
    SessionStore(StoreContext ctx, AccountStore &accounts) : m_ctx(ctx), m_accounts(accounts) {}

    // Verifies the password, links a profile (a new empty one after a deletion) and opens a
    // session for this device.
    Result<SessionGrant> signIn(const QString &email, const QString &password,
                                const QString &device);
    // The second half of signIn(), for an identity AccountStore::verifyPassword() has just
    // accepted (the window checks the password on a worker thread, then opens the session on
    // its own).
    Result<SessionGrant> signInVerified(const Identity &identity, const QString &device);
    // Opens a session without a password: the demo account picker and the command line, which
    // act on a local data folder the person already controls.
    Result<SessionGrant> openSession(qint64 identityId, const QString &device);
    Result<SessionGrant> resume(const QString &token, const QString &device);
    // The profile whose active session holds this token, without rotating it: for requests
    // that carry the token beside the device's connection (the server's attachment downloads).
    // Forbidden when no active session holds it.
    Result<qint64> profileForToken(const QString &token) const;
    // The same, with the session's id: uploads belong to the session that made them.
    struct TokenOwner
    {
        QString sessionId;
        qint64 profileId = 0;
    };
    Result<TokenOwner> ownerOfToken(const QString &token) const;

    SessionState state(const QString &sessionId) const;
    Status revoke(const QString &sessionId, RevokeReason reason);
    // Signs the profile out everywhere; returns how many sessions were active.
    Result<int> revokeAll(qint64 profileId, RevokeReason reason);
    Result<int> activeCount(qint64 profileId) const;

private:
    StoreContext m_ctx;
    AccountStore &m_accounts;
};

} // namespace carillon
