#pragma once

#include "core/Result.h"
#include "core/StoreContext.h"

#include <QCoreApplication>
#include <QSet>

namespace carillon {

class BlobStore;
class Database;
class SessionStore;
enum class RevokeReason;

// What erasing a profile removes, for the confirmation preview.
struct ErasePreview
{
    int conversations = 0; // conversations the person is in
    int messages = 0;      // messages they wrote
    int attachments = 0;   // files they uploaded
    int roomsCreated = 0;
    int contacts = 0;
    int meetings = 0; // meetings they organise
};

// The one eraser behind "Delete me" and an Enterprise deleting its account. In one transaction
// it signs the profile out everywhere, removes everything the person authored or belongs to
// and unlinks the identity (which is kept). Files are removed after the commit, in a second
// write transaction that re-checks each one is unreferenced; a crash in between leaves only
// unreferenced blobs, which the start-up sweep removes.
class ProfileEraser
{
    Q_DECLARE_TR_FUNCTIONS(ProfileEraser)
public:
    ProfileEraser(StoreContext ctx, SessionStore &sessions) : m_ctx(ctx), m_sessions(sessions) {}

    Result<ErasePreview> preview(qint64 profileId) const;
    Status erase(qint64 profileId, RevokeReason reason);

    // The one way blob files leave the store: inside a write transaction, each candidate that no
    // attachment row references is removed. Returns how many files went.
    static Result<int> removeUnreferencedBlobs(Database &db, BlobStore &blobs,
                                               const QSet<QString> &candidates);

private:
    StoreContext m_ctx;
    SessionStore &m_sessions;
};

} // namespace carillon
