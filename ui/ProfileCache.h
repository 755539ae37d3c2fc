#pragma once

#include "core/ChatBackend.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <optional>

namespace carillon::ui {

// The profiles the window shows names, addresses and avatars of (senders, members, meeting
// organisers), asked of the backend once each and kept: item models and headers read them while
// painting, where nothing may wait for a reply. One per backend, shared by every view.
class ProfileCache : public QObject
{
    Q_OBJECT
public:
    // The cache of this backend (made on first use, a child of the backend).
    static ProfileCache &of(ChatBackend &backend);

    // The profile when it is known; otherwise asks for it (arrived() follows) and returns
    // nothing meanwhile. A profile that does not exist (erased) stays nothing, and known().
    std::optional<Profile> find(qint64 profileId);
    bool known(qint64 profileId) const { return m_known.contains(profileId); }
    // Asks for those not known yet, so that they arrive together with what needs them.
    void want(const QList<qint64> &profileIds);

signals:
    // A profile asked for arrived (or turned out not to exist) after the call that asked.
    void arrived(qint64 profileId);

private:
    explicit ProfileCache(ChatBackend &backend);
    void ask(qint64 profileId);

    ChatBackend &m_backend;
    QHash<qint64, std::optional<Profile>> m_known;
    QSet<qint64> m_asked; // asked, no reply yet
    QSet<qint64> m_stale; // known, but people changed since: served while asked again
    bool m_asking = false;
};

} // namespace carillon::ui
