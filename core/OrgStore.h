#pragma once

#include "core/Result.h"
#include "core/StoreContext.h"
#include "core/Types.h"

#include <QCoreApplication>

namespace carillon {

class ProfileEraser;

struct TeamMember
{
    QString email;
    bool accepted = false;
};

struct Team
{
    qint64 id = 0;
    QString name;
    QList<TeamMember> members;
};

struct Enterprise
{
    qint64 id = 0;
    QString name;
    QStringList domains;
};

// The administrators' side: Team accounts a person joins by accepting an invitation, and
// Enterprise accounts that claim email domains. A profile is managed while it is an accepted
// member of a Team or its address's domain is claimed; Enterprise wins when both apply.
class OrgStore
{
    Q_DECLARE_TR_FUNCTIONS(OrgStore)
public:
    OrgStore(StoreContext ctx, ProfileEraser &eraser) : m_ctx(ctx), m_eraser(eraser) {}

    Result<Team> createTeam(const QString &name);
    Status inviteToTeam(const QString &team, const QString &email);
    Status acceptTeamInvitation(const QString &team, const QString &email);
    Status removeFromTeam(const QString &team, const QString &email);
    Result<Team> team(const QString &name) const;
    Result<QList<Team>> teams() const;

    Result<Enterprise> createEnterprise(const QString &name);
    Status claimDomain(const QString &enterprise, const QString &domain);
    Status unclaimDomain(const QString &enterprise, const QString &domain);
    // Erases every profile the account owns, then removes the account. It owns the profiles it
    // managed through a claim: those in the domain when it claimed it and those created there
    // while it held the claim. Unclaiming does not end ownership (the refusal text promises
    // erasure on "release and delete"); only a later claim by another Enterprise takes it over.
    // People never managed by it are untouched. Returns how many profiles were erased.
    Result<int> deleteEnterprise(const QString &enterprise);
    Result<Enterprise> enterprise(const QString &name) const;
    Result<QList<Enterprise>> enterprises() const;

    Result<Managed> managed(const QString &email) const;

private:
    Result<qint64> teamId(const QString &name) const;
    Result<qint64> enterpriseId(const QString &name) const;
    Status changed(qint64 subject);
    Status createNamed(const char *table, const QString &name, const QString &taken);

    StoreContext m_ctx;
    ProfileEraser &m_eraser;
};

} // namespace carillon
