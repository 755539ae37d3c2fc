#pragma once

#include <QPlainTextEdit>

namespace carillon::ui {

// The message box: Enter sends, Shift+Enter starts a new line; files pasted or dropped on it
// become attachments.
class Composer : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit Composer(QWidget *parent = nullptr);
    QSize sizeHint() const override;

signals:
    void sendRequested();
    void filesAdded(const QStringList &paths);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
};

} // namespace carillon::ui
