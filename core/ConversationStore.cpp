#include "core/ConversationStore.h"

#include "core/AccountStore.h"
#include "core/ChangeFeed.h"
#include "core/Clock.h"
#include "core/Database.h"

#include <QSqlQuery>

namespace carillon {

Result<Conversation> ConversationStore::direct(qint64 profileId, qint64 otherId)
{
    if (profileId == otherId)
        return Error{ErrorCode::InvalidInput,
                     tr("You cannot start a 1:1 chat with yourself. Pick someone else.")};
    const QString key =
        QStringLiteral("%1:%2").arg(qMin(profileId, otherId)).arg(qMax(profileId, otherId));
    auto existing =
        m_ctx.db.scalar(QStringLiteral("SELECT id FROM conversations WHERE direct_key = ?"), {key});
    if (!existing)
        return existing.error();
    if (existing->isValid())
        return conversation(existing->toLongLong());
    return create(ConversationKind::Direct, profileId, QString(), {profileId, otherId}, key);
}

Result<Conversation> ConversationStore::createGroup(qint64 creatorId, const QString &title,
                                                    const QList<qint64> &memberIds)
{
    // Count distinct people: {bob, bob} is one other person, not two.
    QList<qint64> members;
    for (qint64 id : memberIds) {
        if (id != creatorId && !members.contains(id))
            members.append(id);
    }
    if (members.size() < 2)
        return Error{ErrorCode::InvalidInput,
                     tr("A group chat needs at least two other people. For one person, start a "
                        "1:1 chat.")};
    return create(ConversationKind::Group, creatorId, title, memberIds, QString());
}

Result<Conversation> ConversationStore::createRoom(qint64 creatorId, const QString &title,
                                                   const QList<qint64> &memberIds)
{
    if (title.simplified().isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Give the chat room a name.")};
    return create(ConversationKind::Room, creatorId, title, memberIds, QString());
}

Result<Conversation> ConversationStore::create(ConversationKind kind, qint64 creatorId,
                                               const QString &title, QList<qint64> memberIds,
                                               const QString &directKey)
{
    const QString clean = title.simplified();
    if (clean.size() > kMaxTitleLength)
        return Error{ErrorCode::InvalidInput, tr("The name is too long: use at most %n characters.",
                                                 nullptr, kMaxTitleLength)};
    if (!memberIds.contains(creatorId))
        memberIds.prepend(creatorId);
    qint64 id = 0;
    Status s = m_ctx.db.transaction([&]() -> Status {
        for (qint64 member : std::as_const(memberIds)) {
            if (auto p = m_accounts.profile(member); !p)
                return p.error();
        }
        const qint64 now = m_ctx.clock.nowMs();
        auto q =
            m_ctx.db.exec(QStringLiteral("INSERT INTO conversations (kind, title, creator_id, "
                                         "direct_key, created_at) VALUES (?, ?, ?, ?, ?)"),
                          {toString(kind), clean.isEmpty() ? QStringLiteral("") : clean, creatorId,
                           directKey.isEmpty() ? QVariant() : QVariant(directKey), now});
        if (!q)
            return q.error();
        id = q->lastInsertId().toLongLong();
        QList<qint64> added;
        for (qint64 member : std::as_const(memberIds)) {
            if (added.contains(member))
                continue;
            added.append(member);
            auto m = m_ctx.db.exec(QStringLiteral("INSERT INTO members (conversation_id, "
                                                  "profile_id, joined_at) VALUES (?, ?, ?)"),
                                   {id, member, now});
            if (!m)
                return m.error();
        }
        m_ctx.feed.record(Topic::Conversation, id);
        return {};
    });
    if (!s)
        return s.error();
    return conversation(id);
}

Status ConversationStore::addMember(qint64 conversationId, qint64 actorId, qint64 profileId)
{
    auto conv = conversation(conversationId);
    if (!conv)
        return conv.error();
    if (conv->kind == ConversationKind::Direct)
        return Error{ErrorCode::InvalidInput, tr("People cannot be added to a 1:1 chat. Start a "
                                                 "group chat instead.")};
    if (!conv->memberIds.contains(actorId))
        return Error{ErrorCode::Forbidden, tr("Only members can add people to this conversation.")};
    if (conv->memberIds.contains(profileId))
        return {};
    if (auto p = m_accounts.profile(profileId); !p)
        return p.error();
    return m_ctx.db.transaction([&]() -> Status {
        auto q = m_ctx.db.exec(QStringLiteral("INSERT INTO members (conversation_id, profile_id, "
                                              "joined_at) VALUES (?, ?, ?)"),
                               {conversationId, profileId, m_ctx.clock.nowMs()});
        if (!q)
            return q.error();
        m_ctx.feed.record(Topic::Conversation, conversationId);
        return {};
    });
}

Status ConversationStore::leave(qint64 conversationId, qint64 profileId)
{
    return m_ctx.db.transaction([&]() -> Status {
        auto q = m_ctx.db.exec(
            QStringLiteral("DELETE FROM members WHERE conversation_id = ? AND profile_id = ?"),
            {conversationId, profileId});
        if (!q)
            return q.error();
        if (q->numRowsAffected() == 0)
            return Error{ErrorCode::NotFound, tr("You are not in that conversation.")};
        m_ctx.feed.record(Topic::Conversation, conversationId);
        return {};
    });
}

QString ConversationStore::shownTitle(ConversationKind kind, const QString &stored,
                                      bool directKeyCleared)
{
    // A 1:1 loses its key only when the other person's profile is erased (ProfileEraser),
    // which leaves their name as the title. Folders erased before that kept no name.
    if (kind != ConversationKind::Direct || !directKeyCleared)
        return stored;
    return stored.isEmpty() ? tr("Deleted person") : tr("%1 (deleted)").arg(stored);
}

Result<Conversation> ConversationStore::conversation(qint64 conversationId) const
{
    auto q = m_ctx.db.exec(QStringLiteral("SELECT kind, title, creator_id, created_at, "
                                          "direct_key IS NULL FROM conversations WHERE id = ?"),
                           {conversationId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound,
                     tr("Conversation %1 does not exist. List your conversations to find its "
                        "number.")
                         .arg(conversationId)};
    Conversation c;
    c.id = conversationId;
    fromString(q->value(0).toString(), &c.kind);
    c.title = shownTitle(c.kind, q->value(1).toString(), q->value(4).toBool());
    c.creatorId = q->value(2).toLongLong();
    c.createdAt = q->value(3).toLongLong();
    q->finish();
    auto m = m_ctx.db.exec(QStringLiteral("SELECT profile_id FROM members WHERE conversation_id = "
                                          "? ORDER BY joined_at, profile_id"),
                           {conversationId});
    if (!m)
        return m.error();
    while (m->next())
        c.memberIds.append(m->value(0).toLongLong());
    return c;
}

Result<bool> ConversationStore::isMember(qint64 conversationId, qint64 profileId) const
{
    auto v = m_ctx.db.scalar(
        QStringLiteral("SELECT 1 FROM members WHERE conversation_id = ? AND profile_id = ?"),
        {conversationId, profileId});
    if (!v)
        return v.error();
    return v->isValid();
}

Result<bool> ConversationStore::sharesConversation(qint64 profileId, qint64 otherId) const
{
    auto v = m_ctx.db.scalar(QStringLiteral("SELECT 1 FROM members a JOIN members b ON "
                                            "b.conversation_id = a.conversation_id WHERE "
                                            "a.profile_id = ? AND b.profile_id = ? LIMIT 1"),
                             {profileId, otherId});
    if (!v)
        return v.error();
    return v->isValid();
}

Result<QList<ConversationSummary>> ConversationStore::summaries(qint64 profileId) const
{
    // One pass: last message and unread count per conversation come from the
    // messages(conversation_id, id) index; names of the other members from a second query.
    auto q = m_ctx.db.exec(
        QStringLiteral(
            "SELECT c.id, c.kind, c.title, c.creator_id, c.created_at, c.direct_key IS NULL, "
            " (SELECT MAX(id) FROM messages WHERE conversation_id = c.id) AS last_id, "
            // Counting stops at the cap: a list shows "99+", and a long unread history must
            // not make every refresh walk it.
            // Posting marks the conversation read for the sender (MessageStore::post), so
            // everything after last_read_id is someone else's and the index answers alone.
            " (SELECT COUNT(*) FROM (SELECT 1 FROM messages x WHERE x.conversation_id = c.id "
            "  AND x.id > m.last_read_id LIMIT %1) AS capped) AS unread "
            "FROM members m JOIN conversations c ON c.id = m.conversation_id "
            "WHERE m.profile_id = ?")
            .arg(kUnreadCap),
        {profileId});
    if (!q)
        return q.error();
    QList<ConversationSummary> list;
    while (q->next()) {
        ConversationSummary s;
        s.conversation.id = q->value(0).toLongLong();
        fromString(q->value(1).toString(), &s.conversation.kind);
        s.conversation.title =
            shownTitle(s.conversation.kind, q->value(2).toString(), q->value(5).toBool());
        s.conversation.creatorId = q->value(3).toLongLong();
        s.conversation.createdAt = q->value(4).toLongLong();
        s.lastMessageId = q->value(6).toLongLong();
        s.unread = q->value(7).toInt();
        list.append(s);
    }
    q->finish();
    for (ConversationSummary &s : list) {
        if (s.lastMessageId) {
            auto last =
                m_ctx.db.exec(QStringLiteral("SELECT body, created_at FROM messages WHERE id = ?"),
                              {s.lastMessageId});
            if (!last)
                return last.error();
            if (last->next()) {
                s.lastMessageBody = last->value(0).toString();
                s.lastMessageAt = last->value(1).toLongLong();
            }
        }
        auto names = m_ctx.db.exec(QStringLiteral("SELECT p.id, p.display_name FROM members m "
                                                  "JOIN profiles p ON p.id = m.profile_id WHERE "
                                                  "m.conversation_id = ? ORDER BY p.display_name"),
                                   {s.conversation.id});
        if (!names)
            return names.error();
        QStringList others;
        while (names->next()) {
            s.conversation.memberIds.append(names->value(0).toLongLong());
            if (names->value(0).toLongLong() != profileId)
                others.append(names->value(1).toString());
        }
        s.displayTitle = !s.conversation.title.isEmpty() ? s.conversation.title
                         : others.isEmpty()              ? tr("Only you")
                                                         : others.join(QStringLiteral(", "));
    }
    std::sort(list.begin(), list.end(),
              [](const ConversationSummary &a, const ConversationSummary &b) {
                  const qint64 ta = a.lastMessageAt ? a.lastMessageAt : a.conversation.createdAt;
                  const qint64 tb = b.lastMessageAt ? b.lastMessageAt : b.conversation.createdAt;
                  return ta != tb ? ta > tb : a.conversation.id > b.conversation.id;
              });
    return list;
}

Status ConversationStore::markRead(qint64 conversationId, qint64 profileId, qint64 upToMessageId)
{
    return m_ctx.db.transaction([&]() -> Status {
        auto q = m_ctx.db.exec(QStringLiteral("UPDATE members SET last_read_id = ? WHERE "
                                              "conversation_id = ? AND profile_id = ? AND "
                                              "last_read_id < ?"),
                               {upToMessageId, conversationId, profileId, upToMessageId});
        if (!q)
            return q.error();
        // Only the reader's own unread counts change: their devices, not every member's.
        if (q->numRowsAffected() > 0)
            m_ctx.feed.record(Topic::ReadMark, profileId);
        return {};
    });
}

} // namespace carillon
