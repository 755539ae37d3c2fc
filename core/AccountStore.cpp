#include "core/AccountStore.h"

#include "core/ChangeFeed.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Email.h"
#include "core/FaultPoint.h"
#include "core/Pbkdf2.h"
#include "core/SecureRandom.h"

#include <QSqlQuery>

namespace carillon {

namespace {
const char *const kScheme = "pbkdf2-sha256";

Identity identityFromRow(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toLongLong()};
}
} // namespace

QString AccountStore::profileColumns(const QString &alias)
{
    const QString p = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    return QStringLiteral("%1id, %1identity_id, %1email, %1display_name, %1kind, %1created_at")
        .arg(p);
}

Profile AccountStore::profileFromRow(const QSqlQuery &q, int first)
{
    Profile p;
    p.id = q.value(first).toLongLong();
    p.identityId = q.value(first + 1).toLongLong();
    p.email = q.value(first + 2).toString();
    p.displayName = q.value(first + 3).toString();
    p.kind = ProfileKind::Person; // unless the row says otherwise
    fromString(q.value(first + 4).toString(), &p.kind);
    p.createdAt = q.value(first + 5).toLongLong();
    return p;
}

QString AccountStore::hashPassword(const QString &password)
{
    const QByteArray salt = SecureRandom::bytes(16);
    const QByteArray key = pbkdf2Sha256(password.toUtf8(), salt, kPasswordIterations, 32);
    return QStringLiteral("%1$%2$%3$%4")
        .arg(QLatin1String(kScheme))
        .arg(kPasswordIterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
}

bool AccountStore::needsRehash(const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    return parts.size() != 4 || parts[0] != QLatin1String(kScheme) ||
           parts[1].toInt() < kPasswordIterations;
}

bool AccountStore::checkPassword(const QString &password, const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != QLatin1String(kScheme))
        return false;
    const int iterations = parts[1].toInt();
    const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[3].toLatin1());
    if (iterations < 1 || expected.size() < 16)
        return false; // damaged: an empty key would match every password
    const QByteArray key = pbkdf2Sha256(password.toUtf8(), salt, iterations, int(expected.size()));
    return SecureRandom::constantTimeEquals(key, expected);
}

Result<Identity> AccountStore::createIdentity(const QString &email, const QString &name,
                                              const QString &password)
{
    if (Status s = checkSignUp(email, password); !s)
        return s.error(); // before the slow hash
    return createIdentityHashed(email, name, hashPassword(password));
}

Status AccountStore::checkSignUp(const QString &email, const QString &password) const
{
    auto normalized = normalizeEmail(email);
    if (!normalized)
        return normalized.error();
    if (Status reserved = checkNotReserved(*normalized); !reserved)
        return reserved;
    if (password.size() < kMinPasswordLength)
        return Error{ErrorCode::InvalidInput, tr("The password must have at least %n characters.",
                                                 nullptr, kMinPasswordLength)};
    return {};
}

Status AccountStore::checkNotReserved(const QString &normalizedEmail) const
{
    auto assistant = m_ctx.db.scalar(
        QStringLiteral("SELECT 1 FROM profiles WHERE email = ? AND kind = 'assistant'"),
        {normalizedEmail});
    if (!assistant)
        return assistant.error();
    if (assistant->isValid() || normalizedEmail == defaultAssistantEmail())
        return Error{ErrorCode::InvalidInput,
                     tr("%1 is the assistant's address and is reserved: nobody can sign up or "
                        "act with it. Use your own address.")
                         .arg(normalizedEmail)};
    return {};
}

Result<Profile> AccountStore::createPerson(const QString &email, const QString &name,
                                           const QString &password)
{
    if (Status s = checkSignUp(email, password); !s)
        return s.error(); // before the slow hash
    const QString hash = hashPassword(password);
    Result<Profile> created = Error{};
    Status s = m_ctx.db.transaction([&]() -> Status {
        auto identity = createIdentityHashed(email, name, hash);
        if (!identity)
            return identity.error();
        faultPoint("identity-before-profile");
        created = ensureProfile(identity->id);
        return Status(created);
    });
    if (!s)
        return s.error();
    return created;
}

Result<Identity> AccountStore::createIdentityHashed(const QString &email, const QString &name,
                                                    const QString &hash)
{
    auto normalized = normalizeEmail(email);
    if (!normalized)
        return normalized.error();
    const QString displayName =
        name.trimmed().isEmpty() ? normalized->section(QLatin1Char('@'), 0, 0) : name.trimmed();
    Identity created;
    Status s = m_ctx.db.transaction([&]() -> Status {
        if (Status reserved = checkNotReserved(*normalized); !reserved)
            return reserved;
        auto existing = m_ctx.db.scalar(QStringLiteral("SELECT id FROM identities WHERE email = ?"),
                                        {*normalized});
        if (!existing)
            return existing.error();
        if (existing->isValid())
            return Error{ErrorCode::Conflict, tr("An identity for %1 already exists. Sign in "
                                                 "with it instead.")
                                                  .arg(*normalized)};
        const qint64 now = m_ctx.clock.nowMs();
        auto q = m_ctx.db.exec(QStringLiteral("INSERT INTO identities (email, name, "
                                              "password_hash, created_at) VALUES (?, ?, ?, ?)"),
                               {*normalized, displayName, hash, now});
        if (!q)
            return q.error();
        created = {q->lastInsertId().toLongLong(), *normalized, displayName, now};
        return {};
    });
    if (!s)
        return s.error();
    return created;
}

Result<Identity> AccountStore::identityByEmail(const QString &email) const
{
    auto normalized = normalizeEmail(email);
    if (!normalized)
        return normalized.error();
    auto q = m_ctx.db.exec(QStringLiteral("SELECT id, email, name, created_at FROM identities "
                                          "WHERE email = ?"),
                           {*normalized});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound,
                     tr("There is no identity for %1. Create one first.").arg(*normalized)};
    return identityFromRow(*q);
}

Result<Identity> AccountStore::verifyPassword(const QString &email, const QString &password)
{
    const Error wrong{ErrorCode::Forbidden,
                      tr("The email address or password is not right. Check both and try again.")};
    auto normalized = normalizeEmail(email);
    if (!normalized)
        return normalized.error();
    auto q = m_ctx.db.exec(QStringLiteral("SELECT id, email, name, created_at, password_hash FROM "
                                          "identities WHERE email = ?"),
                           {*normalized});
    if (!q)
        return q.error();
    if (!q->next()) {
        // As long as a known address takes: the time must not tell who has an account.
        // A fixed dummy hash of today's cost: made once, it would double the first check.
        static const QString dummy =
            QStringLiteral(
                "%1$%2$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
                .arg(QLatin1String(kScheme))
                .arg(kPasswordIterations);
        checkPassword(password, dummy);
        return wrong;
    }
    const Identity identity = identityFromRow(*q);
    const QString stored = q->value(4).toString();
    q->finish();
    if (!checkPassword(password, stored))
        return wrong;
    if (needsRehash(stored)) {
        // Only now is the password at hand to hash again with today's parameters. A failure
        // leaves the old hash, which still works: the next sign-in tries again.
        const QString fresh = hashPassword(password);
        if (auto r = m_ctx.db.exec(QStringLiteral("UPDATE identities SET password_hash = ? "
                                                  "WHERE id = ? AND password_hash = ?"),
                                   {fresh, identity.id, stored});
            !r)
            qWarning("could not rehash a password: %s", qPrintable(r.error().message));
    }
    return identity;
}

Result<Profile> AccountStore::ensureProfile(qint64 identityId)
{
    Profile result;
    Status s = m_ctx.db.transaction([&]() -> Status {
        auto q = m_ctx.db.exec(
            QStringLiteral("SELECT %1 FROM profiles WHERE identity_id = ?").arg(profileColumns()),
            {identityId});
        if (!q)
            return q.error();
        if (q->next()) {
            result = profileFromRow(*q);
            return {};
        }
        auto identity = m_ctx.db.exec(
            QStringLiteral("SELECT email, name FROM identities WHERE id = ?"), {identityId});
        if (!identity)
            return identity.error();
        if (!identity->next())
            return Error{ErrorCode::NotFound, tr("That identity no longer exists.")};
        const QString email = identity->value(0).toString();
        const QString name = identity->value(1).toString();
        const qint64 now = m_ctx.clock.nowMs();
        auto insert = m_ctx.db.exec(QStringLiteral("INSERT INTO profiles (identity_id, email, "
                                                   "display_name, kind, created_at) "
                                                   "VALUES (?, ?, ?, 'person', ?)"),
                                    {identityId, email, name, now});
        if (!insert)
            return insert.error();
        result = {
            insert->lastInsertId().toLongLong(), identityId, email, name, ProfileKind::Person, now};
        m_ctx.feed.record(Topic::Profile, result.id);
        return {};
    });
    if (!s)
        return s.error();
    return result;
}

Result<Profile> AccountStore::profile(qint64 profileId) const
{
    auto q = m_ctx.db.exec(
        QStringLiteral("SELECT %1 FROM profiles WHERE id = ?").arg(profileColumns()), {profileId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, tr("That person's profile no longer exists.")};
    return profileFromRow(*q);
}

Result<Profile> AccountStore::profileByEmail(const QString &email) const
{
    auto normalized = normalizeEmail(email);
    if (!normalized)
        return normalized.error();
    auto q = m_ctx.db.exec(
        QStringLiteral("SELECT %1 FROM profiles WHERE email = ?").arg(profileColumns()),
        {*normalized});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, tr("Nobody with the address %1 uses Carillon yet. Check "
                                             "the address, or invite them.")
                                              .arg(*normalized)};
    return profileFromRow(*q);
}

Result<Profile> AccountStore::personByEmail(const QString &email)
{
    auto found = profileByEmail(email);
    if (found && found->kind == ProfileKind::Assistant)
        return Error{ErrorCode::InvalidInput,
                     tr("Nobody can act as the assistant (%1): only Carillon speaks for it. Act "
                        "as a person instead.")
                         .arg(found->email)};
    if (found || found.error().code != ErrorCode::NotFound)
        return found;
    // An identity that has not signed in since its profile was deleted gets its new profile
    // now, exactly as a sign-in would give it.
    auto identity = identityByEmail(email);
    if (!identity)
        return identity.error();
    return ensureProfile(identity->id);
}

Result<QList<Profile>> AccountStore::profiles() const
{
    auto q = m_ctx.db.exec(QStringLiteral("SELECT %1 FROM profiles ORDER BY display_name, email")
                               .arg(profileColumns()));
    if (!q)
        return q.error();
    QList<Profile> list;
    while (q->next())
        list.append(profileFromRow(*q));
    return list;
}

Result<Profile> AccountStore::assistant() const
{
    auto q = m_ctx.db.exec(
        QStringLiteral("SELECT %1 FROM profiles WHERE kind = 'assistant'").arg(profileColumns()));
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, tr("The assistant is not set up in this data folder.")};
    return profileFromRow(*q);
}

Result<Profile> AccountStore::ensureAssistant(const QString &email, const QString &displayName)
{
    auto normalized = normalizeEmail(email);
    if (!normalized)
        return normalized.error();
    // Every start asks; only a change (or a new folder) needs the write lock.
    if (auto current = assistant();
        current && current->email == *normalized && current->displayName == displayName)
        return current;
    Status s = m_ctx.db.transaction([&]() -> Status {
        auto existing =
            m_ctx.db.scalar(QStringLiteral("SELECT id FROM profiles WHERE kind = 'assistant'"));
        if (!existing)
            return existing.error();
        if (existing->isValid())
            return Status(m_ctx.db.exec(
                QStringLiteral("UPDATE profiles SET email = ?, display_name = ? WHERE id = ? "
                               "AND (email <> ? OR display_name <> ?)"),
                {*normalized, displayName, *existing, *normalized, displayName}));
        return Status(m_ctx.db.exec(QStringLiteral("INSERT INTO profiles (identity_id, email, "
                                                   "display_name, kind, created_at) "
                                                   "VALUES (NULL, ?, ?, 'assistant', ?)"),
                                    {*normalized, displayName, m_ctx.clock.nowMs()}));
    });
    if (!s)
        return s.error();
    return assistant();
}

} // namespace carillon
