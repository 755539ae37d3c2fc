#pragma once

#include "core/Result.h"
#include "core/StoreContext.h"
#include "core/Types.h"

#include <QCoreApplication>

namespace carillon {

class AccountStore;

enum class InviteOutcome
{
    Added,          // they use Carillon: added to your contacts, and they were invited back
    AddedMutual,    // they had invited you (or are the assistant): now contacts both ways
    AlreadyContact, // nothing to do
    InvitationSent, // nobody uses that address yet: the invitation waits for them
};

// Contacts and invitations by email address. Inviting someone who uses Carillon adds them to
// your contacts at once and asks them to add you back; accepting makes it mutual.
class ContactStore
{
    Q_DECLARE_TR_FUNCTIONS(ContactStore)
public:
    ContactStore(StoreContext ctx, AccountStore &accounts) : m_ctx(ctx), m_accounts(accounts) {}

    Result<InviteOutcome> invite(qint64 fromProfileId, const QString &email);
    // Accepts the invitation from fromEmail to the profile's address.
    Status accept(qint64 profileId, const QString &fromEmail);
    Status decline(qint64 profileId, const QString &fromEmail);
    Status remove(qint64 profileId, qint64 contactId);

    Result<QList<Contact>> contacts(qint64 profileId) const;
    Result<QList<Invitation>> pendingInvitations(qint64 profileId) const;
    Result<bool> isContact(qint64 ownerId, qint64 contactId) const;

private:
    Status addContact(qint64 ownerId, qint64 contactId);
    Status answer(qint64 profileId, const QString &fromEmail, bool accepted);
    Result<QString> emailOf(qint64 profileId) const;

    StoreContext m_ctx;
    AccountStore &m_accounts;
};

} // namespace carillon
