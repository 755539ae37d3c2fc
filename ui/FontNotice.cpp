#include "ui/FontNotice.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>

namespace carillon::ui {

namespace {
const char *const kText = QT_TRANSLATE_NOOP(
    "carillon::ui::FontNotice",
    "Japanese text shows as empty boxes: no font for Japanese is installed. Install the "
    "fonts-noto-cjk package (sudo apt install fonts-noto-cjk), then restart Carillon.");

std::function<bool()> &probeOverride()
{
    static std::function<bool()> probe;
    return probe;
}
} // namespace

void FontNotice::setFontProbeForTests(std::function<bool()> probe)
{
    probeOverride() = std::move(probe);
}

FontNotice::FontNotice(QWidget *parent) : TonedFrame(Tone::Warning, parent)
{
    setObjectName(QStringLiteral("fontNoticeFrame"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 8, 12, 8);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("fontNoticeLabel"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse); // the command can be copied
    // The Japanese translation would itself be boxes: in Japanese, the English sentence.
    const QString translated = tr(kText);
    m_text->setText(containsJapanese(translated) ? QString::fromUtf8(kText) : translated);
    m_text->setAccessibleName(m_text->text());
    layout->addWidget(m_text, 1);
    m_dismiss = new QPushButton(tr("Dismiss"), this);
    m_dismiss->setObjectName(QStringLiteral("dismissFontNoticeButton"));
    m_dismiss->setAccessibleName(tr("Dismiss the notice about Japanese fonts"));
    m_dismiss->setAutoDefault(false);
    layout->addWidget(m_dismiss, 0, Qt::AlignVCenter);
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        QSettings().setValue(QLatin1String(kDismissedKey), true);
        hide();
    });
    hide();
}

void FontNotice::check(bool needed)
{
    if (!needed || m_checked)
        return;
    m_checked = true;
    if (QSettings().value(QLatin1String(kDismissedKey), false).toBool())
        return;
    if (probeOverride() ? probeOverride()() : hasJapaneseFont())
        return;
    show();
}

bool FontNotice::containsJapanese(const QString &text)
{
    for (const QChar c : text) {
        switch (c.script()) {
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
        case QChar::Script_Han:
            return true;
        default:
            break;
        }
    }
    return false;
}

bool FontNotice::hasJapaneseFont()
{
    return !QFontDatabase::families(QFontDatabase::Japanese).isEmpty();
}

} // namespace carillon::ui
