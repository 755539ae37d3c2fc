#include "core/OrgStore.h"

#include "core/ChangeFeed.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Email.h"
#include "core/ProfileEraser.h"
#include "core/SessionStore.h"

namespace carillon {

namespace {
Result<QString> cleanName(const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty() || trimmed.size() > 100)
        return Error{ErrorCode::InvalidInput,
                     OrgStore::tr("Give the account a name of 1 to 100 characters.")};
    return trimmed;
}
} // namespace

Status OrgStore::changed(qint64 subject)
{
    m_ctx.feed.record(Topic::Org, subject);
    return {};
}

Result<qint64> OrgStore::teamId(const QString &name) const
{
    auto id = m_ctx.db.scalar(QStringLiteral("SELECT id FROM teams WHERE LOWER(name) = LOWER(?)"),
                              {name.simplified()});
    if (!id)
        return id.error();
    if (!id->isValid())
        return Error{ErrorCode::NotFound,
                     tr("There is no Team named \"%1\". Check the name or create it first.")
                         .arg(name.simplified())};
    return id->toLongLong();
}

Result<qint64> OrgStore::enterpriseId(const QString &name) const
{
    auto id =
        m_ctx.db.scalar(QStringLiteral("SELECT id FROM enterprises WHERE LOWER(name) = LOWER(?)"),
                        {name.simplified()});
    if (!id)
        return id.error();
    if (!id->isValid())
        return Error{ErrorCode::NotFound,
                     tr("There is no Enterprise account named \"%1\". Check the name or create "
                        "it first.")
                         .arg(name.simplified())};
    return id->toLongLong();
}

Status OrgStore::createNamed(const char *table, const QString &name, const QString &taken)
{
    // Names are compared without regard to case: "Orbit Labs" and "orbit labs" are one account.
    const QString t = QLatin1String(table);
    return m_ctx.db.transaction([&]() -> Status {
        auto existing = m_ctx.db.scalar(
            QStringLiteral("SELECT id FROM %1 WHERE LOWER(name) = LOWER(?)").arg(t), {name});
        if (!existing)
            return existing.error();
        if (existing->isValid())
            return Error{ErrorCode::Conflict, taken};
        auto q =
            m_ctx.db.exec(QStringLiteral("INSERT INTO %1 (name, created_at) VALUES (?, ?)").arg(t),
                          {name, m_ctx.clock.nowMs()});
        if (!q)
            return q.error();
        return changed(q->lastInsertId().toLongLong());
    });
}

Result<Team> OrgStore::createTeam(const QString &name)
{
    auto clean = cleanName(name);
    if (!clean)
        return clean.error();
    if (Status s =
            createNamed("teams", *clean,
                        tr("A Team named \"%1\" already exists. Pick another name.").arg(*clean));
        !s)
        return s.error();
    return team(*clean);
}

Status OrgStore::inviteToTeam(const QString &teamName, const QString &email)
{
    auto id = teamId(teamName);
    if (!id)
        return id.error();
    auto address = normalizeEmail(email);
    if (!address)
        return address.error();
    return m_ctx.db.transaction([&]() -> Status {
        auto state = m_ctx.db.scalar(
            QStringLiteral("SELECT state FROM team_members WHERE team_id = ? AND email = ?"),
            {*id, *address});
        if (!state)
            return state.error();
        if (state->isValid())
            return Error{ErrorCode::Conflict, tr("%1 is already invited to or a member of this "
                                                 "Team.")
                                                  .arg(*address)};
        auto q = m_ctx.db.exec(QStringLiteral("INSERT INTO team_members (team_id, email, state, "
                                              "invited_at) VALUES (?, ?, 'invited', ?)"),
                               {*id, *address, m_ctx.clock.nowMs()});
        if (!q)
            return q.error();
        return changed(*id);
    });
}

Status OrgStore::acceptTeamInvitation(const QString &teamName, const QString &email)
{
    auto id = teamId(teamName);
    if (!id)
        return id.error();
    auto address = normalizeEmail(email);
    if (!address)
        return address.error();
    return m_ctx.db.transaction([&]() -> Status {
        auto q = m_ctx.db.exec(QStringLiteral("UPDATE team_members SET state = 'member', "
                                              "joined_at = ? WHERE team_id = ? AND email = ? "
                                              "AND state = 'invited'"),
                               {m_ctx.clock.nowMs(), *id, *address});
        if (!q)
            return q.error();
        if (q->numRowsAffected() == 0)
            return Error{ErrorCode::NotFound, tr("%1 has no open invitation to the Team \"%2\".")
                                                  .arg(*address, teamName.simplified())};
        return changed(*id);
    });
}

Status OrgStore::removeFromTeam(const QString &teamName, const QString &email)
{
    auto id = teamId(teamName);
    if (!id)
        return id.error();
    auto address = normalizeEmail(email);
    if (!address)
        return address.error();
    return m_ctx.db.transaction([&]() -> Status {
        auto q = m_ctx.db.exec(
            QStringLiteral("DELETE FROM team_members WHERE team_id = ? AND email = ?"),
            {*id, *address});
        if (!q)
            return q.error();
        if (q->numRowsAffected() == 0)
            return Error{ErrorCode::NotFound,
                         tr("%1 is not in the Team \"%2\".").arg(*address, teamName.simplified())};
        return changed(*id);
    });
}

Result<Team> OrgStore::team(const QString &name) const
{
    auto id = teamId(name);
    if (!id)
        return id.error();
    auto q = m_ctx.db.exec(QStringLiteral("SELECT email, state FROM team_members WHERE team_id = "
                                          "? ORDER BY email"),
                           {*id});
    if (!q)
        return q.error();
    auto stored = m_ctx.db.scalar(QStringLiteral("SELECT name FROM teams WHERE id = ?"), {*id});
    Team t{*id, stored ? stored->toString() : name.simplified(), {}};
    while (q->next())
        t.members.append(
            {q->value(0).toString(), q->value(1).toString() == QLatin1String("member")});
    return t;
}

Result<QList<Team>> OrgStore::teams() const
{
    auto q = m_ctx.db.exec(QStringLiteral("SELECT name FROM teams ORDER BY name"));
    if (!q)
        return q.error();
    QStringList names;
    while (q->next())
        names.append(q->value(0).toString());
    QList<Team> list;
    for (const QString &n : names) {
        auto t = team(n);
        if (!t)
            return t.error();
        list.append(*t);
    }
    return list;
}

Result<Enterprise> OrgStore::createEnterprise(const QString &name)
{
    auto clean = cleanName(name);
    if (!clean)
        return clean.error();
    if (Status s = createNamed("enterprises", *clean,
                               tr("An Enterprise account named \"%1\" already exists. Pick "
                                  "another name.")
                                   .arg(*clean));
        !s)
        return s.error();
    return enterprise(*clean);
}

Status OrgStore::claimDomain(const QString &enterpriseName, const QString &domain)
{
    auto id = enterpriseId(enterpriseName);
    if (!id)
        return id.error();
    auto clean = normalizeDomain(domain);
    if (!clean)
        return clean.error();
    return m_ctx.db.transaction([&]() -> Status {
        auto owner = m_ctx.db.scalar(
            QStringLiteral("SELECT e.name FROM enterprise_domains d JOIN enterprises e ON "
                           "e.id = d.enterprise_id WHERE d.domain = ?"),
            {*clean});
        if (!owner)
            return owner.error();
        if (owner->isValid())
            return Error{
                ErrorCode::Conflict,
                tr("The domain %1 is already claimed by \"%2\".").arg(*clean, owner->toString())};
        auto q = m_ctx.db.exec(QStringLiteral("INSERT INTO enterprise_domains (domain, "
                                              "enterprise_id, claimed_at) VALUES (?, ?, ?)"),
                               {*clean, *id, m_ctx.clock.nowMs()});
        if (!q)
            return q.error();
        // Everyone already in the domain is now managed by this account, and owned by it
        // (taken over from an Enterprise that claimed the domain before).
        auto owned = m_ctx.db.exec(QStringLiteral("INSERT INTO enterprise_owned (profile_id, "
                                                  "enterprise_id, since) SELECT id, ?, ? FROM "
                                                  "profiles WHERE kind = 'person' AND email LIKE "
                                                  "'%@' || ? ON CONFLICT (profile_id) DO UPDATE "
                                                  "SET enterprise_id = excluded.enterprise_id, "
                                                  "since = excluded.since"),
                                   {*id, m_ctx.clock.nowMs(), *clean});
        if (!owned)
            return owned.error();
        return changed(*id);
    });
}

Status OrgStore::unclaimDomain(const QString &enterpriseName, const QString &domain)
{
    auto id = enterpriseId(enterpriseName);
    if (!id)
        return id.error();
    auto clean = normalizeDomain(domain);
    if (!clean)
        return clean.error();
    return m_ctx.db.transaction([&]() -> Status {
        auto q = m_ctx.db.exec(QStringLiteral("DELETE FROM enterprise_domains WHERE domain = ? "
                                              "AND enterprise_id = ?"),
                               {*clean, *id});
        if (!q)
            return q.error();
        if (q->numRowsAffected() == 0)
            return Error{ErrorCode::NotFound, tr("\"%1\" has not claimed the domain %2.")
                                                  .arg(enterpriseName.simplified(), *clean)};
        return changed(*id);
    });
}

Result<int> OrgStore::deleteEnterprise(const QString &enterpriseName)
{
    auto id = enterpriseId(enterpriseName);
    if (!id)
        return id.error();
    int erased = 0;
    Status s = m_ctx.db.transaction([&]() -> Status {
        // The profiles it owns (see enterprise_owned in Migrations.cpp), whether or not it
        // still claims their domain, and anyone in a domain it claims now. Domains hold only
        // [a-z0-9.-], so they are safe inside a LIKE pattern.
        auto q = m_ctx.db.exec(QStringLiteral("SELECT profile_id FROM enterprise_owned WHERE "
                                              "enterprise_id = ? UNION SELECT p.id FROM profiles "
                                              "p JOIN enterprise_domains d ON p.email LIKE '%@' "
                                              "|| d.domain WHERE d.enterprise_id = ? AND p.kind "
                                              "= 'person'"),
                               {*id, *id});
        if (!q)
            return q.error();
        QList<qint64> victims;
        while (q->next())
            victims.append(q->value(0).toLongLong());
        q->finish();
        for (qint64 profileId : victims) {
            if (Status e = m_eraser.erase(profileId, RevokeReason::DeletedByOrganisation); !e)
                return e;
            ++erased;
        }
        auto del = m_ctx.db.exec(QStringLiteral("DELETE FROM enterprises WHERE id = ?"), {*id});
        if (!del)
            return del.error();
        return changed(*id);
    });
    if (!s)
        return s.error();
    return erased;
}

Result<Enterprise> OrgStore::enterprise(const QString &name) const
{
    auto id = enterpriseId(name);
    if (!id)
        return id.error();
    auto q = m_ctx.db.exec(QStringLiteral("SELECT domain FROM enterprise_domains WHERE "
                                          "enterprise_id = ? ORDER BY domain"),
                           {*id});
    if (!q)
        return q.error();
    auto stored =
        m_ctx.db.scalar(QStringLiteral("SELECT name FROM enterprises WHERE id = ?"), {*id});
    Enterprise e{*id, stored ? stored->toString() : name.simplified(), {}};
    while (q->next())
        e.domains.append(q->value(0).toString());
    return e;
}

Result<QList<Enterprise>> OrgStore::enterprises() const
{
    auto q = m_ctx.db.exec(QStringLiteral("SELECT name FROM enterprises ORDER BY name"));
    if (!q)
        return q.error();
    QStringList names;
    while (q->next())
        names.append(q->value(0).toString());
    QList<Enterprise> list;
    for (const QString &n : names) {
        auto e = enterprise(n);
        if (!e)
            return e.error();
        list.append(*e);
    }
    return list;
}

Result<Managed> OrgStore::managed(const QString &email) const
{
    auto address = normalizeEmail(email);
    if (!address)
        return address.error();
    auto ent = m_ctx.db.scalar(QStringLiteral("SELECT e.name FROM enterprise_domains d JOIN "
                                              "enterprises e ON e.id = d.enterprise_id WHERE "
                                              "d.domain = ?"),
                               {emailDomain(*address)});
    if (!ent)
        return ent.error();
    if (ent->isValid())
        return Managed{ManagedStatus::Enterprise, ent->toString()};
    auto team = m_ctx.db.scalar(QStringLiteral("SELECT t.name FROM team_members m JOIN teams t ON "
                                               "t.id = m.team_id WHERE m.email = ? AND m.state = "
                                               "'member' ORDER BY t.name"),
                                {*address});
    if (!team)
        return team.error();
    if (team->isValid())
        return Managed{ManagedStatus::Team, team->toString()};
    return Managed{};
}

} // namespace carillon
