#include "Workspace.h"

#include <QDir>
#include <QSqlQuery>

namespace carillon {

namespace {
const char *const kClockOffsetKey = "clock.offset_ms";
}

Workspace::Workspace(const WorkspaceOptions &options) : m_options(options) {}

Workspace::~Workspace() = default;

Result<std::unique_ptr<Workspace>> Workspace::open(const WorkspaceOptions &options)
{
    if (options.dataDir.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("No data folder was given.")};
    std::unique_ptr<Workspace> ws(new Workspace(options));
    ws->m_options.dataDir = QDir(options.dataDir).absolutePath();
    QDir().mkpath(ws->m_options.dataDir);
    ws->m_instanceLock = std::make_unique<InstanceLock>(ws->m_options.dataDir);
    auto db = Database::open(ws->m_options.dataDir + QStringLiteral("/carillon.sqlite"));
    if (!db)
        return db.error();
    ws->m_db = std::move(db).value();

    if (options.clock) {
        ws->m_clock = options.clock;
    } else if (options.demo) {
        auto clock = std::make_unique<OffsetClock>();
        ws->m_offsetClock = clock.get();
        ws->m_ownedClock = std::move(clock);
        ws->m_clock = ws->m_ownedClock.get();
    } else {
        ws->m_ownedClock = std::make_unique<SystemClock>();
        ws->m_clock = ws->m_ownedClock.get();
    }

    ws->m_feed = std::make_unique<ChangeFeed>(*ws->m_db);
    ws->m_blobs = std::make_unique<BlobStore>(ws->m_options.dataDir + QStringLiteral("/blobs"),
                                              options.maxAttachmentSize);
    StoreContext ctx{*ws->m_db, *ws->m_clock, *ws->m_feed, *ws->m_blobs};
    ws->m_accounts = std::make_unique<AccountStore>(ctx);
    ws->m_sessions = std::make_unique<SessionStore>(ctx, *ws->m_accounts);
    ws->m_eraser = std::make_unique<ProfileEraser>(ctx, *ws->m_sessions);
    ws->m_orgs = std::make_unique<OrgStore>(ctx, *ws->m_eraser);
    ws->m_contacts = std::make_unique<ContactStore>(ctx, *ws->m_accounts);
    ws->m_conversations = std::make_unique<ConversationStore>(ctx, *ws->m_accounts);
    ws->m_messages = std::make_unique<MessageStore>(ctx, *ws->m_conversations);
    ws->m_meetings = std::make_unique<MeetingStore>(ctx, *ws->m_accounts);

    if (options.secrets) {
        ws->m_secrets = options.secrets;
    } else {
        ws->m_ownedSecrets = std::make_unique<FileSecretStore>(ws->m_options.dataDir +
                                                               QStringLiteral("/secrets.json"));
        ws->m_secrets = ws->m_ownedSecrets.get();
    }
    ws->m_links = std::make_unique<LinkSigner>(*ws->m_db, *ws->m_secrets, *ws->m_clock);
    if (Status s = ws->m_links->load(); !s)
        return s.error();

    auto assistant = ws->m_accounts->ensureAssistant(options.assistantEmail, options.assistantName);
    if (!assistant)
        return assistant.error();
    ws->m_assistant = *assistant;

    if (ws->m_offsetClock) {
        ws->reloadClockOffset();
        Workspace *raw = ws.get();
        connect(ws->m_feed.get(), &ChangeFeed::changed, raw, [raw](const Change &change) {
            if (change.topic == Topic::Clock)
                raw->reloadClockOffset();
        });
    }
    if (options.sweepOnOpen) {
        if (auto swept = ws->sweepBlobs(); !swept)
            return swept.error();
    }
    return ws;
}

void Workspace::reloadClockOffset()
{
    if (!m_offsetClock)
        return;
    if (auto v = state(QLatin1String(kClockOffsetKey)))
        m_offsetClock->setOffsetMs(v->toLongLong());
}

qint64 Workspace::clockOffsetMs() const
{
    if (m_offsetClock)
        return m_offsetClock->offsetMs();
    return 0;
}

Status Workspace::setClockOffsetMs(qint64 offsetMs)
{
    if (!m_offsetClock)
        return Error{ErrorCode::Forbidden, tr("Only the demo profile can move its clock; this "
                                              "data folder uses real time.")};
    if (offsetMs < 0)
        return Error{ErrorCode::InvalidInput, tr("The demo clock cannot go back before real "
                                                 "time.")};
    Status s = m_db->transaction([&]() -> Status {
        if (Status w = setState(QLatin1String(kClockOffsetKey), QString::number(offsetMs)); !w)
            return w;
        m_feed->record(Topic::Clock, offsetMs);
        return {};
    });
    if (s)
        m_offsetClock->setOffsetMs(offsetMs);
    return s;
}

Result<int> Workspace::sweepBlobs()
{
    // "Alone" is decided under the exclusive instance lock and holds until the sweep ends (an
    // instance starting meanwhile waits in InstanceLock), so no temporary file can belong to a
    // live writer. Otherwise only old ones go.
    const bool alone = m_instanceLock->tryExclusive();
    const qint64 graceMs = alone ? 0 : m_options.sweepGraceMs;
    const int temporary = m_blobs->sweepTemporary(graceMs);
    const QStringList stored = m_blobs->blobsOlderThan(graceMs);
    auto q = m_db->exec(QStringLiteral("SELECT DISTINCT sha256 FROM attachments"));
    if (!q) {
        if (alone)
            m_instanceLock->releaseExclusive();
        return q.error();
    }
    QSet<QString> referenced;
    while (q->next())
        referenced.insert(q->value(0).toString());
    q->finish();
    QSet<QString> candidates;
    for (const QString &name : stored) {
        if (!referenced.contains(name))
            candidates.insert(name);
    }
    // Blob files go only through the eraser's locked re-check, which writers also respect.
    auto removed = ProfileEraser::removeUnreferencedBlobs(*m_db, *m_blobs, candidates);
    if (alone)
        m_instanceLock->releaseExclusive();
    if (!removed)
        return removed.error();
    return temporary + *removed;
}

Result<QString> Workspace::state(const QString &key) const
{
    auto v = m_db->scalar(QStringLiteral("SELECT value FROM app_state WHERE key = ?"), {key});
    if (!v)
        return v.error();
    return v->toString();
}

Status Workspace::setState(const QString &key, const QString &value)
{
    return Status(m_db->exec(QStringLiteral("INSERT INTO app_state (key, value) VALUES (?, ?) ON "
                                            "CONFLICT (key) DO UPDATE SET value = excluded.value"),
                             {key, value}));
}

Status Workspace::clearAll()
{
    // Children before parents, so this works with foreign keys on.
    static const char *const tables[] = {"assistant_exports",
                                         "assistant_codes",
                                         "assistant_profiles",
                                         "attachments",
                                         "messages",
                                         "members",
                                         "conversations",
                                         "meeting_invitees",
                                         "meetings",
                                         "contacts",
                                         "invitations",
                                         "team_members",
                                         "teams",
                                         "enterprise_domains",
                                         "enterprises",
                                         "sessions",
                                         "profiles",
                                         "identities",
                                         "app_state"};
    Status s = m_db->transaction([&]() -> Status {
        for (const char *table : tables) {
            if (auto q = m_db->exec(QStringLiteral("DELETE FROM ") + QLatin1String(table)); !q)
                return q.error();
        }
        auto assistant =
            m_accounts->ensureAssistant(m_options.assistantEmail, m_options.assistantName);
        if (!assistant)
            return assistant.error();
        m_assistant = *assistant;
        m_feed->record(Topic::Profile, 0);
        m_feed->record(Topic::Clock, 0);
        return {};
    });
    if (!s)
        return s;
    if (m_offsetClock)
        m_offsetClock->setOffsetMs(0);
    m_blobs->sweep({}, 0);
    return {};
}

} // namespace carillon
