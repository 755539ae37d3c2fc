#include "ui/AfterFirstPaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace carillon::ui {

namespace {
class FirstPaintWatcher : public QObject
{
public:
    FirstPaintWatcher(QWidget *window, QObject *context, std::function<void()> work, int latestMs)
        : QObject(context), m_window(window), m_work(std::move(work))
    {
        window->installEventFilter(this);
        QTimer::singleShot(latestMs, this, &FirstPaintWatcher::run);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::Paint) {
            m_window->removeEventFilter(this);
            QMetaObject::invokeMethod(this, &FirstPaintWatcher::run, Qt::QueuedConnection);
        }
        return false;
    }

private:
    void run()
    {
        if (!m_work)
            return;
        if (m_window)
            m_window->removeEventFilter(this);
        const std::function<void()> work = std::move(m_work);
        m_work = nullptr;
        deleteLater();
        work();
    }

    QPointer<QWidget> m_window;
    std::function<void()> m_work;
};
} // namespace

void afterFirstPaint(QWidget *window, QObject *context, std::function<void()> work, int latestMs)
{
    new FirstPaintWatcher(window, context, std::move(work), latestMs);
}

} // namespace carillon::ui
