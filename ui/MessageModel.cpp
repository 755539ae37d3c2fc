#include "ui/MessageModel.h"

#include "core/AssistantTexts.h"

#include <QDateTime>

namespace carillon::ui {

namespace {
// Messages by the same person within this time are shown as one group (one header).
constexpr qint64 kGroupGapMs = 5 * 60'000;
} // namespace

MessageModel::MessageModel(ChatBackend &backend, QObject *parent)
    : QAbstractListModel(parent), m_backend(backend), m_assistantId(backend.assistant().id)
{
}

bool MessageModel::isRich(const Message &message)
{
    return message.kind != MessageKind::Text || !message.attachments.isEmpty();
}

void MessageModel::open(qint64 conversationId)
{
    beginResetModel();
    m_conversationId = conversationId;
    m_messages.clear();
    m_days.clear();
    m_hasOlder = false;
    m_hasNewer = false;
    if (conversationId) {
        auto page = m_backend.history(conversationId, 0, kFirstPage);
        if (page) {
            m_messages = *page;
            m_hasOlder = page->size() == kFirstPage;
        } else {
            emit loadFailed(page.error().message);
        }
    }
    endResetModel();
}

void MessageModel::onMessagePosted(qint64 conversationId, qint64 messageId)
{
    // While the newest pages are let go of, a new message belongs to them: it arrives with them.
    if (conversationId != m_conversationId || m_hasNewer || rowOf(messageId) >= 0)
        return;
    auto message = m_backend.message(messageId);
    if (!message)
        return;
    // Posts arrive in order, except when another device's poll catches up late: keep id order.
    int row = int(m_messages.size());
    while (row > 0 && m_messages.at(row - 1).id > messageId)
        --row;
    beginInsertRows({}, row, row);
    m_messages.insert(row, *message);
    endInsertRows();
    if (row + 1 < m_messages.size()) {
        const QModelIndex next = index(row + 1);
        emit dataChanged(next, next);
    }
}

MessageModel::CodeFate MessageModel::codeFate(int row) const
{
    const Message &request = m_messages.at(row);
    if (request.kind != MessageKind::ConfirmationRequest)
        return CodeFate::Live;
    const ConfirmationPayload p = ConfirmationPayload::fromJson(request.payload);
    for (int i = row + 1; i < m_messages.size(); ++i) {
        const Message &later = m_messages.at(i);
        if (later.kind == MessageKind::ConfirmationRequest &&
            ConfirmationPayload::fromJson(later.payload).command == p.command)
            return CodeFate::Replaced;
        // Sent late, the code was refused: the newer code that answered it replaced it.
        if (later.senderId != m_assistantId && later.kind == MessageKind::Text &&
            later.createdAt <= p.expiresAt && !p.code.isEmpty() &&
            later.body.contains(p.code, Qt::CaseInsensitive))
            return CodeFate::Used;
    }
    return CodeFate::Live;
}

int MessageModel::rowOf(qint64 messageId) const
{
    for (int i = int(m_messages.size()) - 1; i >= 0; --i) {
        if (m_messages.at(i).id == messageId)
            return i;
    }
    return -1;
}

QString MessageModel::senderName(qint64 profileId) const
{
    auto it = m_names.constFind(profileId);
    if (it != m_names.constEnd())
        return *it;
    auto p = m_backend.profile(profileId);
    const QString name = p ? p->displayName : tr("Deleted person");
    m_names.insert(profileId, name);
    return name;
}

qint64 MessageModel::localDay(const Message &message) const
{
    // Converting to local time is the costly part of sizing a row; each message needs it once.
    auto it = m_days.constFind(message.id);
    if (it != m_days.constEnd())
        return *it;
    const qint64 day = QDateTime::fromMSecsSinceEpoch(message.createdAt).date().toJulianDay();
    m_days.insert(message.id, day);
    return day;
}

bool MessageModel::startsDay(int row) const
{
    if (row == 0)
        return true;
    return localDay(m_messages.at(row)) != localDay(m_messages.at(row - 1));
}

bool MessageModel::startsGroup(int row) const
{
    if (row == 0 || startsDay(row))
        return true;
    const Message &m = m_messages.at(row);
    const Message &prev = m_messages.at(row - 1);
    return m.senderId != prev.senderId || m.createdAt - prev.createdAt > kGroupGapMs;
}

int MessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QVariant MessageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_messages.size())
        return {};
    const Message &m = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tr("%1, %2: %3")
            .arg(senderName(m.senderId),
                 QLocale().toString(QDateTime::fromMSecsSinceEpoch(m.createdAt),
                                    QLocale::ShortFormat),
                 isRich(m) ? AssistantTexts::render(m) : m.body);
    case SenderNameRole:
        return senderName(m.senderId);
    case StartsGroupRole:
        return startsGroup(index.row());
    case StartsDayRole:
        return startsDay(index.row());
    case MessageIdRole:
        return m.id;
    default:
        return {};
    }
}

bool MessageModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasOlder && m_wantOlder;
}

void MessageModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_messages.isEmpty())
        return;
    m_wantOlder = false;
    auto page = m_backend.history(m_conversationId, m_messages.first().id, kOlderPage);
    if (!page) {
        m_hasOlder = false;
        emit loadFailed(page.error().message);
        return;
    }
    m_hasOlder = page->size() == kOlderPage;
    if (page->isEmpty())
        return;
    beginInsertRows({}, 0, int(page->size()) - 1);
    m_messages = *page + m_messages;
    endInsertRows();
    trim(false);
}

void MessageModel::loadNewer()
{
    if (!m_hasNewer || m_messages.isEmpty())
        return;
    auto page = m_backend.historyAfter(m_conversationId, m_messages.last().id, kOlderPage);
    if (!page) {
        emit loadFailed(page.error().message);
        return;
    }
    m_hasNewer = page->size() == kOlderPage;
    if (page->isEmpty())
        return;
    const int first = int(m_messages.size());
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_messages += *page;
    endInsertRows();
    trim(true);
}

void MessageModel::trim(bool fromTop)
{
    const int excess = int(m_messages.size()) - kMaxRows;
    if (excess <= 0)
        return;
    const int first = fromTop ? 0 : int(m_messages.size()) - excess;
    beginRemoveRows({}, first, first + excess - 1);
    for (int i = first; i < first + excess; ++i)
        m_days.remove(m_messages.at(i).id);
    m_messages.remove(first, excess);
    endRemoveRows();
    (fromTop ? m_hasOlder : m_hasNewer) = true;
    if (fromTop && !m_messages.isEmpty()) {
        const QModelIndex top = index(0); // it now starts a day and a group
        emit dataChanged(top, top);
    }
}

} // namespace carillon::ui
