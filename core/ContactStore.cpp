#include "core/ContactStore.h"

#include "core/AccountStore.h"
#include "core/ChangeFeed.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Email.h"

#include <QSqlQuery>

namespace carillon {

Result<QString> ContactStore::emailOf(qint64 profileId) const
{
    auto p = m_accounts.profile(profileId);
    if (!p)
        return p.error();
    return p->email;
}

Status ContactStore::addContact(qint64 ownerId, qint64 contactId)
{
    auto exists = isContact(ownerId, contactId);
    if (!exists)
        return exists.error();
    if (*exists)
        return {};
    auto q = m_ctx.db.exec(QStringLiteral("INSERT INTO contacts (owner_id, contact_id, created_at) "
                                          "VALUES (?, ?, ?)"),
                           {ownerId, contactId, m_ctx.clock.nowMs()});
    if (!q)
        return q.error();
    m_ctx.feed.record(Topic::Contact, ownerId);
    return {};
}

Result<bool> ContactStore::isContact(qint64 ownerId, qint64 contactId) const
{
    auto v = m_ctx.db.scalar(
        QStringLiteral("SELECT 1 FROM contacts WHERE owner_id = ? AND contact_id = ?"),
        {ownerId, contactId});
    if (!v)
        return v.error();
    return v->isValid();
}

Result<InviteOutcome> ContactStore::invite(qint64 fromProfileId, const QString &email)
{
    auto address = normalizeEmail(email);
    if (!address)
        return address.error();
    auto myEmail = emailOf(fromProfileId);
    if (!myEmail)
        return myEmail.error();
    if (*myEmail == *address)
        return Error{ErrorCode::InvalidInput, tr("That is your own address. Invite someone else.")};

    InviteOutcome outcome = InviteOutcome::InvitationSent;
    Status s = m_ctx.db.transaction([&]() -> Status {
        const qint64 now = m_ctx.clock.nowMs();
        auto target = m_accounts.profileByEmail(*address);
        if (!target && target.error().code != ErrorCode::NotFound)
            return target.error();
        if (target) {
            auto already = isContact(fromProfileId, target->id);
            if (!already)
                return already.error();
            if (*already) {
                outcome = InviteOutcome::AlreadyContact;
                return {};
            }
            if (Status a = addContact(fromProfileId, target->id); !a)
                return a;
            // They invited us first, or it is the assistant (which accepts everyone): mutual.
            auto theirs = m_ctx.db.scalar(QStringLiteral("SELECT id FROM invitations WHERE "
                                                         "from_id = ? AND to_email = ? AND "
                                                         "state = 'pending'"),
                                          {target->id, *myEmail});
            if (!theirs)
                return theirs.error();
            if (theirs->isValid() || target->kind == ProfileKind::Assistant) {
                if (theirs->isValid()) {
                    auto u = m_ctx.db.exec(QStringLiteral("UPDATE invitations SET state = "
                                                          "'accepted', answered_at = ? WHERE "
                                                          "id = ?"),
                                           {now, *theirs});
                    if (!u)
                        return u.error();
                }
                outcome = InviteOutcome::AddedMutual;
                return addContact(target->id, fromProfileId);
            }
            auto theyHaveUs = isContact(target->id, fromProfileId);
            if (!theyHaveUs)
                return theyHaveUs.error();
            if (*theyHaveUs) {
                outcome = InviteOutcome::AddedMutual; // they added us earlier: nothing to ask
                return {};
            }
            outcome = InviteOutcome::Added;
        }
        auto q =
            m_ctx.db.exec(QStringLiteral("INSERT INTO invitations (from_id, to_email, state, "
                                         "created_at) VALUES (?, ?, 'pending', ?) "
                                         "ON CONFLICT (from_id, to_email) DO UPDATE SET "
                                         "state = 'pending', created_at = excluded.created_at"),
                          {fromProfileId, *address, now});
        if (!q)
            return q.error();
        m_ctx.feed.record(Topic::Contact, fromProfileId);
        return {};
    });
    if (!s)
        return s.error();
    return outcome;
}

Status ContactStore::accept(qint64 profileId, const QString &fromEmail)
{
    return answer(profileId, fromEmail, true);
}

Status ContactStore::decline(qint64 profileId, const QString &fromEmail)
{
    return answer(profileId, fromEmail, false);
}

Status ContactStore::answer(qint64 profileId, const QString &fromEmail, bool accepted)
{
    auto from = m_accounts.profileByEmail(fromEmail);
    if (!from)
        return from.error();
    auto myEmail = emailOf(profileId);
    if (!myEmail)
        return myEmail.error();
    return m_ctx.db.transaction([&]() -> Status {
        auto q = m_ctx.db.exec(QStringLiteral("UPDATE invitations SET state = ?, answered_at = ? "
                                              "WHERE from_id = ? AND to_email = ? AND state = "
                                              "'pending'"),
                               {accepted ? QStringLiteral("accepted") : QStringLiteral("declined"),
                                m_ctx.clock.nowMs(), from->id, *myEmail});
        if (!q)
            return q.error();
        if (q->numRowsAffected() == 0)
            return Error{ErrorCode::NotFound,
                         tr("There is no open invitation from %1.").arg(from->email)};
        if (!accepted) {
            m_ctx.feed.record(Topic::Contact, profileId);
            return {};
        }
        if (Status a = addContact(profileId, from->id); !a)
            return a;
        return addContact(from->id, profileId);
    });
}

Status ContactStore::remove(qint64 profileId, qint64 contactId)
{
    return m_ctx.db.transaction([&]() -> Status {
        auto q = m_ctx.db.exec(
            QStringLiteral("DELETE FROM contacts WHERE owner_id = ? AND contact_id = ?"),
            {profileId, contactId});
        if (!q)
            return q.error();
        m_ctx.feed.record(Topic::Contact, profileId);
        return {};
    });
}

Result<QList<Contact>> ContactStore::contacts(qint64 profileId) const
{
    auto q = m_ctx.db.exec(
        QStringLiteral("SELECT %1, EXISTS (SELECT 1 FROM contacts r WHERE r.owner_id = "
                       "c.contact_id AND r.contact_id = c.owner_id) FROM contacts c JOIN profiles "
                       "p ON p.id = c.contact_id WHERE c.owner_id = ? ORDER BY p.display_name")
            .arg(AccountStore::profileColumns(QStringLiteral("p"))),
        {profileId});
    if (!q)
        return q.error();
    QList<Contact> list;
    while (q->next())
        list.append({AccountStore::profileFromRow(*q), q->value(6).toBool()});
    return list;
}

Result<QList<Invitation>> ContactStore::pendingInvitations(qint64 profileId) const
{
    auto myEmail = emailOf(profileId);
    if (!myEmail)
        return myEmail.error();
    auto q = m_ctx.db.exec(
        QStringLiteral("SELECT i.id, i.to_email, i.created_at, %1 FROM invitations i JOIN "
                       "profiles p ON p.id = i.from_id WHERE i.to_email = ? AND i.state = "
                       "'pending' ORDER BY i.created_at")
            .arg(AccountStore::profileColumns(QStringLiteral("p"))),
        {*myEmail});
    if (!q)
        return q.error();
    QList<Invitation> list;
    while (q->next()) {
        list.append({q->value(0).toLongLong(), AccountStore::profileFromRow(*q, 3),
                     q->value(1).toString(), q->value(2).toLongLong()});
    }
    return list;
}

} // namespace carillon
