#pragma once

#include "core/Result.h"
#include "core/StoreContext.h"
#include "core/Types.h"

#include <QCoreApplication>

namespace carillon {

class AccountStore;

class MeetingStore
{
    Q_DECLARE_TR_FUNCTIONS(MeetingStore)
public:
    MeetingStore(StoreContext ctx, AccountStore &accounts) : m_ctx(ctx), m_accounts(accounts) {}

    Result<Meeting> schedule(qint64 organiserId, const QString &title, qint64 startsAt,
                             int durationMinutes, const QList<qint64> &inviteeIds);
    // Meetings the profile organises or is invited to, soonest first.
    Result<QList<Meeting>> meetingsFor(qint64 profileId) const;

private:
    StoreContext m_ctx;
    AccountStore &m_accounts;
};

} // namespace carillon
