#pragma once

#include "assistant/AssistantConfig.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QObject>
#include <QTimer>

namespace carillon {

class Workspace;

struct ExportJob
{
    qint64 id = 0;
    qint64 profileId = 0;
    qint64 conversationId = 0;
    qint64 requestedAt = 0;
    qint64 dueAt = 0;
    bool delivered = false;
};

// "Get my attachments" requests: the 7-day limit, the processing delay, and delivery of the
// file of signed links. Delivery is one write transaction that re-checks the job first, so with
// several instances on a data folder each job is delivered exactly once, and a crash part-way
// leaves it pending for the next instance (the file's bytes, if already written, are swept).
class ExportService : public QObject
{
    Q_OBJECT
public:
    ExportService(Workspace &ws, AssistantConfig config, QObject *parent = nullptr);

    const AssistantConfig &config() const { return m_config; }

    // The newest confirmed request of the profile, if any.
    Result<std::optional<ExportJob>> latest(qint64 profileId) const;
    Result<ExportJob> create(qint64 profileId, qint64 conversationId);

    // Delivers every job whose time has come (and whose retry is due). A job that fails is
    // retried later and given up after AssistantConfig::exportMaxAttempts; the others go on.
    // Returns how many this instance delivered.
    Result<int> deliverDue();
    static void reportDelivery(const Result<int> &delivered);
    // Checks for due jobs every intervalMs (and at once).
    void startWorking(int intervalMs = 1000);

    // The manifest: one signed link per line, in the selection's order. Public for benchmarks.
    Result<QByteArray> buildManifest(qint64 profileId, qint64 expiresAt, int *linkCount) const;

signals:
    void delivered(qint64 jobId, qint64 messageId);

private:
    void work();
    Result<bool> deliver(const ExportJob &job);
    // Counts a failed attempt: schedules the next one, or gives the request up and tells the
    // person.
    Status noteFailure(const ExportJob &job, const Error &error);

    Workspace &m_ws;
    AssistantConfig m_config;
    QTimer m_timer;
};

} // namespace carillon
