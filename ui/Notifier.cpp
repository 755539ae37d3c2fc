#include "ui/Notifier.h"

#include "ui/SafeText.h"
#include "ui/Theme.h"

#include <QSystemTrayIcon>
#include <QWidget>

namespace carillon::ui {

Notifier::Notifier(ChatBackend &backend, QWidget *window, std::function<qint64()> openConversation,
                   QObject *parent)
    : QObject(parent), m_backend(backend), m_window(window),
      m_openConversation(std::move(openConversation))
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(Theme::windowIcon(), this);
        m_tray->setToolTip(QStringLiteral("Carillon"));
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        });
    }
    show = [this](const QString &title, const QString &body) {
        if (m_tray && QSystemTrayIcon::supportsMessages())
            m_tray->showMessage(title, body, Theme::windowIcon(), 6000);
    };
    connect(&backend, &ChatBackend::messagePosted, this, &Notifier::onMessage);
}

Notifier::~Notifier() = default;

void Notifier::onMessage(qint64 conversationId, qint64 messageId)
{
    if (!enabled)
        return;
    const bool looking = m_window->isActiveWindow() && m_openConversation() == conversationId;
    if (looking)
        return;
    // Whether the person looks at it is decided now; who wrote what is asked, then shown.
    m_backend.message(messageId, this, [this](const Result<Message> &message) {
        if (!message || message->senderId == m_backend.me().id)
            return;
        m_backend.profile(message->senderId, this,
                          [this, message = *message](const Result<Profile> &sender) {
                              notify(message, sender ? sender->displayName : tr("Someone"));
                          });
    });
}

void Notifier::notify(const Message &message, const QString &senderName)
{
    const QString name = inSentence(senderName, 64);
    QString body = message.body.section(QLatin1Char('\n'), 0, 0).left(140);
    if (body.isEmpty() && !message.attachments.isEmpty())
        body = tr("Sent %n file(s)", nullptr, int(message.attachments.size()));
    // Notification servers read the body as markup: escaped. The title is plain text to them
    // but markup to Qt's own balloon (no notification server): a name that could be read as
    // markup stays out of it and goes, escaped, into the body.
    if (name.contains(QLatin1Char('<')) || name.contains(QLatin1Char('&')))
        show(tr("New message"), tr("%1: %2").arg(name, body).toHtmlEscaped());
    else
        show(tr("New message from %1").arg(name), body.toHtmlEscaped());
}

} // namespace carillon::ui
