#include "core/SearchIndex.h"

#include "core/AccountStore.h"
#include "core/Database.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace carillon {

namespace {
// LIKE pattern for a substring, with the pattern characters taken literally.
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

constexpr int kMaxPeople = 8;
constexpr int kMaxConversations = 8;
} // namespace

namespace {
// The words of a search, each quoted with quote doubled inside, the last one a prefix.
QString quotedWords(const QString &text, QChar quote, QLatin1StringView prefix,
                    QLatin1StringView joiner)
{
    QStringList phrases;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (const QString &word : text.split(space, Qt::SkipEmptyParts)) {
        // A word of punctuation alone tokenizes to nothing and would match nothing.
        if (!std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        QString quoted = word;
        quoted.replace(quote, QString(quote) + quote);
        if (quote == QLatin1Char('\''))
            quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        phrases.append(quote + quoted + quote);
    }
    if (phrases.isEmpty())
        return {};
    phrases.last().append(prefix);
    return phrases.join(joiner);
}
} // namespace

QString SearchIndex::matchExpression(const QString &text)
{
    return quotedWords(text, QLatin1Char('"'), QLatin1StringView("*"), QLatin1StringView(" "));
}

QString SearchIndex::tsqueryExpression(const QString &text)
{
    return quotedWords(text, QLatin1Char('\''), QLatin1StringView(":*"), QLatin1StringView(" & "));
}

Result<SearchResults> SearchIndex::search(qint64 profileId, const QString &text, int limit) const
{
    SearchResults results;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return results;
    const QString like = likePattern(trimmed);
    auto people = this->people(profileId, like, kMaxPeople);
    if (!people)
        return people.error();
    results.people = *people;
    auto conversations = this->conversations(profileId, like, kMaxConversations);
    if (!conversations)
        return conversations.error();
    results.conversations = *conversations;
    const QString match = m_db.dialect() == SqlDialect::Postgres ? tsqueryExpression(trimmed)
                                                                 : matchExpression(trimmed);
    if (!match.isEmpty()) {
        auto messages = this->messages(profileId, match, limit);
        if (!messages)
            return messages.error();
        results.messages = *messages;
    }
    return results;
}

Result<QList<Profile>> SearchIndex::people(qint64 profileId, const QString &like, int limit) const
{
    // People one knows: contacts, and everyone one shares a conversation with.
    auto q = m_db.exec(
        QStringLiteral("SELECT %1 FROM profiles p WHERE p.id <> ? AND (p.id IN (SELECT "
                       "contact_id FROM contacts WHERE owner_id = ?) OR p.id IN (SELECT "
                       "o.profile_id FROM members o JOIN members me ON me.conversation_id = "
                       "o.conversation_id WHERE me.profile_id = ?)) AND (lower(p.display_name) "
                       "LIKE lower(?) ESCAPE '\\' OR lower(p.email) LIKE lower(?) ESCAPE '\\') "
                       "ORDER BY p.display_name LIMIT ?")
            .arg(AccountStore::profileColumns(QStringLiteral("p"))),
        {profileId, profileId, profileId, like, like, limit});
    if (!q)
        return q.error();
    QList<Profile> list;
    while (q->next())
        list.append(AccountStore::profileFromRow(*q));
    return list;
}

Result<QList<ConversationHit>> SearchIndex::conversations(qint64 profileId, const QString &like,
                                                          int limit) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT c.id, c.kind, c.title FROM conversations c JOIN "
                       "members me ON me.conversation_id = c.id AND "
                       "me.profile_id = ? WHERE c.kind <> 'direct' AND "
                       "lower(c.title) LIKE lower(?) ESCAPE '\\' ORDER BY c.title LIMIT ?"),
        {profileId, like, limit});
    if (!q)
        return q.error();
    QList<ConversationHit> list;
    while (q->next()) {
        ConversationHit hit;
        hit.conversationId = q->value(0).toLongLong();
        fromString(q->value(1).toString(), &hit.kind);
        hit.title = q->value(2).toString();
        list.append(hit);
    }
    return list;
}

Result<QList<MessageHit>> SearchIndex::messages(qint64 profileId, const QString &match,
                                                int limit) const
{
    // Newest first straight from the index (FTS5 walks rowids backwards), keeping only rows of
    // conversations the person is in, so the first page costs a bounded walk, not a sort of
    // every match. PostgreSQL finds the rows through its GIN index over the same words.
    static const QString columns = QStringLiteral(
        "SELECT m.id, m.conversation_id, m.sender_id, s.display_name, m.body, m.created_at, "
        "CASE WHEN c.kind = 'direct' THEN (SELECT p.display_name FROM members o JOIN "
        "profiles p ON p.id = o.profile_id WHERE o.conversation_id = c.id AND o.profile_id "
        "<> ? LIMIT 1) ELSE c.title END ");
    static const QString joins = QStringLiteral(
        "JOIN members me ON me.conversation_id = m.conversation_id AND me.profile_id = ? JOIN "
        "conversations c ON c.id = m.conversation_id JOIN profiles s ON s.id = m.sender_id ");
    const QString sql =
        m_db.dialect() == SqlDialect::Postgres
            ? columns + QStringLiteral("FROM messages m ") + joins +
                  QStringLiteral(
                      "WHERE to_tsvector('carillon', m.body) @@ to_tsquery('carillon', ?) "
                      "ORDER BY m.id DESC LIMIT ?")
            : columns + QStringLiteral("FROM message_search f JOIN messages m ON m.id = f.rowid ") +
                  joins +
                  QStringLiteral("WHERE message_search MATCH ? ORDER BY f.rowid DESC LIMIT ?");
    auto q = m_db.exec(sql, {profileId, profileId, match, limit});
    if (!q)
        return q.error();
    QList<MessageHit> list;
    while (q->next()) {
        MessageHit hit;
        hit.messageId = q->value(0).toLongLong();
        hit.conversationId = q->value(1).toLongLong();
        hit.senderId = q->value(2).toLongLong();
        hit.senderName = q->value(3).toString();
        hit.body = q->value(4).toString();
        hit.createdAt = q->value(5).toLongLong();
        hit.conversationTitle = q->value(6).toString();
        list.append(hit);
    }
    return list;
}

Status SearchIndex::purgeDeleted()
{
    if (m_db.dialect() == SqlDialect::Postgres)
        return {}; // the index drops deleted rows' entries itself (and VACUUM their pages)
    return Status(m_db.exec(
        QStringLiteral("INSERT INTO message_search (message_search) VALUES ('optimize')")));
}

} // namespace carillon
