#include "ui/Composer.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QUrl>

namespace carillon::ui {

Composer::Composer(QWidget *parent) : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("composerEdit"));
    setAccessibleName(tr("Message"));
    setPlaceholderText(tr("Write a message… (Enter sends, Shift+Enter for a new line)"));
    setTabChangesFocus(true);
    setAcceptDrops(true);
}

QSize Composer::sizeHint() const
{
    return QSize(400, fontMetrics().lineSpacing() * 3 + 16);
}

void Composer::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
        emit sendRequested();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

bool Composer::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasUrls() || QPlainTextEdit::canInsertFromMimeData(source);
}

void Composer::insertFromMimeData(const QMimeData *source)
{
    QStringList files;
    for (const QUrl &url : source->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    if (!files.isEmpty()) {
        emit filesAdded(files);
        return;
    }
    // Plain text only: pasted HTML is not interpreted.
    if (source->hasText())
        insertPlainText(source->text());
}

} // namespace carillon::ui
