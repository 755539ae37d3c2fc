#pragma once

#include "core/Result.h"
#include "core/StoreContext.h"
#include "core/Types.h"

#include <QCoreApplication>

namespace carillon {

class AccountStore;

// 1:1 chats (one per pair of people), group chats (a fixed set of people, no creator rights)
// and chat rooms (a creator who owns the room, members who join and leave).
class ConversationStore
{
    Q_DECLARE_TR_FUNCTIONS(ConversationStore)
public:
    static constexpr int kMaxTitleLength = 120;
    // Unread counts stop here; the UI shows "99+" beyond 99.
    static constexpr int kUnreadCap = 100;

    ConversationStore(StoreContext ctx, AccountStore &accounts) : m_ctx(ctx), m_accounts(accounts)
    {
    }

    // The 1:1 chat between the two profiles, created on first use.
    Result<Conversation> direct(qint64 profileId, qint64 otherId);
    Result<Conversation> createGroup(qint64 creatorId, const QString &title,
                                     const QList<qint64> &memberIds);
    Result<Conversation> createRoom(qint64 creatorId, const QString &title,
                                    const QList<qint64> &memberIds);
    Status addMember(qint64 conversationId, qint64 actorId, qint64 profileId);
    Status leave(qint64 conversationId, qint64 profileId);

    Result<Conversation> conversation(qint64 conversationId) const;
    Result<bool> isMember(qint64 conversationId, qint64 profileId) const;
    // Whether the two are together in at least one conversation.
    Result<bool> sharesConversation(qint64 profileId, qint64 otherId) const;
    // Conversations the profile is in, most recent activity first.
    Result<QList<ConversationSummary>> summaries(qint64 profileId) const;
    Status markRead(qint64 conversationId, qint64 profileId, qint64 upToMessageId);

private:
    static QString shownTitle(ConversationKind kind, const QString &stored, bool directKeyCleared);
    Result<Conversation> create(ConversationKind kind, qint64 creatorId, const QString &title,
                                QList<qint64> memberIds, const QString &directKey);

    StoreContext m_ctx;
    AccountStore &m_accounts;
};

} // namespace carillon
