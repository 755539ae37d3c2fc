#include "ExportService.h"

#include "AssistantPayloads.h"
#include "AssistantTexts.h"
#include "FaultPoint.h"
#include "Workspace.h"

#include <QSqlQuery>

namespace carillon {

namespace {
ExportJob jobFromRow(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(),
            q.value(2).toLongLong(), q.value(3).toLongLong(),
            q.value(4).toLongLong(), q.value(5).toString() == QLatin1String("delivered")};
}
const char *const kColumns = "id, profile_id, conversation_id, requested_at, due_at, state";
} // namespace

ExportService::ExportService(Workspace &ws, AssistantConfig config, QObject *parent)
    : QObject(parent), m_ws(ws), m_config(std::move(config))
{
    connect(&m_timer, &QTimer::timeout, this, [this] { deliverDue(); });
}

void ExportService::startWorking(int intervalMs)
{
    deliverDue();
    m_timer.start(intervalMs);
}

Result<std::optional<ExportJob>> ExportService::latest(qint64 profileId) const
{
    auto q = m_ws.db().exec(QStringLiteral("SELECT %1 FROM assistant_exports WHERE profile_id = ? "
                                           "ORDER BY requested_at DESC, id DESC LIMIT 1")
                                .arg(QLatin1String(kColumns)),
                            {profileId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ExportJob>();
    return std::optional<ExportJob>(jobFromRow(*q));
}

Result<ExportJob> ExportService::create(qint64 profileId, qint64 conversationId)
{
    const qint64 now = m_ws.clock().nowMs();
    ExportJob job{0, profileId, conversationId, now, now + m_config.exportDelayMs, false};
    Status s = m_ws.db().transaction([&]() -> Status {
        auto q = m_ws.db().exec(QStringLiteral("INSERT INTO assistant_exports (profile_id, "
                                               "conversation_id, requested_at, due_at, state) "
                                               "VALUES (?, ?, ?, ?, 'pending')"),
                                {profileId, conversationId, job.requestedAt, job.dueAt});
        if (!q)
            return q.error();
        job.id = q->lastInsertId().toLongLong();
        m_ws.feed().record(Topic::Job, job.id);
        return {};
    });
    if (!s)
        return s.error();
    return job;
}

Result<QByteArray> ExportService::buildManifest(qint64 profileId, qint64 expiresAt,
                                                int *linkCount) const
{
    // Never sign with keys that cannot be read (see LinkSigner::load()).
    if (Status keys = m_ws.links().ready(); !keys)
        return keys.error();
    auto attachments = m_ws.messages().exportableAttachments(profileId);
    if (!attachments)
        return attachments.error();
    QByteArray manifest;
    manifest.reserve(attachments->size() * 230);
    const QByteArray base = m_config.linkBaseUrl.toLatin1();
    for (const Attachment &a : *attachments) {
        manifest += base;
        manifest += m_ws.links().signPath(a.publicId, a.fileName, a.sha256, expiresAt).toLatin1();
        manifest += '\n';
    }
    *linkCount = int(attachments->size());
    return manifest;
}

Result<int> ExportService::deliverDue()
{
    auto q = m_ws.db().exec(QStringLiteral("SELECT %1 FROM assistant_exports WHERE state = "
                                           "'pending' AND due_at <= ? ORDER BY due_at, id")
                                .arg(QLatin1String(kColumns)),
                            {m_ws.clock().nowMs()});
    if (!q)
        return q.error();
    QList<ExportJob> due;
    while (q->next())
        due.append(jobFromRow(*q));
    q->finish();
    int count = 0;
    for (const ExportJob &job : std::as_const(due)) {
        auto done = deliver(job);
        if (!done)
            return done.error();
        count += *done ? 1 : 0;
    }
    return count;
}

Result<bool> ExportService::deliver(const ExportJob &job)
{
    // Sign with the current key (another instance may have rotated or forgotten the keys).
    // Before the transaction: reading the keychain runs an event loop.
    if (Status keys = m_ws.links().maintain(); !keys)
        return keys.error();
    bool deliveredHere = false;
    qint64 messageId = 0;
    Status s = m_ws.db().transaction([&]() -> Status {
        // Another instance may have delivered it since we looked: the write lock makes this
        // check and the delivery one step.
        auto state = m_ws.db().scalar(
            QStringLiteral("SELECT state FROM assistant_exports WHERE id = ?"), {job.id});
        if (!state)
            return state.error();
        if (state->toString() != QLatin1String("pending"))
            return {};
        const qint64 now = m_ws.clock().nowMs();
        ExportDeliveredPayload payload{0, now + m_config.linkLifetimeMs};
        auto manifest = buildManifest(job.profileId, payload.expiresAt, &payload.linkCount);
        if (!manifest)
            return manifest.error();
        OutgoingMessage out{
            MessageKind::ExportDelivered,
            AssistantTexts::exportDelivered(payload),
            payload.toJson(),
            {NewAttachment::fromData(AssistantTexts::manifestFileName(now), *manifest)}};
        auto message = m_ws.messages().post(m_ws.assistantProfile().id, job.conversationId, out);
        if (!message)
            return message.error();
        if (Status noted = m_ws.links().noteIssued(payload.expiresAt); !noted)
            return noted;
        auto update = m_ws.db().exec(
            QStringLiteral("UPDATE assistant_exports SET state = 'delivered', delivered_at = ?, "
                           "message_id = ?, link_count = ?, links_expire_at = ? WHERE id = ?"),
            {now, message->id, payload.linkCount, payload.expiresAt, job.id});
        if (!update)
            return update.error();
        m_ws.feed().record(Topic::Job, job.id);
        messageId = message->id;
        deliveredHere = true;
        faultPoint("export-before-commit");
        return {};
    });
    if (!s)
        return s.error();
    faultPoint("export-after-commit");
    if (deliveredHere)
        emit delivered(job.id, messageId);
    return deliveredHere;
}

} // namespace carillon
