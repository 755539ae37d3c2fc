#include "ui/MessageCard.h"
#include "core/BlobStore.h"

#include "core/AssistantPayloads.h"
#include "core/AssistantTexts.h"
#include "ui/CopyFeedback.h"
#include "ui/ProfileCache.h"
#include "ui/SafeText.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QMimeDatabase>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace carillon::ui {

namespace {
QString moment(qint64 utcMs)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime();
    return MessageCard::tr("%1, %2 %3", "date, time, zone")
        .arg(QLocale().toString(local.date(), QLocale::LongFormat),
             QLocale().toString(local.time(), QLocale::ShortFormat), local.timeZoneAbbreviation());
}

QString sizeText(qint64 bytes)
{
    return formatSize(bytes); // binary units, as the attachment limit is stated
}
} // namespace

MessageCard::MessageCard(ChatBackend &backend, const Message &message, QWidget *parent)
    : TonedFrame(Tone::Plain, parent), m_backend(backend), m_message(message)
{
    setObjectName(QStringLiteral("messageCard"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    switch (message.kind) {
    case MessageKind::ConfirmationRequest:
        buildConfirmation();
        break;
    case MessageKind::DeletionPreview:
        buildDeletionPreview();
        break;
    case MessageKind::ExportAccepted:
        buildTitled(ExportAcceptedPayload::fromJson(message.payload).alreadyPending
                        ? tr("Request in progress")
                        : tr("Request confirmed"),
                    Tone::Info);
        break;
    case MessageKind::ExportDelivered:
        buildExportDelivered();
        break;
    case MessageKind::Refusal:
        buildTitled(tr("Not available"), Tone::Warning);
        break;
    case MessageKind::AssistantIntro:
        buildTitled(tr("Welcome"), Tone::Info);
        break;
    case MessageKind::AssistantInfo:
    case MessageKind::Text:
        if (const QString text = AssistantTexts::render(message); !text.isEmpty())
            layout->addWidget(bodyLabel(text));
        break;
    }
    if (message.kind != MessageKind::ExportDelivered) {
        for (const Attachment &a : message.attachments)
            layout->addWidget(attachmentBubble(a), 0, Qt::AlignLeft);
    }
    // A screen reader announces the card by who sent it and what it is; its text follows.
    nameForScreenReaders();
    ProfileCache &people = ProfileCache::of(backend);
    connect(&people, &ProfileCache::arrived, this, [this](qint64 profileId) {
        if (profileId == m_message.senderId)
            nameForScreenReaders();
    });
    setAccessibleDescription(message.body.left(1000));
}

void MessageCard::nameForScreenReaders()
{
    const auto sender = ProfileCache::of(m_backend).find(m_message.senderId);
    const QString from = inSentence(sender ? sender->displayName : tr("someone"));
    const QString what = !m_title.isEmpty() ? m_title
                         : !m_message.body.isEmpty()
                             ? m_message.body.left(200)
                             : tr("%n attachment(s)", nullptr, int(m_message.attachments.size()));
    setAccessibleName(tr("%1: %2", "sender: card title").arg(from, what));
}

int MessageCard::heightForWidth(int width) const
{
    return layout()->heightForWidth(width);
}

QLabel *MessageCard::bodyLabel(const QString &text)
{
    auto *label = new QLabel(this);
    label->setTextFormat(Qt::PlainText); // never interpret markup someone typed
    label->setText(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setObjectName(QStringLiteral("messageBodyLabel"));
    label->setAccessibleName(text.left(200));
    return label;
}

QPushButton *MessageCard::button(const QString &objectName, const QString &text,
                                 const QString &accessible)
{
    auto *b = new QPushButton(text, this);
    b->setObjectName(objectName);
    b->setAccessibleName(accessible);
    b->setAutoDefault(false);
    return b;
}

void MessageCard::buildTitled(const QString &title, Tone tone)
{
    setTone(tone);
    m_title = title;
    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    layout->setContentsMargins(12, 10, 12, 10);
    auto *heading = new QLabel(this);
    heading->setTextFormat(Qt::PlainText);
    heading->setText(title);
    heading->setObjectName(QStringLiteral("cardTitleLabel"));
    heading->setWordWrap(true); // a narrow window wraps card texts, never clips them
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    layout->addWidget(bodyLabel(AssistantTexts::render(m_message))); // in this reader's language
}

void MessageCard::buildConfirmation()
{
    const ConfirmationPayload p = ConfirmationPayload::fromJson(m_message.payload);
    buildTitled(p.command == AssistantCommand::DeleteMe ? tr("Confirm: Delete me")
                                                        : tr("Confirm: Get my attachments"),
                p.command == AssistantCommand::DeleteMe ? Tone::Danger : Tone::Info);
    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    auto *code = new QLabel(p.code, this);
    code->setObjectName(QStringLiteral("confirmationCodeLabel"));
    code->setAccessibleName(tr("Confirmation code %1").arg(p.code));
    code->setTextFormat(Qt::PlainText);
    code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont big = QFont(QStringLiteral("monospace"));
    big.setStyleHint(QFont::Monospace);
    big.setPointSizeF(font().pointSizeF() * 1.9);
    big.setBold(true);
    big.setLetterSpacing(QFont::AbsoluteSpacing, 3);
    code->setFont(big);
    layout->addWidget(code);

    m_codeParts.append(code);
    m_expiresAt = p.expiresAt;
    m_countdown = new QLabel(this);
    m_countdown->setTextFormat(Qt::PlainText);
    m_countdown->setObjectName(QStringLiteral("codeCountdownLabel"));
    m_countdown->setWordWrap(true);
    layout->addWidget(m_countdown);

    auto *row = new QHBoxLayout;
    auto *copyCode = button(QStringLiteral("copyCodeButton"), tr("Copy code"), tr("Copy code"));
    auto *copyCommand =
        button(QStringLiteral("copyCommandButton"), tr("Copy command"), tr("Copy command"));
    m_putButton = button(QStringLiteral("putInComposerButton"), tr("Put in composer"),
                         tr("Put the command in the composer"));
    m_putButton->setToolTip(
        tr("Puts \"%1\" in the message box. Press Send to confirm.").arg(p.commandLine()));
    const QString code8 = p.code;
    const QString command = p.commandLine();
    connect(copyCode, &QPushButton::clicked, this,
            [copyCode, code8] { CopyFeedback::copy(copyCode, code8); });
    connect(copyCommand, &QPushButton::clicked, this,
            [copyCommand, command] { CopyFeedback::copy(copyCommand, command); });
    connect(m_putButton, &QPushButton::clicked, this,
            [this, command] { emit putInComposer(command); });
    m_codeParts << copyCode << copyCommand << m_putButton;
    row->addWidget(copyCode);
    row->addWidget(copyCommand);
    row->addWidget(m_putButton);
    row->addStretch();
    layout->addLayout(row);

    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &MessageCard::updateCountdown);
    m_timer->start(1000);
    updateCountdown();
}

bool MessageCard::setCodeState(CodeState state)
{
    if (!m_countdown || state == m_codeState)
        return false;
    m_codeState = state;
    updateCountdown();
    return true;
}

void MessageCard::updateCountdown()
{
    const qint64 left = m_expiresAt - m_backend.nowMs();
    if (m_codeState != CodeState::Live || left <= 0) {
        // A used, replaced or late code no longer confirms anything: say which, and take away
        // the buttons that would only send it to be refused.
        m_countdown->setText(
            m_codeState == CodeState::Used ? tr("This code was used. It no longer works.")
            : m_codeState == CodeState::Replaced
                ? tr("A newer code replaced this one. Use the code on the latest card.")
                : tr("This code has expired. Send the command again for a new one."));
        for (QWidget *part : std::as_const(m_codeParts))
            part->setEnabled(false);
        m_timer->stop();
        return;
    }
    const qint64 seconds = (left + 999) / 1000;
    m_countdown->setText(
        tr("Valid for %1:%2 more").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
    for (QWidget *part : std::as_const(m_codeParts))
        part->setEnabled(true);
    if (!m_timer->isActive())
        m_timer->start(1000); // the demo clock can be moved back
}

void MessageCard::buildDeletionPreview()
{
    buildTitled(tr("What Delete me removes"), Tone::Danger);
}

void MessageCard::buildExportDelivered()
{
    const ExportDeliveredPayload p = ExportDeliveredPayload::fromJson(m_message.payload);
    buildTitled(tr("Your attachments list is ready"), Tone::Success);
    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    m_facts = new QLabel(this);
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setObjectName(QStringLiteral("exportFactsLabel"));
    m_facts->setWordWrap(true);
    m_expiresAt = p.expiresAt;
    layout->addWidget(m_facts);
    updateLinksExpiry();
    // Demo time jumps, real time passes: either can take the links past their expiry.
    connect(&m_backend, &ChatBackend::clockChanged, this, &MessageCard::updateLinksExpiry);
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &MessageCard::updateLinksExpiry);
    m_timer->start(30'000);
    if (m_message.attachments.isEmpty())
        return;
    const Attachment manifest = m_message.attachments.first();
    layout->addWidget(attachmentBubble(manifest), 0, Qt::AlignLeft);
    auto *row = new QHBoxLayout;
    auto *view = button(QStringLiteral("viewLinksButton"), tr("View links…"), tr("View links"));
    connect(view, &QPushButton::clicked, this, [this, manifest] { emit viewLinks(manifest); });
    row->addWidget(view);
    row->addStretch();
    layout->addLayout(row);
}

void MessageCard::updateLinksExpiry()
{
    const int links = ExportDeliveredPayload::fromJson(m_message.payload).linkCount;
    const bool expired = m_backend.nowMs() >= m_expiresAt;
    m_facts->setText(
        expired ? tr("%n link(s), expired on %1. Send Get my attachments for new "
                     "links.",
                     nullptr, links)
                      .arg(moment(m_expiresAt))
                : tr("%n link(s), valid until %1", nullptr, links).arg(moment(m_expiresAt)));
    m_facts->setAccessibleName(m_facts->text());
    // Expired links are no longer a success: the card turns to a warning, and back if the
    // demo clock is moved back.
    setTone(expired ? Tone::Warning : Tone::Success);
    if (expired)
        Theme::markAsError(m_facts);
    else
        m_facts->setPalette(QPalette());
}

QWidget *MessageCard::attachmentBubble(const Attachment &a)
{
    auto *bubble = new TonedFrame(Tone::Outline, this);
    bubble->setObjectName(QStringLiteral("attachmentBubble"));
    auto *column = new QVBoxLayout(bubble);
    column->setContentsMargins(8, 6, 8, 6);
    auto *row = new QHBoxLayout;
    auto *icon = new QLabel(bubble);
    const bool image = a.mimeType.startsWith(QLatin1String("image/"));
    const QString themed = QMimeDatabase().mimeTypeForName(a.mimeType).iconName();
    const QIcon &fallback = Theme::icon(image ? Theme::Glyph::Image : Theme::Glyph::File);
    icon->setPixmap(QIcon::fromTheme(themed, fallback).pixmap(32, 32));
    row->addWidget(icon);
    if (image) {
        // The bytes may have to come from elsewhere first: the thumbnail replaces the icon when
        // they are here, above the name and buttons, not beside them (it fits a narrow window).
        m_backend.attachmentFile(a, this, [this, icon, row, column](const Result<QString> &file) {
            if (!file)
                return; // the icon stays
            QImageReader reader(*file);
            const QSize full = reader.size();
            if (!full.isValid())
                return;
            reader.setScaledSize(full.scaled(240, 160, Qt::KeepAspectRatio));
            const QPixmap thumb = QPixmap::fromImage(reader.read());
            if (thumb.isNull())
                return;
            icon->setPixmap(thumb);
            row->removeWidget(icon);
            column->insertWidget(0, icon, 0, Qt::AlignLeft);
            updateGeometry();
            emit grew();
        });
    }
    // The name elided in the middle (the extension stays in sight) and with invisible
    // characters shown: a long or disguised name neither widens the chat nor passes for another.
    const QString name = visibleFileName(a.fileName);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(0);
    auto *nameLabel = new ElidedLabel(bubble, Qt::ElideMiddle);
    nameLabel->setObjectName(QStringLiteral("attachmentNameLabel"));
    nameLabel->setFullText(name);
    nameLabel->setMinimumWidth(120);
    auto *sizeLabel = new QLabel(bubble);
    sizeLabel->setObjectName(QStringLiteral("attachmentSizeLabel"));
    sizeLabel->setTextFormat(Qt::PlainText);
    sizeLabel->setText(sizeText(a.size));
    texts->addStretch(); // name and size together, centred beside a tall thumbnail
    texts->addWidget(nameLabel);
    texts->addWidget(sizeLabel);
    texts->addStretch();
    row->addLayout(texts, 1);
    auto *open =
        button(QStringLiteral("openAttachmentButton"), tr("Open"), tr("Open %1").arg(name));
    auto *save =
        button(QStringLiteral("saveAttachmentButton"), tr("Save as…"), tr("Save %1 as").arg(name));
    open->setParent(bubble);
    save->setParent(bubble);
    connect(open, &QPushButton::clicked, this, [this, a] { emit openAttachment(a); });
    connect(save, &QPushButton::clicked, this, [this, a] { emit saveAttachment(a); });
    row->addWidget(open);
    row->addWidget(save);
    column->addLayout(row);
    bubble->setAccessibleName(tr("Attachment %1, %2").arg(name, sizeText(a.size)));
    return bubble;
}

} // namespace carillon::ui
