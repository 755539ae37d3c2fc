#include "ui/MessageModel.h"

#include "core/AssistantTexts.h"
#include "ui/ProfileCache.h"

#include <QDateTime>

namespace carillon::ui {

namespace {
// Messages by the same person within this time are shown as one group (one header).
constexpr qint64 kGroupGapMs = 5 * 60'000;
} // namespace

MessageModel::MessageModel(ChatBackend &backend, QObject *parent)
    : QAbstractListModel(parent), m_backend(backend), m_people(ProfileCache::of(backend)),
      m_assistantId(backend.assistant().id)
{
    // A sender's name arrived after their messages: their rows say it now.
    connect(&m_people, &ProfileCache::arrived, this, [this](qint64 profileId) {
        for (int row = 0; row < m_messages.size(); ++row) {
            if (m_messages.at(row).senderId == profileId) {
                emit dataChanged(index(row), index(int(m_messages.size()) - 1));
                return;
            }
        }
    });
}

namespace {
QList<qint64> senders(const QList<Message> &messages)
{
    QList<qint64> ids;
    for (const Message &m : messages) {
        if (!ids.contains(m.senderId))
            ids.append(m.senderId);
    }
    return ids;
}
} // namespace

bool MessageModel::isRich(const Message &message)
{
    return message.kind != MessageKind::Text || !message.attachments.isEmpty();
}

void MessageModel::open(qint64 conversationId)
{
    const quint64 generation = ++m_generation;
    m_fetching = false;
    m_wantOlder = false;
    m_afterPage.clear();
    m_loading = conversationId != 0;
    auto answered = std::make_shared<bool>(false);
    if (conversationId) {
        m_backend.history(
            conversationId, 0, kFirstPage, this,
            [this, generation, conversationId, answered](const Result<QList<Message>> &page) {
                *answered = true;
                if (generation != m_generation)
                    return; // another conversation was opened since
                m_loading = false;
                if (!page)
                    emit loadFailed(page.error().message);
                showFirstPage(conversationId, page.value_or({}));
                m_hasOlder = page && page->size() == kFirstPage;
                emit opened(conversationId);
                runAfterPage();
            });
    }
    if (!*answered)
        showFirstPage(conversationId, {}); // empty until the page arrives
}

void MessageModel::showFirstPage(qint64 conversationId, const QList<Message> &page)
{
    m_people.want(senders(page)); // the embedded backend answers at once: names come along
    QList<Message> messages = page;
    // Posted while the page was on its way, and newer than it: they stay.
    if (conversationId == m_conversationId) {
        for (const Message &m : std::as_const(m_messages)) {
            if (messages.isEmpty() || m.id > messages.last().id)
                messages.append(m);
        }
    }
    beginResetModel();
    m_conversationId = conversationId;
    m_messages = messages;
    m_days.clear();
    m_hasOlder = false;
    m_hasNewer = false;
    endResetModel();
}

void MessageModel::onMessagePosted(qint64 conversationId, qint64 messageId)
{
    // While the newest pages are let go of, a new message belongs to them: it arrives with them.
    if (conversationId != m_conversationId || m_hasNewer || rowOf(messageId) >= 0)
        return;
    const quint64 generation = m_generation;
    m_backend.message(messageId, this, [this, generation, messageId](const Result<Message> &m) {
        // Not if another conversation opened meanwhile, or newer pages were let go of, or the
        // message came with a page in the meantime.
        if (!m || generation != m_generation || m_hasNewer || rowOf(messageId) >= 0)
            return;
        m_people.want({m->senderId});
        insertInOrder(*m);
    });
}

void MessageModel::insertInOrder(const Message &message)
{
    // Posts arrive in order, except when another device's poll catches up late: keep id order.
    int row = int(m_messages.size());
    while (row > 0 && m_messages.at(row - 1).id > message.id)
        --row;
    beginInsertRows({}, row, row);
    m_messages.insert(row, message);
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
    // Empty until the profile arrives (the row is repainted then).
    const std::optional<Profile> p = m_people.find(profileId);
    if (p)
        return p->displayName;
    return m_people.known(profileId) ? tr("Deleted person") : QString();
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
    return !parent.isValid() && m_hasOlder && m_wantOlder && !m_fetching && !m_loading;
}

void MessageModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_messages.isEmpty())
        return;
    m_wantOlder = false;
    fetchPage(true);
}

void MessageModel::loadNewer()
{
    if (!m_hasNewer || m_messages.isEmpty() || m_fetching || m_loading)
        return;
    fetchPage(false);
}

void MessageModel::fetchPage(bool older)
{
    // One page at a time: the next one starts where this one ends.
    m_fetching = true;
    const quint64 generation = m_generation;
    auto put = [this, generation, older](const Result<QList<Message>> &page) {
        if (generation != m_generation)
            return; // the list shows another conversation (or the same one afresh)
        m_fetching = false;
        if (older)
            m_wantOlder = false; // asked for again while this page was out: this was the answer
        if (!page) {
            (older ? m_hasOlder : m_hasNewer) = false;
            emit loadFailed(page.error().message);
        } else {
            (older ? m_hasOlder : m_hasNewer) = page->size() == kOlderPage;
            m_people.want(senders(*page));
            if (!page->isEmpty()) {
                auto change = [this, older, &page] { putPage(older, *page); };
                if (aroundPage)
                    aroundPage(change);
                else
                    change();
            }
        }
        runAfterPage();
    };
    if (older)
        m_backend.history(m_conversationId, m_messages.first().id, kOlderPage, this, put);
    else
        m_backend.historyAfter(m_conversationId, m_messages.last().id, kOlderPage, this, put);
}

void MessageModel::putPage(bool older, const QList<Message> &page)
{
    if (older) {
        beginInsertRows({}, 0, int(page.size()) - 1);
        m_messages = page + m_messages;
    } else {
        const int first = int(m_messages.size());
        beginInsertRows({}, first, first + int(page.size()) - 1);
        m_messages += page;
    }
    endInsertRows();
    trim(!older);
}

void MessageModel::find(qint64 messageId, std::function<void(int row)> then)
{
    if (m_loading || m_fetching) { // after the page on its way
        m_afterPage.append([this, messageId, then] { find(messageId, then); });
        return;
    }
    const int row = rowOf(messageId);
    if (row >= 0 || !m_hasOlder || m_messages.isEmpty()) {
        then(row);
        return;
    }
    // Older pages until the message is loaded; each page is one indexed query.
    m_afterPage.append([this, messageId, then] { find(messageId, then); });
    fetchPage(true);
}

void MessageModel::runAfterPage()
{
    const QList<std::function<void()>> waiting = std::exchange(m_afterPage, {});
    for (const auto &next : waiting)
        next();
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
