#include "core/MeetingStore.h"

#include "core/AccountStore.h"
#include "core/ChangeFeed.h"
#include "core/Clock.h"
#include "core/Database.h"

#include <QSqlQuery>

namespace carillon {

Result<Meeting> MeetingStore::schedule(qint64 organiserId, const QString &title, qint64 startsAt,
                                       int durationMinutes, const QList<qint64> &inviteeIds)
{
    const QString clean = title.simplified();
    if (clean.isEmpty() || clean.size() > 200)
        return Error{ErrorCode::InvalidInput, tr("Give the meeting a title of 1 to 200 "
                                                 "characters.")};
    if (durationMinutes < 5 || durationMinutes > 24 * 60)
        return Error{ErrorCode::InvalidInput,
                     tr("A meeting lasts from 5 minutes to 24 hours; %1 minutes is outside that.")
                         .arg(durationMinutes)};
    if (startsAt < m_ctx.clock.nowMs() - 60'000)
        return Error{ErrorCode::InvalidInput, tr("That start time has passed. Pick a time in the "
                                                 "future.")};
    Meeting meeting{0, organiserId, clean, startsAt, durationMinutes, {}};
    Status s = m_ctx.db.transaction([&]() -> Status {
        if (auto p = m_accounts.profile(organiserId); !p)
            return p.error();
        auto q =
            m_ctx.db.exec(QStringLiteral("INSERT INTO meetings (organiser_id, title, "
                                         "starts_at, duration_min, created_at) "
                                         "VALUES (?, ?, ?, ?, ?)"),
                          {organiserId, clean, startsAt, durationMinutes, m_ctx.clock.nowMs()});
        if (!q)
            return q.error();
        meeting.id = q->lastInsertId().toLongLong();
        for (qint64 invitee : inviteeIds) {
            if (invitee == organiserId || meeting.inviteeIds.contains(invitee))
                continue;
            if (auto p = m_accounts.profile(invitee); !p)
                return p.error();
            auto i = m_ctx.db.exec(QStringLiteral("INSERT INTO meeting_invitees (meeting_id, "
                                                  "profile_id) VALUES (?, ?)"),
                                   {meeting.id, invitee});
            if (!i)
                return i.error();
            meeting.inviteeIds.append(invitee);
        }
        m_ctx.feed.record(Topic::Meeting, meeting.id);
        return {};
    });
    if (!s)
        return s.error();
    return meeting;
}

Result<QList<Meeting>> MeetingStore::meetingsFor(qint64 profileId) const
{
    auto q = m_ctx.db.exec(
        QStringLiteral("SELECT id, organiser_id, title, starts_at, duration_min FROM meetings "
                       "WHERE organiser_id = ? OR id IN (SELECT meeting_id FROM meeting_invitees "
                       "WHERE profile_id = ?) ORDER BY starts_at, id"),
        {profileId, profileId});
    if (!q)
        return q.error();
    QList<Meeting> list;
    while (q->next()) {
        list.append({q->value(0).toLongLong(),
                     q->value(1).toLongLong(),
                     q->value(2).toString(),
                     q->value(3).toLongLong(),
                     q->value(4).toInt(),
                     {}});
    }
    q->finish();
    for (Meeting &m : list) {
        auto i = m_ctx.db.exec(
            QStringLiteral("SELECT profile_id FROM meeting_invitees WHERE meeting_id = ?"), {m.id});
        if (!i)
            return i.error();
        while (i->next())
            m.inviteeIds.append(i->value(0).toLongLong());
    }
    return list;
}

} // namespace carillon
