#include "assistant/ExportService.h"

#include "core/AssistantPayloads.h"
#include "core/AssistantTexts.h"
#include "core/FaultPoint.h"
#include "core/Workspace.h"

#include <QSqlQuery>

#include <algorithm>

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
    connect(&m_timer, &QTimer::timeout, this, &ExportService::work);
}

void ExportService::startWorking(int intervalMs)
{
    work();
    m_timer.start(intervalMs);
}

void ExportService::reportDelivery(const Result<int> &delivered)
{
    // Pending jobs stay pending: the next round tries them again.
    if (!delivered)
        qWarning("carillon: exports could not be checked now: %s",
                 qPrintable(delivered.error().message));
}

void ExportService::work()
{
    reportDelivery(deliverDue());
}

Result<std::optional<ExportJob>> ExportService::latest(qint64 profileId) const
{
    // A failed request does not count: the person may ask again at once.
    auto q = m_ws.db().exec(QStringLiteral("SELECT %1 FROM assistant_exports WHERE profile_id = ? "
                                           "AND state <> 'failed' ORDER BY requested_at DESC, id "
                                           "DESC LIMIT 1")
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
    auto attachments = m_ws.messages().exportableLinkTargets(profileId);
    if (!attachments)
        return attachments.error();
    *linkCount = int(attachments->size());
    return m_ws.links().signLines(m_config.linkBaseUrl.toLatin1(), *attachments, expiresAt);
}

Result<int> ExportService::deliverDue()
{
    const qint64 now = m_ws.clock().nowMs();
    auto q = m_ws.db().exec(QStringLiteral("SELECT %1 FROM assistant_exports WHERE state = "
                                           "'pending' AND due_at <= ? AND (next_attempt_at IS "
                                           "NULL OR next_attempt_at <= ?) ORDER BY due_at, id")
                                .arg(QLatin1String(kColumns)),
                            {now, now});
    if (!q)
        return q.error();
    QList<ExportJob> due;
    while (q->next())
        due.append(jobFromRow(*q));
    q->finish();
    int count = 0;
    // One job's failure never holds up the others.
    for (const ExportJob &job : std::as_const(due)) {
        auto done = deliver(job);
        if (done) {
            count += *done ? 1 : 0;
            continue;
        }
        qWarning("Export %lld could not be delivered: %s", static_cast<long long>(job.id),
                 qPrintable(done.error().message));
        if (Status noted = noteFailure(job, done.error()); !noted)
            qWarning("Export %lld: the failure could not be recorded either: %s",
                     static_cast<long long>(job.id), qPrintable(noted.error().message));
    }
    return count;
}

Status ExportService::noteFailure(const ExportJob &job, const Error &error)
{
    return m_ws.db().transaction([&]() -> Status {
        auto attempts = m_ws.db().scalar(QStringLiteral("SELECT attempts FROM assistant_exports "
                                                        "WHERE id = ? AND state = 'pending'"),
                                         {job.id});
        if (!attempts)
            return attempts.error();
        if (!attempts->isValid())
            return {}; // delivered or given up by another instance meanwhile
        const int failed = attempts->toInt() + 1;
        const qint64 now = m_ws.clock().nowMs();
        if (failed < m_config.exportMaxAttempts) {
            // 1, 2, 4, 8… retry intervals, so a lasting fault does not spin.
            const qint64 wait = m_config.exportRetryMs << std::min(failed - 1, 20);
            return Status(m_ws.db().exec(
                QStringLiteral("UPDATE assistant_exports SET attempts = ?, next_attempt_at = ?, "
                               "last_error = ? WHERE id = ?"),
                {failed, now + wait, error.message, job.id}));
        }
        // Given up: the 7-day slot is free again (latest() skips failed requests) and the person
        // hears what happened and what to do.
        if (auto q = m_ws.db().exec(QStringLiteral("UPDATE assistant_exports SET attempts = ?, "
                                                   "state = 'failed', last_error = ? WHERE id = ?"),
                                    {failed, error.message, job.id});
            !q)
            return q.error();
        AssistantInfoPayload failure;
        failure.topic = AssistantInfoPayload::Topic::ExportFailed;
        failure.attempts = failed;
        auto told = m_ws.messages().post(
            m_ws.assistantProfile().id, job.conversationId,
            OutgoingMessage{
                MessageKind::AssistantInfo, AssistantTexts::info(failure), failure.toJson(), {}});
        if (!told)
            return told.error();
        m_ws.feed().record(Topic::Job, job.id);
        return {};
    });
}

Result<bool> ExportService::deliver(const ExportJob &job)
{
    // Sign with the current key (another instance may have rotated or forgotten the keys).
    // Before the transaction: reading the keychain runs an event loop.
    if (Status keys = m_ws.links().maintain(); !keys)
        return keys.error();
    bool deliveredHere = false;
    qint64 messageId = 0;
    faultPoint("export-deliver");
    Status s = m_ws.db().transaction([&]() -> Status {
        // Another instance may have delivered it since we looked, or be delivering it: the
        // claim (SQLite's write lock; a row lock on PostgreSQL, skipped when another server
        // holds it) makes this check and the delivery one step.
        auto state =
            m_ws.db().scalar(QStringLiteral("SELECT state FROM assistant_exports WHERE id = ?") +
                                 claimRowsClause(m_ws.db().dialect()),
                             {job.id});
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
