#pragma once

#include <QPlainTextEdit>

class QProgressBar;

namespace carillon::ui {

// The message box: Enter sends, Shift+Enter starts a new line; files pasted or dropped on it
// become attachments.
class Composer : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit Composer(QWidget *parent = nullptr);
    QSize sizeHint() const override;

    // A strip along the bottom saying what is under way (storing attachments, waiting for the
    // assistant), with a bar once there is a size. locked: the text is what is being sent, so
    // it cannot be edited until finishWork().
    void startWork(const QString &what, bool locked);
    void setWorkProgress(qint64 done, qint64 total);
    void finishWork();
    bool isWorking() const;
    bool isLocked() const { return m_locked; }
    QProgressBar *workBar() const { return m_bar; }
    // The local files among dragged or pasted data (none for text or web addresses).
    static QStringList localFiles(const QMimeData *data);

signals:
    void sendRequested();
    void filesAdded(const QStringList &paths);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void placeBar();

    QProgressBar *m_bar;
    bool m_locked = false;
};

} // namespace carillon::ui
