#include "core/MessageStore.h"

#include "core/BlobStore.h"
#include "core/ChangeFeed.h"
#include "core/Clock.h"
#include "core/ConversationStore.h"
#include "core/Database.h"
#include "core/FaultPoint.h"
#include "core/SecureRandom.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QSqlQuery>

namespace carillon {

QString MessageStore::attachmentColumns()
{
    return QStringLiteral("a.id, a.public_id, a.message_id, a.conversation_id, a.uploader_id, "
                          "a.file_name, a.mime_type, a.size, a.sha256, a.created_at");
}

Attachment MessageStore::attachmentFromRow(const QSqlQuery &q)
{
    Attachment a;
    a.id = q.value(0).toLongLong();
    a.publicId = q.value(1).toString();
    a.messageId = q.value(2).toLongLong();
    a.conversationId = q.value(3).toLongLong();
    a.uploaderId = q.value(4).toLongLong();
    a.fileName = q.value(5).toString();
    a.mimeType = q.value(6).toString();
    a.size = q.value(7).toLongLong();
    a.sha256 = q.value(8).toString();
    a.createdAt = q.value(9).toLongLong();
    return a;
}

Status MessageStore::keepBlob(const BlobInfo &blob, const NewAttachment &source)
{
    // Called inside the write transaction that inserts the row. Blob files are removed only
    // under the same lock (ProfileEraser::removeUnreferencedBlobs), so what we see here stays
    // true until we commit. If an erase or a sweep took the bytes after we stored them (or
    // after we found them already there), store them again.
    if (m_ctx.blobs.contains(blob.sha256))
        return {};
    auto again = source.sourcePath.isEmpty() ? m_ctx.blobs.putData(source.data)
                                             : m_ctx.blobs.putFile(source.sourcePath);
    if (!again)
        return again.error();
    if (again->sha256 != blob.sha256)
        return Error{ErrorCode::Conflict,
                     tr("%1 changed while it was being attached. Attach it "
                        "again.")
                         .arg(source.fileName.isEmpty() ? QFileInfo(source.sourcePath).fileName()
                                                        : source.fileName)};
    return {};
}

Result<Message> MessageStore::post(qint64 senderId, qint64 conversationId,
                                   const OutgoingMessage &out)
{
    // Never NULL in the store: an attachment-only message has an empty body.
    const QString body = out.body.trimmed().isEmpty() ? QStringLiteral("") : out.body;
    if (body.isEmpty() && out.attachments.isEmpty())
        return Error{ErrorCode::InvalidInput,
                     tr("The message is empty. Write something or attach a file.")};
    if (body.size() > kMaxBodyLength)
        return Error{ErrorCode::InvalidInput,
                     tr("The message is too long (%1 characters; at most %2). Split it or send "
                        "the text as a file.")
                         .arg(body.size())
                         .arg(kMaxBodyLength)};
    auto member = m_conversations.isMember(conversationId, senderId);
    if (!member)
        return member.error();
    if (!*member) {
        if (auto c = m_conversations.conversation(conversationId); !c)
            return c.error();
        return Error{ErrorCode::Forbidden,
                     tr("You are not a member of that conversation, so you cannot write in it.")};
    }

    // Store the bytes first and outside the write lock; an abandoned blob is swept later.
    struct Stored
    {
        BlobInfo blob;
        QString name;
        QString mime;
        const NewAttachment *source;
    };
    QList<Stored> stored;
    QMimeDatabase mimes;
    qint64 bytesTotal = 0;
    for (const NewAttachment &a : out.attachments)
        bytesTotal += a.sourcePath.isEmpty() ? a.data.size() : QFileInfo(a.sourcePath).size();
    qint64 bytesBefore = 0; // of the attachments already stored
    for (const NewAttachment &a : out.attachments) {
        const QString name =
            !a.fileName.isEmpty() ? a.fileName : QFileInfo(a.sourcePath).fileName();
        if (name.trimmed().isEmpty() || name.contains(QLatin1Char('/')))
            return Error{ErrorCode::InvalidInput, tr("An attachment needs a file name without "
                                                     "folders.")};
        BlobStore::Progress progress;
        if (out.progress)
            progress = [&](qint64 done) { out.progress(bytesBefore + done, bytesTotal); };
        auto blob = a.sourcePath.isEmpty() ? m_ctx.blobs.putData(a.data)
                                           : m_ctx.blobs.putFile(a.sourcePath, progress);
        if (!blob)
            return blob.error();
        bytesBefore += blob->size;
        // By the attachment's name and its bytes: a file stored under another name (a
        // server's upload) gets the type its name says, as a file attached from disk does.
        QFile source(a.sourcePath);
        const QString mime = a.sourcePath.isEmpty()
                                 ? mimes.mimeTypeForFileNameAndData(name, a.data).name()
                                 : mimes.mimeTypeForFileNameAndData(name, &source).name();
        stored.append({*blob, name, mime, &a});
    }

    faultPoint("post-after-blobs");
    Message msg;
    Status s = m_ctx.db.transaction([&]() -> Status {
        const qint64 now = m_ctx.clock.nowMs();
        const QString payload =
            out.payload.isEmpty()
                ? QString()
                : QString::fromUtf8(QJsonDocument(out.payload).toJson(QJsonDocument::Compact));
        auto q = m_ctx.db.exec(QStringLiteral("INSERT INTO messages (conversation_id, sender_id, "
                                              "kind, body, payload, created_at) "
                                              "VALUES (?, ?, ?, ?, ?, ?)"),
                               {conversationId, senderId, toString(out.kind), body,
                                payload.isEmpty() ? QVariant() : QVariant(payload), now});
        if (!q)
            return q.error();
        msg = {q->lastInsertId().toLongLong(),
               conversationId,
               senderId,
               out.kind,
               body,
               out.payload,
               now,
               {}};
        for (const Stored &st : std::as_const(stored)) {
            if (Status kept = keepBlob(st.blob, *st.source); !kept)
                return kept;
            Attachment a{0,
                         SecureRandom::token(12),
                         msg.id,
                         conversationId,
                         senderId,
                         st.name,
                         st.mime,
                         st.blob.size,
                         st.blob.sha256,
                         now};
            auto ins = m_ctx.db.exec(
                QStringLiteral("INSERT INTO attachments (public_id, message_id, conversation_id, "
                               "uploader_id, file_name, mime_type, size, sha256, created_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {a.publicId, a.messageId, a.conversationId, a.uploaderId, a.fileName, a.mimeType,
                 a.size, a.sha256, a.createdAt});
            if (!ins)
                return ins.error();
            a.id = ins->lastInsertId().toLongLong();
            msg.attachments.append(a);
        }
        // Writing in a conversation means having read it.
        if (auto read = m_ctx.db.exec(QStringLiteral("UPDATE members SET last_read_id = ? WHERE "
                                                     "conversation_id = ? AND profile_id = ?"),
                                      {msg.id, conversationId, senderId});
            !read)
            return read.error();
        m_ctx.feed.record(Topic::Message, msg.id);
        return {};
    });
    if (!s)
        return s.error();
    return msg;
}

Result<QList<Message>> MessageStore::load(const QString &where, const QVariantList &binds) const
{
    auto q = m_ctx.db.exec(QStringLiteral("SELECT id, conversation_id, sender_id, kind, body, "
                                          "payload, created_at FROM messages ") +
                               where,
                           binds);
    if (!q)
        return q.error();
    QList<Message> list;
    QHash<qint64, qsizetype> index;
    while (q->next()) {
        Message m;
        m.id = q->value(0).toLongLong();
        m.conversationId = q->value(1).toLongLong();
        m.senderId = q->value(2).toLongLong();
        fromString(q->value(3).toString(), &m.kind);
        m.body = q->value(4).toString();
        if (!q->value(5).isNull())
            m.payload = QJsonDocument::fromJson(q->value(5).toString().toUtf8()).object();
        m.createdAt = q->value(6).toLongLong();
        index.insert(m.id, list.size());
        list.append(m);
    }
    q->finish();
    if (list.isEmpty())
        return list;
    auto a = m_ctx.db.exec(QStringLiteral("SELECT %1 FROM attachments a WHERE a.message_id "
                                          "BETWEEN ? AND ? ORDER BY a.id")
                               .arg(attachmentColumns()),
                           {list.first().id < list.last().id ? list.first().id : list.last().id,
                            list.first().id < list.last().id ? list.last().id : list.first().id});
    if (!a)
        return a.error();
    while (a->next()) {
        const Attachment att = attachmentFromRow(*a);
        if (auto it = index.find(att.messageId); it != index.end())
            list[*it].attachments.append(att);
    }
    return list;
}

Result<Message> MessageStore::message(qint64 messageId) const
{
    auto list = load(QStringLiteral("WHERE id = ?"), {messageId});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error{ErrorCode::NotFound, tr("That message no longer exists.")};
    return list->first();
}

Result<MessageAudience> MessageStore::audience(qint64 messageId) const
{
    auto q = m_ctx.db.exec(QStringLiteral("SELECT m.conversation_id, mb.profile_id FROM messages m "
                                          "JOIN members mb ON mb.conversation_id = "
                                          "m.conversation_id WHERE m.id = ?"),
                           {messageId});
    if (!q)
        return q.error();
    MessageAudience audience;
    while (q->next()) {
        audience.conversationId = q->value(0).toLongLong();
        audience.memberIds.append(q->value(1).toLongLong());
    }
    return audience;
}

Result<QList<Message>> MessageStore::history(qint64 conversationId, qint64 beforeId,
                                             int limit) const
{
    auto list =
        load(QStringLiteral("WHERE conversation_id = ? AND id < ? ORDER BY id DESC "
                            "LIMIT ?"),
             {conversationId, beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max(), limit});
    if (!list)
        return list.error();
    std::reverse(list.value().begin(), list.value().end());
    return list;
}

Result<QList<Message>> MessageStore::historyAfter(qint64 conversationId, qint64 afterId,
                                                  int limit) const
{
    return load(QStringLiteral("WHERE conversation_id = ? AND id > ? ORDER BY id LIMIT ?"),
                {conversationId, afterId, limit});
}

Result<int> MessageStore::messageCount(qint64 conversationId) const
{
    auto v =
        m_ctx.db.scalar(QStringLiteral("SELECT COUNT(*) FROM messages WHERE conversation_id = ?"),
                        {conversationId});
    if (!v)
        return v.error();
    return v->toInt();
}

Result<Attachment> MessageStore::attachment(qint64 attachmentId) const
{
    auto q = m_ctx.db.exec(
        QStringLiteral("SELECT %1 FROM attachments a WHERE a.id = ?").arg(attachmentColumns()),
        {attachmentId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound,
                     tr("Attachment %1 does not exist. Print the conversation's history to see "
                        "attachment numbers.")
                         .arg(attachmentId)};
    return attachmentFromRow(*q);
}

Result<Attachment> MessageStore::attachmentByPublicId(const QString &publicId) const
{
    auto q = m_ctx.db.exec(QStringLiteral("SELECT %1 FROM attachments a WHERE a.public_id = ?")
                               .arg(attachmentColumns()),
                           {publicId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, tr("That attachment no longer exists.")};
    return attachmentFromRow(*q);
}

Result<QList<Attachment>> MessageStore::exportableLinkTargets(qint64 profileId) const
{
    auto q = m_ctx.db.exec(
        QStringLiteral("SELECT a.id, a.public_id, a.file_name, a.sha256 FROM attachments a JOIN "
                       "conversations c ON c.id = "
                       "a.conversation_id JOIN profiles u ON u.id = a.uploader_id WHERE u.kind = "
                       "'person' AND ((c.kind IN ('direct', 'group') AND a.uploader_id = ?) OR "
                       "(c.kind = 'room' AND c.creator_id = ?)) ORDER BY a.id"),
        {profileId, profileId});
    if (!q)
        return q.error();
    QList<Attachment> list;
    while (q->next()) {
        Attachment &a = list.emplaceBack();
        a.id = q->value(0).toLongLong();
        a.publicId = q->value(1).toString();
        a.fileName = q->value(2).toString();
        a.sha256 = q->value(3).toString();
    }
    return list;
}

Status MessageStore::saveAttachment(qint64 attachmentId, const QString &targetPath) const
{
    auto a = attachment(attachmentId);
    if (!a)
        return a.error();
    QFile source(m_ctx.blobs.pathFor(a->sha256));
    if (!source.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io,
                     tr("The bytes of %1 are missing from the data folder.").arg(a->fileName)};
    QSaveFile target(targetPath);
    if (!target.open(QIODevice::WriteOnly))
        return Error{ErrorCode::Io, tr("Cannot write %1 (%2). Choose a folder you can write to.")
                                        .arg(targetPath, target.errorString())};
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(256 * 1024);
        if (chunk.isEmpty() || target.write(chunk) != chunk.size()) {
            target.cancelWriting();
            return Error{ErrorCode::Io, tr("Copying %1 failed (%2). Nothing was written.")
                                            .arg(a->fileName, target.errorString())};
        }
    }
    if (!target.commit())
        return Error{ErrorCode::Io, tr("Saving %1 failed (%2). Nothing was written.")
                                        .arg(targetPath, target.errorString())};
    return {};
}

} // namespace carillon
