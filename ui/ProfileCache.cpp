#include "ui/ProfileCache.h"

namespace carillon::ui {

ProfileCache::ProfileCache(ChatBackend &backend) : QObject(&backend), m_backend(backend)
{
    setObjectName(QStringLiteral("profileCache"));
    // A name changed or a person was erased: what is shown stays until the new answer is in.
    connect(&backend, &ChatBackend::contactsChanged, this, [this] {
        for (auto it = m_known.constBegin(); it != m_known.constEnd(); ++it)
            m_stale.insert(it.key());
    });
}

ProfileCache &ProfileCache::of(ChatBackend &backend)
{
    if (auto *cache = backend.findChild<ProfileCache *>(QStringLiteral("profileCache"),
                                                        Qt::FindDirectChildrenOnly))
        return *cache;
    return *new ProfileCache(backend);
}

std::optional<Profile> ProfileCache::find(qint64 profileId)
{
    if (!m_known.contains(profileId) || m_stale.contains(profileId))
        ask(profileId); // the embedded backend answers inside this call
    return m_known.value(profileId);
}

void ProfileCache::want(const QList<qint64> &profileIds)
{
    for (qint64 id : profileIds) {
        if (!m_known.contains(id) || m_stale.contains(id))
            ask(id);
    }
}

void ProfileCache::ask(qint64 profileId)
{
    if (m_asked.contains(profileId))
        return;
    m_asked.insert(profileId);
    m_stale.remove(profileId);
    // Answered inside the call, the caller reads the answer on return: no signal then, which
    // would reach views in the middle of painting or of answering data().
    const bool wasAsking = m_asking;
    m_asking = true;
    m_backend.profile(profileId, this, [this, profileId](const Result<Profile> &p) {
        m_asked.remove(profileId);
        const std::optional<Profile> now = p ? std::optional<Profile>(*p) : std::nullopt;
        const std::optional<Profile> before = m_known.value(profileId);
        const bool changed =
            !m_known.contains(profileId) || before.has_value() != now.has_value() ||
            (now && (before->displayName != now->displayName || before->email != now->email));
        m_known.insert(profileId, now);
        if (!m_asking && changed)
            emit arrived(profileId);
    });
    m_asking = wasAsking;
}

} // namespace carillon::ui
