#include "ui/ChatHeader.h"

#include "ui/ChatView.h"
#include "ui/ProfileCache.h"
#include "ui/SafeText.h"
#include "ui/Theme.h"

#include <QHBoxLayout>
#include <QVBoxLayout>

namespace carillon::ui {

ChatHeader::ChatHeader(ChatBackend &backend, QWidget *parent)
    : QFrame(parent), m_backend(backend), m_people(ProfileCache::of(backend))
{
    setObjectName(QStringLiteral("chatHeader"));
    setFrameShape(QFrame::NoFrame);
    auto *headerLayout = new QHBoxLayout(this);
    headerLayout->setContentsMargins(16, 10, 16, 10);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    m_title = new ElidedLabel(this);
    m_title->setObjectName(QStringLiteral("chatTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new ElidedLabel(this);
    m_subtitle->setObjectName(QStringLiteral("chatSubtitleLabel"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    headerLayout->addLayout(titles, 1);
    m_badge = new BadgeLabel(this);
    m_badge->setObjectName(QStringLiteral("botBadgeLabel"));
    m_badge->setText(ChatView::tr("Webhook"));
    m_badge->setToolTip(ChatView::tr("An automated assistant, not a person"));
    headerLayout->addWidget(m_badge);
    // A member's name arrived after the conversation did.
    connect(&m_people, &ProfileCache::arrived, this, [this](qint64 profileId) {
        if (m_conversation && m_conversation->memberIds.contains(profileId))
            render();
    });
    render();
}

void ChatHeader::setConversation(qint64 conversationId)
{
    if (conversationId == m_conversationId && m_conversation)
        return refresh();
    m_conversationId = conversationId;
    m_conversation.reset();
    ++m_asked; // an answer about the previous conversation is not shown
    refresh();
    if (!m_conversation)
        render(); // loading, or none
}

void ChatHeader::refresh()
{
    if (!m_conversationId)
        return;
    const quint64 asked = ++m_asked;
    const qint64 id = m_conversationId;
    m_backend.conversation(id, this, [this, asked, id](const Result<Conversation> &conv) {
        if (asked != m_asked || id != m_conversationId)
            return; // a newer question is out, or another conversation is shown
        if (conv) {
            m_conversation = *conv;
        } else {
            m_conversation.reset(); // gone (erased, or we left it): none is shown
            m_conversationId = 0;
        }
        render();
    });
}

QString ChatHeader::title() const
{
    return m_title->fullText();
}

bool ChatHeader::withAssistant() const
{
    return m_conversation && !m_badge->isHidden();
}

void ChatHeader::render()
{
    m_badge->hide();
    if (!m_conversation) {
        if (m_conversationId) {
            m_title->setFullText(QString());
            m_subtitle->setFullText(ChatView::tr("Loading the conversation…"));
        } else {
            m_title->setFullText(ChatView::tr("No conversation selected"));
            m_subtitle->setFullText(
                ChatView::tr("Pick a chat on the left, or start one with Message > New message."));
        }
        emit changed();
        return;
    }
    const Conversation &conv = *m_conversation;
    m_people.want(conv.memberIds);
    QStringList names;
    for (qint64 id : conv.memberIds) {
        if (id == m_backend.me().id)
            continue;
        if (auto p = m_people.find(id)) {
            names.append(p->displayName);
            if (p->kind == ProfileKind::Assistant)
                m_badge->show();
            if (conv.kind == ConversationKind::Direct)
                m_subtitle->setFullText(p->email);
        }
    }
    m_title->setFullText(conv.title.isEmpty() ? names.join(QStringLiteral(", ")) : conv.title);
    if (conv.kind != ConversationKind::Direct)
        m_subtitle->setFullText(
            conv.kind == ConversationKind::Room
                ? ChatView::tr("Chat room · %n member(s)", nullptr, int(conv.memberIds.size()))
                : ChatView::tr("Group chat · %1").arg(names.join(QStringLiteral(", "))));
    emit changed();
}

} // namespace carillon::ui
