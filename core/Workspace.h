#pragma once

#include "core/AccountStore.h"
#include "core/BlobStore.h"
#include "core/ChangeFeed.h"
#include "core/Clock.h"
#include "core/ContactStore.h"
#include "core/ConversationStore.h"
#include "core/Database.h"
#include "core/InstanceLock.h"
#include "core/LinkSigner.h"
#include "core/MeetingStore.h"
#include "core/MessageStore.h"
#include "core/OrgStore.h"
#include "core/ProfileEraser.h"
#include "core/SearchIndex.h"
#include "core/SecretStore.h"
#include "core/SessionStore.h"

#include <QObject>

#include <memory>
#include <optional>

namespace carillon {

// What a data folder is, recorded when it is created and never changed: a demo folder holds
// the demo data set and has a movable clock; a real folder holds real people's data, which no
// demo command, demo sign-in or seeding may touch.
enum class FolderKind
{
    Real,
    Demo
};

struct WorkspaceOptions
{
    QString dataDir;
    // The server's SQL store: this PostgreSQL database instead of dataDir/carillon.sqlite.
    // dataDir still holds the blobs, the instance lock and (without a keychain) the secrets.
    std::optional<PostgresAddress> database;
    // Create a new folder as a demo folder. An existing folder keeps the kind it records; asking
    // for demo on a real folder is refused, whatever profile or environment led here.
    bool demo = false;
    // Only read: the folder must exist; nothing is created, migrated beyond what opening needs,
    // seeded, swept or signed, and statements that would write are refused.
    bool readOnly = false;
    // Tests inject a ManualClock; otherwise the system clock (or the offset clock on demo).
    Clock *clock = nullptr;
    qint64 maxAttachmentSize = BlobStore::kDefaultMaxSize;
    // Stray blobs younger than this are spared while other instances run (one may be between
    // writing a blob and committing its row); alone on the folder, everything stray goes.
    qint64 sweepGraceMs = 5 * 60'000;
    // Sweep at open. The desktop client sweeps once its first window is on screen instead.
    bool sweepOnOpen = true;
    // The keychain on the desktop; when null, an owner-only file in the data folder.
    SecretStore *secrets = nullptr;
    QString assistantEmail = defaultAssistantEmail();
    QString assistantName = QStringLiteral("Amazon Chime Assistant");
};

// Everything the core holds for one data directory: the SQL store, the blob store, the clock
// and the domain stores, wired together. The composition root of the core; main.cpp builds one.
class Workspace : public QObject
{
    Q_OBJECT
public:
    static Result<std::unique_ptr<Workspace>> open(const WorkspaceOptions &options);
    // The kind of the folder at dataDir without writing to it; nothing when it has no data yet.
    static Result<std::optional<FolderKind>> probeKind(const QString &dataDir);
    // Why demo-only things are refused on a real folder, and what to do instead.
    static Error realFolderError(const QString &dataDir);
    ~Workspace() override;

    const WorkspaceOptions &options() const { return m_options; }
    QString dataDir() const { return m_options.dataDir; }
    FolderKind kind() const { return m_kind; }
    bool isDemo() const { return m_kind == FolderKind::Demo; }

    Database &db() { return *m_db; }
    const Clock &clock() const { return *m_clock; }
    ChangeFeed &feed() { return *m_feed; }
    BlobStore &blobs() { return *m_blobs; }
    AccountStore &accounts() { return *m_accounts; }
    SessionStore &sessions() { return *m_sessions; }
    OrgStore &orgs() { return *m_orgs; }
    ContactStore &contacts() { return *m_contacts; }
    ConversationStore &conversations() { return *m_conversations; }
    MessageStore &messages() { return *m_messages; }
    MeetingStore &meetings() { return *m_meetings; }
    const SearchIndex &search() const { return *m_search; }
    ProfileEraser &eraser() { return *m_eraser; }
    LinkSigner &links() { return *m_links; }
    SecretStore &secrets() { return *m_secrets; }
    Profile assistantProfile() const { return m_assistant; }

    // The demo clock's offset from real time, shared by every instance on the data directory.
    qint64 clockOffsetMs() const;
    Status setClockOffsetMs(qint64 offsetMs);
    Status advanceClock(qint64 deltaMs) { return setClockOffsetMs(clockOffsetMs() + deltaMs); }

    // Removes temporary files and blobs no attachment names (see BlobStore::sweep).
    Result<int> sweepBlobs();

    // Deletes every row (the schema stays) and every blob. Used by "demo reset".
    Status clearAll();

    Result<QString> state(const QString &key) const;
    Status setState(const QString &key, const QString &value);

private:
    explicit Workspace(const WorkspaceOptions &options);
    void reloadClockOffset();

    WorkspaceOptions m_options;
    FolderKind m_kind = FolderKind::Real;
    std::unique_ptr<InstanceLock> m_instanceLock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Clock> m_ownedClock;
    Clock *m_clock = nullptr;
    OffsetClock *m_offsetClock = nullptr;
    std::unique_ptr<ChangeFeed> m_feed;
    std::unique_ptr<BlobStore> m_blobs;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<SessionStore> m_sessions;
    std::unique_ptr<ProfileEraser> m_eraser;
    std::unique_ptr<OrgStore> m_orgs;
    std::unique_ptr<ContactStore> m_contacts;
    std::unique_ptr<ConversationStore> m_conversations;
    std::unique_ptr<MessageStore> m_messages;
    std::unique_ptr<MeetingStore> m_meetings;
    std::unique_ptr<SearchIndex> m_search;
    std::unique_ptr<SecretStore> m_ownedSecrets;
    SecretStore *m_secrets = nullptr;
    std::unique_ptr<LinkSigner> m_links;
    Profile m_assistant;
};

} // namespace carillon
