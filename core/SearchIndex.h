#pragma once

#include "core/Result.h"
#include "core/Types.h"

#include <QCoreApplication>

namespace carillon {

class Database;

struct ConversationHit
{
    qint64 conversationId = 0;
    ConversationKind kind = ConversationKind::Room;
    QString title;
};

struct MessageHit
{
    qint64 messageId = 0;
    qint64 conversationId = 0;
    qint64 senderId = 0;
    QString senderName;
    QString conversationTitle; // the title, or for a 1:1 chat the other person's name
    QString body;
    qint64 createdAt = 0;
};

struct SearchResults
{
    QList<Profile> people;                // contacts and people sharing a conversation
    QList<ConversationHit> conversations; // rooms and group chats one is in, by title
    QList<MessageHit> messages;           // newest first
    bool isEmpty() const
    {
        return people.isEmpty() && conversations.isEmpty() && messages.isEmpty();
    }
};

// Search over what one person may see: people they know, the rooms and group chats they are
// in, and the text of every message in their conversations (SQLite FTS5, kept in step by
// triggers; on PostgreSQL a GIN index of the words; see Migrations). Nobody finds words from a
// conversation they are not in.
class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)
public:
    explicit SearchIndex(Database &db) : m_db(db) {}

    Result<SearchResults> search(qint64 profileId, const QString &text, int limit = 50) const;

    // The FTS5 query for what a person typed: every word must occur, the last one as a prefix
    // (results while typing); quotes and operators are taken literally. Empty when nothing
    // searchable is left.
    static QString matchExpression(const QString &text);
    // The same for PostgreSQL's to_tsquery: quoted words, the last one a prefix.
    static QString tsqueryExpression(const QString &text);

    // Merges the index into one segment, so tokens of deleted messages leave the file (with
    // secure_delete on, their old pages are zeroed). Call inside the erasing transaction.
    Status purgeDeleted();

private:
    Result<QList<MessageHit>> messages(qint64 profileId, const QString &match, int limit) const;
    Result<QList<Profile>> people(qint64 profileId, const QString &like, int limit) const;
    Result<QList<ConversationHit>> conversations(qint64 profileId, const QString &like,
                                                 int limit) const;

    Database &m_db;
};

} // namespace carillon
