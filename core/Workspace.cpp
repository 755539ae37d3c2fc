#include "core/Workspace.h"

#include "core/DemoData.h"
#include "core/EnumNames.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlQuery>

#include <sys/stat.h>

namespace carillon {

namespace {
const char *const kClockOffsetKey = "clock.offset_ms";
const char *const kFolderKindKey = "folder.kind";

constexpr EnumName<FolderKind> kFolderKinds[] = {
    {FolderKind::Demo, "demo"},
    {FolderKind::Real, "real"},
};

Status recordKind(Database &db, FolderKind kind)
{
    return Status(db.exec(QStringLiteral("INSERT INTO app_state (key, value) VALUES (?, ?)"),
                          {QLatin1String(kFolderKindKey), nameOf(kFolderKinds, kind)}));
}

// The recorded kind; folders made before kinds were recorded are demo only when the demo data
// set was seeded and every identity in them is one of its people, so a folder where any real
// person signed up is never taken for a demo folder. The second value says whether the kind was
// recorded.
Result<std::pair<FolderKind, bool>> readKind(const Database &db)
{
    auto recorded = db.scalar(QStringLiteral("SELECT value FROM app_state WHERE key = ?"),
                              {QLatin1String(kFolderKindKey)});
    if (!recorded)
        return recorded.error();
    if (recorded->isValid()) {
        // Anything but "demo" is real: a folder is only ever treated as demo data on purpose.
        FolderKind kind = FolderKind::Real;
        valueOf(kFolderKinds, recorded->toString(), &kind);
        return std::pair{kind, true};
    }
    auto seeded = db.scalar(QStringLiteral("SELECT value FROM app_state WHERE key = ?"),
                            {DemoData::seededStateKey()});
    if (!seeded)
        return seeded.error();
    if (!seeded->isValid())
        return std::pair{FolderKind::Real, false};
    auto emails = db.exec(QStringLiteral("SELECT email FROM identities"));
    if (!emails)
        return emails.error();
    QSet<QString> demoPeople;
    for (const DemoPerson &p : DemoData::people())
        demoPeople.insert(p.email);
    while (emails->next()) {
        if (!demoPeople.contains(emails->value(0).toString()))
            return std::pair{FolderKind::Real, false};
    }
    return std::pair{FolderKind::Demo, false};
}

// Other local users must not read anything in the data folder: folders 0700, files 0600,
// including what older versions left readable. Only modes change, never data, so read-only
// opens do it too.
void restrictToOwner(const QString &dataDir)
{
    const auto narrow = [](const QString &path, mode_t allowed) {
        const QByteArray name = QFile::encodeName(path);
        struct stat st;
        if (::lstat(name.constData(), &st) == 0 && !S_ISLNK(st.st_mode) && (st.st_mode & 077))
            ::chmod(name.constData(), st.st_mode & allowed);
    };
    narrow(dataDir, 0700);
    QDirIterator it(dataDir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        narrow(path, it.fileInfo().isDir() ? 0700 : 0600);
    }
}
} // namespace

Workspace::Workspace(const WorkspaceOptions &options) : m_options(options) {}

Workspace::~Workspace() = default;

Error Workspace::realFolderError(const QString &dataDir)
{
    return {ErrorCode::InvalidInput,
            tr("%1 holds real data, not the demo: demo commands, the demo clock and signing in "
               "without a password work only in a demo folder. Use \"--profile demo\" without "
               "--data-dir and with CARILLON_DATA_DIR unset.")
                .arg(QDir(dataDir).absolutePath())};
}

Result<std::optional<FolderKind>> Workspace::probeKind(const QString &dataDir)
{
    const QString file = QDir(dataDir).absoluteFilePath(QStringLiteral("carillon.sqlite"));
    if (!QFileInfo(file).isFile())
        return std::optional<FolderKind>();
    DatabaseOptions readOnly;
    readOnly.readOnly = true;
    auto db = Database::open(file, readOnly);
    if (!db)
        return db.error();
    auto kind = readKind(**db);
    if (!kind)
        return kind.error();
    return std::optional<FolderKind>(kind->first);
}

Result<std::unique_ptr<Workspace>> Workspace::open(const WorkspaceOptions &options)
{
    if (options.dataDir.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("No data folder was given.")};
    std::unique_ptr<Workspace> ws(new Workspace(options));
    ws->m_options.dataDir = QDir(options.dataDir).absolutePath();
    const QString dbFile = ws->m_options.dataDir + QStringLiteral("/carillon.sqlite");
    if (options.readOnly && !options.database && !QFileInfo(dbFile).isFile())
        return Error{ErrorCode::NotFound,
                     tr("There is no Carillon data in %1 yet, so there is nothing to show. Check "
                        "--profile and --data-dir (and CARILLON_DATA_DIR).")
                         .arg(ws->m_options.dataDir)};
    if (!options.readOnly && !QDir().mkpath(ws->m_options.dataDir))
        return Error{ErrorCode::Io, tr("Cannot create the data folder %1. Choose a folder you "
                                       "can write to.")
                                        .arg(ws->m_options.dataDir)};
    restrictToOwner(ws->m_options.dataDir);
    DatabaseOptions dbOptions;
    dbOptions.readOnly = options.readOnly;
    const FolderKind requested = options.demo ? FolderKind::Demo : FolderKind::Real;
    dbOptions.onCreate = [requested](Database &db) { return recordKind(db, requested); };
    auto db = options.database ? Database::openPostgres(*options.database, dbOptions)
                               : Database::open(dbFile, dbOptions);
    if (!db)
        return db.error();
    ws->m_db = std::move(db).value();
    auto kind = readKind(*ws->m_db);
    if (!kind)
        return kind.error();
    ws->m_kind = kind->first;
    // Checked before anything else is written: no flag may turn real data into demo data.
    if (options.demo && ws->m_kind == FolderKind::Real)
        return realFolderError(ws->m_options.dataDir);
    if (!options.readOnly && !kind->second) {
        if (Status s = recordKind(*ws->m_db, ws->m_kind); !s)
            return s.error();
    }
    if (!options.readOnly)
        ws->m_instanceLock = std::make_unique<InstanceLock>(ws->m_options.dataDir);

    if (options.clock) {
        ws->m_clock = options.clock;
    } else if (ws->isDemo()) {
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
    ws->m_search = std::make_unique<SearchIndex>(*ws->m_db);

    if (options.secrets) {
        ws->m_secrets = options.secrets;
    } else {
        ws->m_ownedSecrets = std::make_unique<FileSecretStore>(ws->m_options.dataDir +
                                                               QStringLiteral("/secrets.json"));
        ws->m_secrets = ws->m_ownedSecrets.get();
    }
    ws->m_links = std::make_unique<LinkSigner>(*ws->m_db, *ws->m_secrets, *ws->m_clock);
    // A reader signs no links, and loading keys may ask the keychain or write a new key.
    if (!options.readOnly) {
        if (Status s = ws->m_links->load(); !s)
            return s.error();
    }

    auto assistant = options.readOnly ? ws->m_accounts->assistant()
                                      : ws->m_accounts->ensureAssistant(options.assistantEmail,
                                                                        options.assistantName);
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
    if (options.sweepOnOpen && !options.readOnly) {
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
    if (offsetMs > kMaxClockOffsetMs)
        return Error{ErrorCode::InvalidInput,
                     tr("The demo clock runs at most 10 years ahead of real time; it is %n day(s) "
                        "ahead now. Move it by less, or put it back with \"carillon clock "
                        "reset\".",
                        nullptr, int(clockOffsetMs() / 86'400'000))};
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
    const bool alone = m_instanceLock && m_instanceLock->tryExclusive();
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
                                         "assistant_code_failures",
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
                                         "identities"};
    Status s = m_db->transaction([&]() -> Status {
        for (const char *table : tables) {
            if (auto q = m_db->exec(QStringLiteral("DELETE FROM ") + QLatin1String(table)); !q)
                return q.error();
        }
        // What the folder is stays: a reset demo folder is still a demo folder.
        if (auto q = m_db->exec(QStringLiteral("DELETE FROM app_state WHERE key <> ?"),
                                {QLatin1String(kFolderKindKey)});
            !q)
            return q.error();
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
