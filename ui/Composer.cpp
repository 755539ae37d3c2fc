#include "ui/Composer.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QProgressBar>
#include <QUrl>

namespace carillon::ui {

Composer::Composer(QWidget *parent) : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("composerEdit"));
    setAccessibleName(tr("Message"));
    setPlaceholderText(tr("Write a message… (Enter sends, Shift+Enter for a new line)"));
    setTabChangesFocus(true);
    setAcceptDrops(true);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("composerProgress"));
    m_bar->setTextVisible(true);
    m_bar->hide();
}

void Composer::startWork(const QString &what, bool locked)
{
    m_locked = locked;
    setReadOnly(locked);
    m_bar->setRange(0, 0); // busy until there is a size
    m_bar->setFormat(what);
    m_bar->setAccessibleName(what);
    m_bar->show();
    placeBar();
}

void Composer::setWorkProgress(qint64 done, qint64 total)
{
    if (!m_bar->isVisible() || total <= 0)
        return;
    // Per mille: QProgressBar counts in int, a file in bytes.
    m_bar->setRange(0, 1000);
    m_bar->setValue(int(done * 1000 / total));
    m_bar->setFormat(m_bar->accessibleName() + QStringLiteral(" %p%"));
}

void Composer::finishWork()
{
    m_locked = false;
    setReadOnly(false);
    m_bar->hide();
    setViewportMargins(0, 0, 0, 0);
}

bool Composer::isWorking() const
{
    return m_bar->isVisible();
}

void Composer::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    placeBar();
}

void Composer::placeBar()
{
    if (!m_bar->isVisible())
        return;
    const int height = m_bar->sizeHint().height();
    setViewportMargins(0, 0, 0, height);
    const QRect inside = contentsRect();
    m_bar->setGeometry(inside.left(), inside.bottom() + 1 - height, inside.width(), height);
}

QSize Composer::sizeHint() const
{
    return QSize(400, fontMetrics().lineSpacing() * 3 + 16);
}

void Composer::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
        if (!m_locked) // already sending
            emit sendRequested();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

bool Composer::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasUrls() || QPlainTextEdit::canInsertFromMimeData(source);
}

QStringList Composer::localFiles(const QMimeData *data)
{
    QStringList files;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    return files;
}

void Composer::insertFromMimeData(const QMimeData *source)
{
    if (const QStringList files = localFiles(source); !files.isEmpty()) {
        emit filesAdded(files);
        return;
    }
    // Plain text only: pasted HTML is not interpreted.
    if (source->hasText())
        insertPlainText(source->text());
}

} // namespace carillon::ui
