#pragma once

#include "core/Result.h"
#include "core/StoreContext.h"
#include "core/Types.h"

#include <QCoreApplication>

class QSqlQuery;

namespace carillon {

// Identities (the login: email + password) and the chat profiles linked to them. Deleting a
// profile keeps the identity; the next sign-in links it to a brand-new, empty profile.
class AccountStore
{
    Q_DECLARE_TR_FUNCTIONS(AccountStore)
public:
    // OWASP's figure for PBKDF2-HMAC-SHA256 (2023). Each hash records its own count; a hash
    // with fewer is replaced at the next successful sign-in.
    static constexpr int kPasswordIterations = 600'000;
    static constexpr int kMinPasswordLength = 8;

    explicit AccountStore(StoreContext ctx) : m_ctx(ctx) {}

    Result<Identity> createIdentity(const QString &email, const QString &name,
                                    const QString &password);
    // The identity and its profile in one transaction: on any failure neither exists.
    Result<Profile> createPerson(const QString &email, const QString &name,
                                 const QString &password);
    // Same, with a hash made by hashPassword() (the demo data set hashes its one password once).
    // The assistant's address is reserved: nobody may sign up with it.
    Result<Identity> createIdentityHashed(const QString &email, const QString &name,
                                          const QString &passwordHash);
    Result<Identity> identityByEmail(const QString &email) const;
    // Checks the password; neither the error nor the time taken reveals whether the address
    // exists (an unknown one is checked against a dummy hash of the same cost). A right
    // password whose hash is weaker than today's parameters is rehashed on the spot.
    // Slow by design (a few hundred milliseconds): the window calls it off its GUI thread.
    Result<Identity> verifyPassword(const QString &email, const QString &password);

    // The profile linked to the identity, creating an empty one when there is none.
    Result<Profile> ensureProfile(qint64 identityId);
    Result<Profile> profile(qint64 profileId) const;
    Result<Profile> profileByEmail(const QString &email) const;
    // The profile of a person who has signed in at least once, found by their address. Used by
    // every "as this person" entry point; the error says to create or sign in first. The
    // assistant is nobody's to act as: its address is refused.
    Result<Profile> personByEmail(const QString &email);
    Result<QList<Profile>> profiles() const;

    Result<Profile> assistant() const;
    Result<Profile> ensureAssistant(const QString &email, const QString &displayName);

    static QString hashPassword(const QString &password);
    static bool checkPassword(const QString &password, const QString &stored);
    // True when the stored hash was made with weaker parameters than hashPassword() uses now.
    static bool needsRehash(const QString &stored);
    static Profile profileFromRow(const QSqlQuery &q, int first = 0);
    static QString profileColumns(const QString &alias = {});

private:
    Status checkNotReserved(const QString &normalizedEmail) const;
    // What can be checked before the slow hash: the address, that it is not reserved, the
    // password's length.
    Status checkSignUp(const QString &email, const QString &password) const;

    StoreContext m_ctx;
};

} // namespace carillon
