#include "core/ProfileEraser.h"

#include "core/BlobStore.h"
#include "core/ChangeFeed.h"
#include "core/Database.h"
#include "core/FaultPoint.h"
#include "core/SearchIndex.h"
#include "core/SessionStore.h"

#include <QSet>
#include <QSqlQuery>

namespace carillon {

Result<ErasePreview> ProfileEraser::preview(qint64 profileId) const
{
    ErasePreview p;
    const std::pair<const char *, int *> counts[] = {
        {"SELECT COUNT(*) FROM members WHERE profile_id = ?", &p.conversations},
        {"SELECT COUNT(*) FROM messages WHERE sender_id = ?", &p.messages},
        {"SELECT COUNT(*) FROM attachments WHERE uploader_id = ?", &p.attachments},
        {"SELECT COUNT(*) FROM conversations WHERE kind = 'room' AND creator_id = ?",
         &p.roomsCreated},
        {"SELECT COUNT(*) FROM contacts WHERE owner_id = ?", &p.contacts},
        {"SELECT COUNT(*) FROM meetings WHERE organiser_id = ?", &p.meetings},
    };
    for (const auto &[sql, out] : counts) {
        auto v = m_ctx.db.scalar(QLatin1String(sql), {profileId});
        if (!v)
            return v.error();
        *out = v->toInt();
    }
    return p;
}

Status ProfileEraser::erase(qint64 profileId, RevokeReason reason)
{
    QSet<QString> candidateBlobs;
    Status s = m_ctx.db.transaction([&]() -> Status {
        auto email = m_ctx.db.scalar(
            QStringLiteral("SELECT email FROM profiles WHERE id = ? AND kind = 'person'"),
            {profileId});
        if (!email)
            return email.error();
        if (!email->isValid())
            return Error{ErrorCode::NotFound, tr("That profile does not exist or was already "
                                                 "deleted.")};
        // Kept on the 1:1 chats that stay with the other person, who would otherwise see a
        // chat named after nobody.
        auto formerName = m_ctx.db.scalar(
            QStringLiteral("SELECT display_name FROM profiles WHERE id = ?"), {profileId});
        if (!formerName)
            return formerName.error();
        if (auto r = m_sessions.revokeAll(profileId, reason); !r)
            return r.error();

        auto blobs = m_ctx.db.exec(
            QStringLiteral("SELECT DISTINCT sha256 FROM attachments WHERE uploader_id = ?"),
            {profileId});
        if (!blobs)
            return blobs.error();
        while (blobs->next())
            candidateBlobs.insert(blobs->value(0).toString());
        blobs->finish();

        auto convs = m_ctx.db.exec(
            QStringLiteral("SELECT conversation_id FROM members WHERE profile_id = ?"),
            {profileId});
        if (!convs)
            return convs.error();
        QList<qint64> conversations;
        while (convs->next())
            conversations.append(convs->value(0).toLongLong());
        convs->finish();

        if (auto q = m_ctx.db.exec(QStringLiteral("DELETE FROM invitations WHERE to_email = ?"),
                                   {*email});
            !q)
            return q.error();
        // Cascades: contacts both ways, invitations sent, memberships, messages and attachments
        // authored, meetings organised (and their invitee lists), invitee entries, assistant
        // state; sessions keep their row (revoked, unlinked) so devices learn why.
        if (auto q =
                m_ctx.db.exec(QStringLiteral("DELETE FROM profiles WHERE id = ?"), {profileId});
            !q)
            return q.error();

        // A conversation with no person left in it (the assistant does not count) goes too,
        // with whatever others had posted there.
        for (qint64 conversationId : std::as_const(conversations)) {
            auto people = m_ctx.db.scalar(
                QStringLiteral("SELECT COUNT(*) FROM members m JOIN profiles p ON p.id = "
                               "m.profile_id WHERE m.conversation_id = ? AND p.kind = 'person'"),
                {conversationId});
            if (!people)
                return people.error();
            if (people->toInt() > 0) {
                // Profile ids can be reused by SQLite: a later profile with this id must not
                // find this 1:1 (which it is no member of) as its chat with the other person.
                // A 1:1 keeps the erased person's name as its title (ConversationStore shows it
                // marked as deleted).
                if (auto k = m_ctx.db.exec(
                        QStringLiteral("UPDATE conversations SET direct_key = NULL, title = CASE "
                                       "WHEN kind = 'direct' THEN ? ELSE title END WHERE id = ?"),
                        {formerName->toString(), conversationId});
                    !k)
                    return k.error();
                m_ctx.feed.record(Topic::Conversation, conversationId);
                continue;
            }
            auto shas = m_ctx.db.exec(
                QStringLiteral("SELECT DISTINCT sha256 FROM attachments WHERE conversation_id = ?"),
                {conversationId});
            if (!shas)
                return shas.error();
            while (shas->next())
                candidateBlobs.insert(shas->value(0).toString());
            shas->finish();
            if (auto d = m_ctx.db.exec(QStringLiteral("DELETE FROM conversations WHERE id = ?"),
                                       {conversationId});
                !d)
                return d.error();
            m_ctx.feed.record(Topic::Conversation, conversationId);
        }
        // The cascades removed the messages' index entries; merging drops their tokens too.
        if (Status purged = SearchIndex(m_ctx.db).purgeDeleted(); !purged)
            return purged;
        m_ctx.feed.record(Topic::Profile, profileId);
        faultPoint("erase-before-commit");
        // Once the outermost transaction has committed (the assistant's answer may enclose
        // this one): removing files before then could strand rows that a rollback brings back.
        m_ctx.db.afterCommit([&db = m_ctx.db, &blobs = m_ctx.blobs, candidateBlobs] {
            faultPoint("erase-after-commit");
            if (auto removed = removeUnreferencedBlobs(db, blobs, candidateBlobs); !removed)
                qWarning("erase: the files are left for the next start's sweep: %s",
                         qPrintable(removed.error().message));
            // The erased rows' old pages are still in the WAL until a checkpoint empties it.
            if (auto done = db.checkpoint(); !done || !*done)
                qWarning("erase: another instance is reading; the write-ahead log is emptied "
                         "when this instance closes");
        });
        return {};
    });
    return s;
}

Result<int> ProfileEraser::removeUnreferencedBlobs(Database &db, BlobStore &blobs,
                                                   const QSet<QString> &candidates)
{
    if (candidates.isEmpty())
        return 0;
    int removed = 0;
    // Under the write lock: a writer that reuses one of these blobs is either committed already
    // (we see its row and keep the file) or not yet in its transaction, where it checks the file
    // and stores the bytes again if we removed them (MessageStore::post).
    Status s = db.transaction([&]() -> Status {
        for (const QString &sha : candidates) {
            auto used =
                db.scalar(QStringLiteral("SELECT 1 FROM attachments WHERE sha256 = ?"), {sha});
            if (!used)
                return used.error();
            if (used->isValid())
                continue;
            faultPoint("blob-remove");
            if (blobs.remove(sha))
                ++removed;
        }
        return {};
    });
    if (!s)
        return s.error();
    return removed;
}

} // namespace carillon
