#pragma once

#include "core/Result.h"
#include "core/StoreContext.h"
#include "core/Types.h"

#include <QCoreApplication>

#include <functional>

class QSqlQuery;

namespace carillon {

class ConversationStore;
struct BlobInfo;

// A file to attach: either a path on disk or bytes made in memory (the assistant's manifest).
struct NewAttachment
{
    QString sourcePath;
    QString fileName; // defaults to the source file's name
    QByteArray data;  // used when sourcePath is empty

    static NewAttachment fromFile(const QString &path) { return {path, {}, {}}; }
    static NewAttachment fromData(const QString &name, const QByteArray &bytes)
    {
        return {{}, name, bytes};
    }
};

struct OutgoingMessage
{
    MessageKind kind = MessageKind::Text;
    QString body;
    QJsonObject payload;
    QList<NewAttachment> attachments;
    // Attachment bytes stored so far of all of them, as they are hashed and copied (on the
    // posting thread).
    std::function<void(qint64 bytesDone, qint64 bytesTotal)> progress = {};
};

// Who may see a message: its conversation's members as they are now (not when it was sent).
struct MessageAudience
{
    qint64 conversationId = 0; // 0: the message or its conversation is gone
    QList<qint64> memberIds;
};

// Messages and the attachments they carry. Posting is one transaction: the message and its
// attachment rows appear together or not at all; the bytes are stored in the BlobStore first.
class MessageStore
{
    Q_DECLARE_TR_FUNCTIONS(MessageStore)
public:
    static constexpr int kMaxBodyLength = 20'000;

    MessageStore(StoreContext ctx, ConversationStore &conversations)
        : m_ctx(ctx), m_conversations(conversations)
    {
    }

    Result<Message> post(qint64 senderId, qint64 conversationId, const OutgoingMessage &message);
    Result<Message> postText(qint64 senderId, qint64 conversationId, const QString &body)
    {
        return post(senderId, conversationId, OutgoingMessage{MessageKind::Text, body, {}, {}});
    }

    Result<Message> message(qint64 messageId) const;
    // The message's conversation and its members in one query: a server tells every member's
    // devices of a new message with it, instead of each device asking for itself.
    Result<MessageAudience> audience(qint64 messageId) const;
    // Up to limit messages older than beforeId (0: the newest), oldest first.
    Result<QList<Message>> history(qint64 conversationId, qint64 beforeId, int limit) const;
    // Up to limit messages newer than afterId, oldest first.
    Result<QList<Message>> historyAfter(qint64 conversationId, qint64 afterId, int limit) const;
    Result<int> messageCount(qint64 conversationId) const;

    Result<Attachment> attachment(qint64 attachmentId) const;
    Result<Attachment> attachmentByPublicId(const QString &publicId) const;
    // What "Get my attachments" lists for the profile, in the order they were shared, each once:
    // attachments they uploaded to 1:1 and group chats, and every person's upload in rooms they
    // created. Never the assistant's files. Only what a link needs is read: id, publicId,
    // fileName and sha256 (a manifest of 100,000 files reads in about 0.1 s, because it reads
    // little and in the table's own order, with nothing to sort).
    Result<QList<Attachment>> exportableLinkTargets(qint64 profileId) const;
    // Writes the attachment's bytes to targetPath (atomically: a temp file renamed at the end).
    Status saveAttachment(qint64 attachmentId, const QString &targetPath) const;

    static Attachment attachmentFromRow(const QSqlQuery &q);
    static QString attachmentColumns();

private:
    Status keepBlob(const BlobInfo &blob, const NewAttachment &source);
    Result<QList<Message>> load(const QString &where, const QVariantList &binds) const;

    StoreContext m_ctx;
    ConversationStore &m_conversations;
};

} // namespace carillon
